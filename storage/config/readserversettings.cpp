#include "config/readserversettings.h"

#include "config/connectionconfig.h"

#include <QSettings>

namespace catalog {

namespace {

const QString kReadServersKey = QStringLiteral("database/readServers");

template<typename Work>
auto withReadSettings(QSettings *settings, Work &&work)
{
    if (settings)
        return work(*settings);
    QSettings defaults;
    return work(defaults);
}

} // namespace

ReadServerSettings::ReadServerSettings() = default;

ReadServerSettings::ReadServerSettings(QSettings &settings)
    : m_settings(&settings)
{
}

QString ReadServerSettings::readUrlFor(const ConnectionConfig &connection) const
{
    const QString key = connection.toUrl();
    return withReadSettings(m_settings, [&](QSettings &s) {
        return s.value(kReadServersKey).toMap().value(key).toString();
    });
}

bool ReadServerSettings::setReadUrl(const ConnectionConfig &connection, const QString &readUrl)
{
    QString clean;
    if (!readUrl.trimmed().isEmpty()) {
        const Result<ConnectionConfig> read = ConnectionConfig::fromUrl(readUrl.trimmed());
        if (!read)
            return false;
        clean = read->toUrl();
    }
    const QString key = connection.toUrl();
    withReadSettings(m_settings, [&](QSettings &s) {
        QVariantMap map = s.value(kReadServersKey).toMap();
        if (clean.isEmpty())
            map.remove(key);
        else
            map.insert(key, clean);
        s.setValue(kReadServersKey, map);
        return true;
    });
    return true;
}

QString ReadServerSettings::resolve(const QString &flagUrl, const QProcessEnvironment &env, const QString &savedUrl)
{
    if (!flagUrl.trimmed().isEmpty())
        return flagUrl.trimmed();
    QString fromEnv = env.value(QStringLiteral("CATALOG_READ_DATABASE_URL")).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    return savedUrl.trimmed();
}

} // namespace catalog
