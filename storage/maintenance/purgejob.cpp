#include "maintenance/purgejob.h"

#include "config/retentionsettings.h"
#include "core/storagelog_p.h"
#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "repositories/jobjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace catalog {

namespace purgejob {
namespace {

using namespace Qt::StringLiterals;

// Products soft-deleted before the cutoff (bound once).
const QString kPurgedProduct = u"deleted_at IS NOT NULL AND deleted_at < ?"_s;
// Job records that ended, started before the cutoff. The purge's own row is running.
const QString kPurgedJob = u"status <> 'running' AND start_time < ?"_s;

// A history version older than the cutoff (bound first) with at least `keep` newer versions of the
// same row (bound second). Written against the table's own name so DELETE can use it as it is.
QString oldVersion(const QString &table, const QString &key)
{
    return u"%1.changed_at < ? AND (SELECT count(*) FROM %1 n WHERE n.%2 = %1.%2 AND n.id > %1.id) >= ?"_s.arg(
        table, key);
}

struct HistoryTable
{
    QString table;
    QString key;
};

const QList<HistoryTable> &historyTables()
{
    static const QList<HistoryTable> tables { { u"product_history"_s, u"product_id"_s },
        { u"supplier_history"_s, u"supplier_id"_s } };
    return tables;
}

// The limits as bound values, computed once so every batch and the preview agree.
struct Cutoffs
{
    QVariant deleted; // null: that part does not run
    QVariant history;
    QVariant jobs;
    int keepLast = 0;
};

Cutoffs cutoffsFor(const PurgeJob::Options &options, const SqlDialect &d)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cutoff = [&](const std::optional<int> &days) {
        return days ? d.bindTimestamp(now.addDays(-*days)) : QVariant();
    };
    return { cutoff(options.deletedOlderThanDays), cutoff(options.historyOlderThanDays),
        cutoff(options.jobsOlderThanDays), options.historyKeepLast };
}

Result<qint64> countOf(QSqlDatabase &db, const SqlDialect &d, const QString &statement, const QVariantList &values)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, statement, values, d,
            QCoreApplication::translate("PurgeJob", "Cannot count what purge would remove"));
        !e.ok())
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<qint64>> idsOf(QSqlDatabase &db, const SqlDialect &d, const QString &statement, const QVariantList &values)
{
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, statement, values, d,
            QCoreApplication::translate("PurgeJob", "Cannot list what purge removes"));
        !e.ok())
        return e;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// Adds the counts of the statements to `total`, stopping at the first error.
StorageError addCounts(QSqlDatabase &db, const SqlDialect &d, qint64 &total,
    const QList<std::pair<QString, QVariantList>> &statements)
{
    for (const auto &[statement, values] : statements) {
        const Result<qint64> n = countOf(db, d, statement, values);
        if (!n)
            return n.error();
        total += n.value();
    }
    return {};
}

StorageError countProducts(QSqlDatabase &db, const SqlDialect &d, const QVariant &cutoff, PurgeCounts &c)
{
    const QString purged = u"SELECT id FROM products WHERE "_s + kPurgedProduct;
    // A file goes when every row naming it goes.
    const QString files = u"SELECT count(DISTINCT i.local_path) FROM images i WHERE i.local_path IS NOT NULL AND "
                          "i.product_id IN (%1) AND NOT EXISTS (SELECT 1 FROM images o WHERE o.local_path = "
                          "i.local_path AND o.product_id NOT IN (%1))"_s.arg(purged);
    if (StorageError e = addCounts(db, d, c.products, { { u"SELECT count(*) FROM products WHERE "_s + kPurgedProduct, { cutoff } } });
        !e.ok())
        return e;
    if (StorageError e = addCounts(db, d, c.images, { { u"SELECT count(*) FROM images WHERE product_id IN (%1)"_s.arg(purged), { cutoff } } });
        !e.ok())
        return e;
    if (StorageError e = addCounts(db, d, c.imageFiles, { { files, { cutoff, cutoff } } }); !e.ok())
        return e;
    return addCounts(db, d, c.productHistory,
        { { u"SELECT count(*) FROM product_history WHERE product_id IN (%1)"_s.arg(purged), { cutoff } } });
}

StorageError countHistory(QSqlDatabase &db, const SqlDialect &d, const Cutoffs &cutoffs, PurgeCounts &c)
{
    QList<std::pair<QString, QVariantList>> statements;
    for (const HistoryTable &h : historyTables()) {
        QString statement = u"SELECT count(*) FROM %1 WHERE %2"_s.arg(h.table, oldVersion(h.table, h.key));
        QVariantList values { cutoffs.history, cutoffs.keepLast };
        // The versions of products purged first are counted with them, not twice.
        if (h.table == u"product_history"_s && !cutoffs.deleted.isNull()) {
            statement += u" AND product_id NOT IN (SELECT id FROM products WHERE %1)"_s.arg(kPurgedProduct);
            values << cutoffs.deleted;
        }
        statements.append({ statement, values });
    }
    return addCounts(db, d, c.historyVersions, statements);
}

Result<PurgeCounts> countAll(QSqlDatabase &db, const SqlDialect &d, const Cutoffs &cutoffs)
{
    PurgeCounts c;
    if (!cutoffs.deleted.isNull()) {
        if (StorageError e = countProducts(db, d, cutoffs.deleted, c); !e.ok())
            return e;
    }
    if (!cutoffs.history.isNull()) {
        if (StorageError e = countHistory(db, d, cutoffs, c); !e.ok())
            return e;
    }
    if (!cutoffs.jobs.isNull()) {
        if (StorageError e = addCounts(db, d, c.jobs, { { u"SELECT count(*) FROM sync_records WHERE "_s + kPurgedJob, { cutoffs.jobs } } });
            !e.ok())
            return e;
    }
    return c;
}

// Consecutive candidates, at most `size` per batch: [first, last] and how many candidates it holds.
struct Range
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 candidates = 0;
};

QList<Range> rangesOf(const QList<qint64> &ids, int size)
{
    QList<Range> ranges;
    for (qsizetype i = 0; i < ids.size(); i += size) {
        const qsizetype end = qMin(ids.size(), i + size);
        ranges.append({ ids.at(i), ids.at(end - 1), end - i });
    }
    return ranges;
}

struct ProductBatch
{
    qint64 products = 0;
    qint64 images = 0;
    qint64 history = 0;
    QStringList files; // local_path of the purged image rows, to delete after the commit
};

// The history of the purged products, `chunk` ids per statement: one statement text, one cached plan
// (the list is padded with an id no row has).
Result<qint64> deleteHistoryOf(QSqlDatabase &db, const SqlDialect &d, const QList<qint64> &ids, int chunk)
{
    const QString statement
        = u"DELETE FROM product_history WHERE product_id IN (%1)"_s.arg(sql::placeholders(chunk));
    qint64 deleted = 0;
    for (qsizetype i = 0; i < ids.size(); i += chunk) {
        QVariantList values;
        for (qsizetype j = i; j < i + chunk; ++j)
            values << (j < ids.size() ? ids.at(j) : qint64(-1));
        sql::Query q(db);
        if (StorageError e = sql::exec(q, statement, values, d,
                QCoreApplication::translate("PurgeJob", "Cannot purge the history of purged products"));
            !e.ok())
            return e;
        deleted += qMax(0, q.numRowsAffected());
    }
    return deleted;
}

Result<ProductBatch> purgeProducts(QSqlDatabase &db, const SqlDialect &d, const Range &range, const QVariant &cutoff, int chunk)
{
    Transaction tx(db, d);
    if (StorageError e = tx.begin(); !e.ok())
        return e;
    const QString inRange = u"id BETWEEN ? AND ? AND "_s + kPurgedProduct;
    const QVariantList values { range.first, range.last, cutoff };
    // The image rows go with their products (ON DELETE CASCADE): read their files first.
    QHash<qint64, QStringList> filesOf;
    QHash<qint64, qint64> imagesOf;
    {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                u"SELECT product_id, local_path FROM images WHERE product_id IN (SELECT id FROM products WHERE %1)"_s
                    .arg(inRange),
                values, d,
                QCoreApplication::translate("PurgeJob", "Cannot read the images of the products to purge"));
            !e.ok())
            return e;
        while (q.next()) {
            const qint64 product = q.value(0).toLongLong();
            ++imagesOf[product];
            if (!q.value(1).isNull() && !q.value(1).toString().isEmpty())
                filesOf[product] << q.value(1).toString();
        }
    }
    ProductBatch batch;
    QList<qint64> purged;
    {
        // The condition is checked again here: a product restored since the candidates were read stays.
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, u"DELETE FROM products WHERE %1 RETURNING id"_s.arg(inRange),
                values, d, QCoreApplication::translate("PurgeJob", "Cannot purge deleted products"));
            !e.ok())
            return e;
        while (q.next())
            purged << q.value(0).toLongLong();
    }
    const Result<qint64> history = deleteHistoryOf(db, d, purged, chunk);
    if (!history)
        return history.error();
    if (StorageError e = tx.commit(); !e.ok())
        return e;
    batch.products = purged.size();
    // The delete trigger wrote one "delete" version per product; those were never counted.
    batch.history = qMax<qint64>(0, history.value() - batch.products);
    for (qint64 id : std::as_const(purged)) {
        batch.images += imagesOf.value(id);
        batch.files += filesOf.value(id);
    }
    return batch;
}

Result<qint64> deleteRange(QSqlDatabase &db, const SqlDialect &d, const QString &statement, const QVariantList &values)
{
    Transaction tx(db, d);
    if (StorageError e = tx.begin(); !e.ok())
        return e;
    sql::Query q(db);
    if (StorageError e = sql::exec(
            q, statement, values, d, QCoreApplication::translate("PurgeJob", "Cannot purge old rows"));
        !e.ok())
        return e;
    const qint64 deleted = qMax(0, q.numRowsAffected());
    if (StorageError e = tx.commit(); !e.ok())
        return e;
    return deleted;
}

// One real run: the three parts in order, batch by batch, with the journal and the files.
class PurgeRun
{
public:
    PurgeRun(ConnectionManager &connections, const QString &root, const PurgeJob::Options &options,
        const PurgeJob::Progress &progress)
        : m_connections(connections)
        , m_d(connections.dialect())
        , m_root(root)
        , m_imagesRoot(QDir::cleanPath(root + u"/images"_s))
        , m_options(options)
        , m_progress(progress)
        , m_cutoffs(cutoffsFor(options, connections.dialect()))
        , m_journal(connections, JobKind::Purge)
    {
    }

    Result<PurgeReport> run()
    {
        const Result<PurgeCounts> planned
            = m_connections.run<PurgeCounts>([&](QSqlDatabase &db) { return countAll(db, m_d, m_cutoffs); });
        if (!planned)
            return planned.error();
        m_total = planned->products + planned->historyVersions + planned->jobs;
        if (StorageError e = m_journal.start(m_total); !e.ok())
            return e;
        m_report.syncRecordId = m_journal.id();
        if (!step(0))
            return finish();
        for (StorageError (PurgeRun::*phase)() : { &PurgeRun::products, &PurgeRun::history, &PurgeRun::jobs }) {
            if (StorageError e = (this->*phase)(); !e.ok()) {
                qCWarning(lcStorage) << "purge failed after" << m_report.batches << "batches:" << e.toString();
                return m_journal.fail(e, m_report.counts.rows(), m_report.fileErrors.size());
            }
            if (m_report.cancelled)
                break;
        }
        return finish();
    }

private:
    Result<PurgeReport> finish()
    {
        const PurgeCounts &c = m_report.counts;
        QJsonArray details = JobJournal::message(
            u"Purged %1 products (%2 image rows, %3 files, %4 history rows), %5 old history versions, %6 job "
            "records in %7 batches%8"_s.arg(c.products)
                .arg(c.images)
                .arg(c.imageFiles)
                .arg(c.productHistory)
                .arg(c.historyVersions)
                .arg(c.jobs)
                .arg(m_report.batches)
                .arg(m_report.cancelled ? u"; cancelled: the batches committed before stay purged"_s : QString()));
        for (const QString &error : std::as_const(m_report.fileErrors))
            details.append(JobJournal::message(error).first());
        if (StorageError e = m_journal.finish(m_report.cancelled ? JobStatus::Cancelled : JobStatus::Completed,
                c.rows(), m_report.fileErrors.size(), details);
            !e.ok())
            qCWarning(lcStorage) << "purge: the job record could not be closed:" << e.toString();
        return m_report;
    }

    // After a batch: progress to the caller and the journal; false once the caller cancels.
    bool step(qint64 candidates)
    {
        m_done += candidates;
        m_journal.progress(m_total, m_report.counts.rows(), m_report.fileErrors.size());
        if (m_progress && !m_progress(m_done, m_total))
            m_report.cancelled = true;
        return !m_report.cancelled;
    }

    Result<QList<qint64>> candidates(const QString &statement, const QVariantList &values)
    {
        return m_connections.run<QList<qint64>>([&](QSqlDatabase &db) { return idsOf(db, m_d, statement, values); });
    }

    StorageError products()
    {
        if (m_cutoffs.deleted.isNull())
            return {};
        const Result<QList<qint64>> ids
            = candidates(u"SELECT id FROM products WHERE %1 ORDER BY id"_s.arg(kPurgedProduct), { m_cutoffs.deleted });
        if (!ids)
            return ids.error();
        for (const Range &range : rangesOf(ids.value(), m_options.batchSize)) {
            const Result<ProductBatch> batch = m_connections.run<ProductBatch>([&](QSqlDatabase &db) {
                return purgeProducts(db, m_d, range, m_cutoffs.deleted, m_options.batchSize);
            });
            if (!batch)
                return batch.error();
            ++m_report.batches;
            m_report.counts.products += batch->products;
            m_report.counts.images += batch->images;
            m_report.counts.productHistory += batch->history;
            removeFiles(batch->files);
            if (!step(range.candidates))
                break;
        }
        return {};
    }

    StorageError history()
    {
        if (m_cutoffs.history.isNull())
            return {};
        for (const HistoryTable &h : historyTables()) {
            const QString old = oldVersion(h.table, h.key);
            const QVariantList values { m_cutoffs.history, m_cutoffs.keepLast };
            const Result<QList<qint64>> ids = candidates(u"SELECT id FROM %1 WHERE %2 ORDER BY id"_s.arg(h.table, old), values);
            if (!ids)
                return ids.error();
            const QString statement = u"DELETE FROM %1 WHERE id BETWEEN ? AND ? AND %2"_s.arg(h.table, old);
            if (StorageError e = deleteInRanges(ids.value(), statement, values, m_report.counts.historyVersions); !e.ok())
                return e;
            if (m_report.cancelled)
                break;
        }
        return {};
    }

    StorageError jobs()
    {
        if (m_cutoffs.jobs.isNull())
            return {};
        const QVariantList values { m_cutoffs.jobs };
        const Result<QList<qint64>> ids
            = candidates(u"SELECT id FROM sync_records WHERE %1 ORDER BY id"_s.arg(kPurgedJob), values);
        if (!ids)
            return ids.error();
        return deleteInRanges(ids.value(), u"DELETE FROM sync_records WHERE id BETWEEN ? AND ? AND "_s + kPurgedJob,
            values, m_report.counts.jobs);
    }

    StorageError deleteInRanges(const QList<qint64> &ids, const QString &statement, const QVariantList &values, qint64 &count)
    {
        for (const Range &range : rangesOf(ids, m_options.batchSize)) {
            const Result<qint64> deleted = m_connections.run<qint64>([&](QSqlDatabase &db) {
                return deleteRange(db, m_d, statement, QVariantList { range.first, range.last } + values);
            });
            if (!deleted)
                return deleted.error();
            ++m_report.batches;
            count += deleted.value();
            if (!step(range.candidates))
                break;
        }
        return {};
    }

    // After the commit: a file goes when no image row names it any more, and only inside the
    // image store (a row naming a path elsewhere, or a link, is not purge's to delete).
    void removeFiles(const QStringList &paths)
    {
        const QSet<QString> unique(paths.cbegin(), paths.cend());
        for (const QString &local : unique) {
            const QString path = QDir::cleanPath(QDir::isAbsolutePath(local) ? local : m_root + u'/' + local);
            const Result<qint64> named = m_connections.run<qint64>([&](QSqlDatabase &db) {
                return countOf(db, m_d, u"SELECT count(*) FROM images WHERE local_path = ?"_s, { local });
            });
            const QFileInfo info(path);
            if (!named) {
                m_report.fileErrors << u"%1: %2"_s.arg(local, named.error().toString());
            } else if (named.value() > 0) {
                ++m_report.filesKept;
            } else if (!path.startsWith(m_imagesRoot + u'/') || info.isSymLink()) {
                m_report.fileErrors << QCoreApplication::translate(
                    "PurgeJob", "%1: outside the image store %2 or a link; left alone")
                                           .arg(local, m_imagesRoot);
            } else if (!info.exists()) {
                ++m_report.filesMissing;
            } else if (QFile file(path); file.remove()) {
                ++m_report.counts.imageFiles;
                QDir().rmdir(info.path()); // the product's folder, when that was its last file
                forgetHash(local);
            } else {
                m_report.fileErrors << u"%1: %2"_s.arg(local, file.errorString());
            }
        }
    }

    // The consistency check's recorded hash of a deleted file; best effort (the check reads a file
    // again whenever its size or time differ, so a stale entry costs nothing but a row).
    void forgetHash(const QString &local)
    {
        const StorageError e = m_connections.runStatus([&](QSqlDatabase &db) {
            sql::Query q(db);
            return sql::exec(q, u"DELETE FROM image_file_hashes WHERE local_path = ?"_s, { local }, m_d,
                QCoreApplication::translate("PurgeJob", "Cannot forget the hash of %1").arg(local));
        });
        if (!e.ok())
            qCInfo(lcStorage) << "purge:" << e.toString();
    }

    ConnectionManager &m_connections;
    const SqlDialect &m_d;
    QString m_root;
    QString m_imagesRoot;
    PurgeJob::Options m_options;
    PurgeJob::Progress m_progress;
    Cutoffs m_cutoffs;
    JobJournal m_journal;
    PurgeReport m_report;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace
} // namespace purgejob

using namespace Qt::StringLiterals;

QJsonObject PurgeCounts::toJson() const
{
    return { { u"products"_s, products }, { u"images"_s, images }, { u"image_files"_s, imageFiles },
        { u"product_history"_s, productHistory }, { u"history_versions"_s, historyVersions }, { u"jobs"_s, jobs } };
}

QJsonObject PurgeReport::toJson() const
{
    QJsonObject o = counts.toJson();
    o.insert(u"files_missing"_s, filesMissing);
    o.insert(u"files_kept"_s, filesKept);
    o.insert(u"file_errors"_s, QJsonArray::fromStringList(fileErrors));
    o.insert(u"batches"_s, batches);
    o.insert(u"dry_run"_s, dryRun);
    o.insert(u"cancelled"_s, cancelled);
    o.insert(u"sync_record_id"_s, syncRecordId);
    return o;
}

PurgeJob::Options PurgeJob::Options::fromSettings(const RetentionSettings &settings)
{
    Options o;
    o.deletedOlderThanDays = settings.deletedProductsDays;
    o.historyOlderThanDays = settings.historyDays;
    o.jobsOlderThanDays = settings.jobsDays;
    o.historyKeepLast = settings.historyKeepLast;
    return o;
}

PurgeJob::PurgeJob(ConnectionManager &connections, const QString &storageRoot)
    : m_connections(connections)
    , m_storageRoot(QDir::cleanPath(storageRoot))
{
}

StorageError PurgeJob::validate(const Options &options) const
{
    QList<FieldError> errors;
    const auto checkDays = [&errors](const std::optional<int> &days, const QString &field) {
        if (days && !RetentionSettings::validDays(*days))
            errors << FieldError { field,
                QCoreApplication::translate("PurgeJob", "takes a number of days from 1 to %1 (got %2)")
                    .arg(RetentionSettings::kMaxDays)
                    .arg(*days) };
    };
    checkDays(options.deletedOlderThanDays, u"deleted-older-than"_s);
    checkDays(options.historyOlderThanDays, u"history-older-than"_s);
    checkDays(options.jobsOlderThanDays, u"jobs-older-than"_s);
    if (options.historyKeepLast < 0 || options.historyKeepLast > RetentionSettings::kMaxKeepLast)
        errors << FieldError { u"history-keep-last"_s,
            QCoreApplication::translate("PurgeJob", "takes 0 to %1 versions (got %2)")
                .arg(RetentionSettings::kMaxKeepLast)
                .arg(options.historyKeepLast) };
    if (options.batchSize < 1 || options.batchSize > kMaxBatchSize)
        errors << FieldError { u"batch-size"_s,
            QCoreApplication::translate("PurgeJob", "takes 1 to %1 rows (got %2)")
                .arg(kMaxBatchSize)
                .arg(options.batchSize) };
    if (!options.any())
        errors << FieldError { u"options"_s,
            QCoreApplication::translate(
                "PurgeJob", "nothing to purge: give at least one of deleted products, history or jobs") };
    return errors.isEmpty() ? StorageError {} : StorageError::validation(errors);
}

Result<PurgeCounts> PurgeJob::preview(const Options &options)
{
    if (StorageError e = validate(options); !e.ok())
        return e;
    const SqlDialect &d = m_connections.dialect();
    const purgejob::Cutoffs cutoffs = purgejob::cutoffsFor(options, d);
    return m_connections.run<PurgeCounts>([&](QSqlDatabase &db) { return purgejob::countAll(db, d, cutoffs); });
}

Result<PurgeReport> PurgeJob::run(const Options &options, const Progress &progress)
{
    if (options.dryRun) {
        const Result<PurgeCounts> counts = preview(options);
        if (!counts)
            return counts.error();
        PurgeReport report;
        report.dryRun = true;
        report.counts = counts.value();
        return report;
    }
    if (StorageError e = validate(options); !e.ok())
        return e;
    return purgejob::PurgeRun(m_connections, m_storageRoot, options, progress).run();
}

} // namespace catalog
