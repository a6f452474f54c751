#include "suppliertablemodel.h"

#include "core/validator.h"
#include "fieldedit.h"
#include "repositories/supplierrepository.h"

namespace catalog {

Result<QVariant> SupplierRecords::pageExtra(ConnectionManager &connections, const QList<Supplier> &rows)
{
    Q_UNUSED(connections);
    Q_UNUSED(rows);
    return QVariant();
}

SupplierTableModel::SupplierTableModel(ConnectionManager &connections, QObject *parent)
    : RecordTableModel(connections, parent)
{
    sort(NameColumn, Qt::AscendingOrder);
    reload();
}

QList<PagedTableModel::ColumnSpec> SupplierTableModel::columns() const
{
    return {
        { QStringLiteral("id"), tr("ID"), false, true },
        { QStringLiteral("source_id"), tr("Source ID"), true, true },
        { QStringLiteral("name"), tr("Name"), true, true },
        { QStringLiteral("company_name"), tr("Company"), true, true },
        { QStringLiteral("location"), tr("Location"), true, true },
        { QStringLiteral("contact_info.person"), tr("Contact person"), true, false },
        { QStringLiteral("contact_info.phone"), tr("Phone"), true, false },
        { QStringLiteral("contact_info.mobile"), tr("Mobile"), true, false },
        { QStringLiteral("contact_info.email"), tr("Email"), true, false },
        { QStringLiteral("contact_info.wechat"), tr("WeChat"), true, false },
        { QStringLiteral("contact_info.qq"), tr("QQ"), true, false },
        { QStringLiteral("contact_info.address"), tr("Address"), true, false },
        { QStringLiteral("rating"), tr("Rating"), true, true },
        { QStringLiteral("product_count"), tr("Products"), false, true },
        { QStringLiteral("updated_at"), tr("Updated"), false, true },
        { QStringLiteral("updated_by"), tr("Updated by"), false, false },
        { QStringLiteral("version"), tr("Version"), false, true },
    };
}

QVariant SupplierTableModel::recordValue(const QVariant &record, int column, int role) const
{
    const Supplier &s = recordOf<Supplier>(record);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case IdColumn:
        case RatingColumn:
        case ProductCountColumn:
        case VersionColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    if (const std::optional<ContactField> field = contactField(column))
        return suppliercontact::value(s.contactInfo, *field);
    switch (column) {
    case IdColumn:
        return s.id > 0 ? QVariant(s.id) : QVariant();
    case SourceIdColumn:
        return s.sourceId;
    case NameColumn:
        return s.name;
    case CompanyColumn:
        return s.companyName;
    case LocationColumn:
        return s.location;
    case RatingColumn:
        return edit ? fieldedit::editValue(s.rating) : fieldedit::displayDecimal(s.rating);
    case ProductCountColumn:
        return s.id > 0 ? QVariant(s.productCount) : QVariant();
    case UpdatedAtColumn:
        return edit ? QVariant(s.updatedAt) : QVariant(fieldedit::displayTimestamp(s.updatedAt));
    case UpdatedByColumn:
        return s.updatedBy;
    case VersionColumn:
        return s.id > 0 ? QVariant(s.version) : QVariant();
    default:
        return {};
    }
}

Result<QVariant> SupplierTableModel::withValue(
    const QVariant &record, int column, const QVariant &value) const
{
    const Supplier &before = recordOf<Supplier>(record);
    Supplier s = before;
    if (const std::optional<ContactField> field = contactField(column)) {
        const QString text = fieldedit::text(value).trimmed();
        if (const QString why = suppliercontact::shapeError(*field, text); !text.isEmpty() && !why.isEmpty())
            return StorageError::validation(
                { FieldError { QStringLiteral("contact_info.") + suppliercontact::key(*field), why } });
        suppliercontact::setValue(s.contactInfo, *field, text);
    }
    switch (contactField(column) ? -1 : column) {
    case -1: // a contact field, set above
        break;
    case SourceIdColumn:
        s.sourceId = fieldedit::text(value);
        break;
    case NameColumn:
        s.name = fieldedit::text(value);
        break;
    case CompanyColumn:
        s.companyName = fieldedit::text(value);
        break;
    case LocationColumn:
        s.location = fieldedit::text(value);
        break;
    case RatingColumn: {
        Result<std::optional<Decimal2>> d = fieldedit::decimal(value, QStringLiteral("rating"));
        if (!d)
            return d.error();
        s.rating = d.value();
        break;
    }
    default:
        return StorageError::make(ErrorKind::Validation, tr("This column cannot be edited"));
    }
    if (StorageError e
        = fieldedit::introducedErrors(validation::validateSupplier(before), validation::validateSupplier(s));
        !e.ok())
        return e;
    return QVariant::fromValue(s);
}

std::optional<ContactField> SupplierTableModel::contactField(int column)
{
    if (column < ContactPersonColumn || column > AddressColumn)
        return std::nullopt;
    return suppliercontact::fields().at(column - ContactPersonColumn);
}

QVariant SupplierTableModel::newRecord() const
{
    return QVariant::fromValue(Supplier {});
}

QVariant SupplierTableModel::duplicateRecord(const QVariant &record) const
{
    Supplier s = unsavedCopy(record);
    s.productCount = 0;
    return QVariant::fromValue(s);
}

} // namespace catalog
