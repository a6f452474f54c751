#pragma once

#include <QString>

namespace catalog {

// The GUI and catalogctl share one identity, so they find the same settings, the same default
// SQLite file and the same storage folder.
void applyApplicationIdentity();
// The connection URL saved by the GUI (never contains a password), or an empty string.
QString savedDatabaseUrl();
void saveDatabaseUrl(const QString &urlWithoutPassword);
// Where images and backups live: `flag` (--storage DIR) if given, else STORAGE_PATH, else a folder
// under AppDataLocation. Absolute.
QString storageRoot(const QString &flag = {});

} // namespace catalog
