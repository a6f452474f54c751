#include "imagetablemodel.h"

#include "fieldedit.h"

#include <QLocale>

namespace catalog {

ImageTableModel::ImageTableModel(ConnectionManager &connections, QObject *parent)
    : ListTableModel(connections, parent)
{
    sort(IdColumn, Qt::DescendingOrder);
    reload();
}

QList<PagedTableModel::ColumnSpec> ImageTableModel::columns() const
{
    return {
        { QStringLiteral("id"), tr("ID"), false, true },
        { QStringLiteral("product_id"), tr("Product ID"), false, false },
        { QStringLiteral("image_type"), tr("Type"), false, false },
        { QStringLiteral("url"), tr("URL"), false, false },
        { QStringLiteral("size"), tr("Size"), false, false },
        { QStringLiteral("format"), tr("Format"), false, false },
        { QStringLiteral("local_path"), tr("Stored file"), false, false },
        { QStringLiteral("created_at"), tr("Added"), false, false },
    };
}

qint64 ImageTableModel::recordId(const QVariant &record) const
{
    return recordOf<ImageRecord>(record).id;
}

QVariant ImageTableModel::recordValue(const QVariant &record, int column, int role) const
{
    const ImageRecord &r = recordOf<ImageRecord>(record);
    if (role == Qt::TextAlignmentRole)
        return column == IdColumn || column == ProductColumn || column == SizeColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role == Qt::ToolTipRole && column == UrlColumn)
        return r.url;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case IdColumn:
        return r.id;
    case ProductColumn:
        return r.productId;
    case TypeColumn:
        return r.imageType == QLatin1String("main") ? tr("Main") : tr("Detail");
    case UrlColumn:
        return r.url;
    case SizeColumn:
        return r.size ? QLocale().formattedDataSize(*r.size) : QString();
    case FormatColumn:
        return r.width && r.height ? QStringLiteral("%1 %2×%3").arg(r.format).arg(*r.width).arg(*r.height)
                                   : r.format;
    case StoredColumn:
        return r.localPath.isEmpty() ? tr("not downloaded") : r.localPath;
    case CreatedColumn:
        return fieldedit::displayTimestamp(r.createdAt);
    default:
        return {};
    }
}

} // namespace catalog
