#include "teststandby.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace catalog::test {

namespace {

QString s_standbyError;

QString clusterScript()
{
    return QStringLiteral(PGCLUSTER_SCRIPT);
}

bool runScript(const QStringList &arguments, const QProcessEnvironment &env, QString *output)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("bash"), QStringList { clusterScript() } + arguments);
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        s_standbyError = QStringLiteral("pgcluster.sh %1 failed: %2")
                             .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

} // namespace

bool TestStandby::available()
{
    return !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_URL") && !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_DIR");
}

QString TestStandby::lastError()
{
    return s_standbyError;
}

std::unique_ptr<TestStandby> TestStandby::start(const QString &serverOptions)
{
    if (!available()) {
        s_standbyError = QStringLiteral("CATALOG_TEST_PG_URL/CATALOG_TEST_PG_DIR are not set");
        return nullptr;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CATALOG_TEST_PG_OPTIONS"), serverOptions);
    QString output;
    if (!runScript({ QStringLiteral("standby"), qEnvironmentVariable("CATALOG_TEST_PG_DIR") }, env, &output))
        return nullptr;
    std::unique_ptr<TestStandby> standby(new TestStandby);
    const QRegularExpression dir(QStringLiteral("CATALOG_TEST_PG_STANDBY_DIR='([^']+)'"));
    const QRegularExpression url(QStringLiteral("CATALOG_TEST_PG_STANDBY_URL='[^']*:(\\d+)/[^']*'"));
    const QRegularExpressionMatch dirMatch = dir.match(output);
    const QRegularExpressionMatch urlMatch = url.match(output);
    if (!dirMatch.hasMatch() || !urlMatch.hasMatch()) {
        s_standbyError = QStringLiteral("pgcluster.sh standby printed no standby: %1").arg(output);
        return nullptr;
    }
    standby->m_dir = dirMatch.captured(1);
    standby->m_serverOptions = serverOptions;
    standby->m_port = urlMatch.captured(1).toInt();
    return standby;
}

TestStandby::~TestStandby()
{
    if (!m_dir.isEmpty())
        runScript({ QStringLiteral("destroy"), m_dir }, QProcessEnvironment::systemEnvironment(), nullptr);
}

QString TestStandby::readUrl(const QString &database) const
{
    return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool TestStandby::exec(const QString &sql) const
{
    const QString name = QStringLiteral("test-standby-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_dir + QStringLiteral("/socket"));
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("catalog"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                s_standbyError = query.lastError().text();
        } else {
            s_standbyError = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TestStandby::waitForReplay() const
{
    return runScript({ QStringLiteral("wait-replay"), m_dir }, QProcessEnvironment::systemEnvironment(), nullptr);
}

bool TestStandby::stopServer() const
{
    return runScript({ QStringLiteral("stop-server"), m_dir }, QProcessEnvironment::systemEnvironment(), nullptr);
}

bool TestStandby::startServer() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CATALOG_TEST_PG_OPTIONS"), m_serverOptions);
    return runScript({ QStringLiteral("start-server"), m_dir }, env, nullptr);
}

} // namespace catalog::test
