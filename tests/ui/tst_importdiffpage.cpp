// The import wizard's Review changes page (issue 19): the diff computed on the JobRunner, the
// operator unticking products and fields, and the import honouring exactly that. Offscreen, with a
// screenshot of the page.

#include "importdialog.h"
#include "importdiffmodel.h"
#include "importdiffpage.h"
#include "interfacelanguage.h"
#include "jobrunner.h"
#include "progresspanel.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "transfer/importdiff.h"

#include "testmain.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace catalog;
using namespace catalog::test;

namespace {

bool seedProducts(TestDatabase &db)
{
    QList<Product> products;
    for (int i = 1; i <= 4; ++i) {
        Product p;
        p.sourceId = QStringLiteral("P-%1").arg(i);
        p.title = QStringLiteral("Thermos %1").arg(i);
        p.priceMin = Decimal2::parse(QStringLiteral("10.00"));
        p.priceMax = Decimal2::parse(QStringLiteral("20.00"));
        p.syncStatus = QStringLiteral("synced");
        products << p;
    }
    return ProductRepository(db.connections()).upsert(products).ok();
}

// P-1 unchanged; P-2 new price; P-3 new title and price; P-4 new status; P-9 new; one rejected row.
QString writeFile(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("review.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("source_id,title,price_min,price_max,sync_status\n"
               "P-1,Thermos 1,10,20,synced\n"
               "P-2,Thermos 2,12.50,20,synced\n"
               "P-3,Thermos 3 (500 ml),11,20,synced\n"
               "P-4,Thermos 4,10,20,failed\n"
               "P-9,Lunch box,5,8,pending\n"
               "P-10,,5,8,pending\n");
    return path;
}

QPushButton *buttonNamed(ImportDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class tst_ImportDiffPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReviewUntickAndImportWhatWasShown()
    {
        // Given a catalog, a file and the wizard with the window's jobs
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedProducts(*db));
        QTemporaryDir dir;
        const QString path = writeFile(dir);
        ProgressPanel panel;
        JobRunner jobs(&panel);
        ImportDialog dialog;
        dialog.setPath(path);
        dialog.setDiffSource(jobs, db->connections());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // When the operator asks to review the changes
        QPushButton *review = buttonNamed(dialog, ImportDialog::tr("Review changes…"));
        QVERIFY(review && review->isEnabled());
        QSignalSpy compared(dialog.diffPage(), &ImportDiffPage::compared);
        review->click();
        QVERIFY(dialog.isReviewing());
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
        QCOMPARE(compared.at(0).at(0).toBool(), true);

        // Then the page shows what the import will do
        ImportDiffPage *page = dialog.diffPage();
        QVERIFY2(page->summary().contains(QStringLiteral("1 new, 3 changed, 1 unchanged, 1 rejected")),
            qPrintable(page->summary()));
        ImportDiffModel *model = page->model();
        const QModelIndex changed = model->index(ImportDiffModel::ChangedGroup, 0);
        QCOMPARE(changed.data().toString(), QStringLiteral("Changed (3)"));
        QVERIFY(page->view()->isExpanded(changed));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        // When P-2 is unticked and P-3 keeps its stored title
        QVERIFY(model->setData(model->index(0, 0, changed), Qt::Unchecked, Qt::CheckStateRole));
        const QModelIndex p3 = model->index(1, 0, changed);
        // (a field under the grid's column title, not its database name)
        QCOMPARE(model->index(0, 0, p3).data().toString(), QStringLiteral("Title"));
        QVERIFY(model->setData(model->index(0, 0, p3), Qt::Unchecked, Qt::CheckStateRole));
        page->view()->expand(p3);
        // Then the counts follow at once
        QVERIFY2(page->summary().contains(QStringLiteral("1 new, 2 changed, 1 unchanged")),
            qPrintable(page->summary()));
        QVERIFY2(
            page->summary().contains(QStringLiteral("left alone: 1 product")), qPrintable(page->summary()));
        QVERIFY2(page->summary().contains(QStringLiteral(", 1 field")), qPrintable(page->summary()));
        QCOMPARE(changed.data().toString(), QStringLiteral("Changed (2)"));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("import-review-changes")));

        // And the import is given exactly those exclusions, and does what the page said
        const ProductImporter::Options options = dialog.options();
        QCOMPARE(options.exclusions.products, QSet<QString> { QStringLiteral("P-2") });
        QCOMPARE(options.exclusions.fields.value(QStringLiteral("P-3")),
            QSet<QString> { QStringLiteral("title") });
        const ImportDiff::Counts predicted = model->counts();
        const Result<ProductImporter::Report> report
            = ProductImporter(db->connections()).importFile(path, options);
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, predicted.newProducts);
        QCOMPARE(report->updated, predicted.changed);
        QCOMPARE(report->unchanged, predicted.unchanged);
        QCOMPARE(report->rejected, predicted.rejected);
        QCOMPARE(report->excluded, predicted.excluded);
        ProductRepository products(db->connections());
        QCOMPARE(products.findBySourceId(QStringLiteral("P-2"))->priceMin,
            Decimal2::parse(QStringLiteral("10.00")));
        QCOMPARE(products.findBySourceId(QStringLiteral("P-3"))->title, QStringLiteral("Thermos 3"));
        QCOMPARE(products.findBySourceId(QStringLiteral("P-3"))->priceMin,
            Decimal2::parse(QStringLiteral("11.00")));

        // Back on the settings, the exclusions no longer apply (the settings may change)
        QPushButton *back = buttonNamed(dialog, ImportDialog::tr("Back"));
        QVERIFY(back && back->isVisible());
        back->click();
        QVERIFY(!dialog.isReviewing());
        QVERIFY(dialog.options().exclusions.isEmpty());
    }

    // The page in Simplified Chinese, for the README (import-review-changes-zh_CN.png).
    void shouldSaveTheScreenshotInChinese()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY(seedProducts(*db));
        QTemporaryDir dir;
        const QString path = writeFile(dir);
        const InterfaceLanguage inLanguage(QStringLiteral("zh_CN"));
        QVERIFY(inLanguage.ok());
        ProgressPanel panel;
        JobRunner jobs(&panel);
        ImportDialog dialog;
        dialog.setPath(path);
        dialog.setDiffSource(jobs, db->connections());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *review = buttonNamed(dialog, ImportDialog::tr("Review changes…"));
        QVERIFY(review && review->text() != QStringLiteral("Review changes…"));
        QSignalSpy compared(dialog.diffPage(), &ImportDiffPage::compared);
        review->click();
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
        QCOMPARE(compared.at(0).at(0).toBool(), true);
        ImportDiffModel *model = dialog.diffPage()->model();
        const QModelIndex changed = model->index(ImportDiffModel::ChangedGroup, 0);
        QVERIFY(model->setData(model->index(0, 0, changed), Qt::Unchecked, Qt::CheckStateRole));
        const QModelIndex p3 = model->index(1, 0, changed);
        QVERIFY(model->setData(model->index(0, 0, p3), Qt::Unchecked, Qt::CheckStateRole));
        dialog.diffPage()->view()->expand(p3);
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("import-review-changes-zh_CN")));
        QVERIFY(jobs.shutdown());
    }

    void shouldCancelAComparisonAndSaySo()
    {
        // Given a file of a few thousand rows compared in batches of one hundred
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("source_id,title,price_min,price_max\n");
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("M-%1,Item %1,1,2\n").arg(i).toUtf8());
        file.close();
        ProgressPanel panel;
        JobRunner jobs(&panel);
        ImportDiffPage page;
        page.show();
        QSignalSpy compared(&page, &ImportDiffPage::compared);
        ProductImporter::Options options;
        options.batchSize = 100;
        // When it is cancelled at once
        page.compare(jobs, db->connections(), path, options);
        QVERIFY(page.isComparing());
        page.cancel();
        // Then it ends early with what it compared, and says that the import reads the whole file
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 60000);
        QVERIFY(!page.isComparing());
        QVERIFY(page.model()->diff().report.cancelled);
        QVERIFY(page.model()->counts().newProducts < 20000);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("diffNote"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));
    }
};

CATALOG_TEST_MAIN(tst_ImportDiffPage)
#include "tst_importdiffpage.moc"
