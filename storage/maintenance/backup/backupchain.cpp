#include "maintenance/backup/backupchain_p.h"

#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupretention.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace catalog {

Result<QList<BackupManifest>> BackupChain::of(const BackupManifest &manifest)
{
    QList<BackupManifest> chain { manifest };
    QSet<QString> seen { manifest.fileName() };
    const QDir folder = QFileInfo(manifest.path).dir();
    while (chain.first().isIncremental()) {
        const BackupManifest &child = chain.first();
        if (seen.contains(child.parent))
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("BackupChain", "The chain of %1 runs in a circle at %2")
                    .arg(manifest.setName(), child.parent));
        seen.insert(child.parent);
        const Result<BackupManifest> parent = BackupManifest::read(folder.filePath(child.parent));
        if (!parent)
            return backup::failure(parent.error().kind,
                QCoreApplication::translate("BackupChain",
                    "The chain of %1 is broken: %2 needs its parent %3, which cannot be read (%4)")
                    .arg(manifest.setName(), child.setName(), child.parent, parent.error().message));
        if (parent->engine != child.engine || parent->schemaVersion != child.schemaVersion)
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("BackupChain",
                    "The chain of %1 is broken: %2 is of another engine or schema version than "
                    "its child %3")
                    .arg(manifest.setName(), parent->setName(), child.setName()));
        if (parent->createdAt > child.createdAt)
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate(
                    "BackupChain", "The chain of %1 is broken: its parent %2 is newer than %3")
                    .arg(manifest.setName(), parent->setName(), child.setName()));
        chain.prepend(parent.value());
    }
    return chain;
}

Result<BackupManifest> BackupChain::newestIn(const QString &dir)
{
    const Result<QList<BackupRetention::BackupSet>> sets = BackupRetention::list(dir);
    if (!sets)
        return sets.error();
    const auto newest = std::find_if(
        sets->cbegin(), sets->cend(), [](const BackupRetention::BackupSet &set) { return set.complete; });
    if (newest == sets->cend())
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("BackupChain",
                "%1 holds no complete backup set for an incremental backup to build on; take a "
                "full backup first")
                .arg(dir));
    return BackupManifest::read(QDir(dir).filePath(newest->name + QLatin1String(BackupManifest::kSuffix)));
}

} // namespace catalog
