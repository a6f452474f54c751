#pragma once

#include <QString>

namespace catalog {

// The GUI and catalogctl share one identity, so they find the same settings, the same default
// SQLite file and the same storage folder.
void applyApplicationIdentity();
// The connection URL saved by the GUI (never contains a password), or an empty string.
QString savedDatabaseUrl();
void saveDatabaseUrl(const QString &urlWithoutPassword);
// The storage root for images and backups: `flag` (e.g. catalogctl --storage), else the
// STORAGE_PATH environment variable, else the setting storage/root, else
// <AppDataLocation>/storage. Absolute and cleaned; not created here.
QString resolveStorageRoot(const QString &flag = {});

} // namespace catalog
