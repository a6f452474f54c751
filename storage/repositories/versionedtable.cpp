#include "repositories/versionedtable_p.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/transaction_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <utility>

namespace catalog {

namespace {

// What explainNoUpdate() needs of the stored row, whatever its record type.
struct StoredState
{
    QString sourceId;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
    bool deleted = false;
};

Result<StoredState> readStoredState(
    QSqlDatabase &db, const SqlDialect &d, const VersionedTable &table, qint64 id)
{
    const QString what = QString::number(id);
    sql::Query q(db);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT source_id, version, updated_by, updated_at, deleted_at FROM %1 "
                           "WHERE id = ?")
                .arg(table.spec().table),
            { id }, d, table.readContext(what));
        !e.ok())
        return e;
    if (!q.next())
        return table.notFound(what);
    StoredState state;
    state.sourceId = q.value(0).toString();
    state.version = q.value(1).toInt();
    state.updatedBy = q.value(2).isNull() ? QString() : q.value(2).toString();
    state.updatedAt = d.readTimestamp(q.value(3));
    state.deleted = d.readTimestamp(q.value(4)).isValid();
    return state;
}

} // namespace

VersionedTable::VersionedTable(Spec spec)
    : m_spec(std::move(spec))
{
}

QStringList VersionedTable::sortColumnNames() const
{
    QStringList names;
    for (const SortColumn &c : m_spec.sortColumns)
        names << c.name;
    return names;
}

namespace {

// The record's noun in messages: the spec keeps the English word (the plural is also the table's
// name), a message gets the word of the interface's language.
QString shownWord(const QString &word)
{
    [[maybe_unused]] static const char *const words[] = { QT_TRANSLATE_NOOP("VersionedTable", "product"),
        QT_TRANSLATE_NOOP("VersionedTable", "products"), QT_TRANSLATE_NOOP("VersionedTable", "supplier"),
        QT_TRANSLATE_NOOP("VersionedTable", "suppliers") };
    return QCoreApplication::translate("VersionedTable", word.toUtf8().constData());
}

} // namespace

QString VersionedTable::title(const QString &word) const
{
    return word.left(1).toUpper() + word.mid(1);
}

QString VersionedTable::selectSql() const
{
    return QStringLiteral("SELECT %1 FROM %2").arg(m_spec.columns, m_spec.table);
}

QString VersionedTable::insertSql() const
{
    return QStringLiteral("INSERT INTO %1 (%2, updated_by) VALUES (%3, ?) RETURNING %4")
        .arg(m_spec.table, m_spec.writable.join(QStringLiteral(", ")),
            sql::placeholders(m_spec.writable.size()), m_spec.columns);
}

QString VersionedTable::updateSql(const SqlDialect &d) const
{
    QStringList assignments;
    for (const QString &c : m_spec.writable)
        assignments << c + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE %1 SET %2, updated_by = ?, updated_at = %3, version = version + 1 "
                          "WHERE id = ? AND version = ? AND deleted_at IS NULL RETURNING %4")
        .arg(m_spec.table, assignments.join(QStringLiteral(", ")), d.nowExpression(), m_spec.columns);
}

QString VersionedTable::stateSql(const SqlDialect &d, bool toDeleted) const
{
    return QStringLiteral(
        "UPDATE %1 SET deleted_at = %2, updated_by = ?, updated_at = %3, version = version + 1 "
        "WHERE id = ? AND version = ? AND deleted_at %4 RETURNING %5")
        .arg(m_spec.table, toDeleted ? d.nowExpression() : QStringLiteral("NULL"), d.nowExpression(),
            toDeleted ? QStringLiteral("IS NULL") : QStringLiteral("IS NOT NULL"), m_spec.columns);
}

QString VersionedTable::readContext(const QString &what) const
{
    return QCoreApplication::translate("VersionedTable", "Cannot read %1 %2")
        .arg(shownWord(m_spec.noun), what);
}

StorageError VersionedTable::notFound(const QString &what) const
{
    return StorageError::make(ErrorKind::NotFound,
        QCoreApplication::translate("VersionedTable", "%1 %2 does not exist")
            .arg(title(shownWord(m_spec.noun)), what));
}

QString VersionedTable::createContext(const QString &sourceId) const
{
    return QCoreApplication::translate("VersionedTable", "Cannot create %1 %2")
        .arg(shownWord(m_spec.noun), sourceId);
}

QString VersionedTable::saveContext(const QString &sourceId) const
{
    return QCoreApplication::translate("VersionedTable", "Cannot save %1 %2")
        .arg(shownWord(m_spec.noun), sourceId);
}

QString VersionedTable::stateContext(qint64 id, bool toDeleted) const
{
    return (toDeleted ? QCoreApplication::translate("VersionedTable", "Cannot delete %1 %2")
                      : QCoreApplication::translate("VersionedTable", "Cannot restore %1 %2"))
        .arg(shownWord(m_spec.noun))
        .arg(id);
}

QString VersionedTable::notReturned() const
{
    return QCoreApplication::translate("VersionedTable", "The new %1 was not returned")
        .arg(shownWord(m_spec.noun));
}

StorageError VersionedTable::explainNoUpdate(
    QSqlDatabase &db, const SqlDialect &d, qint64 id, int expectedVersion, bool mustBeDeleted) const
{
    const Result<StoredState> current = readStoredState(db, d, *this, id);
    if (!current)
        return current.error();
    const QString noun = title(shownWord(m_spec.noun));
    if (current->version != expectedVersion)
        return StorageError::make(ErrorKind::Conflict,
            QCoreApplication::translate("VersionedTable",
                "%1 %2 was changed by %3 at %4 (version %5; you edited version %6). Reload it to see "
                "the other change.")
                .arg(noun, current->sourceId,
                    current->updatedBy.isEmpty()
                        ? QCoreApplication::translate("VersionedTable", "someone else")
                        : current->updatedBy,
                    current->updatedAt.toString(Qt::ISODate))
                .arg(current->version)
                .arg(expectedVersion));
    if (mustBeDeleted != current->deleted)
        return StorageError::make(ErrorKind::Conflict,
            (mustBeDeleted
                    ? QCoreApplication::translate("VersionedTable", "%1 %2 is not deleted")
                    : QCoreApplication::translate("VersionedTable", "%1 %2 is deleted; restore it first"))
                .arg(noun, current->sourceId));
    return StorageError::make(ErrorKind::Internal,
        QCoreApplication::translate("VersionedTable", "%1 %2 was not updated").arg(noun, current->sourceId));
}

StorageError VersionedTable::checkSoftDelete(QSqlDatabase &db, const SqlDialect &d, qint64 id) const
{
    return m_spec.beforeSoftDelete ? m_spec.beforeSoftDelete(db, d, id) : StorageError {};
}

StorageError VersionedTable::hardDelete(ConnectionManager &connections, qint64 id) const
{
    const SqlDialect &d = connections.dialect();
    const QString context = QCoreApplication::translate("VersionedTable", "Cannot remove %1 %2")
                                .arg(shownWord(m_spec.noun))
                                .arg(id);
    return connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        if (m_spec.beforeHardDelete) {
            if (StorageError e = m_spec.beforeHardDelete(db, d, id); !e.ok())
                return e;
        }
        sql::Query q(db);
        // The history's delete row names who removed it: the OS user stamped here (no history row of its
        // own).
        if (StorageError e = sql::exec(q,
                QStringLiteral("UPDATE %1 SET updated_by = ? WHERE id = ? AND deleted_at IS NOT NULL")
                    .arg(m_spec.table),
                { connections.actor(), id }, d, context);
            !e.ok())
            return e;
        if (StorageError e = sql::exec(q,
                QStringLiteral("DELETE FROM %1 WHERE id = ? AND deleted_at IS NOT NULL").arg(m_spec.table),
                { id }, d, context);
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1) {
            const Result<StoredState> current = readStoredState(db, d, *this, id);
            if (!current)
                return current.error();
            return StorageError::make(ErrorKind::Conflict,
                QCoreApplication::translate(
                    "VersionedTable", "%1 %2 is not deleted; only deleted %3 can be removed permanently")
                    .arg(title(shownWord(m_spec.noun)), current->sourceId, shownWord(m_spec.table)));
        }
        return tx.commit();
    });
}

Result<QList<HistoryEntry>> VersionedTable::history(ConnectionManager &connections, qint64 id) const
{
    const SqlDialect &d = connections.dialect();
    return connections.run<QList<HistoryEntry>>(
        [&](QSqlDatabase &db) { return history::list(db, d, m_spec.historyEntity, id); });
}

Result<QJsonObject> VersionedTable::valuesBefore(
    ConnectionManager &connections, qint64 id, qint64 historyId) const
{
    const SqlDialect &d = connections.dialect();
    const Result<HistoryEntry> entry = connections.run<HistoryEntry>(
        [&](QSqlDatabase &db) { return history::find(db, d, m_spec.historyEntity, id, historyId); });
    if (!entry)
        return entry.error();
    if (entry->oldValues.isEmpty())
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate(
                "VersionedTable", "History entry %1 records the creation; there is no earlier version")
                .arg(historyId));
    return entry->oldValues;
}

Result<qint64> VersionedTable::count(
    ConnectionManager &connections, const sql::Where &where, CountMode mode) const
{
    const SqlDialect &d = connections.dialect();
    return connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        if (mode == CountMode::Estimated && d.engine() == Engine::PostgreSQL) {
            if (StorageError e = sql::exec(q,
                    QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %1").arg(m_spec.table) + where.sql(),
                    where.values(), d,
                    QCoreApplication::translate("VersionedTable", "Cannot estimate the %1 count")
                        .arg(shownWord(m_spec.noun)));
                !e.ok())
                return e;
            if (q.next()) {
                const QJsonDocument plan = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
                const QJsonValue rows = plan.array()
                                            .at(0)
                                            .toObject()
                                            .value(QLatin1String("Plan"))
                                            .toObject()
                                            .value(QLatin1String("Plan Rows"));
                if (rows.isDouble())
                    return qint64(rows.toDouble());
            }
            q = sql::Query(db);
        }
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT count(*) FROM %1").arg(m_spec.table) + where.sql(), where.values(), d,
                QCoreApplication::translate("VersionedTable", "Cannot count %1")
                    .arg(shownWord(m_spec.table)));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal, QStringLiteral("count(*) returned no row"));
        return q.value(0).toLongLong();
    });
}

Result<RowCount> VersionedTable::quickCount(
    ConnectionManager &connections, const sql::Where &where, int budgetMs) const
{
    const SqlDialect &d = connections.dialect();
    if (d.engine() != Engine::PostgreSQL) {
        const Result<qint64> exact = count(connections, where, CountMode::Exact);
        return exact ? Result<RowCount>(RowCount { exact.value(), false }) : Result<RowCount>(exact.error());
    }
    // The planner's estimate first (a few milliseconds): far above what can be counted within the
    // budget, it is the answer; below that the exact count is tried. A filter the planner
    // misjudges is corrected by the model when the listing ends early. QtSql PREPAREs a statement
    // with bound values and PostgreSQL cannot PREPARE an EXPLAIN: a filter with values is counted
    // exactly, as before.
    const Result<qint64> estimate = where.values().isEmpty()
        ? count(connections, where, CountMode::Estimated)
        : Result<qint64>(qint64(0));
    if (!estimate)
        return estimate.error();
    if (estimate.value() > kExactCountCeiling)
        return RowCount { estimate.value(), true };
    if (estimate.value() <= kAlwaysExactCount) {
        const Result<qint64> exact = count(connections, where, CountMode::Exact);
        return exact ? Result<RowCount>(RowCount { exact.value(), false }) : Result<RowCount>(exact.error());
    }
    const QString context
        = QCoreApplication::translate("VersionedTable", "Cannot count %1").arg(m_spec.table);
    const Result<std::optional<qint64>> timed = connections.run<std::optional<qint64>>(
        [&](QSqlDatabase &db) -> Result<std::optional<qint64>> {
            // Its own transaction, so the shorter timeout ends with it (SET LOCAL).
            Transaction tx(db, d, Transaction::Purpose::ReadSnapshot);
            if (StorageError e = tx.begin(); !e.ok())
                return e;
            sql::Query q(db);
            if (StorageError e = sql::exec(q, QStringLiteral("SET LOCAL statement_timeout = %1").arg(qMax(1, budgetMs)),
                    {}, d, context);
                !e.ok())
                return e;
            StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(m_spec.table) + where.sql(),
                where.values(), d, context);
            if (e.kind == ErrorKind::Timeout || e.sqlState == QLatin1String("57014"))
                return std::optional<qint64> {}; // over budget: the transaction rolls back
            if (!e.ok())
                return e;
            if (!q.next())
                return StorageError::make(ErrorKind::Internal, QStringLiteral("count(*) returned no row"));
            const qint64 rows = q.value(0).toLongLong();
            q.finish();
            if (StorageError c = tx.commit(); !c.ok())
                return c;
            return std::optional<qint64>(rows);
        });
    if (!timed)
        return timed.error();
    if (timed.value())
        return RowCount { *timed.value(), false };
    return RowCount { estimate.value(), true };
}

Result<PositionSample> VersionedTable::positionSample(
    ConnectionManager &connections, const sql::Where &where, const PageRequest &order, qint64 stride) const
{
    const Result<SortColumn> sort = checkPage(order);
    if (!sort)
        return sort.error();
    if (!sort->keyset || stride < 1)
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("VersionedTable", "%1 cannot be read by key when sorted by %2")
                .arg(title(m_spec.table), sort->name));
    const SqlDialect &d = connections.dialect();
    const QString direction = order.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // As listRows(): a timestamp key travels as its exact text.
    const QString key = sort->timestamp ? QStringLiteral("CAST(%1 AS TEXT)").arg(sort->name) : sort->name;
    const QString statement = QStringLiteral(
        "SELECT k, id FROM (SELECT %1 AS k, id, row_number() OVER (ORDER BY %2 %3, id %3) AS rn FROM %4%5) s "
        "WHERE rn % ")
                                  .arg(key, sort->name, direction, m_spec.table, where.sql())
        + QString::number(stride) + QStringLiteral(" = 0 ORDER BY rn");
    return connections.run<PositionSample>([&](QSqlDatabase &db) -> Result<PositionSample> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, statement, where.values(), d,
                QCoreApplication::translate("VersionedTable", "Cannot read the positions of %1 sorted by %2")
                    .arg(m_spec.table, sort->name));
            !e.ok())
            return e;
        PositionSample sample;
        sample.stride = stride;
        while (q.next())
            sample.keys << KeysetCursor { q.value(0), q.value(1).toLongLong() };
        return sample;
    });
}

Result<PositionSample> VersionedTable::estimatedPositions(ConnectionManager &connections, const PageRequest &order) const
{
    const Result<SortColumn> sort = checkPage(order);
    if (!sort)
        return sort.error();
    const SqlDialect &d = connections.dialect();
    if (!sort->keyset || d.engine() != Engine::PostgreSQL)
        return PositionSample {};
    // The histogram's bounds split the column's values into equally frequent buckets. As text, so
    // one statement serves every column type; the bound compares back as the column's own type.
    // A bound is a value, not a row: the cursor's id is below (ascending) or above (descending)
    // every id, so "after" it means "from the first row with that value" (ascending) or "from the
    // last row with that value" (descending).
    return connections.run<PositionSample>([&](QSqlDatabase &db) -> Result<PositionSample> {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral(
                    "SELECT b FROM pg_stats, unnest(CAST(CAST(histogram_bounds AS TEXT) AS TEXT[])) "
                    "WITH ORDINALITY AS u(b, i) WHERE schemaname = current_schema() AND tablename = ? "
                    "AND attname = ? ORDER BY i"),
                { m_spec.table, sort->name }, d,
                QCoreApplication::translate("VersionedTable", "Cannot read the statistics of %1")
                    .arg(m_spec.table));
            !e.ok())
            return e;
        const bool ascending = order.order == Qt::AscendingOrder;
        PositionSample sample;
        while (q.next())
            sample.keys << KeysetCursor { q.value(0), ascending ? 0 : std::numeric_limits<qint64>::max() };
        if (!ascending)
            std::reverse(sample.keys.begin(), sample.keys.end());
        return sample;
    });
}

Result<SortColumn> VersionedTable::checkPage(const PageRequest &page) const
{
    const auto sort = std::find_if(m_spec.sortColumns.cbegin(), m_spec.sortColumns.cend(),
        [&page](const SortColumn &c) { return c.name == page.sortColumn; });
    if (sort == m_spec.sortColumns.cend())
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("VersionedTable", "%1 cannot be sorted by \"%2\"")
                .arg(title(shownWord(m_spec.table)), page.sortColumn.left(40)));
    if (page.after && !sort->keyset)
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate(
                "VersionedTable", "Paging by key needs a column without empty values; %1 pages by offset")
                .arg(sort->name));
    return *sort;
}

Result<VersionedTable::PageKeys> VersionedTable::listRows(QSqlDatabase &db, const SqlDialect &d,
    sql::Where where, const SortColumn &sort, const PageRequest &page, const RowReader &read,
    const ComputedColumn *computed) const
{
    const bool ascending = page.order == Qt::AscendingOrder;
    const int limit = qBound(1, page.limit, 10000);
    if (page.after) {
        where.add(QStringLiteral("(%1, id) %2 (?, ?)")
                      .arg(sort.name, ascending ? QStringLiteral(">") : QStringLiteral("<")),
            { page.after->sortValue, page.after->id });
    }
    const QString direction
        = ascending ? QStringLiteral("ASC NULLS LAST") : QStringLiteral("DESC NULLS FIRST");
    // A cursor must hold the sort value exactly. QPSQL hands timestamps over as QDateTime, which
    // keeps milliseconds of PostgreSQL's microseconds: rows within the lost digits would be skipped
    // or repeated. Their text form is exact on both engines and compares back as the same value.
    const bool exactKeyText = sort.keyset && sort.timestamp;
    QString columns = m_spec.columns + m_spec.listColumns;
    QVariantList values;
    if (computed) {
        columns += QStringLiteral(", %1 AS %2").arg(computed->expression, computed->alias);
        values = computed->values;
    }
    values += where.values();
    const QString select = exactKeyText
        ? QStringLiteral("SELECT %1, CAST(%2 AS TEXT) AS sort_key_text FROM %3")
              .arg(columns, sort.name, m_spec.table)
        : QStringLiteral("SELECT %1 FROM %2").arg(columns, m_spec.table);
    QString statement = select + where.sql()
        + QStringLiteral(" ORDER BY %1 %2, id %3 LIMIT %4")
              .arg(sort.name, direction, ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"))
              .arg(limit);
    // With `after` too: the rows after that key, skipping `offset` of them (a jump that starts
    // from a key of the position index a little before the wanted row).
    if (page.offset > 0)
        statement += QStringLiteral(" OFFSET %1").arg(page.offset);
    sql::Query q(db);
    q.setForwardOnly(true);
    if (StorageError e = sql::exec(q, statement, values, d,
            QCoreApplication::translate("VersionedTable", "Cannot list %1").arg(shownWord(m_spec.table)));
        !e.ok())
        return e;
    const int sortIndex = exactKeyText ? q.record().count() - 1 : q.record().indexOf(sort.name);
    const int idIndex = q.record().indexOf(QStringLiteral("id"));
    int rows = 0;
    KeysetCursor first;
    KeysetCursor last;
    while (q.next()) {
        read(q);
        last = KeysetCursor { q.value(sortIndex), q.value(idIndex).toLongLong() };
        if (++rows == 1)
            first = last;
    }
    const auto cursor = [&d](KeysetCursor key) {
        if (key.sortValue.metaType().id() == QMetaType::QDateTime)
            key.sortValue = d.bindTimestamp(key.sortValue.toDateTime());
        return key;
    };
    PageKeys keys;
    if (sort.keyset && rows > 0)
        keys.first = cursor(first);
    if (sort.keyset && rows == limit)
        keys.next = cursor(last);
    return keys;
}

} // namespace catalog
