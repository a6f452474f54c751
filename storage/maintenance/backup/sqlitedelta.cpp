#include "maintenance/backup/sqlitedelta_p.h"

#include "core/sha256hasher_p.h"
#include "maintenance/backup/sqlitedigest_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace catalog {

namespace sqlite_delta {

using DeltaStatement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

StorageError failed(sqlite3 *db, const QString &what)
{
    return backup::failure(
        ErrorKind::Internal, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

bool plain(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString q(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

StorageError exec(sqlite3 *db, const QString &sql, const QString &what)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK
        ? StorageError()
        : failed(db, what);
}

DeltaStatement prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr);
    return DeltaStatement(statement, sqlite3_finalize);
}

QString text(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)));
}

// The rows of a one- or two-column query as text.
Result<QList<QStringList>> rows(sqlite3 *db, const QString &sql, const QString &what)
{
    const DeltaStatement s = prepare(db, sql);
    if (!s)
        return failed(db, what);
    QList<QStringList> result;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(s.get()); ++c)
            row << text(s.get(), c);
        result << row;
    }
    if (rc != SQLITE_DONE)
        return failed(db, what);
    return result;
}

struct TableShape
{
    QStringList columns;
    QString key; // a single INTEGER primary key, else empty
};

Result<TableShape> shapeOf(sqlite3 *db, const QString &schema, const QString &table)
{
    const auto info = rows(db,
        QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info('%2', '%1') ORDER BY cid")
            .arg(schema, table),
        QCoreApplication::translate("SqliteDelta", "Cannot read the columns of %1").arg(table));
    if (!info)
        return info.error();
    TableShape shape;
    int keys = 0;
    for (const QStringList &c : info.value()) {
        shape.columns << c.at(0);
        if (c.at(2) != QLatin1String("0")) {
            ++keys;
            if (c.at(1).contains(QLatin1String("INT")))
                shape.key = c.at(0);
        }
    }
    if (keys != 1)
        shape.key.clear();
    return shape;
}

StorageError writeTable(sqlite3 *db, const QString &table, int position, bool parentHasIt)
{
    const Result<TableShape> shape = shapeOf(db, QStringLiteral("main"), table);
    if (!shape)
        return shape.error();
    for (const QString &c : shape->columns) {
        if (!plain(c))
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate(
                    "SqliteDelta", "%1 has a column whose name an incremental backup cannot carry")
                    .arg(table));
    }
    const QString t = q(table);
    if (StorageError e
        = exec(db, QStringLiteral("CREATE TABLE delta.%1 AS SELECT * FROM main.%1 WHERE 0").arg(t),
            QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(table));
        !e.ok())
        return e;
    QString select = QStringLiteral("SELECT * FROM main.%1").arg(t);
    if (!shape->key.isEmpty() && parentHasIt) {
        QStringList same;
        for (const QString &c : shape->columns)
            same << QStringLiteral("m.%1 IS p.%1").arg(q(c));
        select = QStringLiteral(
            "SELECT m.* FROM main.%1 m LEFT JOIN parent.%1 p ON p.%2 = m.%2 WHERE p.%2 IS NULL OR NOT (%3)")
                     .arg(t, q(shape->key), same.join(QStringLiteral(" AND ")));
    }
    if (StorageError e = exec(db, QStringLiteral("INSERT INTO delta.%1 %2").arg(t, select),
            QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(table));
        !e.ok())
        return e;
    if (StorageError e = exec(db,
            QStringLiteral("INSERT INTO delta.catalog_delta_tables VALUES ('%1', '%2', %3)")
                .arg(table, shape->key)
                .arg(position),
            QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(table));
        !e.ok())
        return e;
    if (shape->key.isEmpty())
        return {};
    const QString k = q(shape->key);
    return exec(db,
        QStringLiteral("INSERT INTO delta.catalog_delta_ranges SELECT '%1', min(k), max(k) FROM (SELECT %2 "
                       "AS k, %2 - row_number() OVER (ORDER BY %2) AS g FROM main.%3) GROUP BY g")
            .arg(table, k, t),
        QCoreApplication::translate("SqliteDelta", "Cannot write the keys of %1").arg(table));
}

StorageError deleteOutsideRanges(sqlite3 *db, const QString &table, const QString &key)
{
    const auto ranges = rows(db,
        QStringLiteral("SELECT lo, hi FROM delta.catalog_delta_ranges WHERE tbl = '%1' ORDER BY lo")
            .arg(table),
        QCoreApplication::translate("SqliteDelta", "Cannot read the keys of %1").arg(table));
    if (!ranges)
        return ranges.error();
    const QString t = q(table);
    const QString k = q(key);
    if (ranges->isEmpty())
        return exec(db, QStringLiteral("DELETE FROM main.%1").arg(t),
            QCoreApplication::translate("SqliteDelta", "Cannot apply the deletions of %1").arg(table));
    if (StorageError e = exec(db,
            QStringLiteral("DELETE FROM main.%1 WHERE %2 < %3 OR %2 > %4")
                .arg(t, k)
                .arg(ranges->first().at(0).toLongLong())
                .arg(ranges->last().at(1).toLongLong()),
            QCoreApplication::translate("SqliteDelta", "Cannot apply the deletions of %1").arg(table));
        !e.ok())
        return e;
    const DeltaStatement gap
        = prepare(db, QStringLiteral("DELETE FROM main.%1 WHERE %2 BETWEEN ? AND ?").arg(t, k));
    if (!gap)
        return failed(
            db, QCoreApplication::translate("SqliteDelta", "Cannot apply the deletions of %1").arg(table));
    for (qsizetype i = 1; i < ranges->size(); ++i) {
        sqlite3_bind_int64(gap.get(), 1, ranges->at(i - 1).at(1).toLongLong() + 1);
        sqlite3_bind_int64(gap.get(), 2, ranges->at(i).at(0).toLongLong() - 1);
        if (sqlite3_step(gap.get()) != SQLITE_DONE)
            return failed(db,
                QCoreApplication::translate("SqliteDelta", "Cannot apply the deletions of %1").arg(table));
        sqlite3_reset(gap.get());
    }
    return {};
}

StorageError applyTable(sqlite3 *db, const QString &table, const QString &key)
{
    if (!plain(table) || (!key.isEmpty() && !plain(key)))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "SqliteDelta", "The incremental backup names a table or key without a plain name"));
    const Result<TableShape> live = shapeOf(db, QStringLiteral("main"), table);
    const Result<TableShape> delta = shapeOf(db, QStringLiteral("delta"), table);
    if (!live || !delta)
        return live ? delta.error() : live.error();
    if (live->columns != delta->columns || live->key != key)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "SqliteDelta", "The incremental backup's table %1 does not fit the database it is applied to")
                .arg(table));
    const QString t = q(table);
    if (key.isEmpty()) {
        if (StorageError e = exec(db, QStringLiteral("DELETE FROM main.%1").arg(t),
                QCoreApplication::translate("SqliteDelta", "Cannot apply %1").arg(table));
            !e.ok())
            return e;
    } else if (StorageError e = deleteOutsideRanges(db, table, key); !e.ok()) {
        return e;
    }
    return exec(db, QStringLiteral("INSERT OR REPLACE INTO main.%1 SELECT * FROM delta.%1").arg(t),
        QCoreApplication::translate("SqliteDelta", "Cannot apply the changes of %1").arg(table));
}

StorageError applyAttached(sqlite3 *db)
{
    const auto triggers
        = rows(db, QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"),
            QCoreApplication::translate("SqliteDelta", "Cannot read the triggers"));
    const auto tables
        = rows(db, QStringLiteral("SELECT tbl, key FROM delta.catalog_delta_tables ORDER BY position"),
            QCoreApplication::translate("SqliteDelta", "Cannot read the incremental backup's tables"));
    if (!triggers)
        return triggers.error();
    if (!tables)
        return backup::failure(ErrorKind::Validation, tables.error().message);
    // The history and count triggers stay out of it: the delta carries their rows as they were.
    for (const QStringList &trigger : triggers.value()) {
        if (StorageError e = exec(db, QStringLiteral("DROP TRIGGER main.%1").arg(q(trigger.at(0))),
                QCoreApplication::translate("SqliteDelta", "Cannot set the triggers aside"));
            !e.ok())
            return e;
    }
    for (const QStringList &table : tables.value()) {
        if (StorageError e = applyTable(db, table.at(0), table.at(1)); !e.ok())
            return e;
    }
    for (const QStringList &trigger : triggers.value()) {
        if (StorageError e = exec(db, trigger.at(1),
                QCoreApplication::translate("SqliteDelta", "Cannot put the triggers back"));
            !e.ok())
            return e;
    }
    return {};
}

StorageError beginDelta(sqlite3 *live)
{
    return exec(live,
        QStringLiteral("CREATE TABLE delta.catalog_delta_tables (tbl TEXT NOT NULL, key TEXT NOT NULL, "
                       "position INTEGER NOT NULL); "
                       "CREATE TABLE delta.catalog_delta_ranges (tbl TEXT NOT NULL, lo INTEGER NOT NULL, "
                       "hi INTEGER NOT NULL)"),
        QCoreApplication::translate("SqliteDelta", "Cannot write the incremental backup"));
}

// The catalog's plain tables (a virtual table, the title search's FTS5 index, is carried by its
// shadow tables, which are plain).
Result<QStringList> deltaTables(sqlite3 *live)
{
    const auto found = rows(live,
        QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"),
        QCoreApplication::translate("SqliteDelta", "Cannot list the tables"));
    if (!found)
        return found.error();
    QStringList names;
    for (const QStringList &row : found.value()) {
        if (!plain(row.at(0)))
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate(
                    "SqliteDelta", "The table %1 has a name an incremental backup cannot carry")
                    .arg(row.at(0)));
        names << row.at(0);
    }
    return names;
}

// Reads every row of a keyed table once, in key order, and writes into the delta those whose hash
// the parent does not have; the parent's keys not met were deleted.
Result<RowHashes::Incremental> writeChangedRows(sqlite3 *live, const QString &table, const TableShape &shape,
    const RowHashes::Table &parent, const std::function<bool()> &tick)
{
    const QString t = q(table);
    const DeltaStatement scan
        = prepare(live, QStringLiteral("SELECT %1, * FROM main.%2 ORDER BY %1").arg(q(shape.key), t));
    QStringList marks;
    for (qsizetype c = 0; c < shape.columns.size(); ++c)
        marks << QStringLiteral("?");
    const DeltaStatement insert = prepare(
        live, QStringLiteral("INSERT INTO delta.%1 VALUES (%2)").arg(t, marks.join(QLatin1Char(','))));
    if (!scan || !insert)
        return failed(
            live, QCoreApplication::translate("SqliteDelta", "Cannot read the changes of %1").arg(table));
    Sha256Hasher hash;
    QList<RowHashes::Row> changed;
    QList<qint64> deleted;
    qint64 standing = 0;
    auto known = parent.rows.cbegin();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(scan.get())) == SQLITE_ROW) {
        const qint64 key = sqlite3_column_int64(scan.get(), 0);
        const quint64 row = SqliteDigest::rowHash(scan.get(), 1, hash);
        for (; known != parent.rows.cend() && known->key < key; ++known)
            deleted.append(known->key);
        const bool same = known != parent.rows.cend() && known->key == key && known->hash == row;
        if (known != parent.rows.cend() && known->key == key)
            ++known;
        if (!same) {
            for (int c = 1; c <= int(shape.columns.size()); ++c)
                sqlite3_bind_value(insert.get(), c, sqlite3_column_value(scan.get(), c));
            if (sqlite3_step(insert.get()) != SQLITE_DONE)
                return failed(live,
                    QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(table));
            sqlite3_reset(insert.get());
            changed.append({ key, row });
        }
        if (++standing % 50000 == 0 && !tick())
            return backup::cancelled();
    }
    if (rc != SQLITE_DONE)
        return failed(
            live, QCoreApplication::translate("SqliteDelta", "Cannot read the changes of %1").arg(table));
    for (; known != parent.rows.cend(); ++known)
        deleted.append(known->key);
    return RowHashes::next(table, parent, std::move(changed), standing, std::move(deleted));
}

} // namespace sqlite_delta

using namespace sqlite_delta;

StorageError SqliteDelta::write(sqlite3 *live, const BackupProgress &progress)
{
    if (StorageError e = beginDelta(live); !e.ok())
        return e;
    const auto tables = rows(live,
        QStringLiteral("SELECT m.name, EXISTS (SELECT 1 FROM parent.sqlite_master p WHERE p.type = 'table' "
                       "AND p.name = m.name) FROM main.sqlite_master m "
                       "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT "
                       "LIKE 'CREATE VIRTUAL TABLE%' "
                       "ORDER BY m.name"),
        QCoreApplication::translate("SqliteDelta", "Cannot list the tables"));
    if (!tables)
        return tables.error();
    // A virtual table (the title search's FTS5 index) is not written itself: its shadow tables
    // are plain tables and carry its state; writing through it would change them twice.
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const QString &name = tables->at(i).at(0);
        if (!backup::report(progress, 30 + int(50 * i / tables->size()),
                QCoreApplication::translate("SqliteDelta", "Reading the changes of %1").arg(name)))
            return backup::cancelled();
        if (!plain(name))
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate(
                    "SqliteDelta", "The table %1 has a name an incremental backup cannot carry")
                    .arg(name));
        if (StorageError e = writeTable(live, name, int(i), tables->at(i).at(1) == QLatin1String("1"));
            !e.ok())
            return e;
    }
    return {};
}

Result<SqliteDelta::Digests> SqliteDelta::writeFromHashes(
    sqlite3 *live, const RowHashes &parent, const BackupProgress &progress, RowHashes &changes)
{
    if (StorageError e = beginDelta(live); !e.ok())
        return e;
    const Result<QStringList> tables = deltaTables(live);
    if (!tables)
        return tables.error();
    Digests digests;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const QString &name = tables->at(i);
        const auto tick = [&] {
            return backup::report(progress, 30 + int(50 * i / tables->size()),
                QCoreApplication::translate("SqliteDelta", "Reading the changes of %1").arg(name));
        };
        if (!tick())
            return backup::cancelled();
        const Result<TableShape> shape = shapeOf(live, QStringLiteral("main"), name);
        if (!shape)
            return shape.error();
        if (!std::all_of(shape->columns.cbegin(), shape->columns.cend(), plain))
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate(
                    "SqliteDelta", "%1 has a column whose name an incremental backup cannot carry")
                    .arg(name));
        const QString t = q(name);
        if (StorageError e = exec(live,
                QStringLiteral("CREATE TABLE delta.%1 AS SELECT * FROM main.%1 WHERE 0; INSERT INTO "
                               "delta.catalog_delta_tables VALUES ('%2', '%3', %4)")
                    .arg(t, name, shape->key)
                    .arg(i),
                QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(name));
            !e.ok())
            return e;
        const auto known = parent.tables.constFind(name);
        if (shape->key.isEmpty()) { // taken whole
            if (StorageError e
                = exec(live, QStringLiteral("INSERT INTO delta.%1 SELECT * FROM main.%1").arg(t),
                    QCoreApplication::translate("SqliteDelta", "Cannot write the changes of %1").arg(name));
                !e.ok())
                return e;
            const Result<BackupManifest::TableDigest> digest
                = SqliteDigest::ofTable(live, name, tick, QLatin1String(RowHashes::kSqliteAlgorithm));
            if (!digest)
                return digest.error();
            digests.insert(name, digest.value());
            continue;
        }
        if (known == parent.tables.cend())
            return backup::failure(ErrorKind::Validation,
                QCoreApplication::translate(
                    "SqliteDelta", "The parent set has no row hashes of %1; take a full backup")
                    .arg(name));
        Result<RowHashes::Incremental> next = writeChangedRows(live, name, shape.value(), *known, tick);
        if (!next)
            return next.error();
        const DeltaStatement range
            = prepare(live, QStringLiteral("INSERT INTO delta.catalog_delta_ranges VALUES (?, ?, ?)"));
        const QByteArray table = name.toUtf8();
        for (const auto &[lo, hi] : next->ranges) {
            sqlite3_bind_text(range.get(), 1, table.constData(), int(table.size()), SQLITE_STATIC);
            sqlite3_bind_int64(range.get(), 2, lo);
            sqlite3_bind_int64(range.get(), 3, hi);
            if (sqlite3_step(range.get()) != SQLITE_DONE)
                return failed(live,
                    QCoreApplication::translate("SqliteDelta", "Cannot write the keys of %1").arg(name));
            sqlite3_reset(range.get());
        }
        digests.insert(name, next->digest);
        changes.tables.insert(name, next->changes);
    }
    return digests;
}

StorageError SqliteDelta::apply(sqlite3 *db, const QString &deltaPath)
{
    const DeltaStatement attach = prepare(db, QStringLiteral("ATTACH ? AS delta"));
    const QByteArray path = deltaPath.toUtf8();
    if (!attach
        || sqlite3_bind_text(attach.get(), 1, path.constData(), int(path.size()), SQLITE_TRANSIENT)
            != SQLITE_OK
        || sqlite3_step(attach.get()) != SQLITE_DONE)
        return failed(db, QCoreApplication::translate("SqliteDelta", "Cannot open %1").arg(deltaPath));
    StorageError e = exec(db, QStringLiteral("PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE"),
        QCoreApplication::translate("SqliteDelta", "Cannot begin applying %1").arg(deltaPath));
    if (e.ok())
        e = applyAttached(db);
    if (e.ok())
        e = exec(db, QStringLiteral("COMMIT"),
            QCoreApplication::translate("SqliteDelta", "Cannot commit %1").arg(deltaPath));
    else
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "DETACH delta", nullptr, nullptr, nullptr);
    return e;
}

StorageError SqliteDelta::build(
    const QList<BackupManifest> &chain, const QString &target, const BackupProgress &progress)
{
    const QString full = chain.first().filePath(QLatin1String(BackupManifest::kDatabaseRole));
    QFile::remove(target);
    if (!QFile::copy(full, target))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SqliteDelta", "Cannot copy %1 to %2").arg(full, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        QFile::encodeName(target).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    if (rc != SQLITE_OK)
        return failed(db, QCoreApplication::translate("SqliteDelta", "Cannot open %1").arg(target));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (!backup::report(progress, -1,
                QCoreApplication::translate("SqliteDelta", "Applying %1").arg(chain.at(i).setName())))
            return backup::cancelled();
        if (StorageError e = apply(db, chain.at(i).filePath(QLatin1String(BackupManifest::kDatabaseRole)));
            !e.ok())
            return e;
    }
    return {};
}

} // namespace catalog
