#pragma once

#include "core/queryspec.h"
#include "core/suppliercontact.h"
#include "recordtablemodel.h"
#include "recordtypes.h"
#include "repositories/supplierrepository.h"

namespace catalog {

class ConnectionManager;

// What RecordTableModel needs to know about suppliers: a page is its rows alone.
struct SupplierRecords
{
    using Record = Supplier;
    using Repository = SupplierRepository;
    using Filter = SupplierFilter;
    static Result<QVariant> pageExtra(ConnectionManager &connections, const QList<Supplier> &rows);
};

// Suppliers, paged from the database with the current SupplierFilter and sort (see
// PagedTableModel). RecordRole holds a catalog::Supplier. The contact fields of contact_info are
// columns of their own, edited like any other (a phone number must look like one); other keys of
// contact_info are kept as they are. The ConnectionManager must outlive the model.
class SupplierTableModel : public RecordTableModel<SupplierRecords>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SourceIdColumn,
        NameColumn,
        CompanyColumn,
        LocationColumn,
        ContactPersonColumn, // the contact fields, in the order of suppliercontact::fields()
        PhoneColumn,
        MobileColumn,
        EmailColumn,
        WeChatColumn,
        QQColumn,
        AddressColumn,
        RatingColumn,
        ProductCountColumn,
        UpdatedAtColumn,
        UpdatedByColumn,
        VersionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SupplierTableModel(ConnectionManager &connections, QObject *parent = nullptr);

protected:
    QList<ColumnSpec> columns() const override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;
    Result<QVariant> withValue(const QVariant &record, int column, const QVariant &value) const override;
    QVariant newRecord() const override;
    QVariant duplicateRecord(const QVariant &record) const override;

private:
    static std::optional<ContactField> contactField(int column);
};

} // namespace catalog
