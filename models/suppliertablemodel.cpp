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
    switch (column) {
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
