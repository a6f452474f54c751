#include "dashboardoverviewtab.h"

#include "dashboardparts.h"
#include "dashboardtiles.h"
#include "maintenance/healthchecker.h"
#include "producttablemodel.h"
#include "statuscolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace catalog {

namespace {

StatusColors::Role syncStatusRole(const QString &status)
{
    if (status == QLatin1String("synced"))
        return StatusColors::Role::Ok;
    if (status == QLatin1String("pending"))
        return StatusColors::Role::Warning;
    if (status == QLatin1String("syncing"))
        return StatusColors::Role::Info;
    if (status == QLatin1String("failed"))
        return StatusColors::Role::Error;
    return StatusColors::Role::Muted;
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

QBarSet *coloredBarSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

DashboardOverviewTab::DashboardOverviewTab(QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    m_tiles = new DashboardTiles(this);
    m_tiles->addTile(QStringLiteral("products"), tr("Products"));
    m_tiles->addTile(QStringLiteral("suppliers"), tr("Suppliers"));
    m_tiles->addTile(QStringLiteral("images"), tr("Images stored"));
    m_tiles->addTile(QStringLiteral("database"), tr("Database size"));
    m_tiles->addTile(QStringLiteral("jobs"), tr("Jobs, last 30 days"));
    m_tiles->addTile(QStringLiteral("health"), tr("Health"));
    m_tiles->addTile(QStringLiteral("backup"), tr("Newest backup"));
    v->addWidget(m_tiles);
    // Data quality: a row of its own, one tile per kind (quality_<kind>), so every count shows.
    m_qualityTiles = new DashboardTiles(this);
    m_qualityTiles->setObjectName(QStringLiteral("qualityTiles"));
    for (QualityKind kind : allQualityKinds())
        m_qualityTiles->addTile(
            QStringLiteral("quality_") + qualityKindText(kind), ProductTableModel::qualityKindTitle(kind));
    v->addWidget(m_qualityTiles);

    auto *grid = new QGridLayout;
    const auto add = [this, grid](const char *name, int row, int column, int columns) {
        QChartView *view = dashboard::newChartView(QString::fromLatin1(name), this);
        m_charts.insert(view->objectName(), view);
        grid->addWidget(view, row, column, 1, columns);
    };
    add("statusChart", 0, 0, 1);
    add("currencyChart", 0, 1, 1);
    add("priceChart", 0, 2, 1);
    add("supplierChart", 1, 0, 1);
    add("activityChart", 1, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    v->addLayout(grid, 1);
}

void DashboardOverviewTab::showStatistics(const CatalogStatistics &statistics)
{
    showTiles(statistics);
    fillStatusChart(statistics);
    fillCurrencyChart(statistics);
    fillPriceChart(statistics);
    fillSupplierChart(statistics);
    fillActivityChart(statistics);
}

void DashboardOverviewTab::showTiles(const CatalogStatistics &s)
{
    const QLocale locale;
    m_tiles->setTile(QStringLiteral("products"), locale.toString(s.products),
        tr("%1 deleted").arg(locale.toString(s.deletedProducts)));
    m_tiles->setTile(QStringLiteral("suppliers"), locale.toString(s.suppliers),
        tr("schema version %1").arg(s.schemaVersion));
    const ImageFigures &img = s.imageFigures;
    m_tiles->setTile(QStringLiteral("images"), locale.toString(img.stored),
        tr("%1 without a file · %2")
            .arg(locale.toString(img.missing), locale.formattedDataSize(img.storedBytes)));
    m_tiles->setTile(QStringLiteral("database"),
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
    m_tiles->setTile(QStringLiteral("jobs"), locale.toString(jobs),
        tr("%1 failed · %2 rows rejected").arg(locale.toString(failed), locale.toString(rejected)));
    if (s.quality)
        showQualityTiles(*s.quality);
}

void DashboardOverviewTab::showQualityTiles(const QualityReport &quality)
{
    const QLocale locale;
    for (const QualityReport::KindCount &k : quality.kinds) {
        const QString name = QStringLiteral("quality_") + qualityKindText(k.kind);
        const QString examples = k.examples.join(QStringLiteral(", "));
        m_qualityTiles->setTile(name, locale.toString(k.count),
            k.count == 0 ? tr("of %1 active products").arg(locale.toString(quality.products))
                         : dashboard::elidedText(
                             tr("e.g. %1").arg(k.examples.mid(0, 2).join(QStringLiteral(", "))), 32));
        m_qualityTiles->setDetailToolTip(name, examples);
    }
}

void DashboardOverviewTab::showHealth(const SystemHealth &health)
{
    const QLocale locale;
    const dashboard::HealthState state = dashboard::healthState(health);
    const bool ok = health.level() == SystemHealth::Level::Ok;
    m_tiles->setTile(QStringLiteral("health"),
        QStringLiteral("<span style='color:%1'>● %2</span>")
            .arg(StatusColors::current().name(state.role), state.title),
        ok ? tr("%1 ms · %2")
                 .arg(locale.toString(double(health.connection.latencyMicros) / 1000.0, 'f', 2),
                     health.connection.serverVersion)
           : dashboard::elidedText(health.reason().simplified(), 110));
    m_tiles->setDetailToolTip(QStringLiteral("health"), health.reason());
    m_tiles->setAlert(QStringLiteral("health"), health.level() == SystemHealth::Level::Critical);
    showBackup(health.backup);
}

// The newest complete backup set: its age as the value, name, kind and size below.
void DashboardOverviewTab::showBackup(const BackupHealth::State &backup)
{
    const QLocale locale;
    QStringList tip { backup.newestSet.isEmpty() ? tr("No backup set yet") : backup.newestSet, backup.folder };
    tip << backup.warnings;
    if (backup.newestSet.isEmpty()) {
        m_tiles->setTile(QStringLiteral("backup"), tr("none"));
    } else {
        // The tile is narrow: age, kind and size; the set's name and folder are in the tool tip.
        const qint64 hours = backup.newestAt.secsTo(QDateTime::currentDateTime()) / 3600;
        m_tiles->setTile(QStringLiteral("backup"),
            hours < 1 ? tr("< 1 h ago") : tr("%n h ago", nullptr, int(hours)),
            tr("%1 · %2").arg(backup.newestIncremental ? tr("incremental") : tr("full"),
                locale.formattedDataSize(backup.newestBytes)));
    }
    m_tiles->setDetailToolTip(QStringLiteral("backup"), tip.join(QLatin1Char('\n')));
    m_tiles->setAlert(QStringLiteral("backup"), !backup.warnings.isEmpty());
}

void DashboardOverviewTab::fillStatusChart(const CatalogStatistics &s)
{
    QChart *chart = dashboard::clearedChart(chartView(QStringLiteral("statusChart")));
    chart->setTitle(tr("Products by sync status"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    const QLocale locale;
    const StatusColors colors = StatusColors::current();
    for (const QString &status : { QStringLiteral("synced"), QStringLiteral("pending"),
             QStringLiteral("syncing"), QStringLiteral("failed") }) {
        const qint64 count = s.productsByStatus.value(status);
        if (count == 0)
            continue;
        QPieSlice *slice = series->append(
            QStringLiteral("%1  %2").arg(ProductTableModel::statusTitle(status), locale.toString(count)),
            double(count));
        slice->setColor(colors.color(syncStatusRole(status)));
        slice->setBorderColor(dashboard::chartBackground());
        slice->setProperty("status", status);
    }
    chart->addSeries(series);
}

void DashboardOverviewTab::fillCurrencyChart(const CatalogStatistics &s)
{
    QChart *chart = dashboard::clearedChart(chartView(QStringLiteral("currencyChart")));
    chart->setTitle(tr("Products by currency"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    QList<QPair<QString, qint64>> currencies;
    for (auto it = s.productsByCurrency.cbegin(); it != s.productsByCurrency.cend(); ++it)
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
        slice->setColor(dashboard::seriesColor(int(i)));
        slice->setBorderColor(dashboard::chartBackground());
    }
    if (others > 0)
        series->append(tr("Other  %1").arg(locale.toString(others)), double(others))
            ->setColor(dashboard::seriesColor(dashboard::seriesColorCount() - 1));
    chart->addSeries(series);
}

void DashboardOverviewTab::fillPriceChart(const CatalogStatistics &s)
{
    QChart *chart = dashboard::clearedChart(chartView(QStringLiteral("priceChart")));
    chart->setTitle(s.priceCurrency.isEmpty()
            ? tr("Price distribution")
            : tr("Price distribution (from-price, %1)").arg(s.priceCurrency));
    chart->legend()->hide();
    QBarSet *set = coloredBarSet(tr("Products"), dashboard::seriesColor(0));
    QStringList categories;
    qint64 top = 0;
    for (const PriceBucket &b : s.priceHistogram) {
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
    dashboard::styleAxes(chart);
}

void DashboardOverviewTab::fillSupplierChart(const CatalogStatistics &s)
{
    QChart *chart = dashboard::clearedChart(chartView(QStringLiteral("supplierChart")));
    chart->setTitle(tr("Top suppliers by products"));
    chart->legend()->hide();
    QBarSet *set = coloredBarSet(tr("Products"), dashboard::seriesColor(1));
    QStringList names;
    qint64 top = 0;
    const auto &suppliers = s.topSuppliers;
    // Largest at the top: horizontal bar categories run bottom-up.
    for (qsizetype i = qMin<qsizetype>(suppliers.size(), 8) - 1; i >= 0; --i) {
        *set << double(suppliers.at(i).second);
        QString name = dashboard::elidedText(suppliers.at(i).first, 22);
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
    dashboard::styleAxes(chart);
}

void DashboardOverviewTab::fillActivityChart(const CatalogStatistics &s)
{
    QChart *chart = dashboard::clearedChart(chartView(QStringLiteral("activityChart")));
    chart->setTitle(tr("Jobs and rejected rows per day, last %n day(s)", nullptr, int(s.activity.size())));
    chart->legend()->setAlignment(Qt::AlignTop);
    QBarSet *imports = coloredBarSet(tr("Imports"), dashboard::seriesColor(0));
    QBarSet *other = coloredBarSet(tr("Other jobs"), dashboard::softened(dashboard::seriesColor(0)));
    const QColor rejectedColor = StatusColors::current().color(StatusColors::Role::Error);
    auto *errors = new QLineSeries;
    errors->setName(tr("Rows rejected"));
    QPen pen(rejectedColor);
    pen.setWidth(2);
    errors->setPen(pen);
    errors->setPointsVisible(true);
    QStringList days;
    qint64 topJobs = 0;
    qint64 topErrors = 0;
    for (qsizetype i = 0; i < s.activity.size(); ++i) {
        const DailyActivity &a = s.activity.at(i);
        *imports << double(a.imports);
        *other << double(a.jobs - a.imports);
        errors->append(double(i), double(a.rowErrors));
        // Every day has a bar; every third one a label, so thirty days stay readable.
        days << (i % 3 == (s.activity.size() - 1) % 3 ? a.day.toString(QStringLiteral("M/d"))
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
    y2->applyNiceNumbers();
    y2->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    errors->attachAxis(x);
    errors->attachAxis(y2);
    dashboard::styleAxes(chart);
    y2->setLabelsColor(rejectedColor); // the right axis belongs to the red line
}

} // namespace catalog
