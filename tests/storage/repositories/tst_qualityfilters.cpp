#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "fixtures.h"
#include "repositories/productfilter_p.h"
#include "repositories/productrepository.h"
#include "repositories/qualityrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>

using namespace catalog;
using namespace catalog::test;

namespace {

// A product without any problem: a supplier, a main image stored, specifications, a long title,
// a narrow price range, written just now.
Product cleanProduct(const QString &sourceId, qint64 supplierId)
{
    Product p = minimalProduct(sourceId, QStringLiteral("Stainless steel kettle %1").arg(sourceId));
    p.supplierId = supplierId;
    p.mainImageUrl = QStringLiteral("https://img.example.com/%1.jpg").arg(sourceId);
    p.specifications = QJsonObject { { QStringLiteral("color"), QStringLiteral("red") } };
    return p;
}

QSet<QString> sourceIds(const QList<Product> &rows)
{
    QSet<QString> ids;
    for (const Product &p : rows)
        ids << p.sourceId;
    return ids;
}

QSet<QString> idSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QSet<QString> listed(ProductRepository &repo, const ProductFilter &filter)
{
    PageRequest page;
    page.limit = 1000;
    const Result<Page<Product>> rows = repo.list(filter, page);
    if (!rows) {
        qWarning() << rows.error().toString();
        return { QStringLiteral("<error>") };
    }
    return sourceIds(rows->rows);
}

// The source ids ("K00042": the index in `all` after one letter) of the products that match, in the
// order a listing by price_min gives them (ties by source id, which rises with the index here).
QStringList inPriceOrder(const QList<Product> &all, const std::function<bool(const Product &)> &matches)
{
    QStringList ids;
    for (const Product &p : all) {
        if (matches(p))
            ids << p.sourceId;
    }
    const auto price = [&](const QString &id) { return all.at(id.mid(1).toInt()).priceMin->hundredths(); };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return price(a) != price(b) ? price(a) < price(b) : a < b;
    });
    return ids;
}

// The source ids of the first three pages of 100 of `filter` by price_min, page by page.
QStringList firstPagesByPrice(ProductRepository &repo, const ProductFilter &filter)
{
    QStringList got;
    PageRequest page { QStringLiteral("price_min"), Qt::AscendingOrder, 100 };
    for (int n = 0; n < 3; ++n) {
        const auto rows = repo.list(filter, page);
        if (!rows)
            return { rows.error().toString() };
        for (const Product &p : rows->rows)
            got << p.sourceId;
        page.offset += 100;
    }
    return got;
}

// Stores a main-image row for the product: stored (a file, no error), failed, or recorded only.
enum class ImageState { Stored, Failed, Recorded };

bool addMainImage(TestDatabase &db, qint64 productId, const QString &url, ImageState state)
{
    return db.exec(QStringLiteral("INSERT INTO images (product_id, url, image_type, local_path, fetch_error)"
                                  " VALUES (?, ?, 'main', ?, ?)"),
        { productId, url,
            state == ImageState::Stored ? QVariant(QStringLiteral("images/ab/abcd.jpg"))
                                        : QVariant(QMetaType(QMetaType::QString)),
            state == ImageState::Failed ? QVariant(QStringLiteral("HTTP 404"))
                                        : QVariant(QMetaType(QMetaType::QString)) });
}

// The products of the quality tests, each named after what it shows.
struct QualityCatalog
{
    QMap<QString, qint64> ids;
};

} // namespace

class QualityFiltersTest : public QObject
{
    Q_OBJECT

    // Seeds one product per situation and returns their ids by source_id.
    static QualityCatalog seed(TestDatabase &db)
    {
        QualityCatalog c;
        SupplierRepository suppliers(db.connections());
        Supplier s;
        s.sourceId = QStringLiteral("S1");
        s.name = QStringLiteral("Yiwu Haoyun");
        const Result<Supplier> supplier = suppliers.create(s);
        if (!supplier)
            return c;
        const qint64 sid = supplier->id;
        QList<Product> products;
        products << cleanProduct(QStringLiteral("clean"), sid);
        Product p = cleanProduct(QStringLiteral("no-image"), sid);
        p.mainImageUrl.clear();
        products << p;
        products << cleanProduct(QStringLiteral("image-failed"), sid);
        products << cleanProduct(QStringLiteral("image-recorded"), sid);
        products << cleanProduct(QStringLiteral("image-none"), sid);
        p = cleanProduct(QStringLiteral("no-specs"), sid);
        p.specifications = {};
        products << p;
        p = cleanProduct(QStringLiteral("title-10"), sid);
        p.title = QStringLiteral("0123456789"); // exactly 10: not short
        products << p;
        p = cleanProduct(QStringLiteral("title-9"), sid);
        p.title = QStringLiteral("不锈钢电热水壶一点"); // 9 characters (27 bytes): short
        products << p;
        p = cleanProduct(QStringLiteral("spread-10x"), sid);
        p.priceMin = Decimal2::parse(QStringLiteral("1.10"));
        p.priceMax = Decimal2::parse(QStringLiteral("11.00")); // exactly 10 x: not a spread
        products << p;
        p = cleanProduct(QStringLiteral("spread-more"), sid);
        p.priceMin = Decimal2::parse(QStringLiteral("1.10"));
        p.priceMax = Decimal2::parse(QStringLiteral("11.01"));
        products << p;
        p = cleanProduct(QStringLiteral("no-supplier"), sid);
        p.supplierId.reset();
        products << p;
        products << cleanProduct(QStringLiteral("stale"), sid);
        products << cleanProduct(QStringLiteral("deleted-no-supplier"), sid);
        ProductRepository repo(db.connections());
        for (const Product &product : products) {
            const Result<Product> created = repo.create(product);
            if (!created) {
                qWarning() << created.error().toString();
                return {};
            }
            c.ids.insert(product.sourceId, created->id);
        }
        for (const QString &stored : { QStringLiteral("clean"), QStringLiteral("no-specs"),
                 QStringLiteral("title-10"), QStringLiteral("title-9"), QStringLiteral("spread-10x"),
                 QStringLiteral("spread-more"), QStringLiteral("no-supplier"), QStringLiteral("stale"),
                 QStringLiteral("deleted-no-supplier") })
            addMainImage(db, c.ids.value(stored),
                QStringLiteral("https://img.example.com/%1.jpg").arg(stored), ImageState::Stored);
        addMainImage(db, c.ids.value(QStringLiteral("image-failed")),
            QStringLiteral("https://img.example.com/image-failed.jpg"), ImageState::Failed);
        addMainImage(db, c.ids.value(QStringLiteral("image-recorded")),
            QStringLiteral("https://img.example.com/image-recorded.jpg"), ImageState::Recorded);
        // A stored image of another URL does not count for the main image.
        addMainImage(db, c.ids.value(QStringLiteral("image-none")),
            QStringLiteral("https://img.example.com/old.jpg"), ImageState::Stored);
        const SqlDialect &d = db.connections().dialect();
        db.exec(QStringLiteral("UPDATE products SET updated_at = ? WHERE source_id = 'stale'"),
            { d.bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-31)) });
        // 29 days old: not stale with the default 30.
        db.exec(QStringLiteral("UPDATE products SET updated_at = ? WHERE source_id = 'clean'"),
            { d.bindTimestamp(QDateTime::currentDateTimeUtc().addDays(-29)) });
        db.exec(QStringLiteral("UPDATE products SET supplier_id = NULL, deleted_at = updated_at WHERE "
                               "source_id = 'deleted-no-supplier'"));
        return c;
    }

    static QMap<QualityKind, QSet<QString>> expectedKinds()
    {
        return {
            { QualityKind::NoMainImage, { QStringLiteral("no-image") } },
            { QualityKind::ImageNotStored,
                { QStringLiteral("image-failed"), QStringLiteral("image-recorded"),
                    QStringLiteral("image-none") } },
            { QualityKind::NoSpecifications, { QStringLiteral("no-specs") } },
            { QualityKind::ShortTitle, { QStringLiteral("title-9") } },
            { QualityKind::PriceSpread, { QStringLiteral("spread-more") } },
            { QualityKind::NoSupplier, { QStringLiteral("no-supplier") } },
            { QualityKind::StaleSync, { QStringLiteral("stale") } },
        };
    }

private slots:
    void shouldFindEachQualityKindAndOnlyIt_data() { engines(); }
    void shouldFindEachQualityKindAndOnlyIt()
    {
        OPEN_TEST_DATABASE(db);
        const QualityCatalog c = seed(*db);
        QCOMPARE(c.ids.size(), 13);
        ProductRepository repo(db->connections());
        const auto expected = expectedKinds();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            ProductFilter f;
            f.quality = it.key();
            QCOMPARE(listed(repo, f), it.value());
            const Result<qint64> count = repo.count(f, CountMode::Exact);
            QVERIFY_OK(count);
            QCOMPARE(count.value(), qint64(it.value().size()));
        }
        // The deleted product without a supplier shows only when deleted ones are asked for.
        ProductFilter deleted;
        deleted.quality = QualityKind::NoSupplier;
        deleted.deleted = DeletedFilter::All;
        QCOMPARE(listed(repo, deleted),
            QSet<QString>({ QStringLiteral("no-supplier"), QStringLiteral("deleted-no-supplier") }));
    }

    void shouldListEachProductsProblemsAsBits_data() { engines(); }
    void shouldListEachProductsProblemsAsBits()
    {
        OPEN_TEST_DATABASE(db);
        seed(*db);
        ProductRepository repo(db->connections());
        PageRequest page;
        page.limit = 1000;
        const Result<Page<Product>> rows = repo.list({}, page);
        QVERIFY_OK(rows);
        QCOMPARE(rows->rows.size(), 12);
        const auto expected = expectedKinds();
        for (const Product &p : rows->rows) {
            QualityKinds want = 0;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (it.value().contains(p.sourceId))
                    want |= qualityBit(it.key());
            }
            QVERIFY2(p.qualityProblems.has_value(), qPrintable(p.sourceId));
            QCOMPARE(*p.qualityProblems, want);
        }
        // A single read leaves them unknown rather than claiming "no problem".
        const Result<Product> one = repo.findBySourceId(QStringLiteral("no-image"));
        QVERIFY_OK(one);
        QVERIFY(!one->qualityProblems);
    }

    void shouldUseTheStaleDaysOfTheFilter_data() { engines(); }
    void shouldUseTheStaleDaysOfTheFilter()
    {
        OPEN_TEST_DATABASE(db);
        seed(*db);
        ProductRepository repo(db->connections());
        ProductFilter f;
        f.quality = QualityKind::StaleSync;
        f.staleSyncDays = 28;
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("clean"), QStringLiteral("stale") }));
        f.staleSyncDays = 60;
        QCOMPARE(listed(repo, f), QSet<QString>());
        f.staleSyncDays = 0;
        QCOMPARE(repo.list(f, {}).error().kind, ErrorKind::Validation);
    }

    void shouldCombineQualityWithOtherFilters_data() { engines(); }
    void shouldCombineQualityWithOtherFilters()
    {
        OPEN_TEST_DATABASE(db);
        const QualityCatalog c = seed(*db);
        QVERIFY(db->exec(QStringLiteral(
            "UPDATE products SET currency = 'USD' WHERE source_id IN ('image-failed', 'no-specs')")));
        ProductRepository repo(db->connections());
        ProductFilter f;
        f.quality = QualityKind::ImageNotStored;
        f.currency = QStringLiteral("USD");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("image-failed") }));
        f.currency = QStringLiteral("CNY");
        f.text = QStringLiteral("kettle image-NONE");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("image-none") }));
        f = {};
        f.currency = QStringLiteral("USD");
        f.specKey = QStringLiteral("color");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("image-failed") }));
        f.priceFrom = Decimal2::parse(QStringLiteral("5.00"));
        QCOMPARE(listed(repo, f), QSet<QString>());
        QVERIFY(c.ids.contains(QStringLiteral("clean")));
    }

    void shouldFilterBySpecificationKeyAndValue_data() { engines(); }
    void shouldFilterBySpecificationKeyAndValue()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository repo(db->connections());
        const QList<QPair<QString, QJsonObject>> specs {
            { QStringLiteral("red"), { { QStringLiteral("color"), QStringLiteral("red") } } },
            { QStringLiteral("blue"),
                { { QStringLiteral("color"), QStringLiteral("blue") },
                    { QStringLiteral("size"), QStringLiteral("L") } } },
            { QStringLiteral("quoted"),
                { { QStringLiteral("型号 \"A\"'; --"), QStringLiteral("它的 \"值\" ' OR 1=1 --") } } },
            { QStringLiteral("path"), { { QStringLiteral("$.color"), QStringLiteral("red") } } },
            { QStringLiteral("number"), { { QStringLiteral("weight"), 2 } } },
            { QStringLiteral("none"), {} },
        };
        for (const auto &spec : specs) {
            Product p = minimalProduct(spec.first);
            p.specifications = spec.second;
            QVERIFY_OK(repo.create(p));
        }
        ProductFilter f;
        f.specKey = QStringLiteral("color");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("red"), QStringLiteral("blue") }));
        f.specValue = QStringLiteral("red");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("red") }));
        f.specValue = QStringLiteral("Red"); // values compare exactly
        QCOMPARE(listed(repo, f), QSet<QString>());
        f.specKey = QStringLiteral("型号 \"A\"'; --");
        f.specValue.reset();
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("quoted") }));
        f.specValue = QStringLiteral("它的 \"值\" ' OR 1=1 --");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("quoted") }));
        f.specValue = QStringLiteral("' OR 1=1 --");
        QCOMPARE(listed(repo, f), QSet<QString>());
        // A key that looks like a JSON path is just a key.
        f.specKey = QStringLiteral("$.color");
        f.specValue.reset();
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("path") }));
        f.specKey = QStringLiteral("weight");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("number") }));
        f.specKey = QStringLiteral("missing");
        QCOMPARE(listed(repo, f), QSet<QString>());
        const Result<qint64> count = repo.count(f, CountMode::Exact);
        QVERIFY_OK(count);
        QCOMPARE(count.value(), 0);
        f.specKey.clear();
        f.specValue = QStringLiteral("red");
        QCOMPARE(repo.list(f, {}).error().kind, ErrorKind::Validation);
    }

    // A row whose specifications the constraints would have refused (the consistency checker's
    // invalid_json) neither fails the listing nor matches a specification filter.
    void shouldListDamagedSpecifications_data() { engines(); }
    void shouldListDamagedSpecifications()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository repo(db->connections());
        Product good = minimalProduct(QStringLiteral("good"));
        good.specifications = QJsonObject { { QStringLiteral("color"), QStringLiteral("red") } };
        QVERIFY_OK(repo.create(good));
        QVERIFY_OK(repo.create(minimalProduct(QStringLiteral("array"))));
        QVERIFY_OK(repo.create(minimalProduct(QStringLiteral("broken"))));
        if (engine == QLatin1String("postgresql")) {
            QVERIFY(db->exec(
                QStringLiteral("ALTER TABLE products DROP CONSTRAINT products_specifications_check")));
            QVERIFY(db->exec(QStringLiteral(
                "UPDATE products SET specifications = '[1, 2]' WHERE source_id IN ('array', 'broken')")));
        } else {
            QVERIFY(db->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY(db->exec(
                QStringLiteral("UPDATE products SET specifications = '[1, 2]' WHERE source_id = 'array'")));
            QVERIFY(db->exec(QStringLiteral(
                "UPDATE products SET specifications = 'not json' WHERE source_id = 'broken'")));
        }
        PageRequest page;
        const Result<Page<Product>> all = repo.list({}, page);
        QVERIFY_OK(all);
        QCOMPARE(all->rows.size(), 3);
        ProductFilter f;
        f.specKey = QStringLiteral("color");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("good") }));
        f.specValue = QStringLiteral("red");
        QCOMPARE(listed(repo, f), QSet<QString>({ QStringLiteral("good") }));
        f = {};
        f.quality = QualityKind::NoSpecifications;
        QCOMPARE(listed(repo, f), QSet<QString>());
    }

    // The specification filter on PostgreSQL is answered from the GIN indexes: key and value by
    // jsonb_path_ops (migration 1), the key alone by the jsonb_ops index (migration 16), through
    // catalog_has_specification(), which only reaches that index if the planner inlines it.
    void shouldAnswerSpecificationFiltersFromIndexesOnPostgres()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL is not configured (CATALOG_TEST_PG_URL)");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY(db);
        const SqlDialect &d = db->connections().dialect();
        const auto plan = [&](const ProductFilter &f) {
            sql::Where where;
            applyProductFilter(where, f, d);
            QString text;
            const StorageError e = db->connections().runStatus([&](QSqlDatabase &conn) {
                sql::Query q(conn);
                if (StorageError set
                    = sql::exec(q, QStringLiteral("SET enable_seqscan = off"), {}, d, QStringLiteral("set"));
                    !set.ok())
                    return set;
                // EXPLAIN cannot be prepared: the test's own constant values go in as literals.
                QString statement = QStringLiteral("EXPLAIN SELECT id FROM products") + where.sql();
                for (const QVariant &value : where.values()) {
                    QString literal = value.toString();
                    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
                    statement.replace(statement.indexOf(QLatin1Char('?')), 1,
                        QLatin1Char('\'') + literal + QLatin1Char('\''));
                }
                if (StorageError ex = sql::exec(q, statement, {}, d, QStringLiteral("explain")); !ex.ok())
                    return ex;
                while (q.next())
                    text += q.value(0).toString() + QLatin1Char('\n');
                return sql::exec(q, QStringLiteral("RESET enable_seqscan"), {}, d, QStringLiteral("reset"));
            });
            return e.ok() ? text : e.toString();
        };
        // Without the deleted_at condition, which the small partial index of active rows would answer.
        ProductFilter f;
        f.deleted = DeletedFilter::All;
        f.specKey = QStringLiteral("color");
        const QString keyPlan = plan(f);
        QVERIFY2(keyPlan.contains(QLatin1String("products_specification_keys_idx")), qPrintable(keyPlan));
        f.specValue = QStringLiteral("red");
        const QString valuePlan = plan(f);
        QVERIFY2(valuePlan.contains(QLatin1String("products_specifications_idx")), qPrintable(valuePlan));
    }

    // Every way a product's specifications change keeps the specification filter true (SQLite:
    // the product_specifications rows its triggers keep; PostgreSQL: the GIN index).
    void shouldKeepTheSpecificationFilterInStep_data() { engines(); }
    void shouldKeepTheSpecificationFilterInStep()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository repo(db->connections());
        const auto find = [&](const QString &key, const std::optional<QString> &value = std::nullopt) {
            ProductFilter f;
            f.specKey = key;
            f.specValue = value;
            f.deleted = DeletedFilter::All;
            return listed(repo, f);
        };
        // Insert
        Product first = minimalProduct(QStringLiteral("P1"));
        first.specifications = QJsonObject { { QStringLiteral("color"), QStringLiteral("red") },
            { QStringLiteral("weight"), 120 } };
        Result<Product> p = repo.create(first);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("color"), QStringLiteral("red")), QSet<QString>({ QStringLiteral("P1") }));
        QCOMPARE(find(QStringLiteral("weight")), QSet<QString>({ QStringLiteral("P1") }));
        // A number is not the text "120"
        QCOMPARE(find(QStringLiteral("weight"), QStringLiteral("120")), QSet<QString>());
        // Update: the old key and value are gone, the new ones found
        Product changed = p.value();
        changed.specifications = QJsonObject { { QStringLiteral("color"), QStringLiteral("blue") },
            { QStringLiteral("size"), QStringLiteral("XL") } };
        p = repo.update(changed);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("color"), QStringLiteral("red")), QSet<QString>());
        QCOMPARE(find(QStringLiteral("color"), QStringLiteral("blue")), QSet<QString>({ QStringLiteral("P1") }));
        QCOMPARE(find(QStringLiteral("weight")), QSet<QString>());
        QCOMPARE(find(QStringLiteral("size"), QStringLiteral("XL")), QSet<QString>({ QStringLiteral("P1") }));
        // A change of something else leaves them alone; soft delete keeps the row findable
        changed = p.value();
        changed.title = QStringLiteral("Another long enough title");
        p = repo.update(changed);
        QVERIFY_OK(p);
        p = repo.softDelete(p->id, p->version);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("size")), QSet<QString>({ QStringLiteral("P1") }));
        // The import's batch upsert: a new row, then a changed one
        QList<Product> batch { minimalProduct(QStringLiteral("B1")) };
        batch[0].specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("硅胶") } };
        QVERIFY_OK(repo.upsert(batch));
        QCOMPARE(find(QStringLiteral("材质"), QStringLiteral("硅胶")), QSet<QString>({ QStringLiteral("B1") }));
        batch[0].specifications = QJsonObject { { QStringLiteral("材质"), QStringLiteral("不锈钢") } };
        QVERIFY_OK(repo.upsert(batch));
        QCOMPARE(find(QStringLiteral("材质"), QStringLiteral("硅胶")), QSet<QString>());
        QCOMPARE(find(QStringLiteral("材质"), QStringLiteral("不锈钢")), QSet<QString>({ QStringLiteral("B1") }));
        // A set-based UPDATE (as bulk edit runs) and a hard delete
        QVERIFY(db->exec(engine == QLatin1String("postgresql")
                ? QStringLiteral("UPDATE products SET specifications = specifications || '{\"packing\": \"box\"}'")
                : QStringLiteral("UPDATE products SET specifications = json_set(specifications, '$.packing', 'box')")));
        QCOMPARE(find(QStringLiteral("packing"), QStringLiteral("box")),
            QSet<QString>({ QStringLiteral("P1"), QStringLiteral("B1") }));
        QVERIFY_OK(repo.hardDelete(p->id));
        QCOMPARE(find(QStringLiteral("packing")), QSet<QString>({ QStringLiteral("B1") }));
        if (engine == QLatin1String("sqlite")) {
            // The rows are exactly the products' top-level keys (and text values)
            QCOMPARE(db->scalar(QStringLiteral(
                         "SELECT count(*) FROM (SELECT p.id, j.key, CASE WHEN j.type = 'text' THEN j.value END"
                         " FROM products p, json_each(p.specifications) j"
                         " EXCEPT SELECT product_id, key, value FROM product_specifications)"))
                         .toInt(),
                0);
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM product_specifications")).toInt(), 2);
        }
    }

    // A key most products have is read in the page's sort order, a rare one (or one nobody has)
    // from the index of product_specifications: both give the same pages as the rows that have it.
    void shouldPageACommonAndARareSpecificationTheSameWay()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QList<Product> products;
        for (int i = 0; i < kSortOrderScanMatches + 500; ++i) {
            Product p = minimalProduct(QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0')));
            p.priceMin = Decimal2::fromHundredths(100 + (i * 7919) % 5000);
            p.priceMax = p.priceMin;
            p.specifications = QJsonObject { { QStringLiteral("packing"), QStringLiteral("bag") } };
            if (i % 97 == 0)
                p.specifications.insert(QStringLiteral("certificate"), QStringLiteral("CE"));
            products << p;
        }
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        ProductRepository repo(db->connections());
        const QList<std::tuple<QString, std::optional<QString>, SearchOrder>> cases {
            { QStringLiteral("packing"), std::nullopt, SearchOrder::SortOrderScan },
            { QStringLiteral("packing"), QStringLiteral("bag"), SearchOrder::SortOrderScan },
            { QStringLiteral("certificate"), QStringLiteral("CE"), SearchOrder::IndexDriven },
            { QStringLiteral("nosuchkey"), std::nullopt, SearchOrder::IndexDriven },
        };
        for (const auto &[key, value, order] : cases) {
            ProductFilter f;
            f.specKey = key;
            f.specValue = value;
            const auto plan = db->connections().run<SearchOrder>(
                [&](QSqlDatabase &con) { return searchOrderFor(con, f, db->connections().dialect()); });
            QVERIFY_OK(plan);
            QCOMPARE(plan.value(), order);
            const QString wanted = key; // a lambda cannot capture a structured binding before C++20
            const QStringList expected
                = inPriceOrder(products, [&](const Product &p) { return p.specifications.contains(wanted); });
            QCOMPARE(firstPagesByPrice(repo, f), expected.mid(0, 300));
            // A count of a key more than half the products have reads the products once
            const auto countPlan = db->connections().run<SearchOrder>(
                [&](QSqlDatabase &con) { return countOrderFor(con, f, db->connections().dialect()); });
            QVERIFY_OK(countPlan);
            QCOMPARE(countPlan.value(), key == QLatin1String("packing") ? SearchOrder::SortOrderScan : SearchOrder::IndexDriven);
            const Result<qint64> count = repo.count(f, CountMode::Exact);
            QVERIFY_OK(count);
            QCOMPARE(count.value(), qint64(expected.size()));
        }
    }

    // The title search finds the same products through FTS5 (three or more characters) as through
    // LIKE (fewer), in Latin and Chinese titles, case-insensitively for ASCII.
    void shouldFindTheSameTitlesAsASubstringSearch_data()
    {
        TestDatabase::addEngineColumn();
        QTest::addColumn<QString>("search");
        const QStringList searches { QStringLiteral("kettle"), QStringLiteral("KETTLE"),
            QStringLiteral("ett"), QStringLiteral("et"), QStringLiteral("e"), QStringLiteral("不锈钢"),
            QStringLiteral("锈钢"), QStringLiteral("钢"), QStringLiteral("水壶 1.5L"), QStringLiteral("50%"),
            QStringLiteral("a_b"), QStringLiteral("\"quoted\""), QStringLiteral("x\"y"), QStringLiteral("OR"),
            QStringLiteral("NEAR(a b)"), QStringLiteral("nothing here") };
        for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
            for (const QString &search : searches)
                QTest::newRow(qPrintable(engine + QLatin1Char(':') + search)) << engine << search;
        }
    }
    void shouldFindTheSameTitlesAsASubstringSearch()
    {
        QFETCH(QString, search);
        OPEN_TEST_DATABASE(db);
        const QStringList titles { QStringLiteral("Stainless steel Kettle"),
            QStringLiteral("Electric kettle 1.7L"), QStringLiteral("不锈钢电热水壶 1.5L"),
            QStringLiteral("锈钢 only"), QStringLiteral("Discount 50% off"), QStringLiteral("a_b connector"),
            QStringLiteral("axb connector"), QStringLiteral("The \"quoted\" lamp"),
            QStringLiteral("x\"y sign"), QStringLiteral("CORE OR cable"), QStringLiteral("NEAR(a b) set") };
        ProductRepository repo(db->connections());
        QSet<QString> expected;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            const QString id = QStringLiteral("T%1").arg(i);
            QVERIFY_OK(repo.create(minimalProduct(id, titles.at(i))));
            if (titles.at(i).contains(search, Qt::CaseInsensitive))
                expected << id;
        }
        ProductFilter f;
        f.text = search;
        QCOMPARE(listed(repo, f), expected);
        const Result<qint64> count = repo.count(f, CountMode::Exact);
        QVERIFY_OK(count);
        QCOMPARE(count.value(), qint64(expected.size()));
    }

    // A common word (at least kSortOrderScanMatches titles) is read in the page's sort order, a rare
    // one from the index: both give the same pages, in the same order, as a plain substring search.
    void shouldPageACommonAndARareTitleSearchTheSameWay()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QList<Product> products;
        for (int i = 0; i < kSortOrderScanMatches + 500; ++i) {
            const QString title = i % 5 == 4 ? QStringLiteral("Ceramic teapot %1").arg(i)
                                             : QStringLiteral("Kettle model %1").arg(i);
            Product p = minimalProduct(QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0')), title);
            p.priceMin = Decimal2::fromHundredths(100 + (i * 7919) % 5000);
            p.priceMax = p.priceMin;
            products << p;
        }
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        ProductRepository repo(db->connections());
        for (const QString &search : { QStringLiteral("kettle"), QStringLiteral("teapot 24") }) {
            ProductFilter fts;
            fts.text = search;
            const auto plan = db->connections().run<SearchOrder>(
                [&](QSqlDatabase &con) { return searchOrderFor(con, fts, db->connections().dialect()); });
            QVERIFY_OK(plan);
            QCOMPARE(plan.value(), search == QLatin1String("kettle") ? SearchOrder::SortOrderScan : SearchOrder::IndexDriven);
            // The same pages as the rows whose title contains the text, in price order
            const QStringList expected
                = inPriceOrder(products, [&](const Product &p) { return p.title.contains(search, Qt::CaseInsensitive); });
            QCOMPARE(firstPagesByPrice(repo, fts), expected.mid(0, 300));
        }
    }

    void shouldKeepTheTitleIndexInStep_data() { engines(); }
    void shouldKeepTheTitleIndexInStep()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository repo(db->connections());
        const auto find = [&](const QString &text) {
            ProductFilter f;
            f.text = text;
            f.deleted = DeletedFilter::All;
            return listed(repo, f);
        };
        // Insert
        Result<Product> p
            = repo.create(minimalProduct(QStringLiteral("P1"), QStringLiteral("Ceramic teapot")));
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>({ QStringLiteral("P1") }));
        // Update of the title: the old words are gone, the new ones found
        Product changed = p.value();
        changed.title = QStringLiteral("Glass infuser");
        p = repo.update(changed);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>());
        QCOMPARE(find(QStringLiteral("infuser")), QSet<QString>({ QStringLiteral("P1") }));
        // Restore an older version through the history
        const Result<QList<HistoryEntry>> history = repo.history(p->id);
        QVERIFY_OK(history);
        qint64 updateEntry = 0;
        for (const HistoryEntry &h : history.value()) {
            if (h.operation == QLatin1String("update"))
                updateEntry = h.id;
        }
        QVERIFY(updateEntry > 0);
        p = repo.restoreVersion(p->id, updateEntry, p->version);
        QVERIFY_OK(p);
        QCOMPARE(p->title, QStringLiteral("Ceramic teapot"));
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>({ QStringLiteral("P1") }));
        QCOMPARE(find(QStringLiteral("infuser")), QSet<QString>());
        // Soft delete and restore keep the row findable (the listing filters deleted_at itself)
        p = repo.softDelete(p->id, p->version);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>({ QStringLiteral("P1") }));
        p = repo.restore(p->id, p->version);
        QVERIFY_OK(p);
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>({ QStringLiteral("P1") }));
        // Hard delete removes it
        p = repo.softDelete(p->id, p->version);
        QVERIFY_OK(p);
        QVERIFY_OK(repo.hardDelete(p->id));
        QCOMPARE(find(QStringLiteral("teapot")), QSet<QString>());
        // The import's batch upsert: new rows, a changed title, an unchanged row
        QList<Product> batch { minimalProduct(QStringLiteral("B1"), QStringLiteral("Bamboo whisk")),
            minimalProduct(QStringLiteral("B2"), QStringLiteral("Iron kettle")) };
        QVERIFY_OK(repo.upsert(batch));
        QCOMPARE(find(QStringLiteral("whisk")), QSet<QString>({ QStringLiteral("B1") }));
        batch[0].title = QStringLiteral("Bamboo scoop");
        const Result<UpsertReport> again = repo.upsert(batch);
        QVERIFY_OK(again);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(find(QStringLiteral("whisk")), QSet<QString>());
        QCOMPARE(find(QStringLiteral("scoop")), QSet<QString>({ QStringLiteral("B1") }));
        QCOMPARE(find(QStringLiteral("iron k")), QSet<QString>({ QStringLiteral("B2") }));
        if (engine == QLatin1String("sqlite")) {
            // FTS5's own check compares the index with the content table.
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO products_title_fts (products_title_fts, rank) VALUES ('integrity-check', 1)")));
        }
    }

    void shouldCountEveryKindWithExamples_data() { engines(); }
    void shouldCountEveryKindWithExamples()
    {
        OPEN_TEST_DATABASE(db);
        seed(*db);
        const Result<QualityReport> report
            = QualityRepository(db->connections()).report(kDefaultStaleSyncDays, 2);
        QVERIFY_OK(report);
        QCOMPARE(report->products, 12);
        QCOMPARE(report->kinds.size(), allQualityKinds().size());
        const auto expected = expectedKinds();
        for (const QualityReport::KindCount &k : report->kinds) {
            QCOMPARE(k.count, qint64(expected.value(k.kind).size()));
            QCOMPARE(k.examples.size(), qMin(2, int(k.count)));
            QVERIFY(expected.value(k.kind).contains(idSet(k.examples)));
        }
        const QJsonObject json = report->toJson();
        QCOMPARE(json.keys(), QStringList({ QStringLiteral("kinds"), QStringLiteral("products") }));
        const QJsonObject first = json.value(QStringLiteral("kinds")).toArray().at(1).toObject();
        QCOMPARE(first.keys(),
            QStringList({ QStringLiteral("count"), QStringLiteral("examples"), QStringLiteral("kind") }));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("image_not_stored"));
        QCOMPARE(first.value(QStringLiteral("count")).toInt(), 3);
    }

    void shouldNameEveryKindOnce()
    {
        QSet<QString> names;
        for (QualityKind kind : allQualityKinds()) {
            const QString text = qualityKindText(kind);
            QVERIFY(!text.isEmpty());
            QCOMPARE(qualityKindFromText(text), kind);
            names << text;
        }
        QCOMPARE(names.size(), 7);
        QVERIFY(!qualityKindFromText(QStringLiteral("NO_SUPPLIER")));
        QCOMPARE(qualityKindsIn(qualityBit(QualityKind::ShortTitle) | qualityBit(QualityKind::StaleSync)),
            QList<QualityKind>({ QualityKind::ShortTitle, QualityKind::StaleSync }));
    }
};

CATALOG_TEST_GUILESS_MAIN(QualityFiltersTest)
#include "tst_qualityfilters.moc"
