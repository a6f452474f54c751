#pragma once

#include "config/connectionconfig.h"
#include "core/storageerror.h"

#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace catalog {

// Where a PostgreSQL password may be kept between sessions: the system keychain (QtKeychain:
// Secret Service, KWallet, macOS Keychain, Windows Credential Store) or libpq's own ~/.pgpass.
// Never QSettings, never a log: toUrl() and the settings only ever hold the URL without it.
//
// Calls complete through the callback, possibly later on the calling thread's event loop (the
// keychain answers asynchronously; the .pgpass file at once). The store must outlive its calls.
// Errors: NotFound when nothing is stored for the connection; Internal with an operator-readable
// reason when the backend is unavailable (e.g. no Secret Service on a headless machine).
class SecretStore
{
public:
    using ReadDone = std::function<void(const Result<QString> &password)>;
    using WriteDone = std::function<void(const StorageError &error)>;

    virtual ~SecretStore() = default;
    virtual QString displayName() const = 0;
    virtual void read(const ConnectionConfig &config, ReadDone done) = 0;
    virtual void write(const ConnectionConfig &config, const QString &password, WriteDone done) = 0;
    virtual void remove(const ConnectionConfig &config, WriteDone done) = 0;

    // The account a password belongs to: the URL without password and options.
    static QString keyFor(const ConnectionConfig &config);
};

// libpq's password file (PGPASSFILE, else ~/.pgpass): lines host:port:database:user:password with
// ':' and '\' escaped, '*' as a wildcard, first match wins, mode 0600 or libpq ignores it. write()
// replaces the exact line for the connection (or adds it first) and keeps every other line.
class PgPassFile : public SecretStore
{
public:
    explicit PgPassFile(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    QString displayName() const override;
    void read(const ConnectionConfig &config, ReadDone done) override;
    void write(const ConnectionConfig &config, const QString &password, WriteDone done) override;
    void remove(const ConnectionConfig &config, WriteDone done) override;

    Result<QString> lookup(const ConnectionConfig &config) const;
    StorageError store(const ConnectionConfig &config, const QString &password);
    StorageError erase(const ConnectionConfig &config);

private:
    StorageError rewrite(const ConnectionConfig &config, const std::optional<QString> &password);
    QString m_path;
};

// The system keychain through QtKeychain, service "catalog-admin", one entry per keyFor().
class KeychainStore : public SecretStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("catalog-admin"));
    QString displayName() const override;
    void read(const ConnectionConfig &config, ReadDone done) override;
    void write(const ConnectionConfig &config, const QString &password, WriteDone done) override;
    void remove(const ConnectionConfig &config, WriteDone done) override;

private:
    QString m_service;
};

} // namespace catalog
