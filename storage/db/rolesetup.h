#pragma once

#include "core/storageerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace catalog {

class ConnectionManager;

// The three PostgreSQL group roles of a shared catalog. They cannot log in; login roles are made
// members of one of them (GRANT catalog_editor TO alice).
enum class CatalogRole { Viewer, Editor, Admin };

QString catalogRoleName(CatalogRole role); // "catalog_viewer", ...
std::optional<CatalogRole> catalogRoleFromText(const QString &text); // "viewer" or "catalog_viewer"

struct RoleMembership
{
    QString login;
    CatalogRole role = CatalogRole::Viewer;
};

struct RoleSetupReport
{
    QStringList createdRoles; // the roles that did not exist before
    QStringList ownedObjects; // tables and functions now owned by catalog_admin
    QStringList grantedMembers; // "alice → catalog_editor"
};

// Creates (idempotently) the least-privilege roles of the catalog on the connected PostgreSQL
// database and grants each exactly what it needs:
//   catalog_viewer  CONNECT, USAGE on the schema, SELECT on every catalog table; their own saved views
//                   (INSERT/UPDATE/DELETE on saved_views, the owner checked by its trigger).
//   catalog_editor  viewer + INSERT/UPDATE on products and suppliers, INSERT/UPDATE/DELETE on
//                   images, INSERT/UPDATE on sync_records (job records), TEMPORARY (bulk import).
//                   No DDL, no DELETE on products/suppliers (soft delete is an UPDATE), nothing but
//                   SELECT on the history tables: database triggers write the history.
//   catalog_admin   editor + owner of every catalog table and function: migrations, backups,
//                   restores, repairs, permanent removal, history retention.
// Sequences need no grant: every id is an identity column, whose sequence the INSERT uses itself.
// Must run as a superuser, or as a role with CREATEROLE that owns the catalog objects. Runs in one
// transaction; a second run changes nothing and reports no created roles. SQLite has no roles:
// asking for them there is a Validation error.
class RoleSetup
{
public:
    explicit RoleSetup(ConnectionManager &connections);

    Result<RoleSetupReport> apply(const QList<RoleMembership> &members = {});

    // The statements apply() runs (for the documentation and --dry-run).
    static QStringList grantStatements();

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
