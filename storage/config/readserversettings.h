#pragma once

#include <QProcessEnvironment>
#include <QString>

class QSettings;

namespace catalog {

struct ConnectionConfig;

// The read server ("Browse from standby") saved with a connection: QSettings key
// "database/readServers", a map from the connection's password-free URL to the standby's
// password-free URL (ConnectionConfig::toUrl(); the password is the connection's own or asked
// again, as for the connection itself).
//
// Uses the application's settings, or the QSettings passed in (which must outlive this object).
// Not thread-safe: the GUI thread and catalogctl's main use it. Unparsable URLs are not stored.
class ReadServerSettings
{
public:
    ReadServerSettings();
    explicit ReadServerSettings(QSettings &settings);

    // The read server saved for `connection`, or an empty string.
    QString readUrlFor(const ConnectionConfig &connection) const;
    // Saves `readUrl` for `connection`; an empty URL removes it. False when readUrl is not a URL.
    bool setReadUrl(const ConnectionConfig &connection, const QString &readUrl);

    // Precedence as for the connection: --read-database > CATALOG_READ_DATABASE_URL > saved.
    static QString resolve(const QString &flagUrl, const QProcessEnvironment &env, const QString &savedUrl);

private:
    QSettings *m_settings = nullptr; // nullptr: a fresh QSettings() per call
};

} // namespace catalog
