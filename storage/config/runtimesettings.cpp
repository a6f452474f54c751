#include "config/runtimesettings.h"

#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kMiB = 1024 * 1024;

QString trSettings(const char *text)
{
    return QCoreApplication::translate("RuntimeSettings", text);
}

QList<RuntimeSettings::Definition> buildDefinitions()
{
    using K = RuntimeSettings::Key;
    using Kind = RuntimeSettings::Kind;
    return {
        { K::MaxFileSize, u"MAX_FILE_SIZE"_s, u"max-file-size"_s, u"limits/max_file_size"_s, Kind::Bytes,
            10 * kMiB, 1, 64LL * 1024 * kMiB, u"bytes"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings",
                "a downloaded image larger than this is refused (K/M/G suffixes)") },
        { K::BatchSize, u"BATCH_SIZE"_s, u"batch-size"_s, u"limits/batch_size"_s, Kind::Number, 1000, 1, 100000,
            u"rows"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings", "rows per transaction of import and bulk edits, per step of export") },
        { K::CacheTtl, u"CACHE_TTL"_s, u"cache-ttl"_s, u"cache/ttl"_s, Kind::Number, 3600, 1, 365LL * 86400,
            u"seconds"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings", "thumbnails and cached pages older than this are refreshed") },
        { K::PoolSize, u"DB_POOL_SIZE"_s, u"db-pool-size"_s, u"database/pool_size"_s, Kind::Number, 32, 1, 1000,
            u"connections"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings", "database connections open at once, at most") },
        { K::PoolTimeout, u"DB_POOL_TIMEOUT"_s, u"db-pool-timeout"_s, u"database/pool_timeout"_s, Kind::Number, 10, 1,
            3600, u"seconds"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings", "how long work waits for a free connection before it fails") },
        { K::ConnectRetries, u"DB_CONNECT_RETRIES"_s, u"db-connect-retries"_s, u"database/connect_retries"_s,
            Kind::Number, 5, 0, 100, u"retries"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings",
                "retries, with backoff, of work whose connection was lost or that met a lock") },
        { K::ArchiveStaleAfter, u"ARCHIVE_STALE_AFTER"_s, u"archive-stale-after"_s, u"health/archive_stale_after"_s,
            Kind::Number, 600, 10, 30LL * 86400, u"seconds"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings",
                "health warns when finished WAL has waited longer than this to be archived") },
        { K::PgBackRestStanza, u"PGBACKREST_STANZA"_s, u"pgbackrest-stanza"_s, u"pgbackrest/stanza"_s, Kind::Text, 0,
            0, 0, u"name"_s,
            QT_TRANSLATE_NOOP("RuntimeSettings", "pgBackRest stanza: health reads pgbackrest info for it") },
        { K::PgBackRestConfig, u"PGBACKREST_CONFIG"_s, u"pgbackrest-config"_s, u"pgbackrest/config"_s, Kind::Text,
            0, 0, 0, u"file"_s, QT_TRANSLATE_NOOP("RuntimeSettings", "pgBackRest configuration file (default its own)") },
    };
}

// "10M", "512 KiB", "1g": the multiplier of a size suffix, or 0 when it is none.
qint64 sizeMultiplier(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s.isEmpty() || s == u"b"_s)
        return 1;
    if (s == u"k"_s || s == u"kib"_s || s == u"kb"_s)
        return 1024;
    if (s == u"m"_s || s == u"mib"_s || s == u"mb"_s)
        return kMiB;
    if (s == u"g"_s || s == u"gib"_s || s == u"gb"_s)
        return 1024 * kMiB;
    return 0;
}

std::optional<qint64> parseAmount(const RuntimeSettings::Definition &definition, const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,15})\\s*([A-Za-z]*)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 multiplier = definition.kind == RuntimeSettings::Kind::Bytes
        ? sizeMultiplier(match.captured(2))
        : (match.captured(2).isEmpty() ? 1 : 0);
    if (multiplier == 0)
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    if (amount > std::numeric_limits<qint64>::max() / multiplier)
        return std::nullopt;
    return amount * multiplier;
}

QString whereFrom(const RuntimeSettings::Definition &definition, RuntimeSettings::Source source)
{
    switch (source) {
    case RuntimeSettings::Source::Flag:
        return QCoreApplication::translate("RuntimeSettings", "the option --%1").arg(definition.flag);
    case RuntimeSettings::Source::Environment:
        return QCoreApplication::translate("RuntimeSettings", "the environment variable %1")
            .arg(definition.name);
    case RuntimeSettings::Source::SettingsFile:
        return QCoreApplication::translate("RuntimeSettings", "the setting %1 of the settings file")
            .arg(definition.settingsKey);
    case RuntimeSettings::Source::Default:
        break;
    }
    return QCoreApplication::translate("RuntimeSettings", "the default");
}

} // namespace

const QList<RuntimeSettings::Definition> &RuntimeSettings::definitions()
{
    static const QList<Definition> list = buildDefinitions();
    return list;
}

const RuntimeSettings::Definition &RuntimeSettings::definition(Key key)
{
    const Definition &d = definitions().at(int(key));
    Q_ASSERT(d.key == key); // the table is in the order of the enum
    return d;
}

RuntimeSettings::RuntimeSettings()
{
    for (const Definition &d : definitions()) {
        m_values[int(d.key)] = d.kind == Kind::Text ? QVariant(QString()) : QVariant(d.defaultValue);
        m_sources[int(d.key)] = Source::Default;
    }
}

Result<QVariant> RuntimeSettings::parse(const Definition &definition, const QString &text, Source source)
{
    if (definition.kind == Kind::Text)
        return QVariant(text.trimmed());
    const std::optional<qint64> amount = parseAmount(definition, text);
    if (!amount || *amount < definition.minimum || *amount > definition.maximum) {
        const QString allowed = definition.kind == Kind::Bytes
            ? QCoreApplication::translate(
                "RuntimeSettings", "a size in bytes from %1 to %2 (K, M and G suffixes allowed)")
            : QCoreApplication::translate("RuntimeSettings", "a whole number from %1 to %2");
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate(
                "RuntimeSettings", "%1 = \"%2\" (from %3) is not valid: %4 is expected (%5)")
                .arg(definition.name, text.left(60), whereFrom(definition, source),
                    allowed.arg(definition.minimum).arg(definition.maximum), definition.unit));
    }
    return QVariant(*amount);
}

Result<RuntimeSettings> RuntimeSettings::resolve(
    const QHash<QString, QString> &flags, const QProcessEnvironment &env, const QSettings &settings)
{
    RuntimeSettings resolved;
    for (const Definition &d : definitions()) {
        Source source = Source::Default;
        QString raw;
        if (flags.contains(d.flag)) {
            source = Source::Flag;
            raw = flags.value(d.flag);
        } else if (env.contains(d.name)) {
            source = Source::Environment;
            raw = env.value(d.name);
        } else if (settings.contains(d.settingsKey)) {
            source = Source::SettingsFile;
            raw = settings.value(d.settingsKey).toString();
        }
        if (source == Source::Default)
            continue;
        Result<QVariant> value = parse(d, raw, source);
        if (!value)
            return value.error();
        resolved.set(d.key, value.value(), source);
    }
    return resolved;
}

Result<RuntimeSettings> RuntimeSettings::resolve(const QHash<QString, QString> &flags)
{
    const QSettings settings;
    return resolve(flags, QProcessEnvironment::systemEnvironment(), settings);
}

RuntimeSettings RuntimeSettings::current()
{
    Result<RuntimeSettings> resolved = resolve();
    if (resolved)
        return resolved.takeValue();
    qCWarning(lcStorage) << "settings: " << resolved.error().message << "; using the defaults";
    return RuntimeSettings();
}

qint64 RuntimeSettings::number(Key key) const
{
    return m_values.at(int(key)).toLongLong();
}

QString RuntimeSettings::text(Key key) const
{
    return m_values.at(int(key)).toString();
}

RuntimeSettings::Source RuntimeSettings::source(Key key) const
{
    return m_sources.at(int(key));
}

void RuntimeSettings::set(Key key, const QVariant &value, Source source)
{
    m_values[int(key)] = value;
    m_sources[int(key)] = source;
}

QString RuntimeSettings::sourceName(Source source)
{
    switch (source) {
    case Source::Flag:
        return u"flag"_s;
    case Source::Environment:
        return u"environment"_s;
    case Source::SettingsFile:
        return u"settings"_s;
    case Source::Default:
        break;
    }
    return u"default"_s;
}

QString RuntimeSettings::helpText()
{
    QString text = QCoreApplication::translate("RuntimeSettings",
        "Settings (each: --flag, else the environment variable, else the setting in the "
        "settings file, else the default):\n");
    for (const Definition &d : definitions()) {
        const QString fallback = d.kind == Kind::Text
            ? QCoreApplication::translate("RuntimeSettings", "not set")
            : QCoreApplication::translate("RuntimeSettings", "default %1 %2").arg(d.defaultValue).arg(d.unit);
        text += u"  %1 (--%2, setting %3), %4:\n      %5\n"_s.arg(
            d.name, d.flag, d.settingsKey, fallback, trSettings(d.help));
    }
    return text;
}

QJsonObject RuntimeSettings::toJson() const
{
    QJsonObject object;
    for (const Definition &d : definitions()) {
        const QVariant &value = m_values.at(int(d.key));
        object.insert(d.name,
            QJsonObject { { u"value"_s,
                              d.kind == Kind::Text ? QJsonValue(value.toString()) : QJsonValue(value.toLongLong()) },
                { u"source"_s, sourceName(source(d.key)) } });
    }
    return object;
}

} // namespace catalog
