#pragma once

#include "core/storageerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

struct Product;
struct Supplier;
struct ImageRecord;
struct ProductFilter;
struct SupplierFilter;

// Field-level rules applied before anything reaches SQL. They mirror the CHECK constraints of the
// schema, so a row that passes is accepted by both engines. Messages name the field and the rule.
namespace validation {

QList<FieldError> validateProduct(const Product &product);
QList<FieldError> validateSupplier(const Supplier &supplier);
QList<FieldError> validateImage(const ImageRecord &image);
// Search and filter input: bounded lengths (a 100 000-character search is refused, not sent),
// no control characters (NUL included) or broken Unicode, known statuses, a currency code.
QList<FieldError> validateFilter(const ProductFilter &filter);
QList<FieldError> validateFilter(const SupplierFilter &filter);

bool isIsoCurrency(const QString &code);
QStringList currencyList(); // the ISO 4217 codes isIsoCurrency() accepts, sorted
bool isValidSyncStatus(const QString &status);
// http(s) URL with a host; the reason is set when it is not.
bool isValidImageUrl(const QString &url, QString *reason);

extern const QStringList syncStatuses;

} // namespace validation
} // namespace catalog
