#pragma once

#include "bulk/bulkedit.h"
#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace catalog {

class ConnectionManager;

// A product the bulk edit left unchanged because a rule refused it (see BulkEdit::Refusal).
struct BulkRefusal
{
    qint64 id = 0;
    QString sourceId;
    QString reason;
};

struct BulkUpdateReport
{
    qint64 matched = 0; // products in the scope when the job started
    qint64 changed = 0; // written (dry run: would be written)
    qint64 unchanged = 0; // already had the values, or no longer matched the filter
    qint64 refusedCount = 0;
    QList<BulkRefusal> refused; // the first kRefusalListLimit, by id
    qint64 batches = 0; // committed
    bool dryRun = false;
    bool cancelled = false; // the batches committed before the cancel stay written
    qint64 syncRecordId = 0; // 0 for a dry run
    QJsonObject toJson() const;
};

// One before/after row of the bulk edit dialog's preview, computed by the database with the job's
// own expressions. Only the edited fields, id, source_id, title and the deleted state are filled.
struct BulkPreviewRow
{
    Product before;
    Product after;
    QString refusal; // why the job would leave this product unchanged, or empty
};

// Applies a BulkEdit to every product of a BulkScope, set-based in the database: the matching ids
// are read once (by applyProductFilter, as every product query), then walked in batches of
// consecutive ids, each batch one transaction with one UPDATE (see BulkStatements): version + 1,
// the history row and product_count by the schema's triggers, refused rows left as they are and
// listed with the reason. A real run journals itself in sync_records (operation "bulk_edit"):
// started with the matched count, progress at most twice a second, finished completed / cancelled
// / failed with the refused products. A dry run writes nothing, not even the journal.
//
// Cancel (the progress callback returns false) stops between batches: the committed batches stay.
// Blocking; run it on a worker thread. Uses the calling thread's connection (ConnectionManager).
// Errors: an invalid edit or filter is a Validation error before anything is read; a database
// failure ends the job with that error (batches committed before it stay, the journal says failed).
class BulkUpdateJob
{
public:
    struct Options
    {
        int batchSize = 2000;
        bool dryRun = false;
    };
    // After each batch: products done so far and matched; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 matched)>;
    static constexpr int kRefusalListLimit = 100;

    explicit BulkUpdateJob(ConnectionManager &connections);

    // How many products the scope holds now.
    Result<qint64> count(const BulkScope &scope);
    // The first `limit` products the edit would change, before and after.
    Result<QList<BulkPreviewRow>> preview(const BulkScope &scope, const BulkEdit &edit, int limit = 5);
    Result<BulkUpdateReport> run(
        const BulkScope &scope, const BulkEdit &edit, const Options &options, const Progress &progress = {});

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
