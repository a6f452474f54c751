// The import's streaming readers: records that straddle the pieces a file is read in, encodings
// whose characters are cut by a piece boundary, file-level errors with their lines, and previews
// cut at a byte limit.

#include "transfer/textreader.h"

#include "testmain.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace catalog;

namespace {

constexpr qint64 kPiece = TextReader::kPieceBytes;

struct CsvResult
{
    QList<QStringList> rows;
    QList<qint64> lines;
    StorageError error;
};

CsvResult readCsv(const QByteArray &bytes, const QString &encoding = QStringLiteral("UTF-8"), qint64 limit = -1,
    QChar delimiter = QLatin1Char(','), QChar quote = QLatin1Char('"'))
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextReader text(buffer, QStringLiteral("f.csv"), encoding, limit);
    CsvReader csv(text, delimiter, quote);
    CsvResult result;
    QStringList cells;
    qint64 line = 0;
    while (csv.next(cells, line)) {
        result.rows << cells;
        result.lines << line;
    }
    result.error = csv.error();
    return result;
}

// Filler rows that end exactly `at` bytes into the file, so that what follows starts on a piece
// boundary (or `at` bytes before or after one).
QByteArray padTo(qint64 at)
{
    QByteArray bytes = "source_id,title\n";
    int i = 0;
    while (bytes.size() + 40 < at)
        bytes += QStringLiteral("pad%1,%2\n").arg(i++, 6, 10, QLatin1Char('0')).arg(QString(20, QLatin1Char('x'))).toUtf8();
    bytes += "z," + QByteArray(at - bytes.size() - 3, 'y') + "\n"; // "z,", filler, line break
    Q_ASSERT(bytes.size() == at);
    return bytes;
}

} // namespace

class TextReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRowsThatStraddleAPieceBoundary_data()
    {
        QTest::addColumn<qint64>("offset"); // where the interesting row starts, relative to the boundary
        for (qint64 d : { -7, -3, -2, -1, 0, 1, 2 })
            QTest::addRow("boundary%+lld", d) << d;
    }
    void shouldReadRowsThatStraddleAPieceBoundary()
    {
        QFETCH(qint64, offset);
        // A quoted field with a doubled quote, a line break inside and a CRLF after it: every one of
        // them lands on the boundary for some offset.
        QByteArray bytes = padTo(kPiece + offset);
        const qint64 rowLine = bytes.count('\n') + 1;
        bytes += "\"a\"\"b\",\"c\r\nd\"\r\nlast,\"\"\r\n";
        const CsvResult r = readCsv(bytes);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), rowLine + 1); // header + filler rows + our two rows
        QCOMPARE(r.rows.at(r.rows.size() - 2), (QStringList { QStringLiteral("a\"b"), QStringLiteral("c\r\nd") }));
        QCOMPARE(r.lines.at(r.lines.size() - 2), rowLine);
        QCOMPARE(r.rows.last(), (QStringList { QStringLiteral("last"), QString() }));
        QCOMPARE(r.lines.last(), rowLine + 2);
    }

    void shouldKeepCharactersCutByAPieceBoundary_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addRow("utf-8") << QStringLiteral("UTF-8");
        QTest::addRow("utf-16") << QStringLiteral("UTF-16");
        if (QStringEncoder("GB18030").isValid())
            QTest::addRow("gb18030") << QStringLiteral("GB18030");
    }
    void shouldKeepCharactersCutByAPieceBoundary()
    {
        QFETCH(QString, encoding);
        // Over 1 MiB of mostly Chinese text (3 bytes per character in UTF-8, 2 in the others; a BOM
        // for UTF-16): some character is cut by a piece boundary.
        QString text = QStringLiteral("source_id,title\n");
        for (int i = 0; text.size() < kPiece; ++i)
            text += QStringLiteral("id%1,不锈钢保温杯 %1 号 — 礼品\n").arg(i);
        QStringEncoder encoder(encoding.toLatin1().constData(),
            encoding == QLatin1String("UTF-16") ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.size() > kPiece + 1000);
        const CsvResult r = readCsv(bytes, encoding);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QString back;
        for (const QStringList &row : r.rows)
            back += row.join(QLatin1Char(',')) + QLatin1Char('\n');
        QCOMPARE(back.size(), text.size());
        QVERIFY(back == text);
    }

    void shouldNameTheLineOfAnUnterminatedQuote()
    {
        QByteArray bytes = padTo(kPiece + 10);
        const qint64 line = bytes.count('\n') + 2;
        bytes += "ok,fine\n\"open,never closed\n" + QByteArray(3 * kPiece, 'x');
        const CsvResult r = readCsv(bytes);
        QVERIFY(!r.error.ok());
        QVERIFY2(r.error.message.contains(QStringLiteral("line %1: a quoted field starts here and is never closed").arg(line)),
            qPrintable(r.error.message));
        QCOMPARE(r.rows.last(), (QStringList { QStringLiteral("ok"), QStringLiteral("fine") }));
    }

    void shouldRefuseBinaryAndBadText()
    {
        QByteArray bytes = padTo(kPiece + 100);
        bytes += QByteArray("a,b\0c\n", 6);
        CsvResult r = readCsv(bytes);
        QVERIFY2(r.error.message.contains(QStringLiteral("binary file (it contains NUL bytes at offset %1)").arg(kPiece + 103)),
            qPrintable(r.error.message));

        bytes = padTo(2 * kPiece) + "a,\xff\xfe\xfd\n";
        r = readCsv(bytes);
        QVERIFY2(r.error.message.contains(QStringLiteral("not valid UTF-8 text")), qPrintable(r.error.message));
    }

    void shouldStopQuietlyAtAPreviewLimit()
    {
        // A preview reads the first bytes only: the row cut by the limit is not shown, and an
        // unterminated quote beyond it is no error yet.
        const QByteArray bytes = "source_id,title\nA1,one\nA2,\"two\nstill two\"\nA3,\"never closed\n" + QByteArray(100, 'x');
        const qint64 limit = bytes.indexOf("still") + 3;
        CsvResult r = readCsv(bytes, QStringLiteral("UTF-8"), limit);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 2);
        r = readCsv(bytes, QStringLiteral("UTF-8"), bytes.size() - 10);
        QVERIFY(r.error.ok());
        QCOMPARE(r.rows.size(), 3);
        r = readCsv(bytes);
        QVERIFY(r.error.message.contains(QStringLiteral("line 5: a quoted field")));
    }

    void shouldSkipBlankLinesAndKeepOtherDelimiters()
    {
        const CsvResult r = readCsv("a;'b;c'\r\n\r\n\n;\n'';x\r", QStringLiteral("UTF-8"), -1, QLatin1Char(';'), QLatin1Char('\''));
        QVERIFY(r.error.ok());
        QCOMPARE(r.rows, (QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b;c") },
                             { QString(), QString() }, { QString(), QStringLiteral("x") } }));
        QCOMPARE(r.lines, (QList<qint64> { 1, 4, 5 }));
    }

    void shouldSplitJsonLinesAcrossPieces()
    {
        QByteArray bytes;
        int n = 0;
        while (bytes.size() < 2 * kPiece + 500)
            bytes += QStringLiteral("{\"source_id\": \"J%1\", \"title\": \"标题 %1\"}\n\n").arg(n++).toUtf8();
        bytes += "   {\"source_id\": \"end\"}"; // no line break at the end
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        TextReader text(buffer, QStringLiteral("f.jsonl"), QStringLiteral("UTF-8"));
        JsonLinesReader reader(text);
        QString record;
        qint64 line = 0;
        int count = 0;
        qint64 lastLine = 0;
        while (reader.next(record, line)) {
            if (count < n)
                QCOMPARE(record, QStringLiteral("{\"source_id\": \"J%1\", \"title\": \"标题 %1\"}").arg(count));
            QCOMPARE(line, 2 * count + 1);
            lastLine = line;
            ++count;
        }
        QVERIFY(reader.error().ok());
        QCOMPARE(count, n + 1);
        QCOMPARE(record, QStringLiteral("{\"source_id\": \"end\"}"));
        QCOMPARE(lastLine, 2 * n + 1);
    }

    void shouldSplitAJsonArrayIntoElements()
    {
        QByteArray bytes = "\n [";
        int n = 0;
        while (bytes.size() < kPiece + 2000)
            bytes += QStringLiteral("\n  {\"source_id\": \"A%1\", \"t\": \"], {\\\" [\", \"x\": [1, {\"y\": 2}]},").arg(n++).toUtf8();
        bytes += "\n  {\"source_id\": \"last\"}\n]\n\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        TextReader text(buffer, QStringLiteral("f.json"), QStringLiteral("UTF-8"));
        JsonArrayReader reader(text);
        QString element;
        qint64 line = 0;
        int count = 0;
        while (reader.next(element, line)) {
            if (count < n) {
                QCOMPARE(element, QStringLiteral("{\"source_id\": \"A%1\", \"t\": \"], {\\\" [\", \"x\": [1, {\"y\": 2}]}").arg(count));
                QCOMPARE(line, count + 3);
            }
            ++count;
        }
        QVERIFY2(reader.error().ok(), qPrintable(reader.error().message));
        QCOMPARE(count, n + 1);
        QCOMPARE(element, QStringLiteral("{\"source_id\": \"last\"}"));
    }

    void shouldRefuseBrokenJsonArrays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("not an array") << QByteArray("{\"a\": 1}") << QStringLiteral("must start with \"[\"");
        QTest::addRow("never closed") << QByteArray("[{\"a\": 1},\n{\"b\": 2}") << QStringLiteral("never closed (missing \"]\")");
        QTest::addRow("open string") << QByteArray("[{\"a\": 1},\n{\"b\": \"2}]") << QStringLiteral("line 2: a JSON string starts here and is never closed");
        QTest::addRow("text after") << QByteArray("[{\"a\": 1}]\n\nmore") << QStringLiteral("line 3: text after the end of the JSON array");
    }
    void shouldRefuseBrokenJsonArrays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        TextReader text(buffer, QStringLiteral("f.json"), QStringLiteral("UTF-8"));
        JsonArrayReader reader(text);
        QString element;
        qint64 line = 0;
        while (reader.next(element, line)) { }
        QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
    }
};

CATALOG_TEST_GUILESS_MAIN(TextReaderTest)
#include "tst_textreader.moc"
