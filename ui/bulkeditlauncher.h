#pragma once

#include "bulk/bulkedit.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;
class ProductsPage;

// Edit ▸ Bulk Edit… (also the products grid's context menu): opens the BulkEditDialog for the
// products page's selection and filter, then applies the edit — a selection of at most
// kPendingLimit loaded rows as pending changes in the grid (BulkPendingEdit: one undo step, saved
// with Save), anything else as a BulkUpdateJob on the window's JobRunner (progress and Cancel in the
// ProgressPanel). When the job ends, also when cancelled, the pages reload (catalogChanged) and the
// status bar says what was written; a cancel keeps the batches written before it.
//
// Owned by the main window (QObject parent); attach() again when the pages are rebuilt for another
// connection. GUI thread only. Errors are shown to the operator (message box, status bar).
class BulkEditLauncher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPendingLimit = 500;

    BulkEditLauncher(JobRunner &jobs, QWidget *window);

    QAction *action() const { return m_action; }
    // Sets the action's texts in the current language (the window calls it when the language changes).
    void retranslate();
    void attach(ProductsPage *page, ConnectionManager &connections);
    // The database the jobs use (attach() sets it with the page).
    void setConnections(ConnectionManager &connections) { m_connections = &connections; }
    void open();
    // Applies an edit as the dialog's Apply does (for tests and the dialog).
    void apply(const BulkScope &scope, const BulkEdit &edit, bool asPending);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void catalogChanged();
    void finished(const QString &summary);

private:
    void applyPending(const BulkEdit &edit);
    void runJob(const BulkScope &scope, const BulkEdit &edit);

    JobRunner &m_jobs;
    QWidget *m_window;
    QAction *m_action;
    QPointer<ProductsPage> m_page;
    ConnectionManager *m_connections = nullptr;
    QString m_runningTitle;
};

} // namespace catalog
