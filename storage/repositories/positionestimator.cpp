#include "repositories/positionestimator_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace catalog {

namespace {

// A most common value holding more than this fraction of the rows is split by id into pieces of
// at most this fraction (10,000 keys at most for a column of bulk-loaded timestamps).
constexpr double kPieceFraction = 0.0001;

// One entry of pg_stats in the column's order: a most common value (with its frequency and, when
// it is frequent, its first and last id) or a histogram bound (no frequency).
struct StatEntry
{
    QVariant value;
    std::optional<double> frequency;
    std::optional<qint64> firstId;
    std::optional<qint64> lastId;
};

// The estimated keys of the ascending order, each with where the rows after it start.
struct AscendingKey
{
    KeysetCursor key;
    double fraction = 0;
    bool wholeValue = true; // from the value's first row (not a piece of it, split by id)
};

QList<AscendingKey> ascendingKeys(const QList<StatEntry> &entries, double nullFraction)
{
    double mcvTotal = 0;
    qsizetype bounds = 0;
    for (const StatEntry &e : entries) {
        if (e.frequency)
            mcvTotal += *e.frequency;
        else
            ++bounds;
    }
    // The histogram splits the rows that are neither NULL nor a most common value into equal buckets.
    const double histogram = qMax(0.0, 1.0 - nullFraction - mcvTotal);
    const double bucket = bounds > 1 ? histogram / double(bounds - 1) : 0.0;
    QList<AscendingKey> keys;
    double mcvBefore = 0;
    qsizetype boundsBefore = 0;
    for (const StatEntry &e : entries) {
        if (!e.frequency) {
            keys << AscendingKey { KeysetCursor { e.value, 0 }, mcvBefore + double(boundsBefore) * bucket,
                true };
            ++boundsBefore;
            continue;
        }
        // A most common value between two bounds sits, on average, in the middle of its bucket.
        const double histogramBefore = boundsBefore == 0 ? 0.0
            : boundsBefore >= bounds                     ? histogram
                                                         : (double(boundsBefore) - 0.5) * bucket;
        const double start = mcvBefore + histogramBefore;
        const double f = *e.frequency;
        const bool split = e.firstId && e.lastId && *e.lastId > *e.firstId;
        const int pieces = split ? int(std::ceil(f / kPieceFraction)) : 1;
        for (int t = 0; t < pieces; ++t) {
            const double part = double(t) / double(pieces);
            const qint64 id = split
                ? *e.firstId - 1 + qint64(std::llround(part * double(*e.lastId - *e.firstId + 1)))
                : 0;
            keys << AscendingKey { KeysetCursor { e.value, id }, start + part * f, !split };
        }
        mcvBefore += f;
    }
    return keys;
}

} // namespace

PositionEstimator::PositionEstimator(QString table, SortColumn sort, bool ascending)
    : m_table(std::move(table))
    , m_sort(std::move(sort))
    , m_ascending(ascending)
{
}

QString PositionEstimator::context() const
{
    return QCoreApplication::translate(
        "PositionEstimator", "Cannot estimate the positions of %1 sorted by %2")
        .arg(m_table, m_sort.name);
}

Result<QPair<QString, QString>> PositionEstimator::columnType(QSqlDatabase &db, const SqlDialect &d) const
{
    sql::Query q(db);
    // format_type and quote_ident give SQL text from the catalog, never from a user.
    if (StorageError e = sql::exec(q,
            QStringLiteral(
                "SELECT format_type(a.atttypid, a.atttypmod), CASE WHEN a.attcollation IN (0, 100) "
                "THEN '' ELSE ' COLLATE ' || quote_ident(c.collname) END, EXISTS (SELECT 1 FROM pg_index i "
                "WHERE i.indrelid = a.attrelid AND i.indkey[0] = a.attnum AND i.indpred IS NULL) "
                "FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation "
                "WHERE a.attrelid = to_regclass(?) AND a.attname = ?"),
            { m_table, m_sort.name }, d, context());
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::Internal, context() + QStringLiteral(": no such column"));
    // A frequent value's first and last id come from an index led by the column; without one they
    // would be searched for through the whole table (created_at): leave the estimate to a sample.
    if (!q.value(2).toBool())
        return QPair<QString, QString>();
    return QPair<QString, QString>(q.value(0).toString(), q.value(1).toString());
}

Result<PositionSample> PositionEstimator::fromStatistics(QSqlDatabase &db, const SqlDialect &d) const
{
    const Result<QPair<QString, QString>> type = columnType(db, d);
    if (!type)
        return type.error();
    if (type->first.isEmpty())
        return PositionSample {};
    // As text, so one statement serves every column type; ordered (and compared with the table's
    // rows) as the column's own type. Most common values are left out of the histogram.
    const QString typed = QStringLiteral("CAST(u.v AS %1)").arg(type->first);
    const QString idOf
        = QStringLiteral("CASE WHEN u.f >= %1 THEN (SELECT %2(p.id) FROM %3 p WHERE p.%4 = %5) END");
    const QString piece = QString::number(kPieceFraction);
    const QString statement
        = QStringLiteral(
            "SELECT u.v, u.f, s.null_frac, %1, %2 FROM pg_stats s CROSS JOIN LATERAL ("
            "SELECT m.v, m.f FROM unnest(CAST(CAST(s.most_common_vals AS TEXT) AS TEXT[]), "
            "s.most_common_freqs) AS m(v, f) "
            "UNION ALL SELECT h.v, CAST(NULL AS REAL) FROM unnest(CAST(CAST(s.histogram_bounds AS TEXT) AS "
            "TEXT[])) AS h(v)) u "
            "WHERE s.schemaname = current_schema() AND s.tablename = ? AND s.attname = ? ORDER BY %3%4")
              .arg(idOf.arg(piece, QStringLiteral("min"), m_table, m_sort.name, typed),
                  idOf.arg(piece, QStringLiteral("max"), m_table, m_sort.name, typed), typed, type->second);
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, statement, { m_table, m_sort.name }, d, context()); !e.ok())
        return e;
    QList<StatEntry> entries;
    double nullFraction = 0;
    while (q.next()) {
        StatEntry e;
        e.value = q.value(0);
        if (!q.value(1).isNull())
            e.frequency = q.value(1).toDouble();
        nullFraction = q.value(2).toDouble();
        if (!q.value(3).isNull() && !q.value(4).isNull()) {
            e.firstId = q.value(3).toLongLong();
            e.lastId = q.value(4).toLongLong();
        }
        entries << e;
    }
    PositionSample sample;
    const QList<AscendingKey> keys = ascendingKeys(entries, nullFraction);
    if (m_ascending) {
        for (const AscendingKey &k : keys) {
            sample.keys << k.key;
            sample.fractions << k.fraction;
        }
        return sample;
    }
    // Descending: the rows after a key are those before it in the ascending order, and start at
    // 1 - its fraction. A bound stands for all of its value's rows: its id is above every id.
    for (auto k = keys.crbegin(); k != keys.crend(); ++k) {
        KeysetCursor key = k->key;
        if (k->wholeValue)
            key.id = std::numeric_limits<qint64>::max();
        sample.keys << key;
        sample.fractions << 1.0 - k->fraction;
    }
    return sample;
}

QString PositionEstimator::sampleStatement(
    QSqlDatabase &db, const SqlDialect &d, sql::Where &where, StorageError &error) const
{
    const QString key = m_sort.timestamp ? QStringLiteral("CAST(%1 AS TEXT)").arg(m_sort.name) : m_sort.name;
    const QString order = QStringLiteral(" ORDER BY ") + VersionedTable::orderBy(m_sort, m_ascending);
    sql::Query q(db);
    if (d.engine() == Engine::PostgreSQL) {
        // SYSTEM samples whole pages: a few hundred page reads, whatever the table's size.
        error = sql::exec(q, QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)"),
            { m_table }, d, context());
        if (!error.ok())
            return {};
        const double rows = q.next() ? q.value(0).toDouble() : -1;
        const double percent = rows > 0 ? qBound(0.0001, 100.0 * kSampleRows / rows, 100.0) : 1.0;
        return QStringLiteral("SELECT %1 AS k, id FROM %2 TABLESAMPLE SYSTEM (%3)")
                   .arg(key, m_table, QString::number(percent, 'f', 6))
            + where.sql() + order;
    }
    // SQLite: rows at random ids, each found through the rowid. min() and max() in one SELECT would
    // scan the table; each alone is one step of the rowid B-tree.
    error = sql::exec(q,
        QStringLiteral("SELECT (SELECT min(id) FROM %1), (SELECT max(id) FROM %1)").arg(m_table), {}, d,
        context());
    if (!error.ok())
        return {};
    if (!q.next() || q.value(0).isNull())
        return {};
    const qint64 first = q.value(0).toLongLong();
    const qint64 span = q.value(1).toLongLong() - first + 1;
    where.add(QStringLiteral("id IN (SELECT x FROM sample_ids)"));
    const QString pick = QStringLiteral("%1 + abs(random() % %2)").arg(first).arg(span);
    return QStringLiteral(
               "WITH RECURSIVE sample_ids(n, x) AS (SELECT 1, %1 UNION ALL SELECT n + 1, %1 FROM sample_ids "
               "WHERE n < %2) SELECT %3 AS k, id FROM %4")
               .arg(pick)
               .arg(kSampleRows)
               .arg(key, m_table)
        + where.sql() + order;
}

Result<PositionSample> PositionEstimator::fromSample(
    QSqlDatabase &db, const SqlDialect &d, const sql::Where &where) const
{
    sql::Where sampled = where;
    StorageError error;
    const QString statement = sampleStatement(db, d, sampled, error);
    if (!error.ok())
        return error;
    if (statement.isEmpty())
        return PositionSample {};
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, statement, sampled.values(), d, context()); !e.ok())
        return e;
    PositionSample sample;
    while (q.next())
        sample.keys << KeysetCursor { q.value(0), q.value(1).toLongLong() };
    const auto n = double(sample.keys.size());
    for (qsizetype i = 0; i < sample.keys.size(); ++i)
        sample.fractions << double(i + 1) / (n + 1);
    return sample;
}

} // namespace catalog
