#pragma once

#include "images/imagecodec.h"
#include "core/imagerecord.h"
#include "core/storageerror.h"

#include <QString>

namespace catalog {

class ConnectionManager;

// The image files of the catalog and their rows in `images`, kept in step.
//
// Files live under <root>/images/<product folder>/<uuid>.<ext>, where the product folder is the
// product's source_id made safe for a file name (or "id-<id>"); `images.local_path` holds that
// path relative to the root, so the root can move. A file is written to a hidden temporary file
// in its folder, fsync'ed, renamed into place (and the folder fsync'ed) before its row is updated
// in a transaction; a failed update removes the new file again, and a replaced file is removed
// only after the row points at its successor. A crash between the rename and the commit leaves a
// file without a row: recover() (run when a fetch job starts) and the consistency checker find
// and remove it; no row ever points at a file that was not completely written.
//
// The store refuses to write through a link: an `images` folder or product folder that is a
// symbolic link (or resolves outside the root) fails the write with a Permission error.
//
// Blocking (disk and database); call from a worker thread. Errors are StorageError with a message
// for operators. Thread-safe as far as ConnectionManager is; two stores may share a root.
class ImageStore
{
public:
    struct Options
    {
        ImageCodec::Limits limits;
        QString convertTo; // empty: keep the downloaded file as it is; else jpeg, png or webp
        int quality = -1; // 0..100 for conversions; -1 the encoder's default
    };

    ImageStore(ConnectionManager &connections, const QString &root);
    ImageStore(ConnectionManager &connections, const QString &root, Options options);

    const QString &root() const { return m_root; }
    QString imagesRoot() const;
    QString absolutePath(const QString &localPath) const;
    static QString productFolder(const QString &sourceId, qint64 productId);

    // Validates and stores a downloaded body as the file of `image` (a row of `images`) and records
    // it. A body that is not a usable image is recorded as the row's fetch_error and returned as a
    // Validation error (field "body"). A body identical to the stored file only refreshes the fetch
    // state. `changed` (optional) tells whether a new file was written.
    Result<ImageRecord> storeDownload(const ImageRecord &image, const QString &productSourceId,
        const QByteArray &body, const QString &etag, const QString &lastModified, bool *changed = nullptr);
    // storeDownload() for a body the caller decoded already with ImageCodec::decode() (and this
    // store's limits), e.g. one picture stored for many products: the same checks and records,
    // without decoding the same bytes again.
    Result<ImageRecord> storeDecoded(const ImageRecord &image, const QString &productSourceId, const QByteArray &body,
        const ImageCodec::Decoded &decoded, const QString &etag, const QString &lastModified, bool *changed = nullptr);
    // Removes the row, then its file (and its thumbnails are left for the thumbnail cache to drop).
    StorageError deleteImage(qint64 id);
    // Removes a soft-deleted product for good: its rows go with it (ON DELETE CASCADE), then its files.
    StorageError hardDeleteProduct(qint64 productId);
    // Removes temporary files left by interrupted writes, older than `graceSeconds`.
    int removeTemporaryFiles(int graceSeconds = 60);

    // Writes bytes to `path` atomically: temporary file in the same folder, fsync, rename, folder
    // fsync. Creates the folder. False with *error set on failure (nothing is left behind).
    static bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);
    static bool isTemporaryFileName(const QString &fileName);
    // A name this store makes: <uuid>.<ext>, or its temporary file. Orphan repair removes only these.
    static bool isStoreFileName(const QString &fileName);

private:
    // The store writes only inside <root>/images: that folder, or the product folder in it, being a
    // link (or resolving elsewhere) is a Permission error.
    StorageError checkWritableFolder(const QString &folder) const;

    ConnectionManager &m_connections;
    QString m_root;
    Options m_options;
};

} // namespace catalog
