#include "repositories/qualityrepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "repositories/qualitypredicates_p.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace catalog {

namespace {

StorageError countQualityKinds(
    QSqlDatabase &db, const SqlDialect &d, int staleSyncDays, QualityReport &report)
{
    QStringList sums { QStringLiteral("count(*)") };
    QVariantList values;
    for (QualityKind kind : allQualityKinds()) {
        const SqlFragment c = quality::condition(kind, d, QStringLiteral("products"), staleSyncDays);
        sums << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)").arg(c.sql);
        values << c.values;
    }
    sql::Query q(db);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT %1 FROM products WHERE deleted_at IS NULL")
                .arg(sums.join(QStringLiteral(", "))),
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
        QualityReport report;
        if (StorageError e = countQualityKinds(db, d, staleSyncDays, report); !e.ok())
            return e;
        if (StorageError e = listQualityExamples(db, d, staleSyncDays, examplesPerKind, report); !e.ok())
            return e;
        return report;
    });
}

} // namespace catalog
