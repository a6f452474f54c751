#include "transfer/import/productmapping_p.h"

#include "core/suppliercontact.h"
#include "core/validator.h"
#include "transfer/import/fieldreader_p.h"
#include "transfer/import/importrecord_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace catalog {

namespace productmapping {
namespace {

// Single-line text with its runs of line breaks and tabs as one space each; `field` is named in
// the row's warnings when something was folded.
QString folded(const QString &value, const QString &field, QStringList &warnings)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t]+"));
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.contains(QLatin1Char('\t')))
        return value;
    warnings << QCoreApplication::translate("ProductMapping", "%1: line breaks or tabs folded into spaces")
                    .arg(field);
    return QString(value).replace(breaks, QStringLiteral(" "));
}

// One contact field as the file gives it: folded, trimmed, and of its kind's shape (a phone number,
// an email address, …). A number is taken as text (JSON files often carry QQ numbers as numbers).
void readContactField(std::optional<QJsonObject> &contact, ContactField field, const QJsonValue &value,
    const QString &name, QList<FieldError> &errors, QStringList &warnings)
{
    QString text;
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        text = QString::number(qint64(value.toDouble()));
    else if (value.isString())
        text = folded(value.toString(), name, warnings).trimmed();
    else if (!value.isNull() && !value.isUndefined()) {
        errors << FieldError { name,
            QCoreApplication::translate("ProductMapping", "must be text, not %1").arg(jsonTypeName(value)) };
        return;
    }
    if (text.isEmpty())
        return;
    if (const QString why = suppliercontact::shapeError(field, text); !why.isEmpty()) {
        errors << FieldError { name, why };
        return;
    }
    suppliercontact::setValue(contact, field, text);
}

// supplier.contact_info of a JSON file: the known keys checked as above, other keys kept as given.
std::optional<QJsonObject> readNestedContact(
    ImportFieldReader &sr, QList<FieldError> &errors, QStringList &warnings)
{
    const std::optional<QJsonObject> given = sr.object(QStringLiteral("contact_info"));
    if (!given || given->isEmpty())
        return std::nullopt;
    std::optional<QJsonObject> contact;
    for (auto it = given->constBegin(); it != given->constEnd(); ++it) {
        const QString name = QStringLiteral("supplier.contact_info.") + it.key();
        if (const std::optional<ContactField> field = suppliercontact::fromKey(it.key()))
            readContactField(contact, *field, it.value(), name, errors, warnings);
        else if (!it.value().isNull())
            contact = suppliercontact::merged(contact, QJsonObject { { it.key(), it.value() } });
    }
    return contact;
}

// The supplier: a nested object (JSON) or the flat supplier_* columns (CSV, or JSON written flat).
// Contact fields and rating the file leaves out or empty stay as stored (SupplierResolver merges).
Supplier readSupplier(
    const QJsonObject &o, ImportFieldReader &r, QList<FieldError> &errors, QStringList &warnings)
{
    Supplier s;
    const QJsonValue nested = o.value(QStringLiteral("supplier"));
    if (nested.isObject()) {
        const QJsonObject so = nested.toObject();
        ImportFieldReader sr(so, errors, QStringLiteral("supplier."));
        s.sourceId = sr.text(QStringLiteral("source_id")).trimmed();
        s.name = folded(sr.text(QStringLiteral("name")), QStringLiteral("supplier.name"), warnings);
        s.companyName = folded(
            sr.text(QStringLiteral("company_name")), QStringLiteral("supplier.company_name"), warnings);
        s.location
            = folded(sr.text(QStringLiteral("location")), QStringLiteral("supplier.location"), warnings);
        s.contactInfo = readNestedContact(sr, errors, warnings);
        s.rating = sr.decimal(QStringLiteral("rating"));
    } else if (!nested.isNull() && !nested.isUndefined()) {
        r.fail(QStringLiteral("supplier"),
            QCoreApplication::translate("ProductMapping", "must be an object, not %1")
                .arg(jsonTypeName(nested)));
    } else {
        s.sourceId = r.text(QStringLiteral("supplier_source_id")).trimmed();
        s.name = folded(r.text(QStringLiteral("supplier_name")), QStringLiteral("supplier_name"), warnings);
        s.companyName = folded(r.text(QStringLiteral("supplier_company_name")),
            QStringLiteral("supplier_company_name"), warnings);
        s.location = folded(
            r.text(QStringLiteral("supplier_location")), QStringLiteral("supplier_location"), warnings);
        for (const ContactField field : suppliercontact::fields()) {
            const QString column = suppliercontact::csvColumn(field);
            readContactField(s.contactInfo, field, o.value(column), column, errors, warnings);
        }
        s.rating = r.decimal(QStringLiteral("supplier_rating"));
    }
    return s;
}

// A supplier with a name is to be written (and validated); one named only by source_id must exist.
void attachSupplier(ImportRow &row, const Supplier &s)
{
    if (!s.sourceId.isEmpty()) {
        row.product.supplierSourceId = s.sourceId;
        if (!s.name.isEmpty()) {
            for (FieldError e : validation::validateSupplier(s)) {
                e.field = QStringLiteral("supplier_") + e.field;
                row.errors << e;
            }
            row.supplier = s;
        } else if (!s.companyName.isEmpty() || !s.location.isEmpty() || s.contactInfo || s.rating)
            row.warnings << QCoreApplication::translate("ProductMapping",
                "supplier details (company, location, contact, rating) left alone: "
                "the row gives no supplier_name");
    } else if (!s.name.isEmpty() || !s.companyName.isEmpty() || !s.location.isEmpty() || s.contactInfo
        || s.rating) {
        row.errors << FieldError { QStringLiteral("supplier_source_id"),
            QCoreApplication::translate("ProductMapping", "is required when supplier details are given") };
    }
}

} // namespace
} // namespace productmapping

ImportRow mapImportRecord(const ImportRecord &record)
{
    ImportRow row;
    row.line = record.line;
    const QJsonObject &o = record.values;
    ImportFieldReader r(o, row.errors);
    Product &p = row.product;
    p.sourceId = r.text(QStringLiteral("source_id")).trimmed();
    if (!record.parseError.isEmpty()) {
        row.errors << FieldError { QString(),
            QCoreApplication::translate("ProductMapping", "the record %1").arg(record.parseError) };
        return row;
    }
    p.title = productmapping::folded(r.text(QStringLiteral("title")), QStringLiteral("title"), row.warnings);
    p.subtitle = productmapping::folded(
        r.text(QStringLiteral("subtitle")), QStringLiteral("subtitle"), row.warnings);
    p.priceMin = r.decimal(QStringLiteral("price_min"));
    p.priceMax = r.decimal(QStringLiteral("price_max"));
    if (const QString currency = r.text(QStringLiteral("currency")); !currency.isNull())
        p.currency = currency;
    p.moq = r.integer(QStringLiteral("moq"));
    p.mainImageUrl = r.text(QStringLiteral("main_image_url"));
    p.detailImages = r.array(QStringLiteral("detail_images")).value_or(QJsonArray {});
    p.specifications = r.object(QStringLiteral("specifications")).value_or(QJsonObject {});
    p.salesCount = r.integer(QStringLiteral("sales_count"));
    p.rating = r.decimal(QStringLiteral("rating"));
    if (const QString status = r.text(QStringLiteral("sync_status")); !status.isNull())
        p.syncStatus = status;
    productmapping::attachSupplier(row, productmapping::readSupplier(o, r, row.errors, row.warnings));
    row.errors << record.fieldErrors;
    if (row.errors.isEmpty())
        row.errors << validation::validateProduct(p);
    return row;
}

} // namespace catalog
