#pragma once

#include "core/storageerror.h"

#include <QString>

#include <functional>

namespace catalog {

// The image store of a backup set: `…_images.tar`, one top folder (the store's `images`) holding
// plain files and folders only.
//
// Restoring is three steps so that nothing changes before the database does: check() reads the
// archive's headers and refuses any member that is not a regular file or folder (links, devices,
// FIFOs), any setuid/setgid/sticky mode, any absolute name or "..", and any second top folder;
// stage() unpacks it beside the live folder without owners or modes (umask 022) and walks the
// result with lstat, refusing anything that is not a plain file or folder; swapInto() puts the
// staged folder in place of the live one, which it moves aside and deletes without following a
// link. The staging folder is removed with the object.
//
// Blocking; one object per restore, one thread. Errors are StorageError; a refused archive is a
// Validation error whose message names "the image archive" and the member.
class ImageArchive
{
public:
    using Tick = std::function<bool()>;

    explicit ImageArchive(QString tarPath);
    ~ImageArchive();
    ImageArchive(const ImageArchive &) = delete;
    ImageArchive &operator=(const ImageArchive &) = delete;

    // Archives the folder `imagesDir` (created when missing; a link is refused) as `tarPath`,
    // and lists its files in `indexPath` (when given) for a later incremental archive.
    static StorageError create(
        const QString &imagesDir, const QString &tarPath, const Tick &tick, const QString &indexPath = {});
    // Archives only the files of `imagesDir` that `parentIndexPath` does not list (with the top
    // folder, so that the archive is never empty) as `tarPath`, and lists every file in `indexPath`.
    // The files of a set are listed before they are archived: one written meanwhile is taken by
    // the next set, never lost.
    static StorageError createIncremental(const QString &imagesDir, const QString &tarPath,
        const QString &parentIndexPath, const QString &indexPath, const Tick &tick);

    StorageError check();
    StorageError stage(const QString &imagesDir, const Tick &tick);
    // After stage(): unpacks a further archive of the same store (an incremental set's added
    // files) over the staged folder, checked as the first.
    StorageError stageMore(const QString &tarPath, const Tick &tick);
    StorageError swapInto(const QString &imagesDir);

private:
    StorageError checkStaged() const;

    QString m_tarPath;
    QString m_topFolder; // the archive's one top folder, known after check()
    QString m_staging; // hidden folder beside the live store, while staged
};

} // namespace catalog
