#include "maintenance/backup/backupcommon_p.h"

#include <QCryptographicHash>
#include <QFile>

namespace catalog::backup {

StorageError failure(ErrorKind kind, const QString &message)
{
    return StorageError::make(kind, message);
}

StorageError cancelled()
{
    return failure(ErrorKind::Cancelled, QStringLiteral("Cancelled by the operator"));
}

bool report(const BackupProgress &progress, int percent, const QString &stage)
{
    return !progress || progress(percent, stage);
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            ErrorKind::NotFound, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return failure(
            ErrorKind::Internal, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace catalog::backup
