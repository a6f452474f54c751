#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

Supplier makeSupplier(const QString &sourceId, const QString &name)
{
    Supplier s;
    s.sourceId = sourceId;
    s.name = name;
    s.companyName = name + QStringLiteral(" Co., Ltd.");
    s.contactInfo = QJsonObject { { QStringLiteral("phone"), QStringLiteral("+86 579 8500 0000") } };
    s.location = QStringLiteral("广东 深圳");
    s.rating = Decimal2::parse(QStringLiteral("4.20"));
    return s;
}

} // namespace

class SupplierRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripAndLockOptimistically_data() { engines(); }
    void shouldRoundTripAndLockOptimistically()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        const auto created = suppliers.create(makeSupplier(QStringLiteral("S-1"), QStringLiteral("深圳市华强电子")));
        QVERIFY_OK(created);
        const auto read = suppliers.findBySourceId(QStringLiteral("S-1"));
        QVERIFY_OK(read);
        QCOMPARE(read->name, QStringLiteral("深圳市华强电子"));
        QCOMPARE(read->contactInfo, created->contactInfo);
        QCOMPARE(read->rating, Decimal2::parse(QStringLiteral("4.2")));
        QCOMPARE(read->productCount, 0);

        Supplier first = read.value();
        Supplier second = read.value();
        first.location = QStringLiteral("广东 广州");
        QVERIFY_OK(suppliers.update(first));
        second.name = QStringLiteral("stale");
        QCOMPARE(suppliers.update(second).error().kind, ErrorKind::Conflict);

        const auto history = suppliers.history(created->id);
        QVERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        const auto restored = suppliers.restoreVersion(created->id, history->first().id, 2);
        QVERIFY_OK(restored);
        QCOMPARE(restored->location, QStringLiteral("广东 深圳"));
    }

    void shouldKeepCountsWithoutHistoryAndEditsWithHistory_data() { engines(); }
    void shouldKeepCountsWithoutHistoryAndEditsWithHistory()
    {
        // Given a supplier with products coming and going
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        const auto supplier = suppliers.create(makeSupplier(QStringLiteral("S-H"), QStringLiteral("义乌小商品")));
        QVERIFY_OK(supplier);
        Product p;
        p.sourceId = QStringLiteral("P-H");
        p.title = QStringLiteral("Counted");
        p.supplierId = supplier->id;
        const auto product = products.create(p);
        QVERIFY_OK(product);
        QVERIFY_OK(products.softDelete(product->id, product->version));
        Product other = p;
        other.sourceId = QStringLiteral("P-H2");
        QVERIFY_OK(products.create(other));
        // When the supplier itself is edited
        Supplier edit = suppliers.findById(supplier->id).value();
        QCOMPARE(edit.productCount, 1);
        edit.location = QStringLiteral("浙江 金华");
        QVERIFY_OK(suppliers.update(edit));
        // Then its history has the creation and the edit only, and the count is right
        const auto history = suppliers.history(supplier->id);
        QVERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(suppliers.findById(supplier->id)->productCount, 1);
    }

    void shouldGuardDeletionOfSuppliersWithProducts_data() { engines(); }
    void shouldGuardDeletionOfSuppliersWithProducts()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        ProductRepository products(db->connections());
        const auto s = suppliers.create(makeSupplier(QStringLiteral("S-2"), QStringLiteral("Busy")));
        QVERIFY_OK(s);
        Product p;
        p.sourceId = QStringLiteral("P-1");
        p.title = QStringLiteral("Widget");
        p.supplierId = s->id;
        const auto product = products.create(p);
        QVERIFY_OK(product);
        // Active products block a soft delete
        const auto refused = suppliers.softDelete(s->id, s->version);
        QCOMPARE(refused.error().kind, ErrorKind::Constraint);
        QVERIFY(refused.error().message.contains(QStringLiteral("1 products")));
        // Once the product is deleted the supplier can be, but not removed while referenced
        QVERIFY_OK(products.softDelete(product->id, product->version));
        const auto deleted = suppliers.softDelete(s->id, s->version);
        QVERIFY_OK(deleted);
        QCOMPARE(suppliers.hardDelete(s->id).kind, ErrorKind::Constraint);
        QVERIFY_OK(products.hardDelete(product->id));
        QVERIFY_OK(suppliers.hardDelete(s->id));
        QCOMPARE(suppliers.findById(s->id).error().kind, ErrorKind::NotFound);
    }

    void shouldListFilterAndUpsert_data() { engines(); }
    void shouldListFilterAndUpsert()
    {
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        QList<Supplier> batch;
        for (int i = 0; i < 25; ++i)
            batch << makeSupplier(QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')),
                                  i % 5 == 0 ? QStringLiteral("Ningbo Plastics %1").arg(i) : QStringLiteral("Yiwu Trade %1").arg(i));
        const auto first = suppliers.upsert(batch);
        QVERIFY_OK(first);
        QCOMPARE(first->inserted, 25);
        batch[3].name = QStringLiteral("Renamed");
        const auto second = suppliers.upsert(batch);
        QVERIFY_OK(second);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->unchanged, 24);

        SupplierFilter ningbo;
        ningbo.text = QStringLiteral("ningbo");
        QCOMPARE(suppliers.count(ningbo).value(), 5);
        PageRequest page;
        page.sortColumn = QStringLiteral("name");
        page.limit = 7;
        int seen = 0;
        for (int guard = 0; guard < 10; ++guard) {
            const auto result = suppliers.list({}, page);
            QVERIFY_OK(result);
            seen += result->rows.size();
            if (!result->next)
                break;
            page.after = result->next;
        }
        QCOMPARE(seen, 25);
        page = PageRequest {};
        page.sortColumn = QStringLiteral("name desc");
        QCOMPARE(suppliers.list({}, page).error().kind, ErrorKind::Validation);
    }

    void shouldPageByUpdateTimeKeepingEveryRowOfATie_data() { engines(); }
    void shouldPageByUpdateTimeKeepingEveryRowOfATie()
    {
        // Given suppliers written in one batch: on PostgreSQL they share one transaction's now(),
        // microseconds included
        OPEN_TEST_DATABASE(db);
        SupplierRepository suppliers(db->connections());
        QList<Supplier> batch;
        for (int i = 0; i < 25; ++i)
            batch << makeSupplier(QStringLiteral("T%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Tie %1").arg(i));
        QVERIFY_OK(suppliers.upsert(batch));
        PageRequest all;
        all.sortColumn = QStringLiteral("updated_at");
        all.order = Qt::DescendingOrder;
        all.limit = 100;
        const auto expected = suppliers.list({}, all);
        QVERIFY_OK(expected);
        QList<qint64> expectedIds;
        for (const Supplier &s : expected->rows)
            expectedIds << s.id;
        QCOMPARE(expectedIds.size(), 25);

        // When paging by key, 7 rows at a time
        PageRequest page = all;
        page.limit = 7;
        QList<qint64> ids;
        for (int guard = 0; guard < 10; ++guard) {
            const auto result = suppliers.list({}, page);
            QVERIFY_OK(result);
            for (const Supplier &s : result->rows)
                ids << s.id;
            if (!result->next)
                break;
            page.after = result->next;
        }

        // Then every row comes exactly once, in order; and a page's first key leads backwards
        QCOMPARE(ids, expectedIds);
        PageRequest second = all;
        second.limit = 7;
        second.offset = 7;
        const auto secondPage = suppliers.list({}, second);
        QVERIFY_OK(secondPage);
        QVERIFY(secondPage->first);
        QCOMPARE(secondPage->first->id, expectedIds.at(7));
        PageRequest before = second;
        before.order = Qt::AscendingOrder;
        before.offset = 0;
        before.after = secondPage->first;
        const auto previous = suppliers.list({}, before);
        QVERIFY_OK(previous);
        QCOMPARE(previous->rows.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(previous->rows.at(i).id, expectedIds.at(6 - i));
    }
};

CATALOG_TEST_GUILESS_MAIN(SupplierRepositoryTest)
#include "tst_supplierrepository.moc"
