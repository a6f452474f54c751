// Fault: failover. A primary and a synchronous streaming standby of the suite's own
// (tests/pg/pgcluster.sh start + standby); every client connects through one multi-host URL with
// target_session_attrs=read-write, so libpq — not this program — picks the server. While the
// product model holds an unsaved edit, an import job is mid-way and catalogctl imports in a loop,
// the primary is killed (immediate stop, like a crash) and the standby promoted. Afterwards: the
// connections reach the new primary within 5 s of the promotion, the edit saves, the import's
// committed batches are there and a rerun converges to the catalog the same work gives without a
// failover, and no row any client saw committed is lost.
// The standby is synchronous (synchronous_standby_names = '*'): with asynchronous replication
// PostgreSQL itself may lose the last acknowledged commits at a failover (RPO > 0), which no client
// can prevent. PostgreSQL only; skipped (failed under CI=true) without the cluster script.
#include "ctlrun.h"
#include "faultsupport.h"
#include "producttablemodel.h"
#include "productcsv.h"
#include "replicatedcluster.h"
#include "repositories/productrepository.h"
#include "schema/migrator.h"
#include "transfer/productimporter.h"

#include "testdatabase.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

using namespace catalog;
using namespace catalog::test;

namespace {

constexpr int kSeedRows = 200;
constexpr int kJobRows = 60000;
constexpr int kBatch = 500;
const QString kEdited = QStringLiteral("Edited across a failover");

QStringList rowsOf(ConnectionManager &connections, const QString &statement)
{
    QStringList rows;
    auto db = connections.connection();
    if (!db)
        return { QStringLiteral("ERROR ") + db.error().toString() };
    QSqlQuery q(db.value());
    if (!q.exec(statement))
        return { QStringLiteral("ERROR ") + statement };
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

// The catalog as the import and the edit leave it, without the catalogctl loop's rows.
QStringList catalogRows(ConnectionManager &connections)
{
    return rowsOf(connections,
        QStringLiteral("SELECT p.source_id, p.title, p.price_min, p.price_max, p.specifications, p.version, "
                       "p.deleted_at IS NULL, s.source_id, "
                       "(SELECT count(*) FROM product_history h WHERE h.product_id = p.id) "
                       "FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id "
                       "WHERE p.source_id NOT LIKE 'LOOP-%' ORDER BY p.source_id"));
}

QSet<QString> sourceIds(ConnectionManager &connections)
{
    const QStringList rows = rowsOf(connections, QStringLiteral("SELECT source_id FROM products"));
    return QSet<QString>(rows.cbegin(), rows.cend());
}

// catalogctl import of one new product at a time through the multi-host URL, until stopped: the
// source_ids of the runs that exited 0 are what this client saw committed.
class CtlLoop
{
public:
    CtlLoop(QString url, QString dir)
        : m_url(std::move(url))
        , m_dir(std::move(dir))
    {
        m_clock.start();
    }
    ~CtlLoop() { stop(); }
    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QSet<QString> committed() const
    {
        const std::lock_guard lock(m_mutex);
        return m_committed;
    }
    int successesAfter(qint64 ms) const
    {
        const std::lock_guard lock(m_mutex);
        return int(std::count_if(m_okAt.cbegin(), m_okAt.cend(), [ms](qint64 t) { return t > ms; }));
    }
    int runs() const { return m_runs; }
    qint64 now() const { return m_clock.elapsed(); }

private:
    void loop()
    {
        for (int i = 0; !m_stop; ++i) {
            const QString id = QStringLiteral("LOOP-%1").arg(i, 5, 10, QLatin1Char('0'));
            const QString path = QStringLiteral("%1/%2.csv").arg(m_dir, id);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return;
            file.write(QStringLiteral("source_id,title\n%1,Loop product %1\n").arg(id).toUtf8());
            file.close();
            const CtlRun run = runProgram(QStringLiteral(CATALOGCTL_PATH),
                { QStringLiteral("--database"), m_url, QStringLiteral("import"), path },
                QProcessEnvironment::systemEnvironment(), 120000);
            ++m_runs;
            if (run.exitCode == 0) {
                const std::lock_guard lock(m_mutex);
                m_committed.insert(id);
                m_okAt.append(m_clock.elapsed());
            }
        }
    }

    QString m_url;
    QString m_dir;
    QElapsedTimer m_clock;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_runs { 0 };
    mutable std::mutex m_mutex;
    QSet<QString> m_committed;
    QList<qint64> m_okAt;
};

} // namespace

class FaultFailoverTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_record.finish(); }

    void shouldMoveEveryClientToThePromotedStandbyWithoutLosingCommittedRows()
    {
        m_record.begin(QStringLiteral("PostgreSQL failover (kill primary, promote standby) under model + import + catalogctl loop"),
            QStringLiteral("postgresql"));
        if (!ReplicatedCluster::available())
            m_record.skip(QStringLiteral("no cluster script"));
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        ReplicatedCluster cluster;
        QVERIFY2(cluster.startOwnPair(), qPrintable(cluster.error()));
        QVERIFY2(cluster.makeStandbySynchronous(), qPrintable(cluster.error()));
        const QString url = cluster.multiUrl() + QStringLiteral("?target_session_attrs=read-write&connect_timeout=3");
        const auto config = ConnectionConfig::fromUrl(url);
        QVERIFY_OK(config);
        QVERIFY(config->isMultiHost());

        QTemporaryDir dir;
        const QString seedCsv = dir.filePath(QStringLiteral("seed.csv"));
        const QString jobCsv = dir.filePath(QStringLiteral("job.csv"));
        QVERIFY(writeProductCsv(seedCsv, QStringLiteral("SEED"), kSeedRows));
        QVERIFY(writeProductCsv(jobCsv, QStringLiteral("JOB"), kJobRows));

        // Declared before the manager: the import job on its workers uses them until it is joined.
        std::atomic<qint64> committedJobRows { 0 };
        ProductImporter::Options options;
        options.batchSize = kBatch;
        ConnectionManager connections(config.value());
        QVERIFY_OK(Migrator(connections).migrate());
        QVERIFY_OK(ProductImporter(connections).importFile(seedCsv, {}));
        QCOMPARE(connections.reachedServer().port, cluster.primaryPort());

        // The operator's unsaved edit in the product model
        ProductTableModel model(connections);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle() && model.rowCount() == kSeedRows, 30000);
        model.sort(ProductTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle() && model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool(), 30000);
        const qint64 editedId = model.data(model.index(0, 0), PagedTableModel::RecordIdRole).toLongLong();
        const QString editedSourceId = model.data(model.index(0, ProductTableModel::SourceIdColumn)).toString();
        QVERIFY(model.setData(model.index(0, ProductTableModel::TitleColumn), kEdited));
        QCOMPARE(model.pendingChangeCount(), 1);

        // The import job, on a worker; what its progress reported is what it saw committed
        QFuture<Result<ProductImporter::Report>> job = QtConcurrent::run(&connections.workers(), [&] {
            return ProductImporter(connections).importFile(jobCsv, options, [&](qint64 rows, qint64, qint64) {
                if (rows > 0)
                    committedJobRows = rows;
                return true;
            });
        });
        CtlLoop loop(url, dir.path());
        loop.start();
        QTRY_VERIFY_WITH_TIMEOUT(committedJobRows >= 4 * kBatch && loop.committed().size() >= 2, 180000);
        QVERIFY2(!job.isFinished(), "the import ended before the failover: make the job file bigger");

        // The failover
        m_record.addRun();
        const QSet<QString> committedBefore = sourceIds(connections);
        QElapsedTimer sinceKill;
        sinceKill.start();
        const qint64 killedAt = loop.now();
        QVERIFY2(cluster.killPrimary(), qPrintable(cluster.error()));
        QVERIFY2(cluster.promoteStandby(), qPrintable(cluster.error()));
        const qint64 promotedAfterMs = sinceKill.elapsed();
        QElapsedTimer sincePromotion;
        sincePromotion.start();
        const auto onNewPrimary = [&] {
            const HealthReport health = connections.checkHealth();
            return health.healthy && health.server.port == cluster.standbyPort() && !health.server.standby;
        };
        QTRY_VERIFY_WITH_TIMEOUT(onNewPrimary(), 5000);
        const qint64 reachedAfterMs = sincePromotion.elapsed();
        qInfo("primary killed; promotion done after %lld ms; connections on the new primary %lld ms after it",
            promotedAfterMs, reachedAfterMs);
        QVERIFY2(reachedAfterMs < 5000, qPrintable(QString::number(reachedAfterMs)));

        // The pending edit saves on the new primary
        QCOMPARE(model.pendingChangeCount(), 1);
        QSignalSpy saved(&model, &PagedTableModel::saved);
        QSignalSpy saveFailed(&model, &PagedTableModel::saveFailed);
        model.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + saveFailed.count() > 0, 60000);
        QVERIFY2(saved.count() == 1, qPrintable(saveFailed.value(0).value(0).toString()));
        QCOMPARE(model.pendingChangeCount(), 0);

        // The import ends, completed or failed with a reason; its committed batches are there
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 300000);
        const Result<ProductImporter::Report> report = job.result();
        qInfo().noquote() << "import across the failover:"
                          << (report ? QStringLiteral("completed") : redactSecrets(report.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(loop.successesAfter(killedAt) >= 2, 120000);
        loop.stop();

        // No committed row lost: what was there before the kill, the import's reported batches,
        // catalogctl's successful runs and the saved edit.
        const QSet<QString> after = sourceIds(connections);
        QSet<QString> expected = committedBefore + loop.committed();
        for (qint64 i = 0; i < committedJobRows; ++i)
            expected.insert(QStringLiteral("JOB-%1").arg(i, 6, 10, QLatin1Char('0')));
        const QSet<QString> lost = expected - after;
        m_record.addRowsLost(lost.size());
        QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.cbegin(), lost.cend()).mid(0, 10).join(u' ')));
        QCOMPARE(rowsOf(connections, QStringLiteral("SELECT title FROM products WHERE id = %1").arg(editedId)),
            QStringList { kEdited });

        // A rerun converges to the same work without a failover (a fresh database on the new primary)
        const auto rerun = ProductImporter(connections).importFile(jobCsv, options);
        m_record.addRun();
        QVERIFY_OK(rerun);
        QVERIFY(rowsOf(connections, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = 'reference'")).isEmpty());
        QCOMPARE(rowsOf(connections, QStringLiteral("CREATE DATABASE reference")), QStringList {});
        ConnectionConfig referenceConfig = config.value();
        referenceConfig.database = QStringLiteral("reference");
        ConnectionManager reference(referenceConfig);
        QVERIFY_OK(Migrator(reference).migrate());
        QVERIFY_OK(ProductImporter(reference).importFile(seedCsv, {}));
        QVERIFY_OK(ProductImporter(reference).importFile(jobCsv, options));
        {
            ProductRepository products(reference);
            auto stored = products.findBySourceId(editedSourceId);
            QVERIFY_OK(stored);
            Product edited = stored.value();
            edited.title = kEdited;
            QVERIFY_OK(products.update(edited));
        }
        const QStringList want = catalogRows(reference);
        const QStringList got = catalogRows(connections);
        qint64 missing = 0;
        const QSet<QString> gotSet(got.cbegin(), got.cend());
        for (const QString &row : want)
            missing += gotSet.contains(row) ? 0 : 1;
        m_record.addRowsLost(missing);
        m_record.setDetail(QStringLiteral("promoted %1 ms after the kill, clients on it %2 ms later; import %3; catalogctl runs %4")
                               .arg(promotedAfterMs)
                               .arg(reachedAfterMs)
                               .arg(report ? QStringLiteral("completed") : QStringLiteral("failed, rerun converged"))
                               .arg(loop.runs()));
        QCOMPARE(got.size(), want.size());
        QCOMPARE(got, want);
        QCOMPARE(rowsOf(connections, QStringLiteral("SELECT count(*) FROM sync_records WHERE status = 'running'")),
            QStringList { QStringLiteral("0") });
    }

private:
    FaultRecord m_record;
};

CATALOG_TEST_MAIN(FaultFailoverTest)
#include "tst_fault_failover.moc"
