// catalogctl --read-database: the read-only commands read from the standby given, and say on
// stderr which server answered; a read server that is no standby leaves them on the primary with
// the reason, never an error.
#include "ctlrun.h"
#include "db/readrouter.h"
#include "fixtures.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "replicatedcluster.h"

#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class CtlReadServerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplicatedCluster> m_standby;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path()); // no saved settings of the developer's
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("CATALOG_READ_DATABASE_URL"));
        return env;
    }

private slots:
    void initTestCase()
    {
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        m_standby = std::make_unique<ReplicatedCluster>();
        QVERIFY2(m_standby->startStandbyOfSharedCluster(), qPrintable(m_standby->error()));
    }

    void cleanupTestCase() { m_standby.reset(); }

    void shouldReadStatsFromTheStandbyAndSaySo()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY_OK(ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("CTL-1"))));
        QVERIFY(m_standby->waitForReplay());
        const CtlRun run = runProgram(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("--database"), db->url(), QStringLiteral("--read-database"),
                m_standby->readUrl(db->config().database), QStringLiteral("--json"), QStringLiteral("stats") },
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json().value(QStringLiteral("products")).toInt(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("read from 127.0.0.1:%1 (standby").arg(m_standby->standbyPort())),
            qPrintable(run.err));
    }

    void shouldExportFromThePrimaryWhenTheReadServerIsNoStandby()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY_OK(ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("CTL-2"))));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("products.csv"));
        QProcessEnvironment env = environment();
        // The primary named as the read server, through the environment this time
        env.insert(QStringLiteral("CATALOG_READ_DATABASE_URL"), db->url());
        const CtlRun run = runProgram(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("--database"), db->url(), QStringLiteral("export"), file }, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(QFile::exists(file));
        QVERIFY2(run.err.contains(QLatin1String("(primary): ")) && run.err.contains(QLatin1String("not a standby")),
            qPrintable(run.err));
    }

    void shouldRefuseAReadServerThatIsNoUrl()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const CtlRun run = runProgram(QStringLiteral(CATALOGCTL_PATH),
            { QStringLiteral("--database"), db->url(), QStringLiteral("--read-database"), QStringLiteral("nonsense"),
                QStringLiteral("stats") },
            environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

CATALOG_TEST_GUILESS_MAIN(CtlReadServerTest)
#include "tst_ctlreadserver.moc"
