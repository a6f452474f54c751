// TLS to PostgreSQL: a short-lived cluster of its own with ssl on and certificates the test makes
// with openssl (tests/pg/pgcluster.sh, CATALOG_TEST_PG_SSL=1): every sslmode, a root certificate,
// a wrong root certificate, host name checks and a client certificate login.
#include "db/connectionmanager.h"
#include "db/sessioninfo.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace catalog;

class TlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb"))) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("PostgreSQL 15 server binaries are missing");
            QSKIP("PostgreSQL 15 server binaries are not installed");
        }
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CATALOG_TEST_PG_SSL"), QStringLiteral("1"));
        start.setProcessEnvironment(env);
        start.start(QStringLiteral(PGCLUSTER_SCRIPT), { QStringLiteral("start") });
        QVERIFY(start.waitForFinished(180000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const QString out = QString::fromUtf8(start.readAllStandardOutput());
        static const QRegularExpression line(QStringLiteral("export (\\w+)='([^']*)'"));
        for (auto it = line.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            m_env.insert(m.captured(1), m.captured(2));
        }
        m_dir = m_env.value(QStringLiteral("CATALOG_TEST_PG_DIR"));
        m_tls = m_env.value(QStringLiteral("CATALOG_TEST_PG_TLS_DIR"));
        QVERIFY(!m_dir.isEmpty() && !m_tls.isEmpty());
        const auto base = ConnectionConfig::fromUrl(m_env.value(QStringLiteral("CATALOG_TEST_PG_URL")));
        QVERIFY(base);
        m_base = base.value();
        ConnectionManager admin(m_base);
        QVERIFY(admin
                    .runStatus([&](QSqlDatabase &db) -> StorageError {
                        QSqlQuery q(db);
                        if (!q.exec(QStringLiteral("CREATE ROLE certuser LOGIN")))
                            return StorageError::make(ErrorKind::Internal, q.lastError().text());
                        return {};
                    })
                    .ok());
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            QProcess::execute(QStringLiteral(PGCLUSTER_SCRIPT), { QStringLiteral("destroy"), m_dir });
    }

    void shouldEncryptAndCheckTheServerAsAsked_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<QString>("rootcert");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("disable") << "127.0.0.1"
                                 << "disable"
                                 << "" << true << false;
        QTest::newRow("prefer") << "127.0.0.1"
                                << "prefer"
                                << "" << true << true;
        QTest::newRow("require, no root certificate") << "127.0.0.1"
                                                      << "require"
                                                      << "" << true << true;
        QTest::newRow("verify-ca") << "127.0.0.1"
                                   << "verify-ca"
                                   << "ca.crt" << true << true;
        QTest::newRow("verify-ca, wrong authority") << "127.0.0.1"
                                                    << "verify-ca"
                                                    << "other-ca.crt" << false << false;
        QTest::newRow("verify-full by IP") << "127.0.0.1"
                                           << "verify-full"
                                           << "ca.crt" << true << true;
        QTest::newRow("verify-full by name") << "localhost"
                                             << "verify-full"
                                             << "ca.crt" << true << true;
        QTest::newRow("verify-full, wrong authority") << "localhost"
                                                      << "verify-full"
                                                      << "other-ca.crt" << false << false;
    }
    void shouldEncryptAndCheckTheServerAsAsked()
    {
        QFETCH(QString, host);
        QFETCH(QString, sslmode);
        QFETCH(QString, rootcert);
        QFETCH(bool, connects);
        QFETCH(bool, encrypted);
        // Given a URL as an operator would write it
        QString url = QStringLiteral("postgresql://catalog:%1@%2:%3/postgres?sslmode=%4")
                          .arg(m_base.password, host)
                          .arg(m_base.port)
                          .arg(sslmode);
        if (!rootcert.isEmpty())
            url += QStringLiteral("&sslrootcert=") + m_tls + QLatin1Char('/') + rootcert;
        const auto config = ConnectionConfig::fromUrl(url);
        QVERIFY(config);
        QCOMPARE(config->options.value(QStringLiteral("sslmode")), sslmode);
        QVERIFY(!config->toUrl().contains(m_base.password));
        ConnectionManager::Options options;
        options.maxAttempts = 1;
        ConnectionManager connections(config.value(), options);
        // When it connects
        const Result<SessionInfo> info = SessionInfo::probe(connections);
        // Then the session is encrypted exactly when asked, and a wrong authority is refused clearly
        QCOMPARE(info.ok(), connects);
        if (!connects) {
            QCOMPARE(info.error().kind, ErrorKind::ConnectionLost);
            QVERIFY2(info.error().message.contains(QStringLiteral("certificate verify failed")),
                qPrintable(info.error().message));
            QVERIFY(!info.error().message.contains(m_base.password));
            return;
        }
        QCOMPARE(info->encrypted, encrypted);
        if (encrypted) {
            QVERIFY2(info->tlsVersion.startsWith(QStringLiteral("TLSv1.")), qPrintable(info->tlsVersion));
            QVERIFY(info->securityText().contains(info->tlsVersion));
        } else {
            QCOMPARE(info->securityText(), QStringLiteral("not encrypted"));
        }
        const HealthReport health = connections.checkHealth();
        QVERIFY2(health.healthy, qPrintable(health.error));
    }

    void shouldLogInWithAClientCertificate()
    {
        const QString url
            = QStringLiteral("postgresql://certuser@127.0.0.1:%1/postgres?sslmode=verify-full"
                             "&sslrootcert=%2/ca.crt&sslcert=%2/client.crt&sslkey=%2/client.key")
                  .arg(m_base.port)
                  .arg(m_tls);
        const auto config = ConnectionConfig::fromUrl(url);
        QVERIFY(config);
        ConnectionManager::Options options;
        options.maxAttempts = 1;
        {
            ConnectionManager connections(config.value(), options);
            const Result<SessionInfo> info = SessionInfo::probe(connections);
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
            QCOMPARE(info->role, QStringLiteral("certuser"));
            QVERIFY(info->encrypted);
        }
        // Without the certificate the same login is refused, and says why
        ConnectionConfig noCert = config.value();
        noCert.options.remove(QStringLiteral("sslcert"));
        noCert.options.remove(QStringLiteral("sslkey"));
        ConnectionManager connections(noCert, options);
        const Result<SessionInfo> refused = SessionInfo::probe(connections);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("certificate")),
            qPrintable(refused.error().message));
    }

    void shouldRejectUnknownSslModes()
    {
        const auto config = ConnectionConfig::fromUrl(QStringLiteral("postgresql://u@h/db?sslmode=always"));
        QVERIFY(!config);
        QCOMPARE(config.error().kind, ErrorKind::Validation);
        QVERIFY2(config.error().message.contains(QStringLiteral("verify-full")),
            qPrintable(config.error().message));
    }

private:
    QMap<QString, QString> m_env;
    QString m_dir;
    QString m_tls;
    ConnectionConfig m_base;
};

CATALOG_TEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
