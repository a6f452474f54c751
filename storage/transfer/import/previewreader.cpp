#include "transfer/import/previewreader_p.h"

#include "transfer/import/importtally_p.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/import/recordsource_p.h"
#include "transfer/textreader.h"

#include <QJsonDocument>

namespace catalog {

namespace {

// A file whose first rows do not fit in this (an unterminated quote early on) is previewed as far
// as it goes.
constexpr qint64 kPreviewBytes = 4 * TextReader::kPieceBytes;

QString previewCellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

} // namespace

PreviewReader::PreviewReader(const QString &path, const ProductImporter::Options &options, int maxRows)
    : m_path(path)
    , m_options(options)
    , m_maxRows(maxRows)
{
}

Result<ProductImporter::Preview> PreviewReader::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(m_path, file);
    const EncodingPlan plan = planEncodings(file, m_options);
    const FileFormat format = detectFileFormat(file, m_path, m_options, plan);
    for (qsizetype c = 0; c < plan.candidates.size(); ++c) {
        Result<std::optional<Preview>> preview = readAs(file, plan, c, format);
        if (!preview)
            return preview.error();
        if (preview->has_value())
            return std::move(*preview.value());
    }
    Preview nothing; // not reached: the last encoding of a plan is never given up on
    nothing.format = format;
    return nothing;
}

Result<std::optional<ProductImporter::Preview>> PreviewReader::readAs(
    QFile &file, const EncodingPlan &plan, qsizetype candidate, FileFormat format)
{
    const bool mayRetry = plan.guessing && candidate + 1 < plan.candidates.size();
    Preview preview;
    preview.format = format;
    preview.encoding = plan.candidates.at(candidate);
    if (candidate > 0)
        preview.warnings << gb18030Warning();
    file.seek(0);
    RecordSource source(file, m_path, format, preview.encoding, m_options, kPreviewBytes);
    if (!source.isValid())
        return unavailableEncoding(m_path, m_options, plan, preview.encoding);
    QStringList header;
    const StorageError started = source.start(&header);
    if (source.badText() && mayRetry)
        return std::optional<Preview> {};
    if (format == FileFormat::Csv) {
        addCsvColumns(preview, header);
        if (!started.ok()) { // show the columns and why the file cannot be imported as mapped
            preview.warnings << started.message;
            return std::optional<Preview> { std::move(preview) };
        }
    } else if (!started.ok()) {
        return started;
    }
    preview.warnings << source.warnings();
    QList<ImportRecord> records;
    ImportRecord record;
    while (records.size() < m_maxRows && source.next(record, true, true))
        records << record;
    if (source.badText() && mayRetry)
        return std::optional<Preview> {};
    preview.wholeFile
        = records.size() < m_maxRows ? !source.cut() : !source.next(record, false) && !source.cut();
    if (const StorageError e = source.error(); !e.ok()) {
        if (records.isEmpty() && format != FileFormat::Csv)
            return e;
        preview.warnings << e.message; // the rows before it are shown
    }
    if (format != FileFormat::Csv)
        addJsonColumns(preview, records);
    for (const ImportRecord &r : std::as_const(records))
        preview.rows << previewRow(preview, r);
    return std::optional<Preview> { std::move(preview) };
}

// The columns as the file names them, even when the header cannot be used yet (no source_id or
// title column until the operator maps one).
void PreviewReader::addCsvColumns(Preview &preview, const QStringList &header) const
{
    for (const QString &name : header) {
        const QString target = csvColumnTarget(name, m_options);
        preview.columns << name.trimmed();
        preview.mappedTo << (ProductImporter::fields().contains(target) ? target : QString());
    }
}

// JSON names its fields itself: the columns are the keys the records use, in order of appearance.
void PreviewReader::addJsonColumns(Preview &preview, const QList<ImportRecord> &records)
{
    for (const ImportRecord &r : records) {
        for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
            if (!preview.columns.contains(it.key())) {
                preview.columns << it.key();
                preview.mappedTo << (ProductImporter::fields().contains(it.key()) ? it.key() : QString());
            }
        }
    }
}

ProductImporter::Preview::Row PreviewReader::previewRow(const Preview &preview, const ImportRecord &record)
{
    Preview::Row row;
    row.line = record.line;
    if (preview.format == FileFormat::Csv) {
        row.cells = record.cells;
    } else {
        for (const QString &column : preview.columns)
            row.cells << previewCellText(record.values.value(column));
    }
    for (const FieldError &e : mapImportRecord(record).errors) {
        const QString field = ImportTally::fileFieldName(preview.format, e.field);
        row.problems << (field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(field, e.message));
    }
    return row;
}

} // namespace catalog
