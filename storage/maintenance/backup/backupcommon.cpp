#include "maintenance/backup/backupcommon_p.h"

#include "core/sha256hasher_p.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace catalog::backup {

StorageError failure(ErrorKind kind, const QString &message)
{
    return StorageError::make(kind, message);
}

StorageError cancelled()
{
    return failure(
        ErrorKind::Cancelled, QCoreApplication::translate("BackupManager", "Cancelled by the operator"));
}

StorageError unknownChecksums(const QString &algorithm)
{
    return failure(ErrorKind::Validation,
        QCoreApplication::translate("BackupManager",
            "The backup's checksums are of a kind (\"%1\") this program does not know; use a newer "
            "Catalog Admin")
            .arg(algorithm));
}

bool report(const BackupProgress &progress, int percent, const QString &stage)
{
    return !progress || progress(percent, stage);
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(ErrorKind::NotFound,
            QCoreApplication::translate("BackupManager", "Cannot read %1: %2").arg(path, file.errorString()));
    // Large reads straight into one buffer: the file is read once, at the speed of the hash.
    constexpr qint64 kChunk = 1 << 20;
    const std::unique_ptr<char[]> buffer(new char[kChunk]);
    Sha256Hasher hash;
    for (;;) {
        const qint64 got = file.read(buffer.get(), kChunk);
        if (got < 0)
            return failure(ErrorKind::Internal,
                QCoreApplication::translate("BackupManager", "Cannot read %1: %2")
                    .arg(path, file.errorString()));
        if (got == 0)
            break;
        hash.addData(buffer.get(), got);
    }
    return hash.hexResult();
}

} // namespace catalog::backup
