// The products grid's picture column: thumbnails from the cache, rendered off the GUI thread with a
// placeholder meanwhile, only for rows on screen, and nothing left behind when the page goes.
#include "fixtures.h"
#include "imagegallery.h"
#include "images/democatalog.h"
#include "images/thumbnailcache.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "pagedtablemodel.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "productthumbnails.h"
#include "repositories/productrepository.h"
#include "statuscolors.h"
#include "testdatabase.h"
#include "thumbnailloader.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QMutex>
#include <QPointer>
#include <QScrollBar>
#include <QSemaphore>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

constexpr int kLoadTimeoutMs = 20000;

// Renders that wait until the test opens the gate: while it is shut, a GUI thread that waited for a
// render would hang the test.
struct RenderGate
{
    QSemaphore open;
    QMutex mutex;
    QStringList started; // keys, in the order their renders began

    ThumbnailLoader::Render render()
    {
        return [this](ThumbnailCache &cache, const ImageRecord &image, int size) {
            {
                QMutexLocker lock(&mutex);
                started << ThumbnailLoader::keyOf(image);
            }
            open.acquire();
            open.release(); // stays open for the next render
            return cache.thumbnail(image, size);
        };
    }
    QStringList keys()
    {
        QMutexLocker lock(&mutex);
        return started;
    }
};

QColor placeholderColour()
{
    const QPalette &palette = StatusColors::current().palette();
    return StatusColors::tinted(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QColor cellCentre(QTableView *view, int row)
{
    const QModelIndex cell = view->model()->index(row, ProductTableModel::ThumbnailColumn);
    const QImage shot = view->viewport()->grab().toImage();
    return shot.pixelColor(view->visualRect(cell).center());
}

bool rowLoaded(QTableView *view, int row)
{
    return view->model()->index(row, 0).data(PagedTableModel::LoadedRole).toBool();
}

// Rows whose picture cell is wholly on screen.
QList<int> visibleRows(QTableView *view)
{
    QList<int> rows;
    for (int row = qMax(0, view->rowAt(0)); row < view->model()->rowCount(); ++row) {
        const QRect cell = view->visualRect(view->model()->index(row, ProductTableModel::ThumbnailColumn));
        if (!view->viewport()->rect().contains(cell))
            break;
        rows << row;
    }
    return rows;
}

// Keys of the rows at least partly on screen (what the loader counts as on screen).
QStringList visibleKeys(QTableView *view)
{
    QStringList keys;
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = view->model()->rowCount() - 1;
    for (int row = first; row >= 0 && row <= last; ++row)
        keys << view->model()
                    ->index(row, ProductTableModel::ThumbnailColumn)
                    .data(ProductTableModel::MainImageSha256Role)
                    .toString();
    return keys;
}

} // namespace

class ProductThumbnailsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_storage.isValid());
        qputenv("STORAGE_PATH", QFile::encodeName(m_storage.path()));
        m_db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(m_db);
        DemoCatalog::Options options;
        options.data.products = 240;
        options.data.suppliers = 24;
        QElapsedTimer timer;
        timer.start();
        const Result<DemoCatalog::Report> seeded
            = DemoCatalog::load(m_db->connections(), m_storage.path(), options);
        QVERIFY_OK(seeded);
        QCOMPARE(seeded->picturesStored, 240);
        qInfo().noquote() << "240 demo products with pictures in" << timer.elapsed() << "ms";
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { m_db.reset(); }

    void shouldCarryTheMainImageInTheModel()
    {
        ProductTableModel model(m_db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 240, kLoadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            model.index(0, 0).data(PagedTableModel::LoadedRole).toBool(), kLoadTimeoutMs);
        const QModelIndex cell = model.index(0, ProductTableModel::ThumbnailColumn);
        const Product p = cell.data(PagedTableModel::RecordRole).value<Product>();
        QCOMPARE(cell.data(ProductTableModel::MainImagePathRole).toString(), p.mainImagePath);
        QCOMPARE(cell.data(ProductTableModel::MainImageSha256Role).toString(), p.mainImageSha256);
        QVERIFY(QFileInfo::exists(QDir(m_storage.path()).filePath(p.mainImagePath)));
        // The column has no text and cannot be sorted or edited
        QVERIFY(!cell.data(Qt::DisplayRole).isValid());
        QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
    }

    void shouldShowAPlaceholderUntilTheRenderIsDone()
    {
        RenderGate gate;
        ProductsPage page(m_db->connections());
        page.thumbnails()->loader()->setRender(gate.render());
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        // The picture column is second, and once rows with pictures are on screen they are tall
        // enough for them
        QCOMPARE(view->horizontalHeader()->visualIndex(ProductTableModel::ThumbnailColumn), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(view, 0), kLoadTimeoutMs);
        QTRY_COMPARE(view->verticalHeader()->defaultSectionSize(), ProductThumbnails::kRowHeight);

        // Given renders that have not finished: the cell shows the placeholder
        QTRY_COMPARE(gate.keys().size(), 2);
        const QString firstKey = visibleKeys(view).constFirst();
        QVERIFY(gate.keys().contains(firstKey));
        QCOMPARE(cellCentre(view, 0), placeholderColour());

        // When they finish, the cell shows the picture
        gate.open.release();
        QTRY_VERIFY_WITH_TIMEOUT(cellCentre(view, 0) != placeholderColour(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.thumbnails()->loader()->running(), 0, 10000);

        // Hiding the column gives the rows their text height back; showing it makes them tall again
        view->setColumnHidden(ProductTableModel::ThumbnailColumn, true);
        QVERIFY(view->verticalHeader()->defaultSectionSize() < ProductThumbnails::kRowHeight);
        view->setColumnHidden(ProductTableModel::ThumbnailColumn, false);
        QCOMPARE(view->verticalHeader()->defaultSectionSize(), ProductThumbnails::kRowHeight);
    }

    // A catalog whose pictures were never fetched keeps compact rows with the column shown; the
    // first stored picture on screen makes them tall, and they stay so.
    void shouldKeepTextRowsUntilAPictureIsOnScreen()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QList<Product> products;
        for (int i = 0; i < 30; ++i)
            products << minimalProduct(QStringLiteral("NP-%1").arg(i), QStringLiteral("Enamel mug %1").arg(i));
        QVERIFY_OK(ProductRepository(db->connections()).upsert(products));
        ProductsPage page(db->connections());
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(view, 0), kLoadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(view, 20), kLoadTimeoutMs);
        QVERIFY(!view->isColumnHidden(ProductTableModel::ThumbnailColumn));
        const int textHeight = view->verticalHeader()->defaultSectionSize();
        QVERIFY2(textHeight < ProductThumbnails::kRowHeight, qPrintable(QString::number(textHeight)));
        QCOMPARE(view->rowHeight(0), textHeight);
        QVERIFY(saveScreenshot(&page, QStringLiteral("products-grid-no-pictures")));

        // When a product on screen gets a stored main image and the page reloads
        const qint64 id = view->model()->index(0, 0).data(PagedTableModel::RecordIdRole).toLongLong();
        QVERIFY(db->exec(QStringLiteral("INSERT INTO images (product_id, url, image_type, local_path, sha256)"
                                        " VALUES (%1, 'https://img.example.com/mug.jpg', 'main', 'ab/mug.jpg', '%2')")
                             .arg(id)
                             .arg(QString(64, QLatin1Char('a')))));
        page.model()->refresh();
        // Then the rows are tall enough for a thumbnail
        QTRY_COMPARE_WITH_TIMEOUT(
            view->verticalHeader()->defaultSectionSize(), ProductThumbnails::kRowHeight, kLoadTimeoutMs);
        QCOMPARE(view->rowHeight(5), ProductThumbnails::kRowHeight);
        // and stay so when the rows on screen have none
        QVERIFY(db->exec(QStringLiteral("DELETE FROM images")));
        page.model()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->model()->index(0, 0).data(ProductTableModel::MainImagePathRole).toString().isEmpty(),
            kLoadTimeoutMs);
        QCOMPARE(view->verticalHeader()->defaultSectionSize(), ProductThumbnails::kRowHeight);
    }

    void shouldNeverWaitForRendersWhileScrolling()
    {
        RenderGate gate; // shut for the whole scroll
        ProductsPage page(m_db->connections());
        ThumbnailLoader *loader = page.thumbnails()->loader();
        loader->setRender(gate.render());
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 240, kLoadTimeoutMs);

        // When the operator scrolls to 20 positions while no render can finish
        qint64 slowestPaintMs = 0;
        QSet<QString> shownKeys;
        for (int step = 0; step < 20; ++step) {
            const int row = step * 11;
            view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtTop);
            QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(view, row), kLoadTimeoutMs); // the page query, not a render
            QElapsedTimer paint;
            paint.start();
            view->viewport()->repaint();
            QCoreApplication::processEvents();
            slowestPaintMs = qMax(slowestPaintMs, paint.elapsed());
            for (const QString &key : visibleKeys(view))
                shownKeys.insert(key);
        }
        qInfo().noquote() << "20 scroll positions," << shownKeys.size() << "pictures passed by; slowest paint"
                          << slowestPaintMs << "ms; renders started" << loader->started() << ", dropped"
                          << loader->dropped();

        // Then painting never waited (the renders are still shut), only two renders ever started, and the
        // rows that scrolled away were dropped instead of queueing behind them
        QVERIFY2(slowestPaintMs < 2000, qPrintable(QString::number(slowestPaintMs)));
        QCOMPARE(loader->started(), qint64(2));
        QVERIFY(loader->dropped() > 0);
        QVERIFY(loader->queued() <= 96);

        // And once renders can run again, only pictures on screen are rendered, and they all show
        gate.open.release();
        const QStringList finalKeys = visibleKeys(view);
        QTRY_VERIFY_WITH_TIMEOUT(loader->running() == 0 && loader->queued() == 0, 20000);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(loader->running() == 0 && loader->queued() == 0, 20000);
        const QStringList rendered = gate.keys().mid(2);
        for (const QString &key : rendered)
            QVERIFY2(finalKeys.contains(key), qPrintable(key));
        QVERIFY(rendered.size() < shownKeys.size() / 2);
        QVERIFY(visibleRows(view).size() >= 5);
        for (int row : visibleRows(view))
            QTRY_VERIFY_WITH_TIMEOUT(cellCentre(view, row) != placeholderColour(), 10000);
    }

    void shouldLetThePageGoWhileRendersArePending()
    {
        RenderGate gate;
        auto *page = new ProductsPage(m_db->connections());
        QPointer<ThumbnailLoader> loader = page->thumbnails()->loader();
        loader->setRender(gate.render());
        page->resize(1100, 640);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(page->view(), 0), kLoadTimeoutMs);
        page->view()->scrollTo(page->model()->index(120, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(page->view(), 120), kLoadTimeoutMs);
        page->view()->viewport()->repaint();
        QTRY_COMPARE(gate.keys().size(), 2);
        QVERIFY(loader->queued() > 0 || loader->running() == 2);

        // When the page (with its model and loader) goes while renders run and more are queued
        gate.open.release();
        delete page;
        // Then nothing arrives for it later, and nothing crashes
        QVERIFY(loader.isNull());
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }

    void shouldShowThumbnailsAndTheGalleryOnDemoData()
    {
        for (const QString &language : InterfaceLanguage::all()) {
            const InterfaceLanguage inLanguage(language);
            QVERIFY(inLanguage.ok());
            MainWindow window(m_db->connections());
            window.resize(1400, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProductsPage *page = window.productsPage();
            QTableView *view = page->view();
            QTRY_VERIFY_WITH_TIMEOUT(rowLoaded(view, 0), kLoadTimeoutMs);
            view->setCurrentIndex(page->model()->index(1, ProductTableModel::TitleColumn));
            QTRY_VERIFY_WITH_TIMEOUT(page->gallery()->count() > 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(page->thumbnails()->loader()->running() == 0
                    && page->thumbnails()->loader()->queued() == 0
                    && cellCentre(view, 0) != placeholderColour(),
                20000);
            QTest::qWait(0);
            // products-thumbnails.png in English, products-thumbnails-zh_CN.png in Simplified Chinese
            const QString dir = QStringLiteral(CATALOG_SCREENSHOT_DIR);
            const QString suffix
                = language == QLatin1String("en") ? QString() : QStringLiteral("-") + language;
            const QString grid = dir + QStringLiteral("/products-thumbnails%1.png").arg(suffix);
            const QString gallery = dir + QStringLiteral("/gallery%1.png").arg(suffix);
            QVERIFY(window.grab().save(grid));
            QVERIFY(page->gallery()->grab().save(gallery));
            qInfo().noquote() << "screenshots:" << grid << gallery;
        }
    }

private:
    QTemporaryDir m_storage;
    std::unique_ptr<TestDatabase> m_db;
};

CATALOG_TEST_MAIN(ProductThumbnailsTest)
#include "tst_productthumbnails.moc"
