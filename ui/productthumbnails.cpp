#include "productthumbnails.h"

#include "producttablemodel.h"
#include "thumbnaildelegate.h"
#include "thumbnailloader.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace catalog {

ProductThumbnails::ProductThumbnails(QTableView *view, const QString &storageRoot, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_loader(new ThumbnailLoader(storageRoot, this))
    , m_textRowHeight(view->verticalHeader()->defaultSectionSize())
{
    constexpr int column = ProductTableModel::ThumbnailColumn;
    view->setItemDelegateForColumn(column, new ThumbnailDelegate(*m_loader, this));
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(column), 1);
    view->setColumnWidth(column, ThumbnailLoader::kSize + 8);
    m_loader->setWanted([this](const QString &key) { return onScreen(key); });
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this, &ProductThumbnails::repaintCells);
    // Hiding or showing the column (View ▸ Columns, a restored header) resizes its section.
    // (QHeaderView resizes a section to 0 before it marks it hidden: go by the size.)
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == ProductTableModel::ThumbnailColumn)
            fitRows(size > 0);
    });
    connect(header, &QHeaderView::geometriesChanged, this,
        [this] { fitRows(m_view && !m_view->isColumnHidden(ProductTableModel::ThumbnailColumn)); });
    // Pages arrive as data changes; a scroll may bring loaded rows with pictures into view.
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ProductThumbnails::notePictures);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ProductThumbnails::notePictures);
        connect(model, &QAbstractItemModel::modelReset, this, &ProductThumbnails::notePictures);
    }
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ProductThumbnails::notePictures);
    fitRows(!view->isColumnHidden(column));
}

ProductThumbnails::~ProductThumbnails()
{
    if (m_view)
        m_view->setItemDelegateForColumn(ProductTableModel::ThumbnailColumn, nullptr);
}

bool ProductThumbnails::forVisibleCells(
    const std::function<bool(const QModelIndex &, const QString &)> &visit) const
{
    if (!m_view || !m_view->model() || m_view->isColumnHidden(ProductTableModel::ThumbnailColumn))
        return false;
    const QAbstractItemModel *model = m_view->model();
    const int first = m_view->rowAt(0);
    if (first < 0)
        return false;
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QModelIndex cell = model->index(row, ProductTableModel::ThumbnailColumn);
        QString key = cell.data(ProductTableModel::MainImageSha256Role).toString();
        if (key.isEmpty())
            key = cell.data(ProductTableModel::MainImagePathRole).toString();
        if (!key.isEmpty() && visit(cell, key))
            return true;
    }
    return false;
}

bool ProductThumbnails::onScreen(const QString &key) const
{
    return forVisibleCells([&key](const QModelIndex &, const QString &shown) { return shown == key; });
}

void ProductThumbnails::repaintCells(const QString &key)
{
    forVisibleCells([this, &key](const QModelIndex &cell, const QString &shown) {
        if (shown == key)
            m_view->update(cell);
        return false;
    });
}

void ProductThumbnails::notePictures()
{
    if (m_picturesSeen || !forVisibleCells([](const QModelIndex &, const QString &) { return true; }))
        return;
    m_picturesSeen = true;
    fitRows(true);
}

void ProductThumbnails::fitRows(bool shown)
{
    if (!m_view)
        return;
    const int height = shown && m_picturesSeen ? kRowHeight : m_textRowHeight;
    if (m_view->verticalHeader()->defaultSectionSize() != height)
        m_view->verticalHeader()->setDefaultSectionSize(height);
}

} // namespace catalog
