#include "config/connectionconfig.h"

#include <QCoreApplication>
#include "config/conninfo_p.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace catalog {

namespace {

StorageError configError(const QString &message)
{
    return StorageError::make(ErrorKind::Validation, message);
}

QString quoteLibpqValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString engineName(Engine engine)
{
    return engine == Engine::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

const QStringList &ConnectionConfig::supportedOptionKeys()
{
    static const QStringList keys {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("sslcompression"),
        QStringLiteral("service"),         QStringLiteral("passfile"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"), QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"), QStringLiteral("options"),
        QStringLiteral("statement_timeout"),
    };
    return keys;
}

namespace {

// The keywords a URL's query and a keyword/value string share. Host and port may be lists, and
// either may come without the other, so they are combined once all keywords are read.
class KeywordReader
{
public:
    explicit KeywordReader(ConnectionConfig &config)
        : m_config(config)
    {
    }

    StorageError apply(const QString &key, const QString &value)
    {
        if (key == QLatin1String("host")) {
            m_hosts = value;
        } else if (key == QLatin1String("port")) {
            m_ports = value;
        } else if (key == QLatin1String("user")) {
            m_config.user = value;
        } else if (key == QLatin1String("password")) {
            m_config.password = value;
        } else if (key == QLatin1String("dbname")) {
            m_config.database = value;
        } else if (ConnectionConfig::supportedOptionKeys().contains(key)) {
            if (value.contains(QLatin1Char(';')))
                return configError(QCoreApplication::translate(
                    "ConnectionConfig", "Connection option %1 may not contain ';'")
                                       .arg(key));
            m_config.options.insert(key, value);
        } else {
            return configError(
                QCoreApplication::translate("ConnectionConfig", "Unknown connection option \"%1\" in the URL")
                    .arg(key));
        }
        return {};
    }

    StorageError finish()
    {
        if (!m_hosts && !m_ports)
            return {};
        const Result<QList<ServerAddress>> servers = conninfo::combineHostsAndPorts(
            m_hosts.value_or(m_config.libpqHostList()), m_ports.value_or(m_config.libpqPortList()));
        if (!servers)
            return servers.error();
        m_config.setServers(servers.value());
        return {};
    }

private:
    ConnectionConfig &m_config;
    std::optional<QString> m_hosts;
    std::optional<QString> m_ports;
};

StorageError validateOptions(const ConnectionConfig &config)
{
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                        QStringLiteral("require"), QStringLiteral("verify-ca"),
                                        QStringLiteral("verify-full") };
    if (config.options.contains(QStringLiteral("sslmode"))
        && !sslModes.contains(config.options.value(QStringLiteral("sslmode"))))
        return configError(
            QCoreApplication::translate("ConnectionConfig", "sslmode \"%1\" is not one of %2")
                .arg(config.options.value(QStringLiteral("sslmode")), sslModes.join(QStringLiteral(", "))));
    static const QStringList sessionAttrs { QStringLiteral("any"), QStringLiteral("read-write"),
        QStringLiteral("read-only"), QStringLiteral("primary"), QStringLiteral("standby"),
        QStringLiteral("prefer-standby") };
    if (config.options.contains(QStringLiteral("target_session_attrs"))
        && !sessionAttrs.contains(config.targetSessionAttrs()))
        return configError(
            QCoreApplication::translate("ConnectionConfig", "target_session_attrs \"%1\" is not one of %2")
                .arg(config.targetSessionAttrs(), sessionAttrs.join(QStringLiteral(", "))));
    if (config.options.contains(QStringLiteral("statement_timeout"))) {
        bool ok = false;
        const int ms = config.options.value(QStringLiteral("statement_timeout")).toInt(&ok);
        if (!ok || ms < 0)
            return configError(QCoreApplication::translate(
                "ConnectionConfig", "statement_timeout must be a whole number of milliseconds"));
    }
    return {};
}

// QUrl takes one host: a multi-host URL is read with its first host, the others put back after.
const QString kHostListPlaceholder = QStringLiteral("catalog-host-list.invalid");

Result<ConnectionConfig> fromSingleHostUrl(const QString &trimmed)
{
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.scheme().isEmpty())
        return configError(QCoreApplication::translate("ConnectionConfig",
            "Not a database URL: expected postgresql://user@host:port/dbname "
            "or sqlite:///absolute/path.db"));
    const QString scheme = url.scheme().toLower();
    ConnectionConfig config;
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty())
            return configError(QCoreApplication::translate(
                "ConnectionConfig", "SQLite URLs take a path, not a host: use sqlite:///%1%2")
                                   .arg(url.host(), url.path()));
        const QString path = url.path();
        if (path.isEmpty())
            return configError(
                QCoreApplication::translate("ConnectionConfig", "The SQLite URL names no file"));
        config.engine = Engine::SQLite;
        config.sqlitePath = QFileInfo(path).absoluteFilePath();
        return config;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return configError(QCoreApplication::translate(
            "ConnectionConfig", "Unsupported database URL scheme \"%1\": use postgresql:// or sqlite://")
                               .arg(url.scheme()));
    config.engine = Engine::PostgreSQL;
    config.host = url.host();
    config.port = url.port(0);
    config.user = url.userName();
    config.password = url.password();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    config.database = path;

    KeywordReader reader(config);
    const QUrlQuery query(url);
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        if (StorageError e = reader.apply(rawKey.trimmed(), rawValue); !e.ok())
            return e;
    }
    if (StorageError e = reader.finish(); !e.ok())
        return e;
    if (StorageError e = validateOptions(config); !e.ok())
        return e;
    return config;
}

} // namespace

Result<ConnectionConfig> ConnectionConfig::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (conninfo::looksLikeKeywords(trimmed))
        return fromKeywords(trimmed);
    static const QRegularExpression authority(QStringLiteral(R"(^(postgres(?:ql)?://)([^/?#]*)(.*)$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = authority.match(trimmed);
    const QString hostPart = match.captured(2).mid(match.captured(2).lastIndexOf(QLatin1Char('@')) + 1);
    if (!match.hasMatch() || !hostPart.contains(QLatin1Char(',')))
        return fromSingleHostUrl(trimmed);
    const Result<QList<ServerAddress>> hosts = conninfo::parseUrlHostList(hostPart);
    if (!hosts)
        return hosts.error();
    const QString userInfo = match.captured(2).left(match.captured(2).size() - hostPart.size());
    Result<ConnectionConfig> config
        = fromSingleHostUrl(match.captured(1) + userInfo + kHostListPlaceholder + match.captured(3));
    if (config && config->host == kHostListPlaceholder) // else ?host= replaced the list
        config.value().setServers(hosts.value());
    return config;
}

Result<ConnectionConfig> ConnectionConfig::fromKeywords(const QString &conninfo)
{
    const Result<QList<std::pair<QString, QString>>> pairs = conninfo::parseKeywords(conninfo);
    if (!pairs)
        return pairs.error();
    ConnectionConfig config;
    config.engine = Engine::PostgreSQL;
    KeywordReader reader(config);
    for (const auto &[key, value] : pairs.value()) {
        if (StorageError e = reader.apply(key, value); !e.ok())
            return e;
    }
    if (StorageError e = reader.finish(); !e.ok())
        return e;
    if (StorageError e = validateOptions(config); !e.ok())
        return e;
    return config;
}

std::optional<Result<ConnectionConfig>> ConnectionConfig::fromEnvironment(const QProcessEnvironment &env)
{
    const QString url = env.value(QStringLiteral("CATALOG_DATABASE_URL"));
    if (!url.isEmpty())
        return fromUrl(url);
    const QStringList keys { QStringLiteral("DB_HOST"), QStringLiteral("DB_PORT"), QStringLiteral("DB_NAME"),
                             QStringLiteral("DB_USER"), QStringLiteral("DB_PASSWORD") };
    bool any = false;
    for (const QString &key : keys)
        any = any || !env.value(key).isEmpty();
    if (!any)
        return std::nullopt;
    ConnectionConfig config;
    config.engine = Engine::PostgreSQL;
    config.host = env.value(QStringLiteral("DB_HOST"));
    config.database = env.value(QStringLiteral("DB_NAME"));
    config.user = env.value(QStringLiteral("DB_USER"));
    config.password = env.value(QStringLiteral("DB_PASSWORD"));
    const QString port = env.value(QStringLiteral("DB_PORT"));
    if (!port.isEmpty()) {
        bool ok = false;
        config.port = port.toInt(&ok);
        if (!ok || config.port <= 0 || config.port > 65535)
            return Result<ConnectionConfig>(configError(QCoreApplication::translate(
                "ConnectionConfig", "DB_PORT \"%1\" is not a number from 1 to 65535")
                                                            .arg(port)));
    }
    return Result<ConnectionConfig>(config);
}

ConnectionConfig ConnectionConfig::defaultSqlite()
{
    ConnectionConfig config;
    config.engine = Engine::SQLite;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.sqlitePath = QDir(dir).filePath(QStringLiteral("catalog.sqlite"));
    return config;
}

Result<ConnectionConfig> ConnectionConfig::resolve(const QString &flagUrl, const QProcessEnvironment &env,
                                                   const QString &savedUrl)
{
    if (!flagUrl.isEmpty())
        return fromUrl(flagUrl);
    if (auto fromEnv = fromEnvironment(env))
        return *fromEnv;
    if (!savedUrl.isEmpty())
        return fromUrl(savedUrl);
    return defaultSqlite();
}

QString ConnectionConfig::driverName() const
{
    return engine == Engine::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QList<ServerAddress> ConnectionConfig::servers() const
{
    return QList<ServerAddress> { { host, port } } + moreHosts;
}

void ConnectionConfig::setServers(const QList<ServerAddress> &list)
{
    host = list.isEmpty() ? QString() : list.first().host;
    port = list.isEmpty() ? 0 : list.first().port;
    moreHosts = list.mid(1);
}

QString ConnectionConfig::libpqHostList() const
{
    QStringList hosts;
    for (const ServerAddress &server : servers())
        hosts << server.host;
    return hosts.join(QLatin1Char(','));
}

QString ConnectionConfig::libpqPortList() const
{
    QStringList ports;
    for (const ServerAddress &server : servers())
        ports << (server.port > 0 ? QString::number(server.port) : QString());
    return ports.join(QLatin1Char(','));
}

QString ConnectionConfig::targetSessionAttrs() const
{
    return options.value(QStringLiteral("target_session_attrs"));
}

QString ConnectionConfig::toUrl() const
{
    if (engine == Engine::SQLite)
        return QUrl::fromLocalFile(sqlitePath).toString().replace(0, 4, QStringLiteral("sqlite"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const QList<ServerAddress> all = servers();
    const bool anySocket = std::any_of(all.cbegin(), all.cend(), [](const ServerAddress &s) { return s.isSocket(); });
    // A socket directory is not a valid URL host, nor is a list of hosts: libpq takes them as ?host=.
    if (isMultiHost() && anySocket) {
        query.addQueryItem(QStringLiteral("host"), libpqHostList());
        query.addQueryItem(QStringLiteral("port"), libpqPortList());
    } else if (host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(isMultiHost() ? kHostListPlaceholder : host);
    }
    if (port > 0 && !(isMultiHost() && anySocket))
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    QString text = url.toString(QUrl::EncodeSpaces); // a space is no valid URL character: fromUrl() refuses it
    if (isMultiHost() && !anySocket) {
        // libpq's multi-host URL form: postgresql://user@h1:p1,h2:p2/db — QUrl cannot build it.
        QStringList hosts;
        for (const ServerAddress &server : all)
            hosts << (server.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + server.host + QLatin1Char(']')
                                                               : QString::fromUtf8(QUrl::toPercentEncoding(server.host)))
                    + (server.port > 0 ? QLatin1Char(':') + QString::number(server.port) : QString());
        const QString first = kHostListPlaceholder + (port > 0 ? QLatin1Char(':') + QString::number(port) : QString());
        text.replace(text.indexOf(first), first.size(), hosts.join(QLatin1Char(',')));
    }
    return text;
}

QString ConnectionConfig::displayName() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    QString where = serverListText(servers());
    if (isMultiHost() && !targetSessionAttrs().isEmpty())
        where += QStringLiteral(" (%1)").arg(targetSessionAttrs());
    QString text = QStringLiteral("PostgreSQL %1 on %2")
                           .arg(database.isEmpty() ? QStringLiteral("(default database)") : database, where);
    if (!user.isEmpty())
        text += QStringLiteral(" as ") + user;
    if (options.contains(QStringLiteral("service")))
        text += QStringLiteral(" (service %1)").arg(options.value(QStringLiteral("service")));
    return text;
}

QString ConnectionConfig::libpqOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() == QLatin1String("statement_timeout"))
            continue;
        parts << it.key() + QLatin1Char('=') + quoteLibpqValue(it.value());
    }
    if (isMultiHost())
        parts << QStringLiteral("port=") + quoteLibpqValue(libpqPortList());
    if (!options.contains(QStringLiteral("application_name")))
        parts << QStringLiteral("application_name='catalog-admin'");
    if (!options.contains(QStringLiteral("connect_timeout")))
        parts << QStringLiteral("connect_timeout=10");
    return parts.join(QLatin1Char(';'));
}

// redactSecrets() is defined in logfile.cpp: one function for settings, messages and the log file.

int ConnectionConfig::statementTimeoutMs() const
{
    return options.value(QStringLiteral("statement_timeout"), QStringLiteral("30000")).toInt();
}

} // namespace catalog
