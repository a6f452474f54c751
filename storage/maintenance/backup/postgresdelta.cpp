#include "maintenance/backup/postgresdelta_p.h"

#include "db/postgres/pghandle_p.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "maintenance/backup/rowhashes_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <charconv>

namespace catalog {

namespace postgres_delta {

constexpr auto kMagic = "catalog-admin-delta 1";
// The same text, zlib-compressed (qCompress, level 1) after this first line: COPY text of catalog
// rows shrinks to a seventh or so, like pg_dump's own archive (10,000 products: 5.7 MB to 0.77 MB
// in 34 ms; level 6 made 0.59 MB in 75 ms, a twentieth of an incremental's time at 1M products).
constexpr auto kCompressedMagic = "catalog-admin-delta-zlib 1";
constexpr qsizetype kMaxCompressed = qsizetype(1) << 30; // qCompress keeps the size in 32 bits
constexpr auto kTableTag = "#table ";
constexpr auto kEndTag = "#end";
// 2^31 - 1: xmin is the low 32 bits of the 64-bit id, and age() tells its distance in 31 bits.
constexpr qint64 kXidSpan = 2147483647LL;

struct TableBlock
{
    QString name;
    QString key; // empty: the table is taken whole
    QStringList columns;
    QList<QPair<qint64, qint64>> ranges;
    QString sequenceValue; // empty: no sequence, or never used
    QByteArray rows; // COPY text, each line with its line break
};

bool plainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

StorageError broken(const QString &path, const QString &why)
{
    return backup::failure(ErrorKind::Validation,
        QCoreApplication::translate("PostgresDelta", "%1 is not a readable incremental backup: %2")
            .arg(path, why));
}

QJsonObject headerOf(const TableBlock &t)
{
    QJsonArray ranges;
    for (const auto &[lo, hi] : t.ranges)
        ranges.append(QJsonArray { QString::number(lo), QString::number(hi) });
    return { { QStringLiteral("name"), t.name }, { QStringLiteral("key"), t.key },
        { QStringLiteral("columns"), QJsonArray::fromStringList(t.columns) },
        { QStringLiteral("ranges"), ranges }, { QStringLiteral("sequence"), t.sequenceValue } };
}

// One "#table" header; empty string on success, else why not.
QString readHeader(const QByteArray &line, TableBlock *t)
{
    const QJsonObject o = QJsonDocument::fromJson(line.mid(qsizetype(qstrlen(kTableTag)))).object();
    t->name = o.value(QStringLiteral("name")).toString();
    t->key = o.value(QStringLiteral("key")).toString();
    t->sequenceValue = o.value(QStringLiteral("sequence")).toString();
    for (const QJsonValue c : o.value(QStringLiteral("columns")).toArray())
        t->columns << c.toString();
    if (!plainName(t->name) || (!t->key.isEmpty() && !plainName(t->key)) || t->columns.isEmpty()
        || !std::all_of(t->columns.cbegin(), t->columns.cend(), plainName))
        return QCoreApplication::translate(
            "PostgresDelta", "a table header has no plain table and column names");
    if (!t->key.isEmpty() && !t->columns.contains(t->key))
        return QCoreApplication::translate("PostgresDelta", "the key of %1 is not one of its columns")
            .arg(t->name);
    bool ok = true;
    if (!t->sequenceValue.isEmpty())
        t->sequenceValue.toLongLong(&ok);
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QJsonValue r : o.value(QStringLiteral("ranges")).toArray()) {
        bool loOk = false;
        bool hiOk = false;
        const qint64 lo = r.toArray().at(0).toString().toLongLong(&loOk);
        const qint64 hi = r.toArray().at(1).toString().toLongLong(&hiOk);
        ok = ok && loOk && hiOk && lo <= hi && (t->ranges.isEmpty() || lo > last + 1);
        t->ranges.append({ lo, hi });
        last = hi;
    }
    return ok ? QString()
              : QCoreApplication::translate("PostgresDelta", "the key ranges of %1 are not ordered numbers")
                    .arg(t->name);
}

Result<QList<TableBlock>> readDelta(const QString &path)
{
    QFile stored(path);
    if (!stored.open(QIODevice::ReadOnly))
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("PostgresDelta", "Cannot read %1: %2")
                .arg(path, stored.errorString()));
    const QByteArray first = stored.readLine().trimmed();
    QBuffer file;
    if (first == kCompressedMagic) {
        const QByteArray text = qUncompress(stored.readAll());
        if (text.isEmpty())
            return broken(
                path, QCoreApplication::translate("PostgresDelta", "its compressed text does not unpack"));
        file.setData(text);
    } else if (first == kMagic) {
        file.setData(QByteArray(kMagic) + '\n' + stored.readAll());
    } else {
        return broken(path,
            QCoreApplication::translate("PostgresDelta", "it does not begin with \"%1\"")
                .arg(QLatin1String(kMagic)));
    }
    file.open(QIODevice::ReadOnly);
    if (file.readLine().trimmed() != kMagic)
        return broken(path,
            QCoreApplication::translate("PostgresDelta", "it does not begin with \"%1\"")
                .arg(QLatin1String(kMagic)));
    QList<TableBlock> tables;
    for (;;) {
        const QByteArray line = file.readLine();
        if (line.isEmpty())
            return broken(path,
                QCoreApplication::translate(
                    "PostgresDelta", "it ends before its last line (the file is cut short)"));
        if (line.trimmed() == kEndTag)
            break;
        if (!line.startsWith(kTableTag))
            return broken(path,
                QCoreApplication::translate("PostgresDelta", "a table block does not begin with its header"));
        TableBlock t;
        if (const QString why = readHeader(line, &t); !why.isEmpty())
            return broken(path, why);
        for (;;) {
            const QByteArray row = file.readLine();
            if (row.isEmpty() || !row.endsWith('\n'))
                return broken(path,
                    QCoreApplication::translate("PostgresDelta", "the rows of %1 end early").arg(t.name));
            if (row == "\\.\n")
                break;
            t.rows += row;
        }
        tables << t;
    }
    return tables;
}

// The condition on a row version (alias `t`) that its writer may not have been seen by the
// parent's snapshot `mark` ("xmin:xmax:xip,…"): any transaction at or after the snapshot's xmin.
// Narrower tests (at or past xmax, or one of xip) miss a write made in a subtransaction (a
// savepoint, a PL/pgSQL EXCEPTION block) of a transaction running then: its xid is below xmax and
// not among the top-level xids the snapshot's text lists. The rows this takes that the parent did
// see are dropped again by their hash (copyRows). Whatever the scan returns was committed before
// this transaction's snapshot, so its xmin is older than the current id and age() is its exact
// distance back while the parent lies within 2^31 transactions (the caller takes every row beyond
// that); age() on the 32-bit xmin costs a fraction of widening it to xid8 through text.
QString changedSince(const QString &mark)
{
    const qint64 xmin = mark.section(QLatin1Char(':'), 0, 0).toLongLong() & 0xffffffffLL;
    return QStringLiteral("age(t.xmin) <= (SELECT age('%1'::xid))").arg(xmin);
}

// --- writing -------------------------------------------------------------------------------------------

struct Reader
{
    QSqlDatabase &db;
    const SqlDialect &dialect;

    Result<QList<QStringList>> rows(const QString &sql, const QVariantList &values, const QString &what)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q.lastError(), dialect, what);
        QList<QStringList> result;
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            result << row;
        }
        return result;
    }
};

// The catalog's tables, parents before the tables that refer to them.
Result<QStringList> tablesInForeignKeyOrder(Reader &reader)
{
    const auto tables
        = reader.rows(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                     "c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname = "
                                     "current_schema() ORDER BY c.relname"),
            {}, QCoreApplication::translate("PostgresDelta", "Cannot list the tables"));
    const auto edges
        = reader.rows(QStringLiteral("SELECT c.relname, p.relname FROM pg_constraint f JOIN pg_class c ON "
                                     "c.oid = f.conrelid JOIN pg_class p ON p.oid = f.confrelid JOIN "
                                     "pg_namespace n ON n.oid = c.relnamespace WHERE f.contype = 'f' AND "
                                     "n.nspname = current_schema() AND c.oid <> p.oid"),
            {}, QCoreApplication::translate("PostgresDelta", "Cannot read the foreign keys"));
    if (!tables)
        return tables.error();
    if (!edges)
        return edges.error();
    QHash<QString, QStringList> parents;
    for (const QStringList &e : edges.value())
        parents[e.at(0)] << e.at(1);
    QStringList ordered;
    QStringList pending;
    for (const QStringList &t : tables.value())
        pending << t.at(0);
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.cbegin(), pending.cend(), [&](const QString &t) {
            const QStringList &p = parents.value(t);
            return std::all_of(p.cbegin(), p.cend(), [&](const QString &x) { return ordered.contains(x); });
        });
        // A cycle of foreign keys: the rest in name order (the restore's checks still hold).
        const QString next = ready == pending.cend() ? pending.first() : *ready;
        ordered << next;
        pending.removeOne(next);
    }
    return ordered;
}

// Every table's columns, single integer key and the last value of that key's sequence, in one
// statement (a statement a table cost an incremental a tenth of its time on a quiet catalogue).
Result<QHash<QString, TableBlock>> describeTables(Reader &reader)
{
    const auto found = reader.rows(
        QStringLiteral(
            "SELECT c.relname, (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a "
            "WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''), "
            "k.attname, CASE WHEN pg_get_serial_sequence(quote_ident(c.relname), k.attname) IS NOT NULL THEN "
            "pg_sequence_last_value(pg_get_serial_sequence(quote_ident(c.relname), k.attname)::regclass)::text "
            "END FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN LATERAL (SELECT "
            "a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = "
            "i.indkey[0] WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1 AND a.atttypid IN "
            "('int2'::regtype, 'int4'::regtype, 'int8'::regtype)) k ON true WHERE c.relkind IN ('r', 'p') "
            "AND n.nspname = current_schema()"),
        {}, QCoreApplication::translate("PostgresDelta", "Cannot read the columns of the tables"));
    if (!found)
        return found.error();
    QHash<QString, TableBlock> tables;
    for (const QStringList &row : found.value()) {
        TableBlock t;
        t.name = row.at(0);
        t.columns = row.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        t.key = row.at(2);
        t.sequenceValue = row.at(3);
        if (!std::all_of(t.columns.cbegin(), t.columns.cend(), plainName))
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate(
                    "PostgresDelta", "%1 has a column whose name an incremental backup cannot carry")
                    .arg(t.name));
        tables.insert(t.name, t);
    }
    return tables;
}

// The keys of a keyed table as they stand, as runs (for a delta whose parent has no row hashes).
StorageError readRanges(Reader &reader, TableBlock &t)
{
    const auto ranges = reader.rows(
        QStringLiteral("SELECT min(k)::text, max(k)::text FROM (SELECT %1 AS k, %1 - "
                       "row_number() OVER (ORDER BY %1) AS g FROM %2) s GROUP BY g ORDER BY min(k)")
            .arg(quoted(t.key), quoted(t.name)),
        {}, QCoreApplication::translate("PostgresDelta", "Cannot read the keys of %1").arg(t.name));
    if (!ranges)
        return ranges.error();
    for (const QStringList &r : ranges.value())
        t.ranges.append({ r.at(0).toLongLong(), r.at(1).toLongLong() });
    return {};
}

// Splits a number off the front of a COPY text line ("123\t…"): the delta's row hash and key.
bool takeNumber(const char *&at, const char *end, qint64 &value)
{
    const auto [next, ec] = std::from_chars(at, end, value);
    if (ec != std::errc() || next == end || *next != '\t')
        return false;
    at = next + 1;
    return true;
}

// The table's changed rows (all of them when `changed` is empty) as COPY text, into `out`, and
// each row's hash (and key) into `written`; a row `parent` has with the same hash is unchanged
// and left out.
StorageError copyRows(QSqlDatabase &db, const TableBlock &t, const QString &changed, QIODevice &out,
    QList<RowHashes::Row> &written, const RowHashes::Table *parent)
{
    QStringList columns { QLatin1String(RowHashes::kPostgresRowHash) };
    if (!t.key.isEmpty())
        columns << QStringLiteral("t.") + quoted(t.key);
    for (const QString &c : t.columns)
        columns << QStringLiteral("t.") + quoted(c);
    const QString where
        = t.key.isEmpty() || changed.isEmpty() ? QString() : QStringLiteral(" WHERE ") + changed;
    const QByteArray statement = QStringLiteral("COPY (SELECT %1 FROM %2 t%3) TO STDOUT")
                                     .arg(columns.join(QStringLiteral(", ")), quoted(t.name), where)
                                     .toUtf8();
    const bool keyed = !t.key.isEmpty();
    StorageError error;
    StorageError copied = PostgresDelta::copyOut(db, statement, [&](const char *line, int length) {
        const char *at = line;
        const char *end = line + length;
        qint64 hash = 0;
        qint64 key = 0;
        if (!takeNumber(at, end, hash) || (keyed && !takeNumber(at, end, key))) {
            error = backup::failure(ErrorKind::Internal,
                QCoreApplication::translate("PostgresDelta", "A changed row of %1 came without its hash")
                    .arg(t.name));
            return false;
        }
        const RowHashes::Row row { key, quint64(hash) };
        if (keyed && parent) {
            const auto known = std::lower_bound(parent->rows.cbegin(), parent->rows.cend(), row);
            if (known != parent->rows.cend() && known->key == key && known->hash == row.hash)
                return true;
        }
        written.append(row);
        if (out.write(at, end - at) == end - at)
            return true;
        error = backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresDelta", "Cannot write the changes of %1: %2")
                .arg(t.name, out.errorString()));
        return false;
    });
    if (!error.ok())
        return error;
    if (!copied.ok())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresDelta", "Cannot read the changes of %1: %2")
                .arg(t.name, copied.message));
    return {};
}

// The keys of the table as they stand, sorted.
Result<QList<qint64>> keysNow(QSqlDatabase &db, const TableBlock &t)
{
    QList<qint64> keys;
    bool parsed = true;
    const QByteArray statement
        = QStringLiteral("COPY (SELECT %1 FROM %2) TO STDOUT").arg(quoted(t.key), quoted(t.name)).toUtf8();
    const StorageError e = PostgresDelta::copyOut(db, statement, [&](const char *line, int length) {
        qint64 key = 0;
        parsed = std::from_chars(line, line + length, key).ec == std::errc();
        keys.append(key);
        return parsed;
    });
    if (!parsed || !e.ok())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresDelta", "Cannot read the keys of %1: %2")
                .arg(t.name, parsed ? e.message : QStringLiteral("a key is not a number")));
    std::sort(keys.begin(), keys.end());
    return keys;
}

// A keyed table's checksum and ranges from the parent's row hashes and the rows the delta carries:
// the table is counted, and its keys read only when the count says some were deleted.
Result<PostgresDelta::Written> bringUpToDate(
    Reader &reader, TableBlock &t, const RowHashes::Table &parent, QList<RowHashes::Row> rows)
{
    const auto counted = reader.rows(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.name)), {},
        QCoreApplication::translate("PostgresDelta", "Cannot count the rows of %1").arg(t.name));
    if (!counted)
        return counted.error();
    const qint64 standing = counted->value(0).value(0).toLongLong();
    RowHashes::sortRows(rows);
    QList<qint64> deleted;
    if (parent.rows.size() + RowHashes::newRows(parent, rows) > standing) {
        const Result<QList<qint64>> keys = keysNow(reader.db, t);
        if (!keys)
            return keys.error();
        deleted = RowHashes::missingKeys(parent, keys.value());
    }
    Result<RowHashes::Incremental> next = RowHashes::next(t.name, parent, std::move(rows), standing, deleted);
    if (!next)
        return next.error();
    t.ranges = next->ranges;
    return PostgresDelta::Written { next->digest, t.key, next->changes };
}

// --- applying ------------------------------------------------------------------------------------------

QString deleteSql(const TableBlock &t, const QString &table)
{
    if (t.key.isEmpty() || t.ranges.isEmpty())
        return QStringLiteral("DELETE FROM %1;\n").arg(table);
    const QString k = quoted(t.key);
    QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 < %3 OR %2 > %4;\n")
                      .arg(table, k)
                      .arg(t.ranges.first().first)
                      .arg(t.ranges.last().second);
    QStringList gaps;
    for (qsizetype i = 1; i < t.ranges.size(); ++i)
        gaps << QStringLiteral("(%1::bigint, %2::bigint)")
                    .arg(t.ranges.at(i - 1).second + 1)
                    .arg(t.ranges.at(i).first - 1);
    if (!gaps.isEmpty())
        sql += QStringLiteral(
            "DELETE FROM %1 AS t USING (VALUES %2) AS g(lo, hi) WHERE t.%3 BETWEEN g.lo AND g.hi;\n")
                   .arg(table, gaps.join(QStringLiteral(", ")), k);
    return sql;
}

QByteArray upsertSql(const TableBlock &t, const QString &table)
{
    QStringList columns;
    QStringList fromDelta;
    QStringList others;
    for (const QString &c : t.columns) {
        columns << quoted(c);
        fromDelta << QStringLiteral("d.") + quoted(c);
        if (c != t.key)
            others << c;
    }
    const QString list = columns.join(QStringLiteral(", "));
    if (t.key.isEmpty())
        return QStringLiteral("COPY %1 (%2) FROM stdin;\n").arg(table, list).toUtf8() + t.rows + "\\.\n";
    const QString k = quoted(t.key);
    QByteArray sql = QStringLiteral("CREATE TEMP TABLE catalog_delta AS SELECT %2 FROM %1 WITH NO DATA;\n"
                                    "COPY pg_temp.catalog_delta (%2) FROM stdin;\n")
                         .arg(table, list)
                         .toUtf8()
        + t.rows + "\\.\n";
    if (!others.isEmpty()) {
        QStringList targets;
        QStringList sources;
        for (const QString &c : std::as_const(others)) {
            targets << quoted(c);
            sources << QStringLiteral("d.") + quoted(c);
        }
        sql += QStringLiteral(
            "UPDATE %1 AS t SET (%2) = ROW(%3) FROM pg_temp.catalog_delta d WHERE t.%4 = d.%4;\n")
                   .arg(table, targets.join(QStringLiteral(", ")), sources.join(QStringLiteral(", ")), k)
                   .toUtf8();
    }
    sql += QStringLiteral(
        "INSERT INTO %1 (%2) OVERRIDING SYSTEM VALUE SELECT %3 FROM pg_temp.catalog_delta d WHERE NOT "
        "EXISTS (SELECT 1 FROM %1 x WHERE x.%4 = d.%4);\nDROP TABLE pg_temp.catalog_delta;\n")
               .arg(table, list, fromDelta.join(QStringLiteral(", ")), k)
               .toUtf8();
    if (!t.sequenceValue.isEmpty())
        sql += QStringLiteral("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('%1', '%2'), "
                              "GREATEST(%3, (SELECT COALESCE(max(%4), 0) FROM %1), 1));\n")
                   .arg(table, t.key, t.sequenceValue, k)
                   .toUtf8();
    return sql;
}

} // namespace postgres_delta

using namespace postgres_delta;

Result<QMap<QString, QString>> PostgresDelta::integerKeys(QSqlDatabase &db, const SqlDialect &dialect)
{
    Reader reader { db, dialect };
    const auto found = reader.rows(
        QStringLiteral("SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = "
                       "i.indrelid AND a.attnum = i.indkey[0] WHERE n.nspname = current_schema() AND "
                       "c.relkind IN ('r', 'p') AND i.indisprimary AND i.indnatts = 1 AND a.atttypid IN "
                       "('int2'::regtype, 'int4'::regtype, 'int8'::regtype)"),
        {}, QCoreApplication::translate("PostgresDelta", "Cannot read the tables' keys"));
    if (!found)
        return found.error();
    QMap<QString, QString> keys;
    for (const QStringList &row : found.value())
        keys.insert(row.at(0), row.at(1));
    return keys;
}

Result<QString> PostgresDelta::snapshotMark(QSqlDatabase &db, const SqlDialect &dialect)
{
    Reader reader { db, dialect };
    const auto found = reader.rows(QStringLiteral("SELECT pg_current_snapshot()::text"), {},
        QCoreApplication::translate("PostgresDelta", "Cannot read the backup's snapshot"));
    if (!found)
        return found.error();
    return found->value(0).value(0);
}

std::optional<qint64> PostgresDelta::markXmin(const QString &mark)
{
    // Only digits, colons and commas: the mark is written into the delta's COPY statements.
    static const QRegularExpression snapshot(
        QStringLiteral(R"(^(\d{1,19}):\d{1,19}:(\d{1,19}(,\d{1,19})*)?$)"));
    const QRegularExpressionMatch m = snapshot.match(mark);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 xmin = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(xmin) : std::nullopt;
}

Result<QString> PostgresDelta::databaseId(QSqlDatabase &db, const SqlDialect &dialect)
{
    // The cluster and its timeline (after a point-in-time restore or a promotion transaction ids
    // may be handed out again), where the role may read them, and the database itself.
    Reader reader { db, dialect };
    const auto found = reader.rows(
        QStringLiteral(
            "SELECT CASE WHEN has_function_privilege('pg_control_system()', 'execute') AND "
            "has_function_privilege('pg_control_checkpoint()', 'execute') THEN (SELECT "
            "system_identifier::text FROM pg_control_system()) || '/' || (SELECT timeline_id::text FROM "
            "pg_control_checkpoint()) ELSE 'cluster' END || '/' || (SELECT oid::text FROM pg_database WHERE "
            "datname = current_database())"),
        {}, QCoreApplication::translate("PostgresDelta", "Cannot read the database's identity"));
    if (!found)
        return found.error();
    return found->value(0).value(0);
}

StorageError PostgresDelta::copyOut(
    QSqlDatabase &db, const QByteArray &statement, const std::function<bool(const char *, int)> &line)
{
    PGconn *conn = pgConn(db.driver()->handle());
    if (!conn)
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresDelta", "The PostgreSQL driver does not expose its handle"));
    PGresult *started = PQexec(conn, statement.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    const QString why = QString::fromUtf8(PQresultErrorMessage(started));
    PQclear(started);
    if (!copying)
        return backup::failure(ErrorKind::Internal, why.trimmed());
    // Every row is read to the end even after `line` said stop, so the connection stays usable.
    bool going = true;
    for (;;) {
        char *row = nullptr;
        const int length = PQgetCopyData(conn, &row, 0);
        if (length < 0)
            break;
        if (going)
            going = line(row, length);
        PQfreemem(row);
    }
    StorageError error;
    PGresult *end = PQgetResult(conn);
    if (PQresultStatus(end) != PGRES_COMMAND_OK)
        error = backup::failure(ErrorKind::Internal, QString::fromUtf8(PQresultErrorMessage(end)).trimmed());
    PQclear(end);
    while (PGresult *more = PQgetResult(conn))
        PQclear(more);
    if (error.ok() && !going)
        error = backup::cancelled();
    return error;
}

StorageError PostgresDelta::write(QSqlDatabase &db, const SqlDialect &dialect, const QString &sinceMark,
    const QString &path, const BackupProgress &progress, const RowHashes *parent,
    QMap<QString, Written> *written)
{
    Q_ASSERT(!parent || written);
    const std::optional<qint64> parentXmin = markXmin(sinceMark);
    if (!parentXmin)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresDelta", "The parent set's change mark is not a snapshot"));
    const qint64 sinceXmin = *parentXmin;
    Reader reader { db, dialect };
    const auto horizon = reader.rows(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text"),
        {}, QCoreApplication::translate("PostgresDelta", "Cannot read the backup's snapshot"));
    if (!horizon)
        return horizon.error();
    const qint64 xmax = horizon->value(0).value(0).toLongLong();
    if (xmax < sinceXmin)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresDelta",
                "The database's transaction ids are behind its newest backup set (restored or "
                "rewound since?); take a full backup"));
    const QString changed = xmax - sinceXmin >= kXidSpan ? QString() : changedSince(sinceMark);
    const Result<QStringList> tables = tablesInForeignKeyOrder(reader);
    if (!tables)
        return tables.error();
    const Result<QHash<QString, TableBlock>> shapes = describeTables(reader);
    if (!shapes)
        return shapes.error();
    QBuffer out; // compressed as a whole when complete
    out.open(QIODevice::WriteOnly);
    out.write(QByteArray(kMagic) + '\n');
    for (qsizetype i = 0; i < tables->size(); ++i) {
        TableBlock t = shapes->value(tables->at(i));
        t.name = tables->at(i);
        if (!backup::report(progress, 30 + int(50 * i / tables->size()),
                QCoreApplication::translate("PostgresDelta", "Reading the changes of %1").arg(t.name)))
            return backup::cancelled();
        if (t.columns.isEmpty())
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate("PostgresDelta", "Cannot read the columns of %1").arg(t.name));
        if (!parent && !t.key.isEmpty()) {
            if (StorageError e = readRanges(reader, t); !e.ok())
                return e;
        }
        QBuffer rowsText;
        rowsText.open(QIODevice::WriteOnly);
        QList<RowHashes::Row> rows;
        const RowHashes::Table *parentTable = nullptr;
        if (parent && !t.key.isEmpty()) {
            const auto found = parent->tables.constFind(t.name);
            if (found == parent->tables.cend())
                return backup::failure(ErrorKind::Validation,
                    QCoreApplication::translate(
                        "PostgresDelta", "The parent set has no row hashes of %1; take a full backup")
                        .arg(t.name));
            parentTable = &*found;
        }
        if (StorageError e = copyRows(db, t, changed, rowsText, rows, parentTable); !e.ok())
            return e;
        if (parent && t.key.isEmpty()) { // taken whole
            written->insert(
                t.name, { { rows.size(), RowHashes::checksumText(RowHashes::sumOf(rows)) }, t.key, {} });
        } else if (parent) {
            Result<Written> table = bringUpToDate(reader, t, *parentTable, std::move(rows));
            if (!table)
                return table.error();
            written->insert(t.name, table.value());
        }
        out.write(kTableTag + QJsonDocument(headerOf(t)).toJson(QJsonDocument::Compact) + '\n');
        out.write(rowsText.data());
        out.write("\\.\n");
    }
    out.write(QByteArray(kEndTag) + '\n');
    QFile file(path);
    const QByteArray &text = out.data();
    const bool compress = text.size() < kMaxCompressed;
    const QByteArray stored = compress ? QByteArray(kCompressedMagic) + '\n' + qCompress(text, 1) : text;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(stored) != stored.size()
        || !file.flush())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresDelta", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    return {};
}

Result<QStringList> PostgresDelta::check(const QString &path)
{
    const Result<QList<TableBlock>> tables = readDelta(path);
    if (!tables)
        return tables.error();
    QStringList names;
    for (const TableBlock &t : tables.value())
        names << t.name;
    return names;
}

Result<QByteArray> PostgresDelta::applySql(const QStringList &paths, const QString &schema)
{
    if (!plainName(schema))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresDelta", "The archive's schema has no plain name"));
    QByteArray sql;
    for (const QString &path : paths) {
        const Result<QList<TableBlock>> tables = readDelta(path);
        if (!tables)
            return tables.error();
        const auto nameOf
            = [&](const TableBlock &t) { return quoted(schema) + QLatin1Char('.') + quoted(t.name); };
        // The history and count triggers stay off: the delta carries their rows as they were.
        for (const TableBlock &t : tables.value())
            sql += QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER;\n").arg(nameOf(t)).toUtf8();
        for (auto it = tables->crbegin(); it != tables->crend(); ++it) // children first
            sql += deleteSql(*it, nameOf(*it)).toUtf8();
        for (const TableBlock &t : tables.value()) // parents first
            sql += upsertSql(t, nameOf(t));
        for (const TableBlock &t : tables.value())
            sql += QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER;\n").arg(nameOf(t)).toUtf8();
    }
    return sql;
}

} // namespace catalog
