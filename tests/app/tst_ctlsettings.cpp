// catalogctl and the settings of issue 21 (MAX_FILE_SIZE, BATCH_SIZE, CACHE_TTL, the pool, WAL
// archiving health), in a suite of their own.
#include "config/runtimesettings.h"
#include "ctlrun.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;
using namespace Qt::StringLiterals;

namespace {

// catalogctl with a home and a settings folder of its own, so no test reads the user's settings.
class Sandbox
{
public:
    Sandbox()
    {
        m_env.insert(u"HOME"_s, m_dir.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions())
            m_env.remove(d.name);
        m_env.remove(u"CATALOG_DATABASE_URL"_s);
    }
    QProcessEnvironment &env() { return m_env; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sqliteUrl() const { return u"sqlite://"_s + m_dir.filePath(u"catalog.db"_s); }
    // The settings file catalogctl reads (QSettings: organization CatalogAdmin, application catalog-admin).
    void writeSettings(const QByteArray &ini)
    {
        QDir().mkpath(m_dir.filePath(u"config/CatalogAdmin"_s));
        QFile file(m_dir.filePath(u"config/CatalogAdmin/catalog-admin.conf"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            qFatal("cannot write the settings file");
    }
    CtlRun run(const QStringList &args) const { return runProgram(QStringLiteral(CATALOGCTL_PATH), args, m_env); }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
};

} // namespace

class CtlSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --help lists every setting: its variable, its flag and its default.
    void shouldShowTheSettingsInTheHelp()
    {
        Sandbox sandbox;
        const CtlRun run = sandbox.run({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions()) {
            QVERIFY2(run.out.contains(d.name), qPrintable(d.name));
            QVERIFY2(run.out.contains(u"--"_s + d.flag), qPrintable(d.flag));
        }
        QVERIFY(run.out.contains(u"default 1000 rows"_s));
        QVERIFY(run.out.contains(u"default 3600 seconds"_s));
    }

    void shouldRefuseABadValueFromAnySource_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("said");
        QTest::newRow("flag") << QStringList { u"--batch-size"_s, u"0"_s } << QString() << QByteArray()
                              << u"the option --batch-size"_s;
        QTest::newRow("environment") << QStringList() << u"DB_POOL_SIZE=lots"_s << QByteArray()
                                     << u"the environment variable DB_POOL_SIZE"_s;
        QTest::newRow("settings file") << QStringList() << QString()
                                       << QByteArray("[cache]\nttl=-1\n") << u"the setting cache/ttl"_s;
    }

    // A bad value is a usage error (exit 2) before any database is touched, naming where it came from.
    void shouldRefuseABadValueFromAnySource()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, variable);
        QFETCH(QByteArray, ini);
        QFETCH(QString, said);
        Sandbox sandbox;
        if (!variable.isEmpty())
            sandbox.env().insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        if (!ini.isEmpty())
            sandbox.writeSettings(ini);
        const CtlRun run = sandbox.run(args + QStringList { u"--database"_s, sandbox.sqliteUrl(), u"migrate"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"is not valid"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(sandbox.path(u"catalog.db"_s)));
    }

    // The flag wins over a bad environment value: the environment is not read for that setting.
    void shouldLetTheFlagOverrideTheEnvironment()
    {
        Sandbox sandbox;
        sandbox.env().insert(u"BATCH_SIZE"_s, u"many"_s);
        const CtlRun run
            = sandbox.run({ u"--batch-size"_s, u"50"_s, u"--database"_s, sandbox.sqliteUrl(), u"migrate"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // MAX_FILE_SIZE is the image store's limit (the original system's): an import file is streamed,
    // so one larger than MAX_FILE_SIZE imports whole — a catalog export of 1M products is ~570 MB.
    void shouldImportAFileLargerThanMaxFileSize()
    {
        Sandbox sandbox;
        sandbox.writeSettings("[limits]\nmax_file_size=100\n");
        const QString csv = sandbox.path(u"products.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("source_id,title\n");
        for (int i = 0; i < 20; ++i)
            file.write(QStringLiteral("P-%1,A product with a title\n").arg(i).toUtf8());
        file.close();
        QVERIFY(QFileInfo(csv).size() > 100);
        const CtlRun run = sandbox.run({ u"--database"_s, sandbox.sqliteUrl(), u"--json"_s, u"import"_s, csv });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json().value(u"inserted"_s).toInt(), 20);
    }

    // health --json reports WAL archiving on PostgreSQL (the test cluster archives nothing) and, with a
    // stanza pgBackRest cannot read, warns about it (exit 1); on SQLite the archive is not checked.
    void shouldReportArchivingInHealth()
    {
        Sandbox sandbox;
        CtlRun run = sandbox.run({ u"--database"_s, sandbox.sqliteUrl(), u"migrate"_s });
        QCOMPARE(run.exitCode, 0);
        run = sandbox.run({ u"--database"_s, sandbox.sqliteUrl(), u"--json"_s, u"health"_s });
        QVERIFY2(run.exitCode <= 1, qPrintable(run.err + run.out));
        QCOMPARE(run.json().value(u"archive"_s).toObject().value(u"checked"_s).toBool(), false);

        if (!TestDatabase::postgresAvailable()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("CATALOG_TEST_PG_URL is not set");
            QSKIP("no PostgreSQL test cluster");
        }
        const QString url = qEnvironmentVariable("CATALOG_TEST_PG_URL");
        run = sandbox.run({ u"--database"_s, url, u"--json"_s, u"health"_s });
        const QJsonObject archive = run.json().value(u"archive"_s).toObject();
        QVERIFY2(archive.value(u"checked"_s).toBool(), qPrintable(run.out + run.err));
        QCOMPARE(archive.value(u"archiving"_s).toBool(), false);
        QCOMPARE(archive.value(u"archive_mode"_s).toString(), u"off"_s);

        run = sandbox.run({ u"--database"_s, url, u"--json"_s, u"--pgbackrest-stanza"_s, u"nosuch"_s,
            u"--pgbackrest-config"_s, sandbox.path(u"missing.conf"_s), u"health"_s });
        QCOMPARE(run.exitCode, 1);
        const QStringList warnings = run.json().value(u"warnings"_s).toVariant().toStringList();
        QVERIFY2(warnings.filter(u"pgBackRest stanza nosuch is configured but WAL archiving is off"_s).size() == 1,
            qPrintable(warnings.join(u'\n')));
        QVERIFY2(warnings.filter(u"pgBackRest stanza nosuch:"_s).size() == 1, qPrintable(warnings.join(u'\n')));
    }
};

CATALOG_TEST_GUILESS_MAIN(CtlSettingsTest)
#include "tst_ctlsettings.moc"
