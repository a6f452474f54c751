#include "transfer/import/recordsource_p.h"

#include "transfer/import/sync1688mapping_p.h"
#include "transfer/spreadsheetcells.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace catalog {

namespace recordsource {
namespace {

// A CSV header row: the catalog field each column fills, checked for the two columns every import
// needs; unknown columns are warned about.
Result<QStringList> csvHeader(const QString &path, const QStringList &cells, qint64 line,
    const ProductImporter::Options &options, QStringList &warnings)
{
    QStringList header;
    for (const QString &name : cells)
        header << csvColumnTarget(name, options);
    for (const QString &required : { QStringLiteral("source_id"), QStringLiteral("title") }) {
        if (!header.contains(required))
            return importFileError(path,
                QCoreApplication::translate(
                    "ProductImporter", "the header row (line %1) has no \"%2\" column; it has: %3")
                    .arg(line)
                    .arg(required, header.join(QStringLiteral(", ")).left(2000)));
    }
    // One warning per unknown column, for the first few: a header of millions of columns must not
    // make millions of warnings (report, journal, console).
    constexpr int kUnknownColumnWarnings = 20;
    qsizetype unknown = 0;
    for (const QString &name : header) {
        if (!ProductImporter::fields().contains(name) && !name.isEmpty()) {
            if (++unknown <= kUnknownColumnWarnings)
                warnings << QCoreApplication::translate("ProductImporter", "unknown column \"%1\" ignored")
                                .arg(name.left(100));
        }
    }
    if (unknown > kUnknownColumnWarnings)
        warnings << QCoreApplication::translate("ProductImporter", "%1 more unknown columns ignored")
                        .arg(unknown - kUnknownColumnWarnings);
    return header;
}

// header: the field per column; used: the columns whose field the catalog has.
ImportRecord csvRecord(const QStringList &header, const QList<qsizetype> &used, const QStringList &cells,
    qint64 line, bool keepCells)
{
    ImportRecord record;
    record.line = line;
    if (keepCells)
        record.cells = cells;
    if (cells.size() != header.size()) {
        record.parseError = QCoreApplication::translate("ProductImporter", "has %1 fields, the header has %2")
                                .arg(cells.size())
                                .arg(header.size());
        // Still name the row by its source_id when that cell is there.
        const qsizetype at = header.indexOf(QStringLiteral("source_id"));
        if (at < cells.size())
            record.values.insert(QStringLiteral("source_id"), cells.at(at));
        return record;
    }
    // A cell the export protected from spreadsheets ('=...) reads back as it was written.
    for (const qsizetype c : used)
        record.values.insert(header.at(c),
            cells.at(c).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spreadsheet::restored(cells.at(c))));
    return record;
}

ImportRecord jsonRecord(const QString &text, qint64 line)
{
    ImportRecord record;
    record.line = line;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        record.parseError = QCoreApplication::translate("ProductImporter", "is not valid JSON: %1")
                                .arg(error.errorString());
    else if (!doc.isObject())
        record.parseError = QCoreApplication::translate("ProductImporter", "is not a JSON object");
    else
        record.values = doc.object();
    return record;
}

} // namespace
} // namespace recordsource

QString csvColumnTarget(const QString &columnName, const ProductImporter::Options &options)
{
    const QString key = columnName.trimmed().toLower();
    return options.columns.value(key, key);
}

RecordSource::RecordSource(QIODevice &device, const QString &path, FileFormat format, const QString &encoding,
    const ProductImporter::Options &options, qint64 byteLimit)
    : m_path(path)
    , m_format(format)
    , m_options(options)
    , m_text(device, path, encoding, byteLimit)
{
    switch (format) {
    case FileFormat::Csv:
        m_csv.emplace(m_text, options.delimiter, options.quote);
        break;
    case FileFormat::JsonArray:
        m_array.emplace(m_text);
        break;
    case FileFormat::JsonLines:
    case FileFormat::Sync1688:
        m_lines.emplace(m_text);
        break;
    }
}

StorageError RecordSource::start(QStringList *fileHeader)
{
    if (!m_csv)
        return {};
    QStringList cells;
    qint64 line = 0;
    if (!m_csv->next(cells, line)) {
        if (!m_csv->error().ok())
            return m_csv->error();
        return importFileError(m_path,
            QCoreApplication::translate(
                "ProductImporter", "the file is empty; a CSV import needs a header row"));
    }
    if (fileHeader)
        *fileHeader = cells;
    Result<QStringList> header = recordsource::csvHeader(m_path, cells, line, m_options, m_warnings);
    if (!header)
        return header.error();
    m_header = std::move(header.value());
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        if (ProductImporter::fields().contains(m_header.at(c)))
            m_used << c;
    }
    // A record's object is filled in key order: QJsonObject keeps its keys sorted, so each insert
    // then appends instead of shifting what is there (a tenth of the reading thread's time). Stable:
    // of two columns filling one field, the later one still wins.
    std::stable_sort(m_used.begin(), m_used.end(),
        [this](qsizetype a, qsizetype b) { return m_header.at(a) < m_header.at(b); });
    return {};
}

bool RecordSource::next(ImportRecord &record, bool parse, bool keepCells)
{
    qint64 line = 0;
    if (m_csv) {
        if (!m_csv->next(m_cells, line))
            return false;
        record = parse ? recordsource::csvRecord(m_header, m_used, m_cells, line, keepCells)
                       : ImportRecord { line, {}, {}, {}, {} };
        return true;
    }
    const bool found = m_array ? m_array->next(m_element, line) : m_lines->next(m_element, line);
    if (!found)
        return false;
    if (!parse) {
        record = ImportRecord { line, {}, {}, {}, {} };
        return true;
    }
    record = recordsource::jsonRecord(m_element, line);
    if (m_format == FileFormat::Sync1688 && record.parseError.isEmpty())
        record.values = sync1688::toCatalogRecord(record.values, record.fieldErrors);
    return true;
}

StorageError RecordSource::error() const
{
    return m_csv ? m_csv->error() : m_array ? m_array->error() : m_lines->error();
}

} // namespace catalog
