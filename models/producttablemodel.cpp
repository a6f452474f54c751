#include "producttablemodel.h"

#include "core/validator.h"
#include "fieldedit.h"
#include "modelslog.h"
#include "repositories/productrepository.h"
#include "repositories/qualityrepository.h"
#include "repositories/supplierrepository.h"

#include <QLocale>

namespace catalog {

Result<QVariant> ProductRecords::pageExtra(ConnectionManager &connections, const QList<Product> &rows)
{
    QList<qint64> supplierIds;
    for (const Product &p : rows) {
        if (p.supplierId)
            supplierIds << *p.supplierId;
    }
    if (supplierIds.isEmpty())
        return QVariant();
    Result<NameMap> names = SupplierRepository(connections).names(supplierIds);
    if (!names)
        return names.error();
    return QVariant::fromValue(names.value());
}

ProductTableModel::ProductTableModel(ConnectionManager &connections, QObject *parent)
    : RecordTableModel(connections, parent)
{
    sort(UpdatedAtColumn, Qt::DescendingOrder);
    reload();
}

void ProductTableModel::noteSupplierName(qint64 id, const QString &name)
{
    m_supplierNames.insert(id, name);
}

QString ProductTableModel::supplierName(qint64 id) const
{
    return m_supplierNames.value(id);
}

QString ProductTableModel::statusTitle(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("syncing"))
        return tr("Syncing");
    if (status == QLatin1String("synced"))
        return tr("Synced");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QString ProductTableModel::qualityKindTitle(QualityKind kind)
{
    switch (kind) {
    case QualityKind::NoMainImage:
        return tr("No main image");
    case QualityKind::ImageNotStored:
        return tr("Main image not stored");
    case QualityKind::NoSpecifications:
        return tr("No specifications");
    case QualityKind::ShortTitle:
        return tr("Title under %1 characters").arg(kShortTitleLength);
    case QualityKind::PriceSpread:
        return tr("Highest price over %1 × the lowest").arg(kPriceSpreadFactor);
    case QualityKind::NoSupplier:
        return tr("No supplier");
    case QualityKind::StaleSync:
        break;
    }
    return tr("Not synced for a long time");
}

QList<PagedTableModel::ColumnSpec> ProductTableModel::columns() const
{
    return columnSpecList();
}

QList<PagedTableModel::ColumnSpec> ProductTableModel::columnSpecList()
{
    return {
        { QStringLiteral("id"), tr("ID"), false, true },
        { QStringLiteral("source_id"), tr("Source ID"), true, true },
        { QStringLiteral("title"), tr("Title"), true, true },
        { QStringLiteral("price_min"), tr("Price from"), true, true },
        { QStringLiteral("price_max"), tr("Price to"), true, true },
        { QStringLiteral("currency"), tr("Currency"), true, true },
        { QStringLiteral("moq"), tr("MOQ"), true, true },
        { QStringLiteral("supplier_id"), tr("Supplier"), true, true },
        { QStringLiteral("sales_count"), tr("Sales"), true, true },
        { QStringLiteral("rating"), tr("Rating"), true, true },
        { QStringLiteral("sync_status"), tr("Status"), true, true },
        { QStringLiteral("updated_at"), tr("Updated"), false, true },
        { QStringLiteral("updated_by"), tr("Updated by"), false, false },
        { QStringLiteral("version"), tr("Version"), false, true },
        { QStringLiteral("subtitle"), tr("Subtitle"), true, true },
        { QStringLiteral("main_image_url"), tr("Main image"), true, false },
        { QStringLiteral("specifications"), tr("Specifications"), true, false },
        { QStringLiteral("thumbnail"), tr("Picture"), false, false },
        { QStringLiteral("quality_problems"), tr("Quality"), false, false },
    };
}

QString ProductTableModel::fieldTitle(const QString &field)
{
    for (const ColumnSpec &spec : columnSpecList()) {
        if (spec.key == field)
            return spec.title;
    }
    // Fields a file and the import carry that the grid has no column of its own for.
    if (field == QLatin1String("supplier_source_id"))
        return tr("Supplier");
    if (field == QLatin1String("detail_images"))
        return tr("Detail images");
    return field;
}

void ProductTableModel::absorbExtra(const QVariant &extra)
{
    const NameMap names = extra.value<NameMap>();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_supplierNames.insert(it.key(), it.value());
}

QVariant ProductTableModel::recordValue(const QVariant &record, int column, int role) const
{
    const Product &p = recordOf<Product>(record);
    if (role == MainImagePathRole)
        return p.mainImagePath;
    if (role == MainImageSha256Role)
        return p.mainImageSha256;
    if (column == ThumbnailColumn && role == Qt::ToolTipRole && p.mainImagePath.isEmpty())
        return tr("No picture stored yet (Data ▸ Fetch Images of Selected Products)");
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case IdColumn:
        case PriceMinColumn:
        case PriceMaxColumn:
        case MoqColumn:
        case SalesColumn:
        case RatingColumn:
        case VersionColumn:
        case QualityColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == TitleColumn)
            return p.subtitle.isEmpty() ? p.title : p.title + QLatin1Char('\n') + p.subtitle;
        if (column == UpdatedAtColumn && p.updatedAt.isValid())
            return QLocale().toString(p.updatedAt.toLocalTime(), QLocale::LongFormat);
        if (column == QualityColumn && p.qualityProblems) {
            QStringList kinds;
            for (QualityKind kind : qualityKindsIn(*p.qualityProblems))
                kinds << qualityKindTitle(kind);
            return kinds.isEmpty() ? tr("No data-quality problem") : kinds.join(QLatin1Char('\n'));
        }
        return {};
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (column) {
    case IdColumn:
        return p.id > 0 ? QVariant(p.id) : QVariant();
    case SourceIdColumn:
        return p.sourceId;
    case TitleColumn:
        return p.title;
    case SubtitleColumn:
        return p.subtitle;
    case PriceMinColumn:
        return edit ? fieldedit::editValue(p.priceMin) : fieldedit::displayDecimal(p.priceMin);
    case PriceMaxColumn:
        return edit ? fieldedit::editValue(p.priceMax) : fieldedit::displayDecimal(p.priceMax);
    case CurrencyColumn:
        return p.currency;
    case MoqColumn:
        return fieldedit::editValue(p.moq);
    case SupplierColumn:
        if (!p.supplierId)
            return {};
        if (edit)
            return *p.supplierId;
        if (const QString name = m_supplierNames.value(*p.supplierId); !name.isEmpty())
            return name;
        return QStringLiteral("#%1").arg(*p.supplierId);
    case SalesColumn:
        return fieldedit::editValue(p.salesCount);
    case RatingColumn:
        return edit ? fieldedit::editValue(p.rating) : fieldedit::displayDecimal(p.rating);
    case StatusColumn:
        return edit ? p.syncStatus : statusTitle(p.syncStatus);
    case UpdatedAtColumn:
        return edit ? QVariant(p.updatedAt) : QVariant(fieldedit::displayTimestamp(p.updatedAt));
    case UpdatedByColumn:
        return p.updatedBy;
    case VersionColumn:
        return p.id > 0 ? QVariant(p.version) : QVariant();
    case QualityColumn:
        return p.qualityProblems ? QVariant(int(qualityKindsIn(*p.qualityProblems).size())) : QVariant();
    default:
        return {};
    }
}

Result<QVariant> ProductTableModel::withValue(const QVariant &record, int column, const QVariant &value) const
{
    const Product &before = recordOf<Product>(record);
    Product p = before;
    switch (column) {
    case SourceIdColumn:
        p.sourceId = fieldedit::text(value);
        break;
    case TitleColumn:
        p.title = fieldedit::text(value);
        break;
    case SubtitleColumn:
        p.subtitle = fieldedit::text(value);
        break;
    case CurrencyColumn:
        p.currency = value.toString().trimmed().toUpper();
        break;
    case StatusColumn:
        p.syncStatus = value.toString().trimmed();
        break;
    case PriceMinColumn:
    case PriceMaxColumn:
    case RatingColumn: {
        const QString field = columnSpecs().at(column).key;
        Result<std::optional<Decimal2>> d = fieldedit::decimal(value, field);
        if (!d)
            return d.error();
        (column == PriceMinColumn          ? p.priceMin
                : column == PriceMaxColumn ? p.priceMax
                                           : p.rating)
            = d.value();
        break;
    }
    case MoqColumn:
    case SalesColumn: {
        Result<std::optional<int>> n = fieldedit::integer(value, columnSpecs().at(column).key);
        if (!n)
            return n.error();
        (column == MoqColumn ? p.moq : p.salesCount) = n.value();
        break;
    }
    case SupplierColumn: {
        Result<std::optional<qint64>> id = fieldedit::id(value, QStringLiteral("supplier_id"));
        if (!id)
            return id.error();
        p.supplierId = id.value();
        break;
    }
    default:
        return StorageError::make(ErrorKind::Validation, tr("This column cannot be edited"));
    }
    if (StorageError e
        = fieldedit::introducedErrors(validation::validateProduct(before), validation::validateProduct(p));
        !e.ok())
        return e;
    return QVariant::fromValue(p);
}

namespace {

// The saved rows (and on a conflict the stored row) with their data-quality problems, as the
// listing would show them: a save reads back the row, not the problems the database computes.
void addQualityProblems(ConnectionManager &connections, int staleSyncDays, PagedTableModel::SaveOutcome &outcome)
{
    QList<QVariant *> records;
    for (QVariant &record : outcome.stored)
        records << &record;
    if (outcome.theirs.isValid())
        records << &outcome.theirs;
    QList<qint64> ids;
    for (const QVariant *record : std::as_const(records))
        ids << recordOf<Product>(*record).id;
    if (ids.isEmpty())
        return;
    const Result<QHash<qint64, QualityKinds>> problems
        = QualityRepository(connections).problemsOf(ids, staleSyncDays);
    if (!problems) {
        // The save itself succeeded; the refreshed page brings the column again.
        qCWarning(lcModels) << "quality of the saved products:" << problems.error().toString();
        return;
    }
    for (QVariant *record : std::as_const(records)) {
        Product p = recordOf<Product>(*record);
        if (const auto found = problems->constFind(p.id); found != problems->constEnd()) {
            p.qualityProblems = found.value();
            *record = QVariant::fromValue(p);
        }
    }
}

} // namespace

PagedTableModel::SaveJob ProductTableModel::makeSaveJob(const QList<Change> &changes) const
{
    SaveJob save = RecordTableModel::makeSaveJob(changes);
    ConnectionManager *pool = &connections();
    const int staleSyncDays = filter().staleSyncDays;
    return [save, pool, staleSyncDays]() {
        SaveOutcome outcome = save();
        addQualityProblems(*pool, staleSyncDays, outcome);
        return outcome;
    };
}

QVariant ProductTableModel::savedRecord(const QVariant &stored, const QVariant &loaded) const
{
    // The main image's stored file comes with a page, not with a save (a save changes no image).
    Product p = recordOf<Product>(stored);
    const Product &before = recordOf<Product>(loaded);
    p.mainImagePath = before.mainImagePath;
    p.mainImageSha256 = before.mainImageSha256;
    return QVariant::fromValue(p);
}

QVariant ProductTableModel::newRecord() const
{
    Product p;
    if (filter().supplierId)
        p.supplierId = filter().supplierId; // adding under a supplier's products belongs to that supplier
    return QVariant::fromValue(p);
}

QVariant ProductTableModel::duplicateRecord(const QVariant &record) const
{
    Product p = unsavedCopy(record);
    p.syncStatus = QStringLiteral("pending");
    p.mainImagePath.clear(); // the copy has no image rows of its own
    p.mainImageSha256.clear();
    return QVariant::fromValue(p);
}

} // namespace catalog
