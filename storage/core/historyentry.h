#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace catalog {

// One change of a product or supplier, written by database triggers in the same transaction.
// oldValues is the whole row as it was before the change (empty for an insert).
struct HistoryEntry
{
    qint64 id = 0;
    qint64 entityId = 0;
    std::optional<int> version; // the version oldValues had
    QString operation; // insert | update | delete | restore
    QJsonObject oldValues;
    QDateTime changedAt;
    QString changedBy; // the operating-system user the application acted for (client-reported)
    QString changedByRole; // the database login role (PostgreSQL session_user); empty on SQLite
};

} // namespace catalog
