#include "core/savedviewcodec.h"
#include "db/rolesetup.h"
#include "repositories/savedviewrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace catalog;
using namespace catalog::test;

namespace {

SavedView productView(const QString &name, const QJsonObject &definition = {}, bool shared = false)
{
    SavedView v;
    v.name = name;
    v.page = ViewPage::Products;
    v.shared = shared;
    v.definition
        = definition.isEmpty() ? QJsonObject { { QStringLiteral("filter"), QJsonObject {} } } : definition;
    return v;
}

QStringList names(const QList<SavedView> &views)
{
    QStringList list;
    for (const SavedView &v : views)
        list << v.name + (v.mine ? QString() : QStringLiteral(" (") + v.owner + QLatin1Char(')'));
    return list;
}

} // namespace

class SavedViewRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripADefinition_data() { engines(); }
    void shouldRoundTripADefinition()
    {
        // Given a filter with every field set, a sort and a column layout
        OPEN_TEST_DATABASE(db);
        ProductFilter filter;
        filter.text = QStringLiteral("kettle \"steel\"");
        filter.syncStatuses = { QStringLiteral("synced"), QStringLiteral("failed") };
        filter.supplierId = 42;
        filter.currency = QStringLiteral("USD");
        filter.priceFrom = Decimal2::parse(QStringLiteral("10.50"));
        filter.priceTo = Decimal2::parse(QStringLiteral("99.00"));
        filter.updatedSince = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        filter.deleted = DeletedFilter::All;
        filter.quality = QualityKind::ImageNotStored;
        filter.specKey = QStringLiteral("材质");
        filter.specValue = QStringLiteral("不锈钢 \"304\"");
        ViewLayout layout;
        layout.sortColumn = QStringLiteral("price_min");
        layout.sortOrder = Qt::DescendingOrder;
        layout.columns
            = { { QStringLiteral("title"), 0, 320, false }, { QStringLiteral("id"), 1, 60, true } };
        // When it is saved and read back from the database
        SavedViewRepository views(db->connections());
        QVERIFY_OK(
            views.save(productView(QStringLiteral("Cheap steel"), SavedViewCodec::encode(filter, layout))));
        const auto listed = views.list(ViewPage::Products);
        QVERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        const auto decoded = SavedViewCodec::decodeProducts(listed->first().definition,
            { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("price_min") });
        // Then everything comes back and nothing was dropped
        QVERIFY2(decoded.dropped.isEmpty(), qPrintable(decoded.dropped.join(u'\n')));
        QCOMPARE(decoded.filter.text, filter.text);
        QCOMPARE(decoded.filter.syncStatuses, filter.syncStatuses);
        QCOMPARE(decoded.filter.supplierId, filter.supplierId);
        QCOMPARE(decoded.filter.currency, filter.currency);
        QCOMPARE(decoded.filter.priceFrom, filter.priceFrom);
        QCOMPARE(decoded.filter.priceTo, filter.priceTo);
        QCOMPARE(decoded.filter.updatedSince, filter.updatedSince);
        QCOMPARE(decoded.filter.deleted, filter.deleted);
        QCOMPARE(decoded.filter.quality, filter.quality);
        QCOMPARE(decoded.filter.specKey, filter.specKey);
        QCOMPARE(decoded.filter.specValue, filter.specValue);
        QCOMPARE(decoded.layout, layout);
        QVERIFY(listed->first().mine);
        QCOMPARE(listed->first().owner, views.currentOwner().value());
        QVERIFY(listed->first().createdAt.isValid());
    }

    void shouldLoadWhatStillAppliesAndSayWhatWasDropped()
    {
        // Given a definition from a newer version: an unknown filter, a bad value, a column that is gone
        const QJsonObject definition {
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("text"), QStringLiteral("lamp") },
                    { QStringLiteral("quality_kind"), QStringLiteral("no_image") },
                    { QStringLiteral("price_from"), QStringLiteral("cheap") } } },
            { QStringLiteral("sort"),
                QJsonObject { { QStringLiteral("column"), QStringLiteral("thumbnail") },
                    { QStringLiteral("order"), QStringLiteral("descending") } } },
            { QStringLiteral("columns"),
                QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("title") },
                                 { QStringLiteral("position"), 1 }, { QStringLiteral("width"), 200 } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("thumbnail") },
                        { QStringLiteral("position"), 0 } } } },
        };
        // When it is decoded for a page with the columns id and title
        const auto decoded
            = SavedViewCodec::decodeProducts(definition, { QStringLiteral("id"), QStringLiteral("title") });
        // Then what applies is kept and the rest is named
        QCOMPARE(decoded.filter.text, QStringLiteral("lamp"));
        QVERIFY(!decoded.filter.priceFrom);
        QCOMPARE(decoded.layout.sortColumn, QString());
        QCOMPARE(decoded.layout.columns.size(), 1);
        QCOMPARE(decoded.layout.columns.first().key, QStringLiteral("title"));
        QCOMPARE(decoded.layout.columns.first().width, 200);
        QCOMPARE(decoded.dropped.size(), 4);
        const QString all = decoded.dropped.join(u'\n');
        for (const char *word :
            { "quality_kind", "price_from", "sort by \"thumbnail\"", "column \"thumbnail\"" })
            QVERIFY2(all.contains(QLatin1String(word)), qPrintable(all));
        // A supplier definition keeps its own fields
        SupplierFilter suppliers;
        suppliers.location = QStringLiteral("Yiwu");
        const auto back = SavedViewCodec::decodeSuppliers(SavedViewCodec::encode(suppliers, {}), {});
        QCOMPARE(back.filter.location, QStringLiteral("Yiwu"));
        QVERIFY2(back.dropped.isEmpty(), qPrintable(back.dropped.join(u'\n')));
    }

    void shouldRefuseADuplicateNameAndRenameClashes_data() { engines(); }
    void shouldRefuseADuplicateNameAndRenameClashes()
    {
        OPEN_TEST_DATABASE(db);
        SavedViewRepository views(db->connections());
        const auto a = views.save(productView(QStringLiteral("A")));
        const auto b = views.save(productView(QStringLiteral("B")));
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        // A second "A" is refused, unless asked to replace it
        const auto again = views.save(productView(QStringLiteral("A")));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Constraint);
        QVERIFY2(again.error().message.contains(QStringLiteral("\"A\"")), qPrintable(again.error().message));
        const QJsonObject newer { { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("text"), QStringLiteral("x") } } } };
        const auto replaced = views.save(productView(QStringLiteral("A"), newer, true), true);
        QVERIFY_OK(replaced);
        QCOMPARE(replaced->id, a->id);
        QCOMPARE(replaced->definition, newer);
        QVERIFY(replaced->shared);
        // The same name on the other page is another view
        SavedView supplierA = productView(QStringLiteral("A"));
        supplierA.page = ViewPage::Suppliers;
        QVERIFY_OK(views.save(supplierA));
        // Renaming onto an existing name is refused, and nothing changes
        const auto clash = views.rename(b->id, QStringLiteral("A"));
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, ErrorKind::Constraint);
        QCOMPARE(names(views.list(ViewPage::Products).value()),
            QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
        const auto renamed = views.rename(b->id, QStringLiteral("C"));
        QVERIFY_OK(renamed);
        QCOMPARE(names(views.list(ViewPage::Products).value()),
            QStringList({ QStringLiteral("A"), QStringLiteral("C") }));
        // Empty names are refused; a deleted view is gone
        QCOMPARE(views.rename(b->id, QStringLiteral("  ")).error().kind, ErrorKind::Validation);
        QVERIFY_OK(views.remove(b->id));
        QCOMPARE(views.rename(b->id, QStringLiteral("D")).error().kind, ErrorKind::NotFound);
        QCOMPARE(views.remove(b->id).kind, ErrorKind::NotFound);
    }

    void shouldKeepOneDefaultPerOwnerAndPage_data() { engines(); }
    void shouldKeepOneDefaultPerOwnerAndPage()
    {
        OPEN_TEST_DATABASE(db);
        SavedViewRepository views(db->connections());
        const auto a = views.save(productView(QStringLiteral("A")));
        const auto b = views.save(productView(QStringLiteral("B")));
        SavedView s = productView(QStringLiteral("S"));
        s.page = ViewPage::Suppliers;
        const auto onSuppliers = views.save(s);
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        QVERIFY_OK(onSuppliers);
        QVERIFY_OK(views.setDefault(a->id, true));
        QVERIFY_OK(views.setDefault(onSuppliers->id, true));
        QVERIFY_OK(views.setDefault(b->id, true));
        const QList<SavedView> products = views.list(ViewPage::Products).value();
        QCOMPARE(products.size(), 2);
        QVERIFY(!products.at(0).isDefault); // A lost it to B
        QVERIFY(products.at(1).isDefault);
        QVERIFY(views.list(ViewPage::Suppliers).value().first().isDefault); // the other page keeps its own
        QVERIFY_OK(views.setDefault(b->id, false));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM saved_views WHERE is_default = ?"), { true })
                     .toInt(),
            1);
        // The database itself refuses a second default
        QVERIFY_OK(views.setDefault(a->id, true));
        QVERIFY(
            !db->exec(QStringLiteral("UPDATE saved_views SET is_default = ? WHERE id = ?"), { true, b->id }));
    }

    // Two roles on PostgreSQL: each sees its own views and the shared ones of the other, and can
    // change only its own, even by writing to the table directly.
    void shouldShareViewsButLeaveThemToTheirOwner()
    {
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db) {
            if (!TestDatabase::postgresAvailable() && qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        const QString login
            = QStringLiteral("t_views_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(db->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'views-pw'").arg(login)));
        QVERIFY_OK(RoleSetup(db->connections()).apply({ { login, CatalogRole::Viewer } }));
        ConnectionConfig config = db->config();
        config.user = login;
        config.password = QStringLiteral("views-pw");
        ConnectionManager other(config);
        SavedViewRepository mine(db->connections());
        SavedViewRepository theirs(other);
        QCOMPARE(theirs.currentOwner().value(), login);

        const auto privateView = mine.save(productView(QStringLiteral("Private")));
        const auto sharedView = mine.save(productView(QStringLiteral("Team"), {}, true));
        QVERIFY_OK(privateView);
        QVERIFY_OK(sharedView);
        const auto own = theirs.save(productView(QStringLiteral("Team"))); // a name of their own
        QVERIFY_OK(own);
        QCOMPARE(own->owner, login);

        // Each sees their own views and the shared ones
        QCOMPARE(names(theirs.list(ViewPage::Products).value()),
            QStringList(
                { QStringLiteral("Team"), QStringLiteral("Team (%1)").arg(mine.currentOwner().value()) }));
        QCOMPARE(names(mine.list(ViewPage::Products).value()),
            QStringList({ QStringLiteral("Private"), QStringLiteral("Team") }));
        // The other role cannot change or delete a shared view that is not theirs
        for (const StorageError &e : { theirs.rename(sharedView->id, QStringLiteral("Mine now")).error(),
                 theirs.setDefault(sharedView->id, true).error(),
                 theirs.setShared(sharedView->id, false).error(), theirs.remove(sharedView->id) }) {
            QCOMPARE(e.kind, ErrorKind::Permission);
            QVERIFY2(e.message.contains(QStringLiteral("\"Team\"")), qPrintable(e.message));
        }
        // and does not see the private one at all
        QCOMPARE(theirs.remove(privateView->id).kind, ErrorKind::NotFound);
        // The server enforces ownership too, whatever a client sends
        const bool spoofed
            = other
                  .runStatus([&](QSqlDatabase &db2) -> StorageError {
                      QSqlQuery q(db2);
                      if (!q.exec(QStringLiteral("UPDATE saved_views SET name = 'hijacked' WHERE id = %1")
                                      .arg(sharedView->id)))
                          return StorageError::make(ErrorKind::Permission, q.lastError().text());
                      return {};
                  })
                  .ok();
        QVERIFY(!spoofed);
        QVERIFY(other
                    .runStatus([&](QSqlDatabase &db2) -> StorageError {
                        QSqlQuery q(db2);
                        if (!q.exec(QStringLiteral("INSERT INTO saved_views (name, owner, page, definition) "
                                                   "VALUES ('x', 'somebody', 'products', '{}')")))
                            return StorageError::make(ErrorKind::Internal, q.lastError().text());
                        return {};
                    })
                    .ok());
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT owner FROM saved_views WHERE name = 'x'")).toString(), login);
        // Unsharing hides it from the other role
        QVERIFY_OK(mine.setShared(sharedView->id, false));
        QCOMPARE(names(theirs.list(ViewPage::Products).value()),
            QStringList({ QStringLiteral("Team"), QStringLiteral("x") }));
        other.shutdown();
    }
};

CATALOG_TEST_GUILESS_MAIN(SavedViewRepositoryTest)
#include "tst_savedviewrepository.moc"
