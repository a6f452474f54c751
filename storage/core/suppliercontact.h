#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace catalog {

struct Supplier;

// The structured fields of a supplier's contact_info. The column stays a JSON object so that keys
// written by other tools survive; these are the keys Catalog Admin edits, imports
// (`supplier_contact_<key>` CSV columns, `supplier.contact_info.<key>` in JSON) and exports.
enum class ContactField { Person, Phone, Mobile, Email, WeChat, QQ, Address };

namespace suppliercontact {

const QList<ContactField> &fields();
QString key(ContactField field); // "person", "phone", "mobile", "email", "wechat", "qq", "address"
QString csvColumn(ContactField field); // "supplier_contact_person", …
QString label(ContactField field); // English; the UI translates its own column titles
std::optional<ContactField> fromKey(const QString &key);

// The field's text in a contact object ("" when absent). Person falls back to the key "contact",
// which earlier demo data wrote.
QString value(const std::optional<QJsonObject> &contact, ContactField field);
// Sets a field (trimmed); an empty value removes the key, and an object left empty becomes nullopt.
void setValue(std::optional<QJsonObject> &contact, ContactField field, const QString &value);
// `stored` with every key of `given` written over it: an import never clears what a file leaves out.
std::optional<QJsonObject> merged(
    const std::optional<QJsonObject> &stored, const std::optional<QJsonObject> &given);

int maxLength(ContactField field);
// Why `text` is not a value of this kind (a phone number, an email address, …); empty when it is.
// Length and control characters are checked by validation::validateSupplier().
QString shapeError(ContactField field, const QString &text);

} // namespace suppliercontact
} // namespace catalog
