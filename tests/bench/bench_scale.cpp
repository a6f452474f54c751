// Issue 20, "10 million products": our ProductTableModel at catalogue scale, next to QSqlQueryModel
// on the same table. Prints figures; asserts nothing about time.
//
//   bench_scale [--rows N] [--sqlite-rows N] [--keep DIR] [--skip-sqlite] [--skip-postgres]
//               [--models ours,querymodel] [--qt-limit SECONDS] [--seed-only]
//
// The parent seeds one database per engine by bulk load (tests/bench/scaleseed: COPY on the
// driver's handle on PostgreSQL, not upserts), runs VACUUM (ANALYZE), and then measures each model
// in a child process of its own (so one model's memory never pollutes another's figures). SQLite
// gets --sqlite-rows (default: the smaller of --rows and 1,000,000). With --keep the databases are
// named (bench_scale_N) and reused by later runs. QSqlQueryModel's child is killed after
// --qt-limit seconds (default 120): its figures then say "> limit".
//
// What "ours" measures, in order (waiting is event-driven, as in bench_models):
//   first screen; count (first figure, and whether it is an estimate); jump to the last row;
//   drags of the scrollbar to 50 %, 25 %, 75 %, 10 %, 90 % (each: rows r..r+39 loaded; whether
//   their position is exact or estimated); the same once the position index is built; scrolling
//   5,000 rows on from the middle; sort by price and by title (first screen, then a drag to the
//   middle); title search (selective and broad) and a supplier filter (first screen and count);
//   the exact count when asked for; RSS before, after scrolling and at the end.

#include "benchsupport.h"
#include "db/connectionmanager.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "scaleseed.h"
#include "schema/migrator.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

using namespace catalog;
using namespace catalog::bench;
using namespace catalog::test;

namespace {

constexpr int kScreen = 40;
constexpr int kWaitMs = 600000;
constexpr int kScreenLimitMs = 60000; // a screen that takes longer is recorded as "> 60 s"
const QString kColumns = QStringLiteral(
    "id, source_id, title, subtitle, price_min, price_max, currency, moq, main_image_url, detail_images, "
    "specifications, supplier_id, sales_count, rating, sync_status, created_at, updated_at, deleted_at, "
    "version, updated_by");

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = kWaitMs)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Rows [first, first + kScreen) of the model are loaded (asking for them as a view would).
bool screenLoaded(ProductTableModel &m, int first)
{
    const int last = qMin(first + kScreen, m.rowCount()) - 1;
    if (last < first)
        return false;
    bool all = true;
    for (int r = first; r <= last; ++r) {
        for (int c = 0; c < ProductTableModel::ThumbnailColumn; ++c)
            m.data(m.index(r, c));
        all = all && m.data(m.index(r, 0), PagedTableModel::LoadedRole).toBool();
    }
    return all;
}

class OursRun
{
public:
    OursRun(ConnectionManager &connections, QJsonObject &out)
        : m_model(connections)
        , m_out(out)
    {
    }

    QString run(qint64 rows, qint64 supplierId);

private:
    // Time until the screen at `row` is loaded; records it under `key` (and its exactness).
    bool measureScreen(const QString &key, int row);
    bool measureFilter(const QString &key, const ProductFilter &filter);
    bool measureSort(const QString &key, int column, Qt::SortOrder order);

    ProductTableModel m_model;
    QJsonObject &m_out;
    QString m_error;
};

bool OursRun::measureScreen(const QString &key, int row)
{
    QElapsedTimer t;
    t.start();
    if (!waitUntil([&] { return screenLoaded(m_model, row); }, kScreenLimitMs)) {
        // Recorded, and the run goes on (the next measure changes the query; the slow read is
        // dropped when it ends).
        m_out.insert(key + QStringLiteral("_ms"), double(kScreenLimitMs));
        m_out.insert(key + QStringLiteral("_timeout"), true);
        return true;
    }
    m_out.insert(key + QStringLiteral("_ms"), msSince(t));
    m_out.insert(key + QStringLiteral("_exact"), m_model.isRowPositionExact(row));
    say(QStringLiteral("PARTIAL %1 %2 ms%3").arg(key).arg(msSince(t), 0, 'f', 1)
            .arg(m_model.isRowPositionExact(row) ? QString() : QStringLiteral(" (estimated position)")));
    return true;
}

bool OursRun::measureSort(const QString &key, int column, Qt::SortOrder order)
{
    m_model.sort(column, order);
    if (!measureScreen(key, 0))
        return false;
    m_out.insert(key + QStringLiteral("_first"), m_model.data(m_model.index(0, ProductTableModel::TitleColumn)).toString().left(40));
    return measureScreen(key + QStringLiteral("_middle"), m_model.rowCount() / 2);
}

bool OursRun::measureFilter(const QString &key, const ProductFilter &filter)
{
    QElapsedTimer t;
    t.start();
    bool counted = false;
    const auto connection = QObject::connect(&m_model, &PagedTableModel::totalCountChanged, &m_model, [&] {
        if (!counted)
            m_out.insert(key + QStringLiteral("_count_ms"), msSince(t));
        counted = true;
    });
    m_model.setFilter(filter);
    const bool ok = measureScreen(key, 0) && waitUntil([&] { return counted || m_model.isIdle(); });
    QObject::disconnect(connection);
    m_out.insert(key + QStringLiteral("_rows"), double(m_model.totalCount()));
    m_out.insert(key + QStringLiteral("_count_estimated"), m_model.isTotalEstimated());
    return ok;
}

QString OursRun::run(qint64 rows, qint64 supplierId)
{
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    std::optional<double> countMs;
    QObject::connect(&m_model, &PagedTableModel::totalCountChanged, &m_model, [&] {
        if (!countMs)
            countMs = msSince(sinceOpen);
    });
    m_model.setFilter({});
    if (!measureScreen(QStringLiteral("first_screen"), 0))
        return m_error;
    m_out.insert(QStringLiteral("first_screen_ms"), msSince(sinceOpen));
    if (!waitUntil([&] { return countMs.has_value(); }))
        return QStringLiteral("count timed out: ") + m_model.lastError();
    m_out.insert(QStringLiteral("count_ms"), *countMs);
    m_out.insert(QStringLiteral("count"), double(m_model.totalCount()));
    m_out.insert(QStringLiteral("count_estimated"), m_model.isTotalEstimated());
    m_out.insert(QStringLiteral("rss_first_screen"), double(rssBytes()));
    if (!measureScreen(QStringLiteral("jump_last"), m_model.rowCount() - 1))
        return m_error;
    const QList<double> points { 0.5, 0.25, 0.75, 0.1, 0.9 };
    for (double p : points) {
        if (!measureScreen(QStringLiteral("drag_%1").arg(int(p * 100)), int(double(m_model.rowCount() - kScreen) * p)))
            return m_error;
    }
    QElapsedTimer indexTime;
    indexTime.start();
    if (!waitUntil([&] { return m_model.isPositionIndexReady(); }))
        return QStringLiteral("the position index was not built: ") + m_model.lastError();
    m_out.insert(QStringLiteral("position_index_wait_ms"), msSince(indexTime));
    for (double p : { 0.5, 0.37, 0.63 }) {
        if (!measureScreen(QStringLiteral("indexed_drag_%1").arg(int(p * 100)), int(double(m_model.rowCount() - kScreen) * p)))
            return m_error;
    }
    QElapsedTimer scroll;
    scroll.start();
    for (int first = m_model.rowCount() / 2, end = first + 5000; first < end; first += kScreen) {
        if (!waitUntil([&] { return screenLoaded(m_model, first); }))
            return QStringLiteral("scroll timed out");
        QCoreApplication::processEvents();
    }
    m_out.insert(QStringLiteral("scroll_5000_ms"), msSince(scroll));
    m_out.insert(QStringLiteral("rss_after_scroll"), double(rssBytes()));
    if (!measureSort(QStringLiteral("sort_price"), ProductTableModel::PriceMinColumn, Qt::AscendingOrder)
        || !measureSort(QStringLiteral("sort_title"), ProductTableModel::TitleColumn, Qt::AscendingOrder)
        || !measureSort(QStringLiteral("sort_title_desc"), ProductTableModel::TitleColumn, Qt::DescendingOrder))
        return m_error;
    m_model.sort(ProductTableModel::IdColumn, Qt::AscendingOrder);
    ProductFilter search;
    search.text = QStringLiteral("型号4711");
    ProductFilter broad;
    broad.text = QStringLiteral("Yoga Mat");
    ProductFilter supplier;
    supplier.supplierId = supplierId;
    if (!measureFilter(QStringLiteral("search_selective"), search) || !measureFilter(QStringLiteral("search_broad"), broad)
        || !measureFilter(QStringLiteral("supplier"), supplier) || !measureFilter(QStringLiteral("unfiltered"), {}))
        return m_error;
    QElapsedTimer exact;
    exact.start();
    m_model.refineCount();
    if (!waitUntil([&] { return !m_model.isTotalEstimated() && m_model.isIdle(); }))
        return QStringLiteral("the exact count timed out");
    m_out.insert(QStringLiteral("exact_count_ms"), msSince(exact));
    m_out.insert(QStringLiteral("exact_count"), double(m_model.totalCount()));
    m_out.insert(QStringLiteral("rows"), double(rows));
    m_out.insert(QStringLiteral("cached_pages"), m_model.cachedPageCount());
    m_out.insert(QStringLiteral("rss_end"), double(rssBytes()));
    return {};
}

// QSqlQueryModel as the Qt documentation uses it: setQuery, then fetchMore as the view scrolls.
QString runQueryModel(QSqlDatabase db, QJsonObject &out)
{
    QSqlQueryModel model;
    const auto measure = [&](const QString &key, const QString &order) -> bool {
        QElapsedTimer t;
        t.start();
        model.setQuery(QStringLiteral("SELECT %1 FROM products WHERE deleted_at IS NULL ORDER BY %2").arg(kColumns, order), db);
        if (model.lastError().isValid())
            return false;
        for (int r = 0; r < qMin(kScreen, model.rowCount()); ++r)
            model.data(model.index(r, 2));
        out.insert(key + QStringLiteral("_ms"), msSince(t));
        say(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return true;
    };
    if (!measure(QStringLiteral("first_screen"), QStringLiteral("id")))
        return model.lastError().text();
    out.insert(QStringLiteral("rss_first_screen"), double(rssBytes()));
    QElapsedTimer t;
    t.start();
    while (model.canFetchMore())
        model.fetchMore();
    model.data(model.index(model.rowCount() - 1, 2));
    out.insert(QStringLiteral("jump_last_ms"), msSince(t));
    t.start();
    model.data(model.index(model.rowCount() / 2, 2));
    out.insert(QStringLiteral("drag_50_ms"), msSince(t));
    out.insert(QStringLiteral("rss_after_scroll"), double(rssBytes()));
    out.insert(QStringLiteral("count"), model.rowCount());
    say(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    if (!measure(QStringLiteral("sort_price"), QStringLiteral("price_min, id"))
        || !measure(QStringLiteral("sort_title"), QStringLiteral("title, id")))
        return model.lastError().text();
    return {};
}

int runChild(const QString &modelName, const QString &engine, const QString &url, qint64 rows)
{
    QJsonObject out { { QStringLiteral("engine"), engine }, { QStringLiteral("model"), modelName } };
    const auto config = ConnectionConfig::fromUrl(url);
    if (!config)
        return 1;
    ConnectionManager connections(config.value());
    const auto db = connections.connection();
    if (!db)
        return 1;
    qint64 supplierId = 0;
    {
        QSqlQuery q(db.value());
        if (q.exec(QStringLiteral("SELECT id FROM suppliers WHERE source_id = 'b2b-1000007'")) && q.next())
            supplierId = q.value(0).toLongLong();
    }
    out.insert(QStringLiteral("rss_before"), double(rssBytes()));
    QString failure;
    if (modelName == QLatin1String("ours"))
        failure = OursRun(connections, out).run(rows, supplierId);
    else
        failure = runQueryModel(db.value(), out);
    if (!failure.isEmpty())
        out.insert(QStringLiteral("error"), failure);
    out.insert(QStringLiteral("peak_rss"), double(peakRssBytes()));
    say(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    return failure.isEmpty() ? 0 : 1;
}

// ---------------------------------------------------------------- parent

struct BenchDatabase
{
    std::unique_ptr<TestDatabase> temporary;
    std::unique_ptr<ConnectionManager> kept;
    QString url;
    ConnectionManager &connections() { return temporary ? temporary->connections() : *kept; }
};

std::unique_ptr<BenchDatabase> openDatabase(const QString &engine, const QString &keepDir, qint64 rows)
{
    auto db = std::make_unique<BenchDatabase>();
    if (keepDir.isEmpty()) {
        db->temporary = TestDatabase::create(engine, true);
        if (!db->temporary) {
            say(QStringLiteral("[%1] cannot create the database: %2").arg(engine, TestDatabase::lastError()));
            return nullptr;
        }
        db->url = db->temporary->url();
        return db;
    }
    const QString name = QStringLiteral("bench_scale_%1").arg(rows);
    if (engine == QLatin1String("sqlite")) {
        QDir().mkpath(keepDir);
        db->url = QStringLiteral("sqlite://") + QDir(keepDir).absoluteFilePath(name + QStringLiteral(".sqlite"));
    } else {
        QUrl url(qEnvironmentVariable("CATALOG_TEST_PG_URL"));
        QProcess::execute(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("psql \"$0\" -q -c \"CREATE DATABASE %1\" 2>/dev/null").arg(name),
                url.toString() });
        url.setPath(QLatin1Char('/') + name);
        db->url = url.toString();
    }
    const auto config = ConnectionConfig::fromUrl(db->url);
    if (!config) {
        say(config.error().toString());
        return nullptr;
    }
    db->kept = std::make_unique<ConnectionManager>(config.value());
    db->kept->setActor(QStringLiteral("bench"));
    QElapsedTimer t;
    t.start();
    const auto report = Migrator(*db->kept).migrate();
    if (!report) {
        say(QStringLiteral("[%1] migration failed: %2").arg(engine, report.error().toString()));
        return nullptr;
    }
    if (!report->applied.isEmpty())
        say(QStringLiteral("[%1] applied migrations %2 in %3 s")
                .arg(engine, report->applied.join(QStringLiteral(", ")))
                .arg(msSince(t) / 1000, 0, 'f', 1));
    return db;
}

bool prepare(BenchDatabase &db, const QString &engine, qint64 rows)
{
    const Result<qint64> counted = ProductRepository(db.connections()).count({});
    const qint64 present = counted ? counted.value() : 0;
    // An interrupted PostgreSQL seed resumes (it commits whole batches of 100,000).
    const bool resumable = engine == QLatin1String("postgresql") && present < rows && present % 100000 == 0;
    if (present != 0 && present != rows && !resumable) {
        say(QStringLiteral("[%1] the kept database holds %2 rows, not %3; drop it first").arg(engine).arg(present).arg(rows));
        return false;
    }
    if (present != rows && !seedBulk(db.connections(), present, rows, engine))
        return false;
    QElapsedTimer t;
    t.start();
    const QString analyze = engine == QLatin1String("sqlite") ? QStringLiteral("ANALYZE") : QStringLiteral("VACUUM (ANALYZE) products");
    {
        auto conn = db.connections().connection();
        if (!conn)
            return false;
        QSqlQuery q(conn.value());
        if (engine != QLatin1String("sqlite") && !q.exec(QStringLiteral("SET statement_timeout = 0")))
            say(q.lastError().text());
        if (!q.exec(analyze))
            say(QStringLiteral("%1 failed: %2").arg(analyze, q.lastError().text()));
    }
    say(QStringLiteral("[%1] %2 rows; %3 took %4 s").arg(engine).arg(rows).arg(analyze).arg(msSince(t) / 1000, 0, 'f', 1));
    db.connections().releaseThreadConnection();
    return true;
}

std::optional<QJsonObject> runModel(const QString &model, const QString &engine, const QString &url, qint64 rows, int limitS)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("--model"), model, QStringLiteral("--engine"), engine,
            QStringLiteral("--database"), url, QStringLiteral("--rows"), QString::number(rows) });
    if (!child.waitForStarted())
        return std::nullopt;
    std::optional<QJsonObject> result;
    QByteArray pending;
    QElapsedTimer t;
    t.start();
    bool killed = false;
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(500);
        pending += child.readAllStandardOutput();
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
            const QByteArray line = pending.left(nl);
            if (line.startsWith("RESULT "))
                result = QJsonDocument::fromJson(line.mid(7)).object();
            else
                say(QString::fromUtf8(line));
        }
        if (limitS > 0 && t.elapsed() > qint64(limitS) * 1000 && !killed) {
            killed = true;
            child.kill();
        }
    }
    child.waitForFinished(-1);
    if (!result)
        result = QJsonObject { { QStringLiteral("engine"), engine }, { QStringLiteral("model"), model } };
    if (killed)
        result->insert(QStringLiteral("error"), QStringLiteral("stopped after the %1 s limit").arg(limitS));
    say(QStringLiteral("[%1] %2: %3").arg(engine, model, QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact))));
    return result;
}

QString figure(const QJsonObject &o, const QString &key, double target)
{
    if (!o.contains(key + QStringLiteral("_ms")))
        return QStringLiteral("-");
    const double v = o.value(key + QStringLiteral("_ms")).toDouble();
    QString text = v >= 10000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 1) : QStringLiteral("%1 ms").arg(v, 0, 'f', v < 100 ? 1 : 0);
    if (o.value(key + QStringLiteral("_timeout")).toBool())
        text = QStringLiteral("> ") + text;
    if (o.contains(key + QStringLiteral("_exact")) && !o.value(key + QStringLiteral("_exact")).toBool())
        text += QStringLiteral(" (est.)");
    if (target > 0 && o.value(QStringLiteral("model")).toString() == QLatin1String("ours"))
        text += v < target ? QStringLiteral(" ok") : QStringLiteral(" MISS");
    return text;
}

void printTable(const QList<QJsonObject> &results)
{
    if (results.isEmpty())
        return;
    struct Row
    {
        QString key;
        QString title;
        double target;
    };
    const QList<Row> rows {
        { QStringLiteral("first_screen"), QStringLiteral("first screen"), 100 },
        { QStringLiteral("count"), QStringLiteral("count shown"), 100 },
        { QStringLiteral("jump_last"), QStringLiteral("jump to last row"), 200 },
        { QStringLiteral("drag_50"), QStringLiteral("drag to 50 %"), 300 },
        { QStringLiteral("drag_25"), QStringLiteral("drag to 25 %"), 300 },
        { QStringLiteral("drag_75"), QStringLiteral("drag to 75 %"), 300 },
        { QStringLiteral("drag_10"), QStringLiteral("drag to 10 %"), 300 },
        { QStringLiteral("drag_90"), QStringLiteral("drag to 90 %"), 300 },
        { QStringLiteral("position_index_wait"), QStringLiteral("position index ready after"), -1 },
        { QStringLiteral("indexed_drag_50"), QStringLiteral("drag to 50 % (indexed)"), 300 },
        { QStringLiteral("indexed_drag_37"), QStringLiteral("drag to 37 % (indexed)"), 300 },
        { QStringLiteral("indexed_drag_63"), QStringLiteral("drag to 63 % (indexed)"), 300 },
        { QStringLiteral("scroll_5000"), QStringLiteral("scroll 5,000 rows from the middle"), -1 },
        { QStringLiteral("sort_price"), QStringLiteral("sort by price"), 500 },
        { QStringLiteral("sort_price_middle"), QStringLiteral("  then drag to 50 %"), 300 },
        { QStringLiteral("sort_title"), QStringLiteral("sort by title"), 500 },
        { QStringLiteral("sort_title_middle"), QStringLiteral("  then drag to 50 %"), 300 },
        { QStringLiteral("sort_title_desc"), QStringLiteral("sort by title, descending"), 500 },
        { QStringLiteral("sort_title_desc_middle"), QStringLiteral("  then drag to 50 %"), 300 },
        { QStringLiteral("search_selective"), QStringLiteral("title search \"型号4711\""), 500 },
        { QStringLiteral("search_selective_count"), QStringLiteral("  its count"), 500 },
        { QStringLiteral("search_broad"), QStringLiteral("title search \"Yoga Mat\""), 500 },
        { QStringLiteral("search_broad_count"), QStringLiteral("  its count"), 500 },
        { QStringLiteral("supplier"), QStringLiteral("supplier filter"), 500 },
        { QStringLiteral("supplier_count"), QStringLiteral("  its count"), 500 },
        { QStringLiteral("exact_count"), QStringLiteral("exact count when asked"), -1 },
    };
    QStringList header { QStringLiteral("| measure") };
    QStringList rule { QStringLiteral("|---") };
    for (const QJsonObject &o : results) {
        header << QStringLiteral("%1 %2 (%3 rows)")
                      .arg(o.value(QStringLiteral("engine")).toString(), o.value(QStringLiteral("model")).toString())
                      .arg(QLocale::c().toString(qint64(o.value(QStringLiteral("rows")).toDouble())));
        rule << QStringLiteral("---");
    }
    say(QString());
    say(header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    say(rule.join(QStringLiteral("|")) + QStringLiteral("|"));
    for (const Row &row : rows) {
        QStringList cells { QStringLiteral("| ") + row.title };
        for (const QJsonObject &o : results)
            cells << figure(o, row.key, row.target);
        say(cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    const auto mbCell = [](const QJsonObject &o, const QString &key) {
        if (!o.contains(key))
            return QStringLiteral("-");
        const double growth = (o.value(key).toDouble() - o.value(QStringLiteral("rss_before")).toDouble()) / 1048576.0;
        QString text = QStringLiteral("+%1 MB").arg(growth, 0, 'f', 0);
        if (o.value(QStringLiteral("model")).toString() == QLatin1String("ours"))
            text += growth < 150 ? QStringLiteral(" ok") : QStringLiteral(" MISS");
        return text;
    };
    for (const QString &key : { QStringLiteral("rss_after_scroll"), QStringLiteral("rss_end") }) {
        QStringList cells { QStringLiteral("| RSS growth, %1").arg(key.mid(4)) };
        for (const QJsonObject &o : results)
            cells << mbCell(o, key);
        say(cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    for (const QJsonObject &o : results) {
        if (o.contains(QStringLiteral("error")))
            say(QStringLiteral("%1 %2: %3").arg(o.value(QStringLiteral("engine")).toString(), o.value(QStringLiteral("model")).toString(),
                o.value(QStringLiteral("error")).toString()));
        if (o.contains(QStringLiteral("count_estimated")))
            say(QStringLiteral("%1 %2: count shown %3 (%4), exact %5").arg(o.value(QStringLiteral("engine")).toString(),
                o.value(QStringLiteral("model")).toString(), QLocale::c().toString(qint64(o.value(QStringLiteral("count")).toDouble())),
                o.value(QStringLiteral("count_estimated")).toBool() ? QStringLiteral("estimated") : QStringLiteral("exact"),
                QLocale::c().toString(qint64(o.value(QStringLiteral("exact_count")).toDouble()))));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products on PostgreSQL."), QStringLiteral("n"), QStringLiteral("10000000"));
    const QCommandLineOption sqliteRowsOption(QStringLiteral("sqlite-rows"), QStringLiteral("Products on SQLite (default: min(rows, 1000000))."), QStringLiteral("n"));
    const QCommandLineOption modelsOption(QStringLiteral("models"), QStringLiteral("Models to measure."), QStringLiteral("list"), QStringLiteral("ours,querymodel"));
    const QCommandLineOption skipSqlite(QStringLiteral("skip-sqlite"), QStringLiteral("Skip SQLite."));
    const QCommandLineOption skipPostgres(QStringLiteral("skip-postgres"), QStringLiteral("Skip PostgreSQL."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the seeded databases (SQLite files in DIR)."), QStringLiteral("dir"));
    const QCommandLineOption limitOption(QStringLiteral("qt-limit"), QStringLiteral("Stop QSqlQueryModel after this many seconds."), QStringLiteral("s"), QStringLiteral("120"));
    const QCommandLineOption seedOnly(QStringLiteral("seed-only"), QStringLiteral("Seed (with --keep) and stop."));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal."));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Internal."), QStringLiteral("name"));
    const QCommandLineOption engineOption(QStringLiteral("engine"), QStringLiteral("Internal."), QStringLiteral("name"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Internal."), QStringLiteral("url"));
    parser.addOptions({ rowsOption, sqliteRowsOption, modelsOption, skipSqlite, skipPostgres, keepOption, limitOption, seedOnly,
        childOption, modelOption, engineOption, databaseOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(childOption))
        return runChild(parser.value(modelOption), parser.value(engineOption), parser.value(databaseOption), rows);
    const qint64 sqliteRows = parser.isSet(sqliteRowsOption) ? parser.value(sqliteRowsOption).toLongLong() : qMin<qint64>(rows, 1000000);
    say(QStringLiteral("bench_scale: %1 products on PostgreSQL, %2 on SQLite; load %3").arg(rows).arg(sqliteRows).arg(loadAverage()));
    QList<QJsonObject> results;
    QList<QPair<QString, qint64>> engines;
    if (!parser.isSet(skipPostgres) && TestDatabase::postgresAvailable())
        engines.append({ QStringLiteral("postgresql"), rows });
    if (!parser.isSet(skipSqlite))
        engines.append({ QStringLiteral("sqlite"), sqliteRows });
    for (const auto &[engine, engineRows] : std::as_const(engines)) {
        auto db = openDatabase(engine, parser.value(keepOption), engineRows);
        if (!db || !prepare(*db, engine, engineRows))
            return 1;
        if (parser.isSet(seedOnly))
            continue;
        for (const QString &model : parser.value(modelsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto r = runModel(model, engine, db->url, engineRows, model == QLatin1String("ours") ? 0 : parser.value(limitOption).toInt())) {
                r->insert(QStringLiteral("rows"), double(engineRows));
                results << *r;
            }
        }
    }
    printTable(results);
    return 0;
}
