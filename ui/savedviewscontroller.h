#pragma once

#include "core/savedview.h"
#include "core/savedviewcodec.h"
#include "core/storageerror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;

namespace catalog {

class ConnectionManager;
class ProductsPage;
class SavedViewRepository;
class SavedViewsBar;
class SuppliersPage;
class TablePage;

// The saved views of one page: it loads them (off the GUI thread, on the ConnectionManager's
// workers), shows them in a SavedViewsBar in the page's filter bar, applies one (the filter widgets
// and the model's filter, the sort through the view's header as a click would, the header's column
// order, widths and visibility) and saves, renames, deletes, shares and makes default the applied
// one. The owner's default view is applied once, when the list first arrives. After a view is
// applied, any change of filter, sort or columns marks it modified ("My view *").
//
// A child of its page (attach()), so it goes with the page; a database call still running then
// finishes on the worker and its result is dropped. GUI thread only. Failures are reported by
// failed() and in the page's status bar; a view only partly applicable says what was left out.
class SavedViewsController : public QObject
{
    Q_OBJECT
public:
    struct AppliedFilter
    {
        ViewLayout layout;
        QStringList dropped;
    };
    // The page's filter with `layout` as a definition; a definition's filter shown and applied.
    using Encode = std::function<QJsonObject(const ViewLayout &)>;
    using Apply = std::function<AppliedFilter(const QJsonObject &, const QStringList &knownColumns)>;

    SavedViewsController(
        ConnectionManager &connections, TablePage *page, ViewPage which, Encode encode, Apply apply);

    static SavedViewsController *attach(ProductsPage *page, ConnectionManager &connections);
    static SavedViewsController *attach(SuppliersPage *page, ConnectionManager &connections);
    static SavedViewsController *of(TablePage *page);
    // View ▸ Saved Views for the current page (the bar's button shows the same).
    static void fillMenu(QMenu *menu, TablePage *page);

    const QList<SavedView> &views() const { return m_views; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_running > 0; }
    const SavedView *current() const;
    bool isModified() const { return m_modified; }
    SavedViewsBar *bar() const { return m_bar; }
    QJsonObject currentDefinition() const;

public Q_SLOTS:
    void reload();
    void apply(qint64 id); // 0: no view (the grid stays as it is)
    void saveAs(const QString &name, bool shared = false);
    void saveCurrent(); // the grid as it is now into the applied view
    void renameCurrent(const QString &name);
    void removeCurrent();
    void setCurrentDefault(bool on);
    void setCurrentShared(bool on);
    // The same with the questions an operator is asked (names, confirmation).
    void askSaveAs();
    void askRename();
    void askRemove();

Q_SIGNALS:
    void loaded(); // the list arrived (after a reload or a change)
    void applied(qint64 id, const QStringList &dropped);
    void failed(const QString &message);
    void stateChanged(); // the applied view or its modified mark changed

private:
    using Write = std::function<Result<SavedView>(SavedViewRepository &)>;
    void run(const Write &write, qint64 removedId = 0);
    void fillMenu(QMenu *menu);
    QStringList knownColumns() const;
    ViewLayout captureLayout() const;
    void applyLayout(const ViewLayout &layout);
    void scheduleModifiedCheck();
    void checkModified();
    void showState();
    void applyDefaultOnce();

    ConnectionManager &m_connections;
    QPointer<TablePage> m_page;
    ViewPage m_which;
    Encode m_encode;
    Apply m_apply;
    SavedViewsBar *m_bar;
    QList<SavedView> m_views;
    qint64 m_currentId = 0;
    QJsonObject m_baseline; // the grid just after the current view was applied
    bool m_modified = false;
    bool m_loaded = false;
    bool m_defaultDone = false;
    bool m_checkQueued = false;
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace catalog
