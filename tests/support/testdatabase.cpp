#include "testdatabase.h"

#include "schema/migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace catalog::test {

namespace {

QString s_lastError;

QString pgAdminUrl()
{
    return qEnvironmentVariable("CATALOG_TEST_PG_URL");
}

// Runs one statement on the admin database of the test cluster, on a short-lived connection.
bool adminExec(const QString &statement)
{
    const auto config = ConnectionConfig::fromUrl(pgAdminUrl());
    if (!config) {
        s_lastError = config.error().toString();
        return false;
    }
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config->host);
        db.setPort(config->port);
        db.setDatabaseName(config->database);
        db.setUserName(config->user);
        db.setPassword(config->password);
        if (!db.open()) {
            s_lastError = QStringLiteral("Cannot reach the test cluster: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                s_lastError = statement + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void TestDatabase::addEngineColumn()
{
    QTest::addColumn<QString>("engine");
}

void TestDatabase::addEngineRows()
{
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestDatabase::postgresAvailable()
{
    return !pgAdminUrl().isEmpty();
}

QString TestDatabase::lastError()
{
    return s_lastError;
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &engine, bool migrate, ConnectionManager::Options options)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    if (engine == QLatin1String("sqlite")) {
        db->m_dir = std::make_unique<QTemporaryDir>();
        db->m_config.engine = Engine::SQLite;
        db->m_config.sqlitePath = db->m_dir->filePath(QStringLiteral("catalog.sqlite"));
    } else {
        if (!postgresAvailable()) {
            s_lastError = QStringLiteral("CATALOG_TEST_PG_URL is not set: the PostgreSQL suites cannot run");
            return nullptr;
        }
        db->m_pgDatabase = QStringLiteral("catalog_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(db->m_pgDatabase)))
            return nullptr;
        auto config = ConnectionConfig::fromUrl(pgAdminUrl());
        db->m_config = config.value();
        db->m_config.database = db->m_pgDatabase;
    }
    db->m_connections = std::make_unique<ConnectionManager>(db->m_config, options);
    db->m_connections->setActor(QStringLiteral("tester"));
    if (migrate) {
        const Result<MigrationReport> report = Migrator(*db->m_connections).migrate();
        if (!report) {
            s_lastError = QStringLiteral("Migration failed: ") + report.error().toString() + QLatin1Char('\n')
                    + report.error().detail;
            return nullptr;
        }
    }
    return db;
}

TestDatabase::~TestDatabase()
{
    m_connections.reset();
    if (!m_pgDatabase.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

QString TestDatabase::url() const
{
    if (m_config.engine == Engine::SQLite)
        return m_config.toUrl();
    QUrl url(m_config.toUrl());
    url.setPassword(m_config.password);
    return url.toString();
}

bool TestDatabase::exec(const QString &sql, const QVariantList &values)
{
    auto conn = m_connections->connection();
    if (!conn) {
        s_lastError = conn.error().toString();
        return false;
    }
    QSqlQuery q(conn.value());
    bool ok = values.isEmpty() ? q.exec(sql) : q.prepare(sql);
    if (ok && !values.isEmpty()) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        qWarning() << "SQL failed:" << sql << q.lastError().text();
    return ok;
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values)
{
    auto conn = m_connections->connection();
    if (!conn)
        return {};
    QSqlQuery q(conn.value());
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "SQL failed:" << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

} // namespace catalog::test
