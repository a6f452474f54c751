#include "schema/migrationscript_p.h"
#include "schema/migrator.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    // Every migration has exactly one script per engine, and there is no script of a migration the
    // program does not know (it would never run).
    void shouldShipAScriptForEveryMigrationAndEngine()
    {
        QVERIFY2(Migrator::scriptProblems().isEmpty(), qPrintable(Migrator::scriptProblems().join(u'\n')));
        for (const Engine engine : { Engine::PostgreSQL, Engine::SQLite }) {
            QStringList expected;
            for (const Migration &m : Migrator::migrations()) {
                const QString path = MigrationScript::resourcePath(m.version, engine);
                QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("no %1 script for migration %2")
                                                         .arg(engineName(engine)).arg(m.version)));
                QVERIFY(QFile::exists(path));
                expected << QFileInfo(path).fileName();
            }
            QCOMPARE(QDir(MigrationScript::resourceFolder(engine)).entryList(QDir::Files, QDir::Name), expected);
        }
        QCOMPARE(Migrator::migrations().size(), 13);
        QVERIFY(!Migrator::migrations().at(0).postgres.isEmpty());
        QVERIFY(!Migrator::migrations().at(0).sqlite.isEmpty());
    }

    // Every PostgreSQL trigger function that joins its transition tables must plan that join by hash:
    // planned as one row each, the tables were nested-loop joined, quadratic in the rows a statement
    // touched (migration 8). A later CREATE OR REPLACE of such a function drops the setting.
    void shouldHashJoinTransitionTablesInTriggers()
    {
        if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
            QSKIP("PostgreSQL is not available (CATALOG_TEST_PG_URL)");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const QString joined
            = db->scalar(QStringLiteral("SELECT string_agg(proname || ':' || "
                                        "coalesce(array_to_string(proconfig, ','), ''), '|' ORDER BY proname)"
                                        " FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
                                        "AND prosrc LIKE '%old_rows o JOIN new_rows%'"))
                  .toString();
        const QStringList functions = joined.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        QCOMPARE(functions.size(), 2); // the products' and the suppliers' update triggers
        for (const QString &f : functions)
            QVERIFY2(f.contains(QLatin1String("enable_nestloop=off")), qPrintable(f));
        const QString adjust
            = db->scalar(QStringLiteral("SELECT array_to_string(proconfig, ',') FROM pg_proc WHERE proname = "
                                        "'catalog_adjust_product_counts'"))
                  .toString();
        QVERIFY2(adjust.contains(QLatin1String("enable_nestloop=on")), qPrintable(adjust));
    }

    // A released migration must never change: databases that applied it would differ from new ones.
    // The checksums are those of the statements as they were when the SQL still lived in C++.
    void shouldApplyTheSameStatementsAsReleased_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<QString>("sqlite");
        QTest::newRow("0001") << 1 << "8dfd55d8a3b34f75d09124b6b02241193a464a5259c076eccaaf421a595030c0"
                              << "432823ef657c9fb78906d83937e5d9326f40d7954e0a36091d890513c3e4e6a8";
        QTest::newRow("0002") << 2 << "d5b743daead4766163a51671b158ebaf78e68af107634e007a9bb510c53f182f"
                              << "d9109931fce672d1e8ac18db6270ecd83a7b49a2fea3a111143af054501cd051";
        QTest::newRow("0003") << 3 << "d9082b1005ac2d6ffce4f362525046b0e4543af4df501102d4bda74c45e7aa95"
                              << "d9082b1005ac2d6ffce4f362525046b0e4543af4df501102d4bda74c45e7aa95";
        QTest::newRow("0004") << 4 << "910e1920cf26019d421a6e69d35968eb3fc8cd99eac674f3e3c2e9e890d67efb"
                              << "584cb0a770841d5e4d7c53d456566165b538855e195e24e20c1e16d073d7d41d";
        QTest::newRow("0005") << 5 << "74a63098c36b983b41f48b0437c6af8d82f9ba0eb094636463425a1f94543511"
                              << "e985626b9eeb539beecac9c644252a02a3ca4b12f7e6552005ca869b6caa2a00";
        QTest::newRow("0006") << 6 << "f83c6fff9ba44a4707faa748191f9d372f617ac792f4139b49d147bdb516f658"
                              << "57c8b23c6deb5cac12df2304055ed7d9701b9d9189017a75a26db4a152bed09b";
        QTest::newRow("0007") << 7 << "dd3b7be1271813386dbeac734a564aa59f30fcf312bbb3d79c6b04903d8efd4c"
                              << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("0008") << 8 << "1eba973c2b2104c4707940869b1118e03001c884d8acd107a6c15dbfd6335319"
                              << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("0009") << 9 << "eebaff19373349d87060fc33447d7a510d084f7a1d78b4d98c9659b07a6bd367"
                              << "a8417525474f50bd0686754270021a7ef423eb157b1f0d0f576b8556cebb51c5";
        QTest::newRow("0010") << 10 << "fbfa08b83d1e967283d483737c228fa24d2641a08a1eefc4681af2aee7f38bc6"
                              << "98133ae451b6c02abd6a6fdd272bf99f53629e4fde34dbd7068f299bb430cd02";
        QTest::newRow("0011") << 11 << "582c1cbea982334b37f890071c8ad326def7d2e6f52fe0eb7987a77c300f1a8e"
                              << "3c6c9ed33a669ea34a94438812b67177ca245bc348a0a22e92f4add9b630d798";
        QTest::newRow("0013") << 13 << "f58dcefd8b01ae41498a0b3d77d8ae5676f84516724bc4b384e45d0339398d3b"
                              << "fd8ab6b4c5216e83df5139a7e7bd8b51140c657eed7e252d9d8b0b61fc4c77e1";
    }
    void shouldApplyTheSameStatementsAsReleased()
    {
        QFETCH(int, version);
        QFETCH(QString, postgres);
        QFETCH(QString, sqlite);
        const QList<Migration> &all = Migrator::migrations();
        const auto found = std::find_if(all.cbegin(), all.cend(), [version](const Migration &m) { return m.version == version; });
        QVERIFY2(found != all.cend(), qPrintable(QStringLiteral("no migration %1").arg(version)));
        const Migration &m = *found;
        const auto checksum = [](const QStringList &statements) {
            return QString::fromLatin1(
                QCryptographicHash::hash(statements.join(QStringLiteral("\n;\n")).toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
        };
        QCOMPARE(checksum(m.postgres), postgres);
        QCOMPARE(checksum(m.sqlite), sqlite);
    }

    void shouldSplitAScriptIntoStatements()
    {
        const QString script = QStringLiteral(
            "-- Migration 0042: a header comment\n"
            "\n"
            "CREATE TABLE t (a INTEGER);\n"
            "\n"
            "-- why the trigger\n"
            "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
            "  UPDATE t SET a = 1;\n"
            "END;\n"
            "\n"
            "-- @generated more\n"
            "\n"
            "DROP TABLE t;\n");
        QStringList problems;
        const QStringList statements = MigrationScript::parse(
            script, { { QStringLiteral("more"), { QStringLiteral("G1"), QStringLiteral("G2") } } }, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(statements,
            QStringList({ QStringLiteral("CREATE TABLE t (a INTEGER)"),
                QStringLiteral("CREATE TRIGGER x AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 1;\nEND"),
                QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("DROP TABLE t") }));

        // A placeholder nobody generates, a generated part never placed, an unterminated statement
        MigrationScript::parse(QStringLiteral("-- @generated nope\n\nCREATE TABLE u (a INTEGER)\n"),
            { { QStringLiteral("unused"), { QStringLiteral("G") } } }, &problems);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).contains(QStringLiteral("\"nope\"")), qPrintable(problems.at(0)));
    }
};

CATALOG_TEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
