#pragma once

#include "core/storageerror.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace catalog {

class ConnectionManager;
struct RetentionSettings;

// What a purge removes (a preview or a dry run: would remove).
struct PurgeCounts
{
    qint64 products = 0; // soft-deleted longer ago than the limit
    qint64 images = 0; // the image rows of those products
    qint64 imageFiles = 0; // stored files only those rows named
    qint64 productHistory = 0; // the history of those products
    qint64 historyVersions = 0; // old versions of other products and of suppliers
    qint64 jobs = 0; // job records that ended longer ago than the limit
    qint64 rows() const { return products + images + productHistory + historyVersions + jobs; }
    QJsonObject toJson() const;
};

struct PurgeReport
{
    PurgeCounts counts; // done; a dry run: what a run would do
    qint64 filesMissing = 0; // rows named a file that was already gone
    qint64 filesKept = 0; // still named by a row another product owns
    QStringList fileErrors; // files that could not be deleted (path: reason); the rows are gone
    qint64 batches = 0; // committed
    bool dryRun = false;
    bool cancelled = false; // the batches committed before the cancel stay purged
    qint64 syncRecordId = 0; // 0 for a dry run
    QJsonObject toJson() const;
};

// Hard-deletes what the catalog's retention (RetentionSettings) no longer keeps: products
// soft-deleted longer ago than a limit, with their image rows, their stored image files and their
// history; history versions older than a limit beyond the newest N of each row; job records that
// ended longer ago than a limit. Each part runs only when its limit is given.
//
// The candidates are read once and walked in batches of consecutive ids, each batch one
// transaction that checks the condition again (a product restored meanwhile stays). Supplier
// product counts stay true (only soft-deleted products go, which the counts leave out). A file is
// deleted only after its batch committed, and only when no remaining image row names it. A real
// run journals itself in sync_records (operation "purge"); a dry run counts and writes nothing.
//
// Cancel (the progress callback returns false) stops between batches: the committed batches stay
// purged and the report says cancelled. Blocking; run it on a worker thread (it uses the calling
// thread's connection). Errors: invalid options are a Validation error before anything is read; a
// database failure ends the job with it (committed batches stay, the journal says failed). On
// PostgreSQL purging needs DELETE on products and the history tables (the catalog's owner or
// catalog_admin).
class PurgeJob
{
public:
    struct Options
    {
        std::optional<int> deletedOlderThanDays;
        std::optional<int> historyOlderThanDays;
        std::optional<int> jobsOlderThanDays;
        int historyKeepLast = 20; // the newest versions of each row that stay, however old
        int batchSize = 1000;
        bool dryRun = false;
        // Every part, with the limits of the settings.
        static Options fromSettings(const RetentionSettings &settings);
        bool any() const { return deletedOlderThanDays || historyOlderThanDays || jobsOlderThanDays; }
    };
    // After each batch: candidates done and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int kMaxBatchSize = 10000;

    // Image files are under storageRoot (local_path is relative to it).
    PurgeJob(ConnectionManager &connections, const QString &storageRoot);

    StorageError validate(const Options &options) const;
    Result<PurgeCounts> preview(const Options &options);
    Result<PurgeReport> run(const Options &options, const Progress &progress = {});

private:
    ConnectionManager &m_connections;
    QString m_storageRoot;
};

} // namespace catalog
