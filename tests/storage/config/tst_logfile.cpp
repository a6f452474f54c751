#include "config/connectionconfig.h"
#include "db/connectionmanager.h"
#include "config/logfile.h"
#include "core/storagelog_p.h"

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class LogFileTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldRotateAndKeepAFewFiles()
    {
        QTemporaryDir dir;
        RotatingLogFile log({ dir.path(), QStringLiteral("app"), 4096, 3 });
        const QString line(99, QLatin1Char('x')); // 100 bytes with the newline
        for (int i = 0; i < 200; ++i) // 20 000 bytes: five files' worth
            QVERIFY(log.write(QStringLiteral("%1 ").arg(i, 4, 10, QLatin1Char('0')) + line.left(94)));
        QDir folder(dir.path());
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList { QStringLiteral("app.log"), QStringLiteral("app.log.1"),
                QStringLiteral("app.log.2"), QStringLiteral("app.log.3") }));
        for (const QString &f : files)
            QVERIFY2(QFileInfo(folder.filePath(f)).size() <= 4096, qPrintable(f));
        // the newest lines are in app.log, older ones in .1, the oldest kept in .3
        QVERIFY(readAll(folder.filePath(QStringLiteral("app.log"))).contains("0199 "));
        QVERIFY(!readAll(folder.filePath(QStringLiteral("app.log"))).contains("0100 "));
        QVERIFY(readAll(folder.filePath(QStringLiteral("app.log.1"))).size() > 3900);
        // nothing older than keepFiles survives: the first lines are gone
        QByteArray all;
        for (const QString &f : files)
            all += readAll(folder.filePath(f));
        QVERIFY(!all.contains("0000 "));
    }

    void shouldReportAnUnwritableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        RotatingLogFile log({ dir.filePath(QStringLiteral("file/logs")), QStringLiteral("app"), 4096, 2 });
        QVERIFY(!log.write(QStringLiteral("x")));
        QVERIFY2(log.errorString().contains(QStringLiteral("file/logs")), qPrintable(log.errorString()));
    }

    void shouldRedactSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << "connecting to postgresql://alice:s3cr3t!@db.example.com:5432/catalog"
                             << "connecting to postgresql://alice:***@db.example.com:5432/catalog";
        QTest::newRow("query") << "postgresql://db/catalog?sslmode=require&password=hunter22&x=1"
                               << "postgresql://db/catalog?sslmode=require&password=***&x=1";
        QTest::newRow("conninfo") << "host=db user=bob password='a b c' dbname=x"
                                  << "host=db user=bob password=*** dbname=x";
        QTest::newRow("env") << "DB_PASSWORD=topsecret DB_USER=x"
                             << "DB_PASSWORD=*** DB_USER=x";
        QTest::newRow("json") << R"({"user": "u", "password": "p4ss", "api_key": "k-123"})"
                              << R"({"user": "u", "password": ***, "api_key": ***})";
        QTest::newRow("harmless") << "10 products saved by alice"
                                  << "10 products saved by alice";
    }
    void shouldRedactSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(text), expected);
    }

    // The acceptance test of the log: a password the application uses never reaches the file,
    // whatever message quotes it.
    void shouldNeverWriteThePasswordToTheLogFile()
    {
        QTemporaryDir dir;
        const QString path = logging::install({ dir.path(), QStringLiteral("catalog-admin"), 1 << 20, 3 });
        QCOMPARE(path, dir.filePath(QStringLiteral("catalog-admin.log")));
        QCOMPARE(logging::currentPath(), path);
        const QString password = QStringLiteral("Tr0ub4dor&3-test");
        ConnectionConfig config;
        config.engine = Engine::PostgreSQL;
        config.host = QStringLiteral("127.0.0.1");
        config.port = 1;
        config.database = QStringLiteral("catalog");
        config.user = QStringLiteral("alice");
        config.password = password;
        ConnectionManager connections(config); // registers the password with the log
        qCWarning(lcStorage).noquote() << "driver said: authentication failed for" << password;
        qWarning("plain warning with %s inside", qPrintable(password));
        qCWarning(lcStorage).noquote()
            << "url" << QStringLiteral("postgresql://alice:%1@127.0.0.1:1/catalog").arg(password);
        const QByteArray text = readAll(path);
        QVERIFY2(!text.contains(password.toUtf8()), text.constData());
        QVERIFY(!text.contains("Tr0ub4dor"));
        QVERIFY(text.contains("driver said: authentication failed for ***"));
        QVERIFY(text.contains("plain warning with *** inside"));
        QVERIFY(text.contains("postgresql://alice:***@127.0.0.1:1/catalog"));
        QVERIFY(text.contains("warning catalog.storage"));
    }
};

CATALOG_TEST_GUILESS_MAIN(LogFileTest)
#include "tst_logfile.moc"
