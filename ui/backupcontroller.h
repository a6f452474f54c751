#pragma once

#include "maintenance/backupmanager.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;

// Maintenance ▸ Back Up / Restore / Clean Up Backups for the main window: asks what the operator
// wants (folder, images, retention; which set to restore, with a confirmation that names what will be
// replaced), runs BackupManager on the JobRunner with progress and Cancel in the status bar, and
// reports the outcome. Settings persist under "backup/" (never a password).
//
// The controller does not own the connections: the window gives the current ones for each job and
// must not switch them while a job runs (JobRunner::isBusy()).
class BackupController : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString folder;
        bool includeImages = true;
        bool incremental = false; // only what changed since the newest set in the folder
        bool cleanUpAfter = true;
        int keepLast = BackupManager::kDefaultKeepLast;
        int keepDays = BackupManager::kDefaultKeepDays;
        QString pgToolsFolder; // empty: found by version
        static Settings load();
        void save() const;
    };

    BackupController(JobRunner &jobs, QWidget *window);

    // Interactive: each asks first, then starts the job in the background.
    void backUp(ConnectionManager &connections);
    void restore(ConnectionManager &connections);
    void cleanUp();

    // The jobs themselves, without questions (the dialogs end here; tests call them directly).
    void startBackup(ConnectionManager &connections, const Settings &settings);
    void startRestore(ConnectionManager &connections, const QString &manifestPath);

Q_SIGNALS:
    void backupFinished(const QString &manifestPath, const QString &error);
    // After a restore the window reconnects so every page shows the restored data.
    void restoreFinished(const QString &error);

private:
    struct BackupOutcome;
    void showBackupOutcome(const BackupOutcome &outcome);
    void confirmRestore(ConnectionManager &connections, const BackupManager::Manifest &manifest,
        const Result<qint64> &existingRows);
    void showRestoreReport(const Result<BackupManager::RestoreReport> &report);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
};

} // namespace catalog
