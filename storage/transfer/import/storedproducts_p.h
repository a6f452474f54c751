#pragma once

#include "core/product.h"
#include "core/storageerror.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace catalog {

class ConnectionManager;

// The stored products an import would meet, read by source_id for the diff and for the fields an
// operator keeps: the writable columns, the supplier's source_id and whether the row is
// soft-deleted. Used on the import's writing thread with its connection; database errors returned.
class StoredProducts
{
public:
    struct Row
    {
        Product product; // supplierSourceId filled from the supplier it names
        // SQLite keeps JSON as text and its upsert compares the text; PostgreSQL compares jsonb
        // values. Set (non-null) only where the text is what the database compares.
        QByteArray detailImagesText;
        QByteArray specificationsText;
    };

    explicit StoredProducts(ConnectionManager &connections);

    // One query per 500 source_ids; source_ids not stored are absent from the result.
    Result<QHash<QString, Row>> read(const QStringList &sourceIds);

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
