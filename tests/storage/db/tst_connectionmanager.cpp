#include "db/connectionmanager.h"
#include "repositories/productrepository.h"
#include "db/sqlhelpers_p.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "db/transaction_p.h"

#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>

using namespace catalog;
using namespace catalog::test;

namespace {

// Runs the cluster script (tests/pg/pgcluster.sh) to stop or start the server under test.
bool clusterControl(const QString &action)
{
    const QString script = qEnvironmentVariable("CATALOG_TEST_PG_CTL");
    const QString dir = qEnvironmentVariable("CATALOG_TEST_PG_DIR");
    if (script.isEmpty() || dir.isEmpty())
        return false;
    return QProcess::execute(QStringLiteral("bash"), { script, action, dir }) == 0;
}

} // namespace

class ConnectionManagerTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveEachThreadItsOwnConnectionWithinABound_data() { engines(); }
    void shouldGiveEachThreadItsOwnConnectionWithinABound()
    {
        ConnectionManager::Options options;
        options.maxConnections = 2;
        options.acquireTimeout = std::chrono::milliseconds(300);
        OPEN_TEST_DATABASE(db, true, options);
        ConnectionManager &connections = db->connections();
        connections.releaseThreadConnection();
        QCOMPARE(connections.openConnections(), 0);

        // Given two threads that each hold a connection
        QSemaphore opened;
        QSemaphore release;
        QStringList names(2);
        QList<QThread *> holders;
        for (int i = 0; i < 2; ++i) {
            holders << QThread::create([&, i] {
                const auto c = connections.connection();
                names[i] = c ? c->connectionName() : QString();
                opened.release();
                release.acquire();
            });
            holders.last()->start();
        }
        QVERIFY(opened.tryAcquire(2, 10000));
        QCOMPARE(connections.openConnections(), 2);
        QVERIFY(!names[0].isEmpty() && !names[1].isEmpty());
        QVERIFY(names[0] != names[1]);

        // When a third thread asks, it waits and then times out with a clear error
        QElapsedTimer timer;
        timer.start();
        StorageError third;
        QThread *waiter = QThread::create([&] { third = connections.connection().error(); });
        waiter->start();
        QVERIFY(waiter->wait(10000));
        QCOMPARE(third.kind, ErrorKind::Timeout);
        QVERIFY(third.message.contains(QStringLiteral("All 2 database connections are in use")));
        QVERIFY(timer.elapsed() >= 250);

        // Then a finished thread gives its connection back
        release.release(2);
        for (QThread *t : holders) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        delete waiter;
        QCOMPARE(connections.openConnections(), 0);
        QVERIFY_OK(connections.connection());
        QCOMPARE(connections.openConnections(), 1);
    }

    // The manager's workers keep their connections between tasks; its shutdown joins them, which
    // closes every one of them (on the server too), and then refuses new ones.
    void shouldCloseItsWorkersConnectionsWhenItShutsDown_data() { engines(); }
    void shouldCloseItsWorkersConnectionsWhenItShutsDown()
    {
        OPEN_TEST_DATABASE(db);
        const int liveBefore = ConnectionManager::liveConnections();
        const bool postgres = db->config().engine == Engine::PostgreSQL;
        const QString sessions = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND pid <> pg_backend_pid()");
        const int sessionsBefore = postgres ? db->scalar(sessions).toInt() : 0;
        auto manager = std::make_unique<ConnectionManager>(db->config());

        // Given three tasks that ran at the same time on the manager's workers
        QSemaphore started;
        QSemaphore release;
        QList<QFuture<bool>> tasks;
        for (int i = 0; i < 3; ++i) {
            tasks << QtConcurrent::run(&manager->workers(), [&] {
                const bool connected = bool(manager->connection());
                started.release();
                release.acquire();
                return connected;
            });
        }
        QVERIFY(started.tryAcquire(3, 10000));
        release.release(3);
        for (QFuture<bool> &task : tasks)
            QVERIFY(task.result());
        QCOMPARE(manager->openConnections(), 3);
        QCOMPARE(ConnectionManager::liveConnections(), liveBefore + 3);
        if (postgres)
            QTRY_COMPARE(db->scalar(sessions).toInt(), sessionsBefore + 3);

        // When it shuts down
        manager->shutdown();

        // Then no connection of it is left, here or on the server, and it hands out no more
        QCOMPARE(manager->openConnections(), 0);
        QCOMPARE(ConnectionManager::liveConnections(), liveBefore);
        if (postgres)
            QTRY_COMPARE(db->scalar(sessions).toInt(), sessionsBefore);
        const auto refused = manager->connection();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Cancelled);
        QVERIFY(manager->isShutDown());
        manager.reset(); // a second shutdown is a no-op
        QCOMPARE(ConnectionManager::liveConnections(), liveBefore);
    }

    // A thread the manager does not own still holds a connection when the manager goes: that is a
    // shutdown-order bug, said as a warning; the connection closes when the thread ends.
    void shouldWarnAboutAConnectionLeftOnAThreadItDoesNotOwn_data() { engines(); }
    void shouldWarnAboutAConnectionLeftOnAThreadItDoesNotOwn()
    {
        OPEN_TEST_DATABASE(db);
        const int liveBefore = ConnectionManager::liveConnections();
        auto manager = std::make_unique<ConnectionManager>(db->config());
        QSemaphore opened;
        QSemaphore release;
        std::unique_ptr<QThread> holder(QThread::create([&] {
            QVERIFY(manager->connection());
            opened.release();
            release.acquire();
        }));
        holder->start();
        QVERIFY(opened.tryAcquire(1, 10000));

        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("1 connections of .* still open on threads the manager does not own")));
        manager.reset();
        QCOMPARE(ConnectionManager::liveConnections(), liveBefore + 1);

        release.release();
        QVERIFY(holder->wait(10000));
        QCOMPARE(ConnectionManager::liveConnections(), liveBefore);
    }

    // A statement still running on a worker when the manager shuts down is cancelled on the server
    // after the grace period, so quitting cannot hang on a long query.
    void shouldCancelAStatementStillRunningAtShutdown()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only (SQLite statements run in-process)");
        auto db = TestDatabase::create(QStringLiteral("postgresql"), false);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        ConnectionManager::Options options;
        options.shutdownGrace = std::chrono::milliseconds(300);
        auto manager = std::make_unique<ConnectionManager>(db->config(), options);
        QFuture<StorageError> sleeping = QtConcurrent::run(&manager->workers(), [&] {
            return manager->runStatus([](QSqlDatabase &c) {
                QSqlQuery query(c);
                if (!query.exec(QStringLiteral("SELECT pg_sleep(120) /* cancelled at shutdown */")))
                    return StorageError::make(ErrorKind::Internal, query.lastError().text());
                return StorageError();
            });
        });
        QTRY_COMPARE(
            db->scalar(
                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                 "AND query LIKE '%/* cancelled at shutdown */' AND pid <> pg_backend_pid()"))
                .toInt(),
            1);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("still running after 300 ms")));
        QElapsedTimer timer;
        timer.start();
        manager->shutdown();
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const StorageError error = sleeping.result();
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(QStringLiteral("canceling statement due to user request")),
            qPrintable(error.message));
    }

    void shouldRollBackAnUncommittedTransaction_data() { engines(); }
    void shouldRollBackAnUncommittedTransaction()
    {
        OPEN_TEST_DATABASE(db);
        auto conn = db->connections().connection();
        QVERIFY_OK(conn);
        {
            Transaction tx(conn.value(), db->connections().dialect());
            QVERIFY_OK(tx.begin());
            QSqlQuery q(conn.value());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('tx', 'rolled back')")));
            // no commit: the guard rolls back when it goes out of scope
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);
        {
            Transaction tx(conn.value(), db->connections().dialect());
            QVERIFY_OK(tx.begin());
            QSqlQuery q(conn.value());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('tx', 'kept')")));
            QVERIFY_OK(tx.commit());
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 1);
    }

    void shouldReportHealth_data() { engines(); }
    void shouldReportHealth()
    {
        OPEN_TEST_DATABASE(db);
        const HealthReport health = db->connections().checkHealth();
        QVERIFY2(health.healthy, qPrintable(health.error));
        QVERIFY(!health.serverVersion.isEmpty());
        QVERIFY(health.latencyMicros >= 0);
    }

    void shouldReportAnUnreachableServerClearly()
    {
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("127.0.0.1");
        config.port = 1; // nothing listens there
        config.database = QStringLiteral("catalog");
        config.password = QStringLiteral("never-printed");
        ConnectionManager::Options options;
        options.maxAttempts = 2;
        options.initialBackoff = std::chrono::milliseconds(10);
        ConnectionManager connections(config, options);
        const HealthReport health = connections.checkHealth();
        QVERIFY(!health.healthy);
        QVERIFY2(health.error.contains(QStringLiteral("Cannot connect to PostgreSQL catalog on 127.0.0.1:1")), qPrintable(health.error));
        QVERIFY(!health.error.contains(QStringLiteral("never-printed")));
        const auto result = ProductRepository(connections).findById(1);
        QCOMPARE(result.error().kind, ErrorKind::ConnectionLost);
        QVERIFY(result.error().message.contains(QStringLiteral("gave up after 2 attempts")));
    }

    // Given the test cluster's user with a wrong password, the login fails once, at once, saying why:
    // retrying a refused password only repeats the refusal (and can lock an account).
    void shouldNotRetryAWrongPassword()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"), false);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        ConnectionConfig wrong = db->config();
        wrong.password = QStringLiteral("not-the-password");
        ConnectionManager::Options options;
        options.maxAttempts = 6;
        options.initialBackoff = std::chrono::milliseconds(2000); // a single retry would take >= 1 s
        ConnectionManager connections(wrong, options);
        QElapsedTimer timer;
        timer.start();
        const auto result = ProductRepository(connections).findById(1);
        QVERIFY(!result);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.error().kind, ErrorKind::Permission);
        QVERIFY2(result.error().message.contains(QStringLiteral("password authentication failed")),
            qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QStringLiteral("not retried")));
        QVERIFY(!result.error().message.contains(QStringLiteral("gave up after")));
        QVERIFY(!result.error().toString().contains(wrong.password));
    }

    void shouldReconnectAfterTheBackendIsKilled()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        ProductRepository products(db->connections());
        const auto created = products.create(minimalProduct(QStringLiteral("kill")));
        QVERIFY_OK(created);
        const int pid = db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
        // Kill our own backend from a second connection
        ConnectionManager admin(db->config());
        QThread *killer = QThread::create([&] {
            auto c = admin.connection();
            QSqlQuery q(c.value());
            q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        });
        killer->start();
        QVERIFY(killer->wait(10000));
        delete killer;
        // The next call notices the dead connection, reconnects and succeeds
        const auto again = products.findById(created->id);
        QVERIFY_OK(again);
        QCOMPARE(again->sourceId, QStringLiteral("kill"));
        QVERIFY(db->scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt() != pid);
    }

    void shouldSurviveAServerRestart()
    {
        if (!TestDatabase::postgresAvailable() || qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_CTL"))
            QSKIP("needs the throwaway cluster of tests/pg/pgcluster.sh");
        ConnectionManager::Options options;
        options.maxAttempts = 8; // up to ~10 s of backoff: a restart takes about one
        auto db = TestDatabase::create(QStringLiteral("postgresql"), true, options);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        ProductRepository products(db->connections());
        QVERIFY_OK(products.create(minimalProduct(QStringLiteral("before-restart"))));

        // Given the server is stopped
        QVERIFY(clusterControl(QStringLiteral("stop-server")));
        ConnectionManager probe(db->config(), ConnectionManager::Options { 1, std::chrono::milliseconds(1000), 1 });
        QVERIFY(!probe.checkHealth().healthy);
        // When it comes back while a write is being retried
        QProcess starter;
        starter.start(QStringLiteral("bash"), { qEnvironmentVariable("CATALOG_TEST_PG_CTL"), QStringLiteral("start-server"),
                                                qEnvironmentVariable("CATALOG_TEST_PG_DIR") });
        const auto written = products.create(minimalProduct(QStringLiteral("after-restart")));
        QVERIFY(starter.waitForFinished(60000));
        QCOMPARE(starter.exitCode(), 0);
        // Then the write succeeded on a new connection and nothing was lost
        QVERIFY_OK(written);
        QCOMPARE(products.count({}).value(), 2);
    }

    void shouldApplyTheStatementTimeout()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        ConnectionConfig config = db->config();
        config.options.insert(QStringLiteral("statement_timeout"), QStringLiteral("200"));
        ConnectionManager connections(config);
        const StorageError error = connections.runStatus([&](QSqlDatabase &c) {
            sql::Query q(c);
            return sql::exec(q, QStringLiteral("SELECT pg_sleep(3)"), {}, connections.dialect(), QStringLiteral("sleep"));
        });
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QCOMPARE(error.sqlState, QStringLiteral("57014"));
    }

    void shouldHonourPgpassAndServiceFiles()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const ConnectionConfig full = db->config();
        QTemporaryDir dir;
        const QString passfile = dir.filePath(QStringLiteral("pgpass"));
        QFile pass(passfile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(QStringLiteral("%1:%2:*:%3:%4\n").arg(full.host).arg(full.port).arg(full.user, full.password).toUtf8());
        pass.close();
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QString servicefile = dir.filePath(QStringLiteral("pg_service.conf"));
        QFile service(servicefile);
        QVERIFY(service.open(QIODevice::WriteOnly));
        service.write(QStringLiteral("[catalog-test]\nhost=%1\nport=%2\nuser=%3\ndbname=%4\n")
                              .arg(full.host).arg(full.port).arg(full.user, full.database).toUtf8());
        service.close();

        // Without a password anywhere, the server refuses
        ConnectionConfig noPassword = full;
        noPassword.password.clear();
        ConnectionManager::Options once;
        once.maxAttempts = 1;
        qputenv("PGPASSFILE", QByteArray("/nonexistent"));
        {
            ConnectionManager refused(noPassword, once);
            QVERIFY(!refused.checkHealth().healthy);
        }
        // With ~/.pgpass (here PGPASSFILE) it connects
        qputenv("PGPASSFILE", passfile.toUtf8());
        {
            ConnectionManager viaPgpass(noPassword, once);
            const HealthReport health = viaPgpass.checkHealth();
            QVERIFY2(health.healthy, qPrintable(health.error));
        }
        // And a URL naming only a service works too
        qputenv("PGSERVICEFILE", servicefile.toUtf8());
        {
            const auto config = ConnectionConfig::fromUrl(QStringLiteral("postgresql://?service=catalog-test"));
            QVERIFY_OK(config);
            ConnectionManager viaService(config.value(), once);
            QVERIFY_OK(ProductRepository(viaService).count({}));
        }
        qunsetenv("PGPASSFILE");
        qunsetenv("PGSERVICEFILE");
    }

    // A long-lived thread the manager does not own still holds a connection of it when it goes (the
    // shutdown-order bug of the warning above; before each manager had its own workers, Qt's global
    // pool did this at every reconnect, found by tests/soak): the thread's next use closes it.
    void shouldCloseAGoneManagersConnectionAtItsThreadsNextUse_data() { engines(); }
    void shouldCloseAGoneManagersConnectionAtItsThreadsNextUse()
    {
        OPEN_TEST_DATABASE(db);
        QThreadPool pool; // one long-lived worker
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
        const auto onWorker = [&pool](const std::function<void()> &work) {
            QSemaphore done;
            pool.start([&] {
                work();
                done.release();
            });
            return done.tryAcquire(1, 30000);
        };
        // Given a worker that used a manager which is gone now
        auto gone = std::make_unique<ConnectionManager>(db->config());
        QString goneName;
        QVERIFY(onWorker([&] {
            const auto c = gone->connection();
            goneName = c ? c->connectionName() : QString();
        }));
        QVERIFY(!goneName.isEmpty());
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("1 connections of .* still open on threads the manager does not own")));
        gone.reset();
        QVERIFY(QSqlDatabase::contains(goneName)); // only its own thread can close it
        // When the worker next asks another manager for its connection
        bool usedOther = false;
        QVERIFY(onWorker([&] { usedOther = ProductRepository(db->connections()).count({}).ok(); }));
        QVERIFY(usedOther);
        // Then the gone manager's connection is closed and removed
        QVERIFY(!QSqlDatabase::contains(goneName));
    }
};

CATALOG_TEST_GUILESS_MAIN(ConnectionManagerTest)
#include "tst_connectionmanager.moc"
