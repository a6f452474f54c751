#pragma once

#include "core/storageerror.h"
#include "core/syncrecord.h"
#include "repositories/qualityrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>

#include <optional>

namespace catalog {

class ConnectionManager;

// One bar of the price histogram: products whose price_min is in [from, to); to < 0 means open.
struct PriceBucket
{
    double from = 0;
    double to = -1;
    qint64 products = 0;
};

// Jobs of one day (the local calendar day of start_time) from sync_records.
struct DailyActivity
{
    QDate day;
    qint64 jobs = 0;
    qint64 imports = 0;
    qint64 failedJobs = 0;
    qint64 rowsOk = 0; // success_count summed
    qint64 rowErrors = 0; // error_count summed
};

// The images table and the storage root folder.
struct ImageFigures
{
    qint64 rows = 0;
    qint64 stored = 0; // rows with a local file
    qint64 missing = 0; // rows without one (not downloaded, or lost)
    qint64 storedBytes = 0; // SUM(size) of the stored ones
    qint64 productsWithoutImages = 0; // active products with no images row
    QString storageRoot;
    qint64 folderBytes = -1; // -1: the folder does not exist
    qint64 folderFiles = 0;
};

// One table or index and the space it takes.
struct RelationSize
{
    QString name;
    QString table; // the table an index belongs to; the table itself for a table
    bool isIndex = false;
    qint64 bytes = 0;
    qint64 liveRows = -1; // estimate; -1 when the engine keeps none
    qint64 deadRows = -1; // PostgreSQL's n_dead_tup; -1 on SQLite
};

// pg_stat_statements, when the server has it.
struct StatementStatistics
{
    enum class State { Unsupported, NotInstalled, NotLoaded, Available };
    struct Row
    {
        QString query;
        qint64 calls = 0;
        double meanMs = 0;
        double totalMs = 0;
        qint64 rows = 0;
    };
    State state = State::Unsupported;
    QString hint; // how to enable it, when it is not available
    QList<Row> slowest; // by mean time
};

struct CatalogStatistics
{
    qint64 products = 0; // not deleted
    qint64 deletedProducts = 0;
    qint64 suppliers = 0; // not deleted
    qint64 images = 0;
    QMap<QString, qint64> productsByStatus; // active products
    QMap<QString, qint64> productsByCurrency;
    QList<QPair<QString, qint64>> topSuppliers; // name, active products; largest first
    qint64 databaseBytes = -1; // -1 when the engine cannot tell
    int schemaVersion = 0;
    QList<SyncRecord> lastSyncs;

    QString priceCurrency; // the histogram's currency: the one most active products use
    QList<PriceBucket> priceHistogram; // 1-2-5 steps, from the first to the last non-empty bucket
    QList<DailyActivity> activity; // one entry per day of the period, oldest first, empty days included
    ImageFigures imageFigures;
    QList<RelationSize> relations; // largest first; empty when the engine cannot tell (see relationsNote)
    QString relationsNote;
    qint64 deadRows = 0; // PostgreSQL: dead tuples; SQLite: free pages — what Optimise reclaims
    StatementStatistics statements;
    std::optional<QualityReport> quality; // when Options::qualityStaleDays was given

    QJsonObject toJson() const;
};

// Catalog figures, each computed by the database (counts, sums and sizes, never by loading rows).
// Blocking: call it off the GUI thread. Errors name the figure that could not be read.
class StatisticsRepository
{
public:
    struct Options
    {
        int topSuppliers = 10;
        int lastSyncs = 5;
        int activityDays = 30; // including today
        int slowStatements = 10;
        QString storageRoot; // the images folder (<storage root>/images) to measure; empty: not measured
        QDate today; // the last day of the activity period; default: today (local time)
        // Given: also count the data-quality problems (QualityRepository), stale after this many days.
        std::optional<int> qualityStaleDays;
    };

    explicit StatisticsRepository(ConnectionManager &connections);
    Result<CatalogStatistics> collect(int topSuppliers = 10, int lastSyncs = 5);
    Result<CatalogStatistics> collect(const Options &options);

    // Price bucket edges: 0, 1, 2, 5, 10, 20, 50, … up to 1 000 000, then open.
    static QList<double> priceEdges();
    static QString statementsHint(StatementStatistics::State state);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
