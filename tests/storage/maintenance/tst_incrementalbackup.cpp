// Incremental backups on both engines: a chain of a full set and two incrementals (inserts,
// updates, soft and hard deletes, new image files) restores to exactly the state of the set asked
// for, middle or last; a damaged or missing link is refused with the data left as it was;
// verify-backup says good or names the problem (exit 0/1); retention keeps chains whole; every
// set carries the settings without secrets.

#include "ctlrun.h"
#include "demo/demodata.h"
#include "maintenance/backup/backupverifier.h"
#include "maintenance/backupmanager.h"
#include "maintenance/healthchecker.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "tablerows.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace catalog;
using namespace catalog::test;

namespace {

// Every row of every catalog table as text, read with plain QtSql: independent of the checksums.
QMap<QString, QStringList> catalogRows(ConnectionManager &connections)
{
    return tableRows(connections,
        { QStringLiteral("suppliers"), QStringLiteral("products"), QStringLiteral("images"),
            QStringLiteral("product_history"), QStringLiteral("supplier_history"), QStringLiteral("saved_views") });
}

void writeImage(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString sourceIdAt(TestDatabase &db, int offset)
{
    return db
        .scalar(QStringLiteral("SELECT source_id FROM products ORDER BY id LIMIT 1 OFFSET %1").arg(offset))
        .toString();
}

// Inserts, updates, soft-deletes and hard-deletes a product each, and adds an image file.
void change(TestDatabase &db, const QString &imagesDir, int round)
{
    ProductRepository products(db.connections());
    Product added;
    added.sourceId = QStringLiteral("INCR-%1").arg(round);
    added.title = QStringLiteral("新商品 round %1").arg(round);
    added.currency = QStringLiteral("CNY");
    QVERIFY_OK(products.create(added));
    auto updated = products.findBySourceId(sourceIdAt(db, 10 + round));
    QVERIFY_OK(updated);
    Product edited = updated.value();
    edited.title = QStringLiteral("edited in round %1").arg(round);
    QVERIFY_OK(products.update(edited));
    auto soft = products.findBySourceId(sourceIdAt(db, 20 + round));
    QVERIFY_OK(soft);
    QVERIFY_OK(products.softDelete(soft->id, soft->version));
    QVERIFY(
        db.exec(QStringLiteral("DELETE FROM products WHERE source_id = ?"), { sourceIdAt(db, 30 + round) }));
    // The lowest key and the tenth too: the key ranges then run 2..9, 11..: ordered as numbers,
    // not as text.
    if (round == 1)
        QVERIFY(db.exec(QStringLiteral("DELETE FROM products WHERE id IN (SELECT min(id) FROM products UNION "
                                       "SELECT min(id) + 9 FROM products)")));
    writeImage(imagesDir + QStringLiteral("/round%1/new.jpg").arg(round),
        QByteArray("image of round ") + QByteArray::number(round));
}

QString dataFile(const BackupManifest &m)
{
    return m.filePath(QLatin1String(BackupManifest::kDatabaseRole));
}

void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write("XXXXXXXXXXXXXXXX");
}

} // namespace

class IncrementalBackupTest : public QObject
{
    Q_OBJECT

private:
    struct Chain
    {
        BackupManifest full, first, second;
        QMap<QString, QStringList> atFirst, atSecond;
    };

    // A catalog, a full set with images, then two rounds of changes each followed by an incremental.
    void makeChain(TestDatabase &db, const QString &images, const QString &backups, Chain &chain)
    {
        DemoData::Options options;
        options.products = 300;
        options.suppliers = 30;
        QVERIFY_OK(DemoData::load(db.connections(), options));
        writeImage(images + QStringLiteral("/p1/a.jpg"), "first image");
        BackupManager manager(db.connections());
        auto full = manager.backup({ backups, true, images, {}, false });
        QVERIFY_OK(full);
        chain.full = full.value();
        change(db, images, 1);
        chain.atFirst = catalogRows(db.connections());
        auto first = manager.backup({ backups, true, images, {}, true });
        QVERIFY_OK(first);
        chain.first = first.value();
        change(db, images, 2);
        chain.atSecond = catalogRows(db.connections());
        auto second = manager.backup({ backups, true, images, {}, true });
        QVERIFY_OK(second);
        chain.second = second.value();
    }

    // A write made by `write` in a transaction open while the full set is taken, committed after:
    // the incremental carries it, and its chain restores to exactly the catalog (PostgreSQL).
    void checkLateWrite(const QString &title,
        const std::function<void(QSqlQuery &, TestDatabase &, const QString &)> &write)
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        DemoData::Options options;
        options.products = 50;
        options.suppliers = 5;
        QVERIFY_OK(DemoData::load(db->connections(), options));
        const QString late = sourceIdAt(*db, 7);
        QTemporaryDir storage;
        const QString backups = storage.filePath(QStringLiteral("backups"));
        {
            auto main = db->connections().connection();
            QVERIFY_OK(main);
            QSqlDatabase writer = QSqlDatabase::cloneDatabase(main.value(), QStringLiteral("late-writer"));
            QVERIFY2(writer.open(), qPrintable(writer.lastError().text()));
            QVERIFY(writer.transaction());
            QSqlQuery q(writer);
            write(q, *db, late);
            if (QTest::currentTestFailed())
                return;
            BackupManager manager(db->connections());
            QVERIFY_OK(manager.backup({ backups, false, {}, {}, false }));
            QVERIFY(writer.commit());
            q = QSqlQuery();
            writer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("late-writer"));
        const QMap<QString, QStringList> expected = catalogRows(db->connections());
        auto incremental = BackupManager(db->connections()).backup({ backups, false, {}, {}, true });
        QVERIFY_OK(incremental);
        auto empty = TestDatabase::create(QStringLiteral("postgresql"), false);
        QVERIFY2(empty, qPrintable(TestDatabase::lastError()));
        QVERIFY_OK(BackupManager(empty->connections()).restore(incremental->path, { false, {}, {} }));
        QCOMPARE(empty->scalar(QStringLiteral("SELECT title FROM products WHERE source_id = ?"), { late })
                     .toString(),
            title);
        QCOMPARE(catalogRows(empty->connections()), expected);
    }

private slots:
    void shouldRestoreTheMiddleAndTheLastSetOfAChain_data() { engines(); }
    void shouldRestoreTheMiddleAndTheLastSetOfAChain()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        const QString images = storage.filePath(QStringLiteral("images"));
        const QString backups = storage.filePath(QStringLiteral("backups"));
        Chain chain;
        makeChain(*db, images, backups, chain);
        if (QTest::currentTestFailed())
            return;

        // Given a chain: each incremental names its parent and is far smaller than the full set.
        QVERIFY(!chain.full.isIncremental());
        QVERIFY(chain.first.isIncremental());
        QCOMPARE(chain.first.parent, chain.full.fileName());
        QCOMPARE(chain.second.parent, chain.first.fileName());
        QVERIFY2(QFileInfo(dataFile(chain.first)).size() * 4 < QFileInfo(dataFile(chain.full)).size(),
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(QFileInfo(dataFile(chain.first)).size())
                           .arg(QFileInfo(dataFile(chain.full)).size())));
        QCOMPARE(chain.second.tables.value(QStringLiteral("products")).rows, 298);
        QVERIFY(!chain.second.filePath(QLatin1String(BackupManifest::kSettingsRole)).isEmpty());
        // Every set keeps row hashes: the full set of every row, an incremental of what it carries.
        const QString fullHashes = chain.full.filePath(QStringLiteral("row-hashes"));
        const QString secondHashes = chain.second.filePath(QStringLiteral("row-hashes"));
        QVERIFY(!fullHashes.isEmpty() && !secondHashes.isEmpty());
        QVERIFY2(QFileInfo(secondHashes).size() * 4 < QFileInfo(fullHashes).size(),
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(QFileInfo(secondHashes).size())
                           .arg(QFileInfo(fullHashes).size())));

        // When the middle set is restored over the changed database: its state, its images only.
        BackupManager manager(db->connections());
        auto middle = manager.restore(chain.first.path, { true, images, {} });
        QVERIFY_OK(middle);
        QCOMPARE(middle->chain, (QStringList { chain.full.setName(), chain.first.setName() }));
        QCOMPARE(catalogRows(db->connections()), chain.atFirst);
        QVERIFY(QFile::exists(images + QStringLiteral("/p1/a.jpg")));
        QVERIFY(QFile::exists(images + QStringLiteral("/round1/new.jpg")));
        QVERIFY(!QFile::exists(images + QStringLiteral("/round2/new.jpg")));

        // Then the last set into an empty database: the whole chain's state.
        auto empty = TestDatabase::create(QString::fromLatin1(QTest::currentDataTag()), false);
        QVERIFY2(empty, qPrintable(TestDatabase::lastError()));
        auto last = BackupManager(empty->connections()).restore(chain.second.path, { true, images, {} });
        QVERIFY_OK(last);
        QCOMPARE(last->chain.size(), 3);
        QCOMPARE(catalogRows(empty->connections()), chain.atSecond);
        QVERIFY(QFile::exists(images + QStringLiteral("/round2/new.jpg")));
        // The restored database takes new rows (its sequences are past the restored keys).
        ProductRepository products(empty->connections());
        Product fresh;
        fresh.sourceId = QStringLiteral("AFTER-RESTORE");
        fresh.title = QStringLiteral("after the restore");
        fresh.currency = QStringLiteral("CNY");
        QVERIFY_OK(products.create(fresh));
    }

    void shouldRefuseADamagedOrMissingLinkAndChangeNothing_data() { engines(); }
    void shouldRefuseADamagedOrMissingLinkAndChangeNothing()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        const QString images = storage.filePath(QStringLiteral("images"));
        const QString backups = storage.filePath(QStringLiteral("backups"));
        Chain chain;
        makeChain(*db, images, backups, chain);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(db->exec(QStringLiteral(
            "UPDATE products SET title = 'after the last set' WHERE id = (SELECT min(id) FROM products)")));
        const QMap<QString, QStringList> before = catalogRows(db->connections());
        BackupManager manager(db->connections());

        // A damaged delta in the middle of the chain: refused, nothing changed.
        const QString delta = dataFile(chain.first);
        QVERIFY(QFile::copy(delta, delta + QStringLiteral(".good")));
        damage(delta);
        auto damaged = manager.restore(chain.second.path, { false, images, {} });
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().message.contains(QFileInfo(delta).fileName()),
            qPrintable(damaged.error().message));
        QCOMPARE(catalogRows(db->connections()), before);
        auto report = BackupVerifier::verify(chain.second.path);
        QVERIFY_OK(report);
        QVERIFY(!report->ok());
        QVERIFY2(report->problems.join(QLatin1Char(' ')).contains(QFileInfo(delta).fileName()),
            qPrintable(report->problems.join(QLatin1Char('\n'))));
        QVERIFY(QFile::remove(delta));
        QVERIFY(QFile::rename(delta + QStringLiteral(".good"), delta));
        auto good = BackupVerifier::verify(chain.second.path);
        QVERIFY_OK(good);
        QVERIFY2(good->ok(), qPrintable(good->problems.join(QLatin1Char('\n'))));
        QCOMPARE(good->chain.size(), 3);

        // A missing parent: the chain is broken, refused, nothing changed.
        QVERIFY(QFile::rename(chain.first.path, chain.first.path + QStringLiteral(".away")));
        auto missing = manager.restore(chain.second.path, { false, images, {} });
        QVERIFY(!missing);
        QVERIFY2(
            missing.error().message.contains(QStringLiteral("broken")), qPrintable(missing.error().message));
        QCOMPARE(catalogRows(db->connections()), before);
        auto broken = BackupVerifier::verify(chain.second.path);
        QVERIFY_OK(broken);
        QVERIFY(!broken->ok());

        // catalogctl verify-backup: exit 1 naming the problem, then 0 once the chain is whole.
        const CtlRun bad = runProgram(
            QStringLiteral(CATALOGCTL_PATH), { QStringLiteral("verify-backup"), chain.second.path });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QStringLiteral("broken")), qPrintable(bad.out + bad.err));
        QVERIFY(QFile::rename(chain.first.path + QStringLiteral(".away"), chain.first.path));
        const CtlRun ok = runProgram(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("verify-backup"), chain.second.path, QStringLiteral("--json") });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(ok.json().value(QStringLiteral("chain")).toArray().size(), 3);
    }

    // A full set written before sets kept row hashes (its checksums of the older kind, no
    // .rowhashes): an incremental on it reads every row and keeps the hashes of all of them, the
    // next one builds on those, and the chain and the old set each restore verified.
    void shouldBuildOnASetWrittenBeforeRowHashes_data() { engines(); }
    void shouldBuildOnASetWrittenBeforeRowHashes()
    {
        OPEN_TEST_DATABASE(db);
        const bool postgres = QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("postgresql");
        const QString oldAlgorithm = postgres ? QStringLiteral("postgresql-md5-row-text")
                                              : QStringLiteral("sqlite-sha256-typed-values");
        QTemporaryDir storage;
        const QString images = storage.filePath(QStringLiteral("images"));
        const QString backups = storage.filePath(QStringLiteral("backups"));
        DemoData::Options options;
        options.products = 200;
        options.suppliers = 20;
        QVERIFY_OK(DemoData::load(db->connections(), options));
        BackupManager manager(db->connections());
        // The older checksums of what the set will hold (it leaves its own journal row out).
        auto oldSums = manager.digests(oldAlgorithm);
        QVERIFY_OK(oldSums);
        auto full = manager.backup({ backups, false, {}, {}, false });
        QVERIFY_OK(full);
        const QMap<QString, QStringList> atFull = catalogRows(db->connections());
        // As the previous version wrote it: checksums of the older kind, no row hashes.
        BackupManifest old = full.value();
        QVERIFY(oldSums.value() != old.tables);
        old.tables = oldSums.value();
        old.checksumAlgorithm = oldAlgorithm;
        QVERIFY(QFile::remove(old.filePath(QStringLiteral("row-hashes"))));
        old.files.removeIf(
            [](const BackupManifest::FileEntry &f) { return f.role == QLatin1String("row-hashes"); });
        QVERIFY(old.write().ok());

        change(*db, images, 1);
        auto first = manager.backup({ backups, false, {}, {}, true });
        QVERIFY_OK(first);
        change(*db, images, 2);
        const QMap<QString, QStringList> atSecond = catalogRows(db->connections());
        auto second = manager.backup({ backups, false, {}, {}, true });
        QVERIFY_OK(second);
        QCOMPARE(second->parent, first->fileName());
        QCOMPARE(first->parent, old.fileName());
        // The first incremental holds every row's hash (read whole), the second only its changes.
        QVERIFY(QFileInfo(first->filePath(QStringLiteral("row-hashes"))).size()
            > 8 * QFileInfo(second->filePath(QStringLiteral("row-hashes"))).size());

        auto empty = TestDatabase::create(QString::fromLatin1(QTest::currentDataTag()), false);
        QVERIFY2(empty, qPrintable(TestDatabase::lastError()));
        auto last = BackupManager(empty->connections()).restore(second->path, { false, {}, {} });
        QVERIFY_OK(last);
        QCOMPARE(last->chain.size(), 3);
        QCOMPARE(catalogRows(empty->connections()), atSecond);
        auto older = TestDatabase::create(QString::fromLatin1(QTest::currentDataTag()), false);
        QVERIFY2(older, qPrintable(TestDatabase::lastError()));
        QVERIFY_OK(BackupManager(older->connections()).restore(old.path, { false, {}, {} }));
        QCOMPARE(catalogRows(older->connections()), atFull);
    }

    // A writer that began before the full set's snapshot and commits after it, stamping an old
    // updated_at: its row is in no set's snapshot but the incremental's, and a clock would miss it.
    void shouldTakeAWriteThatCommitsAfterTheParentsSnapshot()
    {
        checkLateWrite(QStringLiteral("committed late"), [](QSqlQuery &q, TestDatabase &, const QString &late) {
            QVERIFY2(q.exec(QStringLiteral("UPDATE products SET title = 'committed late', updated_at = now() "
                                           "- interval '1 day' WHERE source_id = '%1'")
                                .arg(late)),
                qPrintable(q.lastError().text()));
        });
    }

    // The same with the write in a subtransaction (a savepoint, or a PL/pgSQL block with an
    // EXCEPTION clause): its xid is not among the running ones a snapshot's text lists, so a
    // visibility test against that text alone would take the row as seen by the parent and lose it.
    void shouldTakeAWriteOfASubtransactionThatCommitsAfterTheParentsSnapshot()
    {
        checkLateWrite(QStringLiteral("written in a savepoint"), [](QSqlQuery &q, TestDatabase &db, const QString &late) {
            // The top-level transaction gets its xid first, the savepoint's write a later one.
            QVERIFY(q.exec(QStringLiteral("SELECT pg_current_xact_id()")));
            QVERIFY(q.exec(QStringLiteral("SAVEPOINT inner_write")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE products SET title = 'written in a savepoint' WHERE source_id = '%1'")
                                .arg(late)),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("RELEASE SAVEPOINT inner_write")));
            // A later transaction commits meanwhile: the snapshot's xmax passes the savepoint's xid.
            QVERIFY(db.exec(QStringLiteral(
                "UPDATE suppliers SET name = name || '.' WHERE id = (SELECT min(id) FROM suppliers)")));
        });
    }

    void shouldRefuseAnIncrementalWithoutAParent_data() { engines(); }
    void shouldRefuseAnIncrementalWithoutAParent()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        auto refused = BackupManager(db->connections())
                           .backup({ storage.filePath(QStringLiteral("backups")), false, {}, {}, true });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::NotFound);
        QVERIFY(QDir(storage.filePath(QStringLiteral("backups"))).entryList(QDir::Files).isEmpty());
    }

    void shouldKeepChainsWholeOnCleanup()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QTemporaryDir storage;
        const QString backups = storage.filePath(QStringLiteral("backups"));
        BackupManager manager(db->connections());
        QVERIFY_OK(manager.backup({ backups, false, {}, {}, false }));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-1', 'one')")));
        QVERIFY_OK(manager.backup({ backups, false, {}, {}, true }));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO suppliers (source_id, name) VALUES ('S-2', 'two')")));
        QVERIFY_OK(manager.backup({ backups, false, {}, {}, true }));
        const QDateTime later = QDateTime::currentDateTime().addDays(60);

        // Keeping only the newest set keeps what it stands on.
        auto plan = BackupManager::cleanup(backups, 1, 0, true, later);
        QVERIFY_OK(plan);
        QCOMPARE(plan->kept.size(), 3);
        QCOMPARE(plan->removed.size(), 0);

        // A newer full set lets the old chain go as a whole.
        QVERIFY_OK(manager.backup({ backups, false, {}, {}, false }));
        auto after = BackupManager::cleanup(backups, 1, 0, false, later);
        QVERIFY_OK(after);
        QCOMPARE(after->kept.size(), 1);
        QCOMPARE(after->removed.size(), 3);
        auto sets = BackupManager::list(backups);
        QVERIFY_OK(sets);
        QCOMPARE(sets->size(), 1);
        QVERIFY(sets->first().parent.isEmpty());
    }

    void shouldWarnWhenTheNewestSetIsOldOrTheLastBackupFailed()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QTemporaryDir storage;
        const QString backups = storage.filePath(QStringLiteral("backups"));
        HealthChecker::Options options;
        options.storageRoot = storage.path();
        options.backupMaxAgeHours = 26;
        options.warningFreeBytes = 0;
        options.criticalFreeBytes = 0;

        // No set yet: reported, not warned about.
        SystemHealth none = HealthChecker(db->connections(), options).check();
        QVERIFY(none.backup.newestSet.isEmpty());
        QVERIFY2(none.warnings.isEmpty(), qPrintable(none.warnings.join(QLatin1Char('\n'))));

        // A fresh set: no warning; the state names it with its size.
        auto manifest = BackupManager(db->connections()).backup({ backups, false, {}, {}, false });
        QVERIFY_OK(manifest);
        SystemHealth fresh = HealthChecker(db->connections(), options).check();
        QCOMPARE(fresh.backup.newestSet, manifest->setName());
        QVERIFY(fresh.backup.newestBytes > 0);
        QVERIFY2(fresh.warnings.isEmpty(), qPrintable(fresh.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(fresh.toJson()
                     .value(QStringLiteral("backup"))
                     .toObject()
                     .value(QStringLiteral("newest_set"))
                     .toString(),
            manifest->setName());

        // 27 hours later it is too old.
        const BackupHealth::State old = BackupHealth::check(
            db->connections(), backups, 26, QDateTime::currentDateTime().addSecs(27 * 3600));
        QCOMPARE(old.warnings.size(), 1);
        QVERIFY2(old.warnings.first().contains(manifest->setName()), qPrintable(old.warnings.first()));

        // A failed backup job is a warning until a backup succeeds again.
        SyncRecordRepository journal(db->connections());
        auto job = journal.start(JobKind::Backup);
        QVERIFY_OK(job);
        QVERIFY_OK(journal.finish(job->id, JobStatus::Failed, 0, 1,
            QJsonArray { QJsonObject { { QStringLiteral("message"), QStringLiteral("disk full") } } }));
        SystemHealth failed = HealthChecker(db->connections(), options).check();
        QCOMPARE(failed.level(), SystemHealth::Level::Warning);
        QVERIFY2(failed.reason().contains(QStringLiteral("failed")), qPrintable(failed.reason()));
        QVERIFY_OK(BackupManager(db->connections()).backup({ backups, false, {}, {}, true }));
        QVERIFY(HealthChecker(db->connections(), options).check().warnings.isEmpty());
    }

    void shouldCarryTheSettingsWithoutSecrets()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QSettings settings;
        settings.setValue(QStringLiteral("storage/root"), QStringLiteral("/srv/catalog"));
        settings.setValue(
            QStringLiteral("database/url"), QStringLiteral("postgresql://admin:hunter2@db.example/catalog"));
        settings.setValue(QStringLiteral("database/password"), QStringLiteral("hunter2"));
        settings.setValue(QStringLiteral("sync/api_token"), QStringLiteral("tok-123"));
        settings.sync();
        QTemporaryDir storage;
        auto manifest = BackupManager(db->connections()).backup({ storage.path(), false, {}, {}, false });
        settings.remove(QStringLiteral("database"));
        settings.remove(QStringLiteral("sync"));
        settings.remove(QStringLiteral("storage"));
        QVERIFY_OK(manifest);
        QFile file(manifest->filePath(QLatin1String(BackupManifest::kSettingsRole)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("/srv/catalog"), text.constData());
        QVERIFY2(text.contains("admin@db.example"), text.constData());
        QVERIFY2(!text.contains("hunter2") && !text.contains("tok-123"), text.constData());
    }
};

CATALOG_TEST_GUILESS_MAIN(IncrementalBackupTest)
#include "tst_incrementalbackup.moc"
