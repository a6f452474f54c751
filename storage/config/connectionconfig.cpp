#include "config/connectionconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

Result<ConnectionConfig> ConnectionConfig::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.scheme().isEmpty())
        return configError(QStringLiteral("Not a database URL: expected postgresql://user@host:port/dbname "
                                          "or sqlite:///absolute/path.db"));
    const QString scheme = url.scheme().toLower();
    ConnectionConfig config;
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty())
            return configError(QStringLiteral("SQLite URLs take a path, not a host: use sqlite:///%1%2")
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
        return configError(QStringLiteral("Unsupported database URL scheme \"%1\": use postgresql:// or sqlite://")
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

    const QUrlQuery query(url);
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.trimmed();
        const QString value = rawValue;
        if (key == QLatin1String("host")) {
            config.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            config.port = value.toInt(&ok);
            if (!ok || config.port <= 0 || config.port > 65535)
                return configError(QCoreApplication::translate(
                    "ConnectionConfig", "Port \"%1\" is not a number from 1 to 65535")
                                       .arg(value));
        } else if (key == QLatin1String("user")) {
            config.user = value;
        } else if (key == QLatin1String("password")) {
            config.password = value;
        } else if (key == QLatin1String("dbname")) {
            config.database = value;
        } else if (supportedOptionKeys().contains(key)) {
            if (value.contains(QLatin1Char(';')))
                return configError(QCoreApplication::translate(
                    "ConnectionConfig", "Connection option %1 may not contain ';'")
                                       .arg(key));
            config.options.insert(key, value);
        } else {
            return configError(
                QCoreApplication::translate("ConnectionConfig", "Unknown connection option \"%1\" in the URL")
                    .arg(key));
        }
    }
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                        QStringLiteral("require"), QStringLiteral("verify-ca"),
                                        QStringLiteral("verify-full") };
    if (config.options.contains(QStringLiteral("sslmode"))
        && !sslModes.contains(config.options.value(QStringLiteral("sslmode"))))
        return configError(
            QCoreApplication::translate("ConnectionConfig", "sslmode \"%1\" is not one of %2")
                .arg(config.options.value(QStringLiteral("sslmode")), sslModes.join(QStringLiteral(", "))));
    if (config.options.contains(QStringLiteral("statement_timeout"))) {
        bool ok = false;
        const int ms = config.options.value(QStringLiteral("statement_timeout")).toInt(&ok);
        if (!ok || ms < 0)
            return configError(QCoreApplication::translate(
                "ConnectionConfig", "statement_timeout must be a whole number of milliseconds"));
    }
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

QString ConnectionConfig::toUrl() const
{
    if (engine == Engine::SQLite)
        return QUrl::fromLocalFile(sqlitePath).toString().replace(0, 4, QStringLiteral("sqlite"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket directory is not a valid URL host; libpq takes it as ?host=.
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

QString ConnectionConfig::displayName() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    QString where = host.isEmpty() ? QStringLiteral("local socket") : host;
    if (port > 0)
        where += QLatin1Char(':') + QString::number(port);
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
