#pragma once

#include "pagedtablemodel.h"
#include "core/queryspec.h"
#include "recordtypes.h"

namespace catalog {

class ConnectionManager;

// Suppliers, paged from the database with the current SupplierFilter and sort (see
// PagedTableModel). RecordRole holds a catalog::Supplier. The ConnectionManager must outlive the model.
class SupplierTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SourceIdColumn,
        NameColumn,
        CompanyColumn,
        LocationColumn,
        RatingColumn,
        ProductCountColumn,
        UpdatedAtColumn,
        UpdatedByColumn,
        VersionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SupplierTableModel(ConnectionManager &connections, QObject *parent = nullptr);

    const SupplierFilter &filter() const { return m_filter; }
    void setFilter(const SupplierFilter &filter);

protected:
    QList<ColumnSpec> columns() const override;
    CountJob makeCountJob() const override;
    PageJob makePageJob(const PageQuery &query) const override;
    SaveJob makeSaveJob(const QList<Change> &changes) const override;
    qint64 recordId(const QVariant &record) const override;
    int recordVersion(const QVariant &record) const override;
    bool recordDeleted(const QVariant &record) const override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;
    Result<QVariant> withValue(const QVariant &record, int column, const QVariant &value) const override;
    QVariant newRecord() const override;
    QVariant duplicateRecord(const QVariant &record) const override;
    QVariant withVersion(const QVariant &record, int version) const override;

private:
    ConnectionManager &m_connections;
    SupplierFilter m_filter;
};

} // namespace catalog
