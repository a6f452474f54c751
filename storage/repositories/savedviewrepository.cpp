#include "repositories/savedviewrepository.h"

#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/transaction_p.h"

#include <QCoreApplication>
#include <functional>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

const QString kViewSelect
    = u"SELECT id, name, owner, shared, is_default, page, definition, created_at, updated_at "
      "FROM saved_views"_s;

SavedView readView(const sql::Query &q, const SqlDialect &d, const QString &me)
{
    SavedView v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.owner = q.value(2).toString();
    v.shared = q.value(3).toBool();
    v.isDefault = q.value(4).toBool();
    v.page = viewPageFromText(q.value(5).toString()).value_or(ViewPage::Products); // CHECK allows no other
    v.definition = SqlDialect::readJson(q.value(6)).toObject();
    v.createdAt = d.readTimestamp(q.value(7));
    v.updatedAt = d.readTimestamp(q.value(8));
    v.mine = v.owner == me;
    return v;
}

// The owner of what this session saves. PostgreSQL knows its role (and its trigger sets the owner from
// it, whatever the client sends); a SQLite file has no roles, so the OS user stands in.
Result<QString> ownerOf(QSqlDatabase &db, ConnectionManager &connections)
{
    if (connections.dialect().engine() != Engine::PostgreSQL)
        return connections.actor();
    sql::Query q(db);
    if (StorageError e = sql::exec(q, u"SELECT current_user::text"_s, {}, connections.dialect(),
            QCoreApplication::translate("SavedViewRepository", "Cannot read the database role"));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("SavedViewRepository", "The database did not name the current role"));
    return q.value(0).toString();
}

Result<SavedView> selectView(QSqlDatabase &db, const SqlDialect &d, qint64 id, const QString &me)
{
    sql::Query q(db);
    if (StorageError e
        = sql::exec(q, kViewSelect + u" WHERE id = ? AND (owner = ? OR shared = ?)"_s, { id, me, true }, d,
            QCoreApplication::translate("SavedViewRepository", "Cannot read saved view %1").arg(id));
        !e.ok())
        return e;
    if (!q.next())
        return StorageError::make(ErrorKind::NotFound,
            QCoreApplication::translate("SavedViewRepository", "The saved view %1 no longer exists").arg(id));
    return readView(q, d, me);
}

// The view, if I may change it.
Result<SavedView> ownView(QSqlDatabase &db, const SqlDialect &d, qint64 id, const QString &me)
{
    Result<SavedView> view = selectView(db, d, id, me);
    if (view && !view->mine)
        return StorageError::make(ErrorKind::Permission,
            u"The view \"%1\" belongs to %2: only its owner can change it. Save it under a name of your own "
            "instead."_s.arg(view->name, view->owner));
    return view;
}

StorageError checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return StorageError::validation({ FieldError {
            u"name"_s, QCoreApplication::translate("SavedViewRepository", "A view needs a name") } });
    if (name.size() > SavedViewRepository::kMaxNameLength)
        return StorageError::validation({ FieldError { u"name"_s,
            QCoreApplication::translate("SavedViewRepository", "A view's name has at most %1 characters")
                .arg(SavedViewRepository::kMaxNameLength) } });
    return {};
}

// The id of my view of that page and name, or 0.
Result<qint64> findOwnNamed(
    QSqlDatabase &db, const SqlDialect &d, ViewPage page, const QString &name, const QString &me)
{
    sql::Query q(db);
    if (StorageError e
        = sql::exec(q, u"SELECT id FROM saved_views WHERE owner = ? AND page = ? AND name = ?"_s,
            { me, viewPageText(page), name }, d,
            QCoreApplication::translate("SavedViewRepository", "Cannot look up the view \"%1\"").arg(name));
        !e.ok())
        return e;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

StorageError nameTaken(const QString &name)
{
    return StorageError::make(ErrorKind::Constraint,
        QCoreApplication::translate(
            "SavedViewRepository", "You already have a view named \"%1\" on this page; choose another name")
            .arg(name));
}

// One change of a view of mine, in a transaction: the view is read first (refused when it is not
// mine or gone), `change` runs its statements, and the view comes back as stored.
using OwnChange = std::function<StorageError(QSqlDatabase &, const SavedView &, const QString &me)>;

Result<SavedView> changeOwn(ConnectionManager &connections, qint64 id, const OwnChange &change)
{
    const SqlDialect &d = connections.dialect();
    return connections.run<SavedView>([&](QSqlDatabase &db) -> Result<SavedView> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        const Result<QString> me = ownerOf(db, connections);
        if (!me)
            return me.error();
        Result<SavedView> view = ownView(db, d, id, *me);
        if (!view)
            return view;
        if (StorageError e = change(db, *view, *me); !e.ok())
            return e;
        Result<SavedView> stored = selectView(db, d, id, *me);
        if (!stored)
            return stored;
        if (StorageError c = tx.commit(); !c.ok())
            return c;
        return stored;
    });
}

} // namespace

SavedViewRepository::SavedViewRepository(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<QString> SavedViewRepository::currentOwner()
{
    return m_connections.run<QString>([&](QSqlDatabase &db) { return ownerOf(db, m_connections); });
}

Result<QList<SavedView>> SavedViewRepository::list(ViewPage page)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<QList<SavedView>>([&](QSqlDatabase &db) -> Result<QList<SavedView>> {
        const Result<QString> me = ownerOf(db, m_connections);
        if (!me)
            return me.error();
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                kViewSelect
                    + u" WHERE page = ? AND (owner = ? OR shared = ?) ORDER BY name, owner <> ?, owner"_s,
                { viewPageText(page), *me, true, *me }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot read the saved views"));
            !e.ok())
            return e;
        QList<SavedView> views;
        while (q.next())
            views << readView(q, d, *me);
        return views;
    });
}

Result<SavedView> SavedViewRepository::save(const SavedView &view, bool replace)
{
    if (StorageError e = checkName(view.name); !e.ok())
        return e;
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<SavedView>([&](QSqlDatabase &db) -> Result<SavedView> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        const Result<QString> me = ownerOf(db, m_connections);
        if (!me)
            return me.error();
        const Result<qint64> existing = findOwnNamed(db, d, view.page, view.name, *me);
        if (!existing)
            return existing.error();
        if (*existing != 0 && !replace)
            return nameTaken(view.name);
        sql::Query q(db);
        const QVariant definition = d.bindJson(view.definition);
        StorageError e = *existing != 0
            ? sql::exec(q,
                u"UPDATE saved_views SET definition = ?, shared = ?, updated_at = %1 WHERE id = ? RETURNING id"_s
                    .arg(d.nowExpression()),
                { definition, view.shared, *existing }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot replace the view \"%1\"")
                    .arg(view.name))
            : sql::exec(q,
                u"INSERT INTO saved_views (name, owner, shared, page, definition) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                { view.name, *me, view.shared, viewPageText(view.page), definition }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot save the view \"%1\"")
                    .arg(view.name));
        if (!e.ok())
            return e.kind == ErrorKind::Constraint ? nameTaken(view.name) : e;
        if (!q.next())
            return StorageError::make(ErrorKind::Internal,
                QCoreApplication::translate("SavedViewRepository", "The view's id was not returned"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        Result<SavedView> stored = selectView(db, d, id, *me);
        if (!stored)
            return stored;
        if (StorageError c = tx.commit(); !c.ok())
            return c;
        return stored;
    });
}

Result<SavedView> SavedViewRepository::rename(qint64 id, const QString &name)
{
    if (StorageError e = checkName(name); !e.ok())
        return e;
    const SqlDialect &d = m_connections.dialect();
    return changeOwn(
        m_connections, id, [&](QSqlDatabase &db, const SavedView &view, const QString &me) -> StorageError {
            const Result<qint64> clash = findOwnNamed(db, d, view.page, name, me);
            if (!clash)
                return clash.error();
            if (*clash != 0 && *clash != id)
                return nameTaken(name);
            sql::Query q(db);
            const StorageError e = sql::exec(q,
                u"UPDATE saved_views SET name = ?, updated_at = %1 WHERE id = ?"_s.arg(d.nowExpression()),
                { name, id }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot rename the view \"%1\"")
                    .arg(view.name));
            return e.kind == ErrorKind::Constraint ? nameTaken(name) : e;
        });
}

StorageError SavedViewRepository::remove(qint64 id)
{
    const SqlDialect &d = m_connections.dialect();
    return m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        const Result<QString> me = ownerOf(db, m_connections);
        if (!me)
            return me.error();
        const Result<SavedView> view = ownView(db, d, id, *me);
        if (!view)
            return view.error();
        sql::Query q(db);
        if (StorageError e = sql::exec(q, u"DELETE FROM saved_views WHERE id = ?"_s, { id }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot delete the view \"%1\"")
                    .arg(view->name));
            !e.ok())
            return e;
        q.finish();
        return tx.commit();
    });
}

Result<SavedView> SavedViewRepository::setDefault(qint64 id, bool isDefault)
{
    const SqlDialect &d = m_connections.dialect();
    return changeOwn(
        m_connections, id, [&](QSqlDatabase &db, const SavedView &view, const QString &me) -> StorageError {
            sql::Query q(db);
            // The other default goes first: the partial unique index allows one per owner and page.
            if (StorageError e = sql::exec(q,
                    u"UPDATE saved_views SET is_default = ? WHERE owner = ? AND page = ? AND is_default = ? AND id <> ?"_s,
                    { false, me, viewPageText(view.page), true, id }, d,
                    QCoreApplication::translate(
                        "SavedViewRepository", "Cannot clear the previous default view"));
                !e.ok())
                return e;
            return sql::exec(q, u"UPDATE saved_views SET is_default = ? WHERE id = ?"_s, { isDefault, id }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot make \"%1\" the default view")
                    .arg(view.name));
        });
}

Result<SavedView> SavedViewRepository::setShared(qint64 id, bool shared)
{
    const SqlDialect &d = m_connections.dialect();
    return changeOwn(
        m_connections, id, [&](QSqlDatabase &db, const SavedView &view, const QString &) -> StorageError {
            sql::Query q(db);
            return sql::exec(q,
                u"UPDATE saved_views SET shared = ?, updated_at = %1 WHERE id = ?"_s.arg(d.nowExpression()),
                { shared, id }, d,
                QCoreApplication::translate("SavedViewRepository", "Cannot change the sharing of \"%1\"")
                    .arg(view.name));
        });
}

} // namespace catalog
