// The supplier's structured contact fields and rating: their rules, import (flat CSV columns and
// the nested JSON object, merged into what is stored) and export, on both engines.

#include "core/suppliercontact.h"
#include "core/validator.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"
#include "transfer/productexporter.h"
#include "transfer/productimporter.h"

#include "testmain.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace catalog;
using namespace catalog::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Supplier storedSupplier()
{
    Supplier s;
    s.sourceId = QStringLiteral("S1");
    s.name = QStringLiteral("义乌市联发饰品");
    s.contactInfo = QJsonObject { { QStringLiteral("person"), QStringLiteral("王芳") },
        { QStringLiteral("phone"), QStringLiteral("+86 579 8500 1234") },
        { QStringLiteral("wangwang"), QStringLiteral("lianfa88") } };
    s.rating = Decimal2::fromHundredths(420);
    return s;
}

QStringList errorLines(const ProductImporter::Report &report)
{
    QStringList lines;
    for (const ProductImporter::RowError &e : report.errors)
        lines << QStringLiteral("%1 %2 %3").arg(e.line).arg(e.sourceId, e.field);
    return lines;
}

} // namespace

class TestSupplierContact : public QObject
{
    Q_OBJECT

private slots:
    void shouldKnowTheShapeOfEachField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, ContactField f, const char *v, bool ok) {
            QTest::newRow(name) << int(f) << QString::fromUtf8(v) << ok;
        };
        row("phone international", ContactField::Phone, "+86 579 8500 1234", true);
        row("phone with extension", ContactField::Phone, "0579-85001234 ext. 12", true);
        row("phone Chinese extension", ContactField::Phone, "0579-85001234转8", true);
        row("phone with letters", ContactField::Phone, "call me", false);
        row("phone too short", ContactField::Phone, "12", false);
        row("mobile", ContactField::Mobile, "13800138000", true);
        row("email", ContactField::Email, "sales@lianfa.example.cn", true);
        row("email without domain dot", ContactField::Email, "sales@localhost", false);
        row("email two at signs", ContactField::Email, "a@b@c.cn", false);
        row("qq", ContactField::QQ, "10001", true);
        row("qq leading zero", ContactField::QQ, "01234567", false);
        row("qq too long", ContactField::QQ, "1234567890123", false);
        row("wechat id", ContactField::WeChat, "lianfa_88", true);
        row("wechat phone", ContactField::WeChat, "13800138000", true);
        row("wechat starting with digit", ContactField::WeChat, "8lianfa", false);
        row("person anything", ContactField::Person, "王芳 (Ms Wang)", true);
        row("address anything", ContactField::Address, "浙江省义乌市福田市场 2 区 18 街 3605", true);
    }
    void shouldKnowTheShapeOfEachField()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString why = suppliercontact::shapeError(ContactField(field), value);
        QVERIFY2(why.isEmpty() == valid, qPrintable(why));
    }

    // The validator mirrors the column: bounded text for the known keys, other keys kept as long as
    // they are not lists or objects. A stored phone of another shape does not block saving.
    void shouldValidateTheStoredObject()
    {
        Supplier s = storedSupplier();
        QVERIFY(validation::validateSupplier(s).isEmpty());
        s.contactInfo->insert(QStringLiteral("phone"), QStringLiteral("call me"));
        QVERIFY(validation::validateSupplier(s).isEmpty());
        s.contactInfo->insert(QStringLiteral("email"), 42);
        s.contactInfo->insert(QStringLiteral("address"), QString(301, QLatin1Char('x')));
        s.contactInfo->insert(QStringLiteral("other"), QJsonObject { { QStringLiteral("a"), 1 } });
        QStringList fields;
        for (const FieldError &e : validation::validateSupplier(s))
            fields << e.field + QLatin1Char(' ') + e.message;
        fields.sort();
        QCOMPARE(fields.size(), 3);
        QVERIFY2(fields.at(0).startsWith(QStringLiteral("contact_info.address is 301 characters long")),
            qPrintable(fields.at(0)));
        QCOMPARE(fields.at(1), QStringLiteral("contact_info.email must be text, not a number"));
        QCOMPARE(fields.at(2), QStringLiteral("contact_info.other must be text, a number or true/false"));
    }

    void shouldMergeWhatAFileGivesIntoWhatIsStored()
    {
        std::optional<QJsonObject> stored
            = QJsonObject { { QStringLiteral("contact"), QStringLiteral("老王") },
                  { QStringLiteral("phone"), QStringLiteral("1") } };
        QCOMPARE(suppliercontact::value(stored, ContactField::Person), QStringLiteral("老王"));
        QCOMPARE(suppliercontact::merged(stored, std::nullopt), stored);
        const auto merged = suppliercontact::merged(
            stored, QJsonObject { { QStringLiteral("person"), QStringLiteral("小李") } });
        QCOMPARE(merged,
            (QJsonObject { { QStringLiteral("person"), QStringLiteral("小李") },
                { QStringLiteral("phone"), QStringLiteral("1") } }));
        std::optional<QJsonObject> edited = stored;
        suppliercontact::setValue(edited, ContactField::Phone, QStringLiteral("  "));
        suppliercontact::setValue(edited, ContactField::Person, QString());
        QCOMPARE(edited, std::nullopt);
    }

    // CSV: the supplier_contact_* columns and supplier_rating change what they name; what the file
    // leaves out or empty stays (person, wangwang); a second run of the same file changes nothing.
    void shouldImportContactColumnsIntoTheStoredSupplier_data() { engines(); }
    void shouldImportContactColumnsIntoTheStoredSupplier()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY_OK(SupplierRepository(db->connections()).create(storedSupplier()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(writeFile(path,
            "source_id,title,supplier_source_id,supplier_name,supplier_contact_person,supplier_contact_phone,"
            "supplier_contact_email,supplier_contact_qq,supplier_rating\n"
            "P1,Hair clip,S1,义乌市联发饰品,,0579-85009999,sales@lianfa.example.cn,10001,4.75\n"));
        const auto first = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(first);
        QCOMPARE(errorLines(*first), QStringList());
        QCOMPARE(first->suppliersUpdated, 1);
        const auto s = SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S1"));
        QVERIFY_OK(s);
        QCOMPARE(s->contactInfo,
            (QJsonObject { { QStringLiteral("person"), QStringLiteral("王芳") },
                { QStringLiteral("phone"), QStringLiteral("0579-85009999") },
                { QStringLiteral("email"), QStringLiteral("sales@lianfa.example.cn") },
                { QStringLiteral("qq"), QStringLiteral("10001") },
                { QStringLiteral("wangwang"), QStringLiteral("lianfa88") } }));
        QCOMPARE(s->rating, std::optional<Decimal2>(Decimal2::fromHundredths(475)));
        const auto again = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(again);
        QCOMPARE(again->suppliersUpdated, 0);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(
            SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S1"))->version, s->version);
    }

    // A malformed contact value rejects its row, naming line, column and rule; the others are kept.
    void shouldRejectAMalformedContactValue_data() { engines(); }
    void shouldRejectAMalformedContactValue()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(path,
            "source_id,title,supplier_source_id,supplier_name,supplier_contact_email,supplier_contact_qq\n"
            "P1,one,S1,One,one@example.cn,\n"
            "P2,two,S2,Two,not-an-email,\n"
            "P3,three,S3,Three,,0123\n"));
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QCOMPARE(errorLines(*report),
            (QStringList {
                QStringLiteral("3 P2 supplier_contact_email"), QStringLiteral("4 P3 supplier_contact_qq") }));
        QVERIFY(report->errors.at(0).message.contains(QStringLiteral("not an email address")));
        QVERIFY(report->errors.at(1).message.contains(QStringLiteral("not a QQ number")));
        QVERIFY(!SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S2")));
    }

    // JSON: supplier.contact_info (a QQ number given as a number is taken as text; keys other tools
    // use are kept) and supplier.rating.
    void shouldImportTheNestedContactObject_data() { engines(); }
    void shouldImportTheNestedContactObject()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.jsonl"));
        QVERIFY(writeFile(path,
            R"({"source_id":"P1","title":"one","supplier":{"source_id":"S9","name":"Nine","rating":"3.5",)"
            R"("contact_info":{"qq":123456,"wechat":"wx_nine_9","wangwang":"nine","mobile":" 13800138000 "}}})"
            "\n"
            R"({"source_id":"P2","title":"two","supplier":{"source_id":"S8","name":"Eight","contact_info":{"email":true}}})"
            "\n"));
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(errorLines(*report), QStringList { QStringLiteral("2 P2 supplier.contact_info.email") });
        const auto s = SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S9"));
        QVERIFY_OK(s);
        QCOMPARE(s->contactInfo,
            (QJsonObject { { QStringLiteral("qq"), QStringLiteral("123456") },
                { QStringLiteral("wechat"), QStringLiteral("wx_nine_9") },
                { QStringLiteral("wangwang"), QStringLiteral("nine") },
                { QStringLiteral("mobile"), QStringLiteral("13800138000") } }));
        QCOMPARE(s->rating, std::optional<Decimal2>(Decimal2::fromHundredths(350)));
    }

    // Details without a supplier name leave the stored supplier alone, and the report says so.
    void shouldSayWhenDetailsComeWithoutAName_data() { engines(); }
    void shouldSayWhenDetailsComeWithoutAName()
    {
        OPEN_TEST_DATABASE(db);
        QVERIFY_OK(SupplierRepository(db->connections()).create(storedSupplier()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.csv"));
        QVERIFY(writeFile(
            path, "source_id,title,supplier_source_id,supplier_contact_phone\nP1,one,S1,13800138000\n"));
        const auto report = ProductImporter(db->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(report->inserted, 1);
        QVERIFY2(report->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no supplier_name")),
            qPrintable(report->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(SupplierRepository(db->connections()).findBySourceId(QStringLiteral("S1"))->contactInfo,
            storedSupplier().contactInfo);
    }

    // Export writes every contact field and the rating (CSV columns, the nested JSON object); a
    // fresh catalog importing the file has the same suppliers.
    void shouldRoundTripThroughExport_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("format");
        for (const QString &engine : { QStringLiteral("sqlite"), QStringLiteral("postgresql") }) {
            QTest::newRow(qPrintable(engine + QStringLiteral(" csv"))) << engine << int(FileFormat::Csv);
            QTest::newRow(qPrintable(engine + QStringLiteral(" jsonl")))
                << engine << int(FileFormat::JsonLines);
        }
    }
    void shouldRoundTripThroughExport()
    {
        OPEN_TEST_DATABASE(source);
        Supplier s = storedSupplier();
        for (const ContactField f : suppliercontact::fields()) {
            static const QStringList values { QStringLiteral("王芳"), QStringLiteral("+86 579 8500 1234"),
                QStringLiteral("13800138000"), QStringLiteral("a@b.cn"), QStringLiteral("wx_lianfa"),
                QStringLiteral("10001"), QStringLiteral("浙江 义乌, \"福田\" 市场 2 区") };
            suppliercontact::setValue(s.contactInfo, f, values.at(int(f)));
        }
        const auto created = SupplierRepository(source->connections()).create(s);
        QVERIFY_OK(created);
        Product p;
        p.sourceId = QStringLiteral("P1");
        p.title = QStringLiteral("Hair clip");
        p.supplierId = created->id;
        QVERIFY_OK(ProductRepository(source->connections()).create(p));
        QTemporaryDir dir;
        QFETCH(int, format);
        const QString path = dir.filePath(
            format == int(FileFormat::Csv) ? QStringLiteral("e.csv") : QStringLiteral("e.jsonl"));
        ProductExporter::Options options;
        options.format = FileFormat(format);
        QVERIFY_OK(ProductExporter(source->connections()).exportTo(path, options));
        if (format == int(FileFormat::Csv)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readLine().trimmed().endsWith("sync_status,supplier_rating,supplier_contact_person,"
                                                       "supplier_contact_phone,supplier_contact_mobile,"
                                                       "supplier_contact_email,supplier_contact_wechat,"
                                                       "supplier_contact_qq,supplier_contact_address"));
        }
        auto target = TestDatabase::create(engine);
        QVERIFY2(target, qPrintable(TestDatabase::lastError()));
        const auto report = ProductImporter(target->connections()).importFile(path, {});
        QVERIFY_OK(report);
        QCOMPARE(errorLines(*report), QStringList());
        const auto read = SupplierRepository(target->connections()).findBySourceId(QStringLiteral("S1"));
        QVERIFY_OK(read);
        QJsonObject expected = *created->contactInfo;
        if (format == int(FileFormat::Csv))
            expected.remove(QStringLiteral("wangwang")); // a CSV carries the known fields only
        QCOMPARE(read->contactInfo, std::optional<QJsonObject>(expected));
        QCOMPARE(read->rating, created->rating);
    }
};

CATALOG_TEST_MAIN(TestSupplierContact)
#include "tst_suppliercontact.moc"
