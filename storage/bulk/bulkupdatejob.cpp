#include "bulk/bulkupdatejob.h"

#include "bulk/bulkstatements_p.h"
#include "core/storagelog_p.h"
#include "core/validator.h"
#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "repositories/productfilter_p.h"
#include "repositories/syncrecordrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace catalog {

namespace bulkupdatejob {
namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kJournalEveryMs = 500;
constexpr int kIdChunk = 1000; // ids per IN list when the scope is a selection

// The scope's conditions on products, plus `extra` (a batch's id range or list).
SqlPart scopeCondition(const BulkScope &scope, const SqlDialect &d, const SqlPart &extra = {})
{
    sql::Where where;
    applyProductFilter(where, scope.filter, d);
    if (!extra.sql.isEmpty())
        where.add(extra.sql, extra.values);
    QString text = where.sql().trimmed();
    if (text.startsWith(u"WHERE "_s))
        text = text.mid(6);
    return { text.isEmpty() ? u"1 = 1"_s : text, where.values() };
}

SqlPart idList(const QList<qint64> &ids)
{
    SqlPart part { u"id IN (%1)"_s.arg(sql::placeholders(ids.size())), {} };
    for (qint64 id : ids)
        part.values << id;
    return part;
}

StorageError exec(sql::Query &q, const SqlPart &part, const SqlDialect &d, const QString &context)
{
    return sql::exec(q, part.sql, part.values, d, context);
}

Result<qint64> countOf(
    QSqlDatabase &db, const SqlDialect &d, const SqlPart &statement, const QString &context)
{
    sql::Query q(db);
    if (StorageError e = exec(q, statement, d, context); !e.ok())
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

// The ids of the scope's products, ascending: the keys the batches walk.
Result<QList<qint64>> selectIds(ConnectionManager &connections, const BulkScope &scope)
{
    const SqlDialect &d = connections.dialect();
    QList<SqlPart> chunks;
    if (scope.ids) {
        QList<qint64> sorted = *scope.ids;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        for (qsizetype i = 0; i < sorted.size(); i += kIdChunk)
            chunks << idList(sorted.mid(i, kIdChunk));
    } else {
        chunks << SqlPart {};
    }
    return connections.run<QList<qint64>>([&](QSqlDatabase &db) -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const SqlPart &chunk : chunks) {
            const SqlPart statement = SqlPart::compose(
                u"SELECT id FROM products WHERE %1 ORDER BY id"_s, { scopeCondition(scope, d, chunk) });
            sql::Query q(db);
            if (StorageError e = exec(q, statement, d,
                    QCoreApplication::translate("BulkUpdateJob", "Cannot find the products to edit"));
                !e.ok())
                return e;
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        return ids;
    });
}

struct BatchOutcome
{
    qint64 changed = 0;
    qint64 refusedCount = 0;
    QList<BulkRefusal> refused;
};

Result<QList<BulkRefusal>> selectRefused(QSqlDatabase &db, const SqlDialect &d,
    const BulkStatements &statements, const BulkEdit &edit, const SqlPart &scope, int limit)
{
    QList<BulkRefusal> list;
    if (limit <= 0)
        return list;
    sql::Query q(db);
    if (StorageError e = exec(q, statements.refused(scope, limit), d,
            QCoreApplication::translate("BulkUpdateJob", "Cannot check the products to edit"));
        !e.ok())
        return e;
    while (q.next())
        list << BulkRefusal { q.value(0).toLongLong(), q.value(1).toString(),
            edit.refusalText(BulkEdit::Refusal(q.value(2).toInt())) };
    return list;
}

// One batch: the refused rows listed and counted, then the UPDATE (a dry run counts instead), in
// one transaction.
Result<BatchOutcome> runBatch(QSqlDatabase &db, const SqlDialect &d, const BulkStatements &statements,
    const BulkEdit &edit, const SqlPart &scope, int listRoom, bool dryRun)
{
    Transaction tx(db, d);
    if (!dryRun) {
        if (StorageError e = tx.begin(); !e.ok())
            return e;
    }
    BatchOutcome out;
    const Result<qint64> refusedCount = countOf(db, d, statements.countRefused(scope),
        QCoreApplication::translate("BulkUpdateJob", "Cannot check the products to edit"));
    if (!refusedCount)
        return refusedCount.error();
    out.refusedCount = *refusedCount;
    if (out.refusedCount > 0) {
        Result<QList<BulkRefusal>> listed = selectRefused(db, d, statements, edit, scope, listRoom);
        if (!listed)
            return listed.error();
        out.refused = listed.takeValue();
    }
    if (dryRun) {
        const Result<qint64> would = countOf(db, d, statements.countWouldChange(scope),
            QCoreApplication::translate("BulkUpdateJob", "Cannot count the products to edit"));
        if (!would)
            return would.error();
        out.changed = *would;
        return out;
    }
    sql::Query q(db);
    if (StorageError e = exec(q, statements.update(scope), d,
            QCoreApplication::translate("BulkUpdateJob", "Cannot update the products"));
        !e.ok())
        return e;
    out.changed = q.numRowsAffected();
    if (StorageError e = tx.commit(); !e.ok())
        return e;
    return out;
}

QJsonArray refusalsJson(const QList<BulkRefusal> &refused)
{
    QJsonArray list;
    for (const BulkRefusal &r : refused)
        list.append(
            QJsonObject { { u"id"_s, r.id }, { u"source_id"_s, r.sourceId }, { u"message"_s, r.reason } });
    return list;
}

// The job's sync_records row; every call a no-op for a dry run. Progress is best effort.
class Journal
{
public:
    Journal(ConnectionManager &connections, bool dryRun)
        : m_records(connections)
        , m_dryRun(dryRun)
    {
    }

    StorageError start(BulkUpdateReport &report)
    {
        if (m_dryRun)
            return {};
        const Result<SyncRecord> started = m_records.start(JobKind::BulkEdit, report.matched);
        if (!started)
            return started.error();
        m_id = started->id;
        report.syncRecordId = m_id;
        return {};
    }
    void progress(const BulkUpdateReport &report)
    {
        if (!m_id || (m_since.isValid() && m_since.elapsed() < kJournalEveryMs))
            return;
        m_since.start();
        m_records.progress(m_id, report.matched, report.changed, report.refusedCount);
    }
    StorageError finish(const BulkUpdateReport &report, JobStatus status, const QString &failure = {})
    {
        if (!m_id)
            return {};
        QJsonArray details = refusalsJson(report.refused);
        if (!failure.isEmpty())
            details.prepend(QJsonObject { { u"message"_s, failure } });
        const Result<SyncRecord> done
            = m_records.finish(m_id, status, report.changed, report.refusedCount, details);
        return done ? StorageError {} : done.error();
    }

private:
    SyncRecordRepository m_records;
    bool m_dryRun;
    qint64 m_id = 0;
    QElapsedTimer m_since;
};

StorageError checkInput(const BulkScope &scope, const BulkEdit &edit)
{
    if (StorageError e = edit.validate(); !e.ok())
        return e;
    if (const QList<FieldError> errors = validation::validateFilter(scope.filter); !errors.isEmpty())
        return StorageError::validation(errors);
    return {};
}

// The batch's condition: a range of consecutive ids of the filtered set, or a selection's ids.
SqlPart batchCondition(const BulkScope &scope, const SqlDialect &d, const QList<qint64> &ids)
{
    if (scope.ids)
        return scopeCondition(scope, d, idList(ids));
    return scopeCondition(scope, d, { u"id BETWEEN ? AND ?"_s, { ids.constFirst(), ids.constLast() } });
}

Product readPreviewSide(const sql::Query &q, const SqlDialect &d, int first)
{
    Product p;
    p.syncStatus = q.value(first).toString();
    if (!q.value(first + 1).isNull())
        p.supplierId = q.value(first + 1).toLongLong();
    p.currency = q.value(first + 2).toString().trimmed();
    if (!q.value(first + 3).isNull())
        p.moq = q.value(first + 3).toInt();
    p.priceMin = Decimal2::fromVariant(q.value(first + 4));
    p.priceMax = Decimal2::fromVariant(q.value(first + 5));
    p.specifications = SqlDialect::readJson(q.value(first + 6)).toObject();
    Q_UNUSED(d);
    return p;
}

} // namespace
} // namespace bulkupdatejob

using namespace Qt::StringLiterals;

QJsonObject BulkUpdateReport::toJson() const
{
    return { { u"matched"_s, matched }, { u"changed"_s, changed }, { u"unchanged"_s, unchanged },
        { u"refused_count"_s, refusedCount }, { u"refused"_s, bulkupdatejob::refusalsJson(refused) },
        { u"batches"_s, batches }, { u"dry_run"_s, dryRun }, { u"cancelled"_s, cancelled },
        { u"sync_record_id"_s, syncRecordId } };
}

BulkUpdateJob::BulkUpdateJob(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<qint64> BulkUpdateJob::count(const BulkScope &scope)
{
    if (const QList<FieldError> errors = validation::validateFilter(scope.filter); !errors.isEmpty())
        return StorageError::validation(errors);
    if (scope.ids) {
        const Result<QList<qint64>> ids = bulkupdatejob::selectIds(m_connections, scope);
        return ids ? Result<qint64>(ids->size()) : Result<qint64>(ids.error());
    }
    const SqlDialect &d = m_connections.dialect();
    const SqlPart statement = SqlPart::compose(
        u"SELECT count(*) FROM products WHERE %1"_s, { bulkupdatejob::scopeCondition(scope, d) });
    return m_connections.run<qint64>([&](QSqlDatabase &db) {
        return bulkupdatejob::countOf(db, d, statement,
            QCoreApplication::translate("BulkUpdateJob", "Cannot count the products to edit"));
    });
}

Result<QList<BulkPreviewRow>> BulkUpdateJob::preview(const BulkScope &scope, const BulkEdit &edit, int limit)
{
    if (StorageError e = bulkupdatejob::checkInput(scope, edit); !e.ok())
        return e;
    const SqlDialect &d = m_connections.dialect();
    const std::unique_ptr<BulkSqlDialect> sqlDialect = BulkSqlDialect::create(d);
    const BulkStatements statements(*sqlDialect, edit, m_connections.actor());
    SqlPart extra;
    if (scope.ids)
        extra = bulkupdatejob::idList(scope.ids->mid(0, bulkupdatejob::kIdChunk));
    const SqlPart statement = statements.preview(bulkupdatejob::scopeCondition(scope, d, extra), limit);
    const int columns = int(BulkStatements::previewColumns().size());
    return m_connections.run<QList<BulkPreviewRow>>([&](QSqlDatabase &db) -> Result<QList<BulkPreviewRow>> {
        sql::Query q(db);
        if (StorageError e = bulkupdatejob::exec(q, statement, d,
                QCoreApplication::translate("BulkUpdateJob", "Cannot preview the bulk edit"));
            !e.ok())
            return e;
        QList<BulkPreviewRow> rows;
        while (q.next()) {
            BulkPreviewRow row;
            row.before = bulkupdatejob::readPreviewSide(q, d, 4);
            row.after = bulkupdatejob::readPreviewSide(q, d, 4 + columns);
            for (Product *p : { &row.before, &row.after }) {
                p->id = q.value(0).toLongLong();
                p->sourceId = q.value(1).toString();
                p->title = q.value(2).toString();
            }
            row.before.deletedAt = d.readTimestamp(q.value(3));
            if (q.value(4 + 2 * columns).toInt() == 1)
                row.after.deletedAt
                    = row.before.deletedAt.isValid() ? row.before.deletedAt : QDateTime::currentDateTimeUtc();
            row.refusal = edit.refusalText(BulkEdit::Refusal(q.value(5 + 2 * columns).toInt()));
            rows << row;
        }
        return rows;
    });
}

Result<BulkUpdateReport> BulkUpdateJob::run(
    const BulkScope &scope, const BulkEdit &edit, const Options &options, const Progress &progress)
{
    if (StorageError e = bulkupdatejob::checkInput(scope, edit); !e.ok())
        return e;
    const Result<QList<qint64>> ids = bulkupdatejob::selectIds(m_connections, scope);
    if (!ids)
        return ids.error();
    const SqlDialect &d = m_connections.dialect();
    const std::unique_ptr<BulkSqlDialect> sqlDialect = BulkSqlDialect::create(d);
    const BulkStatements statements(*sqlDialect, edit, m_connections.actor());
    BulkUpdateReport report;
    report.dryRun = options.dryRun;
    report.matched = ids->size();
    bulkupdatejob::Journal journal(m_connections, options.dryRun);
    if (StorageError e = journal.start(report); !e.ok())
        return e;
    const qsizetype batchSize = qMax(1, options.batchSize);
    qint64 done = 0;
    for (qsizetype start = 0; start < ids->size(); start += batchSize) {
        if (progress && !progress(done, report.matched)) {
            report.cancelled = true;
            break;
        }
        const QList<qint64> batch = ids->mid(start, batchSize);
        const SqlPart scopePart = bulkupdatejob::batchCondition(scope, d, batch);
        const int room = kRefusalListLimit - int(report.refused.size());
        const Result<bulkupdatejob::BatchOutcome> outcome
            = m_connections.run<bulkupdatejob::BatchOutcome>([&](QSqlDatabase &db) {
                  return bulkupdatejob::runBatch(db, d, statements, edit, scopePart, room, options.dryRun);
              });
        if (!outcome) {
            // The job's own error is what the caller needs; a journal that cannot record it (often
            // the same outage) stays "running" until closeAbandoned() finds this process gone.
            if (StorageError e = journal.finish(report, JobStatus::Failed, outcome.error().message); !e.ok())
                qCWarning(lcStorage).noquote()
                    << u"bulk edit journal %1: could not record the failure: %2"_s.arg(report.syncRecordId)
                           .arg(e.message);
            return outcome.error();
        }
        report.changed += outcome->changed;
        report.refusedCount += outcome->refusedCount;
        report.refused << outcome->refused;
        report.batches += options.dryRun ? 0 : 1;
        done += batch.size();
        journal.progress(report);
    }
    if (progress && !report.cancelled)
        progress(done, report.matched);
    report.unchanged = done - report.changed - report.refusedCount;
    if (StorageError e
        = journal.finish(report, report.cancelled ? JobStatus::Cancelled : JobStatus::Completed);
        !e.ok())
        qCWarning(lcStorage).noquote()
            << u"bulk edit journal %1: %2"_s.arg(report.syncRecordId).arg(e.message);
    return report;
}

} // namespace catalog
