#include "transfer/productimporter.h"

#include "core/product.h"
#include "repositories/productrepository.h"
#include "core/supplier.h"
#include "repositories/supplierrepository.h"
#include "repositories/syncrecordrepository.h"
#include "core/storagelog_p.h"
#include "transfer/textreader.h"
#include "core/validator.h"

#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QQueue>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QWaitCondition>

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

namespace catalog {

namespace {

constexpr int kJournalErrorLimit = 1000;

// One record of the file, before it becomes a Product: the values by key (CSV cells as strings,
// empty cells as null; JSON values as they are) and the physical line where it starts.
struct Record
{
    qint64 line = 0;
    QJsonObject values;
    QString parseError; // set when the record itself could not be read (bad JSON, wrong cell count)
    QList<FieldError> fieldErrors; // found while mapping a foreign format (1688sync) onto ours
    QStringList cells; // CSV: the row's cells as in the file (kept for previews only)
};

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

// A CSV header row: the catalog field each column fills (the operator's mapping, else the column's
// own name), checked for the two columns every import needs; unknown columns are warned about.
Result<QStringList> csvHeader(const QString &path, const QStringList &cells, qint64 line,
    const ProductImporter::Options &options, QStringList &warnings)
{
    QStringList header;
    for (const QString &name : cells) {
        const QString key = name.trimmed().toLower();
        header << options.columns.value(key, key);
    }
    for (const QString &required : { QStringLiteral("source_id"), QStringLiteral("title") }) {
        if (!header.contains(required))
            return importFileError(path,
                QStringLiteral("the header row (line %1) has no \"%2\" column; it has: %3")
                    .arg(line)
                    .arg(required, header.join(QStringLiteral(", ")).left(2000)));
    }
    // One warning per unknown column, for the first few: a header of millions of columns must not
    // make millions of warnings (report, journal, console).
    constexpr int kUnknownColumnWarnings = 20;
    qsizetype unknown = 0;
    for (const QString &name : header) {
        if (!productKeys().contains(name) && !name.isEmpty()) {
            if (++unknown <= kUnknownColumnWarnings)
                warnings << QStringLiteral("unknown column \"%1\" ignored").arg(name.left(100));
        }
    }
    if (unknown > kUnknownColumnWarnings)
        warnings << QStringLiteral("%1 more unknown columns ignored").arg(unknown - kUnknownColumnWarnings);
    return header;
}

// header: the field per column; used: the columns whose field the catalog has.
Record csvRecord(const QStringList &header, const QList<qsizetype> &used, const QStringList &cells, qint64 line,
    bool keepCells)
{
    Record record;
    record.line = line;
    if (keepCells)
        record.cells = cells;
    if (cells.size() != header.size()) {
        record.parseError
            = QStringLiteral("has %1 fields, the header has %2").arg(cells.size()).arg(header.size());
        // Still name the row by its source_id when that cell is there.
        const qsizetype at = header.indexOf(QStringLiteral("source_id"));
        if (at < cells.size())
            record.values.insert(QStringLiteral("source_id"), cells.at(at));
        return record;
    }
    for (const qsizetype c : used)
        record.values.insert(header.at(c), cells.at(c).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cells.at(c)));
    return record;
}

Record jsonRecord(const QString &text, qint64 line)
{
    Record record;
    record.line = line;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        record.parseError = QStringLiteral("is not valid JSON: %1").arg(error.errorString());
    else if (!doc.isObject())
        record.parseError = QStringLiteral("is not a JSON object");
    else
        record.values = doc.object();
    return record;
}
// --- records into products ---------------------------------------------------------------------

struct Row
{
    qint64 line = 0;
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
        for (const QJsonValue entry : specs.toArray()) {
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

// --- reading a file ------------------------------------------------------------------------------

// The encoding asked for, by its canonical name; "" to find out (a BOM, else UTF-8, else GB18030).
QString canonicalEncoding(const QString &wanted)
{
    QString encoding = wanted.trimmed().toUpper();
    if (encoding == QLatin1String("UTF8"))
        return QStringLiteral("UTF-8");
    if (encoding == QLatin1String("UTF16"))
        return QStringLiteral("UTF-16");
    return encoding;
}

// The encoding a byte order mark at the start of the file names, or "".
QString encodingByBom(QIODevice &device)
{
    const QByteArray start = device.peek(3);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    if (start.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    return {};
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

// The records of a file, one at a time, in the file's format: the layer between the text readers
// (textreader.h) and the rows the import validates.
class RecordSource
{
public:
    RecordSource(QIODevice &device, const QString &path, ProductImporter::Format format, const QString &encoding,
        const ProductImporter::Options &options, qint64 byteLimit = -1)
        : m_path(path)
        , m_format(format)
        , m_options(options)
        , m_text(device, path, encoding, byteLimit)
    {
        switch (format) {
        case ProductImporter::Format::Csv:
            m_csv.emplace(m_text, options.delimiter, options.quote);
            break;
        case ProductImporter::Format::JsonArray:
            m_array.emplace(m_text);
            break;
        case ProductImporter::Format::JsonLines:
        case ProductImporter::Format::Sync1688:
            m_lines.emplace(m_text);
            break;
        }
    }

    // Reads what comes before the records: the CSV header row (fileHeader receives its cells as the
    // file has them, even when they are refused: no source_id or title column).
    StorageError start(QStringList *fileHeader = nullptr)
    {
        if (!m_csv)
            return {};
        QStringList cells;
        qint64 line = 0;
        if (!m_csv->next(cells, line)) {
            if (!m_csv->error().ok())
                return m_csv->error();
            return importFileError(m_path, QStringLiteral("the file is empty; a CSV import needs a header row"));
        }
        if (fileHeader)
            *fileHeader = cells;
        Result<QStringList> header = csvHeader(m_path, cells, line, m_options, m_warnings);
        if (!header)
            return header.error();
        m_header = std::move(header.value());
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            if (productKeys().contains(m_header.at(c)))
                m_used << c;
        }
        return {};
    }

    // The next record. parse = false only finds it (the check before an import): its values stay
    // empty. False at the end of the file and on an error (error()).
    bool next(Record &record, bool parse = true, bool keepCells = false)
    {
        qint64 line = 0;
        if (m_csv) {
            if (!m_csv->next(m_cells, line))
                return false;
            record = parse ? csvRecord(m_header, m_used, m_cells, line, keepCells) : Record { line, {}, {}, {}, {} };
            return true;
        }
        const bool found = m_array ? m_array->next(m_element, line) : m_lines->next(m_element, line);
        if (!found)
            return false;
        if (!parse) {
            record = Record { line, {}, {}, {}, {} };
            return true;
        }
        record = jsonRecord(m_element, line);
        if (m_format == ProductImporter::Format::Sync1688 && record.parseError.isEmpty())
            record.values = from1688(record.values, record.fieldErrors);
        return true;
    }

    StorageError error() const
    {
        return m_csv ? m_csv->error() : m_array ? m_array->error() : m_lines->error();
    }
    // The decoder found bytes that are not text in the encoding (another encoding may fit).
    bool badText() const { return m_text.badText(); }
    bool cut() const { return m_text.cut(); }
    bool isValid() const { return m_text.isValid(); }
    qint64 bytesRead() const { return m_text.bytesRead(); }
    const QStringList &warnings() const { return m_warnings; }

private:
    QString m_path;
    ProductImporter::Format m_format;
    const ProductImporter::Options &m_options;
    TextReader m_text;
    std::optional<CsvReader> m_csv;
    std::optional<JsonLinesReader> m_lines;
    std::optional<JsonArrayReader> m_array;
    QStringList m_header;
    QList<qsizetype> m_used;
    QStringList m_cells;
    QString m_element;
    QStringList m_warnings;
};

// How a file is to be read: found by ProductImporter's check of the whole file (or of its beginning,
// for a preview) before anything is written.
struct FileShape
{
    ProductImporter::Format format = ProductImporter::Format::Csv;
    QString encoding;
    QString encodingWarning;
    qint64 records = 0;
};

// The encodings to try, in order: the one asked for, else a BOM's, else UTF-8 then GB18030.
struct EncodingPlan
{
    QStringList candidates;
    bool guessing = false; // nothing asked for and no BOM: the file is not valid UTF-8 means GB18030
};

EncodingPlan encodingPlan(QIODevice &device, const ProductImporter::Options &options)
{
    const QString wanted = canonicalEncoding(options.encoding);
    if (!wanted.isEmpty())
        return { { wanted }, false };
    if (const QString bom = encodingByBom(device); !bom.isEmpty())
        return { { bom }, false };
    return { { QStringLiteral("UTF-8"), QStringLiteral("GB18030") }, true };
}

// The format asked for, else from the file's name or its first characters (ASCII in every encoding
// but UTF-16).
ProductImporter::Format formatOf(QFile &file, const QString &path, const ProductImporter::Options &options,
    const EncodingPlan &plan)
{
    if (options.format)
        return *options.format;
    file.seek(0);
    TextReader head(file, path,
        plan.candidates.front() == QLatin1String("UTF-16") ? QStringLiteral("UTF-16") : QStringLiteral("ISO-8859-1"),
        64 * 1024);
    head.more();
    return detectFormat(path, head.text());
}

StorageError unavailableEncoding(const QString &path, const ProductImporter::Options &options,
    const EncodingPlan &plan, const QString &encoding)
{
    if (plan.guessing)
        return importFileError(path,
            QStringLiteral("the file is not valid UTF-8, and this build of Qt has no GB18030 "
                           "decoder (it needs ICU) to try instead"));
    return importFileError(path,
        QStringLiteral("the encoding \"%1\" is not available in this build of Qt%2")
            .arg(options.encoding,
                encoding == QLatin1String("GB18030") ? QStringLiteral(" (GB18030 needs ICU)") : QString()));
}

const QString &gb18030Warning()
{
    static const QString warning = QStringLiteral("the file is not valid UTF-8; it was read as GB18030");
    return warning;
}

// Works out the format and the encoding and reads every record once without parsing it, so that
// file-level problems end an import before anything is written. progress(bytes) is called every
// few MiB; when it returns false the check stops and nullopt is returned.
Result<std::optional<FileShape>> checkFile(
    const QString &path, const ProductImporter::Options &options, const std::function<bool(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file);
    FileShape shape;
    const EncodingPlan plan = encodingPlan(file, options);
    shape.format = formatOf(file, path, options, plan);
    for (qsizetype c = 0; c < plan.candidates.size(); ++c) {
        const QString &encoding = plan.candidates.at(c);
        file.seek(0);
        RecordSource source(file, path, shape.format, encoding, options);
        if (!source.isValid())
            return unavailableEncoding(path, options, plan, encoding);
        StorageError error = source.start();
        shape.records = 0;
        qint64 reported = 0;
        Record record;
        while (error.ok() && source.next(record, false)) {
            ++shape.records;
            if (progress && source.bytesRead() - reported >= 8 * TextReader::kPieceBytes) {
                reported = source.bytesRead();
                if (!progress(reported))
                    return std::optional<FileShape> {};
            }
        }
        if (error.ok())
            error = source.error();
        if (source.badText() && plan.guessing) {
            if (c + 1 < plan.candidates.size())
                continue; // not UTF-8: try GB18030
            return importFileError(path, QStringLiteral("the file is neither valid UTF-8 nor valid GB18030 text"));
        }
        if (!error.ok())
            return error;
        shape.encoding = encoding;
        if (c > 0)
            shape.encodingWarning = gb18030Warning();
        return std::optional<FileShape> { shape };
    }
    return StorageError::make(ErrorKind::Internal, QStringLiteral("no encoding was tried"));
}

// Reads, parses and validates the records of a checked file on a thread of its own, up to two
// batches ahead of the writing: while one batch is written, the next ones are read.
class BatchReader
{
public:
    struct Batch
    {
        QList<Row> rows; // each with its errors, if any
        qint64 bytesRead = 0; // of the file, behind these rows
        bool last = false; // nothing follows (the end of the file, or an error)
        StorageError error; // the file could not be read as it was when checked
        QStringList warnings; // the first batch: the header's
    };

    BatchReader(const QString &path, const FileShape &shape, const ProductImporter::Options &options, int batchSize)
        : m_path(path)
        , m_shape(shape)
        , m_options(options)
        , m_batchSize(batchSize)
        , m_thread([this] { run(); })
    {
    }
    ~BatchReader()
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_stop = true;
        }
        m_changed.wakeAll();
        m_thread.join();
    }
    BatchReader(const BatchReader &) = delete;
    BatchReader &operator=(const BatchReader &) = delete;

    // The next batch, waiting for it.
    Batch take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.isEmpty())
            m_changed.wait(&m_mutex);
        Batch batch = m_queue.dequeue();
        m_changed.wakeAll();
        return batch;
    }

private:
    static constexpr qsizetype kAhead = 2;

    // False when the reader is to stop.
    bool put(Batch batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= kAhead && !m_stop)
            m_changed.wait(&m_mutex);
        if (m_stop)
            return false;
        m_queue.append(std::move(batch));
        m_changed.wakeAll();
        return true;
    }

    void run()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            Batch failed;
            failed.last = true;
            failed.error = cannotOpen(m_path, file);
            put(std::move(failed));
            return;
        }
        RecordSource source(file, m_path, m_shape.format, m_shape.encoding, m_options);
        Batch batch;
        batch.error = source.start();
        batch.warnings = source.warnings();
        if (!batch.error.ok()) {
            batch.last = true;
            put(std::move(batch));
            return;
        }
        Record record;
        for (;;) {
            const bool more = source.next(record);
            if (more)
                batch.rows << toRow(record);
            if (!more || batch.rows.size() >= m_batchSize) {
                batch.bytesRead = source.bytesRead();
                batch.error = source.error(); // the file changed since it was checked
                batch.last = !more || !batch.error.ok();
                const bool last = batch.last;
                if (!put(std::move(batch)) || last)
                    return;
                batch = Batch {};
            }
        }
    }

    const QString m_path;
    const FileShape m_shape;
    const ProductImporter::Options m_options;
    const int m_batchSize;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QQueue<Batch> m_queue;
    bool m_stop = false;
    std::thread m_thread; // last: starts when everything above is ready
};

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
    // A file whose first rows do not fit in this (an unterminated quote early on) is previewed as far
    // as it goes.
    constexpr qint64 kPreviewBytes = 4 * TextReader::kPieceBytes;
    if (options.delimiter == options.quote || options.delimiter == QLatin1Char('\n') || options.quote == QLatin1Char('\n'))
        return StorageError::validation({ FieldError { QStringLiteral("delimiter"),
            QStringLiteral("the delimiter and the quote must be two different characters, neither a line break") } });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file);
    const EncodingPlan plan = encodingPlan(file, options);
    Preview preview;
    preview.format = formatOf(file, path, options, plan);
    for (qsizetype c = 0; c < plan.candidates.size(); ++c) {
        const bool lastTry = c + 1 == plan.candidates.size();
        preview.encoding = plan.candidates.at(c);
        preview.warnings.clear();
        preview.columns.clear();
        preview.mappedTo.clear();
        preview.rows.clear();
        if (c > 0)
            preview.warnings << gb18030Warning();
        file.seek(0);
        RecordSource source(file, path, preview.format, preview.encoding, options, kPreviewBytes);
        if (!source.isValid())
            return unavailableEncoding(path, options, plan, preview.encoding);
        QStringList header;
        const StorageError started = source.start(&header);
        if (source.badText() && plan.guessing && !lastTry)
            continue;
        if (preview.format == Format::Csv) {
            // The columns as the file names them, even when the header cannot be used yet (no source_id
            // or title column until the operator maps one).
            for (const QString &name : std::as_const(header)) {
                const QString key = name.trimmed().toLower();
                const QString target = options.columns.value(key, key);
                preview.columns << name.trimmed();
                preview.mappedTo << (productKeys().contains(target) ? target : QString());
            }
            if (!started.ok()) { // show the columns and why the file cannot be imported as mapped
                preview.warnings << started.message;
                return preview;
            }
        } else if (!started.ok()) {
            return started;
        }
        preview.warnings << source.warnings();
        QList<Record> records;
        Record record;
        while (records.size() < maxRows && source.next(record, true, true))
            records << record;
        if (source.badText() && plan.guessing && !lastTry)
            continue;
        preview.wholeFile = records.size() < maxRows ? !source.cut() : !source.next(record, false) && !source.cut();
        if (const StorageError e = source.error(); !e.ok()) {
            if (records.isEmpty() && preview.format != Format::Csv)
                return e;
            preview.warnings << e.message; // the rows before it are shown
        }
        if (preview.format != Format::Csv) {
            for (const Record &r : std::as_const(records)) {
                for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
                    if (!preview.columns.contains(it.key())) {
                        preview.columns << it.key();
                        preview.mappedTo << (productKeys().contains(it.key()) ? it.key() : QString());
                    }
                }
            }
        }
        for (const Record &r : std::as_const(records)) {
            Preview::Row row;
            row.line = r.line;
            if (preview.format == Format::Csv) {
                row.cells = r.cells;
            } else {
                for (const QString &column : std::as_const(preview.columns)) {
                    const QJsonValue v = r.values.value(column);
                    row.cells << (v.isString() ? v.toString()
                                     : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                     : v.isNull() || v.isUndefined()
                                         ? QString()
                                         : QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact)));
                }
            }
            const Row converted = toRow(r);
            for (const FieldError &e : converted.errors) {
                const QString field = preview.format == Format::Sync1688 ? field1688(e.field) : e.field;
                row.problems << (field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(field, e.message));
            }
            preview.rows << row;
        }
        return preview;
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

    // First the whole file is checked (encoding, format, structure, record count), so a broken file
    // ends the import before anything is written; then it is read again record by record, a batch
    // at a time: memory for one batch, whatever the size of the file. The check is the first tenth
    // of the progress.
    // Where the time goes, for the log: check, read (parse + validate), look up, write, journal.
    QElapsedTimer clock;
    clock.start();
    qint64 lap = 0;
    std::array<qint64, 5> spent {};
    const auto account = [&](size_t phase) {
        const qint64 now = clock.nsecsElapsed();
        spent.at(phase) += now - lap;
        lap = now;
    };
    const qint64 totalBytes = QFileInfo(path).size();
    const auto checkProgress = [&](qint64 bytes) { return !progress || progress(0, bytes / 10, totalBytes); };
    const Result<std::optional<FileShape>> checked = checkFile(path, options, checkProgress);
    if (!checked)
        return failWith(checked.error());
    if (!checked->has_value()) { // cancelled during the check: nothing written
        report.cancelled = true;
        if (journalId) {
            const Result<SyncRecord> finished = journal.finish(journalId, QStringLiteral("cancelled"), 0, 0, {});
            if (!finished)
                return finished.error();
        }
        return report;
    }
    const FileShape &shape = **checked;
    account(0);
    report.format = shape.format;
    report.encoding = shape.encoding;
    if (!shape.encodingWarning.isEmpty())
        report.warnings << shape.encodingWarning;
    ProductRepository products(m_connections);
    SupplierRepository suppliers(m_connections);
    const int batchSize = qBound(1, options.batchSize, 100000);
    QSet<QString> insertedIds; // InsertOnly: a source_id may be inserted once per file
    QHash<QString, Supplier> knownSuppliers; // stored, as last read or written by this import
    const auto reject = [&](const Row &row, const QList<FieldError> &errors) {
        ++report.rejected;
        for (const FieldError &e : errors)
            noteError(RowError { row.line, row.product.sourceId.left(50),
                report.format == Format::Sync1688 ? field1688(e.field) : e.field, e.message });
    };

    BatchReader reader(path, shape, options, batchSize);
    for (bool first = true;; first = false) {
        BatchReader::Batch batch = reader.take();
        account(1);
        if (!batch.error.ok())
            return failWith(batch.error);
        if (first) {
            report.warnings << batch.warnings;
            if (journalId)
                journal.progress(journalId, shape.records, 0, 0);
        }
        QList<Row> rows;
        for (Row &row : batch.rows) {
            ++report.rowsRead;
            if (!row.errors.isEmpty())
                reject(row, row.errors);
            else
                rows << std::move(row);
        }
        if (batch.rows.isEmpty() && batch.last)
            break;

        // Mode: which source_ids exist already (a real upsert need not know: the database counts).
        QSet<QString> existing;
        if (options.dryRun || options.mode != Mode::Upsert) {
            QStringList ids;
            for (const Row &row : rows)
                ids << row.product.sourceId;
            Result<QSet<QString>> found = products.existingSourceIds(ids);
            if (!found)
                return failWith(found.error());
            existing = std::move(found.value());
        }
        QList<Row> kept;
        for (Row &row : rows) {
            const bool exists = existing.contains(row.product.sourceId);
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
        // Suppliers seen before in this import are not looked up again unless they are to be written.
        const auto sameDetails = [](const Supplier &a, const Supplier &b) {
            return a.name == b.name && a.companyName == b.companyName && a.location == b.location;
        };
        QSet<QString> lookUp;
        for (const Row &row : rows) {
            const QString &sid = row.product.supplierSourceId;
            if (sid.isEmpty())
                continue;
            const auto cached = knownSuppliers.constFind(sid);
            if (cached == knownSuppliers.cend() || (row.supplier && !sameDetails(*cached, *row.supplier)))
                lookUp.insert(sid);
        }
        if (!lookUp.isEmpty()) {
            const Result<QHash<QString, Supplier>> found = suppliers.bySourceIds(QStringList(lookUp.cbegin(), lookUp.cend()));
            if (!found)
                return failWith(found.error());
            for (const QString &sid : std::as_const(lookUp)) {
                if (const auto stored = found->constFind(sid); stored != found->cend())
                    knownSuppliers.insert(sid, *stored);
                else
                    knownSuppliers.remove(sid);
            }
        }
        QHash<QString, Supplier> supplierWrites;
        for (const Row &row : rows) {
            const QString &sid = row.product.supplierSourceId;
            if (!sid.isEmpty() && row.supplier) {
                // The last row of the batch that describes the supplier wins.
                Supplier merged = knownSuppliers.value(sid, Supplier {});
                merged.sourceId = sid;
                merged.name = row.supplier->name;
                merged.companyName = row.supplier->companyName;
                merged.location = row.supplier->location;
                supplierWrites.insert(sid, merged);
            }
        }
        kept = {};
        for (Row &row : rows) {
            const QString &sid = row.product.supplierSourceId;
            if (!sid.isEmpty() && !knownSuppliers.contains(sid) && !supplierWrites.contains(sid)) {
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
            const auto stored = knownSuppliers.constFind(it.key());
            if (stored != knownSuppliers.cend() && sameDetails(*stored, *it))
                continue; // nothing to write
            supplierBatch << it.value();
        }

        account(2);
        if (options.dryRun) {
            for (const Row &row : rows)
                (existing.contains(row.product.sourceId) ? report.updated : report.inserted) += 1;
        } else if (!rows.isEmpty()) {
            // Transaction 1 of the batch: its suppliers (unchanged ones are not written).
            if (!supplierBatch.isEmpty()) {
                const Result<UpsertReport> written = suppliers.upsert(supplierBatch);
                if (!written)
                    return failWith(written.error());
                report.suppliersInserted += written->inserted;
                report.suppliersUpdated += written->updated;
                for (const Supplier &supplier : std::as_const(supplierBatch))
                    knownSuppliers.insert(supplier.sourceId, supplier);
            }
            // Transaction 2: its products. Rows the database refuses on their own (named by the
            // repository's FieldError::row) are rejected and the rest of the batch written again.
            for (int attempt = 0;; ++attempt) {
                QList<Product> batch;
                for (const Row &row : rows)
                    batch << row.product;
                // toRow validated every one of them on the reading thread.
                const Result<UpsertReport> written = products.upsert(batch, ProductRepository::Validation::Done);
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

        account(3);
        const qint64 written = report.inserted + report.updated + report.unchanged;
        if (journalId)
            journal.progress(journalId, shape.records, written, report.rejected);
        const qint64 done = totalBytes / 10 + qMin(batch.bytesRead, totalBytes) * 9 / 10;
        if (progress && !progress(report.rowsRead, done, totalBytes) && !batch.last) {
            report.cancelled = true;
            break;
        }
        account(4);
        if (batch.last)
            break;
    }
    const auto seconds = [&](size_t phase) { return QString::number(double(spent.at(phase)) / 1e9, 'f', 2); };
    qCInfo(lcStorage).noquote() << QStringLiteral("import of %1: %2 rows in %3 s (check %4 s, read %5 s, look up %6 s, "
                                                  "write %7 s, journal and progress %8 s)")
                                       .arg(path)
                                       .arg(report.rowsRead)
                                       .arg(QString::number(double(clock.nsecsElapsed()) / 1e9, 'f', 2), seconds(0),
                                           seconds(1), seconds(2), seconds(3), seconds(4));

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
