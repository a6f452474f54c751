#pragma once

#include "listtablemodel.h"
#include "recordtypes.h"
#include "repositories/imagerepository.h"

namespace catalog {

class ConnectionManager;

// All product images, newest first, read-only (see PagedTableModel). RecordRole holds a
// catalog::ImageRecord. The ConnectionManager must outlive the model.
class ImageTableModel : public ListTableModel<ImageRepository, ImageRecord>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ProductColumn,
        TypeColumn,
        UrlColumn,
        SizeColumn,
        FormatColumn,
        StoredColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImageTableModel(ConnectionManager &connections, QObject *parent = nullptr);

protected:
    QList<ColumnSpec> columns() const override;
    qint64 recordId(const QVariant &record) const override;
    QVariant recordValue(const QVariant &record, int column, int role) const override;
};

} // namespace catalog
