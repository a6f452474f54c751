#pragma once

#include "core/decimal2.h"
#include "core/storageerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace catalog {

// "a boolean", "a number", "a string", "an array", "an object" or "null": for error messages.
QString jsonTypeName(const QJsonValue &value);

// Reads the typed fields of one import record (a JSON object, or a CSV row as strings) and notes
// a FieldError for each value of the wrong type: a missing or null value reads as empty, never as
// an error. `prefix` is put before the field names it reports ("supplier." for a nested object).
// Holds references to the record and the error list; used on one thread.
class ImportFieldReader
{
public:
    ImportFieldReader(const QJsonObject &object, QList<FieldError> &errors, QString prefix = {});

    QString text(const QString &key);
    std::optional<Decimal2> decimal(const QString &key);
    std::optional<int> integer(const QString &key);
    // A JSON array or object, given as one or as JSON text (CSV); empty when missing, nullopt when wrong.
    std::optional<QJsonArray> array(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    void fail(const QString &key, const QString &message);

private:
    template <typename J> std::optional<J> json(const QString &key);

    const QJsonObject &m_object;
    QList<FieldError> &m_errors;
    QString m_prefix;
};

} // namespace catalog
