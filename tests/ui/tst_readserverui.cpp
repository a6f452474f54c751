// "Browse from standby" in the GUI: the connection dialog's fields (saved with the connection),
// the status bar's label of both servers with the standby's lag and the image gallery reading from
// the standby, against a real streaming standby of the test cluster. Screenshots for a person to
// look at.
#include "config/appidentity.h"
#include "config/readserversettings.h"
#include "connectiondialog.h"
#include "db/readrouter.h"
#include "fixtures.h"
#include "imagegallery.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "producttablemodel.h"
#include "productspage.h"
#include "readserverindicator.h"
#include "repositories/imagerepository.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"
#include "replicatedcluster.h"

#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class ReadServerUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplicatedCluster> m_standby;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity();
        QSettings().clear();
        // One standby for the suite; the tests that need it skip without the cluster.
        if (ReplicatedCluster::available()) {
            m_standby = std::make_unique<ReplicatedCluster>();
            QVERIFY2(m_standby->startStandbyOfSharedCluster(), qPrintable(m_standby->error()));
        }
    }

    void cleanupTestCase()
    {
        m_standby.reset();
        QSettings().clear();
    }

    void cleanup()
    {
        if (m_standby) // a failed test must not leave the next one a paused standby
            m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()"));
    }

    void shouldSaveTheStandbyWithTheConnection()
    {
        // Given the dialog showing a PostgreSQL connection
        const ConnectionConfig primary
            = ConnectionConfig::fromUrl(QStringLiteral("postgresql://alice@db1.example:5432/catalog")).value();
        ConnectionDialog dialog(primary);
        auto *browse = dialog.findChild<QCheckBox *>(QStringLiteral("browseFromStandby"));
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("standbyServerEdit"));
        QVERIFY(browse && server);
        QVERIFY(!browse->isChecked());
        QVERIFY(!server->isEnabled());
        QCOMPARE(dialog.readUrl(), QString());
        // When the operator ticks "Browse from standby" and names it by host and port
        browse->setChecked(true);
        QVERIFY(server->isEnabled());
        QTest::keyClicks(server, QStringLiteral("db2.example:5433"));
        QCOMPARE(dialog.readUrl(), QStringLiteral("postgresql://db2.example:5433"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("screenshot-connectiondialog-standby")));
        // And connects
        dialog.accept();
        // Then the standby is saved with the connection, and shown again next time
        // (saved in ConnectionConfig::toUrl()'s form, without any password)
        QCOMPARE(ReadServerSettings().readUrlFor(primary), QStringLiteral("postgresql://db2.example:5433/"));
        ConnectionDialog again(primary);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("browseFromStandby"))->isChecked());
        QCOMPARE(again.readUrl(), QStringLiteral("postgresql://db2.example:5433/"));
        // And unticking it forgets it
        again.findChild<QCheckBox *>(QStringLiteral("browseFromStandby"))->setChecked(false);
        again.accept();
        QCOMPARE(ReadServerSettings().readUrlFor(primary), QString());
    }

    void shouldShowBothServersAndTheLagInTheStatusBar()
    {
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QVERIFY_OK(ReadRouter::attach(db->connections(), m_standby->readUrl(db->config().database)));
        QVERIFY(m_standby->waitForReplay());

        MainWindow window(db->connections());
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.productsPage()->products()->isIdle(), 30000);
        auto *label = window.findChild<QLabel *>(QStringLiteral("readServerLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        const QString standby = QStringLiteral("standby 127.0.0.1:%1, lag ").arg(m_standby->standbyPort());
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(standby), qPrintable(label->text()), 30000);
        QVERIFY(label->text().startsWith(QStringLiteral("Primary 127.0.0.1:%1").arg(db->config().port)));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().endsWith(QStringLiteral("reads: standby")), 30000);
        // Not cut off: the whole text fits the label, and the label the status bar
        // (once the status bar has laid out the new text)
        QVERIFY(saveScreenshot(&window, QStringLiteral("screenshot-mainwindow-standby")));
        QVERIFY(saveScreenshot(window.statusBar(), QStringLiteral("screenshot-statusbar-standby")));
        QTRY_VERIFY2_WITH_TIMEOUT(label->width() >= label->sizeHint().width()
                && label->geometry().right() <= window.statusBar()->width(),
            qPrintable(QStringLiteral("label %1 wide (hint %2), right edge %3, status bar %4 wide")
                           .arg(label->width())
                           .arg(label->sizeHint().width())
                           .arg(label->geometry().right())
                           .arg(window.statusBar()->width())),
            10000);
    }

    void shouldShowTheGalleryFromTheStandby()
    {
        // Given a product with an image, replayed by the read server, which then pauses
        CATALOG_SKIP_WITHOUT_TEST_CLUSTER();
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        const Result<Product> product = ProductRepository(db->connections()).create(minimalProduct(QStringLiteral("GAL-1")));
        QVERIFY_OK(product);
        ImageRecord image;
        image.productId = product->id;
        image.url = QStringLiteral("https://example.com/gallery.jpg");
        QVERIFY_OK(ImageRepository(db->connections()).add(image));
        ReadRouter::Options options;
        options.replayCheckInterval = std::chrono::milliseconds(0);
        QVERIFY2(m_standby->attachAsReadServer(db->connections(), options), qPrintable(m_standby->error()));
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_pause()")));
        // When another client records a failed fetch on the primary (this process hears nothing
        // of it) and the gallery shows the product
        QVERIFY(db->exec(QStringLiteral("UPDATE images SET fetch_error = 'HTTP 404'")));
        ImageGallery gallery(db->connections());
        const auto show = [&] {
            QSignalSpy loaded(&gallery, &ImageGallery::imagesLoaded);
            gallery.clearProduct();
            gallery.showProduct(product->id, { image.url }, false);
            return loaded.wait(30000) ? gallery.item(0)->text() : QStringLiteral("(not loaded)");
        };
        // Then it shows the standby's row, where the fetch has not failed yet
        const QString before = show();
        QVERIFY2(!before.contains(QStringLiteral("Failed")), qPrintable(before));
        // And once the standby has replayed it, the failure
        QVERIFY(m_standby->execOnStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        QVERIFY(m_standby->waitForReplay());
        const QString after = show();
        QVERIFY2(after.contains(QStringLiteral("Failed")), qPrintable(after));
    }

    void shouldDescribeAFallbackToThePrimary()
    {
        ReadRouter::Status status;
        status.configured = true;
        status.primaryName = QStringLiteral("db1:5432");
        status.standbyName = QStringLiteral("db2:5433");
        status.standbyReachable = false;
        status.note = QStringLiteral("The read server db2:5433 cannot be reached");
        const QString text = ReadServerIndicator::describe(status);
        QVERIFY2(text.contains(QStringLiteral("standby db2:5433 unreachable")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("reads: primary")), qPrintable(text));
    }
};

CATALOG_TEST_MAIN(ReadServerUiTest)
#include "tst_readserverui.moc"
