#include "repositories/versionedtable_p.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/transaction_p.h"
#include "repositories/positionestimator_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlField>

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

namespace {

// `statement` with each placeholder replaced by its value as the driver quotes it (QSqlDriver::
// formatValue: strings escaped for the server's standard_conforming_strings), for the one statement
// that cannot be prepared. Empty when the placeholders and values do not pair up.
std::optional<QString> withValuesInlined(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QString text;
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : statement) {
        if (c == QLatin1Char('\'') )
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            text += c;
            continue;
        }
        if (next >= values.size())
            return std::nullopt;
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += db.driver()->formatValue(field);
    }
    return next == values.size() ? std::optional<QString>(text) : std::nullopt;
}

} // namespace

Result<qint64> VersionedTable::count(
    ConnectionManager &connections, const sql::Where &where, CountMode mode) const
{
    const SqlDialect &d = connections.dialect();
    return connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Query q(db);
        // PostgreSQL cannot PREPARE an EXPLAIN, and QtSql prepares every statement with bound
        // values: the filter's values are written into the text by the driver's own quoting.
        const std::optional<QString> explained = mode == CountMode::Estimated && d.engine() == Engine::PostgreSQL
            ? withValuesInlined(db, QStringLiteral("SELECT 1 FROM %1").arg(m_spec.table) + where.sql(), where.values())
            : std::nullopt;
        if (explained) {
            if (StorageError e = sql::exec(q, QStringLiteral("EXPLAIN (FORMAT JSON) ") + *explained, {}, d,
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
    // The planner's estimate first (a few milliseconds, a filter's values written into the
    // EXPLAIN): far above what can be counted within the budget, it is the answer; below that the
    // exact count is tried. A filter the planner misjudges is corrected by the model when the
    // listing ends early. The planner can misjudge a filter badly (a broad title search estimated
    // at a few thousand rows counts for seconds), so a filtered count is always tried within a
    // budget, at least kFilteredCountBudgetMs where the estimate says it is small.
    const Result<qint64> estimate = count(connections, where, CountMode::Estimated);
    if (!estimate)
        return estimate.error();
    const bool filtered = !where.values().isEmpty(); // beyond "deleted_at IS NULL"
    if (estimate.value() > kExactCountCeiling)
        return RowCount { estimate.value(), true };
    if (estimate.value() <= kAlwaysExactCount && filtered) {
        budgetMs = qMax(budgetMs, kFilteredCountBudgetMs);
    } else if (estimate.value() <= kAlwaysExactCount) {
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
    // As listRows(): a timestamp key travels as its exact text; NULLs last (first descending).
    const QString key = sort->timestamp ? QStringLiteral("CAST(%1 AS TEXT)").arg(sort->name) : sort->name;
    const QString statement = QStringLiteral(
        "SELECT k, id FROM (SELECT %1 AS k, id, row_number() OVER (ORDER BY %2) AS rn FROM %3%4) s "
        "WHERE rn % ")
                                  .arg(key, orderBy(sort.value(), order.order == Qt::AscendingOrder), m_spec.table, where.sql())
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

Result<PositionSample> VersionedTable::estimatedPositions(
    ConnectionManager &connections, const sql::Where &where, const PageRequest &order) const
{
    const Result<SortColumn> sort = checkPage(order);
    if (!sort)
        return sort.error();
    if (!sort->keyset)
        return PositionSample {};
    const SqlDialect &d = connections.dialect();
    const PositionEstimator estimator(m_spec.table, sort.value(), order.order == Qt::AscendingOrder);
    return connections.run<PositionSample>([&](QSqlDatabase &db) -> Result<PositionSample> {
        // The statistics describe the whole column: only a listing without a filter may use them.
        if (d.engine() == Engine::PostgreSQL && where.values().isEmpty()) {
            Result<PositionSample> statistics = estimator.fromStatistics(db, d);
            if (!statistics || statistics->keys.size() >= 2)
                return statistics;
        }
        return estimator.fromSample(db, d, where);
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

QString VersionedTable::orderBy(const SortColumn &sort, bool ascending)
{
    return ascending ? QStringLiteral("%1 ASC NULLS LAST, id ASC").arg(sort.name)
                     : QStringLiteral("%1 DESC NULLS FIRST, id DESC").arg(sort.name);
}

namespace {

// One range of a listing's order: a condition on the sort column and id, read in `order`.
struct ListSegment
{
    QString condition;
    QVariantList values;
    QString order;
};

// The ranges a page is read from, in the listing's order. A column that is never NULL is one range,
// after the cursor by a row comparison. A nullable column sorts its NULLs last (first when
// descending) and is read as two ranges of its (column, id) index, the values and the NULLs: a row
// comparison with a NULL is NULL, and "(col, id) > (?, ?) OR col IS NULL" is no index range, so a
// page that crosses from one to the other reads the second range for the rest (see listRows()).
QList<ListSegment> listSegments(const SortColumn &sort, const PageRequest &page, bool ascending)
{
    const QString col = sort.name;
    const QString compare = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (!sort.nullable) {
        ListSegment only { {}, {}, VersionedTable::orderBy(sort, ascending) };
        if (page.after) {
            only.condition = QStringLiteral("(%1, id) %2 (?, ?)").arg(col, compare);
            only.values = { page.after->sortValue, page.after->id };
        }
        return { only };
    }
    // Within one range the column is all NULL or never NULL: its plain order is the index's order.
    const QString order = ascending ? QStringLiteral("%1 ASC, id ASC").arg(col) : QStringLiteral("%1 DESC, id DESC").arg(col);
    ListSegment values { QStringLiteral("%1 IS NOT NULL").arg(col), {}, order };
    ListSegment nulls { QStringLiteral("%1 IS NULL").arg(col), {}, order };
    if (page.after && page.after->sortValue.isNull()) {
        nulls.condition = QStringLiteral("%1 IS NULL AND id %2 ?").arg(col, compare);
        nulls.values = { page.after->id };
        if (ascending)
            return { nulls };
    } else if (page.after) {
        values.condition = QStringLiteral("(%1, id) %2 (?, ?)").arg(col, compare);
        values.values = { page.after->sortValue, page.after->id };
        if (!ascending)
            return { values };
    }
    return ascending ? QList<ListSegment> { values, nulls } : QList<ListSegment> { nulls, values };
}

// The rows of `range`, counted up to `upTo` (a nullable column's range an offset skips).
Result<qint64> countRange(QSqlDatabase &db, const SqlDialect &d, const QString &table, const sql::Where &range,
    qint64 upTo, const QString &context)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3) s").arg(table, range.sql()).arg(upTo),
            range.values(), d, context);
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::Internal, context + QStringLiteral(": count(*) returned no row"));
    return q.value(0).toLongLong();
}

} // namespace

Result<VersionedTable::PageKeys> VersionedTable::listRows(QSqlDatabase &db, const SqlDialect &d,
    const sql::Where &where, const SortColumn &sort, const PageRequest &page, const RowReader &read,
    const ComputedColumn *computed) const
{
    const bool ascending = page.order == Qt::AscendingOrder;
    const int limit = qBound(1, page.limit, 10000);
    // A cursor must hold the sort value exactly. QPSQL hands timestamps over as QDateTime, which
    // keeps milliseconds of PostgreSQL's microseconds: rows within the lost digits would be skipped
    // or repeated. Their text form is exact on both engines and compares back as the same value.
    const bool exactKeyText = sort.keyset && sort.timestamp;
    QString columns = m_spec.columns + m_spec.listColumns;
    QVariantList computedValues;
    if (computed) {
        columns += QStringLiteral(", %1 AS %2").arg(computed->expression, computed->alias);
        computedValues = computed->values;
    }
    const QString select = exactKeyText
        ? QStringLiteral("SELECT %1, CAST(%2 AS TEXT) AS sort_key_text FROM %3")
              .arg(columns, sort.name, m_spec.table)
        : QStringLiteral("SELECT %1 FROM %2").arg(columns, m_spec.table);
    const QString context = QCoreApplication::translate("VersionedTable", "Cannot list %1").arg(shownWord(m_spec.table));
    int rows = 0;
    KeysetCursor first;
    KeysetCursor last;
    // With `after` too: the rows after that key, skipping `offset` of them (a jump that starts from
    // a key of the position index a little before the wanted row).
    qint64 offset = page.offset;
    const QList<ListSegment> segments = listSegments(sort, page, ascending);
    for (qsizetype s = 0; s < segments.size() && rows < limit; ++s) {
        sql::Where range = where;
        if (!segments.at(s).condition.isEmpty())
            range.add(segments.at(s).condition, segments.at(s).values);
        if (s > 0 && offset > 0) {
            // The offset reached past the previous range: skip what that range held.
            sql::Where previous = where;
            previous.add(segments.at(s - 1).condition, segments.at(s - 1).values);
            const Result<qint64> skipped = countRange(db, d, m_spec.table, previous, offset, context);
            if (!skipped)
                return skipped.error();
            offset = qMax<qint64>(0, offset - skipped.value());
        }
        QString statement = select + range.sql()
            + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(segments.at(s).order).arg(limit - rows);
        if (offset > 0)
            statement += QStringLiteral(" OFFSET %1").arg(offset);
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, statement, computedValues + range.values(), d, context); !e.ok())
            return e;
        const int sortIndex = exactKeyText ? q.record().count() - 1 : q.record().indexOf(sort.name);
        const int idIndex = q.record().indexOf(QStringLiteral("id"));
        const int before = rows;
        while (q.next()) {
            read(q);
            last = KeysetCursor { q.value(sortIndex), q.value(idIndex).toLongLong() };
            if (++rows == 1)
                first = last;
        }
        if (rows > before)
            offset = 0; // the offset ended inside this range
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
