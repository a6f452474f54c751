#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class QTableView;

namespace catalog {

class ThumbnailLoader;

// The products grid's picture column (ProductTableModel::ThumbnailColumn): a ThumbnailDelegate over
// a ThumbnailLoader for that column, shown second, with rows tall enough for a thumbnail while the
// column is visible (View ▸ Columns hides it, and the rows shrink back). When a render finishes,
// only the visible cells showing that image are repainted; the loader starts only renders whose
// image is still on screen.
//
// GUI thread only. A child of the page; owns the loader (and through it the renders) and the
// delegate; holds the view weakly, so the order in which the page's children go does not matter.
class ProductThumbnails : public QObject
{
    Q_OBJECT
public:
    ProductThumbnails(QTableView *view, const QString &storageRoot, QObject *parent = nullptr);
    ~ProductThumbnails() override;

    ThumbnailLoader *loader() const { return m_loader; }
    static constexpr int kRowHeight = 56;

private:
    // Calls `visit` with each visible cell of the column and its image key; stops when it returns true.
    bool forVisibleCells(const std::function<bool(const QModelIndex &, const QString &)> &visit) const;
    bool onScreen(const QString &key) const;
    void repaintCells(const QString &key);
    void fitRows(bool columnShown);

    QPointer<QTableView> m_view;
    ThumbnailLoader *m_loader;
    int m_textRowHeight;
};

} // namespace catalog
