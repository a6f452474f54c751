#include "soakdriver.h"

#include "db/connectionmanager.h"

#include "consistencydialog.h"
#include "imagegallery.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "productthumbnails.h"
#include "soakseed.h"
#include "thumbnailloader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFutureWatcherBase>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

namespace catalog::soak {

namespace {

// The columns the header clicks cycle through: each has an index on both engines.
const QList<int> kSortColumns { ProductTableModel::TitleColumn, ProductTableModel::PriceMinColumn,
    ProductTableModel::UpdatedAtColumn, ProductTableModel::IdColumn };
const QStringList kStatuses { QStringLiteral("synced"), QStringLiteral("failed"), QStringLiteral("pending") };

bool rowLoaded(const QAbstractItemModel *model, int row)
{
    return model->data(model->index(row, 0), PagedTableModel::LoadedRole).toBool();
}

// Thumbnails and full images still being decoded for the gallery (their watchers delete themselves).
int pendingGalleryWork(const ImageGallery *gallery)
{
    return gallery ? int(gallery->findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly).size()) : 0;
}

} // namespace

SoakDriver::SoakDriver(MainWindow &window, ConnectionConfig config, QString scratchDir, Schedule schedule, int timeoutMs)
    : m_window(window)
    , m_config(std::move(config))
    , m_scratch(std::move(scratchDir))
    , m_schedule(schedule)
    , m_timeoutMs(timeoutMs)
{
}

ProductsPage *SoakDriver::page() const
{
    return m_window.productsPage(); // a reconnect builds new pages: never keep one
}

ProductTableModel *SoakDriver::model() const
{
    return page()->products();
}

QTableView *SoakDriver::view() const
{
    return page()->view();
}

bool SoakDriver::waitFor(const QString &step, const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    QTimer wake; // re-checks the condition and the deadline when no event comes
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("%1: not done within %2 s").arg(step).arg(m_timeoutMs / 1000);
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// What the operator sees is complete: the count is known, nothing is being fetched, and every row
// in the viewport shows its data rather than a placeholder.
bool SoakDriver::screenReady() const
{
    const ProductTableModel *m = model();
    if (!m->isIdle())
        return false;
    const QTableView *v = view();
    if (m->rowCount() == 0)
        return true;
    int top = v->rowAt(0);
    int bottom = v->rowAt(v->viewport()->height() - 1);
    top = qMax(0, top);
    bottom = bottom < 0 ? m->rowCount() - 1 : bottom;
    for (int row = top; row <= bottom; ++row) {
        if (!rowLoaded(m, row))
            return false;
    }
    return true;
}

bool SoakDriver::runCycle(int cycle, bool full)
{
    const Schedule &s = m_schedule;
    const auto due = [&](int every) { return full || cycle % every == 0; };
    // The rare steps come half-way through their period and never in a full cycle, so that a full
    // cycle (before a sample) always starts from pages that have been used since they were built.
    const auto rare = [&](int every) { return !full && cycle % every == every / 2; };
    return scrollAndJump() && sortByHeader(cycle) && (!due(s.filterEvery) || filterAndClear(cycle))
        && (!due(s.editEvery) || editUndoSave(cycle)) && (!due(s.galleryEvery) || detailPaneAndGallery(cycle))
        && (!due(s.jobEvery) || exportAndCancel(cycle)) && (!rare(s.checkEvery) || checkConsistency())
        && (!rare(s.reconnectEvery) || reconnect());
}

bool SoakDriver::scrollAndJump()
{
    QTableView *v = view();
    v->setFocus();
    const int rows = model()->rowCount();
    if (rows == 0)
        return waitFor(QStringLiteral("empty table idle"), [this] { return screenReady(); });
    if (!v->currentIndex().isValid())
        v->setCurrentIndex(model()->index(0, ProductTableModel::TitleColumn));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(v, Qt::Key_PageDown);
        if (!waitFor(QStringLiteral("scroll a page down"), [this] { return screenReady(); }))
            return false;
    }
    QTest::keyClick(v, Qt::Key_End, Qt::ControlModifier);
    if (!waitFor(QStringLiteral("jump to the end (Ctrl+End)"),
            [this, v] { return v->currentIndex().row() == model()->rowCount() - 1 && screenReady(); }))
        return false;
    QTest::keyClick(v, Qt::Key_Home, Qt::ControlModifier);
    if (!waitFor(QStringLiteral("jump to the start (Ctrl+Home)"),
            [this, v] { return v->currentIndex().row() == 0 && screenReady(); }))
        return false;
    const int row = int(m_random.bounded(rows));
    const QModelIndex target = model()->index(row, ProductTableModel::TitleColumn);
    v->scrollTo(target, QAbstractItemView::PositionAtCenter);
    v->setCurrentIndex(target);
    return waitFor(QStringLiteral("jump to row %1").arg(row),
        [this, row] { return screenReady() && rowLoaded(model(), row); });
}

bool SoakDriver::clickHeader(int column)
{
    QTableView *v = view();
    QHeaderView *header = v->horizontalHeader();
    // Bring the column into view first, as an operator scrolls sideways before clicking.
    const int current = qMax(0, v->currentIndex().row());
    v->scrollTo(model()->index(current, column));
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    if (header->isSectionHidden(column) || x < 0 || x >= header->viewport()->width()) {
        m_error = QStringLiteral("the header of column %1 is not visible (x = %2)").arg(column).arg(x);
        return false;
    }
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    return true;
}

bool SoakDriver::sortByHeader(int cycle)
{
    const int column = kSortColumns.at(cycle % kSortColumns.size());
    // A click on another column keeps the order; every other cycle a second click reverses it.
    for (int click = 0; click < 1 + cycle % 2; ++click) {
        const Qt::SortOrder before = model()->sortOrder();
        const bool sameColumn = model()->sortColumn() == column;
        if (!clickHeader(column))
            return false;
        if (!waitFor(QStringLiteral("sort by column %1 (header click)").arg(column), [&] {
                return model()->sortColumn() == column && (!sameColumn || model()->sortOrder() != before)
                    && screenReady();
            }))
            return false;
    }
    return true;
}

bool SoakDriver::sortBy(int column, Qt::SortOrder order)
{
    for (int click = 0; click < 3 && (model()->sortColumn() != column || model()->sortOrder() != order); ++click) {
        if (!clickHeader(column))
            return false;
        if (!waitFor(QStringLiteral("sort by column %1").arg(column),
                [&] { return model()->sortColumn() == column && screenReady(); }))
            return false;
    }
    return model()->sortColumn() == column && model()->sortOrder() == order;
}

bool SoakDriver::filterAndClear(int cycle)
{
    auto *search = page()->findChild<QLineEdit *>(QStringLiteral("productSearch"));
    auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    if (!search || !status) {
        m_error = QStringLiteral("the products filter bar has no productSearch/statusFilter");
        return false;
    }
    const QString text = QStringLiteral("lamp %1").arg(cycle % 10);
    search->setFocus();
    QTest::keyClicks(search, text);
    if (!waitFor(QStringLiteral("search for '%1'").arg(text),
            [&] { return model()->filter().text == text && screenReady(); }))
        return false;
    const QString &wanted = kStatuses.at(cycle % kStatuses.size());
    status->setCurrentIndex(status->findData(wanted));
    if (!waitFor(QStringLiteral("status filter %1").arg(wanted),
            [&] { return model()->filter().syncStatuses == QStringList { wanted } && screenReady(); }))
        return false;
    search->clear();
    status->setCurrentIndex(0);
    return waitFor(QStringLiteral("clear the filter"), [&] {
        return model()->filter().text.isEmpty() && model()->filter().syncStatuses.isEmpty() && screenReady();
    });
}

bool SoakDriver::editTitle(const QString &title)
{
    QTableView *v = view();
    const QModelIndex index = v->currentIndex().siblingAtColumn(ProductTableModel::TitleColumn);
    m_window.activateWindow();
    if (!waitFor(QStringLiteral("main window active"), [this] { return QApplication::activeWindow() == &m_window; }))
        return false;
    v->setFocus();
    v->setCurrentIndex(index);
    QTest::keyClick(v, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor || !v->viewport()->isAncestorOf(editor)) {
        m_error = QStringLiteral("F2 on row %1 opened no title editor").arg(index.row());
        return false;
    }
    editor->selectAll();
    QTest::keyClicks(editor, title);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    const qint64 id = index.data(PagedTableModel::RecordIdRole).toLongLong();
    return waitFor(QStringLiteral("edit the title of product %1").arg(id), [&] {
        return model()->hasPendingChanges() && index.data().toString() == title;
    });
}

bool SoakDriver::editUndoSave(int cycle)
{
    QTableView *v = view();
    QModelIndex current = v->currentIndex();
    if (!current.isValid() || !(model()->flags(current.siblingAtColumn(ProductTableModel::TitleColumn)) & Qt::ItemIsEditable))
        v->setCurrentIndex(model()->index(0, ProductTableModel::TitleColumn));
    auto *undo = m_window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *save = m_window.findChild<QAction *>(QStringLiteral("saveAction"));
    if (!undo || !save) {
        m_error = QStringLiteral("the Edit menu has no undoAction/saveAction");
        return false;
    }
    if (!editTitle(QStringLiteral("Soak edit %1 (undone)").arg(cycle)))
        return false;
    undo->trigger();
    if (!waitFor(QStringLiteral("undo the edit"), [this] { return !model()->hasPendingChanges(); }))
        return false;
    if (!editTitle(QStringLiteral("Soak edit %1").arg(cycle)))
        return false;
    QSignalSpy saved(model(), &PagedTableModel::saved);
    save->trigger();
    if (!waitFor(QStringLiteral("save"), [&] { return saved.size() == 1 && !model()->hasPendingChanges() && screenReady(); })) {
        m_error += QStringLiteral(" (last error: %1)").arg(model()->lastError());
        return false;
    }
    ++m_saves;
    return true;
}

bool SoakDriver::detailPaneAndGallery(int cycle)
{
    if (!sortBy(ProductTableModel::IdColumn, Qt::AscendingOrder)) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("three header clicks did not sort by id ascending");
        return false;
    }
    auto *splitter = page()->findChild<QSplitter *>(QStringLiteral("tableSplitter"));
    auto *pane = page()->findChild<QWidget *>(QStringLiteral("detailPane"));
    auto *gallery = page()->findChild<ImageGallery *>(QStringLiteral("imageGallery"));
    if (!splitter || !pane || !gallery) {
        m_error = QStringLiteral("the products page has no tableSplitter/detailPane/imageGallery");
        return false;
    }
    // Open: a product with a stored main image, shown in the pane with its tiles and thumbnail.
    const int row = cycle % kImageProducts;
    const qint64 id = model()->index(row, 0).data(PagedTableModel::RecordIdRole).toLongLong();
    QSignalSpy loaded(gallery, &ImageGallery::imagesLoaded);
    view()->setCurrentIndex(model()->index(row, ProductTableModel::TitleColumn));
    if (!waitFor(QStringLiteral("gallery of product %1").arg(id), [&] {
            return gallery->productId() == id && (loaded.size() > 0 || gallery->count() == 0)
                && pendingGalleryWork(gallery) == 0;
        }))
        return false;
    if (!openAndCloseFullImage())
        return false;
    // Close: the pane collapsed with the splitter and the selection cleared; then open it again.
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({ sizes.value(0) + sizes.value(1), 0 });
    view()->setCurrentIndex({});
    if (!waitFor(QStringLiteral("close the detail pane"),
            [&] { return pane->width() == 0 && gallery->productId() == -1 && gallery->count() == 0; }))
        return false;
    splitter->setSizes(sizes);
    return waitFor(QStringLiteral("open the detail pane"), [&] { return pane->width() > 0; });
}

bool SoakDriver::openAndCloseFullImage()
{
    auto *gallery = page()->findChild<ImageGallery *>(QStringLiteral("imageGallery"));
    QListWidgetItem *main = gallery->item(0);
    if (!main) {
        m_error = QStringLiteral("the gallery shows no tile for product %1").arg(gallery->productId());
        return false;
    }
    gallery->scrollToItem(main);
    // A double click is a click and a second press: the view opens what the first press chose.
    const QPoint at = gallery->visualItemRect(main).center();
    QTest::mouseClick(gallery->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(gallery->viewport(), Qt::LeftButton, {}, at);
    QPointer<QDialog> dialog;
    if (!waitFor(QStringLiteral("open the full image (double-click a tile)"), [&] {
            dialog = gallery->findChild<QDialog *>(QStringLiteral("fullImage"));
            return dialog && dialog->isVisible();
        }))
        return false;
    dialog->close(); // deletes itself
    return waitFor(QStringLiteral("close the full image"), [&] { return dialog.isNull(); });
}

bool SoakDriver::exportAndCancel(int cycle)
{
    const QString path = QDir(m_scratch).filePath(QStringLiteral("export-%1.csv").arg(cycle % 2));
    QFile::remove(path);
    QSignalSpy ended(m_window.jobs(), &JobRunner::jobEnded);
    m_window.exportProductsTo(path);
    auto *cancel = m_window.findChild<QToolButton *>(QStringLiteral("cancelButton"));
    auto *bar = m_window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    if (!cancel || !bar) {
        m_error = QStringLiteral("the progress panel has no cancelButton/progressBar");
        return false;
    }
    // Every other job is cancelled once it has written something, the others at once.
    if (cycle % 2 == 1
        && !waitFor(QStringLiteral("export progress"), [&] { return bar->value() > 0 || !ended.isEmpty(); }))
        return false;
    if (ended.isEmpty() && cancel->isVisible())
        QTest::mouseClick(cancel, Qt::LeftButton);
    if (!waitFor(QStringLiteral("export cancelled"), [&] { return !ended.isEmpty(); }))
        return false;
    ++(ended.constFirst().at(1).toBool() ? m_cancelledJobs : m_finishedJobs);
    QFile::remove(path);
    return true;
}

bool SoakDriver::checkConsistency()
{
    QPointer<ConsistencyDialog> dialog = m_window.checkConsistency();
    QSignalSpy checked(dialog.data(), &ConsistencyDialog::checked);
    if (!waitFor(QStringLiteral("consistency check"), [&] { return !checked.isEmpty() && !dialog->isBusy(); }))
        return false;
    dialog->close(); // deletes itself
    return waitFor(QStringLiteral("close the consistency report"), [&] { return dialog.isNull(); });
}

bool SoakDriver::reconnect()
{
    QSignalSpy connected(&m_window, &MainWindow::connected);
    m_window.connectToConfig(m_config);
    if (!waitFor(QStringLiteral("reconnect"), [&] { return !connected.isEmpty(); }))
        return false;
    ++m_reconnects;
    return waitFor(QStringLiteral("first screen after reconnecting"), [this] { return screenReady(); });
}

bool SoakDriver::settle()
{
    const bool idle = waitFor(QStringLiteral("settle before a sample"), [this] {
        for (const TablePage *p : m_window.findChildren<TablePage *>()) {
            if (!p->model()->isIdle())
                return false;
        }
        auto *gallery = page()->findChild<ImageGallery *>(QStringLiteral("imageGallery"));
        // The grid's thumbnail renders have watchers of their own under the window, like the gallery's.
        const ThumbnailLoader *thumbnails = page()->thumbnails() ? page()->thumbnails()->loader() : nullptr;
        return !m_window.jobs()->isBusy() && QThreadPool::globalInstance()->activeThreadCount() == 0
            && m_window.connections().workers().activeThreadCount() == 0 && pendingGalleryWork(gallery) == 0
            && (!thumbnails || thumbnails->running() == 0);
    });
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return idle;
}

} // namespace catalog::soak
