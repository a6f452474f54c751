// The window follows the database's decision: logged in as a catalog_viewer it turns read-only
// (no editable cells, add/delete/import greyed with the reason), shows role and encryption in the
// status bar, and a write the server refuses anyway is reported as a permission error. The
// screenshot is saved to $CATALOG_SCREENSHOT_DIR (default /tmp) for a human to look at.
#include "mainwindow.h"
#include "pagedtablemodel.h"
#include "repositories/productrepository.h"
#include "productspage.h"
#include "producttablemodel.h"
#include "db/rolesetup.h"
#include "sessionguard.h"
#include "tablepage.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace catalog;
using namespace catalog::test;

namespace {

QAction *findAction(QWidget *window, const QString &textStart)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
            return a;
    }
    return nullptr;
}

} // namespace

class SessionGuardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void shouldTurnReadOnlyForAViewer()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        for (int i = 0; i < 8; ++i) {
            Product p;
            p.sourceId = QStringLiteral("P-ro-%1").arg(i);
            p.title = QStringLiteral("Read-only kettle %1").arg(i);
            QVERIFY_OK(ProductRepository(db->connections()).create(p));
        }
        const QString login
            = QStringLiteral("t_guiviewer_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(db->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'gui-pw'").arg(login)));
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Viewer } }));
        ConnectionConfig config = db->config();
        config.user = login;
        config.password = QStringLiteral("gui-pw");
        {
            ConnectionManager viewer(config);
            MainWindow window(viewer);
            window.resize(1200, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ProductTableModel *model = window.productsPage()->products();
            QTRY_VERIFY_WITH_TIMEOUT(model->isIdle() && model->rowCount() == 8, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(window.sessionGuard()->hasInfo(), 15000);

            // The models refuse edits, with the reason
            QVERIFY(model->isReadOnly());
            QVERIFY2(model->readOnlyReason().contains(login), qPrintable(model->readOnlyReason()));
            QTRY_VERIFY(model->data(model->index(0, 0), PagedTableModel::LoadedRole).toBool());
            QVERIFY(!(model->flags(model->index(0, ProductTableModel::TitleColumn)) & Qt::ItemIsEditable));
            QVERIFY(!model->insertRows(model->rowCount(), 1));
            QVERIFY(!model->removeRows(0, 1));
            QCOMPARE(model->lastError(), model->readOnlyReason());
            // Menus are greyed and say why
            for (const char *name :
                { "Add Row", "Delete Rows", "Import", "Load Demo Data", "Optimise Database" }) {
                QAction *action = findAction(&window, QString::fromLatin1(name));
                QVERIFY2(action, name);
                QVERIFY2(!action->isEnabled(), name);
                QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), name);
            }
            QVERIFY(findAction(&window, QStringLiteral("Export"))->isEnabled()); // reading stays possible
            // The status bar shows the role, the encryption and the read-only state
            auto *label = window.findChild<QLabel *>(QStringLiteral("sessionLabel"));
            QVERIFY(label);
            QVERIFY2(label->text().contains(login) && label->text().contains(QStringLiteral("read-only")),
                qPrintable(label->text()));
            QVERIFY2(label->text().contains(QStringLiteral("not encrypted"))
                    || label->text().contains(QStringLiteral("encrypted (TLS")),
                qPrintable(label->text()));
            window.statusBar()->showMessage(model->readOnlyReason());
            QTest::qWait(200);
            const QString dir = qEnvironmentVariable("CATALOG_SCREENSHOT_DIR", QDir::tempPath());
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("catalog-readonly-viewer.png"))));

            // Even if the GUI did let a write through, the server refuses it as a permission error
            model->setReadOnly(QString());
            QSignalSpy failed(model, &PagedTableModel::saveFailed);
            QVERIFY(model->setData(
                model->index(0, ProductTableModel::TitleColumn), QStringLiteral("Sneaky edit")));
            // The page tells the operator in a message box: record its text and close it
            QString shown;
            QTimer closer;
            connect(&closer, &QTimer::timeout, this, [&shown] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    shown = box->text() + QLatin1Char('\n') + box->informativeText() + QLatin1Char('\n')
                        + box->detailedText();
                    box->close();
                }
            });
            closer.start(100);
            model->save();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
            const QString message = failed.constFirst().at(0).toString();
            QVERIFY2(message.contains(QStringLiteral("permission denied"))
                    && message.contains(QStringLiteral("lacks this right")),
                qPrintable(message));
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            QVERIFY2(shown.contains(QStringLiteral("permission denied")), qPrintable(shown));
            closer.stop();
            model->revert();
        }
        db->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    void shouldStayEditableOnAWritableDatabase()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionGuard()->hasInfo(), 15000);
        QVERIFY(!window.productsPage()->products()->isReadOnly());
        QVERIFY(findAction(&window, QStringLiteral("Import"))->isEnabled());
        QVERIFY(findAction(&window, QStringLiteral("Optimise Database"))->isEnabled());
        auto *label = window.findChild<QLabel *>(QStringLiteral("sessionLabel"));
        QTRY_VERIFY(label->text().contains(QStringLiteral("local file")));
    }
};

CATALOG_TEST_MAIN(SessionGuardTest)
#include "tst_sessionguard.moc"
