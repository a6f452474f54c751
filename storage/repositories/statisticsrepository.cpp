#include "repositories/statisticsrepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "repositories/syncrecordrepository.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <tuple>

namespace catalog {

StatisticsRepository::StatisticsRepository(ConnectionManager &connections) : m_connections(connections) { }

namespace {

template<typename Map>
QJsonObject countsObject(const Map &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray syncsArray(const QList<SyncRecord> &records)
{
    QJsonArray syncs;
    for (const SyncRecord &r : records) {
        syncs.append(QJsonObject {
                { QStringLiteral("id"), r.id },
                { QStringLiteral("operation_type"), jobKindText(r.kind) },
                { QStringLiteral("status"), jobStatusText(r.status) },
                { QStringLiteral("start_time"), r.startTime.toString(Qt::ISODateWithMs) },
                { QStringLiteral("end_time"), r.endTime.isValid() ? QJsonValue(r.endTime.toString(Qt::ISODateWithMs)) : QJsonValue() },
                { QStringLiteral("total_count"), r.totalCount },
                { QStringLiteral("success_count"), r.successCount },
                { QStringLiteral("error_count"), r.errorCount },
        });
    }
    return syncs;
}

QJsonArray histogramArray(const QList<PriceBucket> &buckets)
{
    QJsonArray histogram;
    for (const PriceBucket &b : buckets)
        histogram.append(QJsonObject { { QStringLiteral("from"), b.from },
            { QStringLiteral("to"), b.to < 0 ? QJsonValue() : QJsonValue(b.to) },
            { QStringLiteral("products"), b.products } });
    return histogram;
}

QJsonArray activityArray(const QList<DailyActivity> &activity)
{
    QJsonArray days;
    for (const DailyActivity &a : activity)
        days.append(QJsonObject { { QStringLiteral("day"), a.day.toString(Qt::ISODate) },
            { QStringLiteral("jobs"), a.jobs }, { QStringLiteral("imports"), a.imports },
            { QStringLiteral("failed_jobs"), a.failedJobs }, { QStringLiteral("rows_ok"), a.rowsOk },
            { QStringLiteral("row_errors"), a.rowErrors } });
    return days;
}

} // namespace

QJsonObject CatalogStatistics::toJson() const
{
    QJsonArray top;
    for (const auto &[name, count] : topSuppliers)
        top.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("products"), count } });
    const QJsonObject imagesObject {
        { QStringLiteral("rows"), imageFigures.rows },
        { QStringLiteral("stored"), imageFigures.stored },
        { QStringLiteral("missing"), imageFigures.missing },
        { QStringLiteral("stored_bytes"), imageFigures.storedBytes },
        { QStringLiteral("products_without_images"), imageFigures.productsWithoutImages },
        { QStringLiteral("storage_root"), imageFigures.storageRoot },
        { QStringLiteral("folder_bytes"), imageFigures.folderBytes },
        { QStringLiteral("folder_files"), imageFigures.folderFiles },
    };
    QJsonArray relationList;
    for (const RelationSize &r : relations)
        relationList.append(
            QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("table"), r.table },
                { QStringLiteral("kind"), r.isIndex ? QStringLiteral("index") : QStringLiteral("table") },
                { QStringLiteral("bytes"), r.bytes },
                { QStringLiteral("live_rows"), r.liveRows < 0 ? QJsonValue() : QJsonValue(r.liveRows) },
                { QStringLiteral("dead_rows"), r.deadRows < 0 ? QJsonValue() : QJsonValue(r.deadRows) } });
    QJsonArray slowest;
    for (const StatementStatistics::Row &r : statements.slowest)
        slowest.append(QJsonObject { { QStringLiteral("query"), r.query },
            { QStringLiteral("calls"), r.calls }, { QStringLiteral("mean_ms"), r.meanMs },
            { QStringLiteral("total_ms"), r.totalMs }, { QStringLiteral("rows"), r.rows } });
    static const char *const stateNames[] = { "unsupported", "not_installed", "not_loaded", "available" };
    const QJsonObject statementsObject {
        { QStringLiteral("state"), QString::fromLatin1(stateNames[int(statements.state)]) },
        { QStringLiteral("hint"), statements.hint },
        { QStringLiteral("slowest"), slowest },
    };
    return QJsonObject {
        { QStringLiteral("products"), products },
        { QStringLiteral("deleted_products"), deletedProducts },
        { QStringLiteral("suppliers"), suppliers },
        { QStringLiteral("images"), images },
        { QStringLiteral("products_by_status"), countsObject(productsByStatus) },
        { QStringLiteral("products_by_currency"), countsObject(productsByCurrency) },
        { QStringLiteral("top_suppliers"), top },
        { QStringLiteral("database_bytes"), databaseBytes },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("last_syncs"), syncsArray(lastSyncs) },
        { QStringLiteral("price_currency"), priceCurrency },
        { QStringLiteral("price_histogram"), histogramArray(priceHistogram) },
        { QStringLiteral("activity"), activityArray(activity) },
        { QStringLiteral("images_detail"), imagesObject },
        { QStringLiteral("relations"), relationList },
        { QStringLiteral("relations_note"), relationsNote },
        { QStringLiteral("dead_rows"), deadRows },
        { QStringLiteral("pg_stat_statements"), statementsObject },
    };
}

QList<double> StatisticsRepository::priceEdges()
{
    QList<double> edges { 0 };
    for (double decade = 1; decade <= 100000; decade *= 10)
        edges << decade << 2 * decade << 5 * decade;
    edges << 1000000;
    return edges;
}

QString StatisticsRepository::statementsHint(StatementStatistics::State state)
{
    switch (state) {
    case StatementStatistics::State::Unsupported:
        return QStringLiteral("SQLite keeps no statement statistics (pg_stat_statements is PostgreSQL's).");
    case StatementStatistics::State::NotInstalled:
        return QStringLiteral(
            "pg_stat_statements is not enabled in this database. A superuser enables it: add "
            "pg_stat_statements to shared_preload_libraries in postgresql.conf, restart PostgreSQL, "
            "then run CREATE EXTENSION pg_stat_statements; in this database.");
    case StatementStatistics::State::NotLoaded:
        return QStringLiteral(
            "The pg_stat_statements extension is installed but the server has not loaded it: add "
            "pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.");
    case StatementStatistics::State::Available:
        break;
    }
    return {};
}

Result<CatalogStatistics> StatisticsRepository::collect(int topSuppliers, int lastSyncs)
{
    Options options;
    options.topSuppliers = topSuppliers;
    options.lastSyncs = lastSyncs;
    return collect(options);
}

namespace {

// One forward-only query on the connection, its errors worded for the dashboard.
struct StatisticsQuery
{
    StatisticsQuery(QSqlDatabase &db, const SqlDialect &dialect)
        : q(db)
        , d(dialect)
        , pg(dialect.engine() == Engine::PostgreSQL)
    {
        q.setForwardOnly(true);
    }
    StorageError run(const QString &statement, const QVariantList &values = {})
    {
        return sql::exec(q, statement, values, d, QStringLiteral("Cannot compute statistics"));
    }
    sql::Query q;
    const SqlDialect &d;
    const bool pg;
};

// Price histogram of the dominant currency, in 1-2-5 buckets.
StorageError collectPriceHistogram(StatisticsQuery &sq, CatalogStatistics &s)
{
    sql::Query &q = sq.q;
    const auto run = [&](const QString &statement, const QVariantList &values = {}) { return sq.run(statement, values); };
    qint64 most = -1;
    for (auto it = s.productsByCurrency.cbegin(); it != s.productsByCurrency.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            s.priceCurrency = it.key();
        }
    }
    if (!s.priceCurrency.isEmpty()) {
        const QList<double> edges = StatisticsRepository::priceEdges();
        QString bucket = QStringLiteral("CASE");
        for (qsizetype i = 1; i < edges.size(); ++i)
            bucket += QStringLiteral(" WHEN price_min < %1 THEN %2").arg(edges.at(i), 0, 'f', 0).arg(i - 1);
        bucket += QStringLiteral(" ELSE %1 END").arg(edges.size() - 1);
        if (StorageError e
            = run(QStringLiteral("SELECT %1 AS bucket, count(*) FROM products WHERE deleted_at IS NULL "
                                 "AND price_min IS NOT NULL AND currency = ? GROUP BY 1")
                      .arg(bucket),
                { s.priceCurrency });
            !e.ok())
            return e;
        QMap<int, qint64> counts;
        while (q.next())
            counts.insert(q.value(0).toInt(), q.value(1).toLongLong());
        if (!counts.isEmpty()) {
            for (int b = counts.firstKey(); b <= counts.lastKey(); ++b)
                s.priceHistogram.append(
                    { edges.at(b), b + 1 < edges.size() ? edges.at(b + 1) : -1.0, counts.value(b) });
        }
    }
    return {};
}

// Jobs per local day over the period, from sync_records.
StorageError collectActivity(StatisticsQuery &sq, const StatisticsRepository::Options &options, CatalogStatistics &s)
{
    sql::Query &q = sq.q;
    const auto run = [&](const QString &statement, const QVariantList &values = {}) { return sq.run(statement, values); };
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const int days = qBound(1, options.activityDays, 3660);
    const QDate first = today.addDays(1 - days);
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    const QDateTime cutoff = QDateTime(first, QTime(0, 0), Qt::UTC).addSecs(-offset);
    const QString shift
        = QStringLiteral("%1%2 seconds").arg(offset < 0 ? QString() : QStringLiteral("+")).arg(offset);
    const QString dayExpression = sq.pg
        ? QStringLiteral("to_char((start_time AT TIME ZONE 'UTC') + CAST(? AS interval), 'YYYY-MM-DD')")
        : QStringLiteral("date(start_time, ?)");
    if (StorageError e = run(QStringLiteral("SELECT %1 AS day, count(*),"
                                            " sum(CASE WHEN operation_type = 'import' THEN 1 ELSE 0 END),"
                                            " sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END),"
                                            " sum(success_count), sum(error_count)"
                                            " FROM sync_records WHERE start_time >= ? GROUP BY 1")
                                 .arg(dayExpression),
            { shift, sq.d.bindTimestamp(cutoff) });
        !e.ok())
        return e;
    QMap<QDate, DailyActivity> byDay;
    while (q.next()) {
        DailyActivity a;
        a.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        a.jobs = q.value(1).toLongLong();
        a.imports = q.value(2).toLongLong();
        a.failedJobs = q.value(3).toLongLong();
        a.rowsOk = q.value(4).toLongLong();
        a.rowErrors = q.value(5).toLongLong();
        byDay.insert(a.day, a);
    }
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        DailyActivity a = byDay.value(day);
        a.day = day;
        s.activity.append(a);
    }
    return {};
}

// Images: rows with and without a stored file, the bytes stored, products without any.
StorageError collectImageFigures(StatisticsQuery &sq, CatalogStatistics &s)
{
    sql::Query &q = sq.q;
    const auto run = [&](const QString &statement, const QVariantList &values = {}) { return sq.run(statement, values); };
    if (StorageError e = run(
            QStringLiteral("SELECT count(*),"
                           " sum(CASE WHEN local_path IS NOT NULL AND local_path <> '' THEN 1 ELSE 0 END),"
                           " sum(CASE WHEN local_path IS NOT NULL AND local_path <> '' THEN size ELSE 0 END),"
                           " (SELECT count(*) FROM products p WHERE p.deleted_at IS NULL"
                           "  AND NOT EXISTS (SELECT 1 FROM images i WHERE i.product_id = p.id))"
                           " FROM images"));
        !e.ok())
        return e;
    if (q.next()) {
        s.imageFigures.rows = q.value(0).toLongLong();
        s.imageFigures.stored = q.value(1).toLongLong();
        s.imageFigures.missing = s.imageFigures.rows - s.imageFigures.stored;
        s.imageFigures.storedBytes = q.value(2).toLongLong();
        s.imageFigures.productsWithoutImages = q.value(3).toLongLong();
    }
    return {};
}

// Space per table and index, and the dead rows Optimise would reclaim.
StorageError collectRelationSizes(StatisticsQuery &sq, CatalogStatistics &s)
{
    sql::Query &q = sq.q;
    const auto run = [&](const QString &statement, const QVariantList &values = {}) { return sq.run(statement, values); };
    if (sq.pg) {
        if (StorageError e = run(QStringLiteral("SELECT s.relname, pg_table_size(s.relid), s.n_live_tup, "
                                                "s.n_dead_tup FROM pg_stat_user_tables s "
                                                "WHERE s.schemaname = current_schema()"));
            !e.ok())
            return e;
        while (q.next())
            s.relations.append({ q.value(0).toString(), q.value(0).toString(), false, q.value(1).toLongLong(),
                q.value(2).toLongLong(), q.value(3).toLongLong() });
        if (StorageError e = run(QStringLiteral("SELECT i.indexrelname, i.relname, "
                                                "pg_relation_size(i.indexrelid) FROM pg_stat_user_indexes i "
                                                "WHERE i.schemaname = current_schema()"));
            !e.ok())
            return e;
        while (q.next())
            s.relations.append(
                { q.value(0).toString(), q.value(1).toString(), true, q.value(2).toLongLong(), -1, -1 });
        if (StorageError e
            = run(QStringLiteral("SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables"));
            !e.ok())
            return e;
        if (q.next())
            s.deadRows = q.value(0).toLongLong();
    } else {
        // dbstat is compiled into Debian's SQLite, not into every build: without it, say so.
        const StorageError e = run(QStringLiteral(
            "SELECT m.name, m.tbl_name, m.type, d.pgsize FROM sqlite_schema m"
            " JOIN (SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE) d ON d.name = m.name"
            " WHERE m.type IN ('table', 'index') AND m.name NOT IN ('sqlite_sequence', 'sqlite_stat1', "
            "'sqlite_stat4')"));
        if (e.ok()) {
            while (q.next())
                s.relations.append({ q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString() == QLatin1String("index"), q.value(3).toLongLong(), -1, -1 });
        } else {
            s.relationsNote
                = QStringLiteral("This SQLite library has no dbstat table (SQLITE_ENABLE_DBSTAT_VTAB): "
                                 "sizes per table and index are not available. %1")
                      .arg(e.message);
        }
        if (StorageError e2 = run(QStringLiteral("SELECT freelist_count FROM pragma_freelist_count()"));
            !e2.ok())
            return e2;
        if (q.next())
            s.deadRows = q.value(0).toLongLong();
    }
    std::sort(s.relations.begin(), s.relations.end(), [](const RelationSize &a, const RelationSize &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.name < b.name;
    });
    return {};
}

// pg_stat_statements: installed in this database, loaded by the server, readable.
StorageError collectStatementStatistics(StatisticsQuery &sq, const StatisticsRepository::Options &options, CatalogStatistics &s)
{
    sql::Query &q = sq.q;
    const auto run = [&](const QString &statement, const QVariantList &values = {}) { return sq.run(statement, values); };
    StatementStatistics &st = s.statements;
    if (!sq.pg) {
        st.state = StatementStatistics::State::Unsupported;
    } else {
        if (StorageError e
            = run(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"));
            !e.ok())
            return e;
        const bool installed = q.next() && q.value(0).toLongLong() > 0;
        if (StorageError e = run(QStringLiteral("SELECT current_setting('shared_preload_libraries')"));
            !e.ok())
            return e;
        const bool loaded = q.next() && q.value(0).toString().contains(QLatin1String("pg_stat_statements"));
        if (!installed) {
            st.state = StatementStatistics::State::NotInstalled;
        } else if (!loaded) {
            st.state = StatementStatistics::State::NotLoaded;
        } else {
            const StorageError e = run(QStringLiteral(
                "SELECT query, calls, mean_exec_time, total_exec_time, rows FROM pg_stat_statements "
                "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "ORDER BY mean_exec_time DESC LIMIT %1")
                                           .arg(qBound(1, options.slowStatements, 100)));
            if (!e.ok()) {
                st.state = StatementStatistics::State::NotLoaded;
                st.hint = StatisticsRepository::statementsHint(st.state) + QLatin1Char(' ') + e.message;
                return {};
            }
            st.state = StatementStatistics::State::Available;
            while (q.next())
                st.slowest.append({ q.value(0).toString().simplified(), q.value(1).toLongLong(),
                    q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toLongLong() });
        }
    }
    if (st.hint.isEmpty())
        st.hint = StatisticsRepository::statementsHint(st.state);
    return {};
}

// The figures of the dashboard beyond the counts; each one statement, computed by the database.
StorageError collectMore(
    QSqlDatabase &db, const SqlDialect &d, const StatisticsRepository::Options &options, CatalogStatistics &s)
{
    StatisticsQuery sq(db, d);
    for (const auto &step : std::initializer_list<std::function<StorageError()>> {
             [&] { return collectPriceHistogram(sq, s); },
             [&] { return collectActivity(sq, options, s); },
             [&] { return collectImageFigures(sq, s); },
             [&] { return collectRelationSizes(sq, s); },
             [&] { return collectStatementStatistics(sq, options, s); },
         }) {
        if (StorageError e = step(); !e.ok())
            return e;
    }
    return {};
}

// Bytes and files under `root`, or -1 bytes when it does not exist.
QPair<qint64, qint64> folderSize(const QString &root)
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return { -1, 0 };
    qint64 bytes = 0;
    qint64 files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }
    return { bytes, files };
}

} // namespace

Result<CatalogStatistics> StatisticsRepository::collect(const Options &options)
{
    const int topSuppliers = options.topSuppliers;
    const int lastSyncs = options.lastSyncs;
    const SqlDialect &d = m_connections.dialect();
    Result<CatalogStatistics> result = m_connections.run<CatalogStatistics>([&](QSqlDatabase &db) -> Result<CatalogStatistics> {
        CatalogStatistics s;
        sql::Query q(db);
        q.setForwardOnly(true);
        auto run = [&](const QString &statement, const QVariantList &values = {}) {
            return sql::exec(q, statement, values, d, QStringLiteral("Cannot compute statistics"));
        };
        if (StorageError e = run(QStringLiteral(
                    "SELECT (SELECT count(*) FROM products WHERE deleted_at IS NULL),"
                    " (SELECT count(*) FROM products WHERE deleted_at IS NOT NULL),"
                    " (SELECT count(*) FROM suppliers WHERE deleted_at IS NULL),"
                    " (SELECT count(*) FROM images),"
                    " (SELECT COALESCE(MAX(version), 0) FROM schema_migrations)"));
            !e.ok())
            return e;
        if (q.next()) {
            s.products = q.value(0).toLongLong();
            s.deletedProducts = q.value(1).toLongLong();
            s.suppliers = q.value(2).toLongLong();
            s.images = q.value(3).toLongLong();
            s.schemaVersion = q.value(4).toInt();
        }
        if (StorageError e = run(QStringLiteral("SELECT sync_status, count(*) FROM products WHERE deleted_at IS NULL "
                                                "GROUP BY sync_status"));
            !e.ok())
            return e;
        while (q.next())
            s.productsByStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
        if (StorageError e = run(QStringLiteral("SELECT currency, count(*) FROM products WHERE deleted_at IS NULL "
                                                "GROUP BY currency"));
            !e.ok())
            return e;
        while (q.next())
            s.productsByCurrency.insert(q.value(0).toString().trimmed(), q.value(1).toLongLong());
        if (StorageError e = run(QStringLiteral("SELECT name, product_count FROM suppliers WHERE deleted_at IS NULL "
                                                "ORDER BY product_count DESC, id LIMIT %1")
                                         .arg(qBound(1, topSuppliers, 1000)));
            !e.ok())
            return e;
        while (q.next())
            s.topSuppliers.append({ q.value(0).toString(), q.value(1).toLongLong() });
        const QString sizeSql = d.engine() == Engine::PostgreSQL
                ? QStringLiteral("SELECT pg_database_size(current_database())")
                : QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        if (StorageError e = run(sizeSql); !e.ok())
            return e;
        if (q.next())
            s.databaseBytes = q.value(0).toLongLong();
        q.finish();
        if (StorageError e = collectMore(db, d, options, s); !e.ok())
            return e;
        return s;
    });
    if (!result)
        return result;
    Result<QList<SyncRecord>> syncs = SyncRecordRepository(m_connections).recent(lastSyncs);
    if (!syncs)
        return syncs.error();
    result.value().lastSyncs = syncs.value();
    ImageFigures &images = result.value().imageFigures;
    images.storageRoot = options.storageRoot;
    std::tie(images.folderBytes, images.folderFiles) = folderSize(options.storageRoot);
    if (options.qualityStaleDays) {
        Result<QualityReport> quality = QualityRepository(m_connections).report(*options.qualityStaleDays);
        if (!quality)
            return quality.error();
        result.value().quality = quality.value();
    }
    return result;
}

} // namespace catalog
