#include "maintenance/backup/backupmanifest.h"

#include "core/storagelog_p.h"
#include "maintenance/backup/backupcommon_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace catalog {

namespace {

constexpr auto kManifestFormat = "catalog-admin-backup";
constexpr int kManifestFormatVersion = 1; // full sets, readable by earlier versions
constexpr int kIncrementalFormatVersion = 2;

QJsonObject tablesToJson(const BackupManifest::Digests &tables)
{
    QJsonObject object;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        object.insert(it.key(),
            QJsonObject {
                { QStringLiteral("rows"), it->rows }, { QStringLiteral("checksum"), it->checksum } });
    return object;
}

QJsonArray filesToJson(const QList<BackupManifest::FileEntry> &files)
{
    QJsonArray list;
    for (const BackupManifest::FileEntry &f : files)
        list.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("role"), f.role },
            { QStringLiteral("size"), f.size }, { QStringLiteral("sha256"), f.sha256 } });
    return list;
}

// The file entries, each a plain name in the manifest's folder with a size and a sha256; empty
// string on success, else why not.
QString readFileEntries(const QJsonArray &list, QList<BackupManifest::FileEntry> *files)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue v : list) {
        const QJsonObject f = v.toObject();
        BackupManifest::FileEntry entry { f.value(QStringLiteral("name")).toString(),
            f.value(QStringLiteral("role")).toString(), f.value(QStringLiteral("size")).toInteger(-1),
            f.value(QStringLiteral("sha256")).toString() };
        if (entry.name.isEmpty() || entry.name.contains(QLatin1Char('/'))
            || entry.name.startsWith(QLatin1Char('.')))
            return QCoreApplication::translate("BackupManifest", "a file name is empty or not a plain name");
        if (!hex64.match(entry.sha256).hasMatch() || entry.size < 0)
            return QCoreApplication::translate(
                "BackupManifest", "the entry of %1 has no valid size and sha256")
                .arg(entry.name);
        files->append(entry);
    }
    return {};
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return {
        { QStringLiteral("format"), QLatin1String(kManifestFormat) },
        { QStringLiteral("format_version"),
            isIncremental() ? kIncrementalFormatVersion : kManifestFormatVersion },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("parent"), parent },
        { QStringLiteral("change_mark"), changeMark },
        { QStringLiteral("database_id"), databaseId },
        { QStringLiteral("created_at"),
            createdAt.toOffsetFromUtc(createdAt.offsetFromUtc()).toString(Qt::ISODateWithMs) },
        { QStringLiteral("engine"), engineName(engine) },
        { QStringLiteral("server_version"), serverVersion },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("tool"), tool },
        { QStringLiteral("tool_major"), toolMajor },
        { QStringLiteral("source"), source },
        { QStringLiteral("checksum_algorithm"), checksumAlgorithm },
        { QStringLiteral("tables"), tablesToJson(tables) },
        { QStringLiteral("files"), filesToJson(files) },
    };
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &object, const QString &path)
{
    const auto broken = [&](const QString &why) {
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("BackupManifest", "%1 is not a usable backup manifest: %2")
                .arg(path, why));
    };
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kManifestFormat))
        return broken(QCoreApplication::translate("BackupManifest", "\"format\" is not \"%1\"")
                          .arg(QLatin1String(kManifestFormat)));
    const int formatVersion = object.value(QStringLiteral("format_version")).toInt();
    if (formatVersion < kManifestFormatVersion || formatVersion > kIncrementalFormatVersion)
        return broken(QCoreApplication::translate(
            "BackupManifest", "format_version %1 is not supported (this program reads %2 to %3)")
                          .arg(formatVersion)
                          .arg(kManifestFormatVersion)
                          .arg(kIncrementalFormatVersion));
    BackupManifest m;
    m.kind = object.value(QStringLiteral("kind")).toString(QLatin1String(kFullKind));
    m.parent = object.value(QStringLiteral("parent")).toString();
    m.changeMark = object.value(QStringLiteral("change_mark")).toString();
    m.databaseId = object.value(QStringLiteral("database_id")).toString();
    if (m.kind != QLatin1String(kFullKind) && m.kind != QLatin1String(kIncrementalKind))
        return broken(
            QCoreApplication::translate("BackupManifest", "unknown kind \"%1\"").arg(m.kind.left(40)));
    if (m.isIncremental() != (formatVersion == kIncrementalFormatVersion))
        return broken(QCoreApplication::translate("BackupManifest", "its kind and format_version disagree"));
    if (m.isIncremental()
        && (m.parent.isEmpty() || m.parent.contains(QLatin1Char('/')) || m.parent.startsWith(QLatin1Char('.'))
            || !m.parent.endsWith(QLatin1String(kSuffix))))
        return broken(QCoreApplication::translate(
            "BackupManifest", "an incremental set must name its parent's manifest in its folder"));
    m.path = QFileInfo(path).absoluteFilePath();
    m.createdAt
        = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        return broken(QCoreApplication::translate("BackupManifest", "\"created_at\" is not a date"));
    const QString engine = object.value(QStringLiteral("engine")).toString();
    if (engine == engineName(Engine::PostgreSQL))
        m.engine = Engine::PostgreSQL;
    else if (engine == engineName(Engine::SQLite))
        m.engine = Engine::SQLite;
    else
        return broken(
            QCoreApplication::translate("BackupManifest", "unknown engine \"%1\"").arg(engine.left(40)));
    m.serverVersion = object.value(QStringLiteral("server_version")).toString();
    m.schemaVersion = object.value(QStringLiteral("schema_version")).toInt(-1);
    if (m.schemaVersion < 1)
        return broken(QCoreApplication::translate("BackupManifest", "\"schema_version\" is missing"));
    m.tool = object.value(QStringLiteral("tool")).toString();
    m.toolMajor = object.value(QStringLiteral("tool_major")).toInt();
    m.source = object.value(QStringLiteral("source")).toString();
    m.checksumAlgorithm = object.value(QStringLiteral("checksum_algorithm")).toString();
    const QJsonObject tableObject = object.value(QStringLiteral("tables")).toObject();
    if (tableObject.isEmpty())
        return broken(QCoreApplication::translate("BackupManifest", "it lists no tables"));
    for (auto it = tableObject.constBegin(); it != tableObject.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        m.tables.insert(it.key(),
            { t.value(QStringLiteral("rows")).toInteger(-1),
                t.value(QStringLiteral("checksum")).toString() });
    }
    if (const QString why = readFileEntries(object.value(QStringLiteral("files")).toArray(), &m.files);
        !why.isEmpty())
        return broken(why);
    if (m.filePath(QLatin1String(kDatabaseRole)).isEmpty())
        return broken(QCoreApplication::translate("BackupManifest", "it names no database file"));
    return m;
}

Result<BackupManifest> BackupManifest::read(const QString &path)
{
    QString manifestPath = path;
    if (!path.endsWith(QLatin1String(kSuffix))) {
        const QFileInfo info(path);
        QString base = info.fileName();
        base = base.left(base.indexOf(QLatin1Char('.')));
        if (base.endsWith(QLatin1String("_images")))
            base.chop(7);
        manifestPath = info.dir().filePath(base + QLatin1String(kSuffix));
    }
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("BackupManifest",
                "Cannot read the backup manifest %1: %2 (a backup set without its "
                "manifest is incomplete and is not restored)")
                .arg(manifestPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (doc.isNull() || !doc.isObject())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("BackupManifest", "%1 is not a usable backup manifest: %2")
                .arg(manifestPath, parseError.errorString()));
    return fromJson(doc.object(), manifestPath);
}

StorageError BackupManifest::write() const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManifest", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    // Flush before commit(): Qt 6.4's QSaveFile::commit() does not notice a failure of the final
    // flush of its buffer (a full disk) and would put an empty manifest in place as if it were good.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManifest", "Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManifest", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    return {};
}

QString BackupManifest::filePath(const QString &role) const
{
    for (const FileEntry &f : files) {
        if (f.role == role)
            return QFileInfo(path).dir().filePath(f.name);
    }
    return {};
}

QString BackupManifest::fileName() const
{
    return QFileInfo(path).fileName();
}

QString BackupManifest::setName() const
{
    return fileName().chopped(qsizetype(qstrlen(kSuffix)));
}

qint64 BackupManifest::totalRows() const
{
    qint64 rows = 0;
    for (const TableDigest &t : tables)
        rows += t.rows;
    return rows;
}

StorageError BackupManifest::addFile(const QString &filePath, const QString &role, const QString &knownSha256)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QString> sum
        = knownSha256.isEmpty() ? backup::sha256Of(filePath) : Result<QString>(knownSha256);
    if (!sum)
        return sum.error();
    if (knownSha256.isEmpty())
        qCInfo(lcStorage) << "sha256 of" << QFileInfo(filePath).fileName()
                          << QFileInfo(filePath).size() / 1048576 << "MB in" << timer.elapsed() << "ms";
    files.append({ QFileInfo(filePath).fileName(), role, QFileInfo(filePath).size(), sum.value() });
    return {};
}

StorageError BackupManifest::verifyFiles(
    bool withImages, const std::function<bool(const QString &name)> &tick) const
{
    for (const FileEntry &f : files) {
        if (tick && !tick(f.name))
            return backup::cancelled();
        if (f.role == QLatin1String(kImagesRole) && !withImages)
            continue;
        const QString filePath = QFileInfo(path).dir().filePath(f.name);
        const QFileInfo info(filePath);
        if (!info.exists())
            return backup::failure(ErrorKind::NotFound,
                QCoreApplication::translate("BackupManifest", "%1 is missing from the backup set")
                    .arg(filePath));
        if (info.size() != f.size)
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate(
                    "BackupManifest", "%1 has %2 bytes, the manifest says %3: the file is damaged")
                    .arg(filePath)
                    .arg(info.size())
                    .arg(f.size));
        const Result<QString> sum = backup::sha256Of(filePath);
        if (!sum)
            return sum.error();
        if (sum.value() != f.sha256)
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("BackupManifest",
                    "%1 does not match the sha256 in the manifest: the file is damaged or was changed")
                    .arg(filePath));
    }
    return {};
}

QStringList BackupManifest::differences(const Digests &actual) const
{
    QStringList found;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const auto other = actual.constFind(it.key());
        if (other == actual.cend())
            found << QCoreApplication::translate("BackupManifest", "%1 is missing").arg(it.key());
        else if (other->rows != it->rows)
            found << QCoreApplication::translate("BackupManifest", "%1 has %2 rows, the backup %3")
                         .arg(it.key())
                         .arg(other->rows)
                         .arg(it->rows);
        else if (other->checksum != it->checksum)
            found << QCoreApplication::translate(
                "BackupManifest", "%1 has the same %2 rows but different contents")
                         .arg(it.key())
                         .arg(it->rows);
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!tables.contains(it.key()))
            found << QCoreApplication::translate("BackupManifest", "%1 is not in the manifest").arg(it.key());
    }
    return found;
}

} // namespace catalog
