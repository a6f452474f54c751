// catalogctl purge, run as cron runs it (a child process), on both engines: each limit as a flag,
// the settings' limits without flags, --dry-run writes nothing, bad limits are usage errors.

#include "db/sqldialect.h"
#include "ctlrun.h"
#include "fixtures.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

QVariant daysAgo(TestDatabase &db, int days)
{
    return db.connections().dialect().bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-days));
}

// 20 products, 6 deleted 200 days ago; two jobs ended 10 and 400 days ago; "PG-0019" has 25
// versions, all two years old.
bool seedCatalog(TestDatabase &db)
{
    QList<Product> products;
    for (int i = 0; i < 20; ++i)
        products << minimalProduct(QStringLiteral("PG-%1").arg(i, 4, 10, QLatin1Char('0')));
    bool ok = ProductRepository(db.connections()).upsert(products).ok();
    for (int i = 0; i < 24 && ok; ++i)
        ok = db.exec(QStringLiteral("UPDATE products SET title = ? WHERE source_id = 'PG-0019'"), { QStringLiteral("v%1").arg(i) });
    const QString job = QStringLiteral(
        "INSERT INTO sync_records (task_id, operation_type, status, start_time, end_time) VALUES (?, 'import', 'completed', ?, ?)");
    return ok
        && db.exec(QStringLiteral("UPDATE products SET deleted_at = ? WHERE id IN (SELECT id FROM products ORDER BY id LIMIT 6)"),
            { daysAgo(db, 200) })
        && db.exec(QStringLiteral("UPDATE product_history SET changed_at = ?"), { daysAgo(db, 730) })
        && db.exec(job, { QStringLiteral("ten-days"), daysAgo(db, 10), daysAgo(db, 10) })
        && db.exec(job, { QStringLiteral("old"), daysAgo(db, 400), daysAgo(db, 400) });
}

} // namespace

class CtlPurgeTest : public QObject
{
    Q_OBJECT

    CtlRun purge(TestDatabase &db, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("STORAGE_PATH"), m_storage.path());
        return runProgram(QStringLiteral(CATALOGCTL_PATH), QStringList { QStringLiteral("--database"), db.url() } + args, env);
    }

    qint64 count(TestDatabase &db, const QString &table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

private slots:
    void init()
    {
        QVERIFY(m_config.isValid());
        QDir(m_config.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_config.path()));
    }

    void shouldPurgeOnlyThePartsNamed_data() { engines(); }
    void shouldPurgeOnlyThePartsNamed()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        const qint64 history = count(*db, QStringLiteral("product_history"));
        const qint64 historyOfDeleted
            = db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE product_id IN (SELECT id FROM products WHERE "
                                        "deleted_at IS NOT NULL)"))
                  .toLongLong();
        QCOMPARE(historyOfDeleted, 12); // created, deleted

        // A dry run counts and changes nothing
        CtlRun run = purge(*db, { QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--deleted-older-than"),
                                    QStringLiteral("30"), QStringLiteral("--dry-run") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("products")).toInt(), 6);
        QCOMPARE(run.json().value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(count(*db, QStringLiteral("products")), 20);
        QCOMPARE(count(*db, QStringLiteral("sync_records")), 2);

        // The products part only
        run = purge(*db, { QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--deleted-older-than"), QStringLiteral("30") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("products")).toInt(), 6);
        QCOMPARE(run.json().value(QStringLiteral("jobs")).toInt(), 0);
        QCOMPARE(count(*db, QStringLiteral("products")), 14);
        QCOMPARE(count(*db, QStringLiteral("product_history")), history - historyOfDeleted);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE task_id IN ('ten-days', 'old')")).toInt(), 2);

        // The history part: the newest 20 versions of each row stay (settings default)
        run = purge(*db, { QStringLiteral("purge"), QStringLiteral("--history-older-than"), QStringLiteral("365") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("beyond the newest 20 of each row: removed 5")), qPrintable(run.out));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE product_id = (SELECT id FROM products WHERE "
                                           "source_id = 'PG-0019')"))
                     .toInt(),
            20);

        // The jobs part
        run = purge(*db, { QStringLiteral("purge"), QStringLiteral("--jobs-older-than"), QStringLiteral("100") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Job records before")), qPrintable(run.out));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE task_id IN ('ten-days', 'old')")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'purge' AND status = 'completed'")).toInt(), 3);
    }

    // Without a limit on the command line every part runs with the settings' limits.
    void shouldUseTheRetentionSettingsWithoutFlags_data() { engines(); }
    void shouldUseTheRetentionSettingsWithoutFlags()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(seedCatalog(*db));
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("CatalogAdmin"))));
        QFile settings(m_config.filePath(QStringLiteral("CatalogAdmin/catalog-admin.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[retention]\njobs_days=5\nhistory_keep_last=10\n");
        settings.close();

        const CtlRun run = purge(*db, { QStringLiteral("--json"), QStringLiteral("purge") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("products")).toInt(), 6); // default 90 days
        QCOMPARE(run.json().value(QStringLiteral("jobs")).toInt(), 2); // 5 days from the settings
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE product_id = (SELECT id FROM products WHERE "
                                           "source_id = 'PG-0019')"))
                     .toInt(),
            10);
    }

    // cleanup-backups needs no database, but journals itself in the catalog's when it is at hand.
    void shouldJournalBackupCleanupWhenTheDatabaseIsAtHand_data() { engines(); }
    void shouldJournalBackupCleanupWhenTheDatabaseIsAtHand()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir backups;
        CtlRun run = purge(*db, { QStringLiteral("cleanup-backups"), QStringLiteral("--output"), backups.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'cleanup_backups' AND status = "
                                           "'completed'"))
                     .toInt(),
            1);
        // Without a database it still cleans up, and creates none
        const QString missing = backups.filePath(QStringLiteral("none.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        run = runProgram(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("--database"), QStringLiteral("sqlite://") + missing, QStringLiteral("cleanup-backups"),
                QStringLiteral("--output"), backups.path() },
            env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void shouldRefuseBadLimits()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        for (const QString &value : { QStringLiteral("0"), QStringLiteral("ten"), QStringLiteral("-5") }) {
            const CtlRun run = purge(*db, { QStringLiteral("purge"), QStringLiteral("--jobs-older-than"), value });
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--jobs-older-than takes a number of days")), qPrintable(run.err));
        }
        QCOMPARE(count(*db, QStringLiteral("sync_records")), 0);
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_storage;
};

CATALOG_TEST_GUILESS_MAIN(CtlPurgeTest)
#include "tst_ctlpurge.moc"
