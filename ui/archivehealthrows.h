#pragma once

#include <QList>
#include <QString>

namespace catalog {

struct ArchiveStatus;

// One line of the dashboard's health details about WAL archiving and pgBackRest.
struct ArchiveHealthRow
{
    QString name;
    QString value;
    bool bad = false; // shown in the error colour
};

// The lines the health tab shows for an ArchiveStatus (archivehealth.h): nothing on SQLite, else
// archiving on/off, the last archived WAL and its age, failures, and the pgBackRest stanza's
// backups when one is configured. Plain text, translated; GUI thread.
QList<ArchiveHealthRow> archiveHealthRows(const ArchiveStatus &status);

} // namespace catalog
