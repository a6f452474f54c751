// Jumps into a long listing (issue 20): the position index, estimated positions and the estimated
// count, on both engines, under QAbstractItemModelTester (created before the model loads).

#include "positionindex.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace catalog;
using namespace catalog::test;

namespace {

constexpr int kProducts = 25013; // above PositionIndex::kMinRows, not a multiple of a page
constexpr int kTimeoutMs = 60000;

// Every ninth product has no price, and a quarter are pending, when `varied`.
bool seed(TestDatabase &db, bool varied = false)
{
    ProductRepository products(db.connections());
    for (int first = 0; first < kProducts; first += 5000) {
        QList<Product> batch;
        for (int i = first; i < qMin(kProducts, first + 5000); ++i) {
            Product p;
            p.sourceId = QStringLiteral("L-%1").arg(i, 6, 10, QLatin1Char('0'));
            // Repeated titles: the order relies on the id after the title.
            p.title = QStringLiteral("商品 %1").arg((i * 7919) % 4001, 5, 10, QLatin1Char('0'));
            if (!varied || i % 9 != 4)
                p.priceMin = Decimal2::fromHundredths(100 + (i * 31) % 1000);
            p.priceMax = p.priceMin;
            p.syncStatus = varied && i % 4 == 0 ? QStringLiteral("pending") : QStringLiteral("synced");
            batch << p;
        }
        if (!products.upsert(batch))
            return false;
    }
    return products.refreshStatistics().ok();
}

// Every id of the listing in the order of `column`, read by key.
QList<qint64> idsBy(ConnectionManager &connections, const QString &column)
{
    QList<qint64> ids;
    PageRequest request;
    request.sortColumn = column;
    request.limit = 5000;
    for (;;) {
        const Result<Page<Product>> page = ProductRepository(connections).list({}, request);
        if (!page)
            return {};
        for (const Product &p : page->rows)
            ids << p.id;
        if (!page->next)
            return ids;
        request.after = page->next;
    }
}

QList<qint64> idsByTitle(ConnectionManager &connections)
{
    return idsBy(connections, QStringLiteral("title"));
}

// The price order worked out here, not by the database: NULLs last, then by id.
QList<qint64> idsByPrice(ConnectionManager &connections, Qt::SortOrder order)
{
    QList<Product> all;
    PageRequest request;
    request.limit = 5000;
    for (;;) {
        const Result<Page<Product>> page = ProductRepository(connections).list({}, request);
        if (!page)
            return {};
        all += page->rows;
        if (!page->next)
            break;
        request.after = page->next;
    }
    std::sort(all.begin(), all.end(), [](const Product &a, const Product &b) {
        const auto key = [](const Product &p) {
            return std::tuple(!p.priceMin.has_value(), p.priceMin ? p.priceMin->hundredths() : 0, p.id);
        };
        return key(a) < key(b);
    });
    QList<qint64> ids;
    for (const Product &p : std::as_const(all))
        ids << p.id;
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

// The ids the model shows at rows [first, first + count), once loaded.
QList<qint64> shownIds(PagedTableModel &model, int first, int count)
{
    QList<qint64> ids;
    const auto loaded = [&] {
        bool all = true;
        for (int r = first; r < first + count; ++r)
            all = model.data(model.index(r, 0), PagedTableModel::LoadedRole).toBool() && all;
        return all;
    };
    if (!QTest::qWaitFor(loaded, kTimeoutMs))
        return {};
    for (int r = first; r < first + count; ++r)
        ids << model.data(model.index(r, 0), PagedTableModel::RecordIdRole).toLongLong();
    return ids;
}

// A product model whose position index never becomes exact (the exact pass fails), and whose
// first count may be replaced by a made-up estimate.
class EstimatingModel : public ProductTableModel
{
public:
    explicit EstimatingModel(ConnectionManager &connections, std::optional<qint64> estimate = std::nullopt)
        : ProductTableModel(connections)
        , m_estimate(estimate)
    {
    }

protected:
    PositionJob makePositionJob(const PageQuery &order, qint64 stride) const override
    {
        if (stride == 0)
            return ProductTableModel::makePositionJob(order, stride);
        return [] { return Result<PositionSample>(StorageError::make(ErrorKind::Internal, QStringLiteral("test"))); };
    }
    QuickCountJob makeQuickCountJob() const override
    {
        if (!m_estimate)
            return ProductTableModel::makeQuickCountJob();
        const qint64 rows = *m_estimate;
        return [rows] { return Result<RowCount>(RowCount { rows, true }); };
    }

private:
    std::optional<qint64> m_estimate;
};

} // namespace

class TestLongListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionIndexShouldSeekFromTheKeyBeforeTheRow()
    {
        // Given an exact sample of every 1000th key
        PositionIndex index;
        PositionSample sample;
        sample.stride = 1000;
        for (int k = 0; k < 5; ++k)
            sample.keys << KeysetCursor { QStringLiteral("t%1").arg(k), 1000 * (k + 1) - 1 };
        index.setSample(sample);
        // Then a row before the first key is read by offset, a later row after the key before it
        std::optional<PositionIndex::Seek> seek = index.seek(700, 6000);
        QVERIFY(seek && !seek->after && seek->offset == 700 && seek->exact);
        seek = index.seek(2500, 6000);
        QVERIFY(seek && seek->after && seek->after->id == 1999 && seek->offset == 500 && seek->exact);
        // And an estimate never replaces the exact sample
        PositionSample estimate;
        estimate.keys = { KeysetCursor { QStringLiteral("a"), 0 }, KeysetCursor { QStringLiteral("z"), 0 } };
        index.setSample(estimate);
        QVERIFY(index.seek(2500, 6000)->exact);
    }

    void shouldShowTheExactRowsAfterAJumpOnceIndexed_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldShowTheExactRowsAfterAJumpOnceIndexed()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        const QList<qint64> order = idsByTitle(db->connections());
        QCOMPARE(order.size(), kProducts);
        // Given a model sorted by title whose position index has been read
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        model.sort(ProductTableModel::TitleColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle() && model.isPositionIndexReady(), kTimeoutMs);
        QCOMPARE(model.rowCount(), kProducts);
        // When the view jumps far into the middle and scrolls on
        const int row = 17345;
        const QList<qint64> shown = shownIds(model, row, 250);
        // Then those are exactly the rows at that position of the order, placed exactly
        QCOMPARE(shown, order.mid(row, 250));
        QVERIFY(model.isRowPositionExact(row));
        QCOMPARE(shownIds(model, row - 130, 130), order.mid(row - 130, 130));
    }

    void shouldShowAContiguousSliceFromAnEstimatedPosition()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("Estimated positions come from PostgreSQL's statistics; CATALOG_TEST_PG_URL is not set");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        const QList<qint64> order = idsByTitle(db->connections());
        // Given a model whose index only has PostgreSQL's estimate
        EstimatingModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        model.sort(ProductTableModel::TitleColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), kTimeoutMs);
        // When the view jumps to the middle (after the estimate has arrived) and scrolls both ways
        QTest::qWait(0);
        const int row = 15050;
        QTRY_VERIFY_WITH_TIMEOUT(!shownIds(model, row, 1).isEmpty() && !model.isRowPositionExact(row), kTimeoutMs);
        const QList<qint64> shown = shownIds(model, row - 150, 400);
        // Then the rows are one contiguous part of the true order, whatever their exact position
        QCOMPARE(shown.size(), 400);
        const qsizetype at = order.indexOf(shown.first());
        QVERIFY(at >= 0);
        QCOMPARE(shown, order.mid(at, 400));
        QVERIFY2(qAbs(at - (row - 150)) < kProducts / 50, "the estimate is far off");
    }

    void shouldShowAnEstimatedCountAndRefineItOnRequest_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldShowAnEstimatedCountAndRefineItOnRequest()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        const Result<Product> lastById = ProductRepository(db->connections()).findBySourceId(
            QStringLiteral("L-%1").arg(kProducts - 1, 6, 10, QLatin1Char('0')));
        QVERIFY(lastById);
        // Given a count estimated 400 rows too high
        EstimatingModel model(db->connections(), kProducts + 400);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        model.sort(ProductTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), kTimeoutMs);
        QVERIFY(model.isTotalEstimated());
        QCOMPARE(model.rowCount(), kProducts + 400);
        // Then the last row is still the last product, counted back from the end
        QCOMPARE(shownIds(model, model.rowCount() - 1, 1), QList<qint64> { lastById->id });
        QVERIFY(!model.isRowPositionExact(model.rowCount() - 1));
        // When the exact count is asked for, the rows and the last row come out exact
        model.refineCount();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isTotalEstimated() && model.isIdle(), kTimeoutMs);
        QCOMPARE(model.rowCount(), kProducts);
        QCOMPARE(model.totalCount(), qint64(kProducts));
        QCOMPARE(shownIds(model, kProducts - 1, 1), QList<qint64> { lastById->id });
        QVERIFY(model.isRowPositionExact(kProducts - 1));
    }

    void priceKeysetShouldPageThroughEmptyPrices_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void priceKeysetShouldPageThroughEmptyPrices()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db, true));
        ProductRepository products(db->connections());
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            // Given the price order worked out here (NULLs last ascending, first descending)
            const QList<qint64> expected = idsByPrice(db->connections(), order);
            QCOMPARE(expected.size(), kProducts);
            // When every page continues from the last one's key (pages of 997 cross the NULLs)
            QList<qint64> paged;
            PageRequest request;
            request.sortColumn = QStringLiteral("price_min");
            request.order = order;
            request.limit = 997;
            for (;;) {
                const Result<Page<Product>> page = products.list({}, request);
                QVERIFY2(page, qPrintable(page.error().toString()));
                for (const Product &p : page->rows)
                    paged << p.id;
                if (!page->next)
                    break;
                request.after = page->next;
            }
            // Then the pages are the whole order, nothing skipped or repeated
            QCOMPARE(paged, expected);
            // And an offset after a key reaches across from the prices into the NULLs and back
            const qint64 border = order == Qt::AscendingOrder ? expected.size() - kProducts / 9 - 1 : kProducts / 9 + 1;
            for (const qint64 from : { border - 50, border + 30 }) {
                PageRequest jump;
                jump.sortColumn = QStringLiteral("price_min");
                jump.order = order;
                jump.limit = 100;
                jump.offset = 70;
                const Result<Page<Product>> before = products.list({}, [&] {
                    PageRequest one = jump;
                    one.offset = from;
                    one.limit = 1;
                    one.after.reset();
                    return one;
                }());
                QVERIFY2(before && before->first, "no key at the start");
                jump.after = before->first;
                const Result<Page<Product>> page = products.list({}, jump);
                QVERIFY2(page, qPrintable(page.error().toString()));
                QList<qint64> ids;
                for (const Product &p : page->rows)
                    ids << p.id;
                QCOMPARE(ids, expected.mid(from + 1 + 70, 100));
            }
        }
    }

    void priceSortShouldJumpByKeyUnderTheTester_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void priceSortShouldJumpByKeyUnderTheTester()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db, true));
        const QList<qint64> expected = idsByPrice(db->connections(), Qt::DescendingOrder);
        // Given a model sorted by price, descending (the NULLs first), whose index has been read
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        model.sort(ProductTableModel::PriceMinColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle() && model.isPositionIndexReady(), kTimeoutMs);
        QCOMPARE(model.rowCount(), kProducts);
        // When the view jumps to the middle, then just before the end of the NULLs, and scrolls on
        QCOMPARE(shownIds(model, 12345, 230), expected.mid(12345, 230));
        QVERIFY(model.isRowPositionExact(12345));
        const int border = kProducts / 9 + 1;
        QCOMPARE(shownIds(model, border - 120, 240), expected.mid(border - 120, 240));
        QVERIFY(model.isRowPositionExact(border));
    }

    void farPageShouldBeReadByKeyBeforeTheExactIndex_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void farPageShouldBeReadByKeyBeforeTheExactIndex()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        // Given products written by six bulk upserts: on PostgreSQL updated_at has six values, all
        // "most common", and no histogram
        QVERIFY(seed(*db, true));
        const QList<qint64> order = idsBy(db->connections(), QStringLiteral("updated_at"));
        QCOMPARE(order.size(), kProducts);
        // And a model sorted by updated_at whose exact position pass never arrives
        EstimatingModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        model.sort(ProductTableModel::UpdatedAtColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), kTimeoutMs);
        // When the view jumps far into the listing
        const int row = 16020;
        const QList<qint64> shown = shownIds(model, row, 300);
        // Then it is read at once from an estimated key (statistics or a sample), not by OFFSET
        QCOMPARE(shown.size(), 300);
        QVERIFY(!model.isRowPositionExact(row));
        // And the rows are one contiguous part of the true order, near the row asked for
        const qsizetype at = order.indexOf(shown.first());
        QVERIFY(at >= 0);
        QCOMPARE(shown, order.mid(at, 300));
        QVERIFY2(qAbs(at - row) < kProducts / 20, qPrintable(QStringLiteral("row %1 shows row %2").arg(row).arg(at)));
        // And scrolling back from there continues the same order
        QCOMPARE(shownIds(model, row - 100, 100), order.mid(at - 100, 100));
    }

    void filteredCountShouldBeEstimatedWithItsValuesInlined()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("Estimates come from PostgreSQL's planner; CATALOG_TEST_PG_URL is not set");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db, true));
        ProductRepository products(db->connections());
        // Given a filter with values (a quarter of the products are pending)
        ProductFilter pending;
        pending.syncStatuses = { QStringLiteral("pending") };
        const qint64 exact = (kProducts + 3) / 4;
        // When it is estimated, the planner sees the values (no PREPARE of an EXPLAIN)
        const Result<qint64> estimate = products.count(pending, CountMode::Estimated);
        QVERIFY2(estimate, qPrintable(estimate.error().toString()));
        QVERIFY2(qAbs(estimate.value() - exact) < exact / 5, qPrintable(QString::number(estimate.value())));
        // And a text with quotes and a question mark is quoted by the driver, not taken for SQL
        ProductFilter hostile;
        hostile.text = QStringLiteral("O'Brien?'); DROP TABLE products; --");
        const Result<qint64> none = products.count(hostile, CountMode::Estimated);
        QVERIFY2(none, qPrintable(none.error().toString()));
        QVERIFY(none.value() < 100);
        QCOMPARE(products.count({}).value(), qint64(kProducts));
        // And the grid's count of a small filter is still exact
        const Result<RowCount> quick = products.quickCount(pending, 100);
        QVERIFY2(quick, qPrintable(quick.error().toString()));
        QCOMPARE(quick->rows, exact);
        QVERIFY(!quick->estimated);
    }

    void quickCountShouldBeExactWithinItsBudget_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void quickCountShouldBeExactWithinItsBudget()
    {
        QFETCH(QString, engine);
        auto db = TestDatabase::create(engine);
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seed(*db));
        ProductRepository products(db->connections());
        const Result<RowCount> generous = products.quickCount({}, 60000);
        QVERIFY2(generous, qPrintable(generous.error().toString()));
        QCOMPARE(generous->rows, qint64(kProducts));
        QVERIFY(!generous->estimated);
    }
};

CATALOG_TEST_MAIN(TestLongListing)
#include "tst_longlisting.moc"
