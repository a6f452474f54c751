#include "schema/migrator.h"

#include "core/storagelog_p.h"
#include "db/connectionmanager.h"
#include "db/serverendpoint.h"
#include "db/transaction_p.h"
#include "schema/migrationscript_p.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

// Every migration this program knows, oldest first. Its SQL is in storage/schema/sql/<engine>/
// (MigrationScript); a released migration never changes (tst_migrations holds their checksums).
struct KnownMigration
{
    int version;
    QString name;
};

const QList<KnownMigration> &knownMigrations()
{
    static const QList<KnownMigration> known {
        { 1, u"initial schema"_s },
        { 2, u"index of active products"_s },
        { 3, u"index products by sync_status and updated_at"_s },
        { 4, u"skip empty product count adjustments"_s },
        { 5, u"image fetch state and fetch_images jobs"_s },
        { 6, u"audit trail: database role and OS user in history"_s },
        { 7, u"history triggers compare columns, not JSON documents; suppliers leave room for updates"_s },
        { 8, u"the update triggers join their transition tables by hash"_s },
        { 9, u"bulk_edit jobs in the journal"_s },
        { 10, u"saved views"_s },
        { 11, u"title search through FTS5 (SQLite); an index of specification keys (PostgreSQL)"_s },
        { 13, u"every job in the journal, purge, and the consistency check's file hashes"_s },
        { 16, u"specification filter: a jsonb_ops index (PostgreSQL), product_specifications (SQLite)"_s },
    };
    return known;
}

struct LoadedMigrations
{
    QList<Migration> migrations;
    QStringList problems;
};

const LoadedMigrations &loadedMigrations()
{
    static const LoadedMigrations loaded = [] {
        LoadedMigrations l;
        for (const KnownMigration &known : knownMigrations()) {
            Migration m;
            m.version = known.version;
            m.name = known.name;
            m.postgres = MigrationScript::load(known.version, Engine::PostgreSQL, &l.problems);
            m.sqlite = MigrationScript::load(known.version, Engine::SQLite, &l.problems);
            l.migrations << m;
        }
        return l;
    }();
    return loaded;
}

StorageError execAll(
    QSqlDatabase &db, const SqlDialect &dialect, const QStringList &statements, const QString &context)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            StorageError error = sqlError(query.lastError(), dialect, context);
            error.detail += QStringLiteral("\nstatement: ") + statement.left(200);
            return error;
        }
    }
    return {};
}

const QString kCreateMigrationsTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                      " version INTEGER PRIMARY KEY,"
                                                      " name VARCHAR(200) NOT NULL,"
                                                      " applied_at VARCHAR(40) NOT NULL)");

Result<int> readVersion(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next())
        return sqlError(query.lastError(), dialect,
            QCoreApplication::translate("Migrator", "Cannot read the schema version"));
    return query.value(0).toInt();
}

// Serialises concurrent migrators (the lock ends with the transaction) and, once setup-roles has
// handed the catalog to catalog_admin, runs the migration as that group, so what it creates
// belongs to the group and not to the login that ran it.
StorageError prepareSchemaChange(QSqlDatabase &db, const SqlDialect &dialect)
{
    if (dialect.engine() != Engine::PostgreSQL)
        return {};
    if (StorageError e = execAll(db, dialect, { QStringLiteral("SELECT pg_advisory_xact_lock(1688001)") },
            QCoreApplication::translate("Migrator", "Cannot lock the schema"));
        !e.ok())
        return e;
    QSqlQuery owner(db);
    if (!owner.exec(QStringLiteral(
            "SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE c.oid = to_regclass('products') AND r.rolname = 'catalog_admin' "
            "AND current_user <> 'catalog_admin' AND pg_has_role(current_user, r.oid, 'MEMBER')")))
        return sqlError(owner.lastError(), dialect,
            QCoreApplication::translate("Migrator", "Cannot read the owner of the catalog"));
    if (!owner.next())
        return {};
    return execAll(db, dialect, { QStringLiteral("SET LOCAL ROLE catalog_admin") },
        QCoreApplication::translate("Migrator", "Cannot act as catalog_admin for the migration"));
}

StorageError recordMigration(
    QSqlDatabase &db, const SqlDialect &dialect, const Migration &migration, const QString &label)
{
    QSqlQuery record(db);
    record.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!record.exec())
        return sqlError(record.lastError(), dialect,
            QCoreApplication::translate("Migrator", "Cannot record migration %1").arg(label));
    record.finish();
    return {};
}

// One migration and its bookkeeping row in one transaction; report.toVersion follows what the
// database holds afterwards.
StorageError applyMigration(
    QSqlDatabase &db, const SqlDialect &dialect, const Migration &migration, MigrationReport &report)
{
    Transaction tx(db, dialect);
    if (StorageError e = tx.begin(); !e.ok())
        return e;
    if (StorageError e = prepareSchemaChange(db, dialect); !e.ok())
        return e;
    // Someone else may have migrated while we waited for the lock.
    Result<int> now = readVersion(db, dialect);
    if (!now)
        return now.error();
    if (now.value() >= migration.version) {
        report.toVersion = now.value();
        return {};
    }
    const QString label
        = QStringLiteral("%1 %2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
    const QStringList &statements
        = dialect.engine() == Engine::PostgreSQL ? migration.postgres : migration.sqlite;
    if (StorageError e = execAll(db, dialect, statements,
            QCoreApplication::translate("Migrator", "Migration %1 failed").arg(label));
        !e.ok())
        return e;
    if (StorageError e = recordMigration(db, dialect, migration, label); !e.ok())
        return e;
    if (StorageError e = tx.commit(); !e.ok())
        return e;
    qCInfo(lcStorage) << "applied migration" << label;
    report.applied << label;
    report.toVersion = migration.version;
    return {};
}

// A standby replays the primary's schema; it cannot change its own. Nothing to do is fine (the GUI
// browses a standby read-only); anything to apply is refused, naming the server and the versions.
Result<MigrationReport> refuseOnStandby(
    QSqlDatabase &db, const SqlDialect &dialect, const ServerEndpoint &server, int targetVersion)
{
    MigrationReport report;
    if (db.tables().contains(QStringLiteral("schema_migrations"))) {
        Result<int> version = readVersion(db, dialect);
        if (!version)
            return version.error();
        report.fromVersion = report.toVersion = version.value();
    }
    if (report.fromVersion >= targetVersion && report.fromVersion <= Migrator::latestVersion())
        return report;
    return StorageError::make(ErrorKind::Constraint,
        QCoreApplication::translate("Migrator",
            "The server %1 is a standby (in recovery, read-only): migrations are never run there. Its schema "
            "is at migration %2, this program needs %3; run migrate on the primary, and the standby "
            "replays it")
            .arg(server.text())
            .arg(report.fromVersion)
            .arg(Migrator::latestVersion()));
}

} // namespace

Migrator::Migrator(ConnectionManager &connections)
    : m_connections(connections)
{
}

const QList<Migration> &Migrator::migrations()
{
    return loadedMigrations().migrations;
}

QStringList Migrator::scriptProblems()
{
    return loadedMigrations().problems;
}

int Migrator::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> Migrator::currentVersion()
{
    return m_connections.run<int>([this](QSqlDatabase &db) -> Result<int> {
        const QStringList tables = db.tables();
        if (!tables.contains(QStringLiteral("schema_migrations")))
            return 0;
        return readVersion(db, m_connections.dialect());
    });
}

Result<MigrationReport> Migrator::migrate(int targetVersion)
{
    if (const QStringList problems = scriptProblems(); !problems.isEmpty())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("Migrator", "This build's migration scripts are broken: %1")
                .arg(problems.join(QStringLiteral("; "))));
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const SqlDialect &dialect = m_connections.dialect();
    return m_connections.run<MigrationReport>([&](QSqlDatabase &db) -> Result<MigrationReport> {
        if (dialect.engine() == Engine::PostgreSQL) {
            const Result<ServerEndpoint> server = ServerEndpoint::read(db, dialect);
            if (!server)
                return server.error();
            if (server->standby)
                return refuseOnStandby(db, dialect, server.value(), targetVersion);
        }
        MigrationReport report;
        // Only when missing: a read-only role may not even say CREATE TABLE IF NOT EXISTS.
        if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
            QSqlQuery query(db);
            if (!query.exec(kCreateMigrationsTable))
                return sqlError(query.lastError(), dialect,
                    QCoreApplication::translate("Migrator", "Cannot create schema_migrations"));
        }
        Result<int> before = readVersion(db, dialect);
        if (!before)
            return before.error();
        report.fromVersion = before.value();
        report.toVersion = report.fromVersion;
        if (report.fromVersion > latestVersion())
            return StorageError::make(ErrorKind::Constraint,
                QCoreApplication::translate("Migrator",
                    "The database has schema version %1, newer than the %2 this "
                    "program knows; use a newer catalog-admin")
                    .arg(report.fromVersion)
                    .arg(latestVersion()));
        for (const Migration &migration : migrations()) {
            if (migration.version <= report.toVersion || migration.version > targetVersion)
                continue;
            if (StorageError e = applyMigration(db, dialect, migration, report); !e.ok())
                return e;
        }
        return report;
    });
}

} // namespace catalog
