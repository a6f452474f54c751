#include "repositories/qualityrepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "repositories/qualitypredicates_p.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace catalog {

namespace {

// Every kind counted in one pass over the active products: one aggregate per kind over the same
// rows, the images joined once (a hash join on PostgreSQL) rather than probed per product.
StorageError countQualityKinds(
    QSqlDatabase &db, const SqlDialect &d, int staleSyncDays, QualityReport &report)
{
    const QString products = QStringLiteral("products");
    QStringList counts { QStringLiteral("count(*)") };
    QVariantList values;
    for (QualityKind kind : allQualityKinds()) {
        const SqlFragment c = quality::joinedCondition(kind, d, products, staleSyncDays);
        counts << QStringLiteral("count(*) FILTER (WHERE %1)").arg(c.sql);
        values << c.values;
    }
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT %1 FROM products%2 WHERE products.deleted_at IS NULL")
                .arg(counts.join(QStringLiteral(", ")), quality::storedMainImageJoin(products)),
            values, d,
            QCoreApplication::translate(
                "QualityRepository", "Cannot count the data-quality problems of the products"));
        !e.ok())
        return e;
    if (!q.next())
        return sqlError(q.lastError(), d,
            QCoreApplication::translate(
                "QualityRepository", "Cannot count the data-quality problems of the products"));
    report.products = q.value(0).toLongLong();
    for (qsizetype i = 0; i < allQualityKinds().size(); ++i)
        report.kinds << QualityReport::KindCount { allQualityKinds().at(i), q.value(int(i) + 1).toLongLong(),
            {} };
    return {};
}

// The first products of every kind in one statement: a UNION ALL of one small ordered query per
// kind (each wrapped, so both engines accept its LIMIT), tagged with the kind's position.
StorageError listQualityExamples(
    QSqlDatabase &db, const SqlDialect &d, int staleSyncDays, int perKind, QualityReport &report)
{
    QStringList parts;
    QVariantList values;
    for (qsizetype i = 0; i < report.kinds.size(); ++i) {
        if (report.kinds.at(i).count == 0)
            continue;
        const SqlFragment c
            = quality::condition(report.kinds.at(i).kind, d, QStringLiteral("products"), staleSyncDays);
        parts << QStringLiteral("SELECT * FROM (SELECT %1 AS kind_index, source_id FROM products"
                                " WHERE deleted_at IS NULL AND %2 ORDER BY id LIMIT %3) q%1")
                     .arg(i)
                     .arg(c.sql)
                     .arg(perKind);
        values << c.values;
    }
    if (parts.isEmpty() || perKind <= 0)
        return {};
    sql::Query q(db);
    if (StorageError e = sql::exec(q, parts.join(QStringLiteral(" UNION ALL ")), values, d,
            QCoreApplication::translate(
                "QualityRepository", "Cannot list examples of the data-quality problems"));
        !e.ok())
        return e;
    while (q.next())
        report.kinds[q.value(0).toInt()].examples << q.value(1).toString();
    if (q.lastError().isValid())
        return sqlError(q.lastError(), d,
            QCoreApplication::translate(
                "QualityRepository", "Cannot list examples of the data-quality problems"));
    return {};
}

} // namespace

QJsonObject QualityReport::toJson() const
{
    QJsonArray list;
    for (const KindCount &k : kinds)
        list.append(QJsonObject { { QStringLiteral("kind"), qualityKindText(k.kind) },
            { QStringLiteral("count"), k.count },
            { QStringLiteral("examples"), QJsonArray::fromStringList(k.examples) } });
    return { { QStringLiteral("products"), products }, { QStringLiteral("kinds"), list } };
}

QualityRepository::QualityRepository(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<QualityReport> QualityRepository::report(int staleSyncDays, int examplesPerKind)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QualityReport>([&](QSqlDatabase &db) -> Result<QualityReport> {
        // One snapshot for the counts and the examples. PostgreSQL would JIT-compile the counting
        // statement (its cost is far over jit_above_cost at a million products): compiling takes
        // longer than it saves on these simple expressions (about 10 % of the statement).
        Transaction tx(db, d, Transaction::Purpose::ReadSnapshot);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        if (d.engine() == Engine::PostgreSQL) {
            sql::Query q(db);
            if (StorageError e = sql::exec(q, QStringLiteral("SET LOCAL jit = off"), {}, d,
                    QCoreApplication::translate("QualityRepository", "Cannot prepare the quality report"));
                !e.ok())
                return e;
        }
        QualityReport report;
        if (StorageError e = countQualityKinds(db, d, staleSyncDays, report); !e.ok())
            return e;
        if (StorageError e = listQualityExamples(db, d, staleSyncDays, examplesPerKind, report); !e.ok())
            return e;
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return report;
    });
}

Result<QHash<qint64, QualityKinds>> QualityRepository::problemsOf(const QList<qint64> &ids, int staleSyncDays)
{
    // Bounded statements: SQLite allows 32766 parameters, and a save is rarely near 500 rows.
    constexpr qsizetype kIdsPerStatement = 500;
    const SqlDialect &d = m_connections.dialect();
    const SqlFragment bits = quality::bitsExpression(d, QStringLiteral("products"), staleSyncDays);
    return m_connections.run<QHash<qint64, QualityKinds>>(
        [&](QSqlDatabase &db) -> Result<QHash<qint64, QualityKinds>> {
            QHash<qint64, QualityKinds> problems;
            for (qsizetype first = 0; first < ids.size(); first += kIdsPerStatement) {
                const QList<qint64> chunk = ids.mid(first, kIdsPerStatement);
                QVariantList values = bits.values;
                for (qint64 id : chunk)
                    values << id;
                sql::Query q(db);
                q.setForwardOnly(true);
                const QString what = QCoreApplication::translate(
                    "QualityRepository", "Cannot check the data quality of the saved products");
                if (StorageError e = sql::exec(q,
                        QStringLiteral("SELECT id, %1 FROM products WHERE id IN (%2)")
                            .arg(bits.sql, sql::placeholders(int(chunk.size()))),
                        values, d, what);
                    !e.ok())
                    return e;
                while (q.next())
                    problems.insert(q.value(0).toLongLong(), QualityKinds(q.value(1).toLongLong()));
                if (q.lastError().isValid())
                    return sqlError(q.lastError(), d, what);
            }
            return problems;
        });
}

} // namespace catalog
