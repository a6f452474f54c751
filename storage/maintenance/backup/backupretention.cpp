#include "maintenance/backup/backupretention.h"

#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace catalog {

QString BackupRetention::setName(const QDateTime &when)
{
    return QString::fromLatin1(kSetPrefix) + when.toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

Result<QList<BackupRetention::BackupSet>> BackupRetention::list(const QString &dirPath)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        return QList<BackupSet> {};
    static const QRegularExpression pattern(
        QStringLiteral("^(catalog_backup_(\\d{8}_\\d{6})(?:_\\d+)?)(?:_images\\.tar|\\.)"));
    QMap<QString, BackupSet> sets;
    const QFileInfoList entries
        = dir.entryInfoList({ QString::fromLatin1(kSetPrefix) + QLatin1Char('*') }, QDir::Files);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        BackupSet &set = sets[m.captured(1)];
        set.name = m.captured(1);
        set.files << info.absoluteFilePath();
        set.bytes += info.size();
        if (!set.createdAt.isValid())
            set.createdAt = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd_HHmmss"));
    }
    QList<BackupSet> result;
    for (BackupSet &set : sets) {
        const Result<BackupManifest> manifest
            = BackupManifest::read(dir.filePath(set.name + QLatin1String(BackupManifest::kSuffix)));
        set.complete = manifest.ok();
        if (manifest) {
            set.createdAt = manifest->createdAt;
            if (manifest->isIncremental())
                set.parent = manifest->parent.chopped(qsizetype(qstrlen(BackupManifest::kSuffix)));
        }
        result << set;
    }
    std::sort(result.begin(), result.end(), [](const BackupSet &a, const BackupSet &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    return result;
}

Result<BackupRetention::CleanupReport> BackupRetention::plan(
    const QString &dir, int keepLast, int keepDays, const QDateTime &now)
{
    if (keepLast < 0 || keepDays < 0)
        return StorageError::validation(
            { FieldError { keepLast < 0 ? QStringLiteral("keep") : QStringLiteral("keep_days"),
                QCoreApplication::translate("BackupRetention", "must be 0 or more") } });
    const Result<QList<BackupSet>> sets = list(dir);
    if (!sets)
        return sets.error();
    int completeSeen = 0;
    QMap<QString, bool> keep;
    for (const BackupSet &set : sets.value()) {
        if (set.complete)
            keep[set.name] = completeSeen++ < keepLast || set.createdAt >= now.addDays(-keepDays);
        else // still being written, or left behind by a crash
            keep[set.name] = set.createdAt >= now.addDays(-1);
    }
    // A kept incremental keeps its parents, down to its full set.
    QMap<QString, QString> parentOf;
    for (const BackupSet &set : sets.value())
        parentOf.insert(set.name, set.parent);
    for (const BackupSet &set : sets.value()) {
        if (!keep.value(set.name))
            continue;
        QString parent = set.parent;
        for (int depth = 0; !parent.isEmpty() && keep.contains(parent) && depth < sets->size(); ++depth) {
            keep[parent] = true;
            parent = parentOf.value(parent);
        }
    }
    CleanupReport result;
    for (const BackupSet &set : sets.value())
        (keep.value(set.name) ? result.kept : result.removed) << set;
    return result;
}

StorageError BackupRetention::apply(const CleanupReport &plan)
{
    for (const BackupSet &set : plan.removed) {
        QStringList files = set.files;
        std::stable_partition(files.begin(), files.end(),
            [](const QString &f) { return f.endsWith(QLatin1String(BackupManifest::kSuffix)); });
        for (const QString &file : std::as_const(files)) {
            if (!QFile::remove(file))
                return backup::failure(ErrorKind::Internal,
                    QCoreApplication::translate("BackupRetention", "Cannot remove %1").arg(file));
        }
    }
    return {};
}

} // namespace catalog
