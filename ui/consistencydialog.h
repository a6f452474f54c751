#pragma once

#include "maintenance/consistencychecker.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace catalog {

class ConnectionManager;

// Maintenance ▸ Check consistency: runs the ConsistencyChecker off the GUI thread and lists every
// kind with its count, examples and a Repair button; repairs run off the GUI thread too and the
// check runs again afterwards. A check shows its progress (kinds and image files) and can be
// stopped; a stopped check changes nothing. The ConnectionManager must outlive the dialog.
class ConsistencyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsistencyDialog(ConnectionManager &connections, QWidget *parent = nullptr);
    ~ConsistencyDialog() override;

    bool isBusy() const;

public Q_SLOTS:
    void runCheck();
    void stopCheck();
    void repair(const QString &kind);
    void repairAll();

Q_SIGNALS:
    void checked(qint64 problems);
    void repaired(const QString &kind, qint64 left);

private:
    void showFindings(const Result<QList<ConsistencyChecker::Finding>> &findings);
    void setBusy(bool busy, const QString &text);

    ConnectionManager &m_connections;
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_again;
    QPushButton *m_repairAll;
    QList<ConsistencyChecker::Finding> m_findings;
    QFutureWatcher<Result<QList<ConsistencyChecker::Finding>>> m_checking;
    QFutureWatcher<Result<QList<ConsistencyChecker::RepairReport>>> m_repairing;
};

} // namespace catalog
