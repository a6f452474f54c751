#include "repositories/supplierrepository.h"

#include "core/validator.h"
#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"
#include "repositories/changeset_p.h"
#include "repositories/productrepository.h"
#include "repositories/versionedtable_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace catalog {

namespace {

const QStringList kSupplierWritable = { QStringLiteral("source_id"),    QStringLiteral("name"),
                                        QStringLiteral("company_name"), QStringLiteral("contact_info"),
                                        QStringLiteral("location"),     QStringLiteral("rating") };

QVariantList supplierValues(const Supplier &s, const SqlDialect &d)
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

Supplier readSupplier(const sql::Query &q, const SqlDialect &d)
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

// Products that are not deleted keep their supplier: it cannot be deleted under them.
StorageError checkNoActiveProducts(QSqlDatabase &db, const SqlDialect &d, qint64 id)
{
    sql::Query q(db);
    if (StorageError e = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM products WHERE supplier_id = ? AND deleted_at IS NULL"),
            { id }, d,
            QCoreApplication::translate("SupplierRepository", "Cannot check the supplier's products"));
        !e.ok())
        return e;
    if (q.next() && q.value(0).toLongLong() > 0)
        return StorageError::make(ErrorKind::Constraint,
            QCoreApplication::translate(
                "SupplierRepository", "Supplier %1 still has %2 products; move or delete them first")
                .arg(id)
                .arg(q.value(0).toLongLong()));
    return {};
}

// A supplier that any product refers to (deleted ones included) cannot be removed permanently.
StorageError checkNoProducts(QSqlDatabase &db, const SqlDialect &d, qint64 id)
{
    sql::Query q(db);
    if (StorageError e
        = sql::exec(q, QStringLiteral("SELECT count(*) FROM products WHERE supplier_id = ?"), { id }, d,
            QCoreApplication::translate("SupplierRepository", "Cannot check the supplier's products"));
        !e.ok())
        return e;
    if (q.next() && q.value(0).toLongLong() > 0)
        return StorageError::make(ErrorKind::Constraint,
            QCoreApplication::translate("SupplierRepository",
                "Supplier %1 is still referenced by %2 products (deleted ones "
                "included); it cannot be removed permanently")
                .arg(id)
                .arg(q.value(0).toLongLong()));
    return {};
}

const VersionedTable &supplierTable()
{
    static const VersionedTable table(VersionedTable::Spec {
            QStringLiteral("suppliers"),
            QStringLiteral("supplier"),
            QStringLiteral("id, source_id, name, company_name, contact_info, location, rating, product_count, "
                           "created_at, updated_at, deleted_at, version, updated_by"),
            kSupplierWritable,
            {
                    { QStringLiteral("id"), true },
                    { QStringLiteral("source_id"), true },
                    { QStringLiteral("name"), true },
                    { QStringLiteral("company_name"), false },
                    { QStringLiteral("location"), false },
                    { QStringLiteral("rating"), false },
                    { QStringLiteral("product_count"), true },
                    { QStringLiteral("created_at"), true, true },
                    { QStringLiteral("updated_at"), true, true },
                    { QStringLiteral("deleted_at"), false },
                    { QStringLiteral("version"), true },
            },
            history::Entity::Supplier,
            &checkNoActiveProducts,
            &checkNoProducts,
    });
    return table;
}

VersionedRows<Supplier> supplierRows()
{
    return { supplierTable(), RowCodec<Supplier> { &readSupplier, &supplierValues, nullptr } };
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

} // namespace

SupplierRepository::SupplierRepository(ConnectionManager &connections) : m_connections(connections) { }

const QStringList &SupplierRepository::sortColumns()
{
    static const QStringList columns = supplierTable().sortColumnNames();
    return columns;
}

Result<Supplier> SupplierRepository::create(const Supplier &supplier)
{
    return applyOne(RecordChange<Supplier>::Kind::Create, supplier);
}

Result<Supplier> SupplierRepository::findById(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Supplier>([&](QSqlDatabase &db) { return supplierRows().selectById(db, d, id); });
}

Result<Supplier> SupplierRepository::findBySourceId(const QString &sourceId)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Supplier>(
            [&](QSqlDatabase &db) { return supplierRows().selectBySourceId(db, d, sourceId); });
}

Result<Supplier> SupplierRepository::update(const Supplier &supplier)
{
    if (supplier.id <= 0)
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("SupplierRepository", "The supplier has not been stored yet"));
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
    return applyChanges<Supplier>(m_connections, changes, &validation::validateSupplier, supplierRows(),
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
    return supplierTable().hardDelete(m_connections, id);
}

Result<QList<HistoryEntry>> SupplierRepository::history(qint64 id)
{
    return supplierTable().history(m_connections, id);
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
    const Result<QJsonObject> values = supplierTable().valuesBefore(m_connections, id, historyId);
    if (!values)
        return values.error();
    Supplier older = fromJson(values.value());
    older.id = id;
    older.version = expectedVersion;
    return update(older);
}

Result<Page<Supplier>> SupplierRepository::list(const SupplierFilter &filter, const PageRequest &page)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    const Result<SortColumn> sort = supplierTable().checkPage(page);
    if (!sort)
        return sort.error();
    const SqlDialect &d = m_connections.dialect();
    sql::Where where;
    applyFilter(where, filter, d);
    return m_connections.run<Page<Supplier>>(
            [&](QSqlDatabase &db) { return supplierRows().list(db, d, where, sort.value(), page); });
}

Result<qint64> SupplierRepository::count(const SupplierFilter &filter)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyFilter(where, filter, m_connections.dialect());
    return supplierTable().count(m_connections, where, CountMode::Exact);
}

Result<RowCount> SupplierRepository::quickCount(const SupplierFilter &filter, int budgetMs)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyFilter(where, filter, m_connections.dialect());
    return supplierTable().quickCount(m_connections, where, budgetMs);
}

Result<PositionSample> SupplierRepository::positionSample(
    const SupplierFilter &filter, const PageRequest &order, qint64 stride)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyFilter(where, filter, m_connections.dialect());
    return supplierTable().positionSample(m_connections, where, order, stride);
}

Result<PositionSample> SupplierRepository::estimatedPositions(const SupplierFilter &filter, const PageRequest &order)
{
    if (const QList<FieldError> errors = validation::validateFilter(filter); !errors.isEmpty())
        return StorageError::validation(errors);
    sql::Where where;
    applyFilter(where, filter, m_connections.dialect());
    return supplierTable().estimatedPositions(m_connections, where, order);
}

Result<UpsertReport> SupplierRepository::upsert(const QList<Supplier> &suppliers)
{
    if (const QList<FieldError> errors = batchErrors(suppliers, &validation::validateSupplier); !errors.isEmpty())
        return StorageError::validation(errors);
    const SqlDialect &d = m_connections.dialect();
    QStringList assignments;
    QStringList changed;
    for (const QString &c : kSupplierWritable) {
        if (c == QLatin1String("source_id"))
            continue;
        assignments << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("suppliers.%1 IS DISTINCT FROM excluded.%1").arg(c);
    }
    // A new row comes back with version 1, an updated one with its raised version, an unchanged one
    // not at all; each written row's id is returned for the import's products.
    const QString statement
        = QStringLiteral(
            "INSERT INTO suppliers (%1, updated_by) VALUES (%2, ?) ON CONFLICT (source_id) DO UPDATE SET %3,"
            " updated_at = %4, version = suppliers.version + 1, updated_by = excluded.updated_by WHERE %5"
            " RETURNING id, version")
              .arg(kSupplierWritable.join(QStringLiteral(", ")), sql::placeholders(kSupplierWritable.size()),
                  assignments.join(QStringLiteral(", ")), d.nowExpression(),
                  changed.join(QStringLiteral(" OR ")));
    return m_connections.run<UpsertReport>([&](QSqlDatabase &db) -> Result<UpsertReport> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        UpsertReport report;
        sql::Query q(db);
        if (!q.prepare(statement))
            return sqlError(q.lastError(), d,
                QCoreApplication::translate("SupplierRepository", "Cannot prepare the supplier upsert"));
        for (qsizetype i = 0; i < suppliers.size(); ++i) {
            const Supplier &s = suppliers.at(i);
            const QVariantList values = supplierValues(s, d);
            for (qsizetype c = 0; c < values.size(); ++c)
                q.bindValue(int(c), values.at(c));
            q.bindValue(int(values.size()), m_connections.actor());
            if (!q.exec())
                return sqlError(q.lastError(), d,
                    QCoreApplication::translate("SupplierRepository", "Row %1 (%2) was refused")
                        .arg(i + 1)
                        .arg(s.sourceId));
            if (!q.next()) {
                ++report.unchanged;
                continue;
            }
            ++(q.value(1).toInt() > 1 ? report.updated : report.inserted);
            report.ids.insert(s.sourceId, q.value(0).toLongLong());
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
            if (StorageError e = sql::exec(q,
                    supplierTable().selectSql()
                        + QStringLiteral(" WHERE %1 IN (%2)").arg(column, sql::placeholders(chunk.size())),
                    QVariantList(chunk.cbegin(), chunk.cend()), d,
                    QCoreApplication::translate("SupplierRepository", "Cannot read suppliers"));
                !e.ok())
                return e;
            while (q.next()) {
                Supplier s = readSupplier(q, d);
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

