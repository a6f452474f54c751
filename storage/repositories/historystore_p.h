#pragma once

#include "core/historyentry.h"
#include "core/storageerror.h"

#include <QList>
#include <QSqlDatabase>

namespace catalog {

class SqlDialect;

// Reads product_history / supplier_history, which database triggers write. Shared by the
// product and supplier repositories; the table is chosen from a fixed set, never from input.
namespace history {

enum class Entity { Product, Supplier };

Result<QList<HistoryEntry>> list(QSqlDatabase &db, const SqlDialect &dialect, Entity entity, qint64 id);
Result<HistoryEntry> find(QSqlDatabase &db, const SqlDialect &dialect, Entity entity, qint64 id, qint64 historyId);

} // namespace history
} // namespace catalog
