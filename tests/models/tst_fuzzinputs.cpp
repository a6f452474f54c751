// Fuzzing every filter, sort and editor path with hostile text (quotes, SQL, NUL, broken UTF-8,
// lone surrogates, 100 000-character strings) on both engines. The only failure allowed is a
// validation error raised before SQL (it names the field, or carries no SQLSTATE): never a driver
// error, never a crash, never a changed schema. The seed is printed; CATALOG_FUZZ_SEED repeats a run.
#include "repositories/productrepository.h"
#include "producttablemodel.h"
#include "repositories/supplierrepository.h"
#include "suppliertablemodel.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

class Fuzzer
{
public:
    explicit Fuzzer(quint32 seed)
        : m_rng(seed)
    {
    }

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    QString text()
    {
        static const QStringList nasty {
            QStringLiteral("'"),
            QStringLiteral("\""),
            QStringLiteral("'; DROP TABLE products; --"),
            QStringLiteral("' OR '1'='1"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("\\"),
            QStringLiteral("\\'"),
            QStringLiteral("$1"),
            QStringLiteral("?"),
            QStringLiteral(":title"),
            QStringLiteral("/*"),
            QStringLiteral("NULL"),
            QStringLiteral("🙂"),
            QStringLiteral("不锈钢保温杯"),
            QStringLiteral("\u202e"),
            QStringLiteral("\t\n"),
            QStringLiteral("a\u0000b"),
            QString(QChar(0)),
            QStringLiteral("%_%\\%"),
            QStringLiteral("1e309"),
            QStringLiteral("NaN"),
            QStringLiteral("-1"),
            QStringLiteral("0.005"),
            QStringLiteral("CNY"),
            QStringLiteral("synced"),
            QStringLiteral("https://img.example.com/a.jpg"),
            QStringLiteral("{\"a\": 1}"),
            QStringLiteral("[1,2]"),
        };
        switch (below(9)) {
        case 0:
            return QString();
        case 1:
        case 2:
            return nasty.at(below(int(nasty.size())));
        case 3: { // bytes that are not UTF-8, decoded the way Qt decodes them
            QByteArray bytes;
            for (int i = below(30); i >= 0; --i)
                bytes += char(m_rng.bounded(256));
            return QString::fromUtf8(bytes);
        }
        case 4: { // a lone surrogate: broken UTF-16
            QString s = QStringLiteral("x");
            s += QChar(ushort(0xD800 + below(0x800)));
            return s;
        }
        case 5:
            return QString(1 + below(chance(20) ? 120000 : 2000), QChar(ushort(0x20 + below(0x5f))));
        case 6: { // any BMP character, controls included
            QString s;
            for (int i = below(40); i >= 0; --i)
                s += QChar(ushort(below(0xD7FF)));
            return s;
        }
        case 7: {
            QString s;
            for (int i = below(40); i >= 0; --i)
                s += QChar(ushort(0x20 + below(0x5f)));
            return s;
        }
        default:
            return text() + text();
        }
    }

    QVariant value()
    {
        switch (below(10)) {
        case 0:
            return QVariant();
        case 1:
            return below(2000000) - 1000000;
        case 2:
            return m_rng.generateDouble() * 1e12 - 5e11;
        case 3:
            return QJsonObject { { text(), text() } };
        default:
            return text();
        }
    }

private:
    QRandomGenerator m_rng;
};

// Allowed: success, or a validation error raised before SQL.
bool acceptable(const StorageError &e, QString *why)
{
    if (e.ok())
        return true;
    if (e.kind == ErrorKind::Validation && (!e.fields.isEmpty() || e.sqlState.isEmpty())
        && !e.message.isEmpty())
        return true;
    *why = QStringLiteral("%1 (sqlstate %2): %3")
               .arg(errorKindName(e.kind), e.sqlState, e.toString().left(300));
    return false;
}

template <typename T> StorageError errorOf(const Result<T> &r)
{
    return r ? StorageError {} : r.error();
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("CATALOG_FUZZ_SEED").toUInt(&ok);
    return ok ? seed : 20240611u;
}

} // namespace

class FuzzInputsTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldSurviveHostileFiltersAndSorts_data() { engines(); }
    void shouldSurviveHostileFiltersAndSorts()
    {
        OPEN_TEST_DATABASE(db);
        const quint32 seed = seedFromEnvironment();
        qInfo() << "seed" << seed;
        Fuzzer fuzz(seed);
        ProductRepository products(db->connections());
        SupplierRepository suppliers(db->connections());
        Supplier s;
        s.sourceId = QStringLiteral("S-fuzz");
        s.name = QStringLiteral("O'Brien \"Quotes\" 100% Ltd_");
        QVERIFY_OK(suppliers.create(s));
        Product p;
        p.sourceId = QStringLiteral("P-fuzz");
        p.title = QStringLiteral("50% off 'kettle' \\ _under_");
        QVERIFY_OK(products.create(p));

        const QStringList productSorts = ProductRepository::sortColumns();
        const QStringList supplierSorts = SupplierRepository::sortColumns();
        int validationErrors = 0;
        int successes = 0;
        for (int i = 0; i < 1500; ++i) {
            ProductFilter pf;
            pf.text = fuzz.text();
            if (fuzz.chance(20))
                pf.currency = fuzz.text();
            if (fuzz.chance(20))
                pf.syncStatuses = { fuzz.chance(50) ? QStringLiteral("synced") : fuzz.text() };
            if (fuzz.chance(10))
                pf.deleted = DeletedFilter(fuzz.below(3));
            PageRequest page;
            page.sortColumn
                = fuzz.chance(75) ? productSorts.at(fuzz.below(int(productSorts.size()))) : fuzz.text();
            page.order = fuzz.chance(50) ? Qt::AscendingOrder : Qt::DescendingOrder;
            page.limit = fuzz.chance(80) ? 50 : fuzz.below(40000) - 10000;
            page.offset = fuzz.chance(80) ? 0 : fuzz.below(1000000);
            QString why;
            const StorageError listed = errorOf(products.list(pf, page));
            QVERIFY2(
                acceptable(listed, &why), qPrintable(QStringLiteral("product list %1: %2").arg(i).arg(why)));
            const StorageError counted = errorOf(products.count(pf));
            QVERIFY2(acceptable(counted, &why),
                qPrintable(QStringLiteral("product count %1: %2").arg(i).arg(why)));
            (listed.ok() ? successes : validationErrors)++;

            SupplierFilter sf;
            sf.text = fuzz.text();
            if (fuzz.chance(30))
                sf.location = fuzz.text();
            PageRequest spage;
            spage.sortColumn
                = fuzz.chance(75) ? supplierSorts.at(fuzz.below(int(supplierSorts.size()))) : fuzz.text();
            spage.order = page.order;
            const StorageError slisted = errorOf(suppliers.list(sf, spage));
            QVERIFY2(acceptable(slisted, &why),
                qPrintable(QStringLiteral("supplier list %1: %2").arg(i).arg(why)));
            QVERIFY2(acceptable(errorOf(suppliers.count(sf)), &why),
                qPrintable(QStringLiteral("supplier count %1: %2").arg(i).arg(why)));
        }
        qInfo() << "filters:" << successes << "answered," << validationErrors << "refused as invalid";
        QVERIFY(successes > 100 && validationErrors > 100); // both paths were really exercised
        // The tricky rows are still found by their literal text, and nothing was dropped
        ProductFilter literal;
        literal.text = QStringLiteral("50% off 'kettle'");
        QCOMPARE(products.count(literal).value(), qint64(1));
        QCOMPARE(products.count({}).value(), qint64(1));
    }

    void shouldSurviveHostileRecordsThroughTheRepositories_data() { engines(); }
    void shouldSurviveHostileRecordsThroughTheRepositories()
    {
        OPEN_TEST_DATABASE(db);
        Fuzzer fuzz(seedFromEnvironment() + 1);
        ProductRepository products(db->connections());
        SupplierRepository suppliers(db->connections());
        int stored = 0;
        for (int i = 0; i < 1000; ++i) {
            Product p;
            // Unique per iteration (a repeated source_id is a clear uniqueness error, not a fuzz finding)
            p.sourceId = (fuzz.chance(70) ? QStringLiteral("P-") : fuzz.text()) + QString::number(i);
            p.title = fuzz.chance(30) ? QStringLiteral("Title %1").arg(i) : fuzz.text();
            p.subtitle = fuzz.text();
            if (fuzz.chance(30))
                p.currency = fuzz.text();
            if (fuzz.chance(30))
                p.mainImageUrl = fuzz.text();
            p.specifications = QJsonObject { { fuzz.text(), fuzz.text() } };
            if (fuzz.chance(20))
                p.syncStatus = fuzz.text();
            QString why;
            const Result<Product> created = products.create(p);
            QVERIFY2(acceptable(errorOf(created), &why),
                qPrintable(QStringLiteral("product %1: %2").arg(i).arg(why)));
            if (created) {
                ++stored;
                // What was stored reads back unchanged
                QCOMPARE(products.findById(created->id)->title, p.title);
            }

            Supplier s;
            s.sourceId = (fuzz.chance(70) ? QStringLiteral("S-") : fuzz.text()) + QString::number(i);
            s.name = fuzz.chance(30) ? QStringLiteral("Supplier %1").arg(i) : fuzz.text();
            s.companyName = fuzz.text();
            s.location = fuzz.text();
            if (fuzz.chance(30))
                s.contactInfo = QJsonObject { { fuzz.text(), fuzz.text() } };
            QVERIFY2(acceptable(errorOf(suppliers.create(s)), &why),
                qPrintable(QStringLiteral("supplier %1: %2").arg(i).arg(why)));
        }
        qInfo() << "records:" << stored << "of 1000 products stored";
        QVERIFY(stored > 50);
        QVERIFY(db->connections().connection()->tables().contains(QStringLiteral("products")));
    }

    void shouldSurviveHostileEditsInTheTableModels_data() { engines(); }
    void shouldSurviveHostileEditsInTheTableModels()
    {
        OPEN_TEST_DATABASE(db);
        Fuzzer fuzz(seedFromEnvironment() + 2);
        for (int i = 0; i < 5; ++i) {
            Product p;
            p.sourceId = QStringLiteral("P-edit-%1").arg(i);
            p.title = QStringLiteral("Editable %1").arg(i);
            QVERIFY_OK(ProductRepository(db->connections()).create(p));
            Supplier s;
            s.sourceId = QStringLiteral("S-edit-%1").arg(i);
            s.name = QStringLiteral("Editable supplier %1").arg(i);
            QVERIFY_OK(SupplierRepository(db->connections()).create(s));
        }
        ProductTableModel productModel(db->connections());
        SupplierTableModel supplierModel(db->connections());
        for (PagedTableModel *model : { static_cast<PagedTableModel *>(&productModel),
                 static_cast<PagedTableModel *>(&supplierModel) }) {
            model->refresh();
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 20000);
            for (int row = 0; row < 5; ++row)
                model->data(model->index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(model->isIdle(), 20000);
            QSignalSpy rejected(model, &PagedTableModel::editRejected);
            QSignalSpy failed(model, &PagedTableModel::saveFailed);
            QSignalSpy saved(model, &PagedTableModel::saved);
            int accepted = 0;
            int refused = 0;
            for (int i = 0; i < 1500; ++i) {
                if (fuzz.chance(2) && model->insertRows(model->rowCount(), 1)) {
                    // A new row starts valid (source_id and title/name are columns 1 and 2 of both
                    // models), so saves can succeed until the fuzzer breaks it.
                    const int added = model->rowCount() - 1;
                    QVERIFY(model->setData(model->index(added, 1), QStringLiteral("NEW-%1").arg(i)));
                    QVERIFY(model->setData(model->index(added, 2), QStringLiteral("New row %1").arg(i)));
                }
                const int row = fuzz.below(model->rowCount());
                const int column = fuzz.below(model->columnCount());
                const QModelIndex index = model->index(row, column);
                const bool editable = model->flags(index) & Qt::ItemIsEditable;
                const int rejectedBefore = int(rejected.size());
                if (model->setData(index, fuzz.value())) {
                    ++accepted;
                } else if (editable) {
                    // Refused by validation: with a signal and a message naming the problem
                    ++refused;
                    QCOMPARE(int(rejected.size()), rejectedBefore + 1);
                    QVERIFY(!model->lastError().isEmpty());
                }
                if (i % 50 == 49 && model->hasPendingChanges()) {
                    const qsizetype savedBefore = saved.size();
                    const qsizetype failedBefore = failed.size();
                    model->save();
                    QTRY_VERIFY_WITH_TIMEOUT(
                        saved.size() > savedBefore || failed.size() > failedBefore, 30000);
                    if (failed.size() > failedBefore) {
                        // A failed save is a validation message (e.g. a new row without a title), or
                        // the one business rule validation cannot know: a source_id another row has
                        // (ErrorKind::Constraint, which names the column on both engines).
                        const QString message = failed.constLast().at(0).toString();
                        QVERIFY2(message.contains(QStringLiteral("nvalid value"))
                                || message.contains(QStringLiteral("invalid values"))
                                || message.contains(QStringLiteral("source_id")),
                            qPrintable(message));
                        model->revert();
                    }
                    QTRY_VERIFY_WITH_TIMEOUT(model->isIdle(), 20000);
                }
            }
            qInfo() << model->metaObject()->className() << "edits:" << accepted << "accepted," << refused
                    << "refused;" << saved.size() << "saves," << failed.size() << "refused saves";
            QVERIFY(accepted > 50 && refused > 50 && saved.size() > 0);
        }
    }
};

CATALOG_TEST_GUILESS_MAIN(FuzzInputsTest)
#include "tst_fuzzinputs.moc"
