#pragma once

#include "core/queryspec.h"
#include "recordtablemodel.h"
#include "recordtypes.h"
#include "repositories/productrepository.h"

namespace catalog {

class ConnectionManager;

// What RecordTableModel needs to know about products: a page also brings its suppliers' names.
struct ProductRecords
{
    using Record = Product;
    using Repository = ProductRepository;
    using Filter = ProductFilter;
    static Result<QVariant> pageExtra(ConnectionManager &connections, const QList<Product> &rows);
};

// Products, paged from the database with the current ProductFilter and sort (see PagedTableModel).
// RecordRole holds a catalog::Product. The Quality column counts the problems the database finds
// (Product::qualityProblems): the listing's for loaded rows, computed again for the rows a save
// stores (empty only for a row added and not saved yet, or when that check failed). The supplier
// column shows the supplier's name; its edit value is the supplier id. The main image's stored file
// comes with the page (ProductRole). The ConnectionManager must outlive the model.
class ProductTableModel : public RecordTableModel<ProductRecords>
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
        // The main image's thumbnail: no text; the view paints it from the roles below. Last in the
        // model, so the other columns keep their numbers; ProductsPage shows it second.
        ThumbnailColumn,
        QualityColumn, // how many data-quality problems (tooltip: which); not editable, not sortable
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles of every column of a loaded row (empty QString while no main image is stored):
    enum ProductRole {
        MainImagePathRole = Qt::UserRole + 100, // the stored file, relative to the storage root
        MainImageSha256Role, // its sha256: the thumbnail cache's key
    };
    Q_ENUM(ProductRole)

    explicit ProductTableModel(ConnectionManager &connections, QObject *parent = nullptr);

    // Remembers a supplier's name (e.g. chosen in an editor) so the column can show it at once.
    void noteSupplierName(qint64 id, const QString &name);
    QString supplierName(qint64 id) const;
    static QString statusTitle(const QString &status);
    // A data-quality problem in words, for the Quality column, the filter bar and the dashboard.
    static QString qualityKindTitle(QualityKind kind);
    // The grid's column title of a product field named as in the database ("price_min" -> "Price
    // from"), also for the fields a file carries that the grid shows elsewhere (supplier_source_id,
    // detail_images); an unknown name as it is. For every place that names a field to a person.
    static QString fieldTitle(const QString &field);

protected:
    QList<ColumnSpec> columns() const override;
    void absorbExtra(const QVariant &extra) override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;
    Result<QVariant> withValue(const QVariant &record, int column, const QVariant &value) const override;
    QVariant newRecord() const override;
    QVariant duplicateRecord(const QVariant &record) const override;
    SaveJob makeSaveJob(const QList<Change> &changes) const override;
    QVariant savedRecord(const QVariant &stored, const QVariant &loaded) const override;

private:
    static QList<ColumnSpec> columnSpecList();

    NameMap m_supplierNames;
};

} // namespace catalog
