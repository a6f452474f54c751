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
// After how many days without a write a product counts as stale_sync (core/qualitykind.h): the
// setting quality/stale_sync_days, else kDefaultStaleSyncDays; values outside 1..36500 fall back
// to the default.
int staleSyncDays();
void saveStaleSyncDays(int days);

} // namespace catalog
