#include "config/recentconnections.h"

#include <QSettings>

namespace catalog {

namespace {

const QString kKey = QStringLiteral("database/recent");

// The canonical, password-free form of a URL, or an empty string when it is not a database URL.
QString canonical(const QString &url)
{
    const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(url);
    if (!config)
        return QString();
    if (config->engine == Engine::SQLite && config->sqlitePath.isEmpty())
        return QString();
    return config->toUrl();
}

template<typename Work>
auto withSettings(QSettings *settings, Work &&work)
{
    if (settings)
        return work(*settings);
    QSettings defaults;
    return work(defaults);
}

} // namespace

RecentConnections::RecentConnections() = default;

RecentConnections::RecentConnections(QSettings &settings) : m_settings(&settings) { }

QStringList RecentConnections::urls() const
{
    const QStringList stored = withSettings(m_settings, [](QSettings &s) { return s.value(kKey).toStringList(); });
    QStringList result;
    for (const QString &url : stored) {
        const QString clean = canonical(url);
        if (!clean.isEmpty() && !result.contains(clean))
            result << clean;
        if (result.size() == kMaximum)
            break;
    }
    return result;
}

bool RecentConnections::add(const ConnectionConfig &config)
{
    if (config.engine == Engine::SQLite && config.sqlitePath.isEmpty())
        return false;
    return add(config.toUrl());
}

bool RecentConnections::add(const QString &url)
{
    const QString clean = canonical(url);
    if (clean.isEmpty())
        return false;
    QStringList list = urls();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
    return true;
}

void RecentConnections::remove(const QString &url)
{
    const QString clean = canonical(url);
    QStringList list = urls();
    list.removeAll(clean.isEmpty() ? url : clean);
    store(list);
}

void RecentConnections::clear()
{
    withSettings(m_settings, [](QSettings &s) {
        s.remove(kKey);
        s.sync();
    });
}

void RecentConnections::store(const QStringList &urls)
{
    withSettings(m_settings, [&](QSettings &s) {
        s.setValue(kKey, urls);
        s.sync();
    });
}

} // namespace catalog
