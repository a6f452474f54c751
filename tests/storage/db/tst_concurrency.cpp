#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace catalog;
using namespace catalog::test;

// 100 threads, each on its own connection, doing mixed CRUD and upserts on overlapping
// source_ids at the same time. Afterwards no row may be lost or duplicated and every supplier's
// product_count must equal its products.
class ConcurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoseAndDuplicateNothingUnderLoad_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldLoseAndDuplicateNothingUnderLoad()
    {
        constexpr int threads = 100;
        constexpr int opsPerThread = 20;
        constexpr int sharedIds = 150;
        ConnectionManager::Options options;
        options.maxConnections = threads + 5;
        options.maxAttempts = 12;
        options.acquireTimeout = std::chrono::milliseconds(60000);
        OPEN_TEST_DATABASE(db, true, options);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        QList<qint64> supplierIds;
        for (int i = 0; i < 20; ++i) {
            Supplier s;
            s.sourceId = QStringLiteral("S%1").arg(i);
            s.name = QStringLiteral("Supplier %1").arg(i);
            const auto created = suppliers.create(s);
            QVERIFY_OK(created);
            supplierIds << created->id;
        }

        QMutex mutex;
        QSet<QString> created; // source_ids whose create or upsert committed
        QStringList unexpected;
        int conflicts = 0;
        auto work = [&](int thread) {
            QRandomGenerator rng(quint32(thread + 1));
            for (int op = 0; op < opsPerThread; ++op) {
                const int choice = int(rng.bounded(5));
                StorageError error;
                QStringList committed;
                if (choice == 0) {
                    Product p;
                    p.sourceId = QStringLiteral("T%1-%2").arg(thread).arg(op);
                    p.title = QStringLiteral("Thread %1 product %2").arg(thread).arg(op);
                    p.supplierId = supplierIds.at(int(rng.bounded(supplierIds.size())));
                    const auto r = products.create(p);
                    if (r)
                        committed << p.sourceId;
                    else
                        error = r.error();
                } else if (choice == 1) {
                    QList<Product> batch;
                    for (int k = 0; k < 5; ++k) {
                        Product p;
                        p.sourceId = QStringLiteral("shared-%1").arg(rng.bounded(sharedIds));
                        p.title = QStringLiteral("Shared, written by %1").arg(thread);
                        p.supplierSourceId = QStringLiteral("S%1").arg(rng.bounded(20));
                        batch << p;
                    }
                    const auto r = products.upsert(batch);
                    if (r) {
                        for (const Product &p : batch)
                            committed << p.sourceId;
                    } else {
                        error = r.error();
                    }
                } else {
                    const auto target = products.findBySourceId(QStringLiteral("shared-%1").arg(rng.bounded(sharedIds)));
                    if (!target) {
                        if (target.error().kind != ErrorKind::NotFound)
                            error = target.error();
                    } else if (choice == 2) {
                        Product edit = target.value();
                        edit.supplierId = supplierIds.at(int(rng.bounded(supplierIds.size())));
                        edit.salesCount = int(rng.bounded(1000));
                        const auto r = products.update(edit);
                        if (!r)
                            error = r.error();
                    } else if (choice == 3) {
                        const auto r = target->isDeleted() ? products.restore(target->id, target->version)
                                                           : products.softDelete(target->id, target->version);
                        if (!r)
                            error = r.error();
                    } else {
                        const auto r = products.list({}, PageRequest { QStringLiteral("updated_at"), Qt::DescendingOrder, 20 });
                        if (!r)
                            error = r.error();
                    }
                }
                QMutexLocker lock(&mutex);
                for (const QString &id : committed)
                    created.insert(id);
                if (error.kind == ErrorKind::Conflict)
                    ++conflicts; // optimistic locking doing its job
                else if (!error.ok())
                    unexpected << errorKindName(error.kind) + QStringLiteral(": ") + error.toString();
            }
        };
        QList<QThread *> workers;
        for (int t = 0; t < threads; ++t)
            workers << QThread::create(work, t);
        for (QThread *w : workers)
            w->start();
        for (QThread *w : workers) {
            QVERIFY(w->wait(300000));
            delete w;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 5).join(QLatin1Char('\n'))));
        qInfo() << "committed source_ids:" << created.size() << "optimistic-lock conflicts:" << conflicts;

        // No row lost: every committed source_id is there
        QSet<QString> stored;
        PageRequest page;
        page.sortColumn = QStringLiteral("source_id");
        page.limit = 1000;
        ProductFilter all;
        all.deleted = DeletedFilter::All;
        for (;;) {
            const auto result = products.list(all, page);
            QVERIFY_OK(result);
            for (const Product &p : result->rows)
                stored.insert(p.sourceId);
            if (!result->next)
                break;
            page.after = result->next;
        }
        for (const QString &id : created)
            QVERIFY2(stored.contains(id), qPrintable(id + QStringLiteral(" was lost")));
        // No row duplicated
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), stored.size());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(DISTINCT source_id) FROM products")).toInt(), stored.size());
        // product_count is true for every supplier
        QCOMPARE(db->scalar(QStringLiteral(
                         "SELECT count(*) FROM suppliers s WHERE s.product_count <> (SELECT count(*) FROM products p "
                         "WHERE p.supplier_id = s.id AND p.deleted_at IS NULL)")).toInt(),
                 0);
        QVERIFY(db->scalar(QStringLiteral("SELECT sum(product_count) FROM suppliers")).toInt() > 0);
    }
};

CATALOG_TEST_GUILESS_MAIN(ConcurrencyTest)
#include "tst_concurrency.moc"
