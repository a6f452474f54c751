#include "maintenance/imagefilehashes_p.h"

#include "core/sha256hasher_p.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace catalog {

using namespace Qt::StringLiterals;

StorageError ImageFileHashes::load(QSqlDatabase &db, const SqlDialect &d)
{
    m_entries.clear();
    m_hashed = 0;
    m_reused = 0;
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, u"SELECT local_path, size, modified_ms, sha256 FROM image_file_hashes"_s, {}, d,
            u"Cannot read the image hashes of the last check"_s);
        !e.ok())
        return e;
    while (q.next())
        m_entries.insert(q.value(0).toString(),
            Entry { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString().trimmed(), false, false });
    return {};
}

std::optional<QString> ImageFileHashes::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sha256Hasher hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 read = 0;
    while ((read = file.read(chunk.data(), chunk.size())) > 0)
        hash.addData(chunk.constData(), read);
    if (read < 0)
        return std::nullopt;
    return hash.hexResult();
}

std::optional<QString> ImageFileHashes::sha256(const QString &localPath, const QString &path)
{
    const QFileInfo info(path);
    const qint64 size = info.size();
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    Entry &entry = m_entries[localPath];
    entry.seen = true;
    if (entry.size == size && entry.modifiedMs == modified && entry.sha256.size() == 64) {
        ++m_reused;
        return entry.sha256;
    }
    ++m_hashed;
    const std::optional<QString> sha = hashFile(path);
    if (!sha) {
        entry.size = -1; // read it again next time
        return sha;
    }
    entry = Entry { size, modified, *sha, true, true };
    return sha;
}

StorageError ImageFileHashes::save(QSqlDatabase &db, const SqlDialect &d)
{
    Transaction tx(db, d);
    if (StorageError e = tx.begin(); !e.ok())
        return e;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        sql::Query q(db);
        StorageError e;
        if (!it->seen || it->size < 0) {
            e = sql::exec(q, u"DELETE FROM image_file_hashes WHERE local_path = ?"_s, { it.key() }, d,
                u"Cannot forget the hash of %1"_s.arg(it.key()));
        } else if (it->changed) {
            e = sql::exec(q,
                u"INSERT INTO image_file_hashes (local_path, size, modified_ms, sha256, checked_at) VALUES (?, ?, ?, ?, %1) "
                "ON CONFLICT (local_path) DO UPDATE SET size = excluded.size, modified_ms = excluded.modified_ms, "
                "sha256 = excluded.sha256, checked_at = excluded.checked_at"_s.arg(d.nowExpression()),
                { it.key(), it->size, it->modifiedMs, it->sha256 }, d, u"Cannot record the hash of %1"_s.arg(it.key()));
        }
        if (!e.ok())
            return e;
    }
    return tx.commit();
}

} // namespace catalog
