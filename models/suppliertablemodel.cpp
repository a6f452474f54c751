#include "suppliertablemodel.h"

#include "fieldedit.h"
#include "recordsavejob.h"
#include "repositories/supplierrepository.h"
#include "core/validator.h"

namespace catalog {

SupplierTableModel::SupplierTableModel(ConnectionManager &connections, QObject *parent)
    : PagedTableModel(parent)
    , m_connections(connections)
{
    sort(NameColumn, Qt::AscendingOrder);
    reload();
}

void SupplierTableModel::setFilter(const SupplierFilter &filter)
{
    m_filter = filter;
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

PagedTableModel::CountJob SupplierTableModel::makeCountJob() const
{
    ConnectionManager *connections = &m_connections;
    const SupplierFilter filter = m_filter;
    return [connections, filter] { return SupplierRepository(*connections).count(filter); };
}

PagedTableModel::PageJob SupplierTableModel::makePageJob(const PageQuery &query) const
{
    ConnectionManager *connections = &m_connections;
    const SupplierFilter filter = m_filter;
    return [connections, filter, query]() -> Result<FetchedPage> {
        Result<Page<Supplier>> page = SupplierRepository(*connections).list(filter, pageRequest(query));
        if (!page)
            return page.error();
        FetchedPage fetched;
        for (const Supplier &s : page->rows)
            fetched.records << QVariant::fromValue(s);
        return fetched;
    };
}

PagedTableModel::SaveJob SupplierTableModel::makeSaveJob(const QList<Change> &changes) const
{
    return recordSaveJob<Supplier, SupplierRepository>(m_connections, changes);
}

qint64 SupplierTableModel::recordId(const QVariant &record) const
{
    return recordOf<Supplier>(record).id;
}

int SupplierTableModel::recordVersion(const QVariant &record) const
{
    return recordOf<Supplier>(record).version;
}

bool SupplierTableModel::recordDeleted(const QVariant &record) const
{
    return recordOf<Supplier>(record).isDeleted();
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
    Supplier s = recordOf<Supplier>(record);
    s.id = 0;
    s.version = 0;
    s.productCount = 0;
    s.sourceId = s.sourceId.left(45) + QStringLiteral("-copy");
    s.createdAt = {};
    s.updatedAt = {};
    s.deletedAt = {};
    s.updatedBy.clear();
    return QVariant::fromValue(s);
}

QVariant SupplierTableModel::withVersion(const QVariant &record, int version) const
{
    Supplier s = recordOf<Supplier>(record);
    s.version = version;
    return QVariant::fromValue(s);
}

} // namespace catalog
