#pragma once

#include "core/qualitykind.h"
#include "core/storageerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace catalog {

class ConnectionManager;

// How many active (not deleted) products have each data-quality problem.
struct QualityReport
{
    struct KindCount
    {
        QualityKind kind = QualityKind::NoMainImage;
        qint64 count = 0;
        QStringList examples; // source_ids of the first products (by id) that have it
    };
    qint64 products = 0; // active products checked
    QList<KindCount> kinds; // every kind, in allQualityKinds() order

    // {"products": N, "kinds": [{"kind": "...", "count": n, "examples": [source_id, ...]}]}
    QJsonObject toJson() const;
};

// The data-quality figures of the catalog, computed by the database from the same predicates the
// product filter uses (repositories/qualitypredicates_p.h): one statement counts every kind, one
// more lists the examples. Runs a unit of work on the calling thread's connection (any thread with
// its own, like every repository); a failure is the StorageError of the statement.
class QualityRepository
{
public:
    static constexpr int kDefaultExamples = 5;

    explicit QualityRepository(ConnectionManager &connections);

    Result<QualityReport> report(int staleSyncDays, int examplesPerKind = kDefaultExamples);
    // The problems of the products `ids` as the listing computes them (Product::qualityProblems),
    // e.g. for rows just saved; an id with no product is absent from the answer.
    Result<QHash<qint64, QualityKinds>> problemsOf(const QList<qint64> &ids, int staleSyncDays);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
