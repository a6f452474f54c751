#include "dashboardstoragetab.h"

#include "dashboardparts.h"
#include "dashboardtiles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace catalog {

DashboardStorageTab::DashboardStorageTab(Engine engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    auto *v = new QVBoxLayout(this);
    m_tiles = new DashboardTiles(this);
    m_tiles->addTile(QStringLiteral("storageDatabase"), tr("Database size"));
    m_tiles->addTile(QStringLiteral("reclaimable"), tr("Dead rows to reclaim"));
    m_tiles->addTile(QStringLiteral("imageBytes"), tr("Image files (database)"));
    m_tiles->addTile(QStringLiteral("missingImages"), tr("Images without a file"));
    m_tiles->addTile(QStringLiteral("storageFolder"), tr("Image folder"));
    v->addWidget(m_tiles);

    auto *optimizeRow = new QHBoxLayout;
    auto *explain
        = new QLabel(tr("Updates and deletes leave dead rows behind (every import upserts). Optimising "
                        "reclaims their space and refreshes the planner's statistics."),
            this);
    explain->setWordWrap(true);
    auto *optimize = new QPushButton(tr("&Optimise Database…"), this);
    optimize->setObjectName(QStringLiteral("optimizeButton"));
    connect(optimize, &QPushButton::clicked, this, &DashboardStorageTab::optimizeRequested);
    optimizeRow->addWidget(explain, 1);
    optimizeRow->addWidget(optimize);
    v->addLayout(optimizeRow);

    auto *split = new QHBoxLayout;
    m_relationChart = dashboard::newChartView(QStringLiteral("relationChart"), this);
    split->addWidget(m_relationChart, 1);
    auto *right = new QVBoxLayout;
    m_relations = dashboard::newFigureTable(
        { tr("Name"), tr("Kind"), tr("Table"), tr("Size"), tr("Rows (estimate)"), tr("Dead rows") }, this);
    m_relations->setObjectName(QStringLiteral("relationsTable"));
    m_relationsNote = new QLabel(this);
    m_relationsNote->setWordWrap(true);
    m_relationsNote->hide();
    right->addWidget(m_relations);
    right->addWidget(m_relationsNote);
    split->addLayout(right, 1);
    v->addLayout(split, 1);
}

void DashboardStorageTab::showStatistics(const CatalogStatistics &statistics)
{
    showTiles(statistics);
    fillRelationsTable(statistics);
    fillRelationsChart(statistics);
}

void DashboardStorageTab::showTiles(const CatalogStatistics &s)
{
    const QLocale locale;
    const ImageFigures &img = s.imageFigures;
    m_tiles->setTile(QStringLiteral("storageDatabase"),
        s.databaseBytes < 0 ? tr("n/a") : locale.formattedDataSize(s.databaseBytes),
        tr("%n table(s) and index(es)", nullptr, int(s.relations.size())));
    m_tiles->setTile(QStringLiteral("reclaimable"), locale.toString(s.deadRows),
        m_engine == Engine::PostgreSQL ? tr("dead tuples (estimate)") : tr("free pages"));
    m_tiles->setTile(QStringLiteral("imageBytes"), locale.formattedDataSize(img.storedBytes),
        tr("%1 stored of %2 rows").arg(locale.toString(img.stored), locale.toString(img.rows)));
    m_tiles->setTile(QStringLiteral("missingImages"), locale.toString(img.missing),
        tr("%1 products have no image").arg(locale.toString(img.productsWithoutImages)));
    m_tiles->setTile(QStringLiteral("storageFolder"),
        img.folderBytes < 0 ? tr("none") : locale.formattedDataSize(img.folderBytes),
        img.folderBytes < 0 ? tr("%1 does not exist yet").arg(img.storageRoot)
                            : tr("%1 files in %2").arg(locale.toString(img.folderFiles), img.storageRoot));
    m_tiles->setDetailToolTip(QStringLiteral("storageFolder"), img.storageRoot);
}

void DashboardStorageTab::fillRelationsTable(const CatalogStatistics &s)
{
    const QLocale locale;
    const QList<RelationSize> &relations = s.relations;
    m_relations->setRowCount(int(relations.size()));
    for (int row = 0; row < relations.size(); ++row) {
        const RelationSize &r = relations.at(row);
        m_relations->setItem(row, 0, new QTableWidgetItem(r.name));
        m_relations->setItem(row, 1, new QTableWidgetItem(r.isIndex ? tr("index") : tr("table")));
        m_relations->setItem(row, 2, new QTableWidgetItem(r.table));
        m_relations->setItem(row, 3, dashboard::numberItem(locale.formattedDataSize(r.bytes)));
        m_relations->setItem(
            row, 4, dashboard::numberItem(r.liveRows < 0 ? tr("n/a") : locale.toString(r.liveRows)));
        m_relations->setItem(
            row, 5, dashboard::numberItem(r.deadRows < 0 ? tr("n/a") : locale.toString(r.deadRows)));
    }
    m_relations->horizontalHeader()->setStretchLastSection(false);
    m_relations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // SQLite keeps no row estimates or dead rows per table: no columns of "n/a".
    const bool pg = m_engine == Engine::PostgreSQL;
    m_relations->setColumnHidden(4, !pg);
    m_relations->setColumnHidden(5, !pg);
    for (int c = 1; c < m_relations->columnCount(); ++c)
        m_relations->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_relationsNote->setText(s.relationsNote.isEmpty()
            ? QString()
            : tr("Sizes per table are not available: %1").arg(s.relationsNote));
    m_relationsNote->setVisible(!s.relationsNote.isEmpty());
}

void DashboardStorageTab::fillRelationsChart(const CatalogStatistics &s)
{
    const QList<RelationSize> &relations = s.relations;
    QChart *chart = dashboard::clearedChart(m_relationChart);
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
    tables->setColor(dashboard::seriesColor(0));
    tables->setBorderColor(dashboard::seriesColor(0));
    auto *indexes = new QBarSet(tr("Index"));
    indexes->setColor(dashboard::seriesColor(2));
    indexes->setBorderColor(dashboard::seriesColor(2));
    QStringList names;
    const qsizetype shown = qMin<qsizetype>(relations.size(), 12);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const RelationSize &r = relations.at(i);
        const double value = double(r.bytes) / double(unit);
        *tables << (r.isIndex ? 0.0 : value);
        *indexes << (r.isIndex ? value : 0.0);
        names << dashboard::elidedText(r.name, 30);
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
    dashboard::styleAxes(chart);
}

} // namespace catalog
