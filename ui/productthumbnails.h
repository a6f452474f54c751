#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class QTableView;

namespace catalog {

class ThumbnailLoader;

// The products grid's picture column (ProductTableModel::ThumbnailColumn): a ThumbnailDelegate over
// a ThumbnailLoader for that column, shown second. Rows keep the text height until a row on screen
// has a stored picture: a catalog whose pictures were never fetched keeps a compact grid (three
// times the rows on screen) with the column as a hint. From then on, while the column is visible,
// rows are tall enough for a thumbnail; they do not shrink again when a filter or a scroll shows
// rows without pictures, so the grid does not jump under the operator (View ▸ Columns hides the
// column, and the rows shrink back). When a render finishes,
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
    void notePictures(); // looks for a picture on screen until one is seen

    QPointer<QTableView> m_view;
    ThumbnailLoader *m_loader;
    int m_textRowHeight;
    bool m_picturesSeen = false;
};

} // namespace catalog
