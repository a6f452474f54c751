#pragma once

#include "core/storageerror.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace catalog {

enum class Engine { SQLite, PostgreSQL };

// Where the catalog lives. Built from a URL (postgresql://user@host:port/db?sslmode=require,
// sqlite:///abs/path.db), from DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD, or the default SQLite
// file. Empty PostgreSQL fields are left to libpq, so PGHOST, PGSERVICE and ~/.pgpass keep working.
// The password is held only in memory: toUrl() and displayName() never contain it.
struct ConnectionConfig
{
    Engine engine = Engine::SQLite;
    QString sqlitePath;
    QString host;
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString password;
    // libpq connection keywords (sslmode, sslrootcert, service, connect_timeout, ...), plus
    // statement_timeout in milliseconds, which is applied with SET after connecting.
    QMap<QString, QString> options;

    static Result<ConnectionConfig> fromUrl(const QString &url);
    // CATALOG_DATABASE_URL, else the DB_* variables; an empty optional when neither is set.
    static std::optional<Result<ConnectionConfig>> fromEnvironment(const QProcessEnvironment &env);
    static ConnectionConfig defaultSqlite(); // <AppDataLocation>/catalog.sqlite
    // Precedence: flag > environment > saved settings > default. Empty strings mean "not given".
    static Result<ConnectionConfig> resolve(const QString &flagUrl, const QProcessEnvironment &env,
                                            const QString &savedUrl);

    QString driverName() const;
    QString toUrl() const; // without the password: safe for settings and logs
    QString displayName() const; // short human form: "catalog on db.example:5432 as alice"
    QString libpqOptions() const; // the part of QSqlDatabase::setConnectOptions()
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
