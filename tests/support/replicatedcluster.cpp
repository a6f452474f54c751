#include "replicatedcluster.h"

#include "db/connectionmanager.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace catalog::test {

namespace {

int clusterPortOf(const QString &dir)
{
    QFile file(dir + QStringLiteral("/port"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed().toInt() : 0;
}

// The value of `export NAME='value'` in what pgcluster.sh printed.
QString exportedValue(const QString &output, const QString &name)
{
    const QRegularExpression line(QStringLiteral("export %1='([^']*)'").arg(name));
    return line.match(output).captured(1);
}

} // namespace

ReplicatedCluster::~ReplicatedCluster()
{
    if (!m_standbyDir.isEmpty())
        script({ QStringLiteral("destroy"), m_standbyDir });
    if (m_ownsPrimary && !m_primaryDir.isEmpty())
        script({ QStringLiteral("destroy"), m_primaryDir });
}

bool ReplicatedCluster::available()
{
    return !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_URL") && !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_DIR");
}

QString ReplicatedCluster::unavailableReason()
{
    return QStringLiteral("needs the throwaway cluster of tests/pg/pgcluster.sh "
                          "(eval \"$(tests/pg/pgcluster.sh start)\" exports CATALOG_TEST_PG_URL and CATALOG_TEST_PG_DIR)");
}

bool ReplicatedCluster::script(const QStringList &arguments, QString *output, const std::optional<QString> &serverOptions)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (serverOptions)
        env.insert(QStringLiteral("CATALOG_TEST_PG_OPTIONS"), *serverOptions);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("bash"), QStringList { QStringLiteral(PGCLUSTER_SCRIPT) } + arguments);
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("pgcluster.sh %1 failed: %2 %3")
                      .arg(arguments.join(u' '), process.errorString(),
                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    return true;
}

bool ReplicatedCluster::startStandbyOf(const QString &primaryDir)
{
    QString out;
    if (!script({ QStringLiteral("standby"), primaryDir }, &out, m_standbyOptions))
        return false;
    m_standbyDir = exportedValue(out, QStringLiteral("CATALOG_TEST_PG_STANDBY_DIR"));
    m_standbyUrl = exportedValue(out, QStringLiteral("CATALOG_TEST_PG_STANDBY_URL"));
    m_multiUrl = exportedValue(out, QStringLiteral("CATALOG_TEST_PG_MULTI_URL"));
    m_primaryPort = clusterPortOf(primaryDir);
    m_standbyPort = clusterPortOf(m_standbyDir);
    if (m_standbyUrl.isEmpty() || m_multiUrl.isEmpty() || m_primaryPort == 0 || m_standbyPort == 0) {
        m_error = QStringLiteral("pgcluster.sh standby printed no standby: %1").arg(out);
        return false;
    }
    return true;
}

bool ReplicatedCluster::startStandbyOfSharedCluster(const QString &standbyOptions)
{
    if (!available()) {
        m_error = unavailableReason();
        return false;
    }
    m_primaryDir = qEnvironmentVariable("CATALOG_TEST_PG_DIR");
    m_primaryUrl = qEnvironmentVariable("CATALOG_TEST_PG_URL");
    m_ownsPrimary = false;
    m_standbyOptions = standbyOptions;
    return startStandbyOf(m_primaryDir);
}

bool ReplicatedCluster::startOwnPair()
{
    if (!available()) {
        m_error = unavailableReason();
        return false;
    }
    QString out;
    if (!script({ QStringLiteral("start") }, &out))
        return false;
    m_primaryDir = exportedValue(out, QStringLiteral("CATALOG_TEST_PG_DIR"));
    m_primaryUrl = exportedValue(out, QStringLiteral("CATALOG_TEST_PG_URL"));
    m_ownsPrimary = true;
    if (m_primaryDir.isEmpty() || m_primaryUrl.isEmpty()) {
        m_error = QStringLiteral("pgcluster.sh start printed no cluster: %1").arg(out);
        return false;
    }
    return startStandbyOf(m_primaryDir);
}

bool ReplicatedCluster::execAt(const QString &dir, int port, const QString &statement)
{
    const QString name = QStringLiteral("replicated-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(dir + QStringLiteral("/socket"));
        db.setPort(port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("catalog"));
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                m_error = statement + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ReplicatedCluster::execOnPrimary(const QString &statement)
{
    return execAt(m_primaryDir, m_primaryPort, statement);
}

bool ReplicatedCluster::execOnStandby(const QString &statement)
{
    return execAt(m_standbyDir, m_standbyPort, statement);
}

QString ReplicatedCluster::readUrl(const QString &database) const
{
    return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(m_standbyPort).arg(database);
}

bool ReplicatedCluster::attachAsReadServer(ConnectionManager &primary, const ReadRouter::Options &options)
{
    if (const StorageError e = ReadRouter::attach(primary, readUrl(primary.config().database), options); !e.ok()) {
        m_error = e.toString();
        return false;
    }
    if (!waitForReplay())
        return false;
    ReadRouter *router = ReadRouter::of(primary);
    if (QTest::qWaitFor([&] { return &ReadRouter::readManager(primary) == &router->standby(); }, 30000))
        return true;
    m_error = QStringLiteral("reads did not move to the standby within 30 s: %1").arg(router->status().note);
    return false;
}

bool ReplicatedCluster::makeStandbySynchronous()
{
    if (!execOnPrimary(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '*'"))
        || !execOnPrimary(QStringLiteral("SELECT pg_reload_conf()")))
        return false;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (execOnPrimary(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_replication "
                                         "WHERE sync_state = 'sync') THEN RAISE EXCEPTION 'not yet'; END IF; END $$")))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("the standby did not become synchronous within 60 s");
    return false;
}

bool ReplicatedCluster::killPrimary()
{
    return script({ QStringLiteral("kill"), m_primaryDir });
}

bool ReplicatedCluster::promoteStandby()
{
    return script({ QStringLiteral("promote"), m_standbyDir });
}

bool ReplicatedCluster::waitForReplay()
{
    return script({ QStringLiteral("wait-replay"), m_standbyDir });
}

bool ReplicatedCluster::stopStandby()
{
    return script({ QStringLiteral("stop-server"), m_standbyDir });
}

bool ReplicatedCluster::startStandby()
{
    return script({ QStringLiteral("start-server"), m_standbyDir }, nullptr, m_standbyOptions);
}

} // namespace catalog::test
