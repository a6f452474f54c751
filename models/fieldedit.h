#pragma once

#include "core/decimal2.h"
#include "core/storageerror.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace catalog::fieldedit {

// Conversions between what an editor hands to setData() and record fields, shared by the
// table models. Empty input means NULL for optional fields; bad input is a Validation error that
// names the field and says why.
Result<std::optional<Decimal2>> decimal(const QVariant &value, const QString &field);
Result<std::optional<int>> integer(const QVariant &value, const QString &field);
Result<std::optional<qint64>> id(const QVariant &value, const QString &field);
QString text(const QVariant &value); // trimmed; a null QString when empty

// The rule violations `after` has that `before` did not: what the edit broke. Empty if none.
StorageError introducedErrors(const QList<FieldError> &before, const QList<FieldError> &after);

QVariant editValue(const std::optional<Decimal2> &value);
QVariant editValue(const std::optional<int> &value);
QString displayDecimal(const std::optional<Decimal2> &value);
QString displayTimestamp(const QDateTime &value);

} // namespace catalog::fieldedit
