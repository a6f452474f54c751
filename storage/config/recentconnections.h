#pragma once

#include "config/connectionconfig.h"

#include <QStringList>

class QSettings;

namespace catalog {

// The database URLs used most recently, for the connection dialog: at most kMaximum, most recent
// first, without duplicates, and never with a password: every entry is parsed and stored as
// ConnectionConfig::toUrl(), which leaves out a password given as user:password@ or ?password=.
//
// Reads and writes QSettings key "database/recent" of the application's settings, or of the
// QSettings passed in (which must outlive this object). Not thread-safe: use it on one thread,
// normally the GUI thread. Unparsable entries found in the settings are skipped.
class RecentConnections
{
public:
    static constexpr int kMaximum = 8;

    RecentConnections();
    explicit RecentConnections(QSettings &settings);

    QStringList urls() const;
    // Moves the connection to the front; false (and nothing stored) for a config without a file
    // or a URL that cannot be read back.
    bool add(const ConnectionConfig &config);
    bool add(const QString &url);
    void remove(const QString &url);
    void clear();

private:
    void store(const QStringList &urls);
    QSettings *m_settings = nullptr; // nullptr: a fresh QSettings() per call
};

} // namespace catalog
