#include "savedviewscontroller.h"

#include "db/connectionmanager.h"
#include "pagedtablemodel.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "repositories/savedviewrepository.h"
#include "savedviewsbar.h"
#include "supplierspage.h"
#include "suppliertablemodel.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

namespace catalog {

namespace {

// What one trip to the database brings back: the outcome of the change (if any) and the fresh list.
struct ViewsOutcome
{
    StorageError error;
    qint64 touchedId = 0;
    bool listed = false;
    QList<SavedView> views;
};

} // namespace

SavedViewsController::SavedViewsController(
    ConnectionManager &connections, TablePage *page, ViewPage which, Encode encode, Apply apply)
    : QObject(page)
    , m_connections(connections)
    , m_page(page)
    , m_which(which)
    , m_encode(std::move(encode))
    , m_apply(std::move(apply))
    , m_bar(new SavedViewsBar(page))
{
    setObjectName(QStringLiteral("savedViews"));
    if (auto *row = page->filterBar() ? qobject_cast<QBoxLayout *>(page->filterBar()->layout()) : nullptr)
        row->insertWidget(0, m_bar);
    connect(m_bar, &SavedViewsBar::viewChosen, this, &SavedViewsController::apply);
    connect(m_bar->actionsMenu(), &QMenu::aboutToShow, this, [this] { fillMenu(m_bar->actionsMenu()); });
    QHeaderView *header = page->view()->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, &SavedViewsController::scheduleModifiedCheck);
    connect(header, &QHeaderView::sectionResized, this, &SavedViewsController::scheduleModifiedCheck);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SavedViewsController::scheduleModifiedCheck);
    // Every new filter or sort starts a fetch.
    connect(
        page->model(), &PagedTableModel::loadingChanged, this, &SavedViewsController::scheduleModifiedCheck);
    reload();
}

SavedViewsController *SavedViewsController::attach(ProductsPage *page, ConnectionManager &connections)
{
    auto encode = [page](const ViewLayout &layout) {
        return SavedViewCodec::encode(page->products()->filter(), layout);
    };
    auto apply = [page](const QJsonObject &definition, const QStringList &known) {
        const DecodedView<ProductFilter> view = SavedViewCodec::decodeProducts(definition, known);
        page->showFilter(view.filter);
        return AppliedFilter { view.layout, view.dropped };
    };
    return new SavedViewsController(connections, page, ViewPage::Products, encode, apply);
}

SavedViewsController *SavedViewsController::attach(SuppliersPage *page, ConnectionManager &connections)
{
    auto encode = [page](const ViewLayout &layout) {
        return SavedViewCodec::encode(page->suppliers()->filter(), layout);
    };
    auto apply = [page](const QJsonObject &definition, const QStringList &known) {
        const DecodedView<SupplierFilter> view = SavedViewCodec::decodeSuppliers(definition, known);
        page->showFilter(view.filter);
        return AppliedFilter { view.layout, view.dropped };
    };
    return new SavedViewsController(connections, page, ViewPage::Suppliers, encode, apply);
}

SavedViewsController *SavedViewsController::of(TablePage *page)
{
    return page
        ? page->findChild<SavedViewsController *>(QStringLiteral("savedViews"), Qt::FindDirectChildrenOnly)
        : nullptr;
}

const SavedView *SavedViewsController::current() const
{
    const auto it = std::find_if(
        m_views.cbegin(), m_views.cend(), [this](const SavedView &v) { return v.id == m_currentId; });
    return it == m_views.cend() ? nullptr : &*it;
}

QStringList SavedViewsController::knownColumns() const
{
    QStringList keys;
    for (int c = 0; c < m_page->model()->columnCount(); ++c)
        keys << m_page->model()->columnKey(c);
    return keys;
}

ViewLayout SavedViewsController::captureLayout() const
{
    const PagedTableModel *model = m_page->model();
    const QHeaderView *header = m_page->view()->horizontalHeader();
    ViewLayout layout;
    layout.sortColumn = model->columnKey(model->sortColumn());
    layout.sortOrder = model->sortOrder();
    for (int c = 0; c < model->columnCount(); ++c)
        layout.columns << ViewColumn { model->columnKey(c), header->visualIndex(c),
            header->isSectionHidden(c) ? -1 : header->sectionSize(c), header->isSectionHidden(c) };
    return layout;
}

QJsonObject SavedViewsController::currentDefinition() const
{
    return m_encode(captureLayout());
}

void SavedViewsController::applyLayout(const ViewLayout &layout)
{
    const QStringList keys = knownColumns();
    QHeaderView *header = m_page->view()->horizontalHeader();
    QList<ViewColumn> columns = layout.columns;
    // Placing them leftmost first: a later move never shifts a column already placed.
    std::stable_sort(columns.begin(), columns.end(),
        [](const ViewColumn &a, const ViewColumn &b) { return a.position < b.position; });
    for (const ViewColumn &column : std::as_const(columns)) {
        const int logical = int(keys.indexOf(column.key));
        if (logical < 0)
            continue;
        if (column.width > 0)
            header->resizeSection(logical, column.width);
        if (column.position >= 0 && column.position < header->count())
            header->moveSection(header->visualIndex(logical), column.position);
        header->setSectionHidden(logical, column.hidden);
    }
    const int sortColumn = int(keys.indexOf(layout.sortColumn));
    if (sortColumn >= 0)
        m_page->view()->sortByColumn(sortColumn, layout.sortOrder); // as a header click: the model sorts
}

void SavedViewsController::reload()
{
    run({});
}

void SavedViewsController::apply(qint64 id)
{
    if (id == 0) {
        m_currentId = 0;
        m_modified = false;
        showState();
        Q_EMIT stateChanged();
        return;
    }
    const SavedView *found = nullptr;
    for (const SavedView &v : std::as_const(m_views))
        found = v.id == id ? &v : found;
    if (!found) {
        Q_EMIT failed(tr("The saved view no longer exists."));
        return;
    }
    const SavedView view = *found;
    const AppliedFilter shown = m_apply(view.definition, knownColumns());
    applyLayout(shown.layout);
    m_currentId = id;
    m_baseline = currentDefinition();
    m_modified = false;
    showState();
    if (!shown.dropped.isEmpty())
        Q_EMIT m_page->statusMessage(
            tr("The view \"%1\" was applied without %2: this version does not have them.")
                .arg(view.name, shown.dropped.join(QStringLiteral(", "))),
            15000);
    Q_EMIT applied(id, shown.dropped);
    Q_EMIT stateChanged();
}

void SavedViewsController::saveAs(const QString &name, bool shared)
{
    SavedView view;
    view.name = name.trimmed();
    view.page = m_which;
    view.shared = shared;
    view.definition = currentDefinition();
    m_baseline = view.definition; // what the new view holds once it is current
    run([view](SavedViewRepository &views) { return views.save(view); });
}

void SavedViewsController::saveCurrent()
{
    const SavedView *view = current();
    if (!view)
        return askSaveAs();
    SavedView updated = *view;
    updated.definition = currentDefinition();
    m_baseline = updated.definition;
    run([updated](SavedViewRepository &views) { return views.save(updated, true); });
}

void SavedViewsController::renameCurrent(const QString &name)
{
    if (const SavedView *view = current())
        run([id = view->id, name = name.trimmed()](
                SavedViewRepository &views) { return views.rename(id, name); });
}

void SavedViewsController::removeCurrent()
{
    if (const SavedView *view = current())
        run(
            [id = view->id](SavedViewRepository &views) -> Result<SavedView> {
                if (StorageError e = views.remove(id); !e.ok())
                    return e;
                return SavedView {};
            },
            view->id);
}

void SavedViewsController::setCurrentDefault(bool on)
{
    if (const SavedView *view = current())
        run([id = view->id, on](SavedViewRepository &views) { return views.setDefault(id, on); });
}

void SavedViewsController::setCurrentShared(bool on)
{
    if (const SavedView *view = current())
        run([id = view->id, on](SavedViewRepository &views) { return views.setShared(id, on); });
}

// One trip to the database on the manager's workers: the change, then the page's list again. The
// newest list wins; a view just saved becomes the current one.
void SavedViewsController::run(const Write &write, qint64 removedId)
{
    ++m_running;
    const quint64 generation = ++m_generation;
    const bool adopts = bool(write) && removedId == 0;
    const qint64 before = m_currentId;
    auto *watcher = new QFutureWatcher<ViewsOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        --m_running;
        const ViewsOutcome outcome = watcher->result();
        if (!outcome.error.ok()) {
            Q_EMIT m_page->statusMessage(outcome.error.message, 10000);
            Q_EMIT failed(outcome.error.message);
        }
        if (outcome.error.ok() && adopts && outcome.touchedId != 0 && m_currentId == before) {
            m_currentId = outcome.touchedId;
            m_modified = currentDefinition() != m_baseline;
        }
        if (removedId != 0 && outcome.error.ok() && m_currentId == removedId)
            m_currentId = 0;
        if (!outcome.listed || generation != m_generation)
            return;
        m_views = outcome.views;
        m_loaded = true;
        if (!current())
            m_currentId = 0;
        showState();
        Q_EMIT loaded();
        Q_EMIT stateChanged();
        applyDefaultOnce();
    });
    ConnectionManager *connections = &m_connections;
    const ViewPage which = m_which;
    watcher->setFuture(QtConcurrent::run(&m_connections.workers(), [connections, which, write] {
        ViewsOutcome outcome;
        SavedViewRepository views(*connections);
        if (write) {
            const Result<SavedView> written = write(views);
            if (written)
                outcome.touchedId = written->id;
            else
                outcome.error = written.error();
        }
        Result<QList<SavedView>> list = views.list(which);
        if (list) {
            outcome.views = list.takeValue();
            outcome.listed = true;
        } else if (outcome.error.ok()) {
            outcome.error = list.error();
        }
        return outcome;
    }));
}

// The owner's default view, once, when the list first arrives and the first rows are in (so the
// first-use fitting of the columns does not mark it modified).
void SavedViewsController::applyDefaultOnce()
{
    if (m_defaultDone || !m_loaded)
        return;
    if (!m_page->model()->isIdle()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_page->model(), &PagedTableModel::loadingChanged, this, [this, once](bool loading) {
            if (loading)
                return;
            QObject::disconnect(*once);
            QTimer::singleShot(0, this, &SavedViewsController::applyDefaultOnce);
        });
        return;
    }
    m_defaultDone = true;
    for (const SavedView &view : std::as_const(m_views)) {
        if (view.mine && view.isDefault && m_currentId == 0)
            return apply(view.id);
    }
}

void SavedViewsController::scheduleModifiedCheck()
{
    if (m_checkQueued || m_currentId == 0)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, &SavedViewsController::checkModified);
}

void SavedViewsController::checkModified()
{
    m_checkQueued = false;
    const bool modified = m_currentId != 0 && currentDefinition() != m_baseline;
    if (modified == m_modified)
        return;
    m_modified = modified;
    showState();
    Q_EMIT stateChanged();
}

void SavedViewsController::showState()
{
    m_bar->showViews(m_views, m_currentId, m_modified);
}

void SavedViewsController::fillMenu(QMenu *menu, TablePage *page)
{
    if (SavedViewsController *controller = of(page))
        return controller->fillMenu(menu);
    menu->clear();
    menu->addAction(tr("This page has no saved views"))->setEnabled(false);
}

void SavedViewsController::fillMenu(QMenu *menu)
{
    menu->clear();
    const SavedView *view = current();
    const bool mine = view && view->mine;
    QAction *save = menu->addAction(tr("&Save View"), this, &SavedViewsController::saveCurrent);
    save->setEnabled(mine && m_modified);
    menu->addAction(tr("Save View &As…"), this, &SavedViewsController::askSaveAs);
    menu->addAction(tr("&Rename View…"), this, &SavedViewsController::askRename)->setEnabled(mine);
    menu->addAction(tr("&Delete View"), this, &SavedViewsController::askRemove)->setEnabled(mine);
    QAction *isDefault = menu->addAction(tr("Set as De&fault"));
    isDefault->setCheckable(true);
    isDefault->setChecked(view && view->isDefault);
    isDefault->setEnabled(mine);
    connect(isDefault, &QAction::toggled, this, &SavedViewsController::setCurrentDefault);
    QAction *shared = menu->addAction(tr("S&hared with Everyone"));
    shared->setCheckable(true);
    shared->setChecked(view && view->shared);
    shared->setEnabled(mine);
    connect(shared, &QAction::toggled, this, &SavedViewsController::setCurrentShared);
    if (view && !mine)
        menu->addAction(tr("(%1's view: save it under a name of your own to change it)").arg(view->owner))
            ->setEnabled(false);
    menu->addSeparator();
    if (m_views.isEmpty())
        menu->addAction(m_loaded ? tr("No saved views yet") : tr("Loading…"))->setEnabled(false);
    for (const SavedView &v : std::as_const(m_views)) {
        QAction *a = menu->addAction(SavedViewsBar::title(v, m_modified && v.id == m_currentId));
        a->setCheckable(true);
        a->setChecked(v.id == m_currentId);
        connect(a, &QAction::triggered, this, [this, id = v.id] { apply(id); });
    }
}

void SavedViewsController::askSaveAs()
{
    bool ok = false;
    const QString suggestion = current() ? tr("%1 (copy)").arg(current()->name) : QString();
    const QString name = QInputDialog::getText(
        m_page, tr("Save View As"), tr("Name of the new view:"), QLineEdit::Normal, suggestion, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveAs(name);
}

void SavedViewsController::askRename()
{
    const SavedView *view = current();
    if (!view)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_page, tr("Rename View"),
        tr("New name of \"%1\":").arg(view->name), QLineEdit::Normal, view->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        renameCurrent(name);
}

void SavedViewsController::askRemove()
{
    const SavedView *view = current();
    if (view
        && QMessageBox::question(m_page, tr("Delete View"),
               view->shared
                   ? tr("Delete the shared view \"%1\"? Nobody will see it any more.").arg(view->name)
                   : tr("Delete the view \"%1\"?").arg(view->name))
            == QMessageBox::Yes)
        removeCurrent();
}

} // namespace catalog
