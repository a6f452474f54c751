#pragma once

#include "core/storageerror.h"

#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QVariant>

#include <array>

class QSettings;

namespace catalog {

// The spec's tunables (MAX_FILE_SIZE, BATCH_SIZE, CACHE_TTL), the connection pool (DB_POOL_SIZE,
// DB_POOL_TIMEOUT, DB_CONNECT_RETRIES) and the point-in-time recovery health settings, each
// resolved here and nowhere else: a catalogctl flag, else the environment variable of the same
// name, else the settings file, else the default. definitions() is the one table that names
// them; catalogctl's --help, its flags and the tests are generated from it.
//
// A value type: resolve() reads the environment and the settings it is given once; the result is
// safe to copy to and read from any thread. A value that is not a number, out of its range or not
// a size is refused: resolve() returns ErrorKind::Validation with a message naming the setting,
// where it came from, the value and what is allowed.
class RuntimeSettings
{
public:
    enum class Key {
        MaxFileSize,
        BatchSize,
        CacheTtl,
        PoolSize,
        PoolTimeout,
        ConnectRetries,
        ArchiveStaleAfter,
        PgBackRestStanza,
        PgBackRestConfig,
    };
    enum class Source { Default, SettingsFile, Environment, Flag };
    enum class Kind { Number, Bytes, Text };

    struct Definition
    {
        Key key;
        QString name; // the environment variable, and the setting's name in messages
        QString flag; // catalogctl --<flag>
        QString settingsKey; // in the settings file (QSettings)
        Kind kind;
        qint64 defaultValue;
        qint64 minimum;
        qint64 maximum;
        QString unit; // "bytes", "rows", "seconds", ...; for text what it names ("file")
        const char *help; // one line for --help (translated with the context "RuntimeSettings")
    };

    static const QList<Definition> &definitions();
    static const Definition &definition(Key key);

    RuntimeSettings(); // every setting at its default

    // `flags` maps a flag name (without "--") to its text; only the flags that were given.
    static Result<RuntimeSettings> resolve(
        const QHash<QString, QString> &flags, const QProcessEnvironment &env, const QSettings &settings);
    // The process's environment and the application's settings file.
    static Result<RuntimeSettings> resolve(const QHash<QString, QString> &flags = {});
    // What the GUI runs with: resolve() without flags; a value that does not resolve is logged and
    // its setting left at the default (the GUI's main refuses to start with one, so this is only a
    // settings file edited while it runs).
    static RuntimeSettings current();

    qint64 maxFileSize() const { return number(Key::MaxFileSize); }
    int batchSize() const { return int(number(Key::BatchSize)); }
    int cacheTtlSeconds() const { return int(number(Key::CacheTtl)); }
    int poolSize() const { return int(number(Key::PoolSize)); }
    int poolTimeoutSeconds() const { return int(number(Key::PoolTimeout)); }
    int connectRetries() const { return int(number(Key::ConnectRetries)); }
    int archiveStaleSeconds() const { return int(number(Key::ArchiveStaleAfter)); }
    QString pgBackRestStanza() const { return text(Key::PgBackRestStanza); }
    QString pgBackRestConfig() const { return text(Key::PgBackRestConfig); }

    qint64 number(Key key) const;
    QString text(Key key) const;
    Source source(Key key) const;
    // For tests and callers that take a value from elsewhere (the GUI); not range-checked twice:
    // use parse() first when the value comes from a person.
    void set(Key key, const QVariant &value, Source source);

    // One value as typed: a number (Bytes also takes K/KiB, M/MiB, G/GiB) within its range, or text.
    static Result<QVariant> parse(const Definition &definition, const QString &text, Source source);
    static QString sourceName(Source source);
    // "  MAX_FILE_SIZE (--max-file-size, setting limits/max_file_size), default 10485760 bytes: ..."
    static QString helpText();
    QJsonObject toJson() const; // name -> { value, source }

private:
    static constexpr int kCount = int(Key::PgBackRestConfig) + 1;
    std::array<QVariant, kCount> m_values;
    std::array<Source, kCount> m_sources {};
};

} // namespace catalog
