#pragma once

#include "core/historyentry.h"
#include "core/queryspec.h"
#include "core/storageerror.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "repositories/historystore_p.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace catalog {

class ConnectionManager;

// A column a listing may be sorted by. A keyset column lets a page continue from the previous
// page's last key; timestamps travel in a cursor as exact text (see listRows()). A nullable keyset
// column (price_min) sorts its NULLs last (first when descending) on both engines, and its pages are
// read as two ranges of its (column, id) index, the values and the NULLs (see listRows()).
struct SortColumn
{
    QString name;
    bool keyset = false;
    bool timestamp = false;
    bool nullable = false;
};

// What a table of versioned records (products, suppliers) has in common, without the record type:
// the SQL text of the optimistic-lock writes, soft delete and restore, why a write touched no row,
// permanent removal, counting and the paging of a listing, and reading the history. Every row
// write bumps `version` and stamps updated_by/updated_at; a write names the version it read and
// touches nothing when the row moved on (a Conflict that says who changed it).
//
// Holds only constant text; safe to share between threads. Functions taking a QSqlDatabase run on
// the caller's connection (inside its transaction, if any); those taking the ConnectionManager run
// one unit of work on the calling thread's connection. Errors are StorageErrors that name the row.
class VersionedTable
{
public:
    // A check before a row changes state (e.g. "a supplier with products cannot be deleted").
    using StateCheck = std::function<StorageError(QSqlDatabase &, const SqlDialect &, qint64 id)>;

    struct Spec
    {
        QString table; // "products": also the plural noun of messages
        QString noun; // "product"
        QString columns; // the select list, in the order the record's reader reads it
        QStringList writable; // written by create/update, in the order of the record's values
        QList<SortColumn> sortColumns;
        history::Entity historyEntity = history::Entity::Product;
        StateCheck beforeSoftDelete; // optional
        StateCheck beforeHardDelete; // optional
        // Read-only columns a listing adds after `columns` (", <expression> AS name, ..."), e.g. from
        // a correlated subquery; read by the codec's readListed. Empty for most tables.
        QString listColumns;
    };

    explicit VersionedTable(Spec spec);

    const Spec &spec() const { return m_spec; }
    QStringList sortColumnNames() const;

    // SQL text; every value is a bound parameter.
    QString selectSql() const; // "SELECT <columns> FROM <table>"
    QString insertSql() const; // writable values, then updated_by; RETURNING the row
    QString updateSql(const SqlDialect &d) const; // writable values, updated_by, id, version
    QString stateSql(const SqlDialect &d, bool toDeleted) const; // updated_by, id, version

    // Messages that name the row: "Cannot read product 7", "Product 7 does not exist", ...
    QString readContext(const QString &what) const;
    StorageError notFound(const QString &what) const;
    QString createContext(const QString &sourceId) const;
    QString saveContext(const QString &sourceId) const;
    QString stateContext(qint64 id, bool toDeleted) const;
    QString notReturned() const;

    // After a versioned UPDATE touched nothing: says precisely why (changed by someone else since
    // `expectedVersion`, deleted or not deleted, or missing).
    StorageError explainNoUpdate(
        QSqlDatabase &db, const SqlDialect &d, qint64 id, int expectedVersion, bool mustBeDeleted) const;
    // The spec's check before a soft delete, if any.
    StorageError checkSoftDelete(QSqlDatabase &db, const SqlDialect &d, qint64 id) const;

    // Permanently removes a row that is soft-deleted already (one transaction).
    StorageError hardDelete(ConnectionManager &connections, qint64 id) const;
    Result<QList<HistoryEntry>> history(ConnectionManager &connections, qint64 id) const;
    // The values the row had before history entry `historyId`, to write back as a new version.
    Result<QJsonObject> valuesBefore(ConnectionManager &connections, qint64 id, qint64 historyId) const;
    Result<qint64> count(ConnectionManager &connections, const sql::Where &where, CountMode mode) const;
    // Exact if that takes at most `budgetMs` (PostgreSQL: a statement_timeout in its own
    // transaction), else the planner's estimate (with a filter too: EXPLAIN of the filtered count,
    // its values inlined); above kExactCountCeiling estimated rows the estimate without trying.
    // SQLite always counts exactly.
    static constexpr qint64 kExactCountCeiling = 500000;
    // Below this many estimated rows the count is exact whatever it takes (cheap by any measure;
    // no timeout that a busy server could trip).
    static constexpr qint64 kAlwaysExactCount = 20000;
    // A filter the planner estimates below kAlwaysExactCount is counted within at least this budget
    // (the estimate of a filter can be far off; an exact count of a broad search takes seconds).
    static constexpr int kFilteredCountBudgetMs = 1000;
    Result<RowCount> quickCount(ConnectionManager &connections, const sql::Where &where, int budgetMs) const;
    // Every stride-th key of the listing (see PositionSample): one pass over the matching rows
    // with row_number(), in the database. Only for keyset sort columns.
    Result<PositionSample> positionSample(ConnectionManager &connections, const sql::Where &where,
        const PageRequest &order, qint64 stride) const;
    // Estimated keys of the listing (see PositionSample), quickly: on PostgreSQL without a filter
    // from the column's statistics (pg_stats: the most common values with the histogram), else
    // from a sample of the rows (PositionEstimator). Only for keyset sort columns.
    Result<PositionSample> estimatedPositions(
        ConnectionManager &connections, const sql::Where &where, const PageRequest &order) const;

    // A listing page: checks the request against the sort columns before anything runs.
    Result<SortColumn> checkPage(const PageRequest &page) const;
    using RowReader = std::function<void(const sql::Query &)>;
    struct PageKeys
    {
        std::optional<KeysetCursor> first;
        std::optional<KeysetCursor> next;
    };
    // A value the page's statement computes per row after the spec's columns, with its bound
    // values (e.g. a product's data-quality problems); read it by `alias`.
    struct ComputedColumn
    {
        QString expression;
        QString alias;
        QVariantList values;
    };
    // Runs the page's statement on `db` and hands each row to `read`; returns the page's cursors.
    Result<PageKeys> listRows(QSqlDatabase &db, const SqlDialect &d, const sql::Where &where, const SortColumn &sort,
        const PageRequest &page, const RowReader &read, const ComputedColumn *computed = nullptr) const;

    // The ORDER BY of a listing by `sort` (then id), NULLs last ascending and first descending.
    static QString orderBy(const SortColumn &sort, bool ascending);

private:
    QString title(const QString &word) const; // "product" -> "Product"

    Spec m_spec;
};

// How one record type is read from and written to its table.
template <typename T> struct RowCodec
{
    T (*read)(const sql::Query &, const SqlDialect &) = nullptr;
    QVariantList (*values)(const T &, const SqlDialect &) = nullptr;
    // Turns a refused write into what the operator should read (e.g. a missing supplier becomes a
    // field error); optional.
    StorageError (*explainRefusal)(StorageError, const T &) = nullptr;
    // Reads a listing's row, with the table's listColumns; null: read() (no listColumns).
    T (*readListed)(const sql::Query &, const SqlDialect &) = nullptr;
};

// The record-typed half of a versioned table: reads and writes rows of T on a connection, for the
// repositories' single-record methods and their saveChanges(). Same threading and errors as
// VersionedTable; holds references only, so build one where it is needed.
template <typename T> class VersionedRows
{
public:
    VersionedRows(const VersionedTable &table, const RowCodec<T> &codec)
        : m_table(table)
        , m_codec(codec)
    {
    }

    Result<T> selectOne(QSqlDatabase &db, const SqlDialect &d, const QString &where, const QVariant &key,
        const QString &what) const
    {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, m_table.selectSql() + where, { key }, d, m_table.readContext(what));
            !e.ok())
            return e;
        if (!q.next())
            return m_table.notFound(what);
        return m_codec.read(q, d);
    }

    Result<T> selectById(QSqlDatabase &db, const SqlDialect &d, qint64 id) const
    {
        return selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id));
    }

    Result<T> selectBySourceId(QSqlDatabase &db, const SqlDialect &d, const QString &sourceId) const
    {
        return selectOne(db, d, QStringLiteral(" WHERE source_id = ?"), sourceId,
            QStringLiteral("\"%1\"").arg(sourceId.left(50)));
    }

    Result<T> insertRow(QSqlDatabase &db, const SqlDialect &d, const T &record, const QString &actor) const
    {
        sql::Query q(db);
        QVariantList values = m_codec.values(record, d);
        values << actor;
        const QString context = m_table.createContext(record.sourceId);
        if (StorageError e = sql::exec(q, m_table.insertSql(), values, d, context); !e.ok())
            return refused(e, record);
        std::optional<Result<T>> row = takeReturnedRow(q, d, context);
        if (!row)
            return StorageError::make(ErrorKind::Internal, m_table.notReturned());
        if (!*row)
            return refused(row->error(), record);
        return *row;
    }

    // Writes every writable field if the row still has record.version and is not deleted.
    Result<T> updateRow(QSqlDatabase &db, const SqlDialect &d, const T &record, const QString &actor) const
    {
        QVariantList values = m_codec.values(record, d);
        values << actor << record.id << record.version;
        sql::Query q(db);
        const QString context = m_table.saveContext(record.sourceId);
        if (StorageError e = sql::exec(q, m_table.updateSql(d), values, d, context); !e.ok())
            return refused(e, record);
        if (std::optional<Result<T>> row = takeReturnedRow(q, d, context))
            return *row ? *row : Result<T>(refused(row->error(), record));
        return m_table.explainNoUpdate(db, d, record.id, record.version, false);
    }

    // Soft delete (toDeleted) or restore, if the row still has expectedVersion.
    Result<T> stateRow(QSqlDatabase &db, const SqlDialect &d, qint64 id, int expectedVersion, bool toDeleted,
        const QString &actor) const
    {
        if (toDeleted) {
            if (StorageError e = m_table.checkSoftDelete(db, d, id); !e.ok())
                return e;
        }
        sql::Query q(db);
        const QString context = m_table.stateContext(id, toDeleted);
        if (StorageError e
            = sql::exec(q, m_table.stateSql(d, toDeleted), { actor, id, expectedVersion }, d, context);
            !e.ok())
            return e;
        if (std::optional<Result<T>> row = takeReturnedRow(q, d, context))
            return *row;
        return m_table.explainNoUpdate(db, d, id, expectedVersion, !toDeleted);
    }

    // One pending change of an editor, inside saveChanges()' transaction.
    Result<T> apply(
        QSqlDatabase &db, const SqlDialect &d, const RecordChange<T> &change, const QString &actor) const
    {
        using Kind = typename RecordChange<T>::Kind;
        switch (change.kind) {
        case Kind::Create:
            return insertRow(db, d, change.record, actor);
        case Kind::Update:
            return updateRow(db, d, change.record, actor);
        case Kind::Delete:
            return stateRow(db, d, change.record.id, change.record.version, true, actor);
        case Kind::Restore:
            break;
        }
        return stateRow(db, d, change.record.id, change.record.version, false, actor);
    }

    Result<Page<T>> list(QSqlDatabase &db, const SqlDialect &d, const sql::Where &where,
        const SortColumn &sort, const PageRequest &page) const
    {
        Page<T> result;
        const auto read = m_codec.readListed ? m_codec.readListed : m_codec.read;
        Result<VersionedTable::PageKeys> keys = m_table.listRows(
            db, d, where, sort, page, [&](const sql::Query &q) { result.rows << read(q, d); });
        if (!keys)
            return keys.error();
        result.first = keys->first;
        result.next = keys->next;
        return result;
    }

private:
    StorageError refused(StorageError e, const T &record) const
    {
        return m_codec.explainRefusal ? m_codec.explainRefusal(std::move(e), record) : e;
    }

    // Reads the single row of an INSERT/UPDATE ... RETURNING and steps the statement to its end, so
    // that on SQLite the autocommit happens here and any error at commit is reported, not lost.
    // Empty when no row matched.
    std::optional<Result<T>> takeReturnedRow(sql::Query &q, const SqlDialect &d, const QString &context) const
    {
        if (!q.next()) {
            if (q.lastError().isValid())
                return Result<T>(sqlError(q.lastError(), d, context));
            return std::nullopt;
        }
        T row = m_codec.read(q, d);
        if (q.next() || q.lastError().isValid())
            return Result<T>(sqlError(q.lastError(), d, context));
        q.finish();
        return Result<T>(row);
    }

    const VersionedTable &m_table;
    RowCodec<T> m_codec;
};

} // namespace catalog
