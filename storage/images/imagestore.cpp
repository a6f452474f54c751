#include "images/imagestore.h"

#include "db/connectionmanager.h"
#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace catalog {

namespace {

const QString kTempPrefix = QStringLiteral(".incoming-");

void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

} // namespace

ImageStore::ImageStore(ConnectionManager &connections, const QString &root)
    : ImageStore(connections, root, Options())
{
}

ImageStore::ImageStore(ConnectionManager &connections, const QString &root, Options options)
    : m_connections(connections)
    , m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_options(std::move(options))
{
}

QString ImageStore::imagesRoot() const
{
    return m_root + QStringLiteral("/images");
}

QString ImageStore::absolutePath(const QString &localPath) const
{
    if (localPath.isEmpty())
        return {};
    return QDir::isAbsolutePath(localPath) ? localPath : m_root + QLatin1Char('/') + localPath;
}

QString ImageStore::productFolder(const QString &sourceId, qint64 productId)
{
    QString folder;
    for (const QChar c : sourceId) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        folder += safe ? c : QLatin1Char('_');
    }
    // Never ".", "..", hidden or empty.
    if (folder.isEmpty() || folder.startsWith(QLatin1Char('.')))
        folder = QStringLiteral("id-%1").arg(productId);
    return folder;
}

bool ImageStore::isTemporaryFileName(const QString &fileName)
{
    return fileName.startsWith(kTempPrefix);
}

bool ImageStore::isStoreFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:\\.incoming-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[a-z0-9]{2,5}$"));
    return pattern.match(fileName).hasMatch();
}

StorageError ImageStore::checkWritableFolder(const QString &folder) const
{
    const QString images = imagesRoot();
    const QString rootCanonical = QFileInfo(m_root).canonicalFilePath();
    for (const QString &path : { images, folder }) {
        const QFileInfo info(path);
        if (info.isSymLink())
            return StorageError::make(ErrorKind::Permission,
                QCoreApplication::translate("ImageStore",
                    "The image folder %1 is a symbolic link; the image store writes only inside %2")
                    .arg(path, m_root));
        if (!info.exists())
            continue;
        const QString expected = rootCanonical + QLatin1Char('/') + QDir(m_root).relativeFilePath(path);
        if (rootCanonical.isEmpty() || info.canonicalFilePath() != QDir::cleanPath(expected))
            return StorageError::make(ErrorKind::Permission,
                QCoreApplication::translate(
                    "ImageStore", "The image folder %1 resolves to %2, outside the image store %3")
                    .arg(path, info.canonicalFilePath(), m_root));
    }
    return {};
}

bool ImageStore::writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = QCoreApplication::translate("ImageStore", "Cannot create the folder %1")
                     .arg(target.absolutePath());
        return false;
    }
    const QString temp = target.absolutePath() + QLatin1Char('/') + kTempPrefix + target.fileName();
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error
            = QCoreApplication::translate("ImageStore", "Cannot create %1: %2").arg(temp, file.errorString());
        return false;
    }
    // A full disk shows as a short write without an error: write the rest to get the reason (ENOSPC).
    qint64 done = file.write(bytes);
    if (done >= 0 && done < bytes.size() && file.error() == QFileDevice::NoError) {
        const qint64 more = file.write(bytes.constData() + done, bytes.size() - done);
        done = more < 0 ? more : done + more;
    }
    const bool written = done == bytes.size() && file.flush();
    QString writeError = file.error() != QFileDevice::NoError ? file.errorString() : QString();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(file.handle()) == 0;
    if (written && !synced)
        writeError = qt_error_string(errno);
#else
    const bool synced = written;
#endif
    if (!synced && writeError.isEmpty())
        writeError = QCoreApplication::translate(
            "ImageStore", "only %1 of %2 bytes could be written (is the disk full?)")
                         .arg(qMax<qint64>(done, 0))
                         .arg(bytes.size());
    file.close();
    if (!synced) {
        QFile::remove(temp);
        *error = QCoreApplication::translate("ImageStore", "Cannot write %1: %2").arg(temp, writeError);
        return false;
    }
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
#else
    if (!QFile::rename(temp, path)) {
#endif
        QFile::remove(temp);
        *error = QCoreApplication::translate("ImageStore", "Cannot move %1 into place as %2").arg(temp, path);
        return false;
    }
    syncDirectory(target.absolutePath());
    return true;
}

Result<ImageRecord> ImageStore::storeDownload(const ImageRecord &image, const QString &productSourceId,
    const QByteArray &body, const QString &etag, const QString &lastModified, bool *changed)
{
    return storeDecoded(
        image, productSourceId, body, ImageCodec::decode(body, m_options.limits), etag, lastModified, changed);
}

Result<ImageRecord> ImageStore::storeDecoded(const ImageRecord &image, const QString &productSourceId,
    const QByteArray &body, const ImageCodec::Decoded &decoded, const QString &etag, const QString &lastModified,
    bool *changed)
{
    if (changed)
        *changed = false;
    ImageRepository rows(m_connections);
    if (!decoded.ok()) {
        const Result<ImageRecord> recorded = rows.recordFetch(image.id, decoded.error);
        if (!recorded)
            return recorded.error();
        return StorageError::validation({ FieldError { QStringLiteral("body"), decoded.error } });
    }
    QByteArray bytes = body;
    QString format = decoded.format;
    if (!m_options.convertTo.isEmpty() && m_options.convertTo != format) {
        QString error;
        bytes = ImageCodec::encode(decoded.image, m_options.convertTo, m_options.quality, &error);
        if (bytes.isEmpty()) {
            const Result<ImageRecord> recorded = rows.recordFetch(image.id, error);
            if (!recorded)
                return recorded.error();
            return StorageError::make(ErrorKind::Internal, error);
        }
        format = m_options.convertTo;
    }
    const QString sha = ImageCodec::sha256Hex(bytes);

    ImageRecord updated = image;
    updated.etag = etag;
    updated.lastModified = lastModified;
    updated.fetchedAt = QDateTime::currentDateTimeUtc();
    updated.fetchError.clear();
    if (image.isStored() && image.sha256 == sha && QFileInfo::exists(absolutePath(image.localPath)))
        return rows.updateFile(updated); // same content: only the fetch state changes

    const QString localPath
        = QStringLiteral("images/%1/%2.%3")
              .arg(productFolder(productSourceId, image.productId),
                  QUuid::createUuid().toString(QUuid::WithoutBraces), ImageCodec::suffixFor(format));
    if (StorageError e = checkWritableFolder(QFileInfo(absolutePath(localPath)).absolutePath()); !e.ok()) {
        const Result<ImageRecord> recorded = rows.recordFetch(image.id, e.message);
        if (!recorded)
            return recorded.error();
        return e;
    }
    QString error;
    if (!writeFileAtomically(absolutePath(localPath), bytes, &error)) {
        const Result<ImageRecord> recorded = rows.recordFetch(image.id, error);
        if (!recorded)
            return recorded.error();
        return StorageError::make(ErrorKind::Internal, error);
    }
    // Fault injection for the crash-safety test (tests/app/tst_catalogctl.cpp): the process dies
    // exactly between the file and its row, as a power cut or a kill -9 could make it.
    if (qEnvironmentVariable("CATALOG_FAULT_INJECTION") == QLatin1String("image-after-file"))
        std::_Exit(70);
    updated.localPath = localPath;
    updated.width = decoded.image.width();
    updated.height = decoded.image.height();
    updated.size = bytes.size();
    updated.format = format;
    updated.sha256 = sha;
    Result<ImageRecord> stored = rows.updateFile(updated);
    if (!stored) {
        QFile::remove(absolutePath(localPath)); // no file without a row
        return stored;
    }
    if (image.isStored() && image.localPath != localPath)
        QFile::remove(absolutePath(image.localPath)); // the row points at the new file now
    if (changed)
        *changed = true;
    return stored;
}

StorageError ImageStore::deleteImage(qint64 id)
{
    ImageRepository rows(m_connections);
    const Result<ImageRecord> image = rows.findById(id);
    if (!image)
        return image.error();
    if (StorageError e = rows.remove(id); !e.ok())
        return e;
    if (image->isStored()) {
        const QString path = absolutePath(image->localPath);
        if (QFile::exists(path) && !QFile::remove(path))
            return StorageError::make(ErrorKind::Permission,
                QCoreApplication::translate("ImageStore",
                    "Image %1 was deleted but its file %2 could not be removed; the consistency "
                    "check lists it as a file without a row")
                    .arg(id)
                    .arg(path));
    }
    return {};
}

StorageError ImageStore::hardDeleteProduct(qint64 productId)
{
    ImageRepository rows(m_connections);
    const Result<QList<ImageRecord>> images = rows.listForProduct(productId);
    if (!images)
        return images.error();
    if (StorageError e = ProductRepository(m_connections).hardDelete(productId); !e.ok())
        return e;
    QStringList failed;
    QSet<QString> folders;
    for (const ImageRecord &image : images.value()) {
        if (!image.isStored())
            continue;
        const QString path = absolutePath(image.localPath);
        folders.insert(QFileInfo(path).absolutePath());
        if (QFile::exists(path) && !QFile::remove(path))
            failed << path;
    }
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder); // only when empty
    if (!failed.isEmpty())
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate(
                "ImageStore", "The product was removed but %1 of its image files could not be: %2")
                .arg(failed.size())
                .arg(failed.mid(0, 3).join(QStringLiteral(", "))));
    return {};
}

int ImageStore::removeTemporaryFiles(int graceSeconds)
{
    int removed = 0;
    if (StorageError e = checkWritableFolder(imagesRoot()); !e.ok()) {
        qCWarning(lcStorage).noquote() << "unfinished image files not removed:" << e.message;
        return removed;
    }
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    QDirIterator it(imagesRoot(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (isTemporaryFileName(it.fileName()) && it.fileInfo().lastModified().toUTC() <= cutoff
            && QFile::remove(it.filePath())) {
            qCInfo(lcStorage) << "removed the unfinished image file" << it.filePath();
            ++removed;
        }
    }
    return removed;
}

} // namespace catalog
