#include "maintenance/backup/sqlitedigest_p.h"

#include "core/sha256hasher_p.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace catalog {

namespace sqlite_digest {

StorageError sqliteFailure(sqlite3 *db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ErrorKind kind = primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorKind::Busy
        : primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB               ? ErrorKind::Validation
                                                                              : ErrorKind::Internal;
    return backup::failure(kind, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

// The hash is fed in large pieces: a call per value would cost more than the hashing itself.
class FeedBuffer
{
public:
    explicit FeedBuffer(Sha256Hasher &hash)
        : m_hash(hash)
    {
    }
    void add(const void *data, size_t size)
    {
        if (size > sizeof m_bytes - m_used || size >= kDirect) {
            flush();
            if (size >= kDirect) { // a long text or blob goes to the hash without a copy
                m_hash.addData(data, qsizetype(size));
                return;
            }
        }
        std::memcpy(m_bytes + m_used, data, size);
        m_used += size;
    }
    void flush()
    {
        m_hash.addData(m_bytes, qsizetype(m_used));
        m_used = 0;
    }

private:
    static constexpr size_t kDirect = 2048;
    Sha256Hasher &m_hash;
    size_t m_used = 0;
    char m_bytes[64 * 1024];
};

// Most text is ASCII, which is valid UTF-8: eight bytes at a time, before Qt's full validation.
bool isAscii(const char *text, int size)
{
    int i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, text + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) & 0x80)
            return false;
    }
    return true;
}

void feedValue(FeedBuffer &feed, char tag, const void *data, qint64 size)
{
    feed.add(&tag, 1);
    feed.add(&size, sizeof size);
    if (size > 0)
        feed.add(data, size_t(size));
}

// QByteArray::number(value, 'g', 17), as the checksum has always spelt a real, without its
// allocation: std::to_chars with that format and precision gives the same correctly rounded
// digits, except where the value lies exactly halfway (Qt rounds half up, to_chars to even). So a
// value whose 18th significant digit is a 5 (possibly such a tie), and zero, infinities and NaN,
// take Qt's own path.
void feedReal(FeedBuffer &feed, double value)
{
    if (value != 0 && std::isfinite(value)) {
        char digits[40];
        const char *end
            = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::scientific, 17).ptr;
        const char *exponent = static_cast<const char *>(std::memchr(digits, 'e', size_t(end - digits)));
        if (exponent && exponent[-1] != '5') {
            char text[40];
            end = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 17).ptr;
            feedValue(feed, 'r', text, end - text);
            return;
        }
    }
    const QByteArray text = QByteArray::number(value, 'g', 17);
    feedValue(feed, 'r', text.constData(), text.size());
}

void feedColumn(FeedBuffer &feed, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        feedValue(feed, 'n', nullptr, 0);
        return;
    case SQLITE_INTEGER: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(row, column)).ptr;
        feedValue(feed, 'i', digits, end - digits);
        return;
    }
    case SQLITE_FLOAT:
        feedReal(feed, sqlite3_column_double(row, column));
        return;
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(row, column);
        feedValue(feed, 'b', bytes, sqlite3_column_bytes(row, column));
        return;
    }
    default:
        break;
    }
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    const int size = sqlite3_column_bytes(row, column);
    if (isAscii(text, size) || QByteArrayView(text, size).isValidUtf8()) {
        feedValue(feed, 't', text, size);
        return;
    }
    // What QtSql's SQLite driver made of it (through UTF-16), so that old sets still match.
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(row, column));
    const QByteArray converted
        = QString(utf16, sqlite3_column_bytes16(row, column) / qsizetype(sizeof(QChar))).toUtf8();
    feedValue(feed, 't', converted.constData(), converted.size());
}

// The first primary-key column, quoted, or rowid.
Result<QByteArray> orderOf(sqlite3 *db, const QByteArray &table)
{
    sqlite3_stmt *key = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?) WHERE pk = 1", -1, &key, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(key, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
    QByteArray order = "rowid";
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(key);
        if (rc == SQLITE_ROW) {
            order = '"'
                + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(key, 0))).replace('"', "\"\"")
                + '"';
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    const StorageError e = rc == SQLITE_OK
        ? StorageError()
        : sqliteFailure(db, rc,
            QCoreApplication::translate("SqliteBackup", "Cannot read the key of %1")
                .arg(QString::fromUtf8(table)));
    sqlite3_finalize(key);
    if (!e.ok())
        return e;
    return order;
}

// Every table; without the virtual ones (the title search's FTS5 index, whose rows are its
// content table's and whose state is in its shadow tables) when `plainOnly`.
Result<QStringList> tablesOf(sqlite3 *db, bool plainOnly)
{
    sqlite3_stmt *list = nullptr;
    int rc = sqlite3_prepare_v2(db,
        plainOnly ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                    "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
                  : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                    "ESCAPE '\\' ORDER BY name",
        -1, &list, nullptr);
    QStringList tables;
    while (rc == SQLITE_OK && (rc = sqlite3_step(list)) == SQLITE_ROW) {
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
        rc = SQLITE_OK;
    }
    const StorageError e = rc == SQLITE_DONE
        ? StorageError()
        : sqliteFailure(db, rc, QCoreApplication::translate("SqliteBackup", "Cannot list the tables"));
    sqlite3_finalize(list);
    if (!e.ok())
        return e;
    return tables;
}

constexpr auto kTypedValuesAlgorithm = "sqlite-sha256-typed-values";

} // namespace sqlite_digest

using namespace sqlite_digest;

Result<QString> SqliteDigest::integerKey(sqlite3 *db, const QString &schema, const QString &table)
{
    sqlite3_stmt *info = nullptr;
    int rc = sqlite3_prepare_v2(
        db, "SELECT name, upper(type) FROM pragma_table_info(?, ?) WHERE pk > 0", -1, &info, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(info, sqlite3_finalize);
    const QByteArray name = table.toUtf8();
    const QByteArray in = schema.toUtf8();
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(info, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(info, 2, in.constData(), int(in.size()), SQLITE_TRANSIENT);
    QStringList keys;
    bool integer = false;
    while (rc == SQLITE_OK && (rc = sqlite3_step(info)) == SQLITE_ROW) {
        keys << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 0)));
        integer
            = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(info, 1))).contains("INT");
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(
            db, rc, QCoreApplication::translate("SqliteBackup", "Cannot read the key of %1").arg(table));
    return keys.size() == 1 && integer ? keys.first() : QString();
}

quint64 SqliteDigest::rowHash(sqlite3_stmt *row, int firstColumn, Sha256Hasher &hash)
{
    {
        FeedBuffer feed(hash);
        for (int c = firstColumn; c < sqlite3_column_count(row); ++c)
            feedColumn(feed, row, c);
        feed.flush();
    }
    return hash.prefix64Result();
}

Result<BackupManifest::TableDigest> SqliteDigest::ofTable(sqlite3 *db, const QString &table,
    const std::function<bool()> &tick, const QString &algorithm, RowHashes::Table *rows)
{
    const bool sums = algorithm == QLatin1String(RowHashes::kSqliteAlgorithm);
    if (!sums && algorithm != QLatin1String(kTypedValuesAlgorithm))
        return backup::unknownChecksums(algorithm);
    const QByteArray name = table.toUtf8();
    const Result<QByteArray> order = orderOf(db, name);
    if (!order)
        return order.error();
    const Result<QString> key = sums && rows ? integerKey(db, QStringLiteral("main"), table) : QString();
    if (!key)
        return key.error();
    // Keyed row hashes are read with the key in front, which is not hashed itself.
    const QByteArray keyColumn
        = key->isEmpty() ? QByteArray() : '"' + key->toUtf8().replace('"', "\"\"") + "\", ";
    const QByteArray sql = "SELECT " + keyColumn + "* FROM \"" + QByteArray(name).replace('"', "\"\"") + "\""
        + (sums ? QByteArray() : " ORDER BY " + order.value());
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(statement, sqlite3_finalize);
    Sha256Hasher hash;
    std::optional<FeedBuffer> feed;
    if (!sums)
        feed.emplace(hash);
    qint64 count = 0;
    quint64 sum = 0;
    if (rows && !key->isEmpty())
        rows->complete = true;
    const int columns = rc == SQLITE_OK ? sqlite3_column_count(statement) : 0;
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (sums) {
            const quint64 row = rowHash(statement, key->isEmpty() ? 0 : 1, hash);
            sum += row; // modulo 2^64
            if (rows && !key->isEmpty())
                rows->rows.append({ sqlite3_column_int64(statement, 0), row });
        } else {
            for (int c = 0; c < columns; ++c)
                feedColumn(*feed, statement, c);
        }
        if (++count % 50000 == 0 && !tick())
            return backup::cancelled();
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(
            db, rc, QCoreApplication::translate("SqliteBackup", "Cannot checksum %1").arg(table));
    if (sums) {
        if (rows)
            RowHashes::sortRows(rows->rows);
        return BackupManifest::TableDigest { count, RowHashes::checksumText(sum) };
    }
    feed->flush();
    return BackupManifest::TableDigest { count, hash.hexResult() };
}

Result<SqliteDigest::Digests> SqliteDigest::of(sqlite3 *db, const BackupProgress &progress, int fromPercent,
    int toPercent, const QString &algorithm, RowHashes *hashes)
{
    const QString chosen = algorithm.isEmpty() ? QLatin1String(RowHashes::kSqliteAlgorithm) : algorithm;
    const Result<QStringList> tables = tablesOf(db, chosen == QLatin1String(RowHashes::kSqliteAlgorithm));
    if (!tables)
        return tables.error();
    Digests digests;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const QString &table = tables->at(i);
        const int percent
            = fromPercent + int((toPercent - fromPercent) * i / qMax<qsizetype>(1, tables->size()));
        const auto tick = [&] {
            return backup::report(
                progress, percent, QCoreApplication::translate("SqliteBackup", "Checksumming %1").arg(table));
        };
        if (!tick())
            return backup::cancelled();
        RowHashes::Table rows;
        const Result<BackupManifest::TableDigest> digest
            = ofTable(db, table, tick, chosen, hashes ? &rows : nullptr);
        if (!digest)
            return digest.error();
        digests.insert(table, digest.value());
        if (hashes && rows.complete)
            hashes->tables.insert(table, rows);
    }
    return digests;
}

} // namespace catalog
