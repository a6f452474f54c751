#include "maintenance/backup/rowhashes_p.h"

#include "maintenance/backup/backupcommon_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace catalog {

namespace row_hashes {

constexpr auto kRowHashesMagic = "catalog-admin-row-hashes 1";
// Hashes do not compress: the blocks are stored as they are (the manifest's sha256 covers them).
constexpr qsizetype kRowHashesPiece = qsizetype(1) << 20; // entries per compressed block
constexpr qsizetype kRowHashesMaxBlock = qsizetype(1) << 30;

enum class BlockKind : quint8 { Table = 1, Rows = 2, Deleted = 3, End = 4 };

void putU64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

quint64 getU64(const char *at)
{
    return qFromLittleEndian<quint64>(at);
}

// Keys are stored as the difference from the key before, zigzag-encoded in base-128 varints: a
// dense key column takes a byte a row instead of eight.
void putKey(QByteArray &out, qint64 key, qint64 &previous)
{
    const quint64 delta = quint64(key) - quint64(previous);
    previous = key;
    quint64 zigzag = (delta << 1) ^ quint64(qint64(delta) >> 63);
    while (zigzag >= 0x80) {
        out.append(char(zigzag | 0x80));
        zigzag >>= 7;
    }
    out.append(char(zigzag));
}

bool getKey(const char *&at, const char *end, qint64 &key)
{
    quint64 zigzag = 0;
    for (int shift = 0; at < end && shift < 64; shift += 7) {
        const auto byte = quint8(*at++);
        zigzag |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            key = qint64(quint64(key) + ((zigzag >> 1) ^ (~(zigzag & 1) + 1)));
            return true;
        }
    }
    return false;
}

StorageError unreadable(const QString &path, const QString &why)
{
    return backup::failure(ErrorKind::Validation,
        QCoreApplication::translate("RowHashes", "%1 is not a readable row-hash file: %2").arg(path, why));
}

bool writeBlock(QIODevice &file, BlockKind kind, const QByteArray &payload)
{
    const QByteArray packed = QByteArray(1, char(kind)) + payload;
    char length[4];
    qToLittleEndian(quint32(packed.size()), length);
    return file.write(length, 4) == 4 && file.write(packed) == packed.size();
}

// The next block's kind and payload; nullopt at a clean end of file is not possible (the End block
// closes every file), so a missing block is a cut-short file.
Result<QPair<BlockKind, QByteArray>> readBlock(QIODevice &file, const QString &path)
{
    char length[4];
    if (file.read(length, 4) != 4)
        return unreadable(path, QCoreApplication::translate("RowHashes", "it ends early (cut short?)"));
    const quint32 size = qFromLittleEndian<quint32>(length);
    if (size == 0 || qsizetype(size) > kRowHashesMaxBlock)
        return unreadable(path, QCoreApplication::translate("RowHashes", "a block has an impossible size"));
    const QByteArray block = file.read(size);
    if (block.size() != qsizetype(size))
        return unreadable(path, QCoreApplication::translate("RowHashes", "it ends early (cut short?)"));
    return QPair<BlockKind, QByteArray> { BlockKind(quint8(block.at(0))), block.mid(1) };
}

bool sortedUnique(const QList<RowHashes::Row> &rows)
{
    return std::adjacent_find(rows.cbegin(), rows.cend(),
               [](const RowHashes::Row &a, const RowHashes::Row &b) { return a.key >= b.key; })
        == rows.cend();
}

bool sortedUnique(const QList<qint64> &keys)
{
    return std::adjacent_find(keys.cbegin(), keys.cend(), std::greater_equal<qint64>()) == keys.cend();
}

// `table` with an incremental's changes applied: its deleted keys gone, its rows put in.
RowHashes::Table applied(const RowHashes::Table &table, const RowHashes::Table &changes)
{
    RowHashes::Table result;
    result.complete = true;
    result.rows.reserve(table.rows.size() + changes.rows.size());
    auto deleted = changes.deleted.cbegin();
    auto changed = changes.rows.cbegin();
    for (const RowHashes::Row &row : table.rows) {
        while (changed != changes.rows.cend() && changed->key < row.key)
            result.rows.append(*changed++);
        while (deleted != changes.deleted.cend() && *deleted < row.key)
            ++deleted;
        if (changed != changes.rows.cend() && changed->key == row.key)
            continue; // replaced when `changed` is appended
        if (deleted != changes.deleted.cend() && *deleted == row.key)
            continue;
        result.rows.append(row);
    }
    while (changed != changes.rows.cend())
        result.rows.append(*changed++);
    return result;
}

} // namespace row_hashes

using namespace row_hashes;

StorageError RowHashes::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("RowHashes", "Cannot write %1: %2").arg(path, file.errorString()));
    bool ok = file.write(QByteArray(kRowHashesMagic) + '\n') > 0;
    for (auto it = tables.cbegin(); ok && it != tables.cend(); ++it) {
        QByteArray header = it.key().toUtf8();
        header.prepend(char(it->complete ? 1 : 0));
        ok = writeBlock(file, BlockKind::Table, header);
        for (qsizetype from = 0; ok && from < it->rows.size(); from += kRowHashesPiece) {
            QByteArray piece;
            const qsizetype end = qMin(from + kRowHashesPiece, it->rows.size());
            piece.reserve((end - from) * 10);
            qint64 previous = 0;
            for (qsizetype i = from; i < end; ++i) {
                putKey(piece, it->rows.at(i).key, previous);
                putU64(piece, it->rows.at(i).hash);
            }
            ok = writeBlock(file, BlockKind::Rows, piece);
        }
        for (qsizetype from = 0; ok && from < it->deleted.size(); from += kRowHashesPiece) {
            QByteArray piece;
            const qsizetype end = qMin(from + kRowHashesPiece, it->deleted.size());
            qint64 previous = 0;
            for (qsizetype i = from; i < end; ++i)
                putKey(piece, it->deleted.at(i), previous);
            ok = writeBlock(file, BlockKind::Deleted, piece);
        }
    }
    QByteArray count;
    putU64(count, quint64(tables.size()));
    if (!ok || !writeBlock(file, BlockKind::End, count) || !file.commit())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("RowHashes", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<RowHashes> RowHashes::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("RowHashes", "Cannot read %1: %2").arg(path, file.errorString()));
    if (file.readLine().trimmed() != kRowHashesMagic)
        return unreadable(path,
            QCoreApplication::translate("RowHashes", "it does not begin with \"%1\"")
                .arg(QLatin1String(kRowHashesMagic)));
    RowHashes result;
    Table *current = nullptr;
    for (;;) {
        const Result<QPair<BlockKind, QByteArray>> block = readBlock(file, path);
        if (!block)
            return block.error();
        const QByteArray &data = block->second;
        switch (block->first) {
        case BlockKind::Table: {
            const QString name = QString::fromUtf8(data.mid(1));
            if (name.isEmpty() || result.tables.contains(name))
                return unreadable(
                    path, QCoreApplication::translate("RowHashes", "a table is named twice or not at all"));
            current = &result.tables[name];
            current->complete = data.at(0) == 1;
            continue;
        }
        case BlockKind::Rows:
        case BlockKind::Deleted: {
            if (!current)
                return unreadable(
                    path, QCoreApplication::translate("RowHashes", "a block of rows has no table"));
            const bool rows = block->first == BlockKind::Rows;
            const char *at = data.constData();
            const char *end = at + data.size();
            qint64 key = 0;
            while (at < end) {
                if (!getKey(at, end, key) || (rows && end - at < 8))
                    return unreadable(
                        path, QCoreApplication::translate("RowHashes", "a block of rows is cut short"));
                if (rows) {
                    current->rows.append({ key, getU64(at) });
                    at += 8;
                } else {
                    current->deleted.append(key);
                }
            }
            continue;
        }
        case BlockKind::End:
            break;
        default:
            return unreadable(path, QCoreApplication::translate("RowHashes", "a block of an unknown kind"));
        }
        if (data.size() != 8 || getU64(data.constData()) != quint64(result.tables.size()))
            return unreadable(
                path, QCoreApplication::translate("RowHashes", "its table count does not match"));
        break;
    }
    for (auto it = result.tables.cbegin(); it != result.tables.cend(); ++it) {
        if (!sortedUnique(it->rows) || !sortedUnique(it->deleted))
            return unreadable(path,
                QCoreApplication::translate("RowHashes", "the keys of %1 are not in order").arg(it.key()));
    }
    return result;
}

Result<RowHashes> RowHashes::stateOf(const QList<BackupManifest> &chain)
{
    // From the newest set whose file holds whole tables (the full set, or an incremental built on
    // sets without row hashes), forward.
    QList<RowHashes> files;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const BackupManifest &set = chain.at(i);
        const QString path = set.filePath(QLatin1String(kRole));
        if (path.isEmpty())
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("RowHashes",
                    "%1 was written before backups kept row hashes; the next set reads every row")
                    .arg(set.setName()));
        Result<RowHashes> read = RowHashes::read(path);
        if (!read)
            return read.error();
        const bool whole = !read->tables.isEmpty()
            && std::all_of(
                read->tables.cbegin(), read->tables.cend(), [](const Table &t) { return t.complete; });
        files.prepend(std::move(read.value()));
        if (whole)
            break;
    }
    if (files.isEmpty()
        || !std::all_of(files.first().tables.cbegin(), files.first().tables.cend(),
            [](const Table &t) { return t.complete; }))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("RowHashes", "%1's chain has no set with the row hashes of every row")
                .arg(chain.last().setName()));
    RowHashes state = std::move(files.first());
    for (qsizetype i = 1; i < files.size(); ++i) {
        for (auto it = files.at(i).tables.cbegin(); it != files.at(i).tables.cend(); ++it) {
            auto known = state.tables.find(it.key());
            if (known == state.tables.end())
                return backup::failure(ErrorKind::Validation,
                    QCoreApplication::translate(
                        "RowHashes", "%1 has row hashes of %2, which its parents do not have")
                        .arg(chain.at(chain.size() - files.size() + i).setName(), it.key()));
            *known = applied(*known, it.value());
        }
    }
    // The state must be exactly the last set's tables: a file that does not describe its set is
    // found here, before an incremental is built on it.
    const BackupManifest &last = chain.last();
    for (auto it = state.tables.cbegin(); it != state.tables.cend(); ++it) {
        const BackupManifest::TableDigest recorded = last.tables.value(it.key());
        if (!it->complete || recorded.rows != it->rows.size()
            || recorded.checksum != checksumText(sumOf(it->rows)))
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate("RowHashes",
                    "The row hashes of %1's chain do not match its checksums of %2; take a full backup")
                    .arg(last.setName(), it.key()));
    }
    return state;
}

QString RowHashes::checksumText(quint64 sum)
{
    return QString::number(sum);
}

quint64 RowHashes::sumOf(const QList<Row> &rows)
{
    quint64 sum = 0;
    for (const Row &row : rows)
        sum += row.hash; // wraps: the sum is modulo 2^64
    return sum;
}

void RowHashes::sortRows(QList<Row> &rows)
{
    if (!std::is_sorted(rows.cbegin(), rows.cend()))
        std::sort(rows.begin(), rows.end());
}

qint64 RowHashes::newRows(const Table &parent, const QList<Row> &changed)
{
    qint64 added = 0;
    for (const Row &row : changed)
        added += std::binary_search(parent.rows.cbegin(), parent.rows.cend(), row) ? 0 : 1;
    return added;
}

QList<qint64> RowHashes::missingKeys(const Table &parent, const QList<qint64> &now)
{
    QList<qint64> missing;
    auto at = now.cbegin();
    for (const Row &row : parent.rows) {
        while (at != now.cend() && *at < row.key)
            ++at;
        if (at == now.cend() || *at != row.key)
            missing.append(row.key);
    }
    return missing;
}

Result<RowHashes::Incremental> RowHashes::next(
    const QString &table, const Table &parent, QList<Row> changed, qint64 standing, QList<qint64> deleted)
{
    sortRows(changed);
    Incremental result;
    // The sum and count follow from the parent's by the changes alone; the state itself is not
    // built (a merge of a million rows per table would cost more than the rest of the delta).
    quint64 sum = sumOf(parent.rows);
    qint64 count = parent.rows.size();
    const auto inParent = [&](qint64 key) {
        const auto found = std::lower_bound(parent.rows.cbegin(), parent.rows.cend(), Row { key, 0 });
        return found != parent.rows.cend() && found->key == key ? found : parent.rows.cend();
    };
    bool fits = sortedUnique(changed) && sortedUnique(deleted);
    for (const qint64 key : std::as_const(deleted)) {
        const auto old = inParent(key);
        fits = fits && old != parent.rows.cend();
        if (old != parent.rows.cend()) {
            sum -= old->hash;
            --count;
        }
    }
    for (const Row &row : std::as_const(changed)) {
        const auto old = inParent(row.key);
        if (old != parent.rows.cend())
            sum -= old->hash;
        else
            ++count;
        sum += row.hash;
    }
    // Every row standing is in the parent or in the delta, and nothing else is: else the delta
    // missed a row and the chain would restore wrongly.
    if (!fits || count != standing)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("RowHashes",
                "%1 has %2 rows, but its parent's %3 and the %4 changed rows make %5; take a full backup")
                .arg(table)
                .arg(standing)
                .arg(parent.rows.size())
                .arg(changed.size())
                .arg(count));
    // The keys standing, as runs: the parent's not deleted, merged with the changed ones.
    const auto extend = [&](qint64 key) {
        if (!result.ranges.isEmpty() && result.ranges.last().second >= key - 1)
            result.ranges.last().second = qMax(result.ranges.last().second, key);
        else
            result.ranges.append({ key, key });
    };
    auto gone = deleted.cbegin();
    auto added = changed.cbegin();
    for (const Row &row : parent.rows) {
        for (; added != changed.cend() && added->key < row.key; ++added)
            extend(added->key);
        for (; gone != deleted.cend() && *gone < row.key; ++gone) { }
        if (gone == deleted.cend() || *gone != row.key)
            extend(row.key);
    }
    for (; added != changed.cend(); ++added)
        extend(added->key);
    result.changes.rows = std::move(changed);
    result.changes.deleted = std::move(deleted);
    result.digest = { standing, checksumText(sum) };
    return result;
}

} // namespace catalog
