#include "maintenance/backup/imagearchive_p.h"

#include "core/storagelog_p.h"
#include "maintenance/backup/backupcommon_p.h"
#include "maintenance/backup/backupprocess_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>

#include <sys/stat.h>

namespace catalog {

namespace {

constexpr int kBlock = 512;

StorageError refused(const QString &tarPath, const QString &why)
{
    return backup::failure(ErrorKind::Validation,
        QCoreApplication::translate("ImageArchive", "The image archive %1 is refused: %2").arg(tarPath, why));
}

qint64 octalField(const QByteArray &header, int offset, int width, bool *ok)
{
    const QByteArray field = header.mid(offset, width);
    // GNU's base-256 numbers (first byte with the high bit set) are for sizes no image has.
    if (!field.isEmpty() && (static_cast<unsigned char>(field.at(0)) & 0x80)) {
        *ok = false;
        return 0;
    }
    const QByteArray digits = field.left(field.indexOf('\0') < 0 ? width : field.indexOf('\0')).trimmed();
    return digits.isEmpty() ? (*ok = true, 0) : digits.toLongLong(ok, 8);
}

bool checksumMatches(const QByteArray &header)
{
    bool ok = false;
    const qint64 recorded = octalField(header, 148, 8, &ok);
    qint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header.at(i));
    return ok && sum == recorded;
}

QString cString(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf('\0');
    return QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
}

// The "path" of a pax extended header, if it has one. *resized: it also sets "size", which would
// make tar and this reader disagree on where the next header is.
QString paxPath(const QByteArray &data, bool *resized)
{
    QString path;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype space = data.indexOf(' ', at);
        bool ok = false;
        const qsizetype length = space < 0 ? 0 : data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= 0)
            break;
        const QByteArray record = data.mid(space + 1, length - (space + 1 - at) - 1);
        if (record.startsWith("path="))
            path = QString::fromUtf8(record.mid(5));
        if (record.startsWith("size="))
            *resized = true;
        at += length;
    }
    return path;
}

// What is wrong with a member name, or empty; `top` collects the one top folder.
QString checkName(QString name, QString *top)
{
    while (name.startsWith(QStringLiteral("./")))
        name.remove(0, 2);
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("ImageArchive", "the member \"%1\" has an absolute or empty name")
            .arg(name);
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return QCoreApplication::translate("ImageArchive", "the member \"%1\" leaves its folder")
                .arg(name);
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("ImageArchive", "a member has no name");
    if (top->isEmpty())
        *top = parts.first();
    else if (*top != parts.first())
        return QCoreApplication::translate("ImageArchive", "it holds more than one top folder (%1 and %2)")
            .arg(*top, parts.first());
    return {};
}

// What is wrong with one header (type, mode), or empty.
QString checkMember(const QString &name, char type, qint64 mode)
{
    if (type != '0' && type != '\0' && type != '5') {
        const QString kind = type == '1' ? QCoreApplication::translate("ImageArchive", "a hard link")
            : type == '2'                ? QCoreApplication::translate("ImageArchive", "a symbolic link")
            : type == '3' || type == '4' ? QCoreApplication::translate("ImageArchive", "a device node")
            : type == '6'
            ? QCoreApplication::translate("ImageArchive", "a FIFO")
            : QCoreApplication::translate("ImageArchive", "of type '%1'").arg(QLatin1Char(type));
        return QCoreApplication::translate(
            "ImageArchive", "the member \"%1\" is %2; only plain files and folders are accepted")
            .arg(name, kind);
    }
    if (mode & 07000)
        return QCoreApplication::translate(
            "ImageArchive", "the member \"%1\" has a setuid, setgid or sticky mode (%2)")
            .arg(name)
            .arg(mode, 0, 8);
    return {};
}

// Reads one member's data (a long name or pax header) or skips it.
bool readOrSkip(QFile &file, qint64 size, QByteArray *data)
{
    const qint64 padded = (size + kBlock - 1) / kBlock * kBlock;
    if (data) {
        *data = file.read(padded).left(size);
        return data->size() == size;
    }
    return file.seek(file.pos() + padded) && file.pos() <= file.size();
}

// Every entry under `dir` as lstat sees it: empty when all are plain files and folders.
QString firstUnplainEntry(const QString &dir)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString path = it.next();
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return path;
        if ((!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) || (st.st_mode & (S_ISUID | S_ISGID | S_ISVTX)))
            return path;
    }
    return {};
}

bool isLink(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

bool existsNoFollow(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// Removes a folder moved aside; a link is unlinked, never followed.
void removeAside(const QString &path)
{
    const bool removed = isLink(path) ? QFile::remove(path) : QDir(path).removeRecursively();
    if (!removed)
        qCWarning(lcStorage) << "could not remove the previous image store" << path;
}

// Every plain file under the store, named as the archive names it ("images/p1/a.jpg"), sorted.
QStringList imageStoreFiles(const QString &imagesDir)
{
    const QFileInfo info(imagesDir);
    const QDir parent(info.absolutePath());
    QStringList files;
    QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << parent.relativeFilePath(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

StorageError writeImageIndex(const QString &indexPath, const QStringList &files)
{
    QSaveFile out(indexPath);
    if (!out.open(QIODevice::WriteOnly))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot write %1: %2")
                .arg(indexPath, out.errorString()));
    for (const QString &f : files)
        out.write(f.toUtf8() + '\n');
    if (!out.commit())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot write %1: %2")
                .arg(indexPath, out.errorString()));
    return {};
}

StorageError checkImageStore(const QString &imagesDir)
{
    if (imagesDir.isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("ImageArchive", "No image store folder is configured"));
    const QFileInfo info(imagesDir);
    if (isLink(info.absoluteFilePath()))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "ImageArchive", "The image store %1 is a symbolic link; only a plain folder is backed up")
                .arg(imagesDir));
    if (!QDir().mkpath(info.absoluteFilePath()))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot create the image store folder %1")
                .arg(imagesDir));
    return {};
}

} // namespace

ImageArchive::ImageArchive(QString tarPath)
    : m_tarPath(std::move(tarPath))
{
}

ImageArchive::~ImageArchive()
{
    if (!m_staging.isEmpty() && !QDir(m_staging).removeRecursively())
        qCWarning(lcStorage) << "could not remove the staging folder" << m_staging;
}

StorageError ImageArchive::create(
    const QString &imagesDir, const QString &tarPath, const Tick &tick, const QString &indexPath)
{
    if (StorageError e = checkImageStore(imagesDir); !e.ok())
        return e;
    const QFileInfo info(imagesDir);
    if (!indexPath.isEmpty()) {
        if (StorageError e = writeImageIndex(indexPath, imageStoreFiles(imagesDir)); !e.ok())
            return e;
    }
    return BackupProcess::run(
        { QStringLiteral("tar"),
            { QStringLiteral("-cf"), tarPath, QStringLiteral("-C"), info.absolutePath(), info.fileName() } },
        tick, QCoreApplication::translate("ImageArchive", "Archiving the image store"));
}

StorageError ImageArchive::createIncremental(const QString &imagesDir, const QString &tarPath,
    const QString &parentIndexPath, const QString &indexPath, const Tick &tick)
{
    if (StorageError e = checkImageStore(imagesDir); !e.ok())
        return e;
    QFile parentIndex(parentIndexPath);
    if (!parentIndex.open(QIODevice::ReadOnly))
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("ImageArchive", "Cannot read the parent's list of images %1: %2")
                .arg(parentIndexPath, parentIndex.errorString()));
    QSet<QString> known;
    while (!parentIndex.atEnd())
        known.insert(QString::fromUtf8(parentIndex.readLine()).chopped(1));
    const QStringList files = imageStoreFiles(imagesDir);
    if (StorageError e = writeImageIndex(indexPath, files); !e.ok())
        return e;
    const QFileInfo info(imagesDir);
    QByteArray names = QFile::encodeName(info.fileName()) + '\0';
    for (const QString &f : files) {
        if (!known.contains(f))
            names += QFile::encodeName(f) + '\0';
    }
    QTemporaryFile list;
    if (!list.open() || list.write(names) != names.size() || !list.flush())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot write the list of new images"));
    return BackupProcess::run(
        { QStringLiteral("tar"),
            { QStringLiteral("-cf"), tarPath, QStringLiteral("-C"), info.absolutePath(),
                QStringLiteral("--no-recursion"), QStringLiteral("--null"),
                QStringLiteral("--verbatim-files-from"), QStringLiteral("-T"), list.fileName() } },
        tick, QCoreApplication::translate("ImageArchive", "Archiving the new images"));
}

StorageError ImageArchive::stageMore(const QString &tarPath, const Tick &tick)
{
    if (m_staging.isEmpty())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "The image archive %1 was not unpacked")
                .arg(m_tarPath));
    ImageArchive more(tarPath);
    if (StorageError e = more.check(); !e.ok())
        return e;
    if (more.m_topFolder != m_topFolder)
        return refused(tarPath,
            QCoreApplication::translate("ImageArchive", "its top folder %1 is not %2")
                .arg(more.m_topFolder, m_topFolder));
    if (StorageError e = BackupProcess::run(
            { QStringLiteral("tar"),
                { QStringLiteral("-xf"), tarPath, QStringLiteral("-C"), m_staging,
                    QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions") } },
            tick, QCoreApplication::translate("ImageArchive", "Unpacking the image archive"));
        !e.ok())
        return e;
    return checkStaged();
}

StorageError ImageArchive::check()
{
    QFile file(m_tarPath);
    if (!file.open(QIODevice::ReadOnly))
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("ImageArchive", "Cannot read the image archive %1: %2")
                .arg(m_tarPath, file.errorString()));
    QString top;
    QString pendingName;
    for (;;) {
        const QByteArray header = file.read(kBlock);
        if (header.size() < kBlock)
            return refused(
                m_tarPath, QCoreApplication::translate("ImageArchive", "it ends in the middle of a header"));
        if (header.count('\0') == kBlock)
            break;
        if (!checksumMatches(header))
            return refused(m_tarPath,
                QCoreApplication::translate(
                    "ImageArchive", "a header's checksum is wrong (not a tar archive?)"));
        bool sizeOk = false;
        bool modeOk = false;
        const qint64 size = octalField(header, 124, 12, &sizeOk);
        const qint64 mode = octalField(header, 100, 8, &modeOk);
        const char type = header.at(156);
        if (!sizeOk || !modeOk || size < 0)
            return refused(
                m_tarPath, QCoreApplication::translate("ImageArchive", "a header has no valid size or mode"));
        if (type == 'L' || type == 'x') { // the next member's long name (GNU) or pax attributes
            QByteArray data;
            if (!readOrSkip(file, size, &data))
                return refused(m_tarPath,
                    QCoreApplication::translate("ImageArchive", "it ends in the middle of a member"));
            bool resized = false;
            pendingName = type == 'L' ? cString(data) : paxPath(data, &resized);
            if (resized)
                return refused(m_tarPath,
                    QCoreApplication::translate("ImageArchive", "a pax header changes a member's size"));
            continue;
        }
        QString name = pendingName;
        pendingName.clear();
        if (name.isEmpty()) {
            // POSIX ustar only: GNU's "ustar  " headers keep other fields where the prefix would be.
            const bool posix = header.mid(257, 6) == QByteArray("ustar\0", 6);
            const QString prefix = posix ? cString(header.mid(345, 155)) : QString();
            name = (prefix.isEmpty() ? QString() : prefix + QLatin1Char('/')) + cString(header.left(100));
        }
        if (QString why = checkName(name, &top); !why.isEmpty())
            return refused(m_tarPath, why);
        if (QString why = checkMember(name, type, mode); !why.isEmpty())
            return refused(m_tarPath, why);
        if (type == '5' && size != 0) // tar and this reader could disagree on where the next header is
            return refused(m_tarPath,
                QCoreApplication::translate("ImageArchive", "the folder \"%1\" claims %2 bytes of data")
                    .arg(name)
                    .arg(size));
        if (!readOrSkip(file, size, nullptr))
            return refused(
                m_tarPath, QCoreApplication::translate("ImageArchive", "it ends in the middle of a member"));
    }
    if (top.isEmpty())
        return refused(m_tarPath, QCoreApplication::translate("ImageArchive", "it is empty"));
    m_topFolder = top;
    return {};
}

StorageError ImageArchive::stage(const QString &imagesDir, const Tick &tick)
{
    if (m_topFolder.isEmpty()) {
        if (StorageError e = check(); !e.ok())
            return e;
    }
    QDir parent(QFileInfo(imagesDir).absolutePath());
    if (!parent.mkpath(QStringLiteral(".")))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot create %1").arg(parent.path()));
    m_staging
        = parent.filePath(QStringLiteral(".images-restore-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(m_staging))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot create %1").arg(m_staging));
    if (StorageError e = BackupProcess::run(
            { QStringLiteral("tar"),
                { QStringLiteral("-xf"), m_tarPath, QStringLiteral("-C"), m_staging,
                    QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions") } },
            tick, QCoreApplication::translate("ImageArchive", "Unpacking the image archive"));
        !e.ok())
        return e;
    return checkStaged();
}

StorageError ImageArchive::checkStaged() const
{
    const QStringList top
        = QDir(m_staging).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (top != QStringList { m_topFolder })
        return refused(m_tarPath,
            QCoreApplication::translate("ImageArchive", "it should unpack to one folder, it gave %1")
                .arg(top.join(QStringLiteral(", "))));
    const QString unpacked = QDir(m_staging).filePath(m_topFolder);
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(unpacked).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return refused(m_tarPath,
            QCoreApplication::translate("ImageArchive", "its top member %1 is not a folder")
                .arg(m_topFolder));
    if (const QString bad = firstUnplainEntry(unpacked); !bad.isEmpty())
        return refused(m_tarPath,
            QCoreApplication::translate(
                "ImageArchive", "%1 unpacked as something other than a plain file or folder")
                .arg(bad));
    return {};
}

StorageError ImageArchive::swapInto(const QString &imagesDir)
{
    if (m_staging.isEmpty())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "The image archive %1 was not unpacked")
                .arg(m_tarPath));
    // Checked again just before the rename: nothing but a plain folder is ever put in place.
    if (StorageError e = checkStaged(); !e.ok())
        return e;
    const QFileInfo info(imagesDir);
    const QString live = info.absoluteFilePath();
    const QString unpacked = QDir(m_staging).filePath(m_topFolder);
    const QString old
        = QDir(info.absolutePath())
              .filePath(QStringLiteral(".images-old-") + QUuid::createUuid().toString(QUuid::Id128));
    const bool hadImages = existsNoFollow(live);
    if (hadImages && !QDir().rename(live, old))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot move the current image store %1 aside")
                .arg(imagesDir));
    if (!QDir().rename(unpacked, live)) {
        if (hadImages)
            QDir().rename(old, live);
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("ImageArchive", "Cannot put the restored images in %1")
                .arg(imagesDir));
    }
    if (hadImages)
        removeAside(old);
    return {};
}

} // namespace catalog
