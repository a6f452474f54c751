#include "config/secretstore.h"

#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

#include <qt6keychain/keychain.h>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

// libpq's defaults for fields the connection leaves empty.
struct PassEntry
{
    QString host, port, database, user;
};

PassEntry entryFor(const ConnectionConfig &c, const ServerAddress &server)
{
    PassEntry e;
    e.host = server.host.isEmpty() || server.isSocket() ? u"localhost"_s : server.host;
    e.port = QString::number(server.port > 0 ? server.port : 5432);
    e.user = c.user.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")) : c.user;
    e.database = c.database.isEmpty() ? e.user : c.database;
    return e;
}

PassEntry entryFor(const ConnectionConfig &c)
{
    return entryFor(c, { c.host, c.port });
}

// libpq looks the password up for the host it is trying: a multi-host connection needs a line
// for each host.
QList<PassEntry> entriesFor(const ConnectionConfig &c)
{
    QList<PassEntry> entries;
    for (const ServerAddress &server : c.servers())
        entries << entryFor(c, server);
    return entries;
}

QString escapeField(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u":"_s, u"\\:"_s);
    return value;
}

// Splits one .pgpass line at unescaped ':' and unescapes the fields.
QStringList splitLine(const QString &line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == u':' && fields.size() < 4) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

bool fieldMatches(const QString &pattern, const QString &value)
{
    return pattern == u"*"_s || pattern == value;
}

StorageError keychainError(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("SecretStore", "No password is saved in the system keychain for %1")
                .arg(what));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("SecretStore", "The system keychain refused access (%1)")
                .arg(job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return StorageError::make(ErrorKind::Internal,
        QCoreApplication::translate("SecretStore",
            "The system keychain is not available (%1). Save the password in ~/.pgpass instead, "
            "or type it when connecting.")
            .arg(job.errorString()));
}

} // namespace

QString SecretStore::keyFor(const ConnectionConfig &config)
{
    ConnectionConfig bare = config;
    bare.password.clear();
    bare.options.clear();
    QStringList hosts;
    for (const PassEntry &e : entriesFor(bare))
        hosts << e.host + u':' + e.port;
    const PassEntry e = entryFor(bare);
    return u"postgresql://%1@%2/%3"_s.arg(e.user, hosts.join(u','), e.database);
}

// ------------------------------------------------------------------ .pgpass

PgPassFile::PgPassFile(QString path)
    : m_path(std::move(path))
{
}

QString PgPassFile::defaultPath()
{
    const QString env = qEnvironmentVariable("PGPASSFILE");
    return env.isEmpty() ? QDir::home().filePath(u".pgpass"_s) : env;
}

QString PgPassFile::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}

Result<QString> PgPassFile::lookup(const ConnectionConfig &config) const
{
    QFile file(m_path);
    if (!file.exists())
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("SecretStore", "%1 does not exist").arg(displayName()));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("SecretStore", "Cannot read %1: %2")
                .arg(displayName(), file.errorString()));
    const PassEntry e = entryFor(config);
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = splitLine(line);
        if (f.size() == 5 && fieldMatches(f[0], e.host) && fieldMatches(f[1], e.port)
            && fieldMatches(f[2], e.database) && fieldMatches(f[3], e.user))
            return f[4];
    }
    return StorageError::make(ErrorKind::NotFound,
        QCoreApplication::translate("SecretStore", "%1 has no password for %2")
            .arg(displayName(), keyFor(config)));
}

StorageError PgPassFile::rewrite(const ConnectionConfig &config, const std::optional<QString> &password)
{
    const QList<PassEntry> entries = entriesFor(config);
    QStringList lines;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text))
            return StorageError::make(ErrorKind::Permission,
                QCoreApplication::translate("SecretStore", "Cannot read %1: %2")
                    .arg(displayName(), existing.errorString()));
        QTextStream in(&existing);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            const QStringList f = splitLine(line);
            const bool same = f.size() == 5 && std::any_of(entries.cbegin(), entries.cend(), [&](const PassEntry &e) {
                return f[0] == e.host && f[1] == e.port && f[2] == e.database && f[3] == e.user;
            });
            if (!same)
                lines << line;
        }
        existing.close();
    }
    if (password) {
        // First match wins in libpq: the exact entries go before any wildcard line.
        for (auto e = entries.crbegin(); e != entries.crend(); ++e)
            lines.prepend(QStringList { escapeField(e->host), escapeField(e->port), escapeField(e->database),
                escapeField(e->user), escapeField(*password) }
                              .join(u':'));
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("SecretStore", "Cannot write %1: %2")
                .arg(displayName(), out.errorString()));
    // Private before the secret is written into it: libpq ignores a file others can read.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = (lines.join(u'\n') + u'\n').toUtf8();
    // flush() first: Qt 6.4's QSaveFile::commit() misses a failed final flush (a full disk).
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        const QString why = out.errorString();
        out.cancelWriting();
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("SecretStore", "Cannot write %1: %2").arg(displayName(), why));
    }
    if (!out.commit())
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("SecretStore", "Cannot write %1: %2")
                .arg(displayName(), out.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage) << (password ? "saved a password in" : "removed a password from") << displayName()
                      << "for" << keyFor(config);
    return {};
}

StorageError PgPassFile::store(const ConnectionConfig &config, const QString &password)
{
    if (password.contains(u'\n') || password.contains(u'\r'))
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate(
                "SecretStore", "A password with a line break cannot go into .pgpass"));
    return rewrite(config, password);
}

StorageError PgPassFile::erase(const ConnectionConfig &config)
{
    return rewrite(config, std::nullopt);
}

void PgPassFile::read(const ConnectionConfig &config, ReadDone done)
{
    done(lookup(config));
}

void PgPassFile::write(const ConnectionConfig &config, const QString &password, WriteDone done)
{
    done(store(config, password));
}

void PgPassFile::remove(const ConnectionConfig &config, WriteDone done)
{
    done(erase(config));
}

// ------------------------------------------------------------------ keychain

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainStore::displayName() const
{
    return u"system keychain"_s;
}

void KeychainStore::read(const ConnectionConfig &config, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(config));
    const QString key = keyFor(config);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), key](QKeychain::Job *j) {
        const StorageError error = keychainError(*j, key);
        if (!error.ok())
            done(error);
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void KeychainStore::write(const ConnectionConfig &config, const QString &password, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    const QString key = keyFor(config);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), key](QKeychain::Job *j) {
        const StorageError error = keychainError(*j, key);
        if (error.ok())
            qCInfo(lcStorage) << "saved a password in the system keychain for" << key;
        done(error);
    });
    job->start();
}

void KeychainStore::remove(const ConnectionConfig &config, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    const QString key = keyFor(config);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [done = std::move(done), key](QKeychain::Job *j) { done(keychainError(*j, key)); });
    job->start();
}

} // namespace catalog
