// Issue 20, connections to several hosts: a primary and a streaming standby of the suite's own
// (tests/pg/pgcluster.sh start + standby). libpq chooses the server from a multi-host URL, a
// keyword/value string or a service with several hosts, and what is shown names the server reached;
// migrations are never attempted on a standby; reading commands run there once its schema is
// current and refuse clearly before; health reports the role and the replication lag.
// PostgreSQL only: skipped (failed under CI=true) without the cluster script.
#include "ctlrun.h"
#include "db/connectionmanager.h"
#include "db/serverendpoint.h"
#include "db/sessioninfo.h"
#include "interfacelanguage.h"
#include "maintenance/healthchecker.h"
#include "mainwindow.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "replicatedcluster.h"
#include "schema/migrator.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace catalog;
using namespace catalog::test;

namespace {

CtlRun ctl(const QString &url, const QStringList &args)
{
    return runProgram(QStringLiteral(CATALOGCTL_PATH), QStringList { QStringLiteral("--database"), url } + args);
}

QString describeRun(const CtlRun &run)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out.left(1500), run.err.left(1500));
}

} // namespace

class TopologyTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplicatedCluster> m_cluster;
    QString m_password;

    // The cluster's URL with a different host list and options, password kept.
    QString hostsUrl(const QList<int> &ports, const QString &attrs) const
    {
        QStringList hosts;
        for (const int port : ports)
            hosts << QStringLiteral("127.0.0.1:%1").arg(port);
        return QStringLiteral("postgresql://catalog:%1@%2/postgres%3")
            .arg(m_password, hosts.join(u','), attrs.isEmpty() ? QString() : QStringLiteral("?target_session_attrs=") + attrs);
    }

    ServerEndpoint reach(const QString &text)
    {
        const auto config = ConnectionConfig::fromUrl(text);
        if (!config) {
            qWarning().noquote() << config.error().toString();
            return {};
        }
        ConnectionManager connections(config.value());
        const Result<ServerEndpoint> server = ServerEndpoint::probe(connections);
        if (!server)
            qWarning().noquote() << redactSecrets(server.error().toString());
        return server ? server.value() : ServerEndpoint {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        m_cluster = std::make_unique<ReplicatedCluster>();
        QVERIFY2(m_cluster->startOwnPair(), qPrintable(m_cluster->error()));
        m_password = QUrl(m_cluster->primaryUrl()).password();
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void shouldReachTheServerLibpqChooses_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("attrs");
        QTest::addColumn<bool>("standbyFirst");
        QTest::addColumn<bool>("expectStandby");
        QTest::newRow("url read-write") << "url" << "read-write" << false << false;
        QTest::newRow("url read-write, standby listed first") << "url" << "read-write" << true << false;
        QTest::newRow("url primary") << "url" << "primary" << true << false;
        QTest::newRow("url standby") << "url" << "standby" << false << true;
        QTest::newRow("url prefer-standby") << "url" << "prefer-standby" << false << true;
        QTest::newRow("url read-only") << "url" << "read-only" << false << true;
        QTest::newRow("url any") << "url" << "any" << false << false;
        QTest::newRow("keywords read-write") << "keywords" << "read-write" << true << false;
        QTest::newRow("keywords standby") << "keywords" << "standby" << false << true;
        QTest::newRow("service read-write") << "service" << "read-write" << true << false;
        QTest::newRow("service prefer-standby") << "service" << "prefer-standby" << false << true;
    }
    void shouldReachTheServerLibpqChooses()
    {
        QFETCH(QString, form);
        QFETCH(QString, attrs);
        QFETCH(bool, standbyFirst);
        QFETCH(bool, expectStandby);
        const int p = m_cluster->primaryPort();
        const int s = m_cluster->standbyPort();
        const QList<int> ports = standbyFirst ? QList<int> { s, p } : QList<int> { p, s };
        QString text;
        QTemporaryDir dir;
        if (form == QLatin1String("url")) {
            text = hostsUrl(ports, attrs);
        } else {
            const QString keywords
                = QStringLiteral("host=127.0.0.1,127.0.0.1 port=%1,%2 dbname=postgres user=catalog password='%3' "
                                 "target_session_attrs=%4")
                      .arg(ports[0])
                      .arg(ports[1])
                      .arg(m_password, attrs);
            if (form == QLatin1String("keywords")) {
                text = keywords;
            } else {
                QFile file(dir.filePath(QStringLiteral("pg_service.conf")));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QStringLiteral("[catalog-ha]\n%1\n").arg(QString(keywords).replace(u' ', u'\n').remove(u'\'')).toUtf8());
                file.close();
                qputenv("PGSERVICEFILE", file.fileName().toLocal8Bit());
                text = QStringLiteral("service=catalog-ha");
            }
        }
        const ServerEndpoint server = reach(text);
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(server.known, qPrintable(redactSecrets(text)));
        QCOMPARE(server.standby, expectStandby);
        QCOMPARE(server.port, expectStandby ? s : p);
        QCOMPARE(server.address, QStringLiteral("127.0.0.1"));
        QVERIFY(server.text().contains(expectStandby ? QStringLiteral("standby") : QStringLiteral("primary")));
    }

    void shouldNameTheServerReachedNotTheFirstListed()
    {
        const auto config = ConnectionConfig::fromUrl(
            hostsUrl({ m_cluster->standbyPort(), m_cluster->primaryPort() }, QStringLiteral("read-write")));
        QVERIFY(config.ok());
        ConnectionManager connections(config.value());
        const HealthReport health = connections.checkHealth();
        QVERIFY2(health.healthy, qPrintable(health.error));
        QCOMPARE(health.server.port, m_cluster->primaryPort());
        QVERIFY(!health.inRecovery);
        const QString described = connections.describe();
        QVERIFY2(described.contains(QStringLiteral("server 127.0.0.1:%1 (primary)").arg(m_cluster->primaryPort())),
            qPrintable(described));
        QVERIFY(!described.contains(m_password));
    }

    // Runs before the primary has a schema: the standby has none either.
    void shouldNeverMigrateAStandby()
    {
        const QString standby = m_cluster->standbyUrl();
        const QString where = QStringLiteral("127.0.0.1:%1 (standby)").arg(m_cluster->standbyPort());
        {
            ConnectionManager connections(ConnectionConfig::fromUrl(standby).value());
            const auto migrated = Migrator(connections).migrate();
            QVERIFY(!migrated.ok());
            QVERIFY2(migrated.error().message.contains(where), qPrintable(migrated.error().message));
            QVERIFY(migrated.error().message.contains(QStringLiteral("run migrate on the primary")));
            QCOMPARE(Migrator(connections).currentVersion().value(), 0);
        }
        CtlRun run = ctl(standby, { QStringLiteral("migrate") });
        QVERIFY2(run.exitCode == 1 && run.err.contains(where) && run.err.contains(QStringLiteral("never run on a standby")),
            qPrintable(describeRun(run)));
        run = ctl(standby, { QStringLiteral("stats") });
        QVERIFY2(run.exitCode == 1
                && run.err.contains(QStringLiteral("the standby %1 has no Catalog Admin schema yet; run catalogctl migrate on the primary").arg(where)),
            qPrintable(describeRun(run)));
        // Through the multi-host URL the writer lands on the primary, and the standby replays it.
        run = ctl(hostsUrl({ m_cluster->standbyPort(), m_cluster->primaryPort() }, QStringLiteral("read-write")),
            { QStringLiteral("migrate") });
        QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
        QVERIFY2(m_cluster->waitForReplay(), qPrintable(m_cluster->error()));
        ConnectionManager connections(ConnectionConfig::fromUrl(standby).value());
        const auto migrated = Migrator(connections).migrate();
        QVERIFY_OK(migrated);
        QVERIFY(migrated->applied.isEmpty());
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
    }

    void shouldRunReadingCommandsOnACurrentStandby()
    {
        const QString standby = m_cluster->standbyUrl();
        const QString where = QStringLiteral("127.0.0.1:%1 (standby)").arg(m_cluster->standbyPort());
        QTemporaryDir dir;
        for (const QStringList &args : { QStringList { QStringLiteral("stats") }, QStringList { QStringLiteral("quality") },
                 QStringList { QStringLiteral("check") },
                 QStringList { QStringLiteral("export"), dir.filePath(QStringLiteral("out.csv")) } }) {
            const CtlRun run = ctl(standby, args);
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + describeRun(run)));
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out.csv"))));
        const CtlRun stats = ctl(standby, { QStringLiteral("stats") });
        QVERIFY2(stats.out.contains(where), qPrintable(stats.out.left(500)));
        const CtlRun health = ctl(standby, { QStringLiteral("health") });
        QVERIFY2(health.exitCode == 0 && health.out.contains(QStringLiteral("server reached: ") + where)
                && health.out.contains(QStringLiteral("replication: standby")),
            qPrintable(describeRun(health)));
        // Writers are refused up front, naming the server
        QFile csv(dir.filePath(QStringLiteral("in.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("source_id,title\nT-1,A thermos\n");
        csv.close();
        for (const QStringList &args : { QStringList { QStringLiteral("import"), csv.fileName() },
                 QStringList { QStringLiteral("check"), QStringLiteral("--fix") } }) {
            const CtlRun run = ctl(standby, args);
            QVERIFY2(run.exitCode == 1 && run.err.contains(where) && run.err.contains(QStringLiteral("run it against the primary")),
                qPrintable(args.join(u' ') + u'\n' + describeRun(run)));
        }
    }

    void shouldCallAHealthyStandbyHealthyAndWarnOnlyOfRealTrouble()
    {
        // Given a streaming standby that has replayed all its primary wrote, the current schema too
        const CtlRun migrated = ctl(m_cluster->primaryUrl(), { QStringLiteral("migrate") });
        QVERIFY2(migrated.exitCode == 0, qPrintable(describeRun(migrated)));
        QVERIFY2(m_cluster->waitForReplay(), qPrintable(m_cluster->error()));
        const QString standby = m_cluster->standbyUrl();
        // When health is asked of it
        const CtlRun text = ctl(standby, { QStringLiteral("health") });
        // Then being a standby is no warning: exit 0, the role and the lag said plainly
        QVERIFY2(text.exitCode == 0, qPrintable(describeRun(text)));
        QVERIFY2(text.out.startsWith(QStringLiteral("catalogctl: ")) && text.out.contains(QStringLiteral(": healthy:")),
            qPrintable(describeRun(text)));
        QVERIFY2(text.out.contains(QStringLiteral("role: standby (read-only")), qPrintable(describeRun(text)));
        QVERIFY2(text.out.contains(QStringLiteral("replication: standby of local socket, port %1, replay lag ")
                                       .arg(m_cluster->primaryPort())),
            qPrintable(describeRun(text)));
        QVERIFY2(!text.out.contains(QStringLiteral("warning")), qPrintable(describeRun(text)));
        const CtlRun json = ctl(standby, { QStringLiteral("--json"), QStringLiteral("health") });
        QVERIFY2(json.exitCode == 0, qPrintable(describeRun(json)));
        const QJsonObject report = json.json();
        QCOMPARE(report.value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
        QCOMPARE(report.value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        const QJsonObject replication = report.value(QStringLiteral("replication")).toObject();
        QCOMPARE(replication.value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QVERIFY(replication.value(QStringLiteral("replay_lag_s")).isDouble());
        QCOMPARE(replication.value(QStringLiteral("receiving")).toBool(), true);
        QCOMPARE(replication.value(QStringLiteral("replay_paused")).toBool(), false);
        QVERIFY(report.value(QStringLiteral("warnings")).toArray().isEmpty());
        // And the primary names itself and its standby with the lag
        const CtlRun primary = ctl(m_cluster->primaryUrl(), { QStringLiteral("--json"), QStringLiteral("health") });
        QCOMPARE(primary.json().value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        const QJsonArray standbys
            = primary.json().value(QStringLiteral("replication")).toObject().value(QStringLiteral("standbys")).toArray();
        QCOMPARE(standbys.size(), 1);
        QVERIFY(standbys.first().toObject().value(QStringLiteral("bytes_behind")).isDouble());

        // When replay is paused on the standby (real trouble: it falls behind without limit)
        QVERIFY2(m_cluster->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")), qPrintable(m_cluster->error()));
        const CtlRun paused = ctl(standby, { QStringLiteral("health") });
        QVERIFY(m_cluster->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        // Then it is a warning (exit 1) that says so
        QVERIFY2(paused.exitCode == 1 && paused.err.contains(QStringLiteral("warning: Replay is paused on this standby"))
                && paused.err.contains(QStringLiteral(", replay paused")),
            qPrintable(describeRun(paused)));
    }

    void shouldRefuseAStandbyWhoseSchemaIsBehind()
    {
        const int latest = Migrator::latestVersion();
        // Versions need not be consecutive: the one before the latest is the list's second to last.
        const QList<Migration> all = Migrator::migrations();
        QVERIFY(all.size() >= 2 && all.last().version == latest);
        const int previous = all.at(all.size() - 2).version;
        QVERIFY(m_cluster->execOnPrimary(QStringLiteral("CREATE TABLE hidden_migration AS SELECT * FROM schema_migrations WHERE version = %1").arg(latest)));
        QVERIFY(m_cluster->execOnPrimary(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(latest)));
        QVERIFY(m_cluster->waitForReplay());
        const CtlRun run = ctl(m_cluster->standbyUrl(), { QStringLiteral("stats") });
        const QString expected = QStringLiteral("the standby 127.0.0.1:%1 (standby) has its schema at migration %2, this catalogctl needs %3; run catalogctl migrate on the primary")
                                     .arg(m_cluster->standbyPort())
                                     .arg(previous)
                                     .arg(latest);
        QVERIFY(m_cluster->execOnPrimary(QStringLiteral("INSERT INTO schema_migrations SELECT * FROM hidden_migration")));
        QVERIFY(m_cluster->execOnPrimary(QStringLiteral("DROP TABLE hidden_migration")));
        QVERIFY(m_cluster->waitForReplay());
        QVERIFY2(run.exitCode == 1 && run.err.contains(expected), qPrintable(describeRun(run)));
    }

    void shouldReportReplicationInHealth()
    {
        QVERIFY(m_cluster->waitForReplay());
        HealthChecker::Options options;
        options.replication.lagWarningBytes = -1; // every standby is "behind": the warning path
        {
            ConnectionManager primary(ConnectionConfig::fromUrl(m_cluster->primaryUrl()).value());
            const SystemHealth h = HealthChecker(primary, options).check();
            QVERIFY(h.replication.available);
            QVERIFY(!h.replication.standby);
            QCOMPARE(h.replication.standbys.size(), 1);
            QCOMPARE(h.replication.standbys.first().state, QStringLiteral("streaming"));
            QVERIFY(h.replication.standbys.first().bytesBehind >= 0);
            // pg_basebackup -R of pgcluster.sh streams over the primary's socket
            QVERIFY2(h.warnings.join(u'\n').contains(QStringLiteral("Standby walreceiver at socket is behind")),
                qPrintable(h.warnings.join(u'\n')));
            QVERIFY(h.toJson().value(QStringLiteral("replication")).toObject().contains(QStringLiteral("standbys")));
            // The default thresholds (30 s, 64 MB): a caught-up standby is no warning
            const SystemHealth calm = HealthChecker(primary).check();
            QVERIFY2(!calm.warnings.join(u'\n').contains(QStringLiteral("behind")), qPrintable(calm.warnings.join(u'\n')));
        }
        ConnectionManager standby(ConnectionConfig::fromUrl(m_cluster->standbyUrl()).value());
        const SystemHealth h = HealthChecker(standby, options).check();
        QVERIFY(h.replication.available && h.replication.standby && h.replication.receiving);
        QVERIFY(h.connection.server.standby);
        QCOMPARE(h.replication.bytesNotReplayed, 0);
        QVERIFY2(h.warnings.join(u'\n').contains(QStringLiteral("This standby replays")), qPrintable(h.warnings.join(u'\n')));
    }

    void shouldBrowseAStandbyReadOnly()
    {
        ConnectionManager standby(ConnectionConfig::fromUrl(m_cluster->standbyUrl()).value());
        const auto info = SessionInfo::probe(standby);
        QVERIFY_OK(info);
        QVERIFY(info->canRead);
        QVERIFY(!info->canWrite());
        QVERIFY(info->server.standby);
        QVERIFY2(info->readOnlyReason.contains(QStringLiteral("127.0.0.1:%1 (standby)").arg(m_cluster->standbyPort())),
            qPrintable(info->readOnlyReason));
    }

    // The window opened through a multi-host URL that prefers a standby: the status bar names the
    // standby reached, and the products can be browsed but not edited.
    void shouldShowTheStandbyReachedAndBrowseItReadOnly()
    {
        QVERIFY(m_cluster->execOnPrimary(QStringLiteral(
            "INSERT INTO products (source_id, title, currency, price_min, price_max) VALUES "
            "('TOPO-1', 'A thermos flask for the standby', 'CNY', 1, 2), ('TOPO-2', 'A kettle for the standby', 'CNY', 3, 4)")));
        QVERIFY(m_cluster->waitForReplay());
        const auto config = ConnectionConfig::fromUrl(
            hostsUrl({ m_cluster->primaryPort(), m_cluster->standbyPort() }, QStringLiteral("prefer-standby")));
        QVERIFY(config.ok());
        ConnectionManager connections(config.value());
        MainWindow window(connections);
        window.resize(1100, 500);
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(label);
        const QString standby = QStringLiteral("server 127.0.0.1:%1 (standby)").arg(m_cluster->standbyPort());
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(standby), qPrintable(label->text()), 30000);
        ProductTableModel *model = window.productsPage()->products();
        QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(0, 0), PagedTableModel::LoadedRole).toBool(), 30000);
        const QModelIndex title = model->index(0, ProductTableModel::TitleColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!(model->flags(title) & Qt::ItemIsEditable), 30000);
        QVERIFY(!model->setData(title, QStringLiteral("Not on a standby")));
        QCOMPARE(model->pendingChangeCount(), 0);
        QVERIFY(saveScreenshot(&window, QStringLiteral("topology_standby_window")));
    }
};

CATALOG_TEST_MAIN(TopologyTest)
#include "tst_topology.moc"
