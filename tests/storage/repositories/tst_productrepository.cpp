#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

Product makeProduct(const QString &sourceId, const QString &title = QStringLiteral("Stainless steel kettle"))
{
    Product p;
    p.sourceId = sourceId;
    p.title = title;
    p.priceMin = Decimal2::parse(QStringLiteral("12.50"));
    p.priceMax = Decimal2::parse(QStringLiteral("18.00"));
    p.moq = 10;
    p.mainImageUrl = QStringLiteral("https://img.example.com/%1/main.jpg").arg(sourceId);
    p.detailImages = QJsonArray { QStringLiteral("https://img.example.com/%1/1.jpg").arg(sourceId) };
    p.specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") }, { QStringLiteral("容量"), QStringLiteral("1.5L") } };
    p.salesCount = 120;
    p.rating = Decimal2::parse(QStringLiteral("4.75"));
    return p;
}

Supplier makeSupplier(const QString &sourceId, const QString &name = QStringLiteral("义乌市好运日用品厂"))
{
    Supplier s;
    s.sourceId = sourceId;
    s.name = name;
    s.companyName = QStringLiteral("Yiwu Haoyun Daily Goods Co., Ltd.");
    s.location = QStringLiteral("浙江 义乌");
    s.rating = Decimal2::parse(QStringLiteral("4.5"));
    return s;
}

} // namespace

class ProductRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateAndReadBackEveryField_data() { engines(); }
    void shouldCreateAndReadBackEveryField()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        const auto supplier = suppliers.create(makeSupplier(QStringLiteral("S1")));
        QVERIFY_OK(supplier);

        // Given a product with every field set
        Product p = makeProduct(QStringLiteral("P-1001"));
        p.subtitle = QStringLiteral("Subtitle with \"quotes\" and 'apostrophes'; DROP TABLE products;--");
        p.supplierId = supplier->id;
        p.currency = QStringLiteral("USD");
        // When it is created and read back by id and by source_id
        const auto created = products.create(p);
        QVERIFY_OK(created);
        const auto byId = products.findById(created->id);
        const auto bySource = products.findBySourceId(QStringLiteral("P-1001"));
        QVERIFY_OK(byId);
        QVERIFY_OK(bySource);
        // Then every field survives the round trip
        for (const Product &r : { byId.value(), bySource.value() }) {
            QCOMPARE(r.id, created->id);
            QCOMPARE(r.title, p.title);
            QCOMPARE(r.subtitle, p.subtitle);
            QCOMPARE(r.priceMin, p.priceMin);
            QCOMPARE(r.priceMax, p.priceMax);
            QCOMPARE(r.currency, QStringLiteral("USD"));
            QCOMPARE(r.moq, p.moq);
            QCOMPARE(r.mainImageUrl, p.mainImageUrl);
            QCOMPARE(r.detailImages, p.detailImages);
            QCOMPARE(r.specifications, p.specifications);
            QCOMPARE(r.supplierId, supplier->id);
            QCOMPARE(r.salesCount, p.salesCount);
            QCOMPARE(r.rating, p.rating);
            QCOMPARE(r.syncStatus, QStringLiteral("pending"));
            QCOMPARE(r.version, 1);
            QCOMPARE(r.updatedBy, QStringLiteral("tester"));
            QVERIFY(r.createdAt.isValid());
            QVERIFY(qAbs(r.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QVERIFY(!r.isDeleted());
        }
        // And the nullable fields stay NULL when not given
        Product bare;
        bare.sourceId = QStringLiteral("P-bare");
        bare.title = QStringLiteral("Bare");
        const auto stored = products.create(bare);
        QVERIFY_OK(stored);
        QVERIFY(stored->subtitle.isNull());
        QVERIFY(!stored->priceMin && !stored->moq && !stored->supplierId && !stored->rating);
        QVERIFY(stored->detailImages.isEmpty());
    }

    void shouldRefuseADuplicateSourceIdOnCreate_data() { engines(); }
    void shouldRefuseADuplicateSourceIdOnCreate()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QVERIFY_OK(products.create(makeProduct(QStringLiteral("dup"))));
        const auto second = products.create(makeProduct(QStringLiteral("dup")));
        QVERIFY(!second);
        QCOMPARE(second.error().kind, ErrorKind::Constraint);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 1);
    }

    void shouldRejectInvalidFieldsBeforeSql_data() { engines(); }
    void shouldRejectInvalidFieldsBeforeSql()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        Product p = makeProduct(QStringLiteral("bad"));
        p.priceMin = Decimal2::parse(QStringLiteral("30"));
        p.currency = QStringLiteral("XXY");
        const auto result = products.create(p);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Validation);
        QStringList fields;
        for (const FieldError &f : result.error().fields)
            fields << f.field;
        QCOMPARE(fields, QStringList({ QStringLiteral("price_min"), QStringLiteral("currency") }));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);
    }

    void shouldDetectAStaleVersionOnUpdate_data() { engines(); }
    void shouldDetectAStaleVersionOnUpdate()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        const auto created = products.create(makeProduct(QStringLiteral("P-lock")));
        QVERIFY_OK(created);
        // Given two operators who read version 1
        Product alice = created.value();
        Product bob = created.value();
        alice.title = QStringLiteral("Alice's title");
        bob.title = QStringLiteral("Bob's title");
        // When Alice saves first
        const auto saved = products.update(alice);
        QVERIFY_OK(saved);
        QCOMPARE(saved->version, 2);
        // Then Bob's save is a conflict, not a silent overwrite
        const auto conflict = products.update(bob);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, ErrorKind::Conflict);
        QVERIFY2(conflict.error().message.contains(QStringLiteral("version 2")), qPrintable(conflict.error().message));
        QCOMPARE(products.findById(created->id)->title, QStringLiteral("Alice's title"));
    }

    void shouldSoftDeleteRestoreAndHardDelete_data() { engines(); }
    void shouldSoftDeleteRestoreAndHardDelete()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        const auto created = products.create(makeProduct(QStringLiteral("P-del")));
        QVERIFY_OK(created);
        QCOMPARE(products.hardDelete(created->id).kind, ErrorKind::Conflict); // not deleted yet

        const auto deleted = products.softDelete(created->id, created->version);
        QVERIFY_OK(deleted);
        QVERIFY(deleted->isDeleted());
        QCOMPARE(products.count({}).value(), 0);
        ProductFilter all;
        all.deleted = DeletedFilter::DeletedOnly;
        QCOMPARE(products.count(all).value(), 1);

        Product edit = deleted.value();
        edit.title = QStringLiteral("edited while deleted");
        QCOMPARE(products.update(edit).error().kind, ErrorKind::Conflict);

        const auto restored = products.restore(deleted->id, deleted->version);
        QVERIFY_OK(restored);
        QVERIFY(!restored->isDeleted());
        QCOMPARE(products.count({}).value(), 1);

        const auto again = products.softDelete(restored->id, restored->version);
        QVERIFY_OK(again);
        db->exec(QStringLiteral("INSERT INTO images (product_id, url) VALUES (?, 'https://img.example.com/x.jpg')"),
                 { created->id });
        QVERIFY_OK(products.hardDelete(created->id));
        QCOMPARE(products.findById(created->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM images")).toInt(), 0); // cascaded
    }

    void shouldKeepHistoryAndRestoreAnOlderVersion_data() { engines(); }
    void shouldKeepHistoryAndRestoreAnOlderVersion()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        auto v1 = products.create(makeProduct(QStringLiteral("P-hist"), QStringLiteral("First title")));
        QVERIFY_OK(v1);
        Product edit = v1.value();
        edit.title = QStringLiteral("Second title");
        edit.priceMax = Decimal2::parse(QStringLiteral("99.90"));
        auto v2 = products.update(edit);
        QVERIFY_OK(v2);
        auto v3 = products.softDelete(v2->id, v2->version);
        QVERIFY_OK(v3);
        auto v4 = products.restore(v3->id, v3->version);
        QVERIFY_OK(v4);

        const auto history = products.history(v1->id);
        QVERIFY_OK(history);
        QStringList ops;
        for (const HistoryEntry &e : history.value())
            ops << e.operation;
        QCOMPARE(ops, QStringList({ QStringLiteral("restore"), QStringLiteral("delete"), QStringLiteral("update"),
                                    QStringLiteral("insert") }));
        const HistoryEntry &beforeUpdate = history->at(2);
        QCOMPARE(beforeUpdate.version, 1);
        QCOMPARE(beforeUpdate.changedBy, QStringLiteral("tester"));
        QCOMPARE(beforeUpdate.oldValues.value(QStringLiteral("title")).toString(), QStringLiteral("First title"));

        // Restoring version 1 writes its values back as a new version
        const auto restored = products.restoreVersion(v1->id, beforeUpdate.id, v4->version);
        QVERIFY_OK(restored);
        QCOMPARE(restored->title, QStringLiteral("First title"));
        QCOMPARE(restored->priceMax, Decimal2::parse(QStringLiteral("18.00")));
        QCOMPARE(restored->specifications, v1->specifications);
        QCOMPARE(restored->version, v4->version + 1);
        QCOMPARE(products.history(v1->id)->size(), 5);
        // A stale version is refused here too
        QCOMPARE(products.restoreVersion(v1->id, beforeUpdate.id, v4->version).error().kind, ErrorKind::Conflict);
    }

    void shouldFilterSortAndPage_data() { engines(); }
    void shouldFilterSortAndPage()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        const auto s1 = suppliers.create(makeSupplier(QStringLiteral("S1")));
        QVERIFY_OK(s1);
        QList<Product> batch;
        for (int i = 0; i < 57; ++i) {
            Product p = makeProduct(QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')),
                                    i % 3 == 0 ? QStringLiteral("Kettle %1 100%_off").arg(i) : QStringLiteral("Mug %1").arg(i));
            p.priceMin = Decimal2::fromHundredths(100 * i);
            p.priceMax = Decimal2::fromHundredths(100 * i + 50);
            p.syncStatus = i % 2 ? QStringLiteral("synced") : QStringLiteral("pending");
            if (i < 20)
                p.supplierSourceId = QStringLiteral("S1");
            batch << p;
        }
        QVERIFY_OK(products.upsert(batch));

        ProductFilter kettles;
        kettles.text = QStringLiteral("kettle");
        QCOMPARE(products.count(kettles).value(), 19);
        kettles.text = QStringLiteral("100%_");
        QCOMPARE(products.count(kettles).value(), 19); // % and _ are literal, not wildcards
        kettles.text = QStringLiteral("x%_");
        QCOMPARE(products.count(kettles).value(), 0);
        ProductFilter bySource;
        bySource.text = QStringLiteral("P010");
        QCOMPARE(products.count(bySource).value(), 1);
        ProductFilter hostile;
        hostile.text = QStringLiteral("'; DROP TABLE products; --\\");
        QCOMPARE(products.count(hostile).value(), 0);
        ProductFilter bySupplier;
        bySupplier.supplierId = s1->id;
        bySupplier.syncStatuses = { QStringLiteral("synced") };
        QCOMPARE(products.count(bySupplier).value(), 10);
        ProductFilter byPrice;
        byPrice.priceFrom = Decimal2::parse(QStringLiteral("10.60"));
        byPrice.priceTo = Decimal2::parse(QStringLiteral("20"));
        QCOMPARE(products.count(byPrice).value(), 10); // 11..20
        QVERIFY(products.count({}, CountMode::Estimated).value() > 0);

        // Keyset paging by title, descending, covers every row exactly once
        PageRequest page;
        page.sortColumn = QStringLiteral("title");
        page.order = Qt::DescendingOrder;
        page.limit = 10;
        QStringList seen;
        QString previous;
        for (int guard = 0; guard < 20; ++guard) {
            const auto result = products.list({}, page);
            QVERIFY_OK(result);
            for (const Product &p : result->rows) {
                if (!previous.isEmpty())
                    QVERIFY2(p.title <= previous, qPrintable(p.title + QStringLiteral(" after ") + previous));
                previous = p.title;
                seen << p.sourceId;
            }
            if (!result->next)
                break;
            page.after = result->next;
        }
        QCOMPARE(seen.size(), 57);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 57);

        // Keyset paging by updated_at, which the whole batch shares on PostgreSQL (one transaction's
        // now(), with microseconds): the cursor keeps every digit, so no row of the tie is lost
        PageRequest byUpdated;
        byUpdated.sortColumn = QStringLiteral("updated_at");
        byUpdated.order = Qt::DescendingOrder;
        byUpdated.limit = 10;
        PageRequest allByUpdated = byUpdated;
        allByUpdated.limit = 100;
        const auto expectedOrder = products.list({}, allByUpdated);
        QVERIFY_OK(expectedOrder);
        QList<qint64> ids;
        for (int guard = 0; guard < 20; ++guard) {
            const auto result = products.list({}, byUpdated);
            QVERIFY_OK(result);
            for (const Product &p : result->rows)
                ids << p.id;
            if (!result->next)
                break;
            byUpdated.after = result->next;
        }
        QList<qint64> expectedIds;
        for (const Product &p : expectedOrder->rows)
            expectedIds << p.id;
        QCOMPARE(ids, expectedIds);
        // A page's first key leads backwards: the opposite order after it yields the rows before it
        PageRequest third = allByUpdated;
        third.limit = 10;
        third.offset = 20;
        const auto thirdPage = products.list({}, third);
        QVERIFY_OK(thirdPage);
        QVERIFY(thirdPage->first);
        QCOMPARE(thirdPage->first->id, expectedIds.at(20));
        PageRequest before = third;
        before.order = Qt::AscendingOrder;
        before.offset = 0;
        before.after = thirdPage->first;
        const auto previousRows = products.list({}, before);
        QVERIFY_OK(previousRows);
        QCOMPARE(previousRows->rows.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(previousRows->rows.at(i).id, expectedIds.at(19 - i));

        // Offset paging by price (nullable column) ascending
        PageRequest byPriceDesc;
        byPriceDesc.sortColumn = QStringLiteral("price_min");
        byPriceDesc.limit = 5;
        byPriceDesc.offset = 5;
        const auto second = products.list({}, byPriceDesc);
        QVERIFY_OK(second);
        QCOMPARE(second->rows.first().priceMin, Decimal2::fromHundredths(500));
        // price_min pages by key too (issue 20: NULLs last): the page after the key is the next by offset
        QVERIFY(second->next);
        PageRequest byPriceKey = byPriceDesc;
        byPriceKey.offset = 0;
        byPriceKey.after = second->next;
        PageRequest byPriceOffset = byPriceDesc;
        byPriceOffset.offset = 10;
        const auto thirdByKey = products.list({}, byPriceKey);
        const auto thirdByOffset = products.list({}, byPriceOffset);
        QVERIFY_OK(thirdByKey);
        QVERIFY_OK(thirdByOffset);
        QCOMPARE(thirdByKey->rows.size(), thirdByOffset->rows.size());
        for (qsizetype i = 0; i < thirdByKey->rows.size(); ++i)
            QCOMPARE(thirdByKey->rows.at(i).id, thirdByOffset->rows.at(i).id);

        PageRequest evil;
        evil.sortColumn = QStringLiteral("title; DROP TABLE products");
        QCOMPARE(products.list({}, evil).error().kind, ErrorKind::Validation);
        PageRequest keysetOnNullable;
        keysetOnNullable.sortColumn = QStringLiteral("price_max");
        keysetOnNullable.after = KeysetCursor { 1, 1 };
        QCOMPARE(products.list({}, keysetOnNullable).error().kind, ErrorKind::Validation);
    }

    void shouldUpsertBySourceIdWithoutDuplicates_data() { engines(); }
    void shouldUpsertBySourceIdWithoutDuplicates()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        QVERIFY_OK(suppliers.create(makeSupplier(QStringLiteral("S1"))));
        QVERIFY_OK(suppliers.create(makeSupplier(QStringLiteral("S2"), QStringLiteral("Second"))));
        QList<Product> batch;
        for (int i = 0; i < 30; ++i) {
            Product p = makeProduct(QStringLiteral("U%1").arg(i));
            p.supplierSourceId = i < 20 ? QStringLiteral("S1") : QStringLiteral("S2");
            batch << p;
        }
        // First run inserts everything
        const auto first = products.upsert(batch);
        QVERIFY_OK(first);
        QCOMPARE(first->inserted, 30);
        QCOMPARE(first->updated, 0);
        // The same batch again changes nothing: no new version, no history
        const int historyBefore = db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toInt();
        const auto second = products.upsert(batch);
        QVERIFY_OK(second);
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 30);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_history")).toInt(), historyBefore);
        QCOMPARE(db->scalar(QStringLiteral("SELECT max(version) FROM products")).toInt(), 1);
        // Changed rows are updated in place; a repeated source_id in one batch takes its last row
        batch[0].title = QStringLiteral("Changed");
        batch[1].supplierSourceId = QStringLiteral("S2");
        Product repeat = batch[2];
        repeat.title = QStringLiteral("Last wins");
        batch << repeat;
        const auto third = products.upsert(batch);
        QVERIFY_OK(third);
        QCOMPARE(third->inserted, 0);
        QCOMPARE(third->updated, 3);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 30);
        QCOMPARE(products.findBySourceId(QStringLiteral("U2"))->title, QStringLiteral("Last wins"));
        QCOMPARE(products.findBySourceId(QStringLiteral("U0"))->version, 2);
        // product_count follows the moved product
        QCOMPARE(suppliers.findBySourceId(QStringLiteral("S1"))->productCount, 19);
        QCOMPARE(suppliers.findBySourceId(QStringLiteral("S2"))->productCount, 11);
    }

    // A row the validator passed but the database refuses (here a supplier id that does not
    // exist) fails the whole batch, writes nothing, and is named where the engine allows.
    void shouldWriteNothingWhenTheDatabaseRefusesARow_data() { engines(); }
    void shouldWriteNothingWhenTheDatabaseRefusesARow()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QList<Product> batch { makeProduct(QStringLiteral("A")), makeProduct(QStringLiteral("B")),
            makeProduct(QStringLiteral("C")) };
        batch[1].supplierId = 999999;
        const auto result = products.upsert(batch, ProductRepository::Validation::Done);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Constraint);
        if (engine == QLatin1String("sqlite"))
            QVERIFY2(result.error().message.contains(QLatin1String("Row 2 (B)")),
                qPrintable(result.error().message));
        else
            QVERIFY2(
                result.error().message.contains(QLatin1String("999999")), qPrintable(result.error().message));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);
        // The connection is usable again and the good rows go in on their own
        batch.removeAt(1);
        const auto retried = products.upsert(batch);
        QVERIFY_OK(retried);
        QCOMPARE(retried->inserted, 2);
    }

    void shouldRejectAWholeBatchWhenOneRowIsBad_data() { engines(); }
    void shouldRejectAWholeBatchWhenOneRowIsBad()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QList<Product> batch { makeProduct(QStringLiteral("A")), makeProduct(QStringLiteral("B")), makeProduct(QStringLiteral("C")) };
        batch[1].moq = 0;
        batch[2].supplierSourceId = QStringLiteral("nope");
        auto result = products.upsert(batch);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Validation);
        QCOMPARE(result.error().fields.size(), 1);
        QCOMPARE(result.error().fields[0].row, 1);
        QCOMPARE(result.error().fields[0].sourceId, QStringLiteral("B"));
        QCOMPARE(result.error().fields[0].field, QStringLiteral("moq"));
        batch[1].moq = 5;
        result = products.upsert(batch); // now only the unknown supplier is wrong
        QVERIFY(!result);
        QCOMPARE(result.error().fields[0].field, QStringLiteral("supplier_source_id"));
        QCOMPARE(result.error().fields[0].row, 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 0);
    }

    void shouldKeepProductCountTrue_data() { engines(); }
    void shouldKeepProductCountTrue()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        const auto s1 = suppliers.create(makeSupplier(QStringLiteral("S1")));
        const auto s2 = suppliers.create(makeSupplier(QStringLiteral("S2"), QStringLiteral("Other")));
        QVERIFY_OK(s1);
        QVERIFY_OK(s2);
        Product p = makeProduct(QStringLiteral("C1"));
        p.supplierId = s1->id;
        auto a = products.create(p);
        p.sourceId = QStringLiteral("C2");
        auto b = products.create(p);
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        QCOMPARE(suppliers.findById(s1->id)->productCount, 2);
        Product moved = b.value();
        moved.supplierId = s2->id;
        QVERIFY_OK(products.update(moved));
        QCOMPARE(suppliers.findById(s1->id)->productCount, 1);
        QCOMPARE(suppliers.findById(s2->id)->productCount, 1);
        auto deleted = products.softDelete(a->id, a->version);
        QVERIFY_OK(deleted);
        QCOMPARE(suppliers.findById(s1->id)->productCount, 0);
        QVERIFY_OK(products.restore(a->id, deleted->version));
        QCOMPARE(suppliers.findById(s1->id)->productCount, 1);
        // Count bookkeeping does not show up as supplier edits
        QCOMPARE(suppliers.history(s1->id)->size(), 1);
        QCOMPARE(suppliers.findById(s1->id)->version, 1);
    }

    void shouldSetSyncStatusInBatch_data() { engines(); }
    void shouldSetSyncStatusInBatch()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QList<Product> batch;
        for (int i = 0; i < 1200; ++i)
            batch << makeProduct(QStringLiteral("S%1").arg(i));
        QVERIFY_OK(products.upsert(batch));
        const auto page = products.list({}, PageRequest { QStringLiteral("id"), Qt::AscendingOrder, 700 });
        QVERIFY_OK(page);
        QList<qint64> ids;
        for (const Product &p : page->rows)
            ids << p.id;
        const auto changed = products.setSyncStatus(ids, QStringLiteral("synced"));
        QVERIFY_OK(changed);
        QCOMPARE(changed.value(), 700);
        QCOMPARE(products.setSyncStatus(ids, QStringLiteral("synced")).value(), 0);
        ProductFilter synced;
        synced.syncStatuses = { QStringLiteral("synced") };
        QCOMPARE(products.count(synced).value(), 700);
        QCOMPARE(products.setSyncStatus(ids, QStringLiteral("done")).error().kind, ErrorKind::Validation);
    }

    void shouldRefreshStatisticsAfterABulkImport_data() { engines(); }
    void shouldRefreshStatisticsAfterABulkImport()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QList<Product> batch;
        for (int i = 0; i < 300; ++i) {
            Product p;
            p.sourceId = QStringLiteral("bulk-%1").arg(i);
            p.title = QStringLiteral("Bulk %1").arg(i);
            batch << p;
        }
        QVERIFY_OK(products.upsert(batch));
        QVERIFY_OK(products.refreshStatistics());
        if (db->config().engine == Engine::PostgreSQL)
            QCOMPARE(db->scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'products'")).toInt(), 300);
    }
};

CATALOG_TEST_GUILESS_MAIN(ProductRepositoryTest)
#include "tst_productrepository.moc"
