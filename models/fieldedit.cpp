#include "fieldedit.h"

#include <QLocale>

namespace catalog::fieldedit {

namespace {

StorageError invalid(const QString &field, const QString &message)
{
    return StorageError::validation({ FieldError { field, message } });
}

bool isEmpty(const QVariant &value)
{
    return value.isNull()
        || (value.metaType().id() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

Result<std::optional<Decimal2>> decimal(const QVariant &value, const QString &field)
{
    if (isEmpty(value))
        return std::optional<Decimal2>();
    if (value.metaType().id() == QMetaType::Double) {
        if (std::optional<Decimal2> d = Decimal2::parse(QString::number(value.toDouble(), 'f', 2)))
            return d;
    } else if (std::optional<Decimal2> d = Decimal2::parse(value.toString().trimmed())) {
        return d;
    }
    return invalid(field,
        QStringLiteral("\"%1\" is not a number with at most two decimals").arg(value.toString().left(30)));
}

Result<std::optional<int>> integer(const QVariant &value, const QString &field)
{
    if (isEmpty(value))
        return std::optional<int>();
    bool ok = false;
    const int n = value.metaType().id() == QMetaType::QString ? value.toString().trimmed().toInt(&ok)
                                                              : value.toInt(&ok);
    if (!ok)
        return invalid(field, QStringLiteral("\"%1\" is not a whole number").arg(value.toString().left(30)));
    return std::optional<int>(n);
}

Result<std::optional<qint64>> id(const QVariant &value, const QString &field)
{
    if (isEmpty(value))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n <= 0)
        return invalid(
            field, QStringLiteral("\"%1\" is not one of the listed choices").arg(value.toString().left(30)));
    return std::optional<qint64>(n);
}

QString text(const QVariant &value)
{
    const QString t = value.toString().trimmed();
    return t.isEmpty() ? QString() : t;
}

StorageError introducedErrors(const QList<FieldError> &before, const QList<FieldError> &after)
{
    QList<FieldError> introduced;
    for (const FieldError &e : after) {
        if (!before.contains(e))
            introduced << e;
    }
    return introduced.isEmpty() ? StorageError {} : StorageError::validation(introduced);
}

QVariant editValue(const std::optional<Decimal2> &value)
{
    return value ? QVariant(value->toDouble()) : QVariant();
}

QVariant editValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString displayDecimal(const std::optional<Decimal2> &value)
{
    return value ? QLocale().toString(value->toDouble(), 'f', 2) : QString();
}

QString displayTimestamp(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace catalog::fieldedit
