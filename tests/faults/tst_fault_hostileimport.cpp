// Fault: hostile import files through ProductImporter on both engines (tests/models/tst_fuzzinputs.cpp
// fuzzes the repositories and table models with hostile values; this suite does the same for whole
// files): SQL injection in every text field, control characters, NUL bytes, 1 MB fields, JSON nested
// 100 000 levels deep (in a CSV cell, a JSON line, a JSON array element), invalid UTF-8, a header
// line with two million columns and a data row with as many cells. Each case must end in a clear
// error (file-level, or per row with the field) or a correct import (values stored verbatim), never a
// crash, never a hang: every case runs on a worker thread under a deadline, and a case that overruns
// aborts the suite naming itself. Memory stays bounded so the sanitizer build can run it too.
#include "faultsupport.h"
#include "transfer/productimporter.h"
#include "repositories/productrepository.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace catalog;
using namespace catalog::test;

namespace {

// Generous: the slowest case takes a few seconds in a release build; sanitizers make it several times slower.
constexpr int kDeadlineSeconds = 240;

const QStringList &injections()
{
    static const QStringList list {
        QStringLiteral("'; DROP TABLE products; --"),
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("\"; DELETE FROM suppliers; --"),
        QStringLiteral("1); DROP TABLE sync_records; --"),
        QStringLiteral("x' UNION SELECT usename, passwd FROM pg_shadow --"),
        QStringLiteral("$1 $$ $body$ ? :title @p0"),
        QStringLiteral("%s%n%x %% _ \\"),
        QStringLiteral("\\'; SELECT pg_sleep(30); --"),
        QStringLiteral("'); ATTACH DATABASE '/tmp/x.db' AS x; --"),
        QStringLiteral("Robert'); DROP TABLE students;--"),
        QStringLiteral("E'\\x27' || chr(39) || '"),
        QStringLiteral("*/ /* -- # ;"),
    };
    return list;
}

QString csvCell(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString nested(int levels, bool asObject)
{
    QString s;
    s.reserve(levels * 6 + 8);
    for (int i = 0; i < levels; ++i)
        s += asObject ? QStringLiteral("{\"a\":") : QStringLiteral("[");
    s += QStringLiteral("1");
    for (int i = 0; i < levels; ++i)
        s += asObject ? QLatin1Char('}') : QLatin1Char(']');
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Outcome
{
    bool finished = false;
    qint64 ms = 0;
    Result<ProductImporter::Report> result = StorageError::make(ErrorKind::Internal, QStringLiteral("not run"));
};

// Runs one import on its own thread (with its own connection) under a deadline.
Outcome importWithDeadline(ConnectionManager &connections, const QString &path, const ProductImporter::Options &options,
                           const QString &name)
{
    Outcome outcome;
    auto task = std::make_shared<std::packaged_task<Result<ProductImporter::Report>()>>([&connections, path, options] {
        Result<ProductImporter::Report> r = ProductImporter(connections).importFile(path, options);
        connections.releaseThreadConnection();
        return r;
    });
    std::future<Result<ProductImporter::Report>> future = task->get_future();
    std::thread worker([task] { (*task)(); });
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline { std::chrono::seconds { kDeadlineSeconds } };
    if (future.wait_for(std::chrono::milliseconds(deadline.remainingTime())) != std::future_status::ready) {
        // A hang: nothing can stop the worker, so end the run loudly rather than wait forever.
        qFatal("hostile input \"%s\": the import did not finish within %d s (a hang)", qPrintable(name), kDeadlineSeconds);
    }
    worker.join();
    outcome.finished = true;
    outcome.ms = timer.elapsed();
    outcome.result = future.get();
    return outcome;
}

QStringList tables(TestDatabase &db)
{
    QStringList names = db.connections().connection()->tables();
    // A worker's temporary staging table is listed until its backend has gone: not the catalog's.
    names.removeIf([](const QString &name) { return name.startsWith(QLatin1String("pg_temp")); });
    names.sort();
    return names;
}

} // namespace

class FaultHostileImportTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_record.finish(); }

    void shouldImportOrRejectHostileFilesClearly_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldImportOrRejectHostileFilesClearly()
    {
        OPEN_TEST_DATABASE(db);
        m_record.begin(QStringLiteral("hostile import files"), engine);
        QTemporaryDir dir;
        const QStringList tablesBefore = tables(*db);
        QStringList timings;

        // Checks one outcome: a clear error, or a report whose rows are stored as the file has them.
        // `verbatim`: source_id -> title of every row the file holds that could be accepted; rows lost
        // are the rows the importer says it committed minus those found stored exactly so.
        const auto check = [&](const QString &name, const Outcome &o, const QHash<QString, QString> &verbatim,
                               bool mustImport, bool mustFail) {
            m_record.addRun();
            timings << QStringLiteral("%1 %2ms").arg(name).arg(o.ms);
            qInfo().noquote() << name << o.ms << "ms:"
                              << (o.result ? QStringLiteral("%1 inserted, %2 rejected").arg(o.result->inserted).arg(o.result->rejected)
                                           : o.result.error().toString().left(300));
            if (!o.result) {
                QVERIFY2(!mustImport, qPrintable(name + QStringLiteral(": ") + o.result.error().toString().left(500)));
                const QString message = o.result.error().toString();
                QVERIFY2(!message.isEmpty() && message.size() < 4000,
                         qPrintable(name + QStringLiteral(": unclear or oversized error (%1 chars)").arg(message.size())));
                return;
            }
            QVERIFY2(!mustFail, qPrintable(name + QStringLiteral(": the file was accepted")));
            const ProductImporter::Report &r = o.result.value();
            for (const ProductImporter::RowError &e : r.errors) {
                QVERIFY2(!e.message.isEmpty() && e.message.size() < 2000,
                         qPrintable(QStringLiteral("%1: line %2 field %3: unclear or oversized message (%4 chars)")
                                            .arg(name).arg(e.line).arg(e.field).arg(e.message.size())));
                QVERIFY2(e.sourceId.size() <= 50, qPrintable(name + QStringLiteral(": oversized source_id in the report")));
            }
            for (const QString &w : r.warnings)
                QVERIFY2(w.size() < 4000, qPrintable(name + QStringLiteral(": oversized warning")));
            QVERIFY2(r.warnings.size() <= 1000, qPrintable(name + QStringLiteral(": %1 warnings").arg(r.warnings.size())));
            // The journal row is bounded too.
            const qint64 journalBytes = db->scalar(QStringLiteral("SELECT length(CAST(error_details AS TEXT)) FROM sync_records WHERE id = ?"),
                                                   { r.syncRecordId }).toLongLong();
            QVERIFY2(journalBytes < 4 * 1024 * 1024, qPrintable(name + QStringLiteral(": journal row of %1 bytes").arg(journalBytes)));
            const qint64 committed = r.inserted + r.updated + r.unchanged;
            qint64 found = 0;
            ProductRepository products(db->connections());
            for (auto it = verbatim.cbegin(); it != verbatim.cend(); ++it) {
                const auto stored = products.findBySourceId(it.key());
                if (!stored)
                    continue; // rejected: the report names it
                QCOMPARE(stored->title, it.value());
                ++found;
            }
            m_record.addRowsLost(qMax<qint64>(0, committed - found));
            QCOMPARE(found, committed);
            QVERIFY2(tables(*db) == tablesBefore, qPrintable(name + QStringLiteral(": tables changed: ") + tables(*db).join(QLatin1Char(','))));
        };
        ProductImporter::Options csvOptions;
        csvOptions.format = FileFormat::Csv;
        ProductImporter::Options jsonlOptions;
        jsonlOptions.format = FileFormat::JsonLines;

        // 1. SQL injection in every text field, CSV: stored verbatim.
        {
            QString text = QStringLiteral("source_id,title,subtitle,main_image_url,detail_images,specifications,"
                                          "supplier_source_id,supplier_name,supplier_company_name,supplier_location\n");
            QHash<QString, QString> expect;
            for (qsizetype i = 0; i < injections().size(); ++i) {
                const QString evil = injections().at(i);
                const QString id = (QStringLiteral("%1:").arg(i) + evil).left(50).trimmed();
                const QString url = QStringLiteral("https://img.example.com/a.jpg?q=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(evil)));
                const QJsonObject specs { { evil, evil } };
                text += QStringList { csvCell(id), csvCell(evil), csvCell(evil), csvCell(url),
                                      csvCell(QString::fromUtf8(QJsonDocument(QJsonArray { url }).toJson(QJsonDocument::Compact))),
                                      csvCell(QString::fromUtf8(QJsonDocument(specs).toJson(QJsonDocument::Compact))),
                                      csvCell((QStringLiteral("S%1").arg(i) + evil).left(50)), csvCell(evil.left(200)),
                                      csvCell(evil), csvCell(evil.left(100)) }
                                .join(QLatin1Char(','))
                        + QLatin1Char('\n');
                expect.insert(id, evil);
            }
            const QString path = dir.filePath(QStringLiteral("injection.csv"));
            QVERIFY(writeFile(path, text.toUtf8()));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("injection.csv"));
            check(QStringLiteral("sql injection (csv)"), o, expect, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(o.result->rejected, 0);
            QCOMPARE(o.result->inserted, qint64(injections().size()));
            // Every field verbatim, suppliers too
            for (qsizetype i = 0; i < injections().size(); ++i) {
                const QString evil = injections().at(i);
                const QString id = (QStringLiteral("%1:").arg(i) + evil).left(50).trimmed();
                const auto p = ProductRepository(db->connections()).findBySourceId(id);
                QVERIFY_OK(p);
                QCOMPARE(p->subtitle, evil);
                QCOMPARE(p->specifications.value(evil).toString(), evil);
                QCOMPARE(db->scalar(QStringLiteral("SELECT company_name FROM suppliers WHERE source_id = ?"),
                                    { (QStringLiteral("S%1").arg(i) + evil).left(50) }).toString(), evil);
            }
        }

        // 2. The same as JSON Lines with a nested supplier (an update of the rows above: nothing new).
        {
            QByteArray lines;
            QHash<QString, QString> expect;
            for (qsizetype i = 0; i < injections().size(); ++i) {
                const QString evil = injections().at(i);
                // The importer trims a source_id (a cut may end in a space)
                const QString id = (QStringLiteral("J%1:").arg(i) + evil).left(50).trimmed();
                const QJsonObject o { { QStringLiteral("source_id"), id }, { QStringLiteral("title"), evil },
                                      { QStringLiteral("subtitle"), evil }, { QStringLiteral("specifications"), QJsonObject { { evil, QJsonArray { evil } } } },
                                      { QStringLiteral("supplier"), QJsonObject { { QStringLiteral("source_id"), (QStringLiteral("JS%1").arg(i) + evil).left(50) },
                                                                                 { QStringLiteral("name"), evil.left(200) },
                                                                                 { QStringLiteral("location"), evil.left(100) } } } };
                lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
                expect.insert(id, evil);
            }
            const QString path = dir.filePath(QStringLiteral("injection.jsonl"));
            QVERIFY(writeFile(path, lines));
            const Outcome o = importWithDeadline(db->connections(), path, jsonlOptions, QStringLiteral("injection.jsonl"));
            check(QStringLiteral("sql injection (jsonl)"), o, expect, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(o.result->rejected, 0);
        }

        // 3. Control characters: every C0 control but NUL, DEL, C1, line/paragraph separators, bidi overrides.
        {
            QString text = QStringLiteral("source_id,title,subtitle\n");
            QHash<QString, QString> expect;
            QList<char16_t> controls;
            for (char16_t c = 1; c < 0x20; ++c)
                controls << c;
            controls << 0x7f << 0x85 << 0x9b << 0x2028 << 0x2029 << 0x202e << 0xfeff << 0xfffe;
            for (qsizetype i = 0; i < controls.size(); ++i) {
                const QString title = QStringLiteral("cup ") + QChar(controls.at(i)) + QStringLiteral(" end");
                const QString id = QStringLiteral("CTRL-%1").arg(i);
                text += id + QLatin1Char(',') + csvCell(title) + QLatin1Char(',') + csvCell(title) + QLatin1Char('\n');
                // A line break or tab in a title is folded into a space (with a warning); the row stays.
                const bool folds = controls.at(i) == u'\t' || controls.at(i) == u'\n' || controls.at(i) == u'\r';
                expect.insert(id, folds ? QStringLiteral("cup   end") : title);
            }
            const QString path = dir.filePath(QStringLiteral("controls.csv"));
            QVERIFY(writeFile(path, text.toUtf8()));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("controls.csv"));
            check(QStringLiteral("control characters"), o, expect, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(o.result->inserted + o.result->rejected, qint64(controls.size()));
            for (const ProductImporter::RowError &e : o.result->errors)
                QVERIFY2(e.field == QLatin1String("title") || e.field == QLatin1String("subtitle"), qPrintable(e.field + e.message));
        }

        // 4. A NUL byte: a clear file-level error, nothing written.
        {
            const QString path = dir.filePath(QStringLiteral("nul.csv"));
            QVERIFY(writeFile(path, QByteArray("source_id,title\nNUL-1,cup\0 with a NUL\n", 37)));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("nul.csv"));
            check(QStringLiteral("NUL byte"), o, {}, false, true);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(o.result.error().toString().contains(QStringLiteral("NUL")), qPrintable(o.result.error().toString()));
        }

        // 5. 1 MB fields: too long for title/subtitle/source_id/supplier (rejected, naming the field
        // without repeating the megabyte), fine inside specifications and as a JSON line.
        {
            const QString mega(1024 * 1024, QLatin1Char('m'));
            QString text = QStringLiteral("source_id,title,subtitle,specifications,supplier_source_id,supplier_name\n");
            text += QStringLiteral("MEGA-1,") + mega + QStringLiteral(",,,,\n");
            text += QStringLiteral("MEGA-2,ok,") + mega + QStringLiteral(",,,\n");
            text += mega + QStringLiteral(",ok,,,,\n");
            text += QStringLiteral("MEGA-4,ok,,,S-MEGA,") + mega + QLatin1Char('\n');
            text += QStringLiteral("MEGA-5,specs,,") + csvCell(QStringLiteral("{\"big\":\"%1\"}").arg(mega)) + QStringLiteral(",,\n");
            const QString path = dir.filePath(QStringLiteral("mega.csv"));
            QVERIFY(writeFile(path, text.toUtf8()));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("mega.csv"));
            check(QStringLiteral("1 MB fields (csv)"), o, { { QStringLiteral("MEGA-5"), QStringLiteral("specs") } }, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(o.result->rejected, 4);
            QStringList fields;
            for (const ProductImporter::RowError &e : o.result->errors)
                fields << e.field;
            fields.sort();
            QCOMPARE(fields, (QStringList { QStringLiteral("source_id"), QStringLiteral("subtitle"), QStringLiteral("supplier_name"),
                                            QStringLiteral("title") }));
            const auto big = ProductRepository(db->connections()).findBySourceId(QStringLiteral("MEGA-5"));
            QVERIFY_OK(big);
            QCOMPARE(big->specifications.value(QStringLiteral("big")).toString().size(), mega.size());

            QByteArray line = QJsonDocument(QJsonObject { { QStringLiteral("source_id"), QStringLiteral("MEGA-JSON") },
                                                          { QStringLiteral("title"), QStringLiteral("json") },
                                                          { QStringLiteral("specifications"), QJsonObject { { QStringLiteral("big"), mega } } } })
                                      .toJson(QJsonDocument::Compact);
            const QString jsonPath = dir.filePath(QStringLiteral("mega.jsonl"));
            QVERIFY(writeFile(jsonPath, line + '\n'));
            check(QStringLiteral("1 MB field (jsonl)"), importWithDeadline(db->connections(), jsonPath, jsonlOptions, QStringLiteral("mega.jsonl")),
                  { { QStringLiteral("MEGA-JSON"), QStringLiteral("json") } }, true, false);
            if (QTest::currentTestFailed())
                return;
        }

        // 6. JSON nested 100 000 levels: in a CSV cell, in a JSON line, in a JSON array element.
        {
            const QString deep = nested(100000, true);
            QString text = QStringLiteral("source_id,title,specifications,detail_images\n");
            text += QStringLiteral("DEEP-1,deep specs,") + csvCell(deep) + QStringLiteral(",\n");
            text += QStringLiteral("DEEP-2,deep images,,") + csvCell(nested(100000, false)) + QLatin1Char('\n');
            text += QStringLiteral("DEEP-3,fine,,\n");
            const QString path = dir.filePath(QStringLiteral("deep.csv"));
            QVERIFY(writeFile(path, text.toUtf8()));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("deep.csv"));
            check(QStringLiteral("100k-deep JSON (csv cell)"), o, { { QStringLiteral("DEEP-3"), QStringLiteral("fine") } }, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(o.result->inserted, 1);
            QCOMPARE(o.result->rejected, 2);

            QString lines = QStringLiteral("{\"source_id\":\"DEEPJ-1\",\"title\":\"deep\",\"specifications\":") + deep + QStringLiteral("}\n");
            lines += QStringLiteral("{\"source_id\":\"DEEPJ-2\",\"title\":\"deep supplier\",\"supplier\":") + deep + QStringLiteral("}\n");
            lines += nested(100000, false) + QLatin1Char('\n');
            lines += QStringLiteral("{\"source_id\":\"DEEPJ-3\",\"title\":\"fine\"}\n");
            const QString jsonlPath = dir.filePath(QStringLiteral("deep.jsonl"));
            QVERIFY(writeFile(jsonlPath, lines.toUtf8()));
            const Outcome j = importWithDeadline(db->connections(), jsonlPath, jsonlOptions, QStringLiteral("deep.jsonl"));
            check(QStringLiteral("100k-deep JSON (jsonl)"), j, { { QStringLiteral("DEEPJ-3"), QStringLiteral("fine") } }, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(j.result->inserted, 1);
            QCOMPARE(j.result->rejected, 3);

            const QString array = QStringLiteral("[{\"source_id\":\"DEEPA-1\",\"title\":\"fine\"},\n") + nested(100000, false)
                    + QStringLiteral(",\n{\"source_id\":\"DEEPA-2\",\"title\":\"deep\",\"specifications\":") + deep + QStringLiteral("}]\n");
            const QString arrayPath = dir.filePath(QStringLiteral("deep.json"));
            QVERIFY(writeFile(arrayPath, array.toUtf8()));
            ProductImporter::Options arrayOptions;
            arrayOptions.format = FileFormat::JsonArray;
            const Outcome a = importWithDeadline(db->connections(), arrayPath, arrayOptions, QStringLiteral("deep.json"));
            check(QStringLiteral("100k-deep JSON (json array)"), a, { { QStringLiteral("DEEPA-1"), QStringLiteral("fine") } }, false, false);
            if (QTest::currentTestFailed())
                return;
        }

        // 7. Invalid UTF-8: stray bytes, an overlong '/', an encoded surrogate, a cut sequence. Guessing
        // may read it as GB18030 (with a warning) or refuse it; asked for UTF-8 it is refused.
        {
            const QByteArray bad = QByteArray("source_id,title\nUTF-1,ok\nUTF-2,caf\xc3\n") + "UTF-3,\xc0\xaf\xed\xa0\x80\xff\xfe\n"
                    + "UTF-4,\xe4\xbd\n";
            const QString path = dir.filePath(QStringLiteral("invalid-utf8.csv"));
            QVERIFY(writeFile(path, bad));
            const Outcome guessed = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("invalid-utf8.csv"));
            check(QStringLiteral("invalid UTF-8 (guessed)"), guessed, { { QStringLiteral("UTF-1"), QStringLiteral("ok") } }, false, false);
            if (QTest::currentTestFailed())
                return;
            if (guessed.result)
                QVERIFY2(!guessed.result->warnings.isEmpty(), "a guessed encoding must be reported");
            ProductImporter::Options utf8 = csvOptions;
            utf8.encoding = QStringLiteral("UTF-8");
            const Outcome strict = importWithDeadline(db->connections(), path, utf8, QStringLiteral("invalid-utf8.csv as UTF-8"));
            check(QStringLiteral("invalid UTF-8 (declared UTF-8)"), strict, {}, false, true);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(strict.result.error().toString().contains(QStringLiteral("UTF-8")), qPrintable(strict.result.error().toString()));
        }

        // 8. Two million columns in the header line (and a data row of two million cells).
        {
            constexpr int kColumns = 2'000'000;
            QByteArray header = "source_id,title";
            header.reserve(kColumns * 9);
            for (int c = 2; c < kColumns; ++c)
                header += ",c" + QByteArray::number(c);
            const QString path = dir.filePath(QStringLiteral("wide-header.csv"));
            QVERIFY(writeFile(path, header + "\nWIDE-1,too few cells\n"));
            const Outcome o = importWithDeadline(db->connections(), path, csvOptions, QStringLiteral("wide-header.csv"));
            check(QStringLiteral("2M-column header"), o, {}, false, false);
            if (QTest::currentTestFailed())
                return;

            QByteArray row = "WIDE-2,wide row";
            row.reserve(kColumns * 2 + 32);
            for (int c = 2; c < kColumns; ++c)
                row += ",x";
            const QString rowPath = dir.filePath(QStringLiteral("wide-row.csv"));
            QVERIFY(writeFile(rowPath, "source_id,title\n" + row + "\nWIDE-3,fine\n"));
            const Outcome w = importWithDeadline(db->connections(), rowPath, csvOptions, QStringLiteral("wide-row.csv"));
            check(QStringLiteral("2M-cell data row"), w, { { QStringLiteral("WIDE-3"), QStringLiteral("fine") } }, true, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(w.result->rejected, 1);
        }

        // The catalog is intact: every table is still there and the counts add up.
        QCOMPARE(tables(*db), tablesBefore);
        QVERIFY(wrongProductCounts(*db).isEmpty());
        qInfo().noquote() << "timings:" << timings.join(QStringLiteral(", "));
        m_record.setDetail(timings.join(QStringLiteral(", ")));
    }

private:
    FaultRecord m_record;
};

CATALOG_TEST_GUILESS_MAIN(FaultHostileImportTest)
#include "tst_fault_hostileimport.moc"
