#pragma once

#include <QStyledItemDelegate>

namespace catalog {

class ConnectionManager;

// Editors for the product table: spin boxes for prices, quantities and ratings (the lowest
// value, shown as "none", clears the field), combo boxes for currency and status, a line edit with
// supplier completion. A value the model refuses is reported with the model's reason in a tool
// tip at the cell and through valueRefused().
class ProductDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProductDelegate(ConnectionManager &connections, QObject *parent = nullptr);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    void valueRefused(const QModelIndex &index, const QString &reason) const;

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
