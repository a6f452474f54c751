#include "db/sqldialect.h"

#include "core/decimal2.h"
#include "db/postgres/postgresdialect_p.h"
#include "db/sqlite/sqlitedialect_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace catalog {

std::unique_ptr<SqlDialect> SqlDialect::create(Engine engine)
{
    if (engine == Engine::PostgreSQL)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

QVariant SqlDialect::bindTimestamp(const QDateTime &value) const
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // The same text both engines compare correctly: ISO 8601 in UTC with milliseconds.
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QVariant SqlDialect::bindJson(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: {
        const QJsonArray wrapper { value };
        QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
}

QVariant SqlDialect::bindText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QDateTime SqlDialect::readTimestamp(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // PostgreSQL text form "2026-11-23 14:07:12.123+00" and SQLite's ISO form both end up here.
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (text.size() > 3
        && (text.at(text.size() - 3) == QLatin1Char('+') || text.at(text.size() - 3) == QLatin1Char('-')))
        text += QStringLiteral(":00");
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

QJsonValue SqlDialect::readJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    const QByteArray text = value.toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(QJsonValue::Null);
}

StorageError sqlError(const QSqlError &error, const SqlDialect &dialect, const QString &context)
{
    StorageError e;
    e.kind = dialect.classify(error);
    if (e.kind == ErrorKind::None)
        e.kind = ErrorKind::Internal;
    e.sqlState = error.nativeErrorCode();
    // Driver texts can quote connection strings; what is shown or logged never carries a password.
    e.detail = redactSecrets(error.text());
    QString reason = redactSecrets(error.databaseText().trimmed());
    if (reason.isEmpty())
        reason = redactSecrets(error.driverText().trimmed());
    e.message = context.isEmpty() ? reason : context + QStringLiteral(": ") + reason;
    if (e.kind == ErrorKind::Permission && e.sqlState == QLatin1String("42501"))
        e.message += QCoreApplication::translate("SqlDialect",
            " (the database refused it: the connected role lacks this right; an "
            "administrator can grant it with catalogctl setup-roles)");
    if (e.kind == ErrorKind::DiskFull)
        e.message += QCoreApplication::translate("SqlDialect",
            " (the disk that holds the database is full: free space on it, then try "
            "again; the change was rolled back, nothing of it was written)");
    return e;
}

} // namespace catalog
