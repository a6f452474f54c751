#include "maintenance/backup/backupverifier.h"

#include "maintenance/backup/backupchain_p.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupmanifest.h"
#include "maintenance/backup/backupprocess_p.h"
#include "maintenance/backup/imagearchive_p.h"
#include "maintenance/backup/pgtools.h"
#include "maintenance/backup/postgresdelta_p.h"
#include "maintenance/backup/sqlitebackup_p.h"

#include <QDir>
#include <QFileInfo>

namespace catalog {

namespace backup_verifier {

// The file's size and sha256 against its entry; empty when they match.
QString fileProblem(const BackupManifest &set, const BackupManifest::FileEntry &entry)
{
    const QString path = QFileInfo(set.path).dir().filePath(entry.name);
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("%1 is missing (set %2)").arg(entry.name, set.setName());
    if (info.size() != entry.size)
        return QStringLiteral("%1 has %2 bytes, its manifest says %3: the file is damaged")
            .arg(entry.name)
            .arg(info.size())
            .arg(entry.size);
    const Result<QString> sum = backup::sha256Of(path);
    if (!sum)
        return sum.error().message;
    if (sum.value() != entry.sha256)
        return QStringLiteral(
            "%1 does not match the sha256 in its manifest: the file is damaged or was changed")
            .arg(entry.name);
    return {};
}

// Whether the file reads as what its role says; empty when it does, else why not.
QString readabilityProblem(
    const BackupManifest &set, const BackupManifest::FileEntry &entry, const QString &pgRestorePath)
{
    const QString path = QFileInfo(set.path).dir().filePath(entry.name);
    if (entry.role == QLatin1String(BackupManifest::kImagesRole)) {
        ImageArchive archive(path);
        const StorageError e = archive.check();
        return e.ok() ? QString() : e.message;
    }
    if (entry.role != QLatin1String(BackupManifest::kDatabaseRole))
        return {};
    if (set.engine == Engine::SQLite) {
        const QString problem = SqliteBackup::integrityProblem(path);
        return problem.isEmpty()
            ? QString()
            : QStringLiteral("%1 fails SQLite's integrity check: %2").arg(entry.name, problem);
    }
    if (set.isIncremental()) {
        const Result<QStringList> tables = PostgresDelta::check(path);
        return tables ? QString() : tables.error().message;
    }
    const Result<PgTools::Tool> tool
        = PgTools::find(QStringLiteral("pg_restore"), pgRestorePath, qMax(set.toolMajor, 1));
    if (!tool)
        return tool.error().message;
    const Result<QByteArray> listing = BackupProcess::output(
        { tool->path, { QStringLiteral("--list"), path } }, QStringLiteral("pg_restore --list"));
    return listing
        ? QString()
        : QStringLiteral("%1 is not a readable pg_dump archive: %2").arg(entry.name, listing.error().message);
}

} // namespace backup_verifier

using namespace backup_verifier;

Result<BackupVerifier::Report> BackupVerifier::verify(
    const QString &path, const QString &pgRestorePath, const std::function<bool(const QString &file)> &tick)
{
    Report report;
    const Result<BackupManifest> manifest = BackupManifest::read(path);
    if (!manifest) {
        report.problems << manifest.error().message;
        return report;
    }
    QList<BackupManifest> chain { manifest.value() };
    if (const Result<QList<BackupManifest>> whole = BackupChain::of(manifest.value()); whole)
        chain = whole.value();
    else
        report.problems << whole.error().message;
    for (const BackupManifest &set : chain)
        report.chain << set.setName();
    if (chain.size() > 1)
        report.checked << QStringLiteral("chain: %1").arg(report.chain.join(QStringLiteral(" <- ")));
    for (const BackupManifest &set : chain) {
        if (set.filePath(QLatin1String(BackupManifest::kSettingsRole)).isEmpty())
            report.checked
                << QStringLiteral("%1: made before settings were part of a set").arg(set.setName());
        for (const BackupManifest::FileEntry &entry : set.files) {
            if (tick && !tick(entry.name))
                return backup::cancelled();
            QString problem = fileProblem(set, entry);
            if (problem.isEmpty())
                problem = readabilityProblem(set, entry, pgRestorePath);
            if (problem.isEmpty())
                report.checked << QStringLiteral("%1: %2 bytes, sha256 and contents good")
                                      .arg(entry.name)
                                      .arg(entry.size);
            else
                report.problems << problem;
        }
    }
    return report;
}

} // namespace catalog
