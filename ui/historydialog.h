#pragma once

#include "core/historyentry.h"
#include "core/storageerror.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

class QThreadPool;

namespace catalog {

// The change history of one product or supplier, newest first, with the values each version had.
// "Restore this version" writes the selected old values back as a new version (after asking).
// Loading and restoring run off the GUI thread, on `workers` (the model's pool, so its connections
// close with the model), through the functions given, which must be safe to call from a worker
// thread (they use repositories).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    using Loader = std::function<Result<QList<HistoryEntry>>()>;
    using Restorer = std::function<StorageError(qint64 historyId)>;

    HistoryDialog(const QString &title, QThreadPool &workers, Loader loader, Restorer restorer,
        QWidget *parent = nullptr);
    ~HistoryDialog() override;

Q_SIGNALS:
    void restored();

private:
    void load();
    void showEntry(int row);
    void restoreSelected();

    QThreadPool &m_workers;
    Loader m_loader;
    Restorer m_restorer;
    QList<HistoryEntry> m_entries;
    QTableWidget *m_table;
    QTextBrowser *m_values;
    QLabel *m_status;
    QPushButton *m_restore;
    QFutureWatcher<Result<QList<HistoryEntry>>> m_loading;
    QFutureWatcher<StorageError> m_restoring;
};

} // namespace catalog
