#pragma once

#include <QSqlDatabase>

namespace catalog {

// A bigger page cache and rarer WAL checkpoints on one SQLite connection for the length of a bulk
// load (an import), the connection's own values restored afterwards. With SQLite's 2 MB default
// cache every batch re-read the index pages it updates, and the 1000-page auto-checkpoint copied
// and synced the WAL back into the file every few batches; the set-based load of the sqlite3 shell
// does one checkpoint. Durability is unchanged: every batch still commits (synchronous = NORMAL in
// WAL mode, as always). Best effort: a pragma that fails leaves SQLite's behaviour as it was.
// Used on the thread that owns the connection.
class SqliteBulkSettings
{
public:
    explicit SqliteBulkSettings(QSqlDatabase db);
    ~SqliteBulkSettings();
    SqliteBulkSettings(const SqliteBulkSettings &) = delete;
    SqliteBulkSettings &operator=(const SqliteBulkSettings &) = delete;

private:
    QString m_connectionName; // not a QSqlDatabase: a copy would keep a replaced connection alive
    QVariant m_cacheSize;
    QVariant m_autoCheckpoint;
};

} // namespace catalog
