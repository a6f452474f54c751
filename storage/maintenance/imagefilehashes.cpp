#include "maintenance/imagefilehashes_p.h"

#include "core/sha256hasher_p.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"

#include <QCoreApplication>
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
    if (StorageError e
        = sql::exec(q, u"SELECT local_path, size, modified_ms, sha256 FROM image_file_hashes"_s, {}, d,
            QCoreApplication::translate("ImageFileHashes", "Cannot read the image hashes of the last check"));
        !e.ok())
        return e;
    while (q.next())
        m_entries.insert(q.value(0).toString(),
            Entry { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString().trimmed(), false });
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
    if (entry.size == size && entry.modifiedMs == modified && entry.sha256.size() == 64) {
        ++m_reused;
        return entry.sha256;
    }
    ++m_hashed;
    std::optional<QString> sha = hashFile(path);
    if (!sha) {
        if (entry.sha256.size() == 64) // a recorded entry: make sure it never matches again
            entry = Entry { size, -1, entry.sha256, true };
        return sha;
    }
    entry = Entry { size, modified, *sha, true };
    return sha;
}

StorageError ImageFileHashes::save(QSqlDatabase &db, const SqlDialect &d)
{
    // Upserts only: editors may record hashes but delete nothing but images (tst_roles). A file that
    // is gone keeps its entry (purge drops the entries of the files it deletes); one that could not
    // be read is recorded with a time no file has, so it is read again next time.
    Transaction tx(db, d);
    if (StorageError e = tx.begin(); !e.ok())
        return e;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->changed)
            continue;
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                u"INSERT INTO image_file_hashes (local_path, size, modified_ms, sha256, checked_at) VALUES "
                u"(?, ?, ?, ?, %1) "
                "ON CONFLICT (local_path) DO UPDATE SET size = excluded.size, modified_ms = "
                "excluded.modified_ms, "
                "sha256 = excluded.sha256, checked_at = excluded.checked_at"_s.arg(d.nowExpression()),
                { it.key(), qMax<qint64>(0, it->size), it->modifiedMs, it->sha256 }, d,
                QCoreApplication::translate("ImageFileHashes", "Cannot record the hash of %1").arg(it.key()));
            !e.ok())
            return e;
    }
    return tx.commit();
}

} // namespace catalog
