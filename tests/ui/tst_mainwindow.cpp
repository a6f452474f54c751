#include "mainwindow.h"
#include "productrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheConnectionAndCounts()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        Product p;
        p.sourceId = QStringLiteral("p1");
        p.title = QStringLiteral("Teapot");
        QVERIFY_OK(ProductRepository(db->connections()).create(p));

        MainWindow window(db->connections());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList texts;
        for (const QLabel *label : window.findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("connected")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 products")), qPrintable(all));
        const QString shot = QDir(QStringLiteral(".")).absoluteFilePath(QStringLiteral("mainwindow.png"));
        QVERIFY(window.grab().save(shot));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
