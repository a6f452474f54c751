// The check every suite's main ends with (testmain.h): a database connection still open after the
// test application has gone fails the run. This suite leaves one open on purpose — a thread that
// nobody shuts down — and ctest expects the check's failure message (see tests/CMakeLists.txt).

#include "db/connectionmanager.h"

#include "testmain.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace catalog;

class ShutdownCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeCaughtLeavingAConnectionOpen()
    {
        QVERIFY(m_dir.isValid());
        // Deliberately leaked and never stopped: the thread outlives the application.
        ConnectionConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("left.db"));
        auto *manager = new ConnectionManager(config);
        auto *opened = new QSemaphore;
        auto *never = new QSemaphore;
        std::thread([manager, opened, never] {
            const bool connected = bool(manager->connection());
            opened->release(connected ? 1 : 2);
            never->acquire();
        }).detach();
        QVERIFY(opened->tryAcquire(1, 10000));
        QCOMPARE(ConnectionManager::liveConnections(), 1);
    }

private:
    QTemporaryDir m_dir;
};

CATALOG_TEST_GUILESS_MAIN(ShutdownCheckTest)
#include "tst_shutdowncheck.moc"
