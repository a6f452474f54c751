// Reads from a hot standby (ReadRouter): against a real streaming standby of the test cluster
// (tests/pg/pgcluster.sh standby), started by this suite with max_standby_streaming_delay=0 so a
// replication conflict cancels a standby query at once, and whose replay the tests pause to make
// the lag real and deterministic.
#include "bulk/bulkupdatejob.h"
#include "config/readserversettings.h"
#include "db/connectionmanager.h"
#include "db/readrouter.h"
#include "fixtures.h"
#include "maintenance/consistencychecker.h"
#include "maintenance/purgejob.h"
#include "productcsv.h"
#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "repositories/qualityrepository.h"
#include "repositories/savedviewrepository.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"
#include "transfer/productimporter.h"
#include "replicatedcluster.h"

#include "testmain.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace catalog;
using namespace catalog::test;

namespace {

// Which server a query ran on, as the server itself says.
Result<bool> inRecovery(ConnectionManager &connections)
{
    return connections.run<bool>([&](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !query.next())
            return StorageError::make(ErrorKind::Internal, query.lastError().text());
        return query.value(0).toBool();
    });
}

ReadRouter::Options quickOptions()
{
    ReadRouter::Options options;
    options.replayCheckInterval = std::chrono::milliseconds(20);
    options.conflictBackoff = std::chrono::milliseconds(10);
    return options;
}

StorageError execOn(ConnectionManager &connections, const QString &sql)
{
    return connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return StorageError::make(ErrorKind::Internal, query.lastError().text());
        return {};
    });
}

template<typename T> StorageError statusOf(const Result<T> &result)
{
    return result ? StorageError {} : result.error();
}

// One way storage writes besides the grid's save, and how a read sees that it happened. The job
// journal's rows and an image's removal commit on their own (no Transaction); saved views, purge
// batches, repairs, bulk edits and imports run in Transactions. Each must send reads to the
// primary until the standby has replayed it.
struct WritePath
{
    std::function<StorageError(ConnectionManager &)> prepare; // before the standby is paused
    std::function<StorageError(ConnectionManager &)> write;
    std::function<bool(ConnectionManager &)> seen; // the write shows on these connections
};

WritePath journalWrite()
{
    auto id = std::make_shared<qint64>(0);
    return { {},
        [id](ConnectionManager &c) {
            const Result<SyncRecord> started = SyncRecordRepository(c).start(JobKind::Export, 1);
            if (!started)
                return started.error();
            *id = started->id;
            return statusOf(SyncRecordRepository(c).finish(*id, JobStatus::Completed, 1, 0, {}));
        },
        [id](ConnectionManager &c) {
            const Result<SyncRecord> job = SyncRecordRepository(c).findById(*id);
            return job && job->status == JobStatus::Completed;
        } };
}

WritePath imageRemoval()
{
    auto product = std::make_shared<qint64>(0);
    auto image = std::make_shared<qint64>(0);
    return { [=](ConnectionManager &c) {
                const Result<Product> created = ProductRepository(c).create(minimalProduct(QStringLiteral("RW-IMG")));
                if (!created)
                    return created.error();
                *product = created->id;
                ImageRecord record;
                record.productId = created->id;
                record.url = QStringLiteral("https://example.com/rw.jpg");
                const Result<ImageRecord> added = ImageRepository(c).add(record);
                *image = added ? added->id : 0;
                return statusOf(added);
            },
        [=](ConnectionManager &c) { return ImageRepository(c).remove(*image); },
        [=](ConnectionManager &c) {
            const Result<QList<ImageRecord>> images = ImageRepository(c).listForProduct(*product);
            return images && images->isEmpty();
        } };
}

WritePath savedViewRename()
{
    auto id = std::make_shared<qint64>(0);
    return { [id](ConnectionManager &c) {
                SavedView view;
                view.name = QStringLiteral("Before");
                view.definition = QJsonObject { { QStringLiteral("filter"), QJsonObject {} } };
                const Result<SavedView> saved = SavedViewRepository(c).save(view);
                *id = saved ? saved->id : 0;
                return statusOf(saved);
            },
        [id](ConnectionManager &c) { return statusOf(SavedViewRepository(c).rename(*id, QStringLiteral("After"))); },
        [](ConnectionManager &c) {
            const Result<QList<SavedView>> views = SavedViewRepository(c).list(ViewPage::Products);
            return views && views->size() == 1 && views->first().name == QLatin1String("After");
        } };
}

WritePath purgeOfOldJobs(const QString &storageRoot)
{
    auto id = std::make_shared<qint64>(0);
    return { [id](ConnectionManager &c) {
                const Result<SyncRecord> started = SyncRecordRepository(c).start(JobKind::Export, 1);
                if (!started)
                    return started.error();
                *id = started->id;
                if (StorageError e = statusOf(SyncRecordRepository(c).finish(*id, JobStatus::Completed, 1, 0, {})); !e.ok())
                    return e;
                return c.runStatus([&](QSqlDatabase &db) -> StorageError {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("UPDATE sync_records SET start_time = now() - interval '400 days'")))
                        return StorageError::make(ErrorKind::Internal, q.lastError().text());
                    return {};
                });
            },
        [storageRoot](ConnectionManager &c) {
            PurgeJob::Options options;
            options.jobsOlderThanDays = 30;
            return statusOf(PurgeJob(c, storageRoot).run(options));
        },
        [id](ConnectionManager &c) { return SyncRecordRepository(c).findById(*id).error().kind == ErrorKind::NotFound; } };
}

WritePath productCountRepair()
{
    auto id = std::make_shared<qint64>(0);
    return { [id](ConnectionManager &c) {
                Supplier supplier;
                supplier.sourceId = QStringLiteral("RW-S");
                supplier.name = QStringLiteral("Repaired supplier");
                const Result<Supplier> created = SupplierRepository(c).create(supplier);
                if (!created)
                    return created.error();
                *id = created->id;
                return c.runStatus([&](QSqlDatabase &db) -> StorageError {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("UPDATE suppliers SET product_count = 7")))
                        return StorageError::make(ErrorKind::Internal, q.lastError().text());
                    return {};
                });
            },
        [](ConnectionManager &c) { return statusOf(ConsistencyChecker(c).repair(QStringLiteral("wrong_product_count"))); },
        [id](ConnectionManager &c) {
            const Result<Supplier> supplier = SupplierRepository(c).findById(*id);
            return supplier && supplier->productCount == 0;
        } };
}

WritePath bulkEdit()
{
    auto id = std::make_shared<qint64>(0);
    return { [id](ConnectionManager &c) {
                const Result<Product> created = ProductRepository(c).create(minimalProduct(QStringLiteral("RW-BULK")));
                *id = created ? created->id : 0;
                return statusOf(created);
            },
        [](ConnectionManager &c) {
            BulkEdit edit;
            edit.moq = 5;
            return statusOf(BulkUpdateJob(c).run({}, edit, {}));
        },
        [id](ConnectionManager &c) {
            const Result<Product> product = ProductRepository(c).findById(*id);
            return product && product->moq == 5;
        } };
}

WritePath fileImport(const QString &folder)
{
    const QString file = folder + QStringLiteral("/import.csv");
    return { [file](ConnectionManager &) {
                QString error;
                return writeProductCsv(file, QStringLiteral("RW-IMP"), 20, &error)
                    ? StorageError {}
                    : StorageError::make(ErrorKind::Internal, error);
            },
        [file](ConnectionManager &c) { return statusOf(ProductImporter(c).importFile(file, {})); },
        [](ConnectionManager &c) { return ProductRepository(c).findBySourceId(QStringLiteral("RW-IMP-000019")).ok(); } };
}

} // namespace

class ReadRouterTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplicatedCluster> m_standby;

    std::unique_ptr<TestDatabase> openWithStandby(ReadRouter::Options options = quickOptions())
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db)
            return nullptr;
        // The new database and its schema exist on the standby only once replayed.
        if (!m_standby->attachAsReadServer(db->connections(), options))
            return nullptr;
        return db;
    }

private slots:
    void initTestCase()
    {
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        m_standby = std::make_unique<ReplicatedCluster>();
        QVERIFY2(m_standby->startStandbyOfSharedCluster(QStringLiteral("-c max_standby_streaming_delay=0")), qPrintable(m_standby->error()));
    }

    void cleanupTestCase() { m_standby.reset(); }

    void cleanup()
    {
        if (m_standby) // a failed test must not leave the next one a paused standby
            m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()"));
    }

    void shouldReadFromTheStandbyWhenItIsCaughtUp()
    {
        // Given a primary with a product and a read server that has replayed it
        auto db = openWithStandby();
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        QVERIFY_OK(ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("RR-1"))));
        // (replayed up to the primary's position after the write, which other suites' writes to the
        // shared cluster may have moved past what the standby has received so far)
        ReadRouter *router = ReadRouter::of(db->connections());
        QVERIFY(router);
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        // When the catalog is browsed
        ConnectionManager *used = nullptr;
        const Result<qint64> count = ReadRouter::read<qint64>(db->connections(), [&](ConnectionManager &reads) {
            used = &reads;
            return ProductRepository(reads).count({});
        });
        // Then the standby answered, and it is one
        QVERIFY_OK(count);
        QCOMPARE(count.value(), 1);
        QCOMPARE(used, &router->standby());
        QCOMPARE(inRecovery(*used).value(), true);
        QCOMPARE(router->status().readsFrom, ReadRouter::Server::Standby);
        // And the status names both servers with the standby's lag
        const ReadRouter::Status status = router->probe();
        QVERIFY(status.standbyReachable);
        QVERIFY(status.standbyIsStandby);
        QCOMPARE(status.standbyName, QStringLiteral("127.0.0.1:%1").arg(m_standby->standbyPort()));
        QVERIFY(status.primaryName.startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(status.lagBytes.has_value());
        QVERIFY(status.lagSeconds.has_value());
    }

    void shouldReadOwnWriteFromThePrimaryUntilTheStandbyHasReplayedIt()
    {
        // Given a standby whose replay is paused, so it lags for certain (and a router that looks
        // at it before every read, so a read from the standby would show at once)
        ReadRouter::Options options = quickOptions();
        options.replayCheckInterval = std::chrono::milliseconds(0);
        auto db = openWithStandby(options);
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        ProductRepository primary(db->connections());
        const Result<Product> created = primary.create(minimalProduct(QStringLiteral("RR-2"), QStringLiteral("Before")));
        QVERIFY_OK(created);
        QVERIFY(m_standby->waitForReplay());
        ReadRouter *router = ReadRouter::of(db->connections());
        // (browsing is on the standby before the save: only the save can send it to the primary)
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        QVERIFY2(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(m_standby->error()));
        QCOMPARE(&ReadRouter::readManager(db->connections()), &router->standby());
        // When the operator saves a change (the grid's save: one transaction)
        Product changed = created.value();
        changed.title = QStringLiteral("After");
        QVERIFY_OK(primary.saveChanges({ RecordChange<Product> { RecordChange<Product>::Kind::Update, changed } }));
        // Then the next reads come from the primary and show it — for as long as the standby lags
        for (int i = 0; i < 3; ++i) {
            ConnectionManager *used = nullptr;
            const Result<Product> read = ReadRouter::read<Product>(db->connections(), [&](ConnectionManager &reads) {
                used = &reads;
                return ProductRepository(reads).findById(created->id);
            });
            QVERIFY_OK(read);
            QCOMPARE(read->title, QStringLiteral("After"));
            QCOMPARE(used, &db->connections());
        }
        QVERIFY(router->status().waitingForReplay);
        // The standby itself still has the old title: the routing, not luck, kept the change visible
        const Result<Product> stale = ProductRepository(router->standby()).findById(created->id);
        QVERIFY_OK(stale);
        QCOMPARE(stale->title, QStringLiteral("Before"));
        // When replay resumes, browsing goes back to the standby, which now has the change
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        ConnectionManager *used = nullptr;
        QString title;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const Result<Product> read = ReadRouter::read<Product>(db->connections(), [&](ConnectionManager &reads) {
                used = &reads;
                return ProductRepository(reads).findById(created->id);
            });
            title = read ? read->title : QString();
            return used == &router->standby();
        }()),
            30000);
        QCOMPARE(title, QStringLiteral("After"));
        QVERIFY(!router->status().waitingForReplay);
    }

    void shouldReadOwnWriteOfEveryWritePathFromThePrimary_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : { "job journal", "image removal", "saved view rename", "purge of old jobs",
                 "consistency repair", "bulk edit", "import" })
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void shouldReadOwnWriteOfEveryWritePathFromThePrimary()
    {
        QFETCH(QString, path);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QHash<QString, WritePath> paths {
            { QStringLiteral("job journal"), journalWrite() },
            { QStringLiteral("image removal"), imageRemoval() },
            { QStringLiteral("saved view rename"), savedViewRename() },
            { QStringLiteral("purge of old jobs"), purgeOfOldJobs(folder.path()) },
            { QStringLiteral("consistency repair"), productCountRepair() },
            { QStringLiteral("bulk edit"), bulkEdit() },
            { QStringLiteral("import"), fileImport(folder.path()) },
        };
        const WritePath write = paths.value(path);
        QVERIFY(write.write);
        // Given a standby that has replayed everything, then pauses (it lags for certain), and a
        // router that looks at it before every read
        ReadRouter::Options options = quickOptions();
        options.replayCheckInterval = std::chrono::milliseconds(0);
        auto db = openWithStandby(options);
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        if (write.prepare)
            QVERIFY_OK(write.prepare(db->connections()));
        QVERIFY(m_standby->waitForReplay());
        ReadRouter *router = ReadRouter::of(db->connections());
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        QVERIFY2(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(m_standby->error()));
        QVERIFY(!write.seen(router->standby()));
        // When the operator's action writes this way
        QVERIFY_OK(write.write(db->connections()));
        // Then the next read comes from the primary and shows it
        ConnectionManager *used = nullptr;
        const std::function<bool(ConnectionManager &)> seenOn = write.seen;
        const Result<bool> seen = ReadRouter::read<bool>(db->connections(), [&used, &seenOn](ConnectionManager &reads) {
            used = &reads;
            return Result<bool>(seenOn(reads));
        });
        QVERIFY_OK(seen);
        QVERIFY(seen.value());
        QCOMPARE(used, &db->connections());
        // And the standby itself does not have it yet: the routing, not luck, showed the change
        QVERIFY(!write.seen(router->standby()));
    }

    void shouldKeepReadingFromTheStandbyAfterReadOnlyWork()
    {
        // Given a paused standby that had replayed everything, and browsing on it
        ReadRouter::Options options = quickOptions();
        options.replayCheckInterval = std::chrono::milliseconds(0);
        auto db = openWithStandby(options);
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        ReadRouter *router = ReadRouter::of(db->connections());
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")));
        // When a report reads in a transaction of its own (one snapshot, SET LOCAL) on the standby
        ConnectionManager *used = nullptr;
        QVERIFY_OK(ReadRouter::read<QualityReport>(db->connections(), [&](ConnectionManager &reads) {
            used = &reads;
            return QualityRepository(reads).report(30, 3);
        }));
        QCOMPARE(used, &router->standby());
        // Then its commit counts as no write: browsing stays on the standby
        QCOMPARE(&ReadRouter::readManager(db->connections()), &router->standby());
        QVERIFY(!router->status().waitingForReplay);
    }

    void shouldNotQueryTheServersAgainOnceCaughtUp()
    {
        // Given a router that has seen the standby caught up
        auto db = openWithStandby();
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        ReadRouter *router = ReadRouter::of(db->connections());
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        // When the standby's server goes away but nothing is written
        QVERIFY2(m_standby->stopStandby(), qPrintable(m_standby->error()));
        // Then choosing where to read asks no server: a check would have found the standby gone
        // and chosen the primary
        for (int i = 0; i < 5; ++i)
            QCOMPARE(&ReadRouter::readManager(db->connections()), &router->standby());
        QVERIFY(!router->status().waitingForReplay);
        // And a read that meets the standby gone falls back to the primary without an error
        ConnectionManager *used = nullptr;
        QVERIFY_OK(ReadRouter::read<qint64>(db->connections(), [&](ConnectionManager &reads) {
            used = &reads;
            return ProductRepository(reads).count({});
        }));
        QCOMPARE(used, &db->connections());
        QVERIFY(!router->status().note.isEmpty());
        QCOMPARE(&ReadRouter::readManager(db->connections()), &db->connections());
        // And once the standby is back, the next probe (the status bar's) sends reads to it again
        QVERIFY2(m_standby->startStandby(), qPrintable(m_standby->error()));
        QTRY_VERIFY_WITH_TIMEOUT(router->probe().standbyReachable, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
    }

    void shouldRetryAReadCancelledByAConflictWithRecovery()
    {
        // Given rows on the standby and a long read of them there
        auto db = openWithStandby();
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        QVERIFY_OK(execOn(db->connections(),
            QStringLiteral("CREATE TABLE conflict_probe AS SELECT g AS id FROM generate_series(1, 400) g")));
        QVERIFY(m_standby->waitForReplay());
        ReadRouter *router = ReadRouter::of(db->connections());
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        // When the primary removes those rows and vacuums while the read runs (the standby cancels
        // the read at once: max_standby_streaming_delay=0)
        const QStringList errors = readDuringVacuum(*db, router);
        // Then the first attempt met the conflict, the retry succeeded on the standby, and the
        // caller saw no error
        QVERIFY2(!errors.isEmpty(), "the standby read was not cancelled by the conflict");
        QVERIFY2(errors.first().contains(QLatin1String("conflict with recovery")), qPrintable(errors.first()));
        QCOMPARE(m_lastReadServer, &router->standby());
        QCOMPARE(m_lastCount, 0);
    }

    void shouldFallBackToThePrimaryWhenConflictsPersist()
    {
        ReadRouter::Options options = quickOptions();
        options.conflictRetries = 0;
        auto db = openWithStandby(options);
        QVERIFY2(db, qPrintable(TestDatabase::lastError() + m_standby->error()));
        QVERIFY_OK(execOn(db->connections(),
            QStringLiteral("CREATE TABLE conflict_probe AS SELECT g AS id FROM generate_series(1, 400) g")));
        QVERIFY(m_standby->waitForReplay());
        ReadRouter *router = ReadRouter::of(db->connections());
        QTRY_VERIFY_WITH_TIMEOUT(&ReadRouter::readManager(db->connections()) == &router->standby(), 30000);
        const QStringList errors = readDuringVacuum(*db, router);
        QVERIFY2(!errors.isEmpty(), "the standby read was not cancelled by the conflict");
        // With no retries left the read ran on the primary, still without an error for the caller
        QCOMPARE(m_lastReadServer, &db->connections());
        QCOMPARE(m_lastCount, 0);
        QVERIFY(router->status().note.contains(QLatin1String("conflict")));
    }

    void shouldFallBackWithANoteWhenTheReadServerIsAPrimary()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        // The primary itself given as the read server: it accepts writes, so it is no standby
        const QString self = QStringLiteral("postgresql://127.0.0.1:%1/%2")
                                 .arg(db->config().port)
                                 .arg(db->config().database);
        QVERIFY_OK(ReadRouter::attach(db->connections(), self, quickOptions()));
        ConnectionManager *used = nullptr;
        QVERIFY_OK(ReadRouter::read<qint64>(db->connections(), [&](ConnectionManager &reads) {
            used = &reads;
            return ProductRepository(reads).count({});
        }));
        QCOMPARE(used, &db->connections());
        const ReadRouter::Status status = ReadRouter::of(db->connections())->status();
        QCOMPARE(status.readsFrom, ReadRouter::Server::Primary);
        QVERIFY2(status.note.contains(QLatin1String("not a standby")), qPrintable(status.note));
    }

    void shouldFallBackWithANoteWhenTheReadServerIsUnreachable()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        // Port 1 on loopback: nothing listens there
        QVERIFY_OK(ReadRouter::attach(db->connections(), QStringLiteral("postgresql://127.0.0.1:1/x"), quickOptions()));
        for (int i = 0; i < 3; ++i) {
            ConnectionManager *used = nullptr;
            QVERIFY_OK(ReadRouter::read<qint64>(db->connections(), [&](ConnectionManager &reads) {
                used = &reads;
                return ProductRepository(reads).count({});
            }));
            QCOMPARE(used, &db->connections());
        }
        const ReadRouter::Status status = ReadRouter::of(db->connections())->status();
        QVERIFY(!status.standbyReachable);
        QVERIFY2(status.note.contains(QLatin1String("cannot be reached")), qPrintable(status.note));
    }

    void shouldRefuseAReadServerForSqlite()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        const StorageError error = ReadRouter::attach(db->connections(), QStringLiteral("postgresql://127.0.0.1:5433/x"));
        QCOMPARE(error.kind, ErrorKind::Validation);
        QVERIFY(!ReadRouter::of(db->connections()));
        // Nothing given: no router, reads run on the manager itself
        QVERIFY_OK(ReadRouter::attach(db->connections(), QString()));
        QVERIFY(!ReadRouter::of(db->connections()));
        QCOMPARE(&ReadRouter::readManager(db->connections()), &db->connections());
    }

    void shouldSaveTheReadServerWithTheConnection()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ReadServerSettings saved(settings);
        const ConnectionConfig primary = ConnectionConfig::fromUrl(QStringLiteral("postgresql://alice:secret@db1:5432/cat")).value();
        QCOMPARE(saved.readUrlFor(primary), QString());
        QVERIFY(saved.setReadUrl(primary, QStringLiteral("postgresql://alice:secret@db2:5433/cat")));
        // Kept without the password, found again by the connection (whose password is not part of it)
        QCOMPARE(saved.readUrlFor(primary), QStringLiteral("postgresql://alice@db2:5433/cat"));
        QVERIFY(!settings.allKeys().isEmpty());
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("secret")));
        QVERIFY(!saved.setReadUrl(primary, QStringLiteral("mysql://nope")));
        QVERIFY(saved.setReadUrl(primary, QString()));
        QCOMPARE(saved.readUrlFor(primary), QString());
        // Flag over environment over saved
        QProcessEnvironment env;
        QCOMPARE(ReadServerSettings::resolve({}, env, QStringLiteral("postgresql://s")), QStringLiteral("postgresql://s"));
        env.insert(QStringLiteral("CATALOG_READ_DATABASE_URL"), QStringLiteral("postgresql://e"));
        QCOMPARE(ReadServerSettings::resolve({}, env, QStringLiteral("postgresql://s")), QStringLiteral("postgresql://e"));
        QCOMPARE(ReadServerSettings::resolve(QStringLiteral("postgresql://f"), env, QStringLiteral("postgresql://s")),
            QStringLiteral("postgresql://f"));
    }

private:
    ConnectionManager *m_lastReadServer = nullptr;
    qint64 m_lastCount = -1;

    // Runs a slow read of conflict_probe through the router while another thread deletes the rows
    // and vacuums on the primary as soon as the read is running on the standby. Returns the errors
    // the read met on the standby (the caller of ReadRouter::read never sees them).
    QStringList readDuringVacuum(TestDatabase &db, ReadRouter *router)
    {
        QStringList errors;
        std::atomic<bool> started { false };
        std::thread vacuum([&] {
            while (!started.load())
                std::this_thread::yield();
            // The read's snapshot is taken once it runs: wait until the standby shows it active
            ConnectionManager &standby = router->standby();
            for (int i = 0; i < 3000; ++i) {
                const Result<bool> active = standby.run<bool>([](QSqlDatabase &sdb) -> Result<bool> {
                    QSqlQuery q(sdb);
                    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                                               " AND query LIKE '%conflict_probe%' AND pid <> pg_backend_pid()"))
                        || !q.next())
                        return StorageError::make(ErrorKind::Internal, q.lastError().text());
                    return q.value(0).toInt() > 0;
                });
                if (active && active.value())
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            standby.releaseThreadConnection();
            execOn(db.connections(), QStringLiteral("DELETE FROM conflict_probe"));
            execOn(db.connections(), QStringLiteral("VACUUM conflict_probe"));
            db.connections().releaseThreadConnection();
        });
        const Result<qint64> count = ReadRouter::read<qint64>(db.connections(), [&](ConnectionManager &reads) {
            m_lastReadServer = &reads;
            return reads.run<qint64>([&](QSqlDatabase &rdb) -> Result<qint64> {
                QSqlQuery q(rdb);
                // ~4 s while rows are there (10 ms each); at once once they are gone
                started = true;
                if (!q.exec(QStringLiteral("SELECT count(pg_sleep(0.01)::text) FROM conflict_probe")) || !q.next()) {
                    if (&reads == &router->standby())
                        errors << q.lastError().text();
                    return sqlError(q.lastError(), reads.dialect(), QStringLiteral("slow read"));
                }
                return q.value(0).toLongLong();
            });
        });
        vacuum.join();
        if (!count)
            errors << QStringLiteral("returned: ") + count.error().toString();
        m_lastCount = count ? count.value() : -1;
        return errors;
    }
};

CATALOG_TEST_GUILESS_MAIN(ReadRouterTest)
#include "tst_readrouter.moc"
