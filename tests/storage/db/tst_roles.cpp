// Least-privilege roles: log in as a viewer, an editor and an admin and prove, statement by
// statement, what the database allows each of them and what it refuses. PostgreSQL only where
// roles exist; the SQLite rows prove the file-permission equivalent.
#include "repositories/historystore_p.h"
#include "repositories/imagerepository.h"
#include "schema/migrator.h"
#include "transfer/productimporter.h"
#include "repositories/productrepository.h"
#include "db/rolesetup.h"
#include "db/sessioninfo.h"
#include "repositories/supplierrepository.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace catalog;
using namespace catalog::test;

namespace {

const QString kLoginPassword = QStringLiteral("role-test-pw-7f3a");

// Runs one raw statement on `connections`; the error classifies what the server said.
StorageError raw(ConnectionManager &connections, const QString &statement)
{
    return connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return sqlError(q.lastError(), connections.dialect(), statement.left(60));
        return {};
    });
}

// Logins made for one test, dropped again when it ends (roles are cluster-wide).
class Logins
{
public:
    explicit Logins(TestDatabase &db)
        : m_db(db)
    {
    }
    ~Logins()
    {
        m_managers.clear();
        for (const QString &name : std::as_const(m_names)) {
            // Pool threads may still hold sessions (and their temporary tables) of the login.
            m_db.exec(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                    .arg(name));
            QTRY_VERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"),
                                { name })
                            .toInt()
                == 0);
            m_db.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
        }
    }
    QString create(const QString &kind)
    {
        QString name = QStringLiteral("t_%1_%2").arg(kind, QUuid::createUuid().toString(QUuid::Id128).left(10));
        if (!m_db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, kLoginPassword)))
            return {};
        m_names << name;
        return name;
    }
    ConnectionManager &connect(const QString &login)
    {
        ConnectionConfig config = m_db.config();
        config.user = login;
        config.password = kLoginPassword;
        m_managers.push_back(std::make_unique<ConnectionManager>(config));
        m_managers.back()->setActor(QStringLiteral("os-%1").arg(login));
        return *m_managers.back();
    }

private:
    TestDatabase &m_db;
    QStringList m_names;
    std::vector<std::unique_ptr<ConnectionManager>> m_managers;
};

#define QVERIFY_REFUSED(expr)                                                                                \
    do {                                                                                                     \
        const StorageError _e = (expr);                                                                      \
        QVERIFY2(_e.kind == ErrorKind::Permission,                                                           \
            qPrintable(QStringLiteral("%1 should be refused, got %2: %3")                                    \
                           .arg(QStringLiteral(#expr), errorKindName(_e.kind), _e.toString())));             \
        QVERIFY2(_e.message.contains(QStringLiteral("lacks this right")), qPrintable(_e.message));           \
    } while (false)

#define OPEN_PG(var, ...)                                                                                    \
    auto var = TestDatabase::create(QStringLiteral("postgresql") __VA_OPT__(, ) __VA_ARGS__);                \
    if (!var) {                                                                                              \
        if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))       \
            QSKIP("CATALOG_TEST_PG_URL is not set; run tests/run-all.sh for the PostgreSQL suites");         \
        QFAIL(qPrintable(TestDatabase::lastError()));                                                        \
    }

template <typename T> StorageError errorOf(const Result<T> &r)
{
    return r ? StorageError {} : r.error();
}

} // namespace

class RolesTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateTheRolesOnceAndKeepGrantsExact()
    {
        OPEN_PG(db);
        // Given a catalog, when setup-roles runs twice
        const Result<RoleSetupReport> first = RoleSetup(db->connections()).apply();
        QVERIFY_OK(first);
        const Result<RoleSetupReport> second = RoleSetup(db->connections()).apply();
        QVERIFY_OK(second);
        // Then the roles exist, the second run created nothing, and the catalog belongs to catalog_admin
        QVERIFY(second->createdRoles.isEmpty());
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT count(*) FROM pg_roles WHERE rolname IN "
                                "('catalog_viewer', 'catalog_editor', 'catalog_admin') AND NOT rolcanlogin"))
                     .toInt(),
            3);
        for (const char *table : { "products", "suppliers", "images", "sync_records", "product_history",
                 "supplier_history", "schema_migrations", "saved_views" }) {
            QCOMPARE(db->scalar(QStringLiteral(
                                    "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = ?::regclass"),
                           { QString::fromLatin1(table) })
                         .toString(),
                QStringLiteral("catalog_admin"));
        }
        QVERIFY(second->ownedObjects.contains(QStringLiteral("catalog_products_after_update()")));
        // Exactly the listed table rights, nothing on history but SELECT for editors
        const QString grants = db->scalar(QStringLiteral("SELECT string_agg(grantee || ':' || table_name || "
                                                         "':' || privilege_type, ',' ORDER BY 1) "
                                                         "FROM information_schema.role_table_grants WHERE "
                                                         "grantee IN ('catalog_viewer', 'catalog_editor')"))
                                   .toString();
        const QStringList list = grants.split(QLatin1Char(','));
        QVERIFY2(list.contains(QStringLiteral("catalog_editor:images:DELETE")), qPrintable(grants));
        QVERIFY2(list.contains(QStringLiteral("catalog_viewer:product_history:SELECT")), qPrintable(grants));
        // Saved views are the one table every role writes: each keeps its own (the owner trigger guards the rest)
        for (const char *right : { "SELECT", "INSERT", "UPDATE", "DELETE" })
            QVERIFY2(list.contains(QStringLiteral("catalog_viewer:saved_views:") + QLatin1String(right)), qPrintable(grants));
        for (const QString &g : list) {
            if (g.startsWith(QStringLiteral("catalog_viewer:saved_views:")))
                continue;
            QVERIFY2(
                !g.startsWith(QStringLiteral("catalog_viewer:")) || g.endsWith(QStringLiteral(":SELECT")),
                qPrintable(g));
            QVERIFY2(!g.contains(QStringLiteral("history")) || g.endsWith(QStringLiteral(":SELECT")),
                qPrintable(g));
            QVERIFY2(!g.endsWith(QStringLiteral(":DELETE")) || g.contains(QStringLiteral(":images:")),
                qPrintable(g));
            QVERIFY2(!g.endsWith(QStringLiteral(":TRUNCATE")), qPrintable(g));
        }
    }

    void shouldLetAViewerReadButNotWrite()
    {
        OPEN_PG(db);
        QVERIFY_OK(ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("P-seed"))));
        Logins logins(*db);
        const QString login = logins.create(QStringLiteral("viewer"));
        QVERIFY(!login.isEmpty());
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Viewer } }));
        ConnectionManager &viewer = logins.connect(login);

        // Reading works, through the repositories and the migrator's version check
        ProductRepository products(viewer);
        const Result<Product> seed = products.findBySourceId(QStringLiteral("P-seed"));
        QVERIFY_OK(seed);
        QVERIFY_OK(products.history(seed->id));
        QVERIFY_OK(Migrator(viewer).migrate()); // up to date: nothing to do, nothing refused
        // The session knows it is read-only, and why
        const Result<SessionInfo> info = SessionInfo::probe(viewer);
        QVERIFY_OK(info);
        QCOMPARE(info->role, login);
        QVERIFY(info->canRead);
        QVERIFY(!info->canWrite());
        QVERIFY(!info->canRecordJobs);
        QVERIFY(!info->canAdminister);
        QVERIFY2(info->readOnlyReason.contains(login), qPrintable(info->readOnlyReason));
        // Every write is refused by the server, as a permission error
        QVERIFY_REFUSED(errorOf(products.create(minimalProduct(QStringLiteral("P-viewer")))));
        Product edit = seed.value();
        edit.title = QStringLiteral("Viewer edit");
        QVERIFY_REFUSED(errorOf(products.update(edit)));
        QVERIFY_REFUSED(errorOf(products.softDelete(seed->id, seed->version)));
        Supplier s;
        s.sourceId = QStringLiteral("S-viewer");
        s.name = QStringLiteral("Viewer supplier");
        QVERIFY_REFUSED(errorOf(SupplierRepository(viewer).create(s)));
        QVERIFY_REFUSED(raw(viewer,
            QStringLiteral("INSERT INTO sync_records (task_id, operation_type) VALUES ('t', 'check')")));
        QVERIFY_REFUSED(raw(viewer, QStringLiteral("DELETE FROM product_history")));
        QVERIFY_REFUSED(raw(viewer, QStringLiteral("SELECT catalog_adjust_product_counts('[]')")));
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT title FROM products WHERE id = ?"), { seed->id }).toString(),
            seed->title);
    }

    void shouldLetAnEditorWriteButNeverRewriteHistory()
    {
        OPEN_PG(db);
        Logins logins(*db);
        const QString login = logins.create(QStringLiteral("editor"));
        QVERIFY(!login.isEmpty());
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Editor } }));
        ConnectionManager &editor = logins.connect(login);

        // Products, suppliers and images: create, edit, soft delete, restore
        SupplierRepository suppliers(editor);
        Supplier s;
        s.sourceId = QStringLiteral("S-ed");
        s.name = QStringLiteral("Editor supplier");
        const Result<Supplier> supplier = suppliers.create(s);
        QVERIFY_OK(supplier);
        ProductRepository products(editor);
        Product p = minimalProduct(QStringLiteral("P-ed"));
        p.supplierId = supplier->id;
        const Result<Product> created = products.create(p);
        QVERIFY_OK(created);
        Product edit = created.value();
        edit.title = QStringLiteral("Edited by an editor");
        const Result<Product> updated = products.update(edit);
        QVERIFY_OK(updated);
        const Result<Product> deleted = products.softDelete(updated->id, updated->version);
        QVERIFY_OK(deleted);
        QVERIFY_OK(products.restore(deleted->id, deleted->version));
        ImageRecord image;
        image.productId = created->id;
        image.url = QStringLiteral("https://img.example.com/ed.jpg");
        const Result<ImageRecord> added = ImageRepository(editor).add(image);
        QVERIFY_OK(added);
        QVERIFY_OK(ImageRepository(editor).remove(added->id));
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT product_count FROM suppliers WHERE id = ?"), { supplier->id })
                .toInt(),
            1);

        // A bulk import (temporary tables, COPY, sync_records) works with the editor's rights
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("source_id,title,price_min,price_max,supplier_source_id,supplier_name\n"
                   "P-imp-1,Imported one,1.00,2.00,S-ed,Editor supplier\n"
                   "P-imp-2,Imported two,3.00,4.00,S-new,New supplier\n");
        file.close();
        const auto imported = ProductImporter(editor).importFile(csv, {});
        QVERIFY_OK(imported);
        QVERIFY2(imported->errors.isEmpty(), qPrintable(imported->errors.value(0).message));
        QCOMPARE(imported->inserted, qint64(2));
        QCOMPARE(imported->suppliersInserted, qint64(1));

        // The history names the login and the OS user, and the editor may read it
        const Result<QList<HistoryEntry>> history = products.history(created->id);
        QVERIFY_OK(history);
        QCOMPARE(history->size(), 4);
        for (const HistoryEntry &e : history.value()) {
            QCOMPARE(e.changedByRole, login);
            QCOMPARE(e.changedBy, QStringLiteral("os-%1").arg(login));
        }

        // but may not change, remove or forge it, nor change the schema or remove rows for good
        const qint64 before = db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toLongLong();
        QVERIFY_REFUSED(
            raw(editor, QStringLiteral("UPDATE product_history SET changed_by = 'someone else'")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("DELETE FROM product_history")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("DELETE FROM supplier_history")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("TRUNCATE product_history")));
        QVERIFY_REFUSED(raw(editor,
            QStringLiteral("INSERT INTO product_history (product_id, operation, changed_by) "
                           "VALUES (1, 'update', 'forged')")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("CREATE TABLE sneaky (id int)")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("ALTER TABLE products ADD COLUMN sneaky int")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("DROP TRIGGER products_after_update ON products")));
        QVERIFY_REFUSED(raw(editor, QStringLiteral("DELETE FROM products")));
        QVERIFY_REFUSED(products.hardDelete(created->id));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toLongLong(), before);

        // A temporary table cannot shadow the history: the triggers pin their search_path
        QVERIFY_OK(editor.runStatus([&](QSqlDatabase &conn) -> StorageError {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("CREATE TEMP TABLE product_history (LIKE public.product_history)")))
                return sqlError(q.lastError(), editor.dialect(), QStringLiteral("temp"));
            return {};
        }));
        const Result<Product> current = products.findById(created->id);
        Product again = current.value();
        again.title = QStringLiteral("Edited behind a temporary table");
        QVERIFY_OK(products.update(again));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE product_id = ?"),
                       { created->id })
                     .toLongLong(),
            5);

        const Result<SessionInfo> info = SessionInfo::probe(editor);
        QVERIFY_OK(info);
        QVERIFY(
            info->canWriteProducts && info->canWriteSuppliers && info->canWriteImages && info->canRecordJobs);
        QVERIFY(!info->canAdminister);
        QVERIFY(info->readOnlyReason.isEmpty());
    }

    void shouldLetAnAdminMigrateRepairAndPurge()
    {
        // Given a catalog at schema version 4, handed to catalog_admin
        OPEN_PG(db, false);
        QVERIFY_OK(Migrator(db->connections()).migrate(4));
        Logins logins(*db);
        const QString login = logins.create(QStringLiteral("admin"));
        QVERIFY(!login.isEmpty());
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Admin } }));
        ConnectionManager &admin = logins.connect(login);

        // When the admin login migrates, the new objects belong to catalog_admin, not to the login
        const Result<MigrationReport> migrated = Migrator(admin).migrate();
        QVERIFY_OK(migrated);
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
        QCOMPARE(db->scalar(QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = "
                                           "'catalog_products_after_update'"))
                     .toString(),
            QStringLiteral("catalog_admin"));
        QVERIFY(
            db->scalar(QStringLiteral(
                           "SELECT prosecdef FROM pg_proc WHERE proname = 'catalog_products_after_update'"))
                .toBool());

        // Then the admin edits, purges deleted rows and may prune history
        ProductRepository products(admin);
        const Result<Product> created = products.create(minimalProduct(QStringLiteral("P-adm")));
        QVERIFY_OK(created);
        const Result<Product> deleted = products.softDelete(created->id, created->version);
        QVERIFY_OK(deleted);
        QVERIFY_OK(products.hardDelete(created->id));
        QCOMPARE(db->scalar(QStringLiteral("SELECT changed_by || '/' || changed_by_role FROM product_history "
                                           "WHERE product_id = ? ORDER BY id DESC LIMIT 1"),
                       { created->id })
                     .toString(),
            QStringLiteral("os-%1/%2").arg(login, login));
        QVERIFY_OK(
            raw(admin, QStringLiteral("DELETE FROM product_history WHERE product_id = %1").arg(created->id)));
        QVERIFY_OK(raw(admin, QStringLiteral("ANALYZE products")));
        const Result<SessionInfo> info = SessionInfo::probe(admin);
        QVERIFY_OK(info);
        QVERIFY(info->canAdminister && info->canWrite());
    }

    void shouldRefuseRolesOnSqliteAndReportAReadOnlyFile()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        const Result<RoleSetupReport> roles = RoleSetup(db->connections()).apply();
        QVERIFY(!roles);
        QCOMPARE(roles.error().kind, ErrorKind::Validation);
        Result<SessionInfo> info = SessionInfo::probe(db->connections());
        QVERIFY_OK(info);
        QVERIFY(info->canWrite() && info->canAdminister && info->localFile);
        QCOMPARE(info->securityText(), QStringLiteral("local file"));
        if (geteuid() == 0)
            return; // root writes read-only files
        const QString path = db->config().sqlitePath;
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        info = SessionInfo::probe(db->connections());
        QVERIFY_OK(info);
        QVERIFY(!info->canWrite());
        QVERIFY2(
            info->readOnlyReason.contains(QStringLiteral("read-only")), qPrintable(info->readOnlyReason));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void shouldRejectBadMemberSpecs()
    {
        QCOMPARE(catalogRoleFromText(QStringLiteral("editor")), CatalogRole::Editor);
        QCOMPARE(catalogRoleFromText(QStringLiteral("catalog_admin")), CatalogRole::Admin);
        QVERIFY(!catalogRoleFromText(QStringLiteral("superuser")));
        OPEN_PG(db);
        // A login that does not exist is named; a hostile name is quoted, never executed
        const Result<RoleSetupReport> missing
            = RoleSetup(db->connections())
                  .apply({ { QStringLiteral("nobody\"; DROP TABLE products; --"), CatalogRole::Editor } });
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY(db->connections().connection()->tables().contains(QStringLiteral("products")));
    }
};

CATALOG_TEST_GUILESS_MAIN(RolesTest)
#include "tst_roles.moc"
