#pragma once

#include <QString>

namespace catalog {

class CtlContext;

// cleanup-backups works on files only and must work while the database is down (it is the backup
// folder that is full, not the server). When the catalog's database is at hand — configured,
// answering within one attempt, with this program's schema — the run is still journaled like
// every job (operation "cleanup_backups"); when it is not, a note on stderr says so and the
// cleanup's own result stands. Nothing is created or migrated. Main thread only.
void journalBackupCleanup(const CtlContext &context, const QString &folder, qint64 removed, qint64 kept);

} // namespace catalog
