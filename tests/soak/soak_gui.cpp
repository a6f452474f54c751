// The all-day soak test of the GUI (issue 17): the real MainWindow, offscreen, on a large catalog,
// driven through thousands of operator cycles (see SoakDriver) while the process's resident memory,
// file descriptors, threads and QObjects are sampled every K cycles. Prints one line per sample
// (the RSS curve) and a verdict; exits 1 naming each measure that grew (see judge()).
//
//   soak_gui [--engine sqlite|postgresql|both] [--rows N] [--cycles N] [--minutes N]
//            [--sample-every K] [--rss-limit-mb MB] [--step-timeout S]
//
// --engine both (the default) runs each engine in a child process of its own, so that one engine's
// heap never shows in the other's curve. PostgreSQL comes from CATALOG_TEST_PG_URL (the cluster
// tests/pg/pgcluster.sh starts); without it the PostgreSQL run fails under CI=true and is skipped
// (exit 77) otherwise. With both --cycles and --minutes the run stops at whichever comes first.
// The short version is the ctest entry soak_gui_short; the long runs are in tests/soak/README.md.

#include "db/connectionmanager.h"
#include "mainwindow.h"
#include "soakdriver.h"
#include "soakprobe.h"
#include "soakseed.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace catalog;
using namespace catalog::soak;

namespace {

constexpr int kSkipped = 77; // ctest's SKIP_RETURN_CODE for soak_gui_short

// AddressSanitizer keeps freed memory in quarantine (256 MB by default) and maps shadow memory as
// the heap is touched: RSS there grows for reasons of its own, so it is shown but not judged.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kJudgeRss = false;
#else
constexpr bool kJudgeRss = true;
#endif

struct Options
{
    QString engine;
    qint64 rows = 1000000;
    int cycles = 0;
    double minutes = 0;
    int sampleEvery = 10;
    double rssLimitMb = 20;
    int stepTimeoutS = 300;
};

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// A message box (an error the window reports) would wait for a person for ever: the watchdog
// closes it and remembers what it said, which fails the run. The consistency report is expected.
class DialogWatchdog : public QObject
{
public:
    DialogWatchdog()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return;
            m_seen << QStringLiteral("%1: %2").arg(box->windowTitle(), box->text());
            box->reject();
        });
        m_timer.start(200);
    }
    const QStringList &seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

bool timeIsUp(const Options &o, int cycle, const QElapsedTimer &clock)
{
    if (o.cycles > 0 && cycle >= o.cycles)
        return true;
    return o.minutes > 0 && double(clock.elapsed()) >= o.minutes * 60000.0;
}

// The loop: a cycle, and every sampleEvery cycles a sample once the window has settled.
int soak(MainWindow &window, SoakDriver &driver, const Options &o, const DialogWatchdog &watchdog)
{
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    int cycle = 0;
    while (!timeIsUp(o, cycle, clock)) {
        if (!driver.runCycle(cycle, (cycle + 1) % o.sampleEvery == 0)) {
            say(QStringLiteral("FAIL: cycle %1: %2").arg(cycle).arg(driver.error()));
            return 1;
        }
        ++cycle;
        if (cycle % o.sampleEvery != 0)
            continue;
        if (!driver.settle()) {
            say(QStringLiteral("FAIL: cycle %1: %2").arg(cycle).arg(driver.error()));
            return 1;
        }
        samples << takeSample(window, cycle, double(clock.elapsed()) / 1000.0);
        say(samples.constLast().line());
    }
    const double minutes = double(clock.elapsed()) / 60000.0;
    say(QStringLiteral("%1 cycles in %2 min = %3 cycles/min; %4 saves, %5 exports cancelled (%6 finished first), "
                       "%7 reconnects")
            .arg(cycle)
            .arg(minutes, 0, 'f', 1)
            .arg(double(cycle) / qMax(minutes, 1e-6), 0, 'f', 0)
            .arg(driver.saves())
            .arg(driver.cancelledJobs())
            .arg(driver.finishedJobs())
            .arg(driver.reconnects()));
    if (!kJudgeRss)
        say(QStringLiteral("  (AddressSanitizer build: RSS is shown, not judged)"));
    const Verdict verdict
        = judge(samples, kJudgeRss ? o.rssLimitMb : 0,
            QThreadPool::globalInstance()->maxThreadCount() + ConnectionManager::Options().maxWorkers);
    for (const QString &line : verdict.summary)
        say(QStringLiteral("  ") + line);
    QStringList failures = verdict.failures;
    for (const QString &box : watchdog.seen())
        failures << QStringLiteral("a message box interrupted the run: ") + box;
    for (const QString &f : std::as_const(failures))
        say(QStringLiteral("FAIL: ") + f);
    if (failures.isEmpty())
        say(QStringLiteral("PASS: nothing grew after the warm-up"));
    return failures.isEmpty() ? 0 : 1;
}

int runEngine(const Options &o)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // a first start: no remembered layout or connection
    QTemporaryDir scratch;
    const QString storage = scratch.filePath(QStringLiteral("storage"));
    qputenv("STORAGE_PATH", storage.toLocal8Bit()); // the gallery's images live there
    if (o.engine == QLatin1String("postgresql") && !test::TestDatabase::postgresAvailable()) {
        say(QStringLiteral("[postgresql] CATALOG_TEST_PG_URL is not set (eval \"$(tests/pg/pgcluster.sh start)\")"));
        return qEnvironmentVariable("CI") == QLatin1String("true") ? 1 : kSkipped;
    }
    auto db = test::TestDatabase::create(o.engine, true);
    if (!db) {
        say(QStringLiteral("[%1] cannot create the database: %2").arg(o.engine, test::TestDatabase::lastError()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (const QString error = seedCatalog(*db, o.engine, o.rows, storage); !error.isEmpty()) {
        say(QStringLiteral("[%1] seeding failed: %2").arg(o.engine, error));
        return 1;
    }
    say(QStringLiteral("[%1] seeded %2 products in %3 s").arg(o.engine).arg(o.rows).arg(double(t.elapsed()) / 1000, 0, 'f', 1));
#if defined(__GLIBC__)
    // The million-row insert ran in this process (SQLite: in its heap); what it freed is given
    // back to the system, so the curve starts from what the window uses.
    malloc_trim(0);
#endif
    const DialogWatchdog watchdog;
    MainWindow window(db->connections());
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        say(QStringLiteral("[%1] the main window did not become active").arg(o.engine));
        return 1;
    }
    SoakDriver driver(window, db->config(), scratch.path(), Schedule {}, o.stepTimeoutS * 1000);
    const int status = soak(window, driver, o, watchdog);
    window.close();
    return status;
}

// --engine both: each engine in a child process, one after the other, output passed through.
int runChildren(const Options &o, const QStringList &arguments)
{
    int status = 0;
    for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
        QStringList args = arguments.mid(1);
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--engine") && i + 1 < args.size())
                args.remove(i, 2);
        }
        args << QStringLiteral("--engine") << engine;
        say(QStringLiteral("==== soak_gui: %1, %2 products").arg(engine).arg(o.rows));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(arguments.constFirst(), args);
        child.waitForFinished(-1);
        const int code = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
        say(QStringLiteral("==== %1: %2").arg(engine, code == 0 ? QStringLiteral("passed")
                                                       : code == kSkipped ? QStringLiteral("skipped")
                                                                          : QStringLiteral("FAILED")));
        if (code != 0 && (status == 0 || status == kSkipped))
            status = code;
    }
    return status;
}

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption engine(QStringLiteral("engine"), QStringLiteral("sqlite, postgresql or both."),
        QStringLiteral("name"), QStringLiteral("both"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Products to seed."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption cycles(QStringLiteral("cycles"), QStringLiteral("Cycles to run (0: until --minutes)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Minutes to run (0: until --cycles)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption every(QStringLiteral("sample-every"), QStringLiteral("Cycles between samples."),
        QStringLiteral("k"), QStringLiteral("10"));
    const QCommandLineOption rss(QStringLiteral("rss-limit-mb"),
        QStringLiteral("Allowed RSS growth over the last half."), QStringLiteral("mb"), QStringLiteral("20"));
    const QCommandLineOption timeout(QStringLiteral("step-timeout"),
        QStringLiteral("Seconds one step may take before the run fails."), QStringLiteral("s"), QStringLiteral("300"));
    parser.addOptions({ engine, rows, cycles, minutes, every, rss, timeout });
    parser.process(app);
    Options o;
    o.engine = parser.value(engine);
    o.rows = qMax<qint64>(1000, parser.value(rows).toLongLong());
    o.cycles = parser.value(cycles).toInt();
    o.minutes = parser.value(minutes).toDouble();
    o.sampleEvery = qMax(1, parser.value(every).toInt());
    o.rssLimitMb = parser.value(rss).toDouble();
    o.stepTimeoutS = qMax(1, parser.value(timeout).toInt());
    if (o.cycles <= 0 && o.minutes <= 0)
        o.cycles = 2000;
    return o;
}

QtMessageHandler s_defaultHandler = nullptr;

// The offscreen platform says "does not support propagateSizeHints()" at every window shown: noise
// in the curve's output, nothing about us. Everything else is passed on.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")))
        s_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    s_defaultHandler = qInstallMessageHandler(filterMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    const Options o = parse(app);
    if (o.engine == QLatin1String("both"))
        return runChildren(o, QCoreApplication::arguments());
    if (o.engine != QLatin1String("sqlite") && o.engine != QLatin1String("postgresql")) {
        say(QStringLiteral("--engine: sqlite, postgresql or both, not %1").arg(o.engine));
        return 2;
    }
    say(QStringLiteral("[%1] soak: %2 products, %3, a sample every %4 cycles")
            .arg(o.engine)
            .arg(o.rows)
            .arg(o.cycles > 0 ? QStringLiteral("%1 cycles").arg(o.cycles) : QStringLiteral("%1 min").arg(o.minutes))
            .arg(o.sampleEvery));
    return runEngine(o);
}
