#include "db/rolesetup.h"

#include "db/connectionmanager.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"
#include "db/transaction_p.h"

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

const QStringList kTables = { u"suppliers"_s, u"products"_s, u"images"_s, u"sync_records"_s,
    u"product_history"_s, u"supplier_history"_s, u"schema_migrations"_s };
const QList<CatalogRole> kRoles = { CatalogRole::Viewer, CatalogRole::Editor, CatalogRole::Admin };

StorageError runAll(sql::Query &q, const QStringList &statements, const SqlDialect &d)
{
    for (const QString &statement : statements) {
        if (StorageError e = sql::exec(q, statement, {}, d, u"Cannot set up the roles"_s); !e.ok()) {
            e.detail += u"\nstatement: "_s + statement.left(200);
            return e;
        }
    }
    return {};
}

} // namespace

QString catalogRoleName(CatalogRole role)
{
    switch (role) {
    case CatalogRole::Viewer:
        return u"catalog_viewer"_s;
    case CatalogRole::Editor:
        return u"catalog_editor"_s;
    case CatalogRole::Admin:
        return u"catalog_admin"_s;
    }
    return {};
}

std::optional<CatalogRole> catalogRoleFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (CatalogRole role : kRoles) {
        const QString name = catalogRoleName(role);
        if (t == name || u"catalog_"_s + t == name)
            return role;
    }
    return std::nullopt;
}

QStringList RoleSetup::grantStatements()
{
    const QString tables = kTables.join(u", "_s);
    return {
        u"GRANT catalog_viewer TO catalog_editor"_s,
        u"GRANT catalog_editor TO catalog_admin"_s,
        uR"(DO $do$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO catalog_viewer', current_database());
  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO catalog_editor', current_database());
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO catalog_viewer', current_schema());
  EXECUTE format('GRANT CREATE ON SCHEMA %I TO catalog_admin', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE catalog_admin IN SCHEMA %I GRANT SELECT ON TABLES TO catalog_viewer',
                 current_schema());
END
$do$)"_s,
        // The migrations' objects belong to the admin group, not to whichever login ran them.
        u"ALTER TABLE suppliers OWNER TO catalog_admin"_s,
        u"ALTER TABLE products OWNER TO catalog_admin"_s,
        u"ALTER TABLE images OWNER TO catalog_admin"_s,
        u"ALTER TABLE sync_records OWNER TO catalog_admin"_s,
        u"ALTER TABLE product_history OWNER TO catalog_admin"_s,
        u"ALTER TABLE supplier_history OWNER TO catalog_admin"_s,
        u"ALTER TABLE schema_migrations OWNER TO catalog_admin"_s,
        uR"(DO $do$
DECLARE
  fn regprocedure;
BEGIN
  FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'catalog\_%' LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO catalog_admin', fn);
  END LOOP;
END
$do$)"_s,
        // Exactly these rights, whatever was granted before.
        u"REVOKE ALL ON %1 FROM catalog_viewer, catalog_editor"_s.arg(tables),
        u"GRANT SELECT ON %1 TO catalog_viewer"_s.arg(tables),
        u"GRANT INSERT, UPDATE ON products, suppliers, sync_records TO catalog_editor"_s,
        u"GRANT INSERT, UPDATE, DELETE ON images TO catalog_editor"_s,
        // Everyone keeps views of their own (migration 10's trigger stops changes to others' views).
        // A catalog not yet at migration 10 has no saved_views: the migration grants it then.
        uR"(DO $do$
BEGIN
  IF to_regclass('saved_views') IS NOT NULL THEN
    ALTER TABLE saved_views OWNER TO catalog_admin;
    REVOKE ALL ON saved_views FROM catalog_viewer, catalog_editor;
    GRANT SELECT, INSERT, UPDATE, DELETE ON saved_views TO catalog_viewer;
  END IF;
END
$do$)"_s,
    };
}

RoleSetup::RoleSetup(ConnectionManager &connections)
    : m_connections(connections)
{
}

Result<RoleSetupReport> RoleSetup::apply(const QList<RoleMembership> &members)
{
    if (m_connections.config().engine != Engine::PostgreSQL)
        return StorageError::make(ErrorKind::Validation,
            u"SQLite has no database roles: access to the file is decided by its file "
            "permissions"_s);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<RoleSetupReport>([&](QSqlDatabase &db) -> Result<RoleSetupReport> {
        RoleSetupReport report;
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        sql::Query q(db);
        if (StorageError e = sql::exec(
                q, u"SELECT to_regclass('products') IS NOT NULL"_s, {}, d, u"Cannot inspect the schema"_s);
            !e.ok())
            return e;
        if (!q.next() || !q.value(0).toBool())
            return StorageError::make(ErrorKind::Validation,
                u"The catalog schema is not there yet: run catalogctl migrate first"_s);
        for (CatalogRole role : kRoles) {
            const QString name = catalogRoleName(role);
            if (StorageError e = sql::exec(q, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, { name }, d,
                    u"Cannot look up role %1"_s.arg(name));
                !e.ok())
                return e;
            if (q.next())
                continue;
            // The name is one of three constants, never input.
            if (StorageError e = runAll(q, { u"CREATE ROLE %1 NOLOGIN"_s.arg(name) }, d); !e.ok())
                return e;
            report.createdRoles << name;
        }
        if (StorageError e = runAll(q, grantStatements(), d); !e.ok())
            return e;
        report.ownedObjects = kTables;
        if (StorageError e = sql::exec(q,
                u"SELECT p.proname FROM pg_proc p WHERE p.pronamespace = "
                "current_schema()::regnamespace AND p.proname LIKE 'catalog\\_%' ORDER BY 1"_s,
                {}, d, u"Cannot list the catalog functions"_s);
            !e.ok())
            return e;
        while (q.next())
            report.ownedObjects << q.value(0).toString() + u"()"_s;
        for (const RoleMembership &member : members) {
            const QString group = catalogRoleName(member.role);
            if (StorageError e = sql::exec(q, u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s,
                    { member.login }, d, u"Cannot look up role %1"_s.arg(member.login));
                !e.ok())
                return e;
            if (!q.next())
                return StorageError::make(ErrorKind::NotFound,
                    u"There is no database role \"%1\" to make a member of %2; create the "
                    "login first (CREATE ROLE ... LOGIN)"_s.arg(member.login, group));
            if (StorageError e = sql::exec(q, u"SELECT format('GRANT %I TO %I', ?::text, ?::text)"_s,
                    { group, member.login }, d, u"Cannot quote the role name"_s);
                !e.ok())
                return e;
            const QString grant = q.next() ? q.value(0).toString() : QString();
            if (StorageError e = runAll(q, { grant }, d); !e.ok())
                return e;
            report.grantedMembers << u"%1 → %2"_s.arg(member.login, group);
        }
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        qCInfo(lcStorage) << "roles set up; created" << report.createdRoles << "members"
                          << report.grantedMembers;
        return report;
    });
}

} // namespace catalog
