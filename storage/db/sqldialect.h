#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace catalog {

class Decimal2;

// The one seam where SQLite and PostgreSQL differ: SQL fragments that are not standard,
// how values are bound and read back, how errors are classified and what runs after connecting.
// Everything it returns is a constant of the engine; user input never passes through here as SQL.
// Stateless and thread-safe.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(Engine engine);

    virtual Engine engine() const = 0;
    virtual QString nowExpression() const = 0; // the current time as stored in timestamp columns
    virtual QString caseInsensitiveLike() const = 0; // ILIKE or LIKE
    virtual QString beginWriteTransaction() const = 0;
    // Refreshes the planner's statistics of `table`; empty when the engine keeps none.
    virtual QString analyzeStatement(const QString &table) const = 0;
    // A condition true when a JSON column does not hold valid JSON of the given type (array/object).
    virtual QString jsonShapeInvalid(const QString &column, const QString &type) const = 0;
    virtual QString driverConnectOptions(const ConnectionConfig &config) const = 0;
    virtual QStringList sessionSetup(const ConnectionConfig &config) const = 0;

    virtual ErrorKind classify(const QSqlError &error) const = 0;
    // True when the connection itself is gone (server restart, network), not just the statement.
    virtual bool isConnectionLost(const QSqlDatabase &db, const QSqlError &error) const = 0;

    virtual QVariant bindDecimal(const std::optional<Decimal2> &value) const = 0;
    QVariant bindTimestamp(const QDateTime &value) const;
    QVariant bindJson(const QJsonValue &value) const; // compact text; NULL for an undefined value
    static QVariant bindText(const QString &value); // NULL for a null QString
    template <typename T> static QVariant bindOptional(const std::optional<T> &value)
    {
        return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
    }

    QDateTime readTimestamp(const QVariant &value) const;
    static QJsonValue readJson(const QVariant &value);
};

// Classifies a driver error with the dialect's knowledge of the engine's codes; the message names
// `context` and never carries a password.
StorageError sqlError(const QSqlError &error, const SqlDialect &dialect, const QString &context);

} // namespace catalog
