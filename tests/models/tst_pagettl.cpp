// CACHE_TTL for the table models: a loaded page older than the time to live is read again when a
// view next asks for its rows; a younger one is not. Under QAbstractItemModelTester (fatal mode),
// against SQLite and PostgreSQL.
#include "producttablemodel.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace catalog;
using namespace catalog::test;
using namespace Qt::StringLiterals;

class PageTtlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadAPageAgainOnceItIsOlderThanTheTimeToLive_data() { engines(); }
    void shouldReadAPageAgainOnceItIsOlderThanTheTimeToLive()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY(db->exec(u"INSERT INTO products (source_id, title, currency, price_min, price_max) VALUES "
                         "('P-1', 'Steel kettle', 'CNY', 1, 2), ('P-2', 'Glass teapot', 'CNY', 3, 4)"_s));

        // Given a model that has loaded its page, with the default time to live (an hour)
        ProductTableModel model(db->connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sort(ProductTableModel::SourceIdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
        const QModelIndex title = model.index(0, ProductTableModel::TitleColumn);
        QCOMPARE(model.data(title).toString(), u"Steel kettle"_s);

        // When the row changes behind the model's back
        QVERIFY(db->exec(u"UPDATE products SET title = 'Steel kettle 2L' WHERE source_id = 'P-1'"_s));

        // Then a fresh page is shown as it is: asking for it reads nothing
        QCOMPARE(model.data(title).toString(), u"Steel kettle"_s);
        QCoreApplication::processEvents();
        QVERIFY(model.isIdle());
        QCOMPARE(model.data(title).toString(), u"Steel kettle"_s);

        // And once the page is older than the time to live, the next look reads it again
        model.setPageTimeToLive(std::chrono::milliseconds(500));
        QTRY_COMPARE_WITH_TIMEOUT(model.data(title).toString(), u"Steel kettle 2L"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 10000);
    }
};

CATALOG_TEST_GUILESS_MAIN(PageTtlTest)
#include "tst_pagettl.moc"
