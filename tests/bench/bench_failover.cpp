// Failover as a client sees it: the recovery time (RTO) from the primary's death to the first
// successful write through a multi-host URL (target_session_attrs=read-write), and the write gap
// (the longest time without a successful write). Asserts nothing about time.
//
//   bench_failover [--rounds N] [--sync]
//
// Each round starts a primary and a streaming standby of its own (tests/pg/pgcluster.sh start +
// standby; needs CATALOG_TEST_PG_CTL), runs a writer (one INSERT per transaction through a
// ConnectionManager, one attempt per write, a failed write tried again after 10 ms), kills the
// primary (immediate stop) and promotes the standby with the script right after. It prints the
// promotion time, the RTO from the kill and from the promotion, the write gap, and how many writes
// the client saw committed that the new primary does not have (asynchronous replication may lose
// the last ones; --sync makes the standby synchronous first). The promotion here follows the kill
// at once: a real deployment adds its failure detection before it (Patroni: the leader key's TTL,
// 30 s by default, plus loop_wait; pg_auto_failover: its health checks), so its RTO is that much
// longer.

#include "benchsupport.h"
#include "db/connectionmanager.h"
#include "replicatedcluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

using namespace catalog;
using namespace catalog::test;
using namespace catalog::bench;

namespace {

struct RoundResult
{
    qint64 promoteMs = 0; // kill -> promotion done (the script)
    qint64 rtoFromKillMs = -1; // kill -> first successful write
    qint64 rtoFromPromotionMs = -1; // promotion done -> first successful write
    qint64 gapMs = -1; // the longest time between two successful writes around the failover
    int acknowledged = 0;
    int lost = 0; // acknowledged writes the new primary does not have
};

// One write; the port of the server that acknowledged it, or 0 when it failed.
int insertOne(ConnectionManager &connections, int value)
{
    const Result<int> port = connections.run<int>([value](QSqlDatabase &db) -> Result<int> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO failover_probe (value) VALUES (%1) RETURNING inet_server_port()")
                    .arg(value))
            || !q.next())
            return StorageError::make(ErrorKind::ConnectionLost, q.lastError().text());
        return q.value(0).toInt();
    });
    return port ? port.value() : 0;
}

std::optional<RoundResult> runRound(bool synchronous)
{
    ReplicatedCluster cluster;
    if (!cluster.startOwnPair() || (synchronous && !cluster.makeStandbySynchronous())
        || !cluster.execOnPrimary(QStringLiteral("CREATE TABLE failover_probe (value integer PRIMARY KEY)"))) {
        say(QStringLiteral("cannot set up the cluster: %1").arg(cluster.error()));
        return std::nullopt;
    }
    const auto config = ConnectionConfig::fromUrl(
        cluster.multiUrl() + QStringLiteral("?target_session_attrs=read-write&connect_timeout=2"));
    if (!config) {
        say(config.error().toString());
        return std::nullopt;
    }
    ConnectionManager::Options options;
    options.maxAttempts = 1; // every attempt is seen by the loop, which measures
    ConnectionManager connections(config.value(), options);

    QElapsedTimer clock;
    clock.start();
    std::mutex mutex;
    struct Ack
    {
        qint64 at;
        int value;
        int port;
    };
    QList<Ack> acknowledged;
    std::atomic<bool> stop { false };
    std::thread writer([&] {
        for (int value = 1; !stop; ++value) {
            if (const int port = insertOne(connections, value); port > 0) {
                const std::lock_guard lock(mutex);
                acknowledged.append({ clock.elapsed(), value, port });
            } else {
                QThread::msleep(10);
            }
        }
        connections.releaseThreadConnection();
    });
    const auto writesAfter = [&](qint64 t) {
        const std::lock_guard lock(mutex);
        return std::count_if(acknowledged.cbegin(), acknowledged.cend(), [t](const Ack &a) { return a.at > t; });
    };
    while (writesAfter(0) < 200 && clock.elapsed() < 60000)
        QThread::msleep(10);
    RoundResult r;
    const qint64 killedAt = clock.elapsed();
    if (!cluster.killPrimary() || !cluster.promoteStandby()) {
        stop = true;
        writer.join();
        say(cluster.error());
        return std::nullopt;
    }
    const qint64 promotedAt = clock.elapsed();
    r.promoteMs = promotedAt - killedAt;
    while (writesAfter(promotedAt) < 50 && clock.elapsed() - killedAt < 120000)
        QThread::msleep(10);
    stop = true;
    writer.join();

    // The RTO ends with the first write the new primary (the promoted standby) acknowledged.
    qint64 previous = 0;
    for (const Ack &a : std::as_const(acknowledged)) {
        if (a.port == cluster.standbyPort() && r.rtoFromKillMs < 0) {
            r.rtoFromKillMs = a.at - killedAt;
            r.rtoFromPromotionMs = a.at - promotedAt;
        }
        if (previous > 0)
            r.gapMs = qMax(r.gapMs, a.at - previous);
        previous = a.at;
    }
    r.acknowledged = int(acknowledged.size());
    // What the new primary holds of what the writer saw committed.
    const Result<QList<int>> values = connections.run<QList<int>>([](QSqlDatabase &db) -> Result<QList<int>> {
        QSqlQuery q(db);
        QList<int> list;
        if (!q.exec(QStringLiteral("SELECT value FROM failover_probe")))
            return StorageError::make(ErrorKind::ConnectionLost, q.lastError().text());
        while (q.next())
            list << q.value(0).toInt();
        return list;
    });
    if (!values) {
        say(QStringLiteral("cannot read the new primary: %1").arg(values.error().toString()));
        return std::nullopt;
    }
    const QSet<int> stored(values->cbegin(), values->cend());
    for (const auto &a : std::as_const(acknowledged))
        r.lost += stored.contains(a.value) ? 0 : 1;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false\ncatalog.*.warning=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Failovers to measure."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption syncOption(QStringLiteral("sync"), QStringLiteral("Make the standby synchronous."));
    parser.addOptions({ roundsOption, syncOption });
    parser.process(app);
    if (!ReplicatedCluster::available()) {
        say(QStringLiteral("bench_failover: %1; skipped").arg(ReplicatedCluster::unavailableReason()));
        return 0;
    }
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const bool synchronous = parser.isSet(syncOption);
    say(QStringLiteral("bench_failover: %1 rounds, %2 replication; load average %3 at start")
            .arg(rounds)
            .arg(synchronous ? QStringLiteral("synchronous") : QStringLiteral("asynchronous"), loadAverage()));
    QList<qint64> rto;
    QList<qint64> gaps;
    int failed = 0;
    for (int i = 1; i <= rounds; ++i) {
        const std::optional<RoundResult> r = runRound(synchronous);
        if (!r || r->rtoFromKillMs < 0) {
            say(QStringLiteral("round %1: no write succeeded after the failover").arg(i));
            ++failed;
            continue;
        }
        rto << r->rtoFromKillMs;
        gaps << r->gapMs;
        say(QStringLiteral("round %1: promotion %2 ms after the kill; RTO (client view) %3 ms from the kill, %4 ms "
                           "from the promotion; write gap %5 ms; %6 writes acknowledged, %7 lost")
                .arg(i)
                .arg(r->promoteMs)
                .arg(r->rtoFromKillMs)
                .arg(r->rtoFromPromotionMs)
                .arg(r->gapMs)
                .arg(r->acknowledged)
                .arg(r->lost));
    }
    if (!rto.isEmpty()) {
        std::sort(rto.begin(), rto.end());
        std::sort(gaps.begin(), gaps.end());
        say(QStringLiteral("median RTO %1 ms (min %2, max %3), median write gap %4 ms; load average %5 at end")
                .arg(rto.at(rto.size() / 2))
                .arg(rto.first())
                .arg(rto.last())
                .arg(gaps.at(gaps.size() / 2))
                .arg(loadAverage()));
    }
    say(QStringLiteral("The promotion here follows the kill at once; a real deployment adds its failure detection "
                       "before it (Patroni: the leader key's TTL, 30 s by default; pg_auto_failover: its health "
                       "checks), so its RTO is longer by that much."));
    return failed == 0 ? 0 : 1;
}
