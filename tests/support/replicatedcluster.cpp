#include "replicatedcluster.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace catalog::test {

namespace {

int portOf(const QString &dir)
{
    QFile file(dir + QStringLiteral("/port"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed().toInt() : 0;
}

} // namespace

ReplicatedCluster::~ReplicatedCluster()
{
    for (const QString &dir : { m_standbyDir, m_primaryDir }) {
        if (!dir.isEmpty())
            script({ QStringLiteral("destroy"), dir });
    }
}

bool ReplicatedCluster::available()
{
    return !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_CTL");
}

bool ReplicatedCluster::script(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList { qEnvironmentVariable("CATALOG_TEST_PG_CTL") } + arguments);
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

QString ReplicatedCluster::exported(const QString &output, const QString &name)
{
    const QRegularExpression line(QStringLiteral("export %1='([^']*)'").arg(name));
    return line.match(output).captured(1);
}

bool ReplicatedCluster::start()
{
    if (!available()) {
        m_error = QStringLiteral("CATALOG_TEST_PG_CTL is not set (eval \"$(tests/pg/pgcluster.sh start)\")");
        return false;
    }
    QString out;
    if (!script({ QStringLiteral("start") }, &out))
        return false;
    m_primaryDir = exported(out, QStringLiteral("CATALOG_TEST_PG_DIR"));
    m_primaryUrl = exported(out, QStringLiteral("CATALOG_TEST_PG_URL"));
    if (!script({ QStringLiteral("standby"), m_primaryDir }, &out))
        return false;
    m_standbyDir = exported(out, QStringLiteral("CATALOG_TEST_PG_STANDBY_DIR"));
    m_standbyUrl = exported(out, QStringLiteral("CATALOG_TEST_PG_STANDBY_URL"));
    m_multiUrl = exported(out, QStringLiteral("CATALOG_TEST_PG_MULTI_URL"));
    m_primaryPort = portOf(m_primaryDir);
    m_standbyPort = portOf(m_standbyDir);
    if (m_primaryUrl.isEmpty() || m_multiUrl.isEmpty() || m_primaryPort == 0 || m_standbyPort == 0) {
        m_error = QStringLiteral("pgcluster.sh printed no URLs: %1").arg(out);
        return false;
    }
    return true;
}

bool ReplicatedCluster::execOnPrimary(const QString &statement)
{
    const QString name = QStringLiteral("replicated-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_primaryDir + QStringLiteral("/socket"));
        db.setPort(m_primaryPort);
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

} // namespace catalog::test
