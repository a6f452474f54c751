#include "repositories/versionedtable_p.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/transaction_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
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
    if (!page.after && page.offset > 0)
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
