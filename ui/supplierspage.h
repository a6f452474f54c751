#pragma once

#include "core/queryspec.h"
#include "tablepage.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace catalog {

class ConnectionManager;
class ProductTableModel;
class SupplierTableModel;

// Suppliers: filter bar (text, location, deleted rows), the supplier table, and a detail pane
// with the selected supplier's contact details and its products (a second paged model).
class SuppliersPage : public TablePage
{
    Q_OBJECT
public:
    SuppliersPage(ConnectionManager &connections, QWidget *parent = nullptr);

    SupplierTableModel *suppliers() const;
    ProductTableModel *supplierProducts() const { return m_products; }
    void focusFilter() override;
    void setShowDeleted(bool show) override;
    bool canShowDeleted() const override { return true; }
    // Shows `filter` in the filter bar and applies it (a saved view does this).
    void showFilter(const SupplierFilter &filter);

protected:
    QString recordTitle(const QVariant &record) const override;
    void retranslate() override;

private:
    void applyFilter();
    void showRecord(const QVariant &record);

    ConnectionManager &m_connections;
    QTimer m_filterDelay;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_deleted = nullptr;
    QLabel *m_productsLabel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    ProductTableModel *m_products = nullptr;
    QTableView *m_productView = nullptr;
    qint64 m_shownId = -1;
};

} // namespace catalog
