#include "productimporter.h"

#include "product.h"
#include "productrepository.h"
#include "supplier.h"
#include "supplierrepository.h"
#include "syncrecordrepository.h"
#include "validator.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace catalog {

namespace {

constexpr int kJournalErrorLimit = 1000;

// One record of the file, before it becomes a Product: the values by key (CSV cells as strings,
// empty cells as null; JSON values as they are), where it starts, and how far into the text it ends.
struct Record
{
    qint64 line = 0;
    qsizetype end = 0; // offset in the decoded text just after the record
    QJsonObject values;
    QString parseError; // set when the record itself could not be read (bad JSON, wrong cell count)
    QList<FieldError> fieldErrors; // found while mapping a foreign format (1688sync) onto ours
    QStringList cells; // CSV: the row's cells as in the file (kept for previews only)
};

struct ParsedFile
{
    QList<Record> records;
    QStringList warnings;
};

StorageError fileError(const QString &path, const QString &why)
{
    return StorageError::make(ErrorKind::Validation, QStringLiteral("%1: %2").arg(path, why));
}

const QStringList &productKeys()
{
    static const QStringList keys { QStringLiteral("source_id"), QStringLiteral("title"),
        QStringLiteral("subtitle"), QStringLiteral("price_min"), QStringLiteral("price_max"),
        QStringLiteral("currency"), QStringLiteral("moq"), QStringLiteral("main_image_url"),
        QStringLiteral("detail_images"), QStringLiteral("specifications"), QStringLiteral("sales_count"),
        QStringLiteral("rating"), QStringLiteral("sync_status"), QStringLiteral("supplier_source_id"),
        QStringLiteral("supplier_name"), QStringLiteral("supplier_company_name"),
        QStringLiteral("supplier_location") };
    return keys;
}

qint64 lineAt(const QString &text, qsizetype from, qsizetype to, qint64 line)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            ++line;
    }
    return line;
}

// RFC 4180: fields separated by commas, records by CRLF or LF, quoted fields may hold commas, line
// breaks and "" for a quote. Blank lines are skipped. Text after a closing quote is kept as is.
// keepCells: keep each row's cells (previews). fileHeader: receives the header row's cells as the
// file has them, even when the header is then refused (no source_id or title column).
Result<ParsedFile> parseCsv(const QString &path, const QString &text, const ProductImporter::Options &options,
    bool keepCells = false, QStringList *fileHeader = nullptr)
{
    const QChar delimiter = options.delimiter;
    const QChar quote = options.quote;
    ParsedFile file;
    QList<QPair<qint64, QStringList>> rows;
    QList<qsizetype> ends;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qint64 line = 1;
    qint64 rowLine = 1;
    qint64 quoteLine = 1;
    const qsizetype n = text.size();
    const auto endRow = [&](qsizetype end) {
        row << field;
        if (!(row.size() == 1 && row.front().isEmpty() && !fieldWasQuoted)) {
            rows.append({ rowLine, row });
            ends << end;
        }
        row.clear();
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == quote) {
                if (i + 1 < n && text.at(i + 1) == quote) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == quote && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow(i + 1);
            ++line;
            rowLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return fileError(path,
            QStringLiteral("line %1: a quoted field starts here and is never closed (missing %2)")
                .arg(quoteLine)
                .arg(quote));
    if (!field.isEmpty() || !row.isEmpty() || fieldWasQuoted)
        endRow(n);
    if (rows.isEmpty())
        return fileError(path, QStringLiteral("the file is empty; a CSV import needs a header row"));

    if (fileHeader)
        *fileHeader = rows.front().second;
    // Each column fills the catalog field the operator mapped it to, else the field of its name.
    QStringList header;
    for (const QString &name : rows.front().second) {
        const QString key = name.trimmed().toLower();
        header << options.columns.value(key, key);
    }
    for (const QString &required : { QStringLiteral("source_id"), QStringLiteral("title") }) {
        if (!header.contains(required))
            return fileError(path,
                QStringLiteral("the header row (line %1) has no \"%2\" column; it has: %3")
                    .arg(rows.front().first)
                    .arg(required, header.join(QStringLiteral(", "))));
    }
    // One warning per unknown column, for the first few: a header of millions of columns must not
    // make millions of warnings (report, journal, console).
    constexpr int kUnknownColumnWarnings = 20;
    qsizetype unknown = 0;
    for (const QString &name : header) {
        if (!productKeys().contains(name) && !name.isEmpty()) {
            if (++unknown <= kUnknownColumnWarnings)
                file.warnings << QStringLiteral("unknown column \"%1\" ignored").arg(name.left(100));
        }
    }
    if (unknown > kUnknownColumnWarnings)
        file.warnings << QStringLiteral("%1 more unknown columns ignored").arg(unknown - kUnknownColumnWarnings);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r).second;
        Record record;
        record.line = rows.at(r).first;
        record.end = ends.at(r);
        if (keepCells)
            record.cells = cells;
        if (cells.size() != header.size()) {
            record.parseError
                = QStringLiteral("has %1 fields, the header has %2").arg(cells.size()).arg(header.size());
            // Still name the row by its source_id when that cell is there.
            const qsizetype at = header.indexOf(QStringLiteral("source_id"));
            if (at < cells.size())
                record.values.insert(QStringLiteral("source_id"), cells.at(at));
        } else {
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (!productKeys().contains(header.at(c)))
                    continue;
                record.values.insert(header.at(c),
                    cells.at(c).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cells.at(c)));
            }
        }
        file.records << record;
    }
    return file;
}

Record jsonRecord(const QStringView slice, qint64 line, qsizetype end)
{
    Record record;
    record.line = line;
    record.end = end;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(slice.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        record.parseError = QStringLiteral("is not valid JSON: %1").arg(error.errorString());
    else if (!doc.isObject())
        record.parseError = QStringLiteral("is not a JSON object");
    else
        record.values = doc.object();
    return record;
}

Result<ParsedFile> parseJsonLines(const QString &text)
{
    ParsedFile file;
    qint64 line = 1;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView slice = QStringView(text).mid(start, end - start).trimmed();
        if (!slice.isEmpty())
            file.records << jsonRecord(slice, line, qMin(end + 1, text.size()));
        ++line;
        start = end + 1;
    }
    return file;
}

// Splits a JSON array into its top-level elements so that each one is parsed (and rejected) on its
// own and carries the line it starts on.
Result<ParsedFile> parseJsonArray(const QString &path, const QString &text)
{
    ParsedFile file;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text.at(i).isSpace())
        ++i;
    if (i == n || text.at(i) != QLatin1Char('['))
        return fileError(path, QStringLiteral("a JSON array import must start with \"[\""));
    qint64 line = lineAt(text, 0, i, 1);
    ++i;
    int depth = 0;
    bool inString = false;
    qsizetype elementStart = -1;
    qint64 elementLine = line;
    bool closed = false;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (elementStart < 0 && !c.isSpace() && c != QLatin1Char(',') && c != QLatin1Char(']')) {
            elementStart = i;
            elementLine = line;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && depth > 0) {
            --depth;
        } else if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(']'))) {
            if (elementStart >= 0)
                file.records << jsonRecord(
                    QStringView(text).mid(elementStart, i - elementStart).trimmed(), elementLine, i + 1);
            elementStart = -1;
            if (c == QLatin1Char(']')) {
                closed = true;
                ++i;
                break;
            }
        }
    }
    if (inString)
        return fileError(
            path, QStringLiteral("line %1: a JSON string starts here and is never closed").arg(elementLine));
    if (!closed)
        return fileError(path, QStringLiteral("the JSON array is never closed (missing \"]\")"));
    if (!QStringView(text).mid(i).trimmed().isEmpty())
        return fileError(
            path, QStringLiteral("line %1: text after the end of the JSON array").arg(lineAt(text, 0, i, 1)));
    return file;
}

// --- records into products ---------------------------------------------------------------------

struct Row
{
    qint64 line = 0;
    qsizetype end = 0;
    Product product;
    std::optional<Supplier> supplier; // named with a name: to be created or updated
    QList<FieldError> errors;
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

class RowReader
{
public:
    RowReader(const QJsonObject &o, QList<FieldError> &errors, QString prefix = {})
        : m_o(o)
        , m_errors(errors)
        , m_prefix(std::move(prefix))
    {
    }

    QString text(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        fail(key, QStringLiteral("must be a string, not %1").arg(typeName(v)));
        return {};
    }
    std::optional<Decimal2> decimal(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        QString t;
        if (v.isString())
            t = v.toString();
        else if (v.isDouble())
            t = QString::number(v.toDouble(), 'g', 15);
        if (const std::optional<Decimal2> d = Decimal2::parse(t))
            return d;
        fail(key,
            v.isString() ? QStringLiteral("\"%1\" is not a decimal number with at most two fraction digits")
                               .arg(t.left(30))
                         : QStringLiteral("must be a decimal number, not %1").arg(typeName(v)));
        return std::nullopt;
    }
    std::optional<int> integer(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        bool ok = false;
        qint64 n = 0;
        if (v.isString()) {
            n = v.toString().trimmed().toLongLong(&ok);
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            ok = std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e15;
            n = qint64(d);
        }
        if (!ok || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
            fail(key, QStringLiteral("\"%1\" is not a whole number").arg(text(key).left(30)));
            return std::nullopt;
        }
        return int(n);
    }
    template <typename J> std::optional<J> json(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        constexpr bool isArray = std::is_same_v<J, QJsonArray>;
        const QString want = isArray ? QStringLiteral("a JSON array") : QStringLiteral("a JSON object");
        if (v.isNull() || v.isUndefined())
            return J {};
        if (isArray ? v.isArray() : v.isObject()) {
            if constexpr (isArray)
                return v.toArray();
            else
                return v.toObject();
        }
        if (v.isString()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && (isArray ? doc.isArray() : doc.isObject())) {
                if constexpr (isArray)
                    return doc.array();
                else
                    return doc.object();
            }
            fail(key,
                error.error != QJsonParseError::NoError
                    ? QStringLiteral("is not valid JSON (%1); it must be %2").arg(error.errorString(), want)
                    : QStringLiteral("must be %1").arg(want));
            return std::nullopt;
        }
        fail(key, QStringLiteral("must be %1, not %2").arg(want, typeName(v)));
        return std::nullopt;
    }
    void fail(const QString &key, const QString &message)
    {
        m_errors << FieldError { m_prefix + key, message };
    }

private:
    const QJsonObject &m_o;
    QList<FieldError> &m_errors;
    QString m_prefix;
};

Row toRow(const Record &record)
{
    Row row;
    row.line = record.line;
    row.end = record.end;
    const QJsonObject &o = record.values;
    RowReader r(o, row.errors);
    Product &p = row.product;
    p.sourceId = r.text(QStringLiteral("source_id")).trimmed();
    if (!record.parseError.isEmpty()) {
        row.errors << FieldError { QString(), QStringLiteral("the record %1").arg(record.parseError) };
        return row;
    }
    p.title = r.text(QStringLiteral("title"));
    p.subtitle = r.text(QStringLiteral("subtitle"));
    p.priceMin = r.decimal(QStringLiteral("price_min"));
    p.priceMax = r.decimal(QStringLiteral("price_max"));
    if (const QString currency = r.text(QStringLiteral("currency")); !currency.isNull())
        p.currency = currency;
    p.moq = r.integer(QStringLiteral("moq"));
    p.mainImageUrl = r.text(QStringLiteral("main_image_url"));
    p.detailImages = r.json<QJsonArray>(QStringLiteral("detail_images")).value_or(QJsonArray {});
    p.specifications = r.json<QJsonObject>(QStringLiteral("specifications")).value_or(QJsonObject {});
    p.salesCount = r.integer(QStringLiteral("sales_count"));
    p.rating = r.decimal(QStringLiteral("rating"));
    if (const QString status = r.text(QStringLiteral("sync_status")); !status.isNull())
        p.syncStatus = status;

    // The supplier: a nested object (JSON) or the flat supplier_* columns (CSV, or JSON written flat).
    Supplier s;
    const QJsonValue nested = o.value(QStringLiteral("supplier"));
    if (nested.isObject()) {
        const QJsonObject so = nested.toObject();
        RowReader sr(so, row.errors, QStringLiteral("supplier."));
        s.sourceId = sr.text(QStringLiteral("source_id")).trimmed();
        s.name = sr.text(QStringLiteral("name"));
        s.companyName = sr.text(QStringLiteral("company_name"));
        s.location = sr.text(QStringLiteral("location"));
    } else if (!nested.isNull() && !nested.isUndefined()) {
        r.fail(QStringLiteral("supplier"), QStringLiteral("must be an object, not %1").arg(typeName(nested)));
    } else {
        s.sourceId = r.text(QStringLiteral("supplier_source_id")).trimmed();
        s.name = r.text(QStringLiteral("supplier_name"));
        s.companyName = r.text(QStringLiteral("supplier_company_name"));
        s.location = r.text(QStringLiteral("supplier_location"));
    }
    if (!s.sourceId.isEmpty()) {
        p.supplierSourceId = s.sourceId;
        if (!s.name.isEmpty()) {
            for (FieldError e : validation::validateSupplier(s)) {
                e.field = QStringLiteral("supplier_") + e.field;
                row.errors << e;
            }
            row.supplier = s;
        }
    } else if (!s.name.isEmpty() || !s.companyName.isEmpty() || !s.location.isEmpty()) {
        row.errors << FieldError { QStringLiteral("supplier_source_id"),
            QStringLiteral("is required when supplier details are given") };
    }
    row.errors << record.fieldErrors;
    if (row.errors.isEmpty())
        row.errors << validation::validateProduct(p);
    return row;
}

// --- the 1688sync crawler's items --------------------------------------------------------------

// A price as the crawler writes it: a number, "12.50", "¥12.50", or a range "12.50-18.00" / "12.5~18".
bool parsePrice(const QJsonValue &v, std::optional<Decimal2> &low, std::optional<Decimal2> &high)
{
    if (v.isDouble()) {
        low = high = Decimal2::parse(QString::number(v.toDouble(), 'f', 2));
        return low.has_value();
    }
    if (!v.isString())
        return false;
    QString t = v.toString().trimmed();
    t.remove(QChar(0xA5)).remove(QChar(0xFFE5)).remove(QLatin1Char(','));
    static const QRegularExpression range(QStringLiteral("^\\s*([0-9.]+)\\s*(?:[-~–]\\s*([0-9.]+))?\\s*$"));
    const QRegularExpressionMatch m = range.match(t);
    if (!m.hasMatch())
        return false;
    low = Decimal2::parse(m.captured(1));
    high = m.captured(2).isEmpty() ? low : Decimal2::parse(m.captured(2));
    return low && high;
}

// The crawler's field a catalog field came from, so a rejected row names what is in the file.
QString field1688(const QString &field)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("source_id"), QStringLiteral("product_id") },
        { QStringLiteral("price_min"), QStringLiteral("price") },
        { QStringLiteral("price_max"), QStringLiteral("price") },
        { QStringLiteral("main_image_url"), QStringLiteral("image_urls") },
        { QStringLiteral("detail_images"), QStringLiteral("image_urls") },
        { QStringLiteral("subtitle"), QStringLiteral("description") },
        { QStringLiteral("supplier_source_id"), QStringLiteral("seller_id") },
        { QStringLiteral("supplier_name"), QStringLiteral("seller") },
        { QStringLiteral("supplier_location"), QStringLiteral("location") },
    };
    return names.value(field, field);
}

// Maps one crawler item onto the catalog's flat record: product_id → source_id, price (or range) →
// price_min/price_max, image_urls → main_image_url + detail_images, seller_id/seller/location → the
// supplier, specifications (object, or a list of {name, value}) kept; the crawler's descriptive
// fields (description, category, brand, tags, original_price, source_url, crawl_time) are kept
// whole under specifications["_1688"], and the description's first line becomes the subtitle.
QJsonObject from1688(const QJsonObject &item, QList<FieldError> &errors)
{
    QJsonObject o;
    const QJsonValue id = item.value(QStringLiteral("product_id"));
    o.insert(QStringLiteral("source_id"), id.isDouble() ? QJsonValue(QString::number(id.toDouble(), 'f', 0)) : id);
    o.insert(QStringLiteral("title"), item.value(QStringLiteral("title")));
    o.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
    const QJsonValue price = item.value(QStringLiteral("price"));
    if (!price.isNull() && !price.isUndefined()) {
        std::optional<Decimal2> low, high;
        if (parsePrice(price, low, high)) {
            o.insert(QStringLiteral("price_min"), low->toString());
            o.insert(QStringLiteral("price_max"), high->toString());
        } else {
            errors << FieldError { QStringLiteral("price"),
                QStringLiteral("\"%1\" is not a price or a price range like 12.50-18.00")
                    .arg((price.isString() ? price.toString() : typeName(price)).left(30)) };
        }
    }
    const QJsonValue images = item.value(QStringLiteral("image_urls"));
    if (images.isArray()) {
        QJsonArray urls = images.toArray();
        if (!urls.isEmpty()) {
            o.insert(QStringLiteral("main_image_url"), urls.takeAt(0));
            o.insert(QStringLiteral("detail_images"), urls);
        }
    } else if (!images.isNull() && !images.isUndefined()) {
        errors << FieldError { QStringLiteral("image_urls"), QStringLiteral("must be a list of URLs, not %1").arg(typeName(images)) };
    }
    QJsonValue specs = item.value(QStringLiteral("specifications"));
    if (specs.isArray()) { // [{"name": "材质", "value": "不锈钢"}, ...]
        QJsonObject pairs;
        for (const QJsonValue &entry : specs.toArray()) {
            const QJsonObject e = entry.toObject();
            const QString name = e.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty()) {
                errors << FieldError { QStringLiteral("specifications"), QStringLiteral("a list entry has no \"name\"") };
                break;
            }
            pairs.insert(name, e.value(QStringLiteral("value")));
        }
        specs = pairs;
    }
    QJsonObject extra;
    for (const char *key : { "description", "category", "brand", "tags", "original_price", "source_url", "crawl_time" }) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isNull() && !v.isUndefined())
            extra.insert(QLatin1String(key), v);
    }
    if (specs.isObject() || specs.isNull() || specs.isUndefined()) {
        QJsonObject merged = specs.toObject();
        if (!extra.isEmpty())
            merged.insert(QStringLiteral("_1688"), extra);
        o.insert(QStringLiteral("specifications"), merged);
    } else {
        o.insert(QStringLiteral("specifications"), specs); // toRow says what is wrong with it
    }
    const QString description = item.value(QStringLiteral("description")).toString().trimmed();
    if (!description.isEmpty())
        o.insert(QStringLiteral("subtitle"), description.section(QLatin1Char('\n'), 0, 0).left(500));
    // The seller: by its id, else by its name (the crawler sometimes has only the name).
    const QJsonValue sellerId = item.value(QStringLiteral("seller_id"));
    const QString seller = item.value(QStringLiteral("seller")).toString().trimmed();
    QString supplierId = sellerId.isDouble() ? QString::number(sellerId.toDouble(), 'f', 0) : sellerId.toString().trimmed();
    if (supplierId.isEmpty() && !seller.isEmpty())
        supplierId = seller.left(50);
    if (!supplierId.isEmpty()) {
        o.insert(QStringLiteral("supplier_source_id"), supplierId);
        o.insert(QStringLiteral("supplier_name"), seller.isEmpty() ? supplierId : seller);
        o.insert(QStringLiteral("supplier_location"), item.value(QStringLiteral("location")));
    }
    return o;
}

Result<ParsedFile> parse1688(const QString &text)
{
    Result<ParsedFile> parsed = parseJsonLines(text);
    if (!parsed)
        return parsed;
    for (Record &record : parsed.value().records) {
        if (record.parseError.isEmpty())
            record.values = from1688(record.values, record.fieldErrors);
    }
    return parsed;
}

// --- decoding ----------------------------------------------------------------------------------

struct Decoded
{
    QString text;
    QString encoding;
    QString warning;
};

Result<Decoded> decode(const QString &path, QByteArray bytes, const QString &wanted)
{
    Decoded out;
    QString encoding = wanted.trimmed().toUpper();
    if (encoding == QLatin1String("UTF8"))
        encoding = QStringLiteral("UTF-8");
    if (encoding == QLatin1String("UTF16"))
        encoding = QStringLiteral("UTF-16");
    const bool utf16Bom = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (encoding.isEmpty()) {
        if (utf16Bom)
            encoding = QStringLiteral("UTF-16");
        else if (bytes.startsWith("\xEF\xBB\xBF"))
            encoding = QStringLiteral("UTF-8");
    }
    if (encoding != QLatin1String("UTF-16") && bytes.contains('\0'))
        return fileError(path,
            QStringLiteral(
                "this looks like a binary file (it contains NUL bytes at offset %1), not CSV or JSON text")
                .arg(bytes.indexOf('\0')));

    const auto tryDecode = [&](QStringDecoder decoder) -> std::optional<QString> {
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    const auto decoderFor = [](const QString &name) {
        if (name == QLatin1String("UTF-8"))
            return QStringDecoder(QStringDecoder::Utf8);
        if (name == QLatin1String("UTF-16"))
            return QStringDecoder(QStringDecoder::Utf16);
        return QStringDecoder(name.toLatin1().constData());
    };

    std::optional<QString> text;
    if (encoding.isEmpty()) {
        text = tryDecode(QStringDecoder(QStringDecoder::Utf8));
        encoding = QStringLiteral("UTF-8");
        if (!text) {
            if (!ProductImporter::isGb18030Available())
                return fileError(path,
                    QStringLiteral("the file is not valid UTF-8, and this build of Qt has no GB18030 "
                                   "decoder (it needs ICU) to try instead"));
            text = tryDecode(QStringDecoder("GB18030"));
            encoding = QStringLiteral("GB18030");
            if (!text)
                return fileError(
                    path, QStringLiteral("the file is neither valid UTF-8 nor valid GB18030 text"));
            out.warning = QStringLiteral("the file is not valid UTF-8; it was read as GB18030");
        }
    } else {
        QStringDecoder decoder = decoderFor(encoding);
        if (!decoder.isValid())
            return fileError(path,
                QStringLiteral("the encoding \"%1\" is not available in this build of Qt%2")
                    .arg(wanted,
                        encoding == QLatin1String("GB18030") ? QStringLiteral(" (GB18030 needs ICU)")
                                                             : QString()));
        text = tryDecode(std::move(decoder));
        if (!text)
            return fileError(path, QStringLiteral("the file is not valid %1 text").arg(encoding));
    }
    out.text = std::move(*text);
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    if (out.text.contains(QChar(0)))
        return fileError(
            path, QStringLiteral("this looks like a binary file (it contains NUL characters), not text"));
    out.encoding = encoding;
    return out;
}

ProductImporter::Format detectFormat(const QString &path, const QString &text)
{
    // JSON Lines of the 1688sync crawler name the product "product_id"; ours "source_id".
    const auto jsonLinesKind = [&text] {
        qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
        return first.contains(u"\"product_id\"") && !first.contains(u"\"source_id\"")
            ? ProductImporter::Format::Sync1688
            : ProductImporter::Format::JsonLines;
    };
    if (const auto byName = ProductImporter::formatFromName(QFileInfo(path).fileName()))
        return *byName == ProductImporter::Format::JsonLines ? jsonLinesKind() : *byName;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('['))
            return ProductImporter::Format::JsonArray;
        if (c == QLatin1Char('{'))
            return jsonLinesKind();
        break;
    }
    return ProductImporter::Format::Csv;
}

} // namespace

QJsonObject ProductImporter::RowError::toJson() const
{
    return { { QStringLiteral("line"), line }, { QStringLiteral("source_id"), sourceId },
        { QStringLiteral("field"), field }, { QStringLiteral("message"), message } };
}

QJsonObject ProductImporter::Report::toJson() const
{
    QJsonArray list;
    for (const RowError &e : errors)
        list.append(e.toJson());
    return { { QStringLiteral("format"), formatName(format) }, { QStringLiteral("encoding"), encoding },
        { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("inserted"), inserted }, { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("rejected"), rejected }, { QStringLiteral("suppliers_inserted"), suppliersInserted },
        { QStringLiteral("suppliers_updated"), suppliersUpdated }, { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("sync_record_id"), syncRecordId }, { QStringLiteral("errors"), list },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

const QStringList &ProductImporter::fields()
{
    return productKeys();
}

Result<ProductImporter::Preview> ProductImporter::preview(const QString &path, const Options &options, int maxRows)
{
    constexpr qint64 kPreviewBytes = 512 * 1024;
    if (options.delimiter == options.quote || options.delimiter == QLatin1Char('\n') || options.quote == QLatin1Char('\n'))
        return StorageError::validation({ FieldError { QStringLiteral("delimiter"),
            QStringLiteral("the delimiter and the quote must be two different characters, neither a line break") } });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError::make(ErrorKind::NotFound, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    Preview preview;
    QByteArray bytes = file.read(kPreviewBytes);
    preview.wholeFile = file.atEnd();
    if (!preview.wholeFile) {
        // Whole lines only, so no character (or UTF-16 code unit) is cut in half.
        qsizetype cut = bytes.lastIndexOf('\n');
        if (cut < 0)
            return fileError(path, QStringLiteral("the first %1 KiB hold no line break: not a catalog file").arg(kPreviewBytes / 1024));
        const bool utf16le = bytes.startsWith("\xFF\xFE");
        cut += utf16le ? 2 : 1;
        if ((bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) && cut % 2)
            ++cut;
        bytes.truncate(cut);
    }
    const Result<Decoded> decoded = decode(path, bytes, options.encoding);
    if (!decoded)
        return decoded.error();
    preview.encoding = decoded->encoding;
    if (!decoded->warning.isEmpty())
        preview.warnings << decoded->warning;
    QString text = decoded->text;
    preview.format = options.format.value_or(detectFormat(path, text));
    QStringList header;
    const auto parse = [&]() -> Result<ParsedFile> {
        switch (preview.format) {
        case Format::Csv:
            return parseCsv(path, text, options, true, &header);
        case Format::JsonLines:
            return parseJsonLines(text);
        case Format::Sync1688:
            return parse1688(text);
        case Format::JsonArray: // a cut array is closed after its last whole line
            return parseJsonArray(path, preview.wholeFile ? text : text + QStringLiteral("]"));
        }
        return parseJsonLines(text);
    };
    Result<ParsedFile> parsed = parse();
    // A cut file may end inside a quoted field or an array element: read back to earlier lines.
    for (int retry = 0; !parsed && !preview.wholeFile && retry < 20; ++retry) {
        const qsizetype cut = text.lastIndexOf(QLatin1Char('\n'), text.size() - 2);
        if (cut <= 0)
            break;
        text.truncate(cut + 1);
        parsed = parse();
    }
    if (preview.format == Format::Csv) {
        // The columns as the file names them, even when the header cannot be used yet (no source_id
        // or title column until the operator maps one).
        for (const QString &name : std::as_const(header)) {
            const QString key = name.trimmed().toLower();
            const QString target = options.columns.value(key, key);
            preview.columns << name.trimmed();
            preview.mappedTo << (productKeys().contains(target) ? target : QString());
        }
        if (!parsed) { // show the columns and why the file cannot be imported as mapped
            preview.warnings << parsed.error().message;
            return preview;
        }
    }
    if (!parsed)
        return parsed.error();
    preview.warnings << parsed->warnings;
    const QList<Record> &records = parsed->records;
    if (preview.format != Format::Csv) {
        for (const Record &record : records.mid(0, maxRows)) {
            for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
                if (!preview.columns.contains(it.key())) {
                    preview.columns << it.key();
                    preview.mappedTo << (productKeys().contains(it.key()) ? it.key() : QString());
                }
            }
        }
    }
    for (const Record &record : records.mid(0, maxRows)) {
        Preview::Row row;
        row.line = record.line;
        if (preview.format == Format::Csv) {
            row.cells = record.cells;
        } else {
            for (const QString &column : std::as_const(preview.columns)) {
                const QJsonValue v = record.values.value(column);
                row.cells << (v.isString() ? v.toString()
                                 : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                 : v.isNull() || v.isUndefined()
                                     ? QString()
                                     : QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact)));
            }
        }
        const Row converted = toRow(record);
        for (const FieldError &e : converted.errors) {
            const QString field = preview.format == Format::Sync1688 ? field1688(e.field) : e.field;
            row.problems << (field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(field, e.message));
        }
        preview.rows << row;
    }
    return preview;
}

ProductImporter::ProductImporter(ConnectionManager &connections)
    : m_connections(connections)
{
}

std::optional<ProductImporter::Format> ProductImporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    const QString suffix = lower.contains(QLatin1Char('.')) ? QFileInfo(lower).suffix() : lower;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("json"))
        return Format::JsonArray;
    if (lower == QLatin1String("1688sync"))
        return Format::Sync1688;
    return std::nullopt;
}

QString ProductImporter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    case Format::JsonArray:
        return QStringLiteral("json");
    case Format::Sync1688:
        return QStringLiteral("1688sync");
    }
    return {};
}

std::optional<ProductImporter::Mode> ProductImporter::modeFromName(const QString &name)
{
    if (name == QLatin1String("upsert"))
        return Mode::Upsert;
    if (name == QLatin1String("insert-only"))
        return Mode::InsertOnly;
    if (name == QLatin1String("skip-existing"))
        return Mode::SkipExisting;
    return std::nullopt;
}

bool ProductImporter::isGb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

Result<ProductImporter::Report> ProductImporter::importFile(
    const QString &path, const Options &options, const Progress &progress)
{
    Report report;
    report.dryRun = options.dryRun;
    SyncRecordRepository journal(m_connections);
    qint64 journalId = 0;
    const auto noteError = [&](const RowError &e) { report.errors << e; };
    // Errors are found per batch in passes (parsing, mode, suppliers, database); report them in file order.
    const auto sortedErrors = [&]() {
        std::stable_sort(report.errors.begin(), report.errors.end(),
            [](const RowError &a, const RowError &b) { return a.line < b.line; });
        QJsonArray list;
        for (qsizetype i = 0; i < report.errors.size() && i < kJournalErrorLimit; ++i)
            list.append(report.errors.at(i).toJson());
        return list;
    };
    const auto failWith = [&](StorageError error) -> Result<Report> {
        if (journalId) {
            QJsonArray journalErrors = sortedErrors();
            journalErrors.prepend(RowError { 0, QString(), QString(), error.message }.toJson());
            journal.finish(journalId, QStringLiteral("failed"),
                report.inserted + report.updated + report.unchanged, report.rejected, journalErrors);
        }
        return error;
    };

    if (!options.dryRun) {
        const Result<SyncRecord> started = journal.start(QStringLiteral("import"));
        if (!started)
            return started.error();
        journalId = started->id;
        report.syncRecordId = journalId;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(StorageError::make(
            ErrorKind::NotFound, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())));
    const qint64 totalBytes = file.size();
    const Result<Decoded> decoded = decode(path, file.readAll(), options.encoding);
    file.close();
    if (!decoded)
        return failWith(decoded.error());
    report.encoding = decoded->encoding;
    if (!decoded->warning.isEmpty())
        report.warnings << decoded->warning;
    const QString &text = decoded->text;
    report.format = options.format.value_or(detectFormat(path, text));
    Result<ParsedFile> parsed = report.format == Format::Csv ? parseCsv(path, text, options)
        : report.format == Format::JsonLines                 ? parseJsonLines(text)
        : report.format == Format::Sync1688                  ? parse1688(text)
                                                             : parseJsonArray(path, text);
    if (!parsed)
        return failWith(parsed.error());
    report.warnings << parsed->warnings;
    const QList<Record> &records = parsed->records;
    if (journalId)
        journal.progress(journalId, records.size(), 0, 0);

    ProductRepository products(m_connections);
    SupplierRepository suppliers(m_connections);
    const int batchSize = qBound(1, options.batchSize, 100000);
    QSet<QString> insertedIds; // InsertOnly: a source_id may be inserted once per file
    const auto reject = [&](const Row &row, const QList<FieldError> &errors) {
        ++report.rejected;
        for (const FieldError &e : errors)
            noteError(RowError { row.line, row.product.sourceId.left(50),
                report.format == Format::Sync1688 ? field1688(e.field) : e.field, e.message });
    };

    for (qsizetype start = 0; start < records.size(); start += batchSize) {
        const qsizetype stop = qMin(records.size(), start + batchSize);
        QList<Row> rows;
        for (qsizetype i = start; i < stop; ++i) {
            Row row = toRow(records.at(i));
            ++report.rowsRead;
            if (!row.errors.isEmpty())
                reject(row, row.errors);
            else
                rows << std::move(row);
        }

        // Mode: which source_ids exist already.
        QStringList ids;
        for (const Row &row : rows)
            ids << row.product.sourceId;
        const Result<QSet<QString>> existing = products.existingSourceIds(ids);
        if (!existing)
            return failWith(existing.error());
        QList<Row> kept;
        for (Row &row : rows) {
            const bool exists = existing->contains(row.product.sourceId);
            if (exists && options.mode == Mode::InsertOnly) {
                reject(row,
                    { FieldError { QStringLiteral("source_id"),
                        QStringLiteral("a product with source_id \"%1\" exists already (insert-only import)")
                            .arg(row.product.sourceId) } });
            } else if (options.mode == Mode::InsertOnly && insertedIds.contains(row.product.sourceId)) {
                reject(row,
                    { FieldError { QStringLiteral("source_id"),
                        QStringLiteral(
                            "source_id \"%1\" appears more than once in the file (insert-only import)")
                            .arg(row.product.sourceId) } });
            } else if (exists && options.mode == Mode::SkipExisting) {
                ++report.skipped;
            } else {
                if (options.mode == Mode::InsertOnly)
                    insertedIds.insert(row.product.sourceId);
                kept << std::move(row);
            }
        }
        rows = std::move(kept);

        // Suppliers: merge the file's name/company/location into what is stored, so an import never
        // clears a supplier's contact details or rating; a supplier named only by source_id must exist.
        QStringList named;
        for (const Row &row : rows) {
            if (!row.product.supplierSourceId.isEmpty())
                named << row.product.supplierSourceId;
        }
        const Result<QHash<QString, Supplier>> found = suppliers.bySourceIds(named);
        if (!found)
            return failWith(found.error());
        const QHash<QString, Supplier> &storedSuppliers = found.value();
        QSet<QString> missingSuppliers;
        QHash<QString, Supplier> supplierWrites;
        for (const Row &row : rows) {
            const QString sid = row.product.supplierSourceId;
            if (sid.isEmpty())
                continue;
            if (!storedSuppliers.contains(sid))
                missingSuppliers.insert(sid);
            if (row.supplier) {
                // The last row of the batch that describes the supplier wins.
                Supplier merged = storedSuppliers.value(sid, Supplier {});
                merged.sourceId = sid;
                merged.name = row.supplier->name;
                merged.companyName = row.supplier->companyName;
                merged.location = row.supplier->location;
                supplierWrites.insert(sid, merged);
            }
        }
        kept.clear();
        for (Row &row : rows) {
            const QString sid = row.product.supplierSourceId;
            if (!sid.isEmpty() && missingSuppliers.contains(sid) && !supplierWrites.contains(sid)) {
                reject(row,
                    { FieldError { QStringLiteral("supplier_source_id"),
                        QStringLiteral("no supplier has source_id \"%1\" and the row gives no supplier_name "
                                       "to create it")
                            .arg(sid) } });
                continue;
            }
            kept << std::move(row);
        }
        rows = std::move(kept);
        QList<Supplier> supplierBatch;
        for (auto it = supplierWrites.cbegin(); it != supplierWrites.cend(); ++it) {
            const auto stored = storedSuppliers.constFind(it.key());
            if (stored != storedSuppliers.cend() && stored->name == it->name
                && stored->companyName == it->companyName && stored->location == it->location)
                continue; // nothing to write
            supplierBatch << it.value();
        }

        if (options.dryRun) {
            for (const Row &row : rows)
                (existing->contains(row.product.sourceId) ? report.updated : report.inserted) += 1;
        } else if (!rows.isEmpty()) {
            // Transaction 1 of the batch: its suppliers (unchanged ones are not written).
            if (!supplierBatch.isEmpty()) {
                const Result<UpsertReport> written = suppliers.upsert(supplierBatch);
                if (!written)
                    return failWith(written.error());
                report.suppliersInserted += written->inserted;
                report.suppliersUpdated += written->updated;
            }
            // Transaction 2: its products. Rows the database refuses on their own (named by the
            // repository's FieldError::row) are rejected and the rest of the batch written again.
            for (int attempt = 0;; ++attempt) {
                QList<Product> batch;
                for (const Row &row : rows)
                    batch << row.product;
                const Result<UpsertReport> written = products.upsert(batch);
                if (written) {
                    report.inserted += written->inserted;
                    report.updated += written->updated;
                    report.unchanged += written->unchanged;
                    break;
                }
                QHash<int, QList<FieldError>> byRow;
                for (const FieldError &e : written.error().fields) {
                    if (e.row >= 0 && e.row < rows.size())
                        byRow[e.row] << e;
                }
                if (written.error().kind != ErrorKind::Validation || byRow.isEmpty() || attempt > 3)
                    return failWith(written.error());
                QList<Row> rest;
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    if (byRow.contains(int(i)))
                        reject(rows.at(i), byRow.value(int(i)));
                    else
                        rest << std::move(rows[i]);
                }
                rows = std::move(rest);
                if (rows.isEmpty())
                    break;
            }
        }

        const qint64 written = report.inserted + report.updated + report.unchanged;
        if (journalId)
            journal.progress(journalId, records.size(), written, report.rejected);
        const qint64 bytesRead = text.isEmpty()
            ? totalBytes
            : qint64(double(records.at(stop - 1).end) / double(text.size()) * double(totalBytes));
        if (progress && !progress(report.rowsRead, bytesRead, totalBytes) && stop < records.size()) {
            report.cancelled = true;
            break;
        }
    }

    const QJsonArray journalErrors = sortedErrors();
    if (!options.dryRun) {
        if (report.inserted + report.updated > 0) {
            if (StorageError e = products.refreshStatistics(); !e.ok())
                report.warnings << QStringLiteral("could not refresh the statistics: %1").arg(e.message);
        }
        const Result<SyncRecord> finished = journal.finish(journalId,
            report.cancelled ? QStringLiteral("cancelled") : QStringLiteral("completed"),
            report.inserted + report.updated + report.unchanged, report.rejected, journalErrors);
        if (!finished)
            return finished.error();
    }
    return report;
}

} // namespace catalog
