// Maintenance ▸ Statistics on real test databases (SQLite and PostgreSQL) with known data: the
// figures the dashboard shows are the ones the data implies; the red health state names its
// reason; screenshots in English and Simplified Chinese.

#include "dashboardwindow.h"
#include "maintenance/healthchecker.h"
#include "mainwindow.h"
#include "repositories/productrepository.h"
#include "producttablemodel.h"
#include "db/sqldialect.h"
#include "repositories/supplierrepository.h"
#include "interfacelanguage.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QtConcurrent>

#include <cmath>

using namespace catalog;
using namespace catalog::test;

namespace {

struct Expected
{
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> byCurrency;
    QList<QPair<QString, qint64>> suppliers;
    qint64 products = 0;
};

// 8 suppliers, 300 products with prices from 0.50 to ~14 500 CNY (a geometric series), some USD and
// EUR, four statuses; jobs over the last 30 days; a few images. Returns what the figures must be.
std::optional<Expected> seed(TestDatabase &db)
{
    Expected e;
    QList<Supplier> suppliers;
    const QStringList names { QStringLiteral("义乌市恒达日用品厂"),
        QStringLiteral("Guangzhou Baiyun Textiles"), QStringLiteral("深圳市华强电子有限公司"),
        QStringLiteral("Ningbo Harbour Kitchenware"), QStringLiteral("汕头市澄海玩具厂"),
        QStringLiteral("Qingdao Ocean Tools"), QStringLiteral("杭州丝绸之路"),
        QStringLiteral("Dongguan LED Lighting Co.") };
    for (int i = 0; i < names.size(); ++i) {
        Supplier s;
        s.sourceId = QStringLiteral("S-%1").arg(i + 1);
        s.name = names.at(i);
        suppliers << s;
    }
    if (!SupplierRepository(db.connections()).upsert(suppliers))
        return std::nullopt;
    QList<Product> products;
    QMap<QString, qint64> perSupplier;
    for (int i = 0; i < 300; ++i) {
        Product p;
        p.sourceId = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Product %1").arg(i);
        const qint64 hundredths = qRound64(50 * std::pow(1.035, i));
        p.priceMin = Decimal2::fromHundredths(hundredths);
        p.priceMax = Decimal2::fromHundredths(hundredths * 2);
        p.currency = i % 10 == 0 ? QStringLiteral("USD")
            : i % 25 == 1        ? QStringLiteral("EUR")
                                 : QStringLiteral("CNY");
        p.syncStatus = i % 10 < 7 ? QStringLiteral("synced")
            : i % 10 < 9          ? QStringLiteral("pending")
            : i % 20 == 9         ? QStringLiteral("failed")
                                  : QStringLiteral("syncing");
        // supplier k gets more products the smaller k is: 1 + i % 36 mapped onto 8 suppliers
        const int k = std::min(7, int(std::sqrt(double(i % 36)) * 8 / 6));
        p.supplierSourceId = QStringLiteral("S-%1").arg(k + 1);
        perSupplier[names.at(k)]++;
        e.byStatus[p.syncStatus]++;
        e.byCurrency[p.currency]++;
        products << p;
    }
    e.products = products.size();
    if (!ProductRepository(db.connections()).upsert(products))
        return std::nullopt;
    for (auto it = perSupplier.cbegin(); it != perSupplier.cend(); ++it)
        e.suppliers.append({ it.key(), it.value() });
    std::sort(e.suppliers.begin(), e.suppliers.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });

    const bool pg = db.connections().dialect().engine() == Engine::PostgreSQL;
    const QString insertJob
        = QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, start_time, "
                         "end_time, success_count, error_count) VALUES (?, ?, ?, %1, %1, ?, ?)")
              .arg(pg ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?"));
    const QDate today = QDate::currentDate();
    for (int day = 0; day < 30; ++day) {
        const int jobs = (day * 7) % 5; // 0..4 jobs a day
        for (int j = 0; j < jobs; ++j) {
            const QString at
                = QDateTime(today.addDays(-day), QTime(9 + j, 0)).toUTC().toString(Qt::ISODateWithMs);
            const bool import = j != 3;
            const bool failed = import && (day + j) % 9 == 0;
            if (!db.exec(insertJob,
                    { QStringLiteral("job-%1-%2").arg(day).arg(j),
                        import ? QStringLiteral("import") : QStringLiteral("check"),
                        failed ? QStringLiteral("failed") : QStringLiteral("completed"), at, at,
                        100 + day * 10, import ? (day * 13 + j * 5) % 40 : 0 }))
                return std::nullopt;
        }
    }
    const QVariant first = db.scalar(QStringLiteral("SELECT id FROM products WHERE source_id = 'P-00001'"));
    if (!db.exec(QStringLiteral("INSERT INTO images (product_id, url, local_path, size) VALUES "
                                "(?, 'https://img.example.com/1.jpg', '1/a.jpg', 204800), "
                                "(?, 'https://img.example.com/2.jpg', NULL, NULL)"),
            { first, first }))
        return std::nullopt;
    return e;
}

QChart *chartOf(DashboardWindow *dashboard, const char *name)
{
    auto *view = dashboard->findChild<QChartView *>(QString::fromLatin1(name));
    return view ? view->chart() : nullptr;
}

QString tileValue(DashboardWindow *dashboard, const QString &name)
{
    return dashboard->tileText(name).section(QLatin1Char('\n'), 0, 0);
}

bool saveShots(DashboardWindow *dashboard, const QString &prefix)
{
    for (int tab = 0; tab < dashboard->tabs()->count(); ++tab) {
        dashboard->tabs()->setCurrentIndex(tab);
        QTest::qWait(150);
        if (!saveScreenshot(dashboard, QStringLiteral("%1-tab%2").arg(prefix).arg(tab)))
            return false;
    }
    dashboard->tabs()->setCurrentIndex(0);
    return true;
}

} // namespace

class DashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldShowTheFiguresOfTheData_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldShowTheFiguresOfTheData()
    {
        OPEN_TEST_DATABASE(db);
        const auto expected = seed(*db);
        QVERIFY(expected);
        // With pg_stat_statements loaded (CATALOG_TEST_PG_OPTIONS), the server's slowest statements are
        // listed
        const bool pg = db->connections().dialect().engine() == Engine::PostgreSQL;
        const bool statementsLoaded = pg
            && db->scalar(QStringLiteral("SELECT current_setting('shared_preload_libraries')"))
                   .toString()
                   .contains(QLatin1String("pg_stat_statements"));
        if (statementsLoaded)
            QVERIFY(db->exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardWindow *dashboard = window.showStatistics();
        QVERIFY(dashboard);
        QCOMPARE(window.showStatistics(), dashboard); // one window, raised again
        dashboard->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(
            !dashboard->statistics().productsByStatus.isEmpty() && !dashboard->isRefreshing(), 15000);
        const QLocale locale;

        // Tiles
        QCOMPARE(tileValue(dashboard, QStringLiteral("products")), locale.toString(expected->products));
        QCOMPARE(tileValue(dashboard, QStringLiteral("suppliers")), locale.toString(8));
        QCOMPARE(tileValue(dashboard, QStringLiteral("images")), locale.toString(1));
        QVERIFY(dashboard->tileText(QStringLiteral("images"))
                    .contains(locale.toString(1) + QStringLiteral(" without a file")));
        QCOMPARE(tileValue(dashboard, QStringLiteral("missingImages")), locale.toString(1));
        qint64 jobs = 0;
        for (int day = 0; day < 30; ++day)
            jobs += (day * 7) % 5;
        QCOMPARE(tileValue(dashboard, QStringLiteral("jobs")), locale.toString(jobs));

        // Sync status donut: one slice per status, with the counts of the data
        auto *status = qobject_cast<QPieSeries *>(chartOf(dashboard, "statusChart")->series().value(0));
        QVERIFY(status);
        QCOMPARE(status->count(), expected->byStatus.size());
        for (QPieSlice *slice : status->slices()) {
            const QString key = slice->property("status").toString();
            QCOMPARE(qint64(slice->value()), expected->byStatus.value(key));
            QVERIFY(slice->label().startsWith(ProductTableModel::statusTitle(key)));
        }
        // Currency donut, largest first
        auto *currency = qobject_cast<QPieSeries *>(chartOf(dashboard, "currencyChart")->series().value(0));
        QCOMPARE(currency->count(), 3);
        QVERIFY(currency->slices().first()->label().startsWith(QStringLiteral("CNY")));
        QCOMPARE(
            qint64(currency->slices().first()->value()), expected->byCurrency.value(QStringLiteral("CNY")));
        // Price histogram of CNY: the bars add up to the CNY products
        auto *prices = qobject_cast<QBarSeries *>(chartOf(dashboard, "priceChart")->series().value(0));
        QVERIFY(prices);
        double sum = 0;
        for (int i = 0; i < prices->barSets().first()->count(); ++i)
            sum += prices->barSets().first()->at(i);
        QCOMPARE(qint64(sum), expected->byCurrency.value(QStringLiteral("CNY")));
        QVERIFY(chartOf(dashboard, "priceChart")->title().contains(QStringLiteral("CNY")));
        // Top suppliers: the largest is the top bar (horizontal categories run bottom-up)
        auto *top
            = qobject_cast<QHorizontalBarSeries *>(chartOf(dashboard, "supplierChart")->series().value(0));
        QVERIFY(top);
        const QBarSet *bars = top->barSets().first();
        QCOMPARE(qint64(bars->at(bars->count() - 1)), expected->suppliers.first().second);
        QCOMPARE(qint64(bars->at(0)), expected->suppliers.last().second);
        // Activity: 30 days of stacked bars, the rejected rows as a line
        auto *activity
            = qobject_cast<QStackedBarSeries *>(chartOf(dashboard, "activityChart")->series().value(0));
        QVERIFY(activity);
        QCOMPARE(activity->barSets().first()->count(), 30);
        double shownJobs = 0;
        for (QBarSet *set : activity->barSets())
            for (int i = 0; i < set->count(); ++i)
                shownJobs += set->at(i);
        QCOMPARE(qint64(shownJobs), jobs);
        // Space per table and index
        auto *relations = dashboard->findChild<QTableWidget *>(QStringLiteral("relationsTable"));
        QVERIFY(relations->rowCount() > 5);
        QVERIFY(!relations->findItems(QStringLiteral("products"), Qt::MatchExactly).isEmpty());
        QVERIFY(
            !relations->findItems(QStringLiteral("products_supplier_id_idx"), Qt::MatchExactly).isEmpty());
        // The app's own latencies: the statistics queries themselves were measured
        auto *latencies = dashboard->findChild<QTableWidget *>(QStringLiteral("latencyTable"));
        QVERIFY(latencies->rowCount() > 0);
        QVERIFY(!latencies->findItems(QStringLiteral("SELECT products"), Qt::MatchExactly).isEmpty());
        // pg_stat_statements: how to enable it (the test cluster has it off), or nothing on SQLite to enable
        auto *hint = dashboard->findChild<QLabel *>(QStringLiteral("statementsHint"));
        auto *statements = dashboard->findChild<QTableWidget *>(QStringLiteral("statementsTable"));
        if (statementsLoaded) {
            QVERIFY(hint->isHidden());
            QVERIFY(!statements->isHidden());
            QVERIFY(statements->rowCount() > 0);
        } else if (pg) {
            QVERIFY2(
                hint->text().contains(QStringLiteral("shared_preload_libraries")), qPrintable(hint->text()));
            QVERIFY(statements->isHidden());
        } else {
            QVERIFY(hint->text().contains(QStringLiteral("SQLite")));
        }
        // Health, from the main window's check
        QTRY_VERIFY_WITH_TIMEOUT(
            dashboard->tileText(QStringLiteral("health")).contains(QStringLiteral("Healthy")), 10000);
        auto *details = dashboard->findChild<QLabel *>(QStringLiteral("healthDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Free disk")));

        // The interval is a setting the main window follows
        auto *interval = dashboard->findChild<QSpinBox *>(QStringLiteral("healthInterval"));
        interval->setValue(42);
        QCOMPARE(QSettings().value(QStringLiteral("health/intervalSeconds")).toInt(), 42);

        QVERIFY(saveShots(dashboard, QStringLiteral("dashboard-%1-en").arg(engine)));
    }

    void shouldRefreshWithoutBlockingTheWindow()
    {
        ConnectionManager::Options oneWorker;
        oneWorker.maxWorkers = 1;
        auto db = TestDatabase::create(QStringLiteral("sqlite"), true, oneWorker);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        DashboardWindow dashboard(db->connections());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing() && dashboard.statistics().products == 300, 15000);
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO products (source_id, title, currency) VALUES ('new', 'x', 'CNY')")));

        // Given the only worker busy (it lets itself go after 20 s, so a blocking refresh would
        // show as a wait of 20 s rather than a hang)
        auto release = std::make_shared<QSemaphore>();
        const QFuture<void> busy
            = QtConcurrent::run(&db->connections().workers(), [release] { release->tryAcquire(1, 20000); });

        // When the dashboard refreshes, the call returns while the statistics wait for the worker
        QSignalSpy refreshed(&dashboard, &DashboardWindow::refreshed);
        QElapsedTimer timer;
        timer.start();
        dashboard.refresh();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(dashboard.isRefreshing());
        QCOMPARE(dashboard.statistics().products, 300);

        // Then the new data appears once the worker is free
        release->release();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 15000);
        QCOMPARE(tileValue(&dashboard, QStringLiteral("products")), QLocale().toString(301));
    }

    void shouldShowAnUnhealthyStateInRedWithTheReason()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        DashboardWindow dashboard(db->connections());
        dashboard.resize(1400, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing() && dashboard.statistics().products == 300, 15000);
        // A real check of an unreachable server
        auto config
            = ConnectionConfig::fromUrl(QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2"));
        QVERIFY_OK(config);
        ConnectionManager::Options once;
        once.maxAttempts = 1;
        ConnectionManager unreachable(config.value(), once);
        const SystemHealth health = HealthChecker(unreachable).check();
        QCOMPARE(health.level(), SystemHealth::Level::Critical);
        dashboard.showHealth(health);
        QVERIFY(dashboard.tileText(QStringLiteral("health")).contains(QStringLiteral("Unhealthy")));
        QVERIFY(
            dashboard.tileText(QStringLiteral("health")).contains(QStringLiteral("Database unreachable")));
        QVERIFY(dashboard.findChild<QWidget *>(QStringLiteral("tile_health"))
                    ->styleSheet()
                    .contains(QStringLiteral("#b3261e")));
        auto *details = dashboard.findChild<QLabel *>(QStringLiteral("healthDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Unhealthy")));
        QVERIFY(saveShots(&dashboard, QStringLiteral("dashboard-unhealthy")));
    }

    // The status bar names what is wrong: here a job stuck for hours (a warning, amber)
    void shouldNameTheReasonInTheStatusBar_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldNameTheReasonInTheStatusBar()
    {
        OPEN_TEST_DATABASE(db);
        const QString insertJob = db->connections().dialect().engine() == Engine::PostgreSQL
            ? QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, start_time) "
                             "VALUES ('stuck', 'import', 'running', now() - interval '5 hours')")
            : QStringLiteral(
                "INSERT INTO sync_records (task_id, operation_type, status, start_time) "
                "VALUES ('stuck', 'import', 'running', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 hours'))");
        QVERIFY(db->exec(insertJob));
        MainWindow window(db->connections());
        QSignalSpy checked(&window, &MainWindow::healthChecked);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 1, 10000);
        auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("import job #")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("running for 5 h")));
        QVERIFY(label->text().contains(QStringLiteral("#d97706"))); // amber, not red: the database works
        const SystemHealth health = checked.first().first().value<SystemHealth>();
        QCOMPARE(health.level(), SystemHealth::Level::Warning);
    }

    // Maintenance ▸ Statistics opens it; connecting to another database closes it (it showed the old one)
    void shouldOpenFromTheMenuAndCloseWhenTheDatabaseChanges()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *statistics = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == MainWindow::tr("&Statistics…"))
                statistics = a;
        QVERIFY(statistics);
        statistics->trigger();
        QPointer<DashboardWindow> dashboard = window.dashboard();
        QVERIFY(dashboard);
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 15000);
        QTemporaryDir dir;
        const auto other = ConnectionConfig::fromUrl(
            QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY_OK(other);
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToConfig(other.value());
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        QVERIFY(dashboard.isNull());
        QVERIFY(!window.dashboard());
    }

    void shouldSaveScreenshotsInBothLanguages()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        for (const QString &language : InterfaceLanguage::all()) {
            const InterfaceLanguage inLanguage(language);
            QVERIFY(inLanguage.ok());
            MainWindow window(db->connections());
            window.show();
            DashboardWindow *dashboard = window.showStatistics();
            dashboard->resize(1400, 900);
            QVERIFY(QTest::qWaitForWindowExposed(dashboard));
            QTRY_VERIFY_WITH_TIMEOUT(
                !dashboard->isRefreshing() && dashboard->statistics().products == 300, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(
                !dashboard->tileText(QStringLiteral("health")).contains(QStringLiteral("—")), 10000);
            QVERIFY(saveShots(dashboard, QStringLiteral("dashboard-%1").arg(language)));
        }
    }
};

CATALOG_TEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
