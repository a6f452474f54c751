#include "db/postgres/postgresdialect_p.h"

#include "core/decimal2.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include "db/postgres/pghandle_p.h"

namespace catalog {

QString PostgresDialect::nowExpression() const
{
    return QStringLiteral("now()");
}

QString PostgresDialect::caseInsensitiveLike() const
{
    return QStringLiteral("ILIKE");
}

QString PostgresDialect::beginWriteTransaction() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::jsonShapeInvalid(const QString &column, const QString &type) const
{
    return QStringLiteral("(%1 IS NULL OR jsonb_typeof(%1) <> '%2')").arg(column, type);
}

QString PostgresDialect::analyzeStatement(const QString &table) const
{
    return QStringLiteral("ANALYZE ") + table;
}

QString PostgresDialect::driverConnectOptions(const ConnectionConfig &config) const
{
    return config.libpqOptions();
}

QStringList PostgresDialect::sessionSetup(const ConnectionConfig &config) const
{
    return {
        QStringLiteral("SET statement_timeout = %1").arg(config.statementTimeoutMs()),
        QStringLiteral("SET lock_timeout = %1").arg(qMax(1000, config.statementTimeoutMs() / 2)),
        QStringLiteral("SET idle_in_transaction_session_timeout = 600000"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
        QStringLiteral("SET client_min_messages = warning"),
    };
}

ErrorKind PostgresDialect::classify(const QSqlError &error) const
{
    if (error.type() == QSqlError::NoError)
        return ErrorKind::None;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return ErrorKind::ConnectionLost;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return ErrorKind::Busy;
    if (state == QLatin1String("57014"))
        return ErrorKind::Timeout;
    if (state == QLatin1String("53100")) // disk_full
        return ErrorKind::DiskFull;
    if (state.startsWith(QLatin1String("23")))
        return ErrorKind::Constraint;
    if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
        return ErrorKind::Permission;
    if (state.startsWith(QLatin1String("22")))
        return ErrorKind::Validation;
    const QString text = error.text();
    if (error.type() == QSqlError::ConnectionError
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("could not receive data from server"))
        || text.contains(QLatin1String("could not send data to server"))
        || text.contains(QLatin1String("terminating connection")))
        return ErrorKind::ConnectionLost;
    return ErrorKind::Internal;
}

bool PostgresDialect::isConnectionLost(const QSqlDatabase &db, const QSqlError &error) const
{
    if (classify(error) == ErrorKind::ConnectionLost)
        return true;
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && isPgConnHandle(handle)) {
        PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
        return conn == nullptr || PQstatus(conn) != CONNECTION_OK;
    }
    return false;
}

QVariant PostgresDialect::bindDecimal(const std::optional<Decimal2> &value) const
{
    // Text keeps NUMERIC exact; the server casts it.
    return value ? QVariant(value->toString()) : QVariant(QMetaType::fromType<QString>());
}

} // namespace catalog
