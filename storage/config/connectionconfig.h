#pragma once

#include "config/serveraddress.h"
#include "core/storageerror.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace catalog {

enum class Engine { SQLite, PostgreSQL };

// Where the catalog lives. Built from a URL (postgresql://user@host:port/db?sslmode=require,
// sqlite:///abs/path.db), a libpq keyword/value string (host=db1,db2 port=5432 dbname=catalog),
// from DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD, or the default SQLite file. Empty PostgreSQL
// fields are left to libpq, so PGHOST, PGSERVICE and ~/.pgpass keep working.
// Several hosts (postgresql://u@h1:5432,h2:5433/db?target_session_attrs=read-write, host=h1,h2,
// or a service whose entry lists several) are handed to libpq as its host and port lists: libpq
// chooses the server, in order, by target_session_attrs; nothing here chooses one.
// The password is held only in memory: toUrl() and displayName() never contain it.
struct ConnectionConfig
{
    Engine engine = Engine::SQLite;
    QString sqlitePath;
    QString host; // the first host (of several: see moreHosts)
    int port = 0; // 0: libpq's default
    QList<ServerAddress> moreHosts; // the hosts after the first of a multi-host connection
    QString database;
    QString user;
    QString password;
    // libpq connection keywords (sslmode, sslrootcert, service, connect_timeout, ...), plus
    // statement_timeout in milliseconds, which is applied with SET after connecting.
    QMap<QString, QString> options;

    // A URL, or a libpq keyword/value string (anything of the form keyword=value ...).
    static Result<ConnectionConfig> fromUrl(const QString &url);
    static Result<ConnectionConfig> fromKeywords(const QString &conninfo);
    // CATALOG_DATABASE_URL, else the DB_* variables; an empty optional when neither is set.
    static std::optional<Result<ConnectionConfig>> fromEnvironment(const QProcessEnvironment &env);
    static ConnectionConfig defaultSqlite(); // <AppDataLocation>/catalog.sqlite
    // Precedence: flag > environment > saved settings > default. Empty strings mean "not given".
    static Result<ConnectionConfig> resolve(const QString &flagUrl, const QProcessEnvironment &env,
                                            const QString &savedUrl);

    // Every host in libpq's order: host:port first, then moreHosts.
    QList<ServerAddress> servers() const;
    void setServers(const QList<ServerAddress> &servers);
    bool isMultiHost() const { return !moreHosts.isEmpty(); }
    QString libpqHostList() const; // "h1,h2": for libpq's host keyword
    QString libpqPortList() const; // "5432,5433" (an empty entry: the default port)
    QString targetSessionAttrs() const; // the option, "" when not given (libpq: any)

    QString driverName() const;
    QString toUrl() const; // without the password: safe for settings and logs
    QString displayName() const; // short human form: "catalog on db.example:5432 as alice"
    // The part of QSqlDatabase::setConnectOptions(); for several hosts it carries the port list
    // (QSqlDatabase::setPort() takes one number; the host list goes to setHostName()).
    QString libpqOptions() const;
    int statementTimeoutMs() const;

    static const QStringList &supportedOptionKeys();
};

QString engineName(Engine engine);

// Replaces every password-like value in `text` with "***": the password of a URL
// (postgresql://alice:secret@host), password=/sslpassword= in a libpq connection string or URL
// query, and PGPASSWORD=/DB_PASSWORD= assignments. For anything that may show or log a connection
// string or a driver message; ConnectionConfig::toUrl() and displayName() never contain one anyway.
QString redactSecrets(const QString &text);

} // namespace catalog
