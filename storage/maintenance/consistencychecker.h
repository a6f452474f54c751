#pragma once

#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace catalog {

class ConnectionManager;

// Finds data that breaks the catalog's rules although it got into the database (older versions,
// direct SQL, a restored foreign dump), and repairs it on request.
//
// Kinds: products whose supplier is missing or deleted, suppliers whose product_count is wrong,
// duplicate suppliers (same source_id but for case/padding, or same name and company), price_min >
// price_max, JSON columns that are not valid JSON of the right shape, products without a main
// image, and jobs left "running". Image store kinds: image rows whose file is missing, files under
// <storage>/images that no row names (older than the grace period, so a fetch between writing a
// file and committing its row is not mistaken for one), files whose sha256 differs from their row,
// and products whose images are recorded but whose main image is not (or is labelled "detail").
//
// check() only reads. repair(kind) fixes one kind in one transaction, then checks it again and
// reports what is left. Repairs bump version and write history like any edit, so an operator
// can see and undo them. Blocking; call from a worker thread. Each run writes a sync_records row
// (operation "check") with the findings, each repair one (operation "repair").
//
// check() reports progress (setProgress(): after each kind and each image file it hashes) and stops
// with ErrorKind::Cancelled when the callback returns false. It keeps the hashes it computed
// (image_file_hashes), so the next check reads only the image files whose size or modification
// time changed; hashStats() says how many it read and how many it took from the last check.
class ConsistencyChecker
{
public:
    struct Finding
    {
        QString kind; // stable id: "missing_supplier", "wrong_product_count", …
        QString title; // what is wrong, for people
        QString repair; // what repair() does
        qint64 count = 0;
        QStringList examples; // up to five, e.g. source_ids
        QJsonObject toJson() const;
    };
    struct RepairReport
    {
        QString kind;
        qint64 before = 0;
        qint64 after = 0; // what the re-check still finds (some rows need an operator)
    };

    // The image files are looked for under storageRoot (default: resolveStorageRoot()).
    explicit ConsistencyChecker(ConnectionManager &connections);
    ConsistencyChecker(ConnectionManager &connections, const QString &storageRoot);
    // Files without a row younger than this are left alone (default 300 s).
    void setOrphanGraceSeconds(int seconds) { m_graceSeconds = seconds; }
    // Steps done, all steps, and the kind being checked (empty at the end); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total, const QString &kind)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    struct HashStats
    {
        qint64 hashed = 0; // image files read by the last check()
        qint64 reused = 0; // unchanged since the check before: their recorded hash was used
    };
    HashStats hashStats() const { return m_hashStats; }

    static QStringList kinds();
    // Every kind, found or not (count 0), in a stable order.
    Result<QList<Finding>> check();
    Result<RepairReport> repair(const QString &kind);
    // check(), then repair() of every kind found; the findings as they were before.
    Result<QList<Finding>> checkAndRepair(QList<RepairReport> *repairs);

private:
    Result<RepairReport> repairKind(const QString &kind);

    ConnectionManager &m_connections;
    QString m_storageRoot;
    int m_graceSeconds = 300;
    Progress m_progress;
    HashStats m_hashStats;
};

} // namespace catalog
