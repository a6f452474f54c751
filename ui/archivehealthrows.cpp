#include "archivehealthrows.h"

#include "maintenance/archivehealth.h"

#include <QCoreApplication>
#include <QLocale>

namespace catalog {

namespace {

QString trRows(const char *text)
{
    return QCoreApplication::translate("ArchiveHealthRows", text);
}

QString whenText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : trRows("never");
}

} // namespace

QList<ArchiveHealthRow> archiveHealthRows(const ArchiveStatus &a)
{
    QList<ArchiveHealthRow> rows;
    if (!a.checked)
        return rows;
    rows.append({ trRows("WAL archiving"),
        a.archiving ? trRows("on, archive_timeout %1 s").arg(a.archiveTimeoutSeconds)
                    : trRows("off (archive_mode %1): no point-in-time recovery").arg(a.archiveMode),
        false });
    if (a.archiving || a.archivedCount > 0)
        rows.append({ trRows("Last archived WAL"),
            a.lastArchivedWal.isEmpty() ? trRows("none yet")
                                        : trRows("%1 at %2 · %3 waiting")
                                              .arg(a.lastArchivedWal, whenText(a.lastArchivedTime))
                                              .arg(a.waitingSegments),
            a.waitingSegments > 0 });
    if (a.failedCount > 0)
        rows.append({ trRows("Archiving failures"),
            trRows("%1, the last for %2 at %3").arg(a.failedCount).arg(a.lastFailedWal, whenText(a.lastFailedTime)),
            a.lastFailedTime > a.lastArchivedTime });
    if (!a.stanza.isEmpty())
        rows.append({ trRows("pgBackRest (%1)").arg(a.stanza),
            a.backRestOk ? trRows("%1 backup(s), newest %2 (%3) at %4")
                               .arg(a.backups)
                               .arg(a.lastBackupLabel, a.lastBackupType, whenText(a.lastBackupTime))
                         : a.backRestStatus,
            !a.backRestOk || a.backups == 0 });
    return rows;
}

} // namespace catalog
