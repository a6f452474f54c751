#include "transfer/import/fieldreader_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <type_traits>

namespace catalog {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("ImportFieldReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("ImportFieldReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ImportFieldReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ImportFieldReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ImportFieldReader", "an object");
    default:
        return QCoreApplication::translate("ImportFieldReader", "null", "a JSON value");
    }
}

ImportFieldReader::ImportFieldReader(const QJsonObject &object, QList<FieldError> &errors, QString prefix)
    : m_object(object)
    , m_errors(errors)
    , m_prefix(std::move(prefix))
{
}

QString ImportFieldReader::text(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    fail(key,
        QCoreApplication::translate("ImportFieldReader", "must be a string, not %1").arg(jsonTypeName(v)));
    return {};
}

std::optional<Decimal2> ImportFieldReader::decimal(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    QString t;
    if (v.isString())
        t = v.toString();
    else if (v.isDouble())
        t = QString::number(v.toDouble(), 'g', 15);
    if (const std::optional<Decimal2> d = Decimal2::parse(t))
        return d;
    fail(key,
        v.isString() ? QCoreApplication::translate(
            "ImportFieldReader", "\"%1\" is not a decimal number with at most two fraction digits")
                           .arg(t.left(30))
                     : QCoreApplication::translate("ImportFieldReader", "must be a decimal number, not %1")
                           .arg(jsonTypeName(v)));
    return std::nullopt;
}

std::optional<int> ImportFieldReader::integer(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    bool ok = false;
    qint64 n = 0;
    if (v.isString()) {
        n = v.toString().trimmed().toLongLong(&ok);
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        ok = std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e15;
        n = qint64(d);
    }
    if (!ok || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
        fail(key,
            QCoreApplication::translate("ImportFieldReader", "\"%1\" is not a whole number")
                .arg(text(key).left(30)));
        return std::nullopt;
    }
    return int(n);
}

template <typename J> std::optional<J> ImportFieldReader::json(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    constexpr bool isArray = std::is_same_v<J, QJsonArray>;
    const QString want = isArray ? QCoreApplication::translate("ImportFieldReader", "a JSON array")
                                 : QCoreApplication::translate("ImportFieldReader", "a JSON object");
    if (v.isNull() || v.isUndefined())
        return J {};
    if (isArray ? v.isArray() : v.isObject()) {
        if constexpr (isArray)
            return v.toArray();
        else
            return v.toObject();
    }
    if (v.isString()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && (isArray ? doc.isArray() : doc.isObject())) {
            if constexpr (isArray)
                return doc.array();
            else
                return doc.object();
        }
        fail(key,
            error.error != QJsonParseError::NoError
                ? QCoreApplication::translate("ImportFieldReader", "is not valid JSON (%1); it must be %2")
                      .arg(error.errorString(), want)
                : QCoreApplication::translate("ImportFieldReader", "must be %1").arg(want));
        return std::nullopt;
    }
    fail(key,
        QCoreApplication::translate("ImportFieldReader", "must be %1, not %2").arg(want, jsonTypeName(v)));
    return std::nullopt;
}

std::optional<QJsonArray> ImportFieldReader::array(const QString &key)
{
    return json<QJsonArray>(key);
}

std::optional<QJsonObject> ImportFieldReader::object(const QString &key)
{
    return json<QJsonObject>(key);
}

void ImportFieldReader::fail(const QString &key, const QString &message)
{
    m_errors << FieldError { m_prefix + key, message };
}

} // namespace catalog
