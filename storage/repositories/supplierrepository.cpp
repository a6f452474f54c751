#include "repositories/supplierrepository.h"

#include "repositories/changeset_p.h"
#include "db/connectionmanager.h"
#include "repositories/historystore_p.h"
#include "repositories/productrepository.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "core/validator.h"

#include <QHash>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace catalog {

namespace {

const QString kSelect = QStringLiteral(
        "SELECT id, source_id, name, company_name, contact_info, location, rating, product_count, created_at, "
        "updated_at, deleted_at, version, updated_by FROM suppliers");

const QStringList kWritable = { QStringLiteral("source_id"), QStringLiteral("name"),     QStringLiteral("company_name"),
                                QStringLiteral("contact_info"), QStringLiteral("location"), QStringLiteral("rating") };

QVariantList writableValues(const Supplier &s, const SqlDialect &d)
{
    return {
        s.sourceId,
        s.name,
        SqlDialect::bindText(s.companyName),
        s.contactInfo ? d.bindJson(*s.contactInfo) : QVariant(QMetaType::fromType<QString>()),
        SqlDialect::bindText(s.location),
        d.bindDecimal(s.rating),
    };
}

Supplier readRow(const sql::Query &q, const SqlDialect &d)
{
    Supplier s;
    s.id = q.value(0).toLongLong();
    s.sourceId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.companyName = q.value(3).isNull() ? QString() : q.value(3).toString();
    if (!q.value(4).isNull())
        s.contactInfo = SqlDialect::readJson(q.value(4)).toObject();
    s.location = q.value(5).isNull() ? QString() : q.value(5).toString();
    s.rating = Decimal2::fromVariant(q.value(6));
    s.productCount = q.value(7).toInt();
    s.createdAt = d.readTimestamp(q.value(8));
    s.updatedAt = d.readTimestamp(q.value(9));
    s.deletedAt = d.readTimestamp(q.value(10));
    s.version = q.value(11).toInt();
    s.updatedBy = q.value(12).isNull() ? QString() : q.value(12).toString();
    return s;
}

bool isKeysetColumn(const QString &column)
{
    static const QStringList columns { QStringLiteral("id"),         QStringLiteral("source_id"),
                                       QStringLiteral("name"),       QStringLiteral("product_count"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                       QStringLiteral("version") };
    return columns.contains(column);
}

void applyFilter(sql::Where &where, const SupplierFilter &f, const SqlDialect &d)
{
    if (!f.text.trimmed().isEmpty()) {
        const QString text = f.text.trimmed();
        const QString pattern = sql::containsPattern(text);
        where.add(QStringLiteral("(name %1 ? ESCAPE '\\' OR company_name %1 ? ESCAPE '\\' OR source_id = ?)")
                          .arg(d.caseInsensitiveLike()),
                  { pattern, pattern, text });
    }
    if (!f.location.trimmed().isEmpty())
        where.add(QStringLiteral("location %1 ? ESCAPE '\\'").arg(d.caseInsensitiveLike()),
                  { sql::containsPattern(f.location.trimmed()) });
    switch (f.deleted) {
    case DeletedFilter::ActiveOnly: where.add(QStringLiteral("deleted_at IS NULL")); break;
    case DeletedFilter::DeletedOnly: where.add(QStringLiteral("deleted_at IS NOT NULL")); break;
    case DeletedFilter::All: break;
    }
}

Result<Supplier> selectOne(QSqlDatabase &db, const SqlDialect &d, const QString &where, const QVariant &key,
                           const QString &what)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q, kSelect + where, { key }, d, QStringLiteral("Cannot read supplier %1").arg(what));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::NotFound, QStringLiteral("Supplier %1 does not exist").arg(what));
    return readRow(q, d);
}

StorageError explainNoUpdate(QSqlDatabase &db, const SqlDialect &d, qint64 id, int expectedVersion,
                             bool mustBeDeleted)
{
    Result<Supplier> current = selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id));
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return StorageError::make(
                ErrorKind::Conflict,
                QStringLiteral("Supplier %1 was changed by %2 at %3 (version %4; you edited version %5). Reload it to "
                               "see the other change.")
                        .arg(current->sourceId, current->updatedBy.isEmpty() ? QStringLiteral("someone else") : current->updatedBy,
                             current->updatedAt.toString(Qt::ISODate))
                        .arg(current->version)
                        .arg(expectedVersion));
    if (mustBeDeleted != current->isDeleted())
        return StorageError::make(ErrorKind::Conflict,
                                  mustBeDeleted ? QStringLiteral("Supplier %1 is not deleted").arg(current->sourceId)
                                                : QStringLiteral("Supplier %1 is deleted; restore it first").arg(current->sourceId));
    return StorageError::make(ErrorKind::Internal, QStringLiteral("Supplier %1 was not updated").arg(current->sourceId));
}

Result<Supplier> insertRow(QSqlDatabase &db, const SqlDialect &d, const Supplier &supplier, const QString &actor)
{
    qint64 id = 0;
    {
        sql::Query q(db);
        QVariantList values = writableValues(supplier, d);
        values << actor;
        if (StorageError e = sql::exec(q,
                                       QStringLiteral("INSERT INTO suppliers (%1, updated_by) VALUES (%2, ?) RETURNING id")
                                               .arg(kWritable.join(QStringLiteral(", ")), sql::placeholders(kWritable.size())),
                                       values, d, QStringLiteral("Cannot create supplier %1").arg(supplier.sourceId));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal, QStringLiteral("The new supplier's id was not returned"));
        id = q.value(0).toLongLong();
    }
    return selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id));
}

Result<Supplier> updateRow(QSqlDatabase &db, const SqlDialect &d, const Supplier &supplier, const QString &actor)
{
    QStringList assignments;
    for (const QString &c : kWritable)
        assignments << c + QStringLiteral(" = ?");
    QVariantList values = writableValues(supplier, d);
    values << actor << supplier.id << supplier.version;
    sql::Query q(db);
    if (StorageError e = sql::exec(q,
                                   QStringLiteral("UPDATE suppliers SET %1, updated_by = ?, updated_at = %2, "
                                                  "version = version + 1 WHERE id = ? AND version = ? AND "
                                                  "deleted_at IS NULL")
                                           .arg(assignments.join(QStringLiteral(", ")), d.nowExpression()),
                                   values, d, QStringLiteral("Cannot save supplier %1").arg(supplier.sourceId));
        !e.ok())
        return e;
    if (q.numRowsAffected() != 1)
        return explainNoUpdate(db, d, supplier.id, supplier.version, false);
    return selectOne(db, d, QStringLiteral(" WHERE id = ?"), supplier.id, QString::number(supplier.id));
}

Result<Supplier> stateRow(QSqlDatabase &db, const SqlDialect &d, qint64 id, int expectedVersion, bool toDeleted,
                          const QString &actor)
{
    if (toDeleted) {
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM products WHERE supplier_id = ? AND deleted_at IS NULL"),
                                       { id }, d, QStringLiteral("Cannot check the supplier's products"));
            !e.ok())
            return e;
        if (q.next() && q.value(0).toLongLong() > 0)
            return StorageError::make(ErrorKind::Constraint,
                                      QStringLiteral("Supplier %1 still has %2 products; move or delete them first")
                                              .arg(id)
                                              .arg(q.value(0).toLongLong()));
    }
    sql::Query q(db);
    const QString statement =
            QStringLiteral("UPDATE suppliers SET deleted_at = %1, updated_by = ?, updated_at = %2, version = version + 1 "
                           "WHERE id = ? AND version = ? AND deleted_at %3")
                    .arg(toDeleted ? d.nowExpression() : QStringLiteral("NULL"), d.nowExpression(),
                         toDeleted ? QStringLiteral("IS NULL") : QStringLiteral("IS NOT NULL"));
    if (StorageError e = sql::exec(q, statement, { actor, id, expectedVersion }, d,
                                   QStringLiteral("Cannot change supplier %1").arg(id));
        !e.ok())
        return e;
    if (q.numRowsAffected() != 1)
        return explainNoUpdate(db, d, id, expectedVersion, !toDeleted);
    return selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id));
}

} // namespace

SupplierRepository::SupplierRepository(ConnectionManager &connections) : m_connections(connections) { }

const QStringList &SupplierRepository::sortColumns()
{
    static const QStringList columns { QStringLiteral("id"),         QStringLiteral("source_id"),
                                       QStringLiteral("name"),       QStringLiteral("company_name"),
                                       QStringLiteral("location"),   QStringLiteral("rating"),
                                       QStringLiteral("product_count"), QStringLiteral("created_at"),
                                       QStringLiteral("updated_at"), QStringLiteral("deleted_at"),
                                       QStringLiteral("version") };
    return columns;
}

Result<Supplier> SupplierRepository::create(const Supplier &supplier)
{
    return applyOne(RecordChange<Supplier>::Kind::Create, supplier);
}

Result<Supplier> SupplierRepository::findById(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Supplier>(
            [&](QSqlDatabase &db) { return selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id)); });
}

Result<Supplier> SupplierRepository::findBySourceId(const QString &sourceId)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Supplier>([&](QSqlDatabase &db) {
        return selectOne(db, d, QStringLiteral(" WHERE source_id = ?"), sourceId,
                         QStringLiteral("\"%1\"").arg(sourceId.left(50)));
    });
}

Result<Supplier> SupplierRepository::update(const Supplier &supplier)
{
    if (supplier.id <= 0)
        return StorageError::make(ErrorKind::NotFound, QStringLiteral("The supplier has not been stored yet"));
    return applyOne(RecordChange<Supplier>::Kind::Update, supplier);
}

Result<Supplier> SupplierRepository::writeState(qint64 id, int expectedVersion, bool toDeleted)
{
    Supplier target;
    target.id = id;
    target.version = expectedVersion;
    return applyOne(toDeleted ? RecordChange<Supplier>::Kind::Delete : RecordChange<Supplier>::Kind::Restore, target);
}

Result<Supplier> SupplierRepository::applyOne(RecordChange<Supplier>::Kind kind, const Supplier &supplier)
{
    Result<QList<Supplier>> stored = saveChanges({ RecordChange<Supplier> { kind, supplier } });
    if (!stored) {
        StorageError e = stored.error();
        e.batchIndex = -1;
        for (FieldError &f : e.fields)
            f.row = -1;
        return e;
    }
    return stored->constFirst();
}

Result<QList<Supplier>> SupplierRepository::saveChanges(const QList<RecordChange<Supplier>> &changes)
{
    using Kind = RecordChange<Supplier>::Kind;
    const SqlDialect &d = m_connections.dialect();
    const QString actor = m_connections.actor();
    return applyChanges<Supplier>(
            m_connections, changes, &validation::validateSupplier,
            [&](QSqlDatabase &db, const RecordChange<Supplier> &change) -> Result<Supplier> {
                switch (change.kind) {
                case Kind::Create: return insertRow(db, d, change.record, actor);
                case Kind::Update: return updateRow(db, d, change.record, actor);
                case Kind::Delete: return stateRow(db, d, change.record.id, change.record.version, true, actor);
                case Kind::Restore: break;
                }
                return stateRow(db, d, change.record.id, change.record.version, false, actor);
            },
            QStringLiteral("supplier"));
}

Result<Supplier> SupplierRepository::softDelete(qint64 id, int expectedVersion)
{
    return writeState(id, expectedVersion, true);
}

Result<Supplier> SupplierRepository::restore(qint64 id, int expectedVersion)
{
    return writeState(id, expectedVersion, false);
}

StorageError SupplierRepository::hardDelete(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        {
            sql::Query q(db);
            if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM products WHERE supplier_id = ?"), { id }, d,
                                           QStringLiteral("Cannot check the supplier's products"));
                !e.ok())
                return e;
            if (q.next() && q.value(0).toLongLong() > 0)
                return StorageError::make(ErrorKind::Constraint,
                                          QStringLiteral("Supplier %1 is still referenced by %2 products (deleted ones "
                                                         "included); it cannot be removed permanently")
                                                  .arg(id)
                                                  .arg(q.value(0).toLongLong()));
        }
        sql::Query q(db);
        // The history's delete row names who removed it: the OS user stamped here (no history row of its own).
        if (StorageError e = sql::exec(q, QStringLiteral("UPDATE suppliers SET updated_by = ? WHERE id = ? AND deleted_at IS NOT NULL"),
                                       { m_connections.actor(), id }, d, QStringLiteral("Cannot remove supplier %1").arg(id));
            !e.ok())
            return e;
        if (StorageError e = sql::exec(q, QStringLiteral("DELETE FROM suppliers WHERE id = ? AND deleted_at IS NOT NULL"),
                                       { id }, d, QStringLiteral("Cannot remove supplier %1").arg(id));
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1) {
            Result<Supplier> current = selectOne(db, d, QStringLiteral(" WHERE id = ?"), id, QString::number(id));
            if (!current)
                return current.error();
            return StorageError::make(ErrorKind::Conflict,
                                      QStringLiteral("Supplier %1 is not deleted; only deleted suppliers can be removed "
                                                     "permanently")
                                              .arg(current->sourceId));
        }
        return tx.commit();
    });
}

Result<QList<HistoryEntry>> SupplierRepository::history(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QList<HistoryEntry>>(
            [&](QSqlDatabase &db) { return history::list(db, d, history::Entity::Supplier, id); });
}

Supplier SupplierRepository::fromJson(const QJsonObject &row)
{
    auto text = [&](const char *key) {
        const QJsonValue v = row.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
    };
    Supplier s;
    s.id = row.value(QLatin1String("id")).toInteger();
    s.sourceId = text("source_id");
    s.name = text("name");
    s.companyName = text("company_name");
    if (row.value(QLatin1String("contact_info")).isObject())
        s.contactInfo = row.value(QLatin1String("contact_info")).toObject();
    s.location = text("location");
    s.rating = Decimal2::fromVariant(row.value(QLatin1String("rating")).toVariant());
    s.version = row.value(QLatin1String("version")).toInt();
    s.updatedBy = text("updated_by");
    return s;
}

Result<Supplier> SupplierRepository::restoreVersion(qint64 id, qint64 historyId, int expectedVersion)
{
    const SqlDialect &d = m_connections.dialect();
    Result<HistoryEntry> entry = m_connections.run<HistoryEntry>(
            [&](QSqlDatabase &db) { return history::find(db, d, history::Entity::Supplier, id, historyId); });
    if (!entry)
        return entry.error();
    if (entry->oldValues.isEmpty())
        return StorageError::make(ErrorKind::NotFound,
                                  QStringLiteral("History entry %1 records the creation; there is no earlier version").arg(historyId));
    Supplier older = fromJson(entry->oldValues);
    older.id = id;
    older.version = expectedVersion;
    return update(older);
}

Result<Page<Supplier>> SupplierRepository::list(const SupplierFilter &filter, const PageRequest &page)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    if (!sortColumns().contains(page.sortColumn))
        return StorageError::make(ErrorKind::Validation,
                                  QStringLiteral("Suppliers cannot be sorted by \"%1\"").arg(page.sortColumn.left(40)));
    const bool keyset = isKeysetColumn(page.sortColumn);
    if (page.after && !keyset)
        return StorageError::make(ErrorKind::Validation,
                                  QStringLiteral("Paging by key needs a column without empty values; %1 pages by offset")
                                          .arg(page.sortColumn));
    const SqlDialect &d = m_connections.dialect();
    const bool ascending = page.order == Qt::AscendingOrder;
    const int limit = qBound(1, page.limit, 10000);
    return m_connections.run<Page<Supplier>>([&](QSqlDatabase &db) -> Result<Page<Supplier>> {
        sql::Where where;
        applyFilter(where, filter, d);
        if (page.after)
            where.add(QStringLiteral("(%1, id) %2 (?, ?)").arg(page.sortColumn, ascending ? QStringLiteral(">") : QStringLiteral("<")),
                      { page.after->sortValue, page.after->id });
        QString statement = kSelect + where.sql()
                + QStringLiteral(" ORDER BY %1 %2, id %3 LIMIT %4")
                          .arg(page.sortColumn,
                               ascending ? QStringLiteral("ASC NULLS LAST") : QStringLiteral("DESC NULLS FIRST"),
                               ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"))
                          .arg(limit);
        if (!page.after && page.offset > 0)
            statement += QStringLiteral(" OFFSET %1").arg(page.offset);
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q, statement, where.values(), d, QStringLiteral("Cannot list suppliers")); !e.ok())
            return e;
        Page<Supplier> result;
        QVariant lastSort;
        const int sortIndex = q.record().indexOf(page.sortColumn);
        while (q.next()) {
            result.rows << readRow(q, d);
            lastSort = q.value(sortIndex);
        }
        if (keyset && result.rows.size() == limit) {
            if (lastSort.metaType().id() == QMetaType::QDateTime)
                lastSort = d.bindTimestamp(lastSort.toDateTime());
            result.next = KeysetCursor { lastSort, result.rows.constLast().id };
        }
        return result;
    });
}

Result<qint64> SupplierRepository::count(const SupplierFilter &filter)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        sql::Where where;
        applyFilter(where, filter, d);
        sql::Query q(db);
        if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) FROM suppliers") + where.sql(), where.values(), d,
                                       QStringLiteral("Cannot count suppliers"));
            !e.ok())
            return e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal, QStringLiteral("count(*) returned no row"));
        return q.value(0).toLongLong();
    });
}

Result<UpsertReport> SupplierRepository::upsert(const QList<Supplier> &suppliers)
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < suppliers.size(); ++i) {
        for (FieldError e : validation::validateSupplier(suppliers.at(i))) {
            e.row = int(i);
            e.sourceId = suppliers.at(i).sourceId.left(50);
            errors << e;
        }
    }
    if (!errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    QStringList assignments;
    QStringList changed;
    for (const QString &c : kWritable) {
        if (c == QLatin1String("source_id"))
            continue;
        assignments << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("suppliers.%1 IS DISTINCT FROM excluded.%1").arg(c);
    }
    const QString statement =
            QStringLiteral("INSERT INTO suppliers (%1, updated_by) VALUES (%2, ?) ON CONFLICT (source_id) DO UPDATE SET %3,"
                           " updated_at = %4, version = suppliers.version + 1, updated_by = excluded.updated_by WHERE %5")
                    .arg(kWritable.join(QStringLiteral(", ")), sql::placeholders(kWritable.size()),
                         assignments.join(QStringLiteral(", ")), d.nowExpression(), changed.join(QStringLiteral(" OR ")));
    return m_connections.run<UpsertReport>([&](QSqlDatabase &db) -> Result<UpsertReport> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        UpsertReport report;
        sql::Query exists(db);
        sql::Query q(db);
        if (!q.prepare(statement))
            return sqlError(q.lastError(), d, QStringLiteral("Cannot prepare the supplier upsert"));
        for (qsizetype i = 0; i < suppliers.size(); ++i) {
            const Supplier &s = suppliers.at(i);
            if (StorageError e = sql::exec(exists, QStringLiteral("SELECT 1 FROM suppliers WHERE source_id = ?"), { s.sourceId },
                                           d, QStringLiteral("Cannot look up supplier %1").arg(s.sourceId));
                !e.ok())
                return e;
            const bool wasThere = exists.next();
            exists.finish();
            const QVariantList values = writableValues(s, d);
            for (qsizetype c = 0; c < values.size(); ++c)
                q.bindValue(int(c), values.at(c));
            q.bindValue(int(values.size()), m_connections.actor());
            if (!q.exec())
                return sqlError(q.lastError(), d,
                                             QStringLiteral("Row %1 (%2) was refused").arg(i + 1).arg(s.sourceId));
            if (q.numRowsAffected() == 0)
                ++report.unchanged;
            else if (wasThere)
                ++report.updated;
            else
                ++report.inserted;
        }
        q.finish();
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return report;
    });
}

Result<QHash<qint64, QString>> SupplierRepository::names(const QList<qint64> &ids)
{
    const Result<QHash<qint64, Supplier>> found = byIds(ids);
    if (!found)
        return found.error();
    QHash<qint64, QString> names;
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        names.insert(it.key(), it->name);
    return names;
}

namespace {

// Suppliers whose `column` is one of `keys`, in chunks of bound parameters.
template<typename Key>
Result<QHash<Key, Supplier>> selectWhereIn(ConnectionManager &connections, const QString &column, QList<Key> keys,
                                           Key Supplier::*field)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const SqlDialect &d = connections.dialect();
    return connections.run<QHash<Key, Supplier>>([&](QSqlDatabase &db) -> Result<QHash<Key, Supplier>> {
        QHash<Key, Supplier> found;
        constexpr qsizetype chunkSize = 500;
        for (qsizetype start = 0; start < keys.size(); start += chunkSize) {
            const QList<Key> chunk = keys.mid(start, chunkSize);
            sql::Query q(db);
            q.setForwardOnly(true);
            if (StorageError e = sql::exec(q, kSelect + QStringLiteral(" WHERE %1 IN (%2)").arg(column, sql::placeholders(chunk.size())),
                                           QVariantList(chunk.cbegin(), chunk.cend()), d,
                                           QStringLiteral("Cannot read suppliers"));
                !e.ok())
                return e;
            while (q.next()) {
                Supplier s = readRow(q, d);
                found.insert(s.*field, s);
            }
        }
        return found;
    });
}

} // namespace

Result<QHash<qint64, Supplier>> SupplierRepository::byIds(const QList<qint64> &ids)
{
    return selectWhereIn(m_connections, QStringLiteral("id"), ids, &Supplier::id);
}

Result<QHash<QString, Supplier>> SupplierRepository::bySourceIds(const QStringList &sourceIds)
{
    return selectWhereIn(m_connections, QStringLiteral("source_id"), sourceIds, &Supplier::sourceId);
}

} // namespace catalog
