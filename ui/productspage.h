#pragma once

#include "core/queryspec.h"
#include "tablepage.h"

#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QToolButton;

namespace catalog {

class ConnectionManager;
class ImageGallery;
class ProductExtraFilters;
class ProductTableModel;
class ProductThumbnails;
class SupplierCompleter;
struct ImageRecord;

// Products: filter bar (text, status, supplier, price range, updated since, deleted rows; a second
// row of ProductExtraFilters: quality problem, currency, specification), the
// product table with per-column editors, and a detail pane with the selected product's
// specifications (editable as name/value pairs, through the model: pending and undoable) and its
// images. `fixedSupplier` makes it the product list of one supplier (the supplier filter is hidden).
class ProductsPage : public TablePage
{
    Q_OBJECT
public:
    ProductsPage(ConnectionManager &connections, QWidget *parent = nullptr);
    ~ProductsPage() override;

    ProductTableModel *products() const;
    void focusFilter() override;
    void setShowDeleted(bool show) override;
    bool canShowDeleted() const override { return true; }
    QLineEdit *searchField() const { return m_search; }
    ImageGallery *gallery() const { return m_images; }
    ProductThumbnails *thumbnails() const { return m_thumbnails; }
    // Shows `filter` in the filter bar and applies it (a saved view does this).
    void showFilter(const ProductFilter &filter);

protected:
    QString recordTitle(const QVariant &record) const override;
    void retranslate() override;

private:
    QWidget *buildFilterBar();
    QWidget *buildDetailPane();
    void applyFilter();
    void showRecord(const QVariant &record);
    void writeSpecifications();
    void addSpecification();
    void removeSpecification();

    ConnectionManager &m_connections;
    QTimer m_filterDelay;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_supplier = nullptr;
    SupplierCompleter *m_supplierCompleter = nullptr;
    QDoubleSpinBox *m_priceFrom = nullptr;
    QDoubleSpinBox *m_priceTo = nullptr;
    QCheckBox *m_updatedSinceOn = nullptr;
    QDateEdit *m_updatedSince = nullptr;
    QComboBox *m_deleted = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_specsLabel = nullptr;
    QLabel *m_imagesLabel = nullptr;
    QToolButton *m_addSpecification = nullptr;
    QToolButton *m_removeSpecification = nullptr;
    ProductExtraFilters *m_extraFilters = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QTableWidget *m_specs = nullptr;
    ImageGallery *m_images = nullptr;
    ProductThumbnails *m_thumbnails = nullptr;
    bool m_showingRecord = false;
    qint64 m_shownId = -1;
};

} // namespace catalog
