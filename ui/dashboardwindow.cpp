#include "dashboardwindow.h"

#include "db/connectionmanager.h"
#include "db/latencyrecorder.h"
#include "producttablemodel.h"
#include "uilog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace catalog {

namespace {

constexpr int kRefreshMs = 30000;
const QString kIntervalKey = QStringLiteral("health/intervalSeconds");

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("synced"))
        return QColor(0x2f, 0x9e, 0x44);
    if (status == QLatin1String("pending"))
        return QColor(0xf0, 0x8c, 0x00);
    if (status == QLatin1String("syncing"))
        return QColor(0x1c, 0x7e, 0xd6);
    if (status == QLatin1String("failed"))
        return QColor(0xe0, 0x31, 0x31);
    return QColor(0x86, 0x8e, 0x96);
}

const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors { QColor(0x1c, 0x7e, 0xd6), QColor(0x0c, 0xa6, 0x78),
        QColor(0xf5, 0x9f, 0x00), QColor(0xae, 0x3e, 0xc9), QColor(0xe6, 0x49, 0x80),
        QColor(0x10, 0x98, 0xad), QColor(0x74, 0xb8, 0x16), QColor(0x86, 0x8e, 0x96) };
    return colors;
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

QString priceLabel(double value)
{
    const QLocale locale;
    if (value >= 1000000)
        return locale.toString(value / 1000000, 'f', 0) + QLatin1Char('M');
    if (value >= 1000)
        return locale.toString(value / 1000, 'f', 0) + QLatin1Char('k');
    return locale.toString(value, 'f', 0);
}

QChart *emptyChart(QChartView *view)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DashboardWindow::DashboardWindow(ConnectionManager &connections, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("dashboard"));
    setWindowTitle(tr("Statistics — %1").arg(connections.config().displayName()));
    resize(1280, 860);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(connections.config().displayName().toHtmlEscaped()), this);
    m_updated = new QLabel(tr("Computing the figures…"), this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_updated);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; border-radius: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildStorage(), tr("Storage"));
    m_tabs->addTab(buildPerformance(), tr("Performance and health"));
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<Result<CatalogStatistics>>::finished, this,
        [this] { showStatistics(m_watcher.result()); });
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardWindow::refresh);
}

DashboardWindow::~DashboardWindow()
{
    m_watcher.waitForFinished(); // the worker uses the connection manager
}

QLabel *DashboardWindow::addTile(QWidget *row, const QString &name, const QString &title)
{
    auto *tile = new QFrame(row);
    tile->setObjectName(QStringLiteral("tile_") + name);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(
        QStringLiteral("QFrame#tile_%1 { background: palette(base); border: 1px solid palette(midlight); "
                       "border-radius: 6px; }")
            .arg(name));
    auto *v = new QVBoxLayout(tile);
    v->setContentsMargins(12, 8, 12, 8);
    auto *caption = new QLabel(title, tile);
    caption->setStyleSheet(QStringLiteral("color: palette(dark); border: none; background: transparent;"));
    auto *value = new QLabel(QStringLiteral("—"), tile);
    value->setObjectName(QStringLiteral("tileValue_") + name);
    value->setStyleSheet(
        QStringLiteral("font-size: 20pt; font-weight: 600; border: none; background: transparent;"));
    auto *detail = new QLabel(tile);
    detail->setObjectName(QStringLiteral("tileDetail_") + name);
    detail->setStyleSheet(QStringLiteral("color: palette(dark); border: none; background: transparent;"));
    detail->setWordWrap(true);
    v->addWidget(caption);
    v->addWidget(value);
    v->addWidget(detail);
    v->addStretch();
    row->layout()->addWidget(tile);
    m_tiles.insert(name, value);
    m_tileDetails.insert(name, detail);
    return value;
}

QChartView *DashboardWindow::addChart(const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(250);
    m_charts.insert(name, view);
    return view;
}

QWidget *DashboardWindow::buildOverview()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *tiles = new QWidget(page);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    addTile(tiles, QStringLiteral("products"), tr("Products"));
    addTile(tiles, QStringLiteral("suppliers"), tr("Suppliers"));
    addTile(tiles, QStringLiteral("images"), tr("Images stored"));
    addTile(tiles, QStringLiteral("database"), tr("Database size"));
    addTile(tiles, QStringLiteral("jobs"), tr("Jobs, last 30 days"));
    addTile(tiles, QStringLiteral("health"), tr("Health"));
    v->addWidget(tiles);

    auto *grid = new QGridLayout;
    grid->addWidget(addChart(QStringLiteral("statusChart")), 0, 0);
    grid->addWidget(addChart(QStringLiteral("currencyChart")), 0, 1);
    grid->addWidget(addChart(QStringLiteral("priceChart")), 0, 2);
    grid->addWidget(addChart(QStringLiteral("supplierChart")), 1, 0, 1, 1);
    grid->addWidget(addChart(QStringLiteral("activityChart")), 1, 1, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    v->addLayout(grid, 1);
    return page;
}

QWidget *DashboardWindow::buildStorage()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *tiles = new QWidget(page);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    addTile(tiles, QStringLiteral("storageDatabase"), tr("Database size"));
    addTile(tiles, QStringLiteral("reclaimable"), tr("Dead rows to reclaim"));
    addTile(tiles, QStringLiteral("imageBytes"), tr("Image files (database)"));
    addTile(tiles, QStringLiteral("missingImages"), tr("Images without a file"));
    addTile(tiles, QStringLiteral("storageFolder"), tr("Image folder"));
    v->addWidget(tiles);

    auto *optimizeRow = new QHBoxLayout;
    auto *explain
        = new QLabel(tr("Updates and deletes leave dead rows behind (every import upserts). Optimising "
                        "reclaims their space and refreshes the planner's statistics."),
            page);
    explain->setWordWrap(true);
    auto *optimize = new QPushButton(tr("&Optimise Database…"), page);
    optimize->setObjectName(QStringLiteral("optimizeButton"));
    connect(optimize, &QPushButton::clicked, this, &DashboardWindow::optimizeRequested);
    optimizeRow->addWidget(explain, 1);
    optimizeRow->addWidget(optimize);
    v->addLayout(optimizeRow);

    auto *split = new QHBoxLayout;
    split->addWidget(addChart(QStringLiteral("relationChart")), 1);
    auto *right = new QVBoxLayout;
    m_relations = makeTable(
        { tr("Name"), tr("Kind"), tr("Table"), tr("Size"), tr("Rows (estimate)"), tr("Dead rows") }, page);
    m_relations->setObjectName(QStringLiteral("relationsTable"));
    m_relationsNote = new QLabel(page);
    m_relationsNote->setWordWrap(true);
    m_relationsNote->hide();
    right->addWidget(m_relations);
    right->addWidget(m_relationsNote);
    split->addLayout(right, 1);
    v->addLayout(split, 1);
    return page;
}

QWidget *DashboardWindow::buildPerformance()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *healthRow = new QHBoxLayout;
    m_healthDetails = new QLabel(tr("Waiting for the first health check…"), page);
    m_healthDetails->setObjectName(QStringLiteral("healthDetails"));
    m_healthDetails->setWordWrap(true);
    m_healthDetails->setTextFormat(Qt::RichText);
    m_healthDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    healthRow->addWidget(m_healthDetails, 1);
    auto *intervalBox = new QVBoxLayout;
    auto *intervalLabel = new QLabel(tr("Check health every"), page);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(QStringLiteral("healthInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(QSettings().value(kIntervalKey, 15).toInt());
    intervalLabel->setBuddy(m_interval);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(kIntervalKey, seconds);
        Q_EMIT healthIntervalChanged(seconds);
    });
    intervalBox->addWidget(intervalLabel);
    intervalBox->addWidget(m_interval);
    intervalBox->addStretch();
    healthRow->addLayout(intervalBox);
    v->addLayout(healthRow);

    auto *latencyTitle
        = new QLabel(tr("<b>This application's storage calls</b> (latency of the most recent %1 "
                        "statements per kind, measured here)")
                         .arg(LatencyRecorder::kWindow),
            page);
    v->addWidget(latencyTitle);
    m_latencies = makeTable(
        { tr("Statement kind"), tr("Calls"), tr("p50 (ms)"), tr("p95 (ms)"), tr("Slowest (ms)") }, page);
    m_latencies->setObjectName(QStringLiteral("latencyTable"));
    m_latencies->horizontalHeader()->setStretchLastSection(false);
    m_latencies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    v->addWidget(m_latencies, 1);

    v->addWidget(
        new QLabel(tr("<b>Slowest statements on the server</b> (pg_stat_statements, by mean time)"), page));
    m_statementsHint = new QLabel(page);
    m_statementsHint->setObjectName(QStringLiteral("statementsHint"));
    m_statementsHint->setWordWrap(true);
    m_statementsHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statementsHint->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #f0c36d; "
                                                   "border-radius: 4px; padding: 8px; color: #5d4300; }"));
    v->addWidget(m_statementsHint);
    m_statements
        = makeTable({ tr("Mean (ms)"), tr("Calls"), tr("Total (ms)"), tr("Rows"), tr("Statement") }, page);
    m_statements->setObjectName(QStringLiteral("statementsTable"));
    v->addWidget(m_statements, 1);
    return page;
}

void DashboardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void DashboardWindow::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QString DashboardWindow::tileText(const QString &name) const
{
    const QLabel *value = m_tiles.value(name);
    const QLabel *detail = m_tileDetails.value(name);
    if (!value)
        return {};
    return detail && !detail->text().isEmpty() ? value->text() + QLatin1Char('\n') + detail->text()
                                               : value->text();
}

void DashboardWindow::setTile(const QString &name, const QString &value, const QString &detail)
{
    if (QLabel *label = m_tiles.value(name))
        label->setText(value);
    if (QLabel *label = m_tileDetails.value(name))
        label->setText(detail);
}

void DashboardWindow::refresh()
{
    showLatencies();
    if (m_watcher.isRunning())
        return;
    StatisticsRepository::Options options;
    options.storageRoot = m_imagesFolder;
    ConnectionManager *connections = &m_connections;
    m_collecting.start();
    m_watcher.setFuture(QtConcurrent::run(
        [connections, options] { return StatisticsRepository(*connections).collect(options); }));
}

void DashboardWindow::showStatistics(const Result<CatalogStatistics> &result)
{
    const QLocale locale;
    if (!result) {
        m_error->setText(tr("The figures could not be read: %1").arg(result.error().toString()));
        m_error->show();
        qCWarning(lcUi).noquote() << "dashboard:" << result.error().toString();
        Q_EMIT refreshed();
        return;
    }
    m_error->hide();
    // On a large SQLite catalog collecting takes seconds: refresh at most 1/10 of the time.
    m_timer.setInterval(int(qBound(qint64(kRefreshMs), 10 * m_collecting.elapsed(), qint64(600000))));
    m_stats = result.value();
    m_updated->setText(tr("Updated %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));

    const CatalogStatistics &s = m_stats;
    setTile(QStringLiteral("products"), locale.toString(s.products),
        tr("%1 deleted").arg(locale.toString(s.deletedProducts)));
    setTile(QStringLiteral("suppliers"), locale.toString(s.suppliers),
        tr("schema version %1").arg(s.schemaVersion));
    const ImageFigures &img = s.imageFigures;
    setTile(QStringLiteral("images"), locale.toString(img.stored),
        tr("%1 without a file · %2")
            .arg(locale.toString(img.missing), locale.formattedDataSize(img.storedBytes)));
    setTile(QStringLiteral("database"),
        s.databaseBytes < 0 ? tr("n/a") : locale.formattedDataSize(s.databaseBytes),
        tr("%1 dead rows to reclaim").arg(locale.toString(s.deadRows)));
    qint64 jobs = 0;
    qint64 failed = 0;
    qint64 rejected = 0;
    for (const DailyActivity &a : s.activity) {
        jobs += a.jobs;
        failed += a.failedJobs;
        rejected += a.rowErrors;
    }
    setTile(QStringLiteral("jobs"), locale.toString(jobs),
        tr("%1 failed · %2 rows rejected").arg(locale.toString(failed), locale.toString(rejected)));
    setTile(QStringLiteral("storageDatabase"),
        s.databaseBytes < 0 ? tr("n/a") : locale.formattedDataSize(s.databaseBytes),
        tr("%n table(s) and index(es)", nullptr, int(s.relations.size())));
    setTile(QStringLiteral("reclaimable"), locale.toString(s.deadRows),
        m_connections.config().engine == Engine::PostgreSQL ? tr("dead tuples (estimate)")
                                                            : tr("free pages"));
    setTile(QStringLiteral("imageBytes"), locale.formattedDataSize(img.storedBytes),
        tr("%1 stored of %2 rows").arg(locale.toString(img.stored), locale.toString(img.rows)));
    setTile(QStringLiteral("missingImages"), locale.toString(img.missing),
        tr("%1 products have no image").arg(locale.toString(img.productsWithoutImages)));
    setTile(QStringLiteral("storageFolder"),
        img.folderBytes < 0 ? tr("none") : locale.formattedDataSize(img.folderBytes),
        img.folderBytes < 0 ? tr("%1 does not exist yet").arg(img.storageRoot)
                            : tr("%1 files in %2").arg(locale.toString(img.folderFiles), img.storageRoot));
    if (QLabel *detail = m_tileDetails.value(QStringLiteral("storageFolder")))
        detail->setToolTip(img.storageRoot);

    fillStatusChart();
    fillCurrencyChart();
    fillPriceChart();
    fillSupplierChart();
    fillActivityChart();
    fillRelations();
    fillStatements();
    Q_EMIT refreshed();
}

void DashboardWindow::fillStatusChart()
{
    QChart *chart = emptyChart(m_charts.value(QStringLiteral("statusChart")));
    chart->setTitle(tr("Products by sync status"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    const QLocale locale;
    for (const QString &status : { QStringLiteral("synced"), QStringLiteral("pending"),
             QStringLiteral("syncing"), QStringLiteral("failed") }) {
        const qint64 count = m_stats.productsByStatus.value(status);
        if (count == 0)
            continue;
        QPieSlice *slice = series->append(
            QStringLiteral("%1  %2").arg(ProductTableModel::statusTitle(status), locale.toString(count)),
            double(count));
        slice->setColor(statusColor(status));
        slice->setBorderColor(Qt::white);
        slice->setProperty("status", status);
    }
    chart->addSeries(series);
}

void DashboardWindow::fillCurrencyChart()
{
    QChart *chart = emptyChart(m_charts.value(QStringLiteral("currencyChart")));
    chart->setTitle(tr("Products by currency"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    QList<QPair<QString, qint64>> currencies;
    for (auto it = m_stats.productsByCurrency.cbegin(); it != m_stats.productsByCurrency.cend(); ++it)
        currencies.append({ it.key(), it.value() });
    std::sort(currencies.begin(), currencies.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    const QLocale locale;
    qint64 others = 0;
    for (qsizetype i = 0; i < currencies.size(); ++i) {
        if (i >= 6) {
            others += currencies.at(i).second;
            continue;
        }
        QPieSlice *slice = series->append(
            QStringLiteral("%1  %2").arg(currencies.at(i).first, locale.toString(currencies.at(i).second)),
            double(currencies.at(i).second));
        slice->setColor(seriesColors().at(i % seriesColors().size()));
        slice->setBorderColor(Qt::white);
    }
    if (others > 0)
        series->append(tr("Other  %1").arg(locale.toString(others)), double(others))
            ->setColor(seriesColors().last());
    chart->addSeries(series);
}

void DashboardWindow::fillPriceChart()
{
    QChart *chart = emptyChart(m_charts.value(QStringLiteral("priceChart")));
    chart->setTitle(m_stats.priceCurrency.isEmpty()
            ? tr("Price distribution")
            : tr("Price distribution (from-price, %1)").arg(m_stats.priceCurrency));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Products"));
    set->setColor(seriesColors().at(0));
    set->setBorderColor(seriesColors().at(0));
    QStringList categories;
    qint64 top = 0;
    for (const PriceBucket &b : m_stats.priceHistogram) {
        *set << double(b.products);
        // Each bar is labelled with its lower bound, as histograms are read: 1-2-5 steps up.
        categories << (b.to < 0 ? QStringLiteral("≥%1").arg(priceLabel(b.from)) : priceLabel(b.from));
        top = qMax(top, b.products);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    x->setLabelsAngle(categories.size() > 8 ? -90 : 0); // upright labels of 3+ digits do not fit narrow bars
    auto *y = new QValueAxis;
    y->setRange(0, double(qMax<qint64>(top, 1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardWindow::fillSupplierChart()
{
    QChart *chart = emptyChart(m_charts.value(QStringLiteral("supplierChart")));
    chart->setTitle(tr("Top suppliers by products"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Products"));
    set->setColor(seriesColors().at(1));
    set->setBorderColor(seriesColors().at(1));
    QStringList names;
    qint64 top = 0;
    const auto &suppliers = m_stats.topSuppliers;
    // Largest at the top: horizontal bar categories run bottom-up.
    for (qsizetype i = qMin<qsizetype>(suppliers.size(), 8) - 1; i >= 0; --i) {
        *set << double(suppliers.at(i).second);
        QString name = elided(suppliers.at(i).first, 22);
        while (names.contains(name))
            name += QLatin1Char(' ');
        names << name;
        top = qMax(top, suppliers.at(i).second);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(0, double(qMax<qint64>(top, 1)));
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardWindow::fillActivityChart()
{
    QChart *chart = emptyChart(m_charts.value(QStringLiteral("activityChart")));
    chart->setTitle(
        tr("Jobs and rejected rows per day, last %n day(s)", nullptr, int(m_stats.activity.size())));
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *imports = new QBarSet(tr("Imports"));
    imports->setColor(seriesColors().at(0));
    imports->setBorderColor(seriesColors().at(0));
    auto *other = new QBarSet(tr("Other jobs"));
    other->setColor(QColor(0x91, 0xc8, 0xf5));
    other->setBorderColor(QColor(0x91, 0xc8, 0xf5));
    auto *errors = new QLineSeries;
    errors->setName(tr("Rows rejected"));
    QPen pen(QColor(0xe0, 0x31, 0x31));
    pen.setWidth(2);
    errors->setPen(pen);
    errors->setPointsVisible(true);
    QStringList days;
    qint64 topJobs = 0;
    qint64 topErrors = 0;
    for (qsizetype i = 0; i < m_stats.activity.size(); ++i) {
        const DailyActivity &a = m_stats.activity.at(i);
        *imports << double(a.imports);
        *other << double(a.jobs - a.imports);
        errors->append(double(i), double(a.rowErrors));
        // Every day has a bar; every third one a label, so thirty days stay readable.
        days << (i % 3 == (m_stats.activity.size() - 1) % 3 ? a.day.toString(QStringLiteral("M/d"))
                                                            : QString(int(i), QChar(0x200b)));
        topJobs = qMax(topJobs, a.jobs);
        topErrors = qMax(topErrors, a.rowErrors);
    }
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.7);
    bars->append(imports);
    bars->append(other);
    chart->addSeries(bars);
    chart->addSeries(errors);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    x->setGridLineVisible(false);
    x->setLabelsAngle(-90);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setRange(0, double(qMax<qint64>(topJobs, 1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    auto *y2 = new QValueAxis;
    y2->setRange(0, double(qMax<qint64>(topErrors, 1)));
    y2->setLabelFormat(QStringLiteral("%d"));
    y2->setLabelsColor(QColor(0xe0, 0x31, 0x31));
    y2->applyNiceNumbers();
    y2->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    errors->attachAxis(x);
    errors->attachAxis(y2);
}

void DashboardWindow::fillRelations()
{
    const QLocale locale;
    const QList<RelationSize> &relations = m_stats.relations;
    m_relations->setRowCount(int(relations.size()));
    for (int row = 0; row < relations.size(); ++row) {
        const RelationSize &r = relations.at(row);
        m_relations->setItem(row, 0, new QTableWidgetItem(r.name));
        m_relations->setItem(row, 1, new QTableWidgetItem(r.isIndex ? tr("index") : tr("table")));
        m_relations->setItem(row, 2, new QTableWidgetItem(r.table));
        m_relations->setItem(row, 3, numberItem(locale.formattedDataSize(r.bytes)));
        m_relations->setItem(row, 4, numberItem(r.liveRows < 0 ? tr("n/a") : locale.toString(r.liveRows)));
        m_relations->setItem(row, 5, numberItem(r.deadRows < 0 ? tr("n/a") : locale.toString(r.deadRows)));
    }
    m_relations->horizontalHeader()->setStretchLastSection(false);
    m_relations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // SQLite keeps no row estimates or dead rows per table: no columns of "n/a".
    const bool pg = m_connections.config().engine == Engine::PostgreSQL;
    m_relations->setColumnHidden(4, !pg);
    m_relations->setColumnHidden(5, !pg);
    for (int c = 1; c < m_relations->columnCount(); ++c)
        m_relations->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_relationsNote->setText(m_stats.relationsNote.isEmpty()
            ? QString()
            : tr("Sizes per table are not available: %1").arg(m_stats.relationsNote));
    m_relationsNote->setVisible(!m_stats.relationsNote.isEmpty());

    QChart *chart = emptyChart(m_charts.value(QStringLiteral("relationChart")));
    chart->setTitle(tr("Largest tables and indexes"));
    chart->legend()->setAlignment(Qt::AlignTop);
    const qint64 largest = relations.isEmpty() ? 1 : qMax<qint64>(1, relations.first().bytes);
    // One unit for the axis: KiB or MiB or GiB, whichever keeps the largest bar readable.
    qint64 unit = 1024;
    QString unitName = tr("KiB");
    if (largest >= 10LL * 1024 * 1024 * 1024) {
        unit = 1024LL * 1024 * 1024;
        unitName = tr("GiB");
    } else if (largest >= 10LL * 1024 * 1024) {
        unit = 1024LL * 1024;
        unitName = tr("MiB");
    }
    auto *tables = new QBarSet(tr("Table"));
    tables->setColor(seriesColors().at(0));
    tables->setBorderColor(seriesColors().at(0));
    auto *indexes = new QBarSet(tr("Index"));
    indexes->setColor(seriesColors().at(2));
    indexes->setBorderColor(seriesColors().at(2));
    QStringList names;
    const qsizetype shown = qMin<qsizetype>(relations.size(), 12);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const RelationSize &r = relations.at(i);
        const double value = double(r.bytes) / double(unit);
        *tables << (r.isIndex ? 0.0 : value);
        *indexes << (r.isIndex ? value : 0.0);
        names << elided(r.name, 30);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(tables);
    series->append(indexes);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(0, double(largest) / double(unit));
    x->setTitleText(unitName);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardWindow::fillStatements()
{
    const StatementStatistics &st = m_stats.statements;
    const QLocale locale;
    QString hint;
    switch (st.state) {
    case StatementStatistics::State::Unsupported:
        hint = tr(
            "SQLite keeps no statement statistics; the table above shows this application's own latencies.");
        break;
    case StatementStatistics::State::NotInstalled:
        hint = tr(
            "pg_stat_statements is not enabled in this database. To enable it, a superuser adds "
            "pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs "
            "CREATE EXTENSION pg_stat_statements; in this database.");
        break;
    case StatementStatistics::State::NotLoaded:
        hint
            = tr("The pg_stat_statements extension is installed, but the server has not loaded it: add "
                 "pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.");
        break;
    case StatementStatistics::State::Available:
        break;
    }
    m_statementsHint->setText(hint);
    m_statementsHint->setVisible(!hint.isEmpty());
    m_statements->setVisible(st.state == StatementStatistics::State::Available);
    m_statements->setRowCount(int(st.slowest.size()));
    for (int row = 0; row < st.slowest.size(); ++row) {
        const StatementStatistics::Row &r = st.slowest.at(row);
        m_statements->setItem(row, 0, numberItem(locale.toString(r.meanMs, 'f', 2)));
        m_statements->setItem(row, 1, numberItem(locale.toString(r.calls)));
        m_statements->setItem(row, 2, numberItem(locale.toString(r.totalMs, 'f', 1)));
        m_statements->setItem(row, 3, numberItem(locale.toString(r.rows)));
        auto *query = new QTableWidgetItem(elided(r.query, 200));
        query->setToolTip(r.query);
        m_statements->setItem(row, 4, query);
    }
    m_statements->resizeColumnsToContents();
}

void DashboardWindow::showLatencies()
{
    const QLocale locale;
    const QList<LatencyRecorder::Figures> figures = LatencyRecorder::instance().figures();
    m_latencies->setRowCount(int(qMin<qsizetype>(figures.size(), 25)));
    for (int row = 0; row < m_latencies->rowCount(); ++row) {
        const LatencyRecorder::Figures &f = figures.at(row);
        m_latencies->setItem(row, 0, new QTableWidgetItem(f.kind));
        m_latencies->setItem(row, 1, numberItem(locale.toString(f.count)));
        m_latencies->setItem(row, 2, numberItem(locale.toString(f.p50Ms, 'f', 2)));
        m_latencies->setItem(row, 3, numberItem(locale.toString(f.p95Ms, 'f', 2)));
        m_latencies->setItem(row, 4, numberItem(locale.toString(f.maxMs, 'f', 2)));
    }
    for (int c = 1; c < m_latencies->columnCount(); ++c)
        m_latencies->resizeColumnToContents(c);
}

void DashboardWindow::showHealth(const SystemHealth &health)
{
    const QLocale locale;
    QString color;
    QString state;
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        color = QStringLiteral("#2f9e44");
        state = tr("Healthy");
        break;
    case SystemHealth::Level::Warning:
        color = QStringLiteral("#d97706");
        state = tr("Warning");
        break;
    case SystemHealth::Level::Critical:
        color = QStringLiteral("#b3261e");
        state = tr("Unhealthy");
        break;
    }
    setTile(QStringLiteral("health"), QStringLiteral("<span style='color:%1'>● %2</span>").arg(color, state),
        health.level() == SystemHealth::Level::Ok
            ? tr("%1 ms · %2")
                  .arg(locale.toString(double(health.connection.latencyMicros) / 1000.0, 'f', 2),
                      health.connection.serverVersion)
            : elided(health.reason().simplified(), 110));
    if (QLabel *detail = m_tileDetails.value(QStringLiteral("health"))) {
        const bool bad = health.level() == SystemHealth::Level::Critical;
        detail->setToolTip(health.reason());
        detail->setStyleSheet(bad
                ? QStringLiteral("color: #8c1d18; border: none; background: transparent;")
                : QStringLiteral("color: palette(dark); border: none; background: transparent;"));
    }
    if (QWidget *tile = findChild<QWidget *>(QStringLiteral("tile_health"))) {
        const bool bad = health.level() == SystemHealth::Level::Critical;
        tile->setStyleSheet(bad
                ? QStringLiteral("QFrame#tile_health { background: #fdecea; border: 2px solid #b3261e; "
                                 "border-radius: 6px; }")
                : QStringLiteral("QFrame#tile_health { background: palette(base); border: 1px solid "
                                 "palette(midlight); border-radius: 6px; }"));
    }

    QString html = QStringLiteral("<p style='font-size:14pt'><span style='color:%1'>●</span> <b>%2</b></p>")
                       .arg(color, state.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString &name, const QString &value, bool bad = false) {
        html += QStringLiteral("<tr><td>%1</td><td%3>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped(),
                        bad ? QStringLiteral(" style='color:#b3261e'") : QString());
    };
    if (health.connection.healthy) {
        row(tr("Connection"),
            tr("%1 ms for a trivial query")
                .arg(locale.toString(double(health.connection.latencyMicros) / 1000.0, 'f', 2)));
        row(tr("Server"), health.connection.serverVersion);
        if (m_connections.config().engine == Engine::PostgreSQL)
            row(tr("Replication"),
                health.connection.inRecovery ? tr("standby in recovery (read-only)") : tr("primary"));
    } else {
        row(tr("Connection"), health.connection.error, true);
    }
    for (const SystemHealth::Disk &d : health.disks)
        row(d.label == QLatin1String("storage") ? tr("Free disk (storage)") : tr("Free disk (database)"),
            d.freeBytes < 0 ? tr("unknown (%1)").arg(d.path)
                            : tr("%1 of %2 · %3")
                                  .arg(locale.formattedDataSize(d.freeBytes),
                                      locale.formattedDataSize(d.totalBytes), d.path));
    if (health.connection.healthy)
        row(tr("Long-running jobs"),
            health.longJobs.isEmpty() ? tr("none") : QString::number(health.longJobs.size()),
            !health.longJobs.isEmpty());
    for (const SystemHealth::LongJob &j : health.longJobs)
        row(QString(), tr("%1 for %2 min — %3").arg(j.what).arg(j.seconds / 60).arg(j.detail));
    for (const QString &p : health.problems)
        row(tr("Problem"), p.simplified(), true);
    for (const QString &w : health.warnings)
        row(tr("Warning"), w);
    row(tr("Checked"), locale.toString(health.checkedAt.time(), QStringLiteral("HH:mm:ss")));
    html += QStringLiteral("</table>");
    m_healthDetails->setText(html);
}

} // namespace catalog
