#pragma once

#include "pagedtablemodel.h"
#include "core/queryspec.h"
#include "recordtypes.h"

namespace catalog {

class ConnectionManager;

// Products, paged from the database with the current ProductFilter and sort (see PagedTableModel).
// RecordRole holds a catalog::Product. The supplier column shows the supplier's name; its edit
// value is the supplier id. The ConnectionManager must outlive the model.
class ProductTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SourceIdColumn,
        TitleColumn,
        PriceMinColumn,
        PriceMaxColumn,
        CurrencyColumn,
        MoqColumn,
        SupplierColumn,
        SalesColumn,
        RatingColumn,
        StatusColumn,
        UpdatedAtColumn,
        UpdatedByColumn,
        VersionColumn,
        SubtitleColumn,
        MainImageColumn,
        SpecificationsColumn, // edit value: QJsonObject
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProductTableModel(ConnectionManager &connections, QObject *parent = nullptr);

    const ProductFilter &filter() const { return m_filter; }
    void setFilter(const ProductFilter &filter);
    // Remembers a supplier's name (e.g. chosen in an editor) so the column can show it at once.
    void noteSupplierName(qint64 id, const QString &name);
    QString supplierName(qint64 id) const;
    static QString statusTitle(const QString &status);

protected:
    QList<ColumnSpec> columns() const override;
    CountJob makeCountJob() const override;
    PageJob makePageJob(const PageQuery &query) const override;
    SaveJob makeSaveJob(const QList<Change> &changes) const override;
    void absorbExtra(const QVariant &extra) override;
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
    ProductFilter m_filter;
    NameMap m_supplierNames;
};

} // namespace catalog
