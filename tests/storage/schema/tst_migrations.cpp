#include "schema/migrator.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class MigrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldMigrateAnEmptyDatabaseOnceAndOnlyOnce_data() { engines(); }
    void shouldMigrateAnEmptyDatabaseOnceAndOnlyOnce()
    {
        OPEN_TEST_DATABASE(db, false);
        Migrator migrator(db->connections());
        QCOMPARE(migrator.currentVersion().value(), 0);
        const auto first = migrator.migrate();
        QVERIFY_OK(first);
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, Migrator::latestVersion());
        QCOMPARE(first->applied.size(), Migrator::migrations().size());
        const auto second = migrator.migrate();
        QVERIFY_OK(second);
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(migrator.currentVersion().value(), Migrator::latestVersion());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), Migrator::migrations().size());
        for (const char *table : { "suppliers", "products", "images", "sync_records", "product_history", "supplier_history" })
            QVERIFY2(db->connections().connection()->tables().contains(QString::fromLatin1(table)), table);
    }

    // Migration 5 rebuilds sync_records on SQLite: the journal must come through whole.
    void shouldKeepTheJournalWhenAllowingImageFetchJobs_data() { engines(); }
    void shouldKeepTheJournalWhenAllowingImageFetchJobs()
    {
        OPEN_TEST_DATABASE(db, false);
        Migrator migrator(db->connections());
        QVERIFY_OK(migrator.migrate(4));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status, total_count, error_details) "
                                        "VALUES ('t-old', 'import', 'completed', 7, '[{\"line\": 3}]')")));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type) VALUES ('t-new', 'fetch_images')")));
        QVERIFY_OK(migrator.migrate());
        QCOMPARE(db->scalar(QStringLiteral("SELECT total_count FROM sync_records WHERE task_id = 't-old'")).toInt(), 7);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type) VALUES ('t-new', 'fetch_images')")));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO sync_records (task_id, operation_type) VALUES ('t-bad', 'fetch')")));
        QVERIFY(db->scalar(QStringLiteral("SELECT id FROM sync_records WHERE task_id = 't-new'")).toLongLong()
                > db->scalar(QStringLiteral("SELECT id FROM sync_records WHERE task_id = 't-old'")).toLongLong());
        QVERIFY(db->exec(QStringLiteral("UPDATE images SET fetch_error = 'x', etag = 'y' WHERE id = 0")));
    }

    void shouldRefuseADatabaseFromTheFuture_data() { engines(); }
    void shouldRefuseADatabaseFromTheFuture()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')")));
        const auto result = Migrator(db->connections()).migrate();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("newer")), qPrintable(result.error().message));
    }

    void shouldRollBackAFailedMigrationWhole_data() { engines(); }
    void shouldRollBackAFailedMigrationWhole()
    {
        OPEN_TEST_DATABASE(db, false);
        // A table the first migration wants to create already exists: the migration must fail
        // and leave nothing of itself behind.
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE images (id INTEGER)")));
        const auto result = Migrator(db->connections()).migrate();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("Migration 0001")), qPrintable(result.error().message));
        QCOMPARE(Migrator(db->connections()).currentVersion().value(), 0);
        QVERIFY(!db->connections().connection()->tables().contains(QStringLiteral("suppliers")));
    }

    // The database itself, not only the validator, refuses bad rows, identically on both engines.
    void shouldEnforceConstraintsInTheSchema_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("statement");
        const QStringList statements {
            QStringLiteral("INSERT INTO products (source_id, title) VALUES ('', 'blank source')"),
            QStringLiteral("INSERT INTO products (source_id, title) VALUES ('a', NULL)"),
            QStringLiteral("INSERT INTO products (source_id, title, price_min, price_max) VALUES ('a', 't', 5, 4)"),
            QStringLiteral("INSERT INTO products (source_id, title, price_min) VALUES ('a', 't', -1)"),
            QStringLiteral("INSERT INTO products (source_id, title, currency) VALUES ('a', 't', 'usd')"),
            QStringLiteral("INSERT INTO products (source_id, title, moq) VALUES ('a', 't', 0)"),
            QStringLiteral("INSERT INTO products (source_id, title, sales_count) VALUES ('a', 't', -5)"),
            QStringLiteral("INSERT INTO products (source_id, title, rating) VALUES ('a', 't', 5.5)"),
            QStringLiteral("INSERT INTO products (source_id, title, sync_status) VALUES ('a', 't', 'done')"),
            QStringLiteral("INSERT INTO products (source_id, title, detail_images) VALUES ('a', 't', '{}')"),
            QStringLiteral("INSERT INTO products (source_id, title, specifications) VALUES ('a', 't', '[1]')"),
            QStringLiteral("INSERT INTO products (source_id, title, supplier_id) VALUES ('a', 't', 424242)"),
            QStringLiteral("INSERT INTO products (source_id, title, moq) VALUES ('a', 't', 'many')"),
            QStringLiteral("INSERT INTO suppliers (source_id, name, rating) VALUES ('s', 'n', -0.5)"),
            QStringLiteral("INSERT INTO suppliers (source_id, name, contact_info) VALUES ('s', 'n', '[]')"),
            QStringLiteral("INSERT INTO images (product_id, url) VALUES (424242, 'https://x/y.jpg')"),
            QStringLiteral("INSERT INTO sync_records (task_id, operation_type) VALUES ('t', 'dance')"),
            QStringLiteral("INSERT INTO sync_records (task_id, operation_type, status) VALUES ('t', 'import', 'paused')"),
        };
        for (const char *engine : { "sqlite", "postgresql" }) {
            for (const QString &s : statements)
                QTest::addRow("%s: %s", engine, qPrintable(s.mid(12, 90))) << QString::fromLatin1(engine) << s;
        }
    }
    void shouldEnforceConstraintsInTheSchema()
    {
        OPEN_TEST_DATABASE(db);
        QFETCH(QString, statement);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
        QVERIFY(!db->exec(statement));
        QCOMPARE(db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM suppliers) + "
                                           "(SELECT count(*) FROM images) + (SELECT count(*) FROM sync_records)")).toInt(), 0);
    }

    void shouldCascadeImagesAndKeepHistoryOnHardDelete_data() { engines(); }
    void shouldCascadeImagesAndKeepHistoryOnHardDelete()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('p', 't')")));
        const qint64 id = db->scalar(QStringLiteral("SELECT id FROM products")).toLongLong();
        QVERIFY(db->exec(QStringLiteral("INSERT INTO images (product_id, url) VALUES (?, 'https://x/1.jpg')"), { id }));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM products")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM images")).toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT operation FROM product_history ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("delete"));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
