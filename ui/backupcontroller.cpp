#include "backupcontroller.h"

#include "config/appidentity.h"
#include "db/connectionmanager.h"
#include "jobrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace catalog {

struct BackupController::BackupOutcome
{
    StorageError error;
    BackupManager::Manifest manifest;
    qsizetype removed = 0;
    StorageError cleanupError;
};

namespace {

// Forwards BackupManager's progress to the job the status bar shows; -1 means "unknown".
BackupManager::Progress backupJobProgress(JobControl &job)
{
    return [&job](int percent, const QString &stage) {
        if (percent < 0) {
            job.setProgressRange(0, 0);
            job.setProgress(0, stage);
        } else {
            job.setProgressRange(0, 100);
            job.setProgress(percent, stage);
        }
        return !job.isCanceled();
    };
}

QString toolPath(const QString &folder, const char *tool)
{
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QString::fromLatin1(tool));
}

QString imagesDir()
{
    return QDir(resolveStorageRoot()).filePath(QStringLiteral("images"));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

BackupController::Settings BackupController::Settings::load()
{
    QSettings s;
    Settings settings;
    settings.folder = s.value(QStringLiteral("backup/folder"), BackupManager::defaultBackupDir()).toString();
    settings.includeImages = s.value(QStringLiteral("backup/includeImages"), true).toBool();
    settings.incremental = s.value(QStringLiteral("backup/incremental"), false).toBool();
    settings.cleanUpAfter = s.value(QStringLiteral("backup/cleanUpAfter"), true).toBool();
    settings.keepLast = s.value(QStringLiteral("backup/keepLast"), BackupManager::kDefaultKeepLast).toInt();
    settings.keepDays = s.value(QStringLiteral("backup/keepDays"), BackupManager::kDefaultKeepDays).toInt();
    settings.pgToolsFolder = s.value(QStringLiteral("backup/pgToolsFolder")).toString();
    return settings;
}

void BackupController::Settings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("backup/folder"), folder);
    s.setValue(QStringLiteral("backup/includeImages"), includeImages);
    s.setValue(QStringLiteral("backup/incremental"), incremental);
    s.setValue(QStringLiteral("backup/cleanUpAfter"), cleanUpAfter);
    s.setValue(QStringLiteral("backup/keepLast"), keepLast);
    s.setValue(QStringLiteral("backup/keepDays"), keepDays);
    s.setValue(QStringLiteral("backup/pgToolsFolder"), pgToolsFolder);
}

BackupController::BackupController(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
}

void BackupController::backUp(ConnectionManager &connections)
{
    Settings settings = Settings::load();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Back Up Database"));
    dialog.setMinimumWidth(640);
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Back up %1 to a file set named catalog_backup_YYYYMMDD_HHMMSS with a checksum "
                                "manifest.")
                                     .arg(connections.config().displayName()));
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *folder = new QLineEdit(settings.folder);
    auto *browse = new QPushButton(tr("Browse…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(folder);
    form->addRow(folderLabel, folderRow);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString chosen = QFileDialog::getExistingDirectory(&dialog, tr("Backup folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *kind = new QComboBox;
    kind->addItem(tr("Full: the whole database"));
    kind->addItem(tr("Incremental: only what changed since the newest set in the folder"));
    kind->setCurrentIndex(settings.incremental ? 1 : 0);
    kind->setObjectName(QStringLiteral("backupKind"));
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(kind);
    form->addRow(kindLabel, kind);
    auto *images = new QCheckBox(tr("Include the image store (%1)").arg(QDir::toNativeSeparators(imagesDir())));
    images->setChecked(settings.includeImages);
    form->addRow(images);
    auto *cleanUp = new QCheckBox(tr("Afterwards remove old backups: keep the last"));
    cleanUp->setChecked(settings.cleanUpAfter);
    auto *keepLast = new QSpinBox;
    keepLast->setRange(1, 1000);
    keepLast->setValue(qMax(1, settings.keepLast));
    auto *keepDays = new QSpinBox;
    keepDays->setRange(0, 3650);
    keepDays->setValue(settings.keepDays);
    keepDays->setSuffix(tr(" days"));
    auto *retention = new QHBoxLayout;
    retention->addWidget(cleanUp);
    retention->addWidget(keepLast);
    retention->addWidget(new QLabel(tr("and all from the last")));
    retention->addWidget(keepDays);
    retention->addStretch();
    form->addRow(retention);
    QLineEdit *tools = nullptr;
    if (connections.dialect().engine() == Engine::PostgreSQL) {
        tools = new QLineEdit(settings.pgToolsFolder);
        tools->setPlaceholderText(tr("found automatically for the server's version"));
        form->addRow(tr("pg_dump/pg_restore &folder:"), tools);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Back Up"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.folder = folder->text().trimmed();
    settings.includeImages = images->isChecked();
    settings.incremental = kind->currentIndex() == 1;
    settings.cleanUpAfter = cleanUp->isChecked();
    settings.keepLast = keepLast->value();
    settings.keepDays = keepDays->value();
    if (tools)
        settings.pgToolsFolder = tools->text().trimmed();
    settings.save();
    startBackup(connections, settings);
}

void BackupController::startBackup(ConnectionManager &connections, const Settings &settings)
{
    ConnectionManager *c = &connections;
    BackupManager::BackupOptions options;
    options.outputDir = settings.folder;
    options.includeImages = settings.includeImages;
    options.incremental = settings.incremental;
    options.imagesDir = imagesDir();
    options.pgDumpPath = toolPath(settings.pgToolsFolder, "pg_dump");
    const auto work = [c, options, settings](JobControl &job) {
        BackupOutcome outcome;
        const Result<BackupManager::Manifest> manifest = BackupManager(*c).backup(options, backupJobProgress(job));
        if (!manifest) {
            outcome.error = manifest.error();
        } else {
            outcome.manifest = manifest.value();
            if (settings.cleanUpAfter) {
                const Result<BackupManager::CleanupReport> cleaned
                        = BackupManager::cleanup(options.outputDir, settings.keepLast, settings.keepDays, false);
                if (cleaned)
                    outcome.removed = cleaned->removed.size();
                else
                    outcome.cleanupError = cleaned.error();
            }
        }
        return outcome;
    };
    m_jobs.start(connections.workers(), tr("Backing up %1").arg(connections.config().displayName()), work,
        this, [this](const BackupOutcome &outcome) { showBackupOutcome(outcome); });
}

void BackupController::showBackupOutcome(const BackupOutcome &outcome)
{
    if (!outcome.error.ok()) {
        qWarning().noquote() << "backup failed:" << outcome.error.toString();
        if (outcome.error.kind != ErrorKind::Cancelled && m_window)
            QMessageBox::warning(m_window, tr("Back up database"), tr("The backup failed; nothing was kept of it:\n%1")
                                                                      .arg(outcome.error.toString()));
        Q_EMIT backupFinished(QString(), outcome.error.toString());
        return;
    }
    if (!outcome.cleanupError.ok() && m_window)
        QMessageBox::warning(m_window, tr("Back up database"),
                             tr("The backup was written, but old backups could not be removed:\n%1")
                                     .arg(outcome.cleanupError.toString()));
    Q_EMIT backupFinished(outcome.manifest.path, QString());
}

void BackupController::restore(ConnectionManager &connections)
{
    const Settings settings = Settings::load();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), settings.folder,
                                                      tr("Backup manifests (*.manifest.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<BackupManager::Manifest> manifest = BackupManager::Manifest::read(path);
    if (!manifest) {
        QMessageBox::warning(m_window, tr("Restore from backup"), manifest.error().toString());
        return;
    }
    // What would be replaced is counted off the GUI thread, then the operator confirms.
    ConnectionManager *c = &connections;
    m_jobs.startQuietly(
        c->workers(), [c] { return BackupManager(*c).catalogRows(); }, this,
        [this, c, m = manifest.value()](const Result<qint64> &existing) { confirmRestore(*c, m, existing); });
}

void BackupController::confirmRestore(ConnectionManager &connections, const BackupManager::Manifest &m,
                                      const Result<qint64> &existing)
{
    if (!existing) {
        QMessageBox::warning(m_window, tr("Restore from backup"), existing.error().toString());
        return;
    }
    const QLocale locale;
    QStringList tables;
    for (auto it = m.tables.cbegin(); it != m.tables.cend(); ++it)
        tables << tr("%1: %2 rows").arg(it.key(), locale.toString(it->rows));
    QMessageBox box(QMessageBox::Warning, tr("Restore from backup"),
                    tr("Restore the backup of %1 taken %2 into %3?")
                            .arg(m.source, locale.toString(m.createdAt, QLocale::LongFormat), connections.config().displayName()),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(
            (existing.value() > 0 ? tr("This replaces the %1 products and suppliers there with the backup's. ").arg(locale.toString(existing.value()))
                                  : QString())
            + tr("%1 %2, schema version %3, %4 rows in %5 tables%6. The restored tables are checked against the "
                 "backup's checksums before the restore is reported done.")
                      .arg(engineName(m.engine), m.serverVersion)
                      .arg(m.schemaVersion)
                      .arg(locale.toString(m.totalRows()))
                      .arg(m.tables.size())
                      .arg(m.filePath(QStringLiteral("images")).isEmpty() ? QString() : tr(", with the image store")));
    box.setDetailedText(tables.join(QLatin1Char('\n')));
    QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restoreButton)
        startRestore(connections, m.path);
}

void BackupController::startRestore(ConnectionManager &connections, const QString &manifestPath)
{
    ConnectionManager *c = &connections;
    BackupManager::RestoreOptions options;
    options.imagesDir = imagesDir();
    options.pgRestorePath = toolPath(Settings::load().pgToolsFolder, "pg_restore");
    m_jobs.start(
        c->workers(), tr("Restoring %1").arg(QFileInfo(manifestPath).fileName()),
        [c, options, manifestPath](JobControl &job) {
            return BackupManager(*c).restore(manifestPath, options, backupJobProgress(job));
        },
        this, [this](const Result<BackupManager::RestoreReport> &report) { showRestoreReport(report); });
}

void BackupController::showRestoreReport(const Result<BackupManager::RestoreReport> &report)
{
    if (!report) {
        qWarning().noquote() << "restore failed:" << report.error().toString();
        if (report.error().kind != ErrorKind::Cancelled && m_window)
            QMessageBox::warning(m_window, tr("Restore from backup"), tr("The restore did not complete:\n%1").arg(report.error().toString()));
        Q_EMIT restoreFinished(report.error().toString());
        return;
    }
    Q_EMIT restoreFinished(QString());
}

void BackupController::cleanUp()
{
    Settings settings = Settings::load();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Clean Up Backups"));
    dialog.resize(620, 420);
    auto *layout = new QVBoxLayout(&dialog);
    auto *where = new QLabel(tr("Backup sets in %1:").arg(QDir::toNativeSeparators(settings.folder)));
    layout->addWidget(where);
    auto *keepLast = new QSpinBox;
    keepLast->setRange(0, 1000);
    keepLast->setValue(settings.keepLast);
    auto *keepDays = new QSpinBox;
    keepDays->setRange(0, 3650);
    keepDays->setValue(settings.keepDays);
    keepDays->setSuffix(tr(" days"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Keep the last")));
    row->addWidget(keepLast);
    row->addWidget(new QLabel(tr("and all from the last")));
    row->addWidget(keepDays);
    row->addStretch();
    layout->addLayout(row);
    auto *list = new QListWidget;
    layout->addWidget(list, 1);
    auto *summary = new QLabel;
    layout->addWidget(summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    const auto refresh = [&] {
        list->clear();
        const Result<BackupManager::CleanupReport> plan
                = BackupManager::cleanup(settings.folder, keepLast->value(), keepDays->value(), true);
        if (!plan) {
            summary->setText(plan.error().toString());
            remove->setEnabled(false);
            return;
        }
        QList<BackupManager::BackupSet> all = plan->kept + plan->removed;
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.createdAt > b.createdAt; });
        qint64 freed = 0;
        for (const BackupManager::BackupSet &set : std::as_const(all)) {
            bool goes = false;
            for (const auto &r : plan->removed)
                goes = goes || r.name == set.name;
            if (goes)
                freed += set.bytes;
            // A chain reads as one: an incremental set is indented under the sets it stands on.
            const QString chain = set.parent.isEmpty() ? tr("full") : tr("  └ incremental of %1").arg(set.parent);
            auto *item = new QListWidgetItem(tr("%1  %2  %3  %4%5")
                                                     .arg(goes ? tr("remove") : tr("keep"),
                                                          QLocale().toString(set.createdAt, QLocale::ShortFormat),
                                                          sizeText(set.bytes), chain,
                                                          set.complete ? QString() : tr("  (incomplete: no manifest)")),
                                             list);
            item->setToolTip(set.files.join(QLatin1Char('\n')));
            if (goes)
                item->setForeground(dialog.palette().color(QPalette::Disabled, QPalette::Text));
        }
        summary->setText(tr("%n set(s) would be removed, freeing %1.", nullptr, int(plan->removed.size())).arg(sizeText(freed)));
        remove->setEnabled(!plan->removed.isEmpty());
    };
    connect(keepLast, &QSpinBox::valueChanged, &dialog, refresh);
    connect(keepDays, &QSpinBox::valueChanged, &dialog, refresh);
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        const Result<BackupManager::CleanupReport> done
                = BackupManager::cleanup(settings.folder, keepLast->value(), keepDays->value(), false);
        if (!done)
            QMessageBox::warning(&dialog, tr("Clean Up Backups"), done.error().toString());
        settings.keepLast = keepLast->value();
        settings.keepDays = keepDays->value();
        settings.save();
        refresh();
    });
    refresh();
    dialog.exec();
}

} // namespace catalog
