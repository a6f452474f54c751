#include "maintenance/backupmanager.h"

#include "config/appidentity.h"
#include "db/connectionmanager.h"
#include "schema/migrator.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace catalog {

namespace {

constexpr auto kSetPrefix = "catalog_backup_";
constexpr auto kManifestSuffix = ".manifest.json";
constexpr auto kImagesSuffix = "_images.tar";
constexpr auto kPartialSuffix = ".partial";
constexpr int kManifestFormat = 1;

StorageError failure(ErrorKind kind, const QString &message)
{
    return StorageError::make(kind, message);
}

StorageError cancelled()
{
    return failure(ErrorKind::Cancelled, QStringLiteral("Cancelled by the operator"));
}

bool report(const BackupManager::Progress &progress, int percent, const QString &stage)
{
    return !progress || progress(percent, stage);
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorKind::NotFound, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

QString sqliteMessage(sqlite3 *db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A QSqlDatabase this code opens for itself (a snapshot, a backup copy), closed and removed with it.
class OwnConnection
{
public:
    OwnConnection() : m_name(QStringLiteral("catalog-backup-") + QUuid::createUuid().toString(QUuid::Id128)) { }
    ~OwnConnection()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isOpen()) {
                    if (m_inTransaction)
                        db.rollback();
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;
    const QString &name() const { return m_name; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool m_inTransaction = false;

private:
    QString m_name;
};

// Copies `source` into `target` with SQLite's online backup API, a slice of pages per step so that
// progress shows and a cancel stops it; `target` is written in one transaction that commits with
// the last step (a cancel or failure before it leaves `target` as it was). Writers on other
// connections restart a step-wise copy of a live source; after a few restarts the rest is copied in
// one step. Returns SQLITE_DONE, SQLITE_ABORT for a cancel, or the failing code.
int sqliteCopy(sqlite3 *target, sqlite3 *source, const BackupManager::Progress &progress, int fromPercent,
               int toPercent, const QString &stage)
{
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    if (!copy)
        return sqlite3_errcode(target);
    int rc = SQLITE_OK;
    int restarts = 0;
    int lastRemaining = -1;
    int busy = 0;
    for (;;) {
        rc = sqlite3_backup_step(copy, restarts > 3 ? -1 : 2048);
        if (rc == SQLITE_DONE)
            break;
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy++ < 600) { // up to 30 s of lock waits
            sqlite3_sleep(50);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(copy);
        const int remaining = sqlite3_backup_remaining(copy);
        if (lastRemaining >= 0 && remaining > lastRemaining)
            ++restarts;
        lastRemaining = remaining;
        if (!report(progress, total > 0 ? fromPercent + (toPercent - fromPercent) * (total - remaining) / total : -1, stage)) {
            rc = SQLITE_ABORT;
            break;
        }
    }
    const int finishRc = sqlite3_backup_finish(copy);
    return rc == SQLITE_DONE && finishRc != SQLITE_OK ? finishRc : rc;
}

// --- Checksums ------------------------------------------------------------------------------------

// PostgreSQL: the text form of every row, hashed row by row in primary-key order, in the database.
// The session settings that shape that text are pinned so another server restores to the same sums.
// Runs inside the caller's transaction (SET LOCAL).
Result<BackupManager::Digests> pgDigests(QSqlDatabase &db, const SqlDialect &d, const BackupManager::Progress &progress,
                                         int fromPercent, int toPercent)
{
    QSqlQuery q(db);
    for (const char *setting : { "SET LOCAL statement_timeout = 0", "SET LOCAL DateStyle = 'ISO, YMD'",
                                 "SET LOCAL IntervalStyle = 'postgres'", "SET LOCAL TimeZone = 'UTC'",
                                 "SET LOCAL extra_float_digits = 1", "SET LOCAL bytea_output = 'hex'" }) {
        if (!q.exec(QString::fromLatin1(setting)))
            return sqlError(q.lastError(), d, QStringLiteral("Cannot prepare the checksum session"));
    }
    if (!q.exec(QStringLiteral(
                "SELECT c.relname, (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = i.indkey[0] WHERE i.indrelid = c.oid AND i.indisprimary) "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() ORDER BY c.relname")))
        return sqlError(q.lastError(), d, QStringLiteral("Cannot list the tables"));
    QList<QPair<QString, QString>> tables;
    while (q.next())
        tables.append({ q.value(0).toString(), q.value(1).toString() });
    BackupManager::Digests digests;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const auto &[table, key] = tables.at(i);
        const int percent = fromPercent + int((toPercent - fromPercent) * i / qMax<qsizetype>(1, tables.size()));
        if (!report(progress, percent, QStringLiteral("Checksumming %1").arg(table)))
            return cancelled();
        QSqlDriver *driver = db.driver();
        const QString quotedTable = driver->escapeIdentifier(table, QSqlDriver::TableName);
        const QString order
                = key.isEmpty() ? QStringLiteral("t::text") : QStringLiteral("t.") + driver->escapeIdentifier(key, QSqlDriver::FieldName);
        if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(md5(string_agg(md5(t::text), '' ORDER BY %2)), '') FROM %1 t")
                            .arg(quotedTable, order))
            || !q.next())
            return sqlError(q.lastError(), d, QStringLiteral("Cannot checksum %1").arg(table));
        digests.insert(table, { q.value(0).toLongLong(), q.value(1).toString() });
    }
    return digests;
}

void hashValue(QCryptographicHash &hash, const QVariant &value)
{
    char tag = 'n';
    QByteArray bytes;
    if (!value.isNull()) {
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            tag = 'i';
            bytes = QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
            tag = 'r';
            bytes = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            tag = 'b';
            bytes = value.toByteArray();
            break;
        default:
            tag = 't';
            bytes = value.toString().toUtf8();
            break;
        }
    }
    const qint64 size = bytes.size();
    hash.addData(QByteArrayView(&tag, 1));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

// SQLite: every value of every row, typed and length-prefixed, in primary-key order.
Result<BackupManager::Digests> sqliteDigests(QSqlDatabase &db, const SqlDialect &d,
                                             const BackupManager::Progress &progress, int fromPercent, int toPercent)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\' ORDER BY name")))
        return sqlError(q.lastError(), d, QStringLiteral("Cannot list the tables"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    BackupManager::Digests digests;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString &table = tables.at(i);
        const int percent = fromPercent + int((toPercent - fromPercent) * i / qMax<qsizetype>(1, tables.size()));
        if (!report(progress, percent, QStringLiteral("Checksumming %1").arg(table)))
            return cancelled();
        QSqlQuery key(db);
        key.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1"));
        key.addBindValue(table);
        if (!key.exec())
            return sqlError(key.lastError(), d, QStringLiteral("Cannot read the key of %1").arg(table));
        QSqlDriver *driver = db.driver();
        const QString order = key.next() ? driver->escapeIdentifier(key.value(0).toString(), QSqlDriver::FieldName)
                                         : QStringLiteral("rowid");
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                               .arg(driver->escapeIdentifier(table, QSqlDriver::TableName), order)))
            return sqlError(rows.lastError(), d, QStringLiteral("Cannot checksum %1").arg(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        const int columns = rows.record().count();
        while (rows.next()) {
            for (int c = 0; c < columns; ++c)
                hashValue(hash, rows.value(c));
            ++count;
            if (count % 50000 == 0 && !report(progress, percent, QStringLiteral("Checksumming %1").arg(table)))
                return cancelled();
        }
        if (rows.lastError().isValid())
            return sqlError(rows.lastError(), d, QStringLiteral("Cannot checksum %1").arg(table));
        digests.insert(table, { count, QString::fromLatin1(hash.result().toHex()) });
    }
    return digests;
}

QStringList digestDifferences(const BackupManager::Digests &expected, const BackupManager::Digests &actual)
{
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            differences << QStringLiteral("%1 is missing").arg(it.key());
        else if (found->rows != it->rows)
            differences << QStringLiteral("%1 has %2 rows, the backup %3").arg(it.key()).arg(found->rows).arg(it->rows);
        else if (found->checksum != it->checksum)
            differences << QStringLiteral("%1 has the same %2 rows but different contents").arg(it.key()).arg(it->rows);
    }
    return differences;
}

// --- External tools -----------------------------------------------------------------------------------

QString conninfoQuote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The connection for pg_dump/pg_restore as a libpq conninfo string; the password travels in the
// child's environment (PGPASSWORD), never on its command line.
QString pgConninfo(const ConnectionConfig &config)
{
    QStringList parts;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + conninfoQuote(value);
    };
    add("host", config.host);
    add("port", config.port > 0 ? QString::number(config.port) : QString());
    add("dbname", config.database);
    add("user", config.user);
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (it.key() != QLatin1String("statement_timeout"))
            add(it.key().toLatin1().constData(), it.value());
    }
    add("application_name", QStringLiteral("catalog-admin backup"));
    return parts.join(QLatin1Char(' '));
}

QProcessEnvironment pgEnvironment(const ConnectionConfig &config)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), config.password);
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    return env;
}

// Runs a tool to its end. While it runs, `tick` is asked every 200 ms whether to go on; a "no"
// kills the tool. A non-zero exit is an error carrying the tool's own last words.
StorageError runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                     const std::function<bool()> &tick, const QString &what)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return failure(ErrorKind::Internal, QStringLiteral("%1: cannot start %2: %3").arg(what, program, process.errorString()));
    qCInfo(lcStorage) << "started" << QFileInfo(program).fileName() << "for" << what;
    while (!process.waitForFinished(200)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (tick && !tick()) {
            process.kill();
            process.waitForFinished(10000);
            return cancelled();
        }
    }
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString tail = errors.right(2000);
        if (tail.isEmpty())
            tail = process.exitStatus() == QProcess::NormalExit ? QStringLiteral("exit code %1").arg(process.exitCode())
                                                                : QStringLiteral("it crashed");
        return failure(ErrorKind::Internal, QStringLiteral("%1 failed (%2): %3").arg(what, QFileInfo(program).fileName(), tail));
    }
    if (!errors.isEmpty())
        qCWarning(lcStorage).noquote() << what << "warnings:" << errors.right(2000);
    return {};
}

int pgMajorOf(const QString &version)
{
    return QStringView(version).split(QLatin1Char('.')).value(0).toInt();
}

// --- Files --------------------------------------------------------------------------------------------

QString uniqueSetName(const QDir &dir, const QDateTime &when)
{
    const QString base = BackupManager::setName(when);
    QString name = base;
    for (int n = 2; !dir.entryList({ name + QLatin1Char('*') }, QDir::Files).isEmpty(); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

void removeQuietly(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFile::exists(path) && !QFile::remove(path))
            qCWarning(lcStorage) << "could not remove" << path;
    }
}

StorageError writeManifest(const BackupManager::Manifest &manifest)
{
    QSaveFile file(manifest.path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(manifest.path, file.errorString()));
    const QByteArray bytes = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    // Flush before commit(): Qt 6.4's QSaveFile::commit() does not notice a failure of the final
    // flush of its buffer (a full disk) and would put an empty manifest in place as if it were good.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(manifest.path, why));
    }
    if (!file.commit())
        return failure(ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(manifest.path, file.errorString()));
    return {};
}

StorageError archiveImages(const QString &imagesDir, const QString &tarPath, const std::function<bool()> &tick)
{
    const QFileInfo info(imagesDir);
    if (imagesDir.isEmpty())
        return failure(ErrorKind::Validation, QStringLiteral("No image store folder is configured"));
    if (!QDir().mkpath(info.absoluteFilePath()))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot create the image store folder %1").arg(imagesDir));
    return runTool(QStringLiteral("tar"),
                   { QStringLiteral("-cf"), tarPath, QStringLiteral("-C"), info.absolutePath(), info.fileName() },
                   QProcessEnvironment::systemEnvironment(), tick, QStringLiteral("Archiving the image store"));
}

// Unpacks beside the live folder, then swaps: the image store is either the old or the new one.
StorageError restoreImages(const QString &tarPath, const QString &imagesDir, const std::function<bool()> &tick)
{
    const QFileInfo info(imagesDir);
    QDir parent(info.absolutePath());
    if (!parent.mkpath(QStringLiteral(".")))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot create %1").arg(parent.path()));
    const QString staging = parent.filePath(QStringLiteral(".images-restore-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(staging))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot create %1").arg(staging));
    const auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    if (StorageError e = runTool(QStringLiteral("tar"), { QStringLiteral("-xf"), tarPath, QStringLiteral("-C"), staging },
                                 QProcessEnvironment::systemEnvironment(), tick, QStringLiteral("Unpacking the image store"));
        !e.ok())
        return e;
    const QStringList top = QDir(staging).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (top.size() != 1)
        return failure(ErrorKind::Validation,
                       QStringLiteral("The image archive %1 should hold one folder, it holds %2 entries").arg(tarPath).arg(top.size()));
    const QString unpacked = QDir(staging).filePath(top.first());
    const QString old = parent.filePath(QStringLiteral(".images-old-") + QUuid::createUuid().toString(QUuid::Id128));
    const bool hadImages = info.exists();
    if (hadImages && !QDir().rename(info.absoluteFilePath(), old))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot move the current image store %1 aside").arg(imagesDir));
    if (!QDir().rename(unpacked, info.absoluteFilePath())) {
        if (hadImages)
            QDir().rename(old, info.absoluteFilePath());
        return failure(ErrorKind::Internal, QStringLiteral("Cannot put the restored images in %1").arg(imagesDir));
    }
    if (hadImages && !QDir(old).removeRecursively())
        qCWarning(lcStorage) << "could not remove the previous image store" << old;
    return {};
}

Result<QString> serverVersion(QSqlDatabase &db, const SqlDialect &d)
{
    QSqlQuery q(db);
    const bool pg = d.engine() == Engine::PostgreSQL;
    if (!q.exec(pg ? QStringLiteral("SHOW server_version") : QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return sqlError(q.lastError(), d, QStringLiteral("Cannot read the server version"));
    // "15.18 (Debian 15.18-0+deb12u1)" -> "15.18"
    return q.value(0).toString().section(QLatin1Char(' '), 0, 0);
}

} // namespace

// --- Manifest ----------------------------------------------------------------------------------------

QJsonObject BackupManager::Manifest::toJson() const
{
    QJsonObject tableObject;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tableObject.insert(it.key(), QJsonObject { { QStringLiteral("rows"), it->rows }, { QStringLiteral("checksum"), it->checksum } });
    QJsonArray fileList;
    for (const FileEntry &f : files)
        fileList.append(QJsonObject { { QStringLiteral("name"), f.name },
                                      { QStringLiteral("role"), f.role },
                                      { QStringLiteral("size"), f.size },
                                      { QStringLiteral("sha256"), f.sha256 } });
    return {
        { QStringLiteral("format"), QStringLiteral("catalog-admin-backup") },
        { QStringLiteral("format_version"), kManifestFormat },
        { QStringLiteral("created_at"), createdAt.toOffsetFromUtc(createdAt.offsetFromUtc()).toString(Qt::ISODateWithMs) },
        { QStringLiteral("engine"), engineName(engine) },
        { QStringLiteral("server_version"), serverVersion },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("tool"), tool },
        { QStringLiteral("tool_major"), toolMajor },
        { QStringLiteral("source"), source },
        { QStringLiteral("checksum_algorithm"), checksumAlgorithm },
        { QStringLiteral("tables"), tableObject },
        { QStringLiteral("files"), fileList },
    };
}

Result<BackupManager::Manifest> BackupManager::Manifest::fromJson(const QJsonObject &object, const QString &path)
{
    const auto broken = [&](const QString &why) {
        return failure(ErrorKind::Validation, QStringLiteral("%1 is not a usable backup manifest: %2").arg(path, why));
    };
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("catalog-admin-backup"))
        return broken(QStringLiteral("\"format\" is not \"catalog-admin-backup\""));
    if (object.value(QStringLiteral("format_version")).toInt() != kManifestFormat)
        return broken(QStringLiteral("format_version %1 is not supported (this program reads %2)")
                              .arg(object.value(QStringLiteral("format_version")).toInt())
                              .arg(kManifestFormat));
    Manifest m;
    m.path = QFileInfo(path).absoluteFilePath();
    m.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        return broken(QStringLiteral("\"created_at\" is not a date"));
    const QString engine = object.value(QStringLiteral("engine")).toString();
    if (engine == engineName(Engine::PostgreSQL))
        m.engine = Engine::PostgreSQL;
    else if (engine == engineName(Engine::SQLite))
        m.engine = Engine::SQLite;
    else
        return broken(QStringLiteral("unknown engine \"%1\"").arg(engine.left(40)));
    m.serverVersion = object.value(QStringLiteral("server_version")).toString();
    m.schemaVersion = object.value(QStringLiteral("schema_version")).toInt(-1);
    if (m.schemaVersion < 1)
        return broken(QStringLiteral("\"schema_version\" is missing"));
    m.tool = object.value(QStringLiteral("tool")).toString();
    m.toolMajor = object.value(QStringLiteral("tool_major")).toInt();
    m.source = object.value(QStringLiteral("source")).toString();
    m.checksumAlgorithm = object.value(QStringLiteral("checksum_algorithm")).toString();
    const QJsonObject tableObject = object.value(QStringLiteral("tables")).toObject();
    if (tableObject.isEmpty())
        return broken(QStringLiteral("it lists no tables"));
    for (auto it = tableObject.constBegin(); it != tableObject.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        m.tables.insert(it.key(), { t.value(QStringLiteral("rows")).toInteger(-1), t.value(QStringLiteral("checksum")).toString() });
    }
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue v : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        FileEntry entry { f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("role")).toString(),
                          f.value(QStringLiteral("size")).toInteger(-1), f.value(QStringLiteral("sha256")).toString() };
        if (entry.name.isEmpty() || entry.name.contains(QLatin1Char('/')) || entry.name.startsWith(QLatin1Char('.')))
            return broken(QStringLiteral("a file name is empty or not a plain name"));
        if (!hex64.match(entry.sha256).hasMatch() || entry.size < 0)
            return broken(QStringLiteral("the entry of %1 has no valid size and sha256").arg(entry.name));
        m.files.append(entry);
    }
    if (m.filePath(QStringLiteral("database")).isEmpty())
        return broken(QStringLiteral("it names no database file"));
    return m;
}

Result<BackupManager::Manifest> BackupManager::Manifest::read(const QString &path)
{
    QString manifestPath = path;
    if (!path.endsWith(QLatin1String(kManifestSuffix))) {
        const QFileInfo info(path);
        QString base = info.fileName();
        base = base.left(base.indexOf(QLatin1Char('.')));
        if (base.endsWith(QLatin1String("_images")))
            base.chop(7);
        manifestPath = info.dir().filePath(base + QLatin1String(kManifestSuffix));
    }
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorKind::NotFound, QStringLiteral("Cannot read the backup manifest %1: %2 (a backup set without its "
                                                           "manifest is incomplete and is not restored)")
                                                    .arg(manifestPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (doc.isNull() || !doc.isObject())
        return failure(ErrorKind::Validation, QStringLiteral("%1 is not a usable backup manifest: %2")
                                                      .arg(manifestPath, parseError.errorString()));
    return fromJson(doc.object(), manifestPath);
}

QString BackupManager::Manifest::filePath(const QString &role) const
{
    for (const FileEntry &f : files) {
        if (f.role == role)
            return QFileInfo(path).dir().filePath(f.name);
    }
    return {};
}

qint64 BackupManager::Manifest::totalRows() const
{
    qint64 rows = 0;
    for (const TableDigest &t : tables)
        rows += t.rows;
    return rows;
}

// --- BackupManager -----------------------------------------------------------------------------------

BackupManager::BackupManager(ConnectionManager &connections)
    : m_connections(connections)
{
}

QString BackupManager::setName(const QDateTime &when)
{
    return QString::fromLatin1(kSetPrefix) + when.toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

QString BackupManager::defaultBackupDir()
{
    return QDir(resolveStorageRoot()).filePath(QStringLiteral("backups"));
}

Result<BackupManager::ToolInfo> BackupManager::pgToolVersion(const QString &path)
{
    QProcess process;
    process.start(path, { QStringLiteral("--version") });
    if (!process.waitForStarted(10000) || !process.waitForFinished(10000) || process.exitCode() != 0)
        return failure(ErrorKind::NotFound, QStringLiteral("%1 does not run (%2)").arg(path, process.errorString()));
    const QString text = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = version.match(text);
    if (!m.hasMatch())
        return failure(ErrorKind::Validation, QStringLiteral("%1 --version printed \"%2\", not a PostgreSQL version").arg(path, text.left(80)));
    return ToolInfo { path, text, m.captured(1).toInt() };
}

Result<BackupManager::ToolInfo> BackupManager::findPgTool(const QString &name, const QString &configuredPath, int neededMajor)
{
    const auto tooOld = [&](const ToolInfo &t) {
        return failure(ErrorKind::Validation,
                       QStringLiteral("%1 at %2 is version %3, but PostgreSQL %4 needs %1 %4 or newer. Install "
                                      "postgresql-client-%4 or set the path of a newer %1.")
                               .arg(name, t.path)
                               .arg(t.major)
                               .arg(neededMajor));
    };
    if (!configuredPath.isEmpty()) {
        Result<ToolInfo> tool = pgToolVersion(configuredPath);
        if (tool && tool->major < neededMajor)
            return tooOld(tool.value());
        return tool;
    }
    QStringList candidates { QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(neededMajor).arg(name) };
    if (const QString onPath = QStandardPaths::findExecutable(name); !onPath.isEmpty())
        candidates << onPath;
    QStringList installed = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(installed.begin(), installed.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &major : installed)
        candidates << QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(major, name);
    std::optional<ToolInfo> newestTooOld;
    for (const QString &path : candidates) {
        if (!QFileInfo(path).isExecutable())
            continue;
        Result<ToolInfo> tool = pgToolVersion(path);
        if (!tool)
            continue;
        if (tool->major >= neededMajor)
            return tool;
        if (!newestTooOld || newestTooOld->major < tool->major)
            newestTooOld = tool.value();
    }
    if (newestTooOld)
        return tooOld(*newestTooOld);
    return failure(ErrorKind::NotFound, QStringLiteral("%1 was not found (looked in /usr/lib/postgresql/*/bin and PATH). Install "
                                                       "postgresql-client-%2 or set the path of %1.")
                                                .arg(name)
                                                .arg(neededMajor));
}

Result<BackupManager::Digests> BackupManager::digests()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Digests>([&](QSqlDatabase &db) -> Result<Digests> {
        if (d.engine() == Engine::SQLite)
            return sqliteDigests(db, d, {}, 0, 100);
        if (!db.transaction())
            return sqlError(db.lastError(), d, QStringLiteral("Cannot begin the checksum transaction"));
        Result<Digests> digests = pgDigests(db, d, {}, 0, 100);
        db.rollback();
        return digests;
    });
}

Result<qint64> BackupManager::catalogRows()
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM suppliers)"),
                                       {}, d, QStringLiteral("Cannot count the catalog's rows"));
            !e.ok())
            return e;
        return q.next() ? q.value(0).toLongLong() : 0;
    });
}

Result<BackupManager::Manifest> BackupManager::backup(const BackupOptions &options, const Progress &progress)
{
    const SqlDialect &d = m_connections.dialect();
    const bool pg = d.engine() == Engine::PostgreSQL;
    QDir dir(options.outputDir.isEmpty() ? defaultBackupDir() : options.outputDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return failure(ErrorKind::Internal, QStringLiteral("Cannot create the backup folder %1").arg(dir.path()));
    dir.makeAbsolute();
    if (!report(progress, 0, QStringLiteral("Preparing the backup")))
        return cancelled();

    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    const Result<int> schemaVersion = Migrator(m_connections).currentVersion();
    if (!schemaVersion)
        return schemaVersion.error();
    const Result<QString> version = serverVersion(db, d);
    if (!version)
        return version.error();
    ToolInfo tool;
    if (pg) {
        const Result<ToolInfo> found = findPgTool(QStringLiteral("pg_dump"), options.pgDumpPath, pgMajorOf(version.value()));
        if (!found)
            return found.error();
        tool = found.value();
    }

    Manifest manifest;
    manifest.createdAt = QDateTime::currentDateTime();
    const QString name = uniqueSetName(dir, manifest.createdAt);
    manifest.path = dir.filePath(name + QLatin1String(kManifestSuffix));
    manifest.engine = d.engine();
    manifest.serverVersion = version.value();
    manifest.schemaVersion = schemaVersion.value();
    manifest.source = m_connections.config().displayName();
    manifest.tool = pg ? tool.versionText : QStringLiteral("SQLite online backup API %1").arg(QString::fromLatin1(sqlite3_libversion()));
    manifest.toolMajor = tool.major;
    manifest.checksumAlgorithm = pg ? QStringLiteral("postgresql-md5-row-text") : QStringLiteral("sqlite-sha256-typed-values");
    const QString dataPath = dir.filePath(name + (pg ? QStringLiteral(".dump") : QStringLiteral(".sqlite")));
    const QString partialPath = dataPath + QLatin1String(kPartialSuffix);
    const QString imagesPath = dir.filePath(name + QLatin1String(kImagesSuffix));
    // SQLite may leave the copy's rollback journal behind when the disk fills up mid-copy.
    QStringList made { partialPath, partialPath + QStringLiteral("-journal") };
    bool done = false;
    const auto removeOnFailure = qScopeGuard([&] {
        if (!done)
            removeQuietly(made);
    });

    // The snapshot comes before the job's own journal row, so the backup does not contain it.
    OwnConnection snapshot;
    QString snapshotId;
    if (pg) {
        QSqlDatabase snap = QSqlDatabase::cloneDatabase(db, snapshot.name());
        if (!snap.open())
            return sqlError(snap.lastError(), d, QStringLiteral("Cannot open the snapshot connection"));
        if (!snap.transaction())
            return sqlError(snap.lastError(), d, QStringLiteral("Cannot begin the snapshot"));
        snapshot.m_inTransaction = true;
        QSqlQuery q(snap);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            || !q.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !q.next())
            return sqlError(q.lastError(), d, QStringLiteral("Cannot export a snapshot for pg_dump"));
        snapshotId = q.value(0).toString();
    }

    SyncRecordRepository journal(m_connections);
    const Result<SyncRecord> started = journal.start(QStringLiteral("backup"));
    if (!started)
        return started.error();
    const qint64 journalId = started->id;
    const auto finishJournal = [&](const StorageError &error) -> StorageError {
        const QString status = error.kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        const Result<SyncRecord> finished = journal.finish(
                journalId, status, 0, 1, QJsonArray { QJsonObject { { QStringLiteral("message"), error.message } } });
        if (!finished)
            qCWarning(lcStorage) << "could not record the end of backup job" << journalId << finished.error().toString();
        return error;
    };
    const std::function<bool()> tick = [&] {
        const qint64 bytes = QFileInfo(partialPath).size();
        return report(progress, -1, QStringLiteral("Writing %1 (%2 MB)").arg(QFileInfo(dataPath).fileName()).arg(bytes / 1048576.0, 0, 'f', 1));
    };

    if (pg) {
        QSqlDatabase snap = snapshot.db();
        const Result<Digests> digests = pgDigests(snap, d, progress, 2, 30);
        if (!digests)
            return finishJournal(digests.error());
        manifest.tables = digests.value();
        if (StorageError e = runTool(tool.path,
                                     { QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                                       QStringLiteral("--snapshot=") + snapshotId, QStringLiteral("--file=") + partialPath,
                                       QStringLiteral("--dbname=") + pgConninfo(m_connections.config()) },
                                     pgEnvironment(m_connections.config()), tick, QStringLiteral("pg_dump"));
            !e.ok())
            return finishJournal(e);
        snap.commit();
        snapshot.m_inTransaction = false;
    } else {
        sqlite3 *source = sqliteHandle(db);
        if (!source)
            return finishJournal(failure(ErrorKind::Internal, QStringLiteral("The SQLite driver does not expose its handle")));
        sqlite3 *target = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(partialPath).constData(), &target,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        const auto closeTarget = qScopeGuard([&] { sqlite3_close(target); });
        if (rc != SQLITE_OK)
            return finishJournal(failure(ErrorKind::Internal, QStringLiteral("Cannot create %1: %2").arg(partialPath, sqliteMessage(target, rc))));
        rc = sqliteCopy(target, source, progress, 2, 60, QStringLiteral("Copying the database"));
        if (rc == SQLITE_ABORT)
            return finishJournal(cancelled());
        if (rc != SQLITE_DONE)
            return finishJournal(failure(ErrorKind::Internal, QStringLiteral("The SQLite backup failed: %1").arg(sqliteMessage(target, rc))));
        // The copy was taken after the job's journal row began; that row is not part of the backup.
        sqlite3_stmt *statement = nullptr;
        rc = sqlite3_prepare_v2(target, "DELETE FROM sync_records WHERE id = ?", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(statement, 1, journalId);
            rc = sqlite3_step(statement) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(target);
        }
        sqlite3_finalize(statement);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return finishJournal(failure(ErrorKind::Internal, QStringLiteral("Cannot finish the copy %1: %2").arg(partialPath, sqliteMessage(target, rc))));
        sqlite3_close(target);
        target = nullptr;

        QSqlDatabase copyDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), snapshot.name());
        copyDb.setDatabaseName(partialPath);
        copyDb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copyDb.open())
            return finishJournal(sqlError(copyDb.lastError(), d, QStringLiteral("Cannot open the copy")));
        const Result<Digests> digests = sqliteDigests(copyDb, d, progress, 60, 85);
        copyDb.close();
        if (!digests)
            return finishJournal(digests.error());
        manifest.tables = digests.value();
    }

    if (!QFile::rename(partialPath, dataPath))
        return finishJournal(failure(ErrorKind::Internal, QStringLiteral("Cannot rename %1 to %2").arg(partialPath, dataPath)));
    made << dataPath;
    QStringList files { dataPath };
    if (options.includeImages) {
        made << imagesPath;
        if (!report(progress, 88, QStringLiteral("Archiving the image store")))
            return finishJournal(cancelled());
        if (StorageError e = archiveImages(options.imagesDir, imagesPath, [&] { return report(progress, -1, QStringLiteral("Archiving the image store")); });
            !e.ok())
            return finishJournal(e);
        files << imagesPath;
    }
    if (!report(progress, 95, QStringLiteral("Writing the manifest")))
        return finishJournal(cancelled());
    for (const QString &path : files) {
        const Result<QString> sum = sha256Of(path);
        if (!sum)
            return finishJournal(sum.error());
        manifest.files.append({ QFileInfo(path).fileName(), path == dataPath ? QStringLiteral("database") : QStringLiteral("images"),
                                QFileInfo(path).size(), sum.value() });
    }
    made << manifest.path;
    if (StorageError e = writeManifest(manifest); !e.ok())
        return finishJournal(e);
    const Result<SyncRecord> finished = journal.finish(journalId, QStringLiteral("completed"), manifest.totalRows(), 0, {});
    if (!finished)
        return finished.error(); // the set is written but its journal row is not: say so rather than claim success
    done = true;
    report(progress, 100, QStringLiteral("Backup written"));
    qCInfo(lcStorage) << "backup written" << manifest.path << manifest.totalRows() << "rows";
    return manifest;
}

Result<BackupManager::RestoreReport> BackupManager::restore(const QString &path, const RestoreOptions &options,
                                                            const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const SqlDialect &d = m_connections.dialect();
    const bool pg = d.engine() == Engine::PostgreSQL;
    const Result<Manifest> read = Manifest::read(path);
    if (!read)
        return read.error();
    RestoreReport result;
    result.manifest = read.value();
    const Manifest &manifest = result.manifest;
    if (manifest.engine != d.engine())
        return failure(ErrorKind::Validation, QStringLiteral("This backup is of a %1 database; the connected database is %2")
                                                      .arg(engineName(manifest.engine), engineName(d.engine())));
    if (manifest.schemaVersion > Migrator::latestVersion())
        return failure(ErrorKind::Validation, QStringLiteral("This backup has schema version %1; this program knows versions up to %2. "
                                                             "Restore it with a newer Catalog Admin.")
                                                      .arg(manifest.schemaVersion)
                                                      .arg(Migrator::latestVersion()));
    // Every file must be the one the manifest describes before anything is touched.
    for (const FileEntry &f : manifest.files) {
        if (!report(progress, 1, QStringLiteral("Verifying %1").arg(f.name)))
            return cancelled();
        const QString filePath = QFileInfo(manifest.path).dir().filePath(f.name);
        if (f.role == QLatin1String("images") && !options.restoreImages)
            continue;
        const QFileInfo info(filePath);
        if (!info.exists())
            return failure(ErrorKind::NotFound, QStringLiteral("%1 is missing from the backup set").arg(filePath));
        if (info.size() != f.size)
            return failure(ErrorKind::Validation, QStringLiteral("%1 has %2 bytes, the manifest says %3: the file is damaged")
                                                          .arg(filePath)
                                                          .arg(info.size())
                                                          .arg(f.size));
        const Result<QString> sum = sha256Of(filePath);
        if (!sum)
            return sum.error();
        if (sum.value() != f.sha256)
            return failure(ErrorKind::Validation,
                           QStringLiteral("%1 does not match the sha256 in the manifest: the file is damaged or was changed").arg(filePath));
    }
    const QString dataPath = manifest.filePath(QStringLiteral("database"));

    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    if (!report(progress, 10, QStringLiteral("Restoring the database")))
        return cancelled();

    if (pg) {
        const Result<ToolInfo> tool = findPgTool(QStringLiteral("pg_restore"), options.pgRestorePath, qMax(manifest.toolMajor, 1));
        if (!tool)
            return tool.error();
        // The statements this connection cached name tables that are about to be replaced.
        sql::forgetStatements(db);
        if (StorageError e = runTool(tool->path,
                                     { QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                                       QStringLiteral("--no-privileges"), QStringLiteral("--single-transaction"),
                                       QStringLiteral("--exit-on-error"), QStringLiteral("--no-password"),
                                       QStringLiteral("--dbname=") + pgConninfo(m_connections.config()), dataPath },
                                     pgEnvironment(m_connections.config()),
                                     [&] { return report(progress, -1, QStringLiteral("Restoring the database (pg_restore)")); },
                                     QStringLiteral("pg_restore"));
            !e.ok())
            return e;
    } else {
        sqlite3 *target = sqliteHandle(db);
        if (!target)
            return failure(ErrorKind::Internal, QStringLiteral("The SQLite driver does not expose its handle"));
        sqlite3 *source = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(dataPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
        const auto closeSource = qScopeGuard([&] { sqlite3_close(source); });
        if (rc == SQLITE_OK) {
            sqlite3_stmt *check = nullptr;
            rc = sqlite3_prepare_v2(source, "PRAGMA quick_check", -1, &check, nullptr);
            if (rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW) {
                const QString verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
                sqlite3_finalize(check);
                if (verdict != QLatin1String("ok"))
                    return failure(ErrorKind::Validation, QStringLiteral("%1 fails SQLite's integrity check: %2").arg(dataPath, verdict));
            } else {
                sqlite3_finalize(check);
                rc = rc == SQLITE_OK ? sqlite3_errcode(source) : rc;
            }
        }
        if (rc != SQLITE_OK)
            return failure(ErrorKind::Validation, QStringLiteral("Cannot read %1: %2").arg(dataPath, sqliteMessage(source, rc)));
        sql::forgetStatements(db);
        rc = sqliteCopy(target, source, progress, 10, 60, QStringLiteral("Restoring the database"));
        if (rc == SQLITE_ABORT)
            return cancelled();
        if (rc != SQLITE_DONE)
            return failure(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorKind::Busy : ErrorKind::Internal,
                           QStringLiteral("The SQLite restore failed, the database is unchanged: %1").arg(sqliteMessage(target, rc)));
    }

    // What was restored must be what was backed up, table by table, before anything else writes.
    // Past this point the database is restored: a cancel is no longer honoured, the job finishes.
    report(progress, 60, QStringLiteral("Verifying the restored tables"));
    const Result<Digests> restored = digests();
    if (!restored)
        return restored.error();
    result.restored = restored.value();
    SyncRecordRepository journal(m_connections);
    const QStringList differences = digestDifferences(manifest.tables, result.restored);
    if (!differences.isEmpty()) {
        const StorageError error = failure(ErrorKind::Internal, QStringLiteral("The restored database differs from the backup: %1")
                                                                        .arg(differences.join(QStringLiteral("; "))));
        if (const Result<SyncRecord> started = journal.start(QStringLiteral("restore")); started)
            journal.finish(started->id, QStringLiteral("failed"), 0, differences.size(),
                           QJsonArray { QJsonObject { { QStringLiteral("message"), error.message } } });
        return error;
    }

    report(progress, 80, QStringLiteral("Applying migrations"));
    const Result<MigrationReport> migrated = Migrator(m_connections).migrate();
    if (!migrated)
        return migrated.error();
    const Result<int> version = Migrator(m_connections).currentVersion();
    result.schemaVersionAfter = version ? version.value() : 0;

    const QString imagesPath = manifest.filePath(QStringLiteral("images"));
    if (options.restoreImages && !imagesPath.isEmpty()) {
        if (options.imagesDir.isEmpty())
            return failure(ErrorKind::Validation, QStringLiteral("The backup has an image archive but no image store folder is configured"));
        report(progress, 90, QStringLiteral("Restoring the image store"));
        if (StorageError e = restoreImages(imagesPath, options.imagesDir, [&] {
                report(progress, -1, QStringLiteral("Restoring the image store"));
                return true;
            });
            !e.ok())
            return failure(e.kind, QStringLiteral("The database was restored and verified, but the image store was not: %1").arg(e.message));
        result.imagesRestored = true;
    }

    const Result<SyncRecord> started = journal.start(QStringLiteral("restore"), manifest.totalRows());
    if (!started)
        return started.error();
    result.syncRecordId = started->id;
    const Result<SyncRecord> finished = journal.finish(started->id, QStringLiteral("completed"), manifest.totalRows(), 0, {});
    if (!finished)
        return finished.error();
    result.milliseconds = timer.elapsed();
    report(progress, 100, QStringLiteral("Restore verified"));
    qCInfo(lcStorage) << "restored" << manifest.path << manifest.totalRows() << "rows in" << result.milliseconds << "ms";
    return result;
}

Result<QList<BackupManager::BackupSet>> BackupManager::list(const QString &dirPath)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        return QList<BackupSet> {};
    static const QRegularExpression pattern(QStringLiteral("^(catalog_backup_(\\d{8}_\\d{6})(?:_\\d+)?)(?:_images\\.tar|\\.)"));
    QMap<QString, BackupSet> sets;
    const QFileInfoList entries = dir.entryInfoList({ QString::fromLatin1(kSetPrefix) + QLatin1Char('*') }, QDir::Files);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        BackupSet &set = sets[m.captured(1)];
        set.name = m.captured(1);
        set.files << info.absoluteFilePath();
        set.bytes += info.size();
        if (!set.createdAt.isValid())
            set.createdAt = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd_HHmmss"));
    }
    QList<BackupSet> result;
    for (BackupSet &set : sets) {
        const Result<Manifest> manifest = Manifest::read(dir.filePath(set.name + QLatin1String(kManifestSuffix)));
        set.complete = manifest.ok();
        if (manifest)
            set.createdAt = manifest->createdAt;
        result << set;
    }
    std::sort(result.begin(), result.end(), [](const BackupSet &a, const BackupSet &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    return result;
}

Result<BackupManager::CleanupReport> BackupManager::cleanup(const QString &dir, int keepLast, int keepDays, bool dryRun,
                                                            const QDateTime &now)
{
    if (keepLast < 0 || keepDays < 0)
        return StorageError::validation({ FieldError { keepLast < 0 ? QStringLiteral("keep") : QStringLiteral("keep_days"),
                                                       QStringLiteral("must be 0 or more") } });
    const Result<QList<BackupSet>> sets = list(dir);
    if (!sets)
        return sets.error();
    CleanupReport result;
    int completeSeen = 0;
    for (const BackupSet &set : sets.value()) {
        bool keep;
        if (set.complete)
            keep = completeSeen++ < keepLast || set.createdAt >= now.addDays(-keepDays);
        else // still being written, or left behind by a crash
            keep = set.createdAt >= now.addDays(-1);
        (keep ? result.kept : result.removed) << set;
    }
    if (!dryRun) {
        for (const BackupSet &set : std::as_const(result.removed)) {
            // The manifest goes first: a set interrupted half-way through removal reads as incomplete.
            QStringList files = set.files;
            std::stable_partition(files.begin(), files.end(), [](const QString &f) { return f.endsWith(QLatin1String(kManifestSuffix)); });
            for (const QString &file : files) {
                if (!QFile::remove(file))
                    return failure(ErrorKind::Internal, QStringLiteral("Cannot remove %1").arg(file));
            }
        }
    }
    return result;
}

} // namespace catalog
