#include "bulk/bulkupdatejob.h"
#include "fixtures.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonDocument>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

Decimal2 money(const char *text)
{
    return *Decimal2::parse(QString::fromLatin1(text));
}

Product priced(const QString &sourceId, const char *low, const char *high)
{
    Product p = minimalProduct(sourceId);
    p.priceMin = low ? std::optional<Decimal2>(money(low)) : std::nullopt;
    p.priceMax = high ? std::optional<Decimal2>(money(high)) : std::nullopt;
    return p;
}

qint64 historyRows(TestDatabase &db, qint64 productId)
{
    return db
        .scalar(QStringLiteral(
                    "SELECT count(*) FROM product_history WHERE product_id = ? AND operation <> 'insert'"),
            { productId })
        .toLongLong();
}

// Every stored row of the tables a bulk edit may touch, as one string: equal strings, equal tables.
QString checksum(TestDatabase &db)
{
    ProductRepository products(db.connections());
    ProductFilter all;
    all.deleted = DeletedFilter::All;
    PageRequest page;
    page.limit = 1000;
    const auto rows = products.list(all, page);
    QString text;
    for (const Product &p : rows.value().rows)
        text += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                    .arg(p.id)
                    .arg(p.priceMin ? p.priceMin->toString() : QString())
                    .arg(p.priceMax ? p.priceMax->toString() : QString())
                    .arg(p.syncStatus, p.currency)
                    .arg(p.version)
                    .arg(QString::fromUtf8(QJsonDocument(p.specifications).toJson(QJsonDocument::Compact)))
                    .arg(p.updatedAt.toString(Qt::ISODateWithMs))
                    .arg(p.isDeleted());
    for (const char *table : { "product_history", "sync_records", "supplier_history" })
        text += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toString()
            + u'\n';
    text += db.scalar(QStringLiteral("SELECT coalesce(sum(product_count), 0) FROM suppliers")).toString();
    return text;
}

BulkEdit percent(const char *value)
{
    BulkEdit e;
    e.priceMode = BulkEdit::PriceMode::Percent;
    e.priceValue = money(value);
    return e;
}

} // namespace

class BulkUpdateJobTest : public QObject
{
    Q_OBJECT

private:
    QList<Product> seed(TestDatabase &db, const QList<Product> &rows)
    {
        QList<Product> stored;
        ProductRepository repo(db.connections());
        for (const Product &p : rows) {
            const auto created = repo.create(p);
            if (!created)
                qFatal("seed: %s", qPrintable(created.error().toString()));
            stored << created.value();
        }
        return stored;
    }

private slots:
    // Given prices, when adjusted by +8 %, then both ends are rounded to cents half away from zero as
    // Decimal2 does, the range stays ordered, and each changed product has one history row and a new
    // version; a product without prices is left alone.
    void shouldAdjustPricesByPercentInTheDatabase_data() { engines(); }
    void shouldAdjustPricesByPercentInTheDatabase()
    {
        OPEN_TEST_DATABASE(db);
        const QList<Product> rows = seed(*db,
            { priced(QStringLiteral("p1"), "1.00", "2.00"), priced(QStringLiteral("p2"), "0.25", "12.35"),
                priced(QStringLiteral("p3"), "0.05", "0.05"), priced(QStringLiteral("p4"), nullptr, nullptr),
                priced(QStringLiteral("p5"), "99.99", "1234567.89") });
        const BulkEdit edit = percent("8");
        const auto report = BulkUpdateJob(db->connections()).run({}, edit, { .batchSize = 2 });
        QVERIFY_OK(report);
        QCOMPARE(report->matched, 5);
        QCOMPARE(report->changed, 3); // p3: 0.054 rounds back to 0.05; p4: no price
        QCOMPARE(report->unchanged, 2);
        QCOMPARE(report->refusedCount, 0);
        ProductRepository repo(db->connections());
        for (const Product &before : rows) {
            const Product after = repo.findById(before.id).value();
            QCOMPARE(after.priceMin.has_value(), before.priceMin.has_value());
            if (before.priceMin) {
                QCOMPARE(after.priceMin->toString(), edit.adjustedPrice(*before.priceMin).toString());
                QCOMPARE(after.priceMax->toString(), edit.adjustedPrice(*before.priceMax).toString());
                QVERIFY(*after.priceMin <= *after.priceMax);
            }
            const bool changed = after.priceMin != before.priceMin || after.priceMax != before.priceMax;
            QCOMPARE(after.version, before.version + (changed ? 1 : 0));
            QCOMPARE(historyRows(*db, before.id), changed ? 1 : 0);
        }
        QCOMPARE(repo.findById(rows[1].id)->priceMin->toString(), QStringLiteral("0.27")); // 0.27 exactly
        QCOMPARE(repo.findById(rows[1].id)->priceMax->toString(), QStringLiteral("13.34")); // 13.338
        QCOMPARE(repo.findById(rows[4].id)->priceMax->toString(), QStringLiteral("1333333.32")); // .3212
    }

    // Half a cent rounds away from zero on both engines (NUMERIC round; SQLite's integer cents).
    void shouldRoundHalfACentAwayFromZero_data() { engines(); }
    void shouldRoundHalfACentAwayFromZero()
    {
        OPEN_TEST_DATABASE(db);
        const QList<Product> rows = seed(*db, { priced(QStringLiteral("h1"), "0.25", "0.75") });
        const BulkEdit edit = percent("2"); // 0.255 and 0.765
        QVERIFY_OK(BulkUpdateJob(db->connections()).run({}, edit, {}));
        const Product after = ProductRepository(db->connections()).findById(rows[0].id).value();
        QCOMPARE(after.priceMin->toString(), QStringLiteral("0.26"));
        QCOMPARE(after.priceMax->toString(), QStringLiteral("0.77"));
        QCOMPARE(edit.adjustedPrice(money("0.25")).toString(), QStringLiteral("0.26"));
    }

    // The filtered set is read from the database, not from what a grid loaded: every matching row is
    // changed, across batches, and rows outside the filter are untouched.
    void shouldEditTheWholeFilteredSetInBatches_data() { engines(); }
    void shouldEditTheWholeFilteredSetInBatches()
    {
        OPEN_TEST_DATABASE(db);
        QList<Product> input;
        for (int i = 0; i < 30; ++i) {
            Product p = minimalProduct(QStringLiteral("f%1").arg(i));
            p.syncStatus = i % 3 == 0 ? QStringLiteral("failed") : QStringLiteral("pending");
            input << p;
        }
        const QList<Product> rows = seed(*db, input);
        BulkScope scope;
        scope.filter.syncStatuses = { QStringLiteral("pending") };
        BulkEdit edit;
        edit.syncStatus = QStringLiteral("synced");
        edit.moq = 12;
        QList<qint64> seen;
        const auto report = BulkUpdateJob(db->connections())
                                .run(scope, edit, { .batchSize = 7 }, [&](qint64 done, qint64 matched) {
                                    seen << done;
                                    return matched == 20;
                                });
        QVERIFY_OK(report);
        QCOMPARE(report->matched, 20);
        QCOMPARE(report->changed, 20);
        QCOMPARE(report->batches, 3);
        QCOMPARE(seen, (QList<qint64> { 0, 7, 14, 20 }));
        ProductRepository repo(db->connections());
        for (int i = 0; i < rows.size(); ++i) {
            const Product after = repo.findById(rows[i].id).value();
            QCOMPARE(after.syncStatus, i % 3 == 0 ? QStringLiteral("failed") : QStringLiteral("synced"));
            QCOMPARE(*after.moq, i % 3 == 0 ? 1 : 12);
            QCOMPARE(after.version, i % 3 == 0 ? 1 : 2);
        }
        BulkScope selection;
        selection.ids = QList<qint64> { rows[1].id, rows[3].id, rows[4].id }; // rows[3] is "failed"
        selection.filter.syncStatuses = { QStringLiteral("synced") };
        edit.moq = 7;
        const auto selected = BulkUpdateJob(db->connections()).run(selection, edit, {});
        QVERIFY_OK(selected);
        QCOMPARE(selected->matched, 2);
        QCOMPARE(selected->changed, 2);
        QCOMPARE(*repo.findById(rows[3].id)->moq, 1);
        QCOMPARE(*repo.findById(rows[4].id)->moq, 7);
    }

    // A value set to what a product has already changes nothing: no version, no history.
    void shouldLeaveProductsThatAlreadyHaveTheValues_data() { engines(); }
    void shouldLeaveProductsThatAlreadyHaveTheValues()
    {
        OPEN_TEST_DATABASE(db);
        Product a = minimalProduct(QStringLiteral("s1"));
        a.specifications = QJsonObject { { QStringLiteral("colour"), QStringLiteral("red") } };
        Product b = minimalProduct(QStringLiteral("s2"));
        b.syncStatus = QStringLiteral("synced");
        const QList<Product> rows = seed(*db, { a, b });
        BulkEdit edit;
        edit.syncStatus = QStringLiteral("pending");
        edit.currency = QStringLiteral("CNY");
        edit.specMode = BulkEdit::SpecMode::Set;
        edit.specKey = QStringLiteral("colour");
        edit.specValue = QStringLiteral("red");
        const auto report = BulkUpdateJob(db->connections()).run({}, edit, {});
        QVERIFY_OK(report);
        QCOMPARE(report->changed, 1); // s2: sync_status and the specification
        QCOMPARE(report->unchanged, 1);
        ProductRepository repo(db->connections());
        QCOMPARE(repo.findById(rows[0].id)->version, 1);
        QCOMPARE(historyRows(*db, rows[0].id), 0);
        const Product s2 = repo.findById(rows[1].id).value();
        QCOMPARE(s2.version, 2);
        QCOMPARE(s2.syncStatus, QStringLiteral("pending"));
        QCOMPARE(s2.specifications.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
        QCOMPARE(historyRows(*db, rows[1].id), 1);
        const auto again = BulkUpdateJob(db->connections()).run({}, edit, {});
        QVERIFY_OK(again);
        QCOMPARE(again->changed, 0);
    }

    // Set, rename and remove a specification key, with keys a JSON path would need quoting for.
    void shouldSetRenameAndRemoveSpecifications_data() { engines(); }
    void shouldSetRenameAndRemoveSpecifications()
    {
        OPEN_TEST_DATABASE(db);
        Product a = minimalProduct(QStringLiteral("k1"));
        a.specifications = QJsonObject { { QStringLiteral("a.b \"c\""), QStringLiteral("x") },
            { QStringLiteral("size"), QJsonObject { { QStringLiteral("w"), 3 } } },
            { QStringLiteral("keep"), 1 } };
        Product b = minimalProduct(QStringLiteral("k2"));
        b.specifications = QJsonObject { { QStringLiteral("size"), QStringLiteral("L") },
            { QStringLiteral("dimensions"), QStringLiteral("taken") } };
        const QList<Product> rows = seed(*db, { a, b });
        BulkUpdateJob job(db->connections());
        BulkEdit rename;
        rename.specMode = BulkEdit::SpecMode::Rename;
        rename.specKey = QStringLiteral("size");
        rename.specValue = QStringLiteral("dimensions");
        const auto renamed = job.run({}, rename, {});
        QVERIFY_OK(renamed);
        QCOMPARE(renamed->changed, 1);
        QCOMPARE(renamed->refusedCount, 1); // k2 has "dimensions" already
        QCOMPARE(renamed->refused.value(0).sourceId, QStringLiteral("k2"));
        QCOMPARE(renamed->refused.value(0).reason,
            QStringLiteral("it has a specification \"dimensions\" already"));
        ProductRepository repo(db->connections());
        QJsonObject k1 = repo.findById(rows[0].id)->specifications;
        QCOMPARE(k1.value(QStringLiteral("dimensions")).toObject().value(QStringLiteral("w")).toInt(), 3);
        QVERIFY(!k1.contains(QStringLiteral("size")));
        QCOMPARE(k1.value(QStringLiteral("keep")).toInt(), 1);

        BulkEdit set;
        set.specMode = BulkEdit::SpecMode::Set;
        set.specKey = QStringLiteral("a.b \"c\"");
        set.specValue = QStringLiteral("y");
        QCOMPARE(job.run({}, set, {})->changed, 2);
        BulkEdit remove;
        remove.specMode = BulkEdit::SpecMode::Remove;
        remove.specKey = QStringLiteral("a.b \"c\"");
        QCOMPARE(job.run({}, remove, {})->changed, 2);
        k1 = repo.findById(rows[0].id)->specifications;
        QVERIFY(!k1.contains(QStringLiteral("a.b \"c\"")));
        QCOMPARE(k1.size(), 2);
        QCOMPARE(repo.findById(rows[1].id)->specifications,
            (QJsonObject { { QStringLiteral("size"), QStringLiteral("L") },
                { QStringLiteral("dimensions"), QStringLiteral("taken") } }));
        QCOMPARE(repo.findById(rows[1].id)->version, 3); // set, remove; the refused rename wrote nothing
    }

    // product_count stays what a count of the active products says through a supplier change, a
    // delete and a restore of the whole set.
    void shouldKeepProductCountsTrue_data() { engines(); }
    void shouldKeepProductCountsTrue()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        Supplier sa;
        sa.sourceId = QStringLiteral("SA");
        sa.name = QStringLiteral("Alpha");
        Supplier sb = sa;
        sb.sourceId = QStringLiteral("SB");
        sb.name = QStringLiteral("Beta");
        const qint64 alpha = suppliers.create(sa)->id;
        const qint64 beta = suppliers.create(sb)->id;
        QList<Product> input;
        for (int i = 0; i < 5; ++i) {
            Product p = minimalProduct(QStringLiteral("c%1").arg(i));
            p.supplierId = i < 4 ? std::optional<qint64>(alpha) : std::nullopt;
            input << p;
        }
        seed(*db, input);
        auto countsAreTrue = [&] {
            return db->scalar(QStringLiteral("SELECT count(*) FROM suppliers s WHERE s.product_count <> "
                                             "(SELECT count(*) FROM products p WHERE p.supplier_id = s.id "
                                             "AND p.deleted_at IS NULL)"))
                       .toLongLong()
                == 0;
        };
        auto countOf = [&](qint64 id) { return suppliers.findById(id)->productCount; };
        BulkUpdateJob job(db->connections());
        BulkEdit move;
        move.supplierId = beta;
        QCOMPARE(job.run({}, move, { .batchSize = 2 })->changed, 5);
        QCOMPARE(countOf(alpha), 0);
        QCOMPARE(countOf(beta), 5);
        QVERIFY(countsAreTrue());
        BulkEdit remove;
        remove.state = BulkEdit::State::Delete;
        BulkScope some;
        some.filter.text = QStringLiteral("c1");
        QCOMPARE(job.run(some, remove, {})->changed, 1);
        QCOMPARE(countOf(beta), 4);
        QCOMPARE(job.run({}, remove, { .batchSize = 3 })->changed, 4);
        QCOMPARE(countOf(beta), 0);
        QVERIFY(countsAreTrue());
        BulkEdit restore;
        restore.state = BulkEdit::State::Restore;
        BulkScope deleted;
        deleted.filter.deleted = DeletedFilter::DeletedOnly;
        const auto restored = job.run(deleted, restore, {});
        QVERIFY_OK(restored);
        QCOMPARE(restored->changed, 5);
        QCOMPARE(countOf(beta), 5);
        QVERIFY(countsAreTrue());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE operation = 'delete'"))
                     .toInt(),
            5);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM product_history WHERE operation = 'restore'"))
                .toInt(),
            5);
    }

    // Rules refuse rows in the database: those rows stay as they were and are reported with the
    // reason; every other row of the set is written.
    void shouldReportRefusedRowsAndWriteTheRest_data() { engines(); }
    void shouldReportRefusedRowsAndWriteTheRest()
    {
        OPEN_TEST_DATABASE(db);
        const QList<Product> rows = seed(*db,
            { priced(QStringLiteral("r1"), "1.00", "2.00"), priced(QStringLiteral("r2"), "10.00", "20.00"),
                priced(QStringLiteral("r3"), "4.00", "5.00"), priced(QStringLiteral("r4"), "3.00", "9.00"),
                priced(QStringLiteral("r5"), "50000000.00", "90000000.00") });
        ProductRepository repo(db->connections());
        QVERIFY_OK(repo.softDelete(rows[3].id, 1));
        BulkEdit cut;
        cut.priceMode = BulkEdit::PriceMode::Amount;
        cut.priceValue = money("-4.50");
        BulkScope all;
        all.filter.deleted = DeletedFilter::All;
        const auto report = BulkUpdateJob(db->connections()).run(all, cut, { .batchSize = 2 });
        QVERIFY_OK(report);
        QCOMPARE(report->matched, 5);
        QCOMPARE(report->changed, 2);
        QCOMPARE(report->refusedCount, 3);
        QCOMPARE(report->refused.size(), 3);
        QCOMPARE(report->refused[0].sourceId, QStringLiteral("r1"));
        QCOMPARE(report->refused[0].id, rows[0].id);
        QCOMPARE(report->refused[0].reason, QStringLiteral("the price would fall below 0"));
        QCOMPARE(report->refused[1].sourceId, QStringLiteral("r3"));
        QCOMPARE(report->refused[2].reason, QStringLiteral("the product is deleted: restore it to edit it"));
        QCOMPARE(repo.findById(rows[0].id)->priceMin->toString(), QStringLiteral("1.00"));
        QCOMPARE(repo.findById(rows[0].id)->version, 1);
        QCOMPARE(historyRows(*db, rows[0].id), 0);
        QCOMPARE(repo.findById(rows[1].id)->priceMin->toString(), QStringLiteral("5.50"));
        QCOMPARE(repo.findById(rows[1].id)->priceMax->toString(), QStringLiteral("15.50"));
        QCOMPARE(repo.findById(rows[3].id)->priceMin->toString(), QStringLiteral("3.00"));

        BulkEdit toNowhere;
        toNowhere.supplierId = 987654;
        const auto missing = BulkUpdateJob(db->connections()).run({}, toNowhere, {});
        QVERIFY_OK(missing);
        QCOMPARE(missing->changed, 0);
        QCOMPARE(missing->refusedCount, 4);
        QCOMPARE(missing->refused[0].reason, QStringLiteral("there is no supplier with id 987654"));

        QVERIFY_OK(repo.restore(rows[3].id, 2));
        const auto doubled = BulkUpdateJob(db->connections()).run({}, percent("100"), {});
        QVERIFY_OK(doubled);
        QCOMPARE(doubled->changed, 4);
        QCOMPARE(doubled->refusedCount, 1);
        QCOMPARE(doubled->refused[0].sourceId, QStringLiteral("r5"));
        QCOMPARE(doubled->refused[0].reason, QStringLiteral("the price would exceed 99999999.99"));
        QCOMPARE(repo.findById(rows[4].id)->priceMax->toString(), QStringLiteral("89999995.50"));
        QCOMPARE(repo.findById(rows[3].id)->priceMax->toString(), QStringLiteral("18.00"));
    }

    // A cancel between batches leaves the committed batches written and the rest untouched; the
    // journal says cancelled.
    void shouldStopBetweenBatchesWhenCancelled_data() { engines(); }
    void shouldStopBetweenBatchesWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QList<Product> input;
        for (int i = 0; i < 10; ++i)
            input << minimalProduct(QStringLiteral("x%1").arg(i));
        const QList<Product> rows = seed(*db, input);
        BulkEdit edit;
        edit.syncStatus = QStringLiteral("failed");
        const auto report
            = BulkUpdateJob(db->connections()).run({}, edit, { .batchSize = 3 }, [](qint64 done, qint64) {
                  return done < 6;
              });
        QVERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->batches, 2);
        QCOMPARE(report->changed, 6);
        ProductRepository repo(db->connections());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(repo.findById(rows[i].id)->syncStatus,
                i < 6 ? QStringLiteral("failed") : QStringLiteral("pending"));
        const auto job = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(job);
        QCOMPARE(job->kind, JobKind::BulkEdit);
        QCOMPARE(job->status, JobStatus::Cancelled);
        QCOMPARE(job->totalCount, 10);
        QCOMPARE(job->successCount, 6);
    }

    // A dry run counts what would change and be refused, and writes nothing at all.
    void shouldWriteNothingOnADryRun_data() { engines(); }
    void shouldWriteNothingOnADryRun()
    {
        OPEN_TEST_DATABASE(db);
        seed(*db,
            { priced(QStringLiteral("d1"), "1.00", "2.00"), priced(QStringLiteral("d2"), "10.00", "20.00"),
                priced(QStringLiteral("d3"), nullptr, nullptr) });
        const QString before = checksum(*db);
        BulkEdit cut;
        cut.priceMode = BulkEdit::PriceMode::Amount;
        cut.priceValue = money("-5");
        cut.moq = 3;
        const auto report = BulkUpdateJob(db->connections()).run({}, cut, { .batchSize = 1, .dryRun = true });
        QVERIFY_OK(report);
        QVERIFY(report->dryRun);
        QCOMPARE(report->matched, 3);
        QCOMPARE(report->changed, 2); // d2, d3 (moq)
        QCOMPARE(report->refusedCount, 1); // d1
        QCOMPARE(report->syncRecordId, 0);
        QCOMPARE(checksum(*db), before);
    }

    // A real run journals itself: kind bulk_edit, completed, the counts and the refused rows.
    void shouldJournalTheJob_data() { engines(); }
    void shouldJournalTheJob()
    {
        OPEN_TEST_DATABASE(db);
        seed(*db,
            { priced(QStringLiteral("j1"), "1.00", "2.00"), priced(QStringLiteral("j2"), "10.00", "20.00") });
        BulkEdit cut;
        cut.priceMode = BulkEdit::PriceMode::Amount;
        cut.priceValue = money("-5");
        const auto report = BulkUpdateJob(db->connections()).run({}, cut, {});
        QVERIFY_OK(report);
        const auto job = SyncRecordRepository(db->connections()).findById(report->syncRecordId);
        QVERIFY_OK(job);
        QCOMPARE(job->kind, JobKind::BulkEdit);
        QCOMPARE(job->status, JobStatus::Completed);
        QCOMPARE(job->totalCount, 2);
        QCOMPARE(job->successCount, 1);
        QCOMPARE(job->errorCount, 1);
        QCOMPARE(job->errorDetails.size(), 1);
        QCOMPARE(job->errorDetails.at(0).toObject().value(QStringLiteral("source_id")).toString(),
            QStringLiteral("j1"));
    }

    // The preview is computed by the database with the job's expressions: its "after" is what the
    // job then writes.
    void shouldPreviewWhatTheJobWrites_data() { engines(); }
    void shouldPreviewWhatTheJobWrites()
    {
        OPEN_TEST_DATABASE(db);
        QList<Product> input;
        for (int i = 0; i < 8; ++i)
            input << priced(QStringLiteral("v%1").arg(i), "1.15", "3.35");
        input[0].priceMin = money("0.10");
        input[0].priceMax = money("0.20");
        const QList<Product> rows = seed(*db, input);
        BulkEdit edit = percent("-12.5");
        edit.currency = QStringLiteral("USD");
        BulkUpdateJob job(db->connections());
        QCOMPARE(job.count({}).value(), 8);
        const auto preview = job.preview({}, edit, 5);
        QVERIFY_OK(preview);
        QCOMPARE(preview->size(), 5);
        QCOMPARE(preview->at(0).before.sourceId, QStringLiteral("v0"));
        QCOMPARE(preview->at(0).before.priceMin->toString(), QStringLiteral("0.10"));
        QCOMPARE(preview->at(0).before.currency, QStringLiteral("CNY"));
        QCOMPARE(preview->at(0).after.currency, QStringLiteral("USD"));
        QVERIFY(preview->at(0).refusal.isEmpty());
        QVERIFY_OK(job.run({}, edit, {}));
        ProductRepository repo(db->connections());
        for (const BulkPreviewRow &row : preview.value()) {
            const Product stored = repo.findById(row.before.id).value();
            QCOMPARE(stored.priceMin->toString(), row.after.priceMin->toString());
            QCOMPARE(stored.priceMax->toString(), row.after.priceMax->toString());
            QCOMPARE(stored.currency, row.after.currency);
        }
        QCOMPARE(repo.findById(rows[1].id)->priceMin->toString(), QStringLiteral("1.01")); // 1.00625
    }

    // The UPDATE computes from the row as it is when it runs: a change someone saved after the job
    // read the ids is kept, and the job's change is applied on top (two versions).
    void shouldKeepAConcurrentChange_data() { engines(); }
    void shouldKeepAConcurrentChange()
    {
        OPEN_TEST_DATABASE(db);
        QList<Product> input;
        for (int i = 0; i < 4; ++i)
            input << priced(QStringLiteral("w%1").arg(i), "10.00", "20.00");
        const QList<Product> rows = seed(*db, input);
        ProductRepository repo(db->connections());
        const auto report
            = BulkUpdateJob(db->connections())
                  .run({}, percent("10"), { .batchSize = 2 }, [&](qint64 done, qint64) {
                      if (done == 2) { // between the batches: someone edits a row of the second one
                          Product other = repo.findById(rows[3].id).value();
                          other.title = QStringLiteral("Edited meanwhile");
                          other.priceMin = money("11.00");
                          if (!repo.update(other))
                              return false;
                      }
                      return true;
                  });
        QVERIFY_OK(report);
        QCOMPARE(report->changed, 4);
        const Product after = repo.findById(rows[3].id).value();
        QCOMPARE(after.title, QStringLiteral("Edited meanwhile"));
        QCOMPARE(after.priceMin->toString(), QStringLiteral("12.10"));
        QCOMPARE(after.priceMax->toString(), QStringLiteral("22.00"));
        QCOMPARE(after.version, 3);
    }

    void shouldRefuseInvalidEditsUpFront()
    {
        BulkEdit nothing;
        QCOMPARE(nothing.validate().kind, ErrorKind::Validation);
        QVERIFY(nothing.validate().message.contains(QStringLiteral("changes nothing")));
        BulkEdit status;
        status.syncStatus = QStringLiteral("done");
        QCOMPARE(status.validate().fields.value(0).field, QStringLiteral("sync_status"));
        BulkEdit tooLow = percent("-100.01");
        QCOMPARE(tooLow.validate().fields.value(0).field, QStringLiteral("price"));
        QVERIFY(percent("-100").validate().ok());
        BulkEdit currency;
        currency.currency = QStringLiteral("XXQ");
        QCOMPARE(currency.validate().fields.value(0).field, QStringLiteral("currency"));
        BulkEdit moq;
        moq.moq = 0;
        QCOMPARE(moq.validate().fields.value(0).field, QStringLiteral("moq"));
        BulkEdit rename;
        rename.specMode = BulkEdit::SpecMode::Rename;
        rename.specKey = QStringLiteral("a");
        rename.specValue = QStringLiteral("a");
        QVERIFY(rename.validate().fields.value(0).message.contains(QStringLiteral("same")));
        BulkEdit emptyKey;
        emptyKey.specMode = BulkEdit::SpecMode::Remove;
        QCOMPARE(emptyKey.validate().fields.value(0).field, QStringLiteral("specifications"));
    }
};

CATALOG_TEST_MAIN(BulkUpdateJobTest)
#include "tst_bulkupdatejob.moc"
