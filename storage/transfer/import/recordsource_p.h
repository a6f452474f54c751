#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/import/importrecord_p.h"
#include "transfer/productimporter.h"
#include "transfer/textreader.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace catalog {

// The records of an import file, one at a time, in the file's format: the layer between the text
// readers (textreader.h) and the rows the import validates. CSV rows become records by the header
// (and the operator's column mapping); JSON records are parsed; 1688sync items are mapped onto the
// catalog's fields (sync1688mapping_p.h).
//
// Reads from a device it does not own, on the calling thread; keeps a reference to the options.
// File-level problems end the reading: next() returns false and error() says why.
class RecordSource
{
public:
    RecordSource(QIODevice &device, const QString &path, FileFormat format, const QString &encoding,
        const ProductImporter::Options &options, qint64 byteLimit = -1);

    // Reads what comes before the records: the CSV header row (fileHeader receives its cells as the
    // file has them, even when they are refused: no source_id or title column).
    StorageError start(QStringList *fileHeader = nullptr);

    // The next record. parse = false only finds it (the check before an import): its values stay
    // empty. False at the end of the file and on an error (error()).
    bool next(ImportRecord &record, bool parse = true, bool keepCells = false);

    StorageError error() const;
    // The decoder found bytes that are not text in the encoding (another encoding may fit).
    bool badText() const { return m_text.badText(); }
    bool cut() const { return m_text.cut(); }
    bool isValid() const { return m_text.isValid(); }
    qint64 bytesRead() const { return m_text.bytesRead(); }
    const QStringList &warnings() const { return m_warnings; }

private:
    QString m_path;
    FileFormat m_format;
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

// The catalog field a CSV column fills: the operator's mapping for its name (trimmed, lower case),
// else the name itself. Not necessarily a field the catalog has.
QString csvColumnTarget(const QString &columnName, const ProductImporter::Options &options);

} // namespace catalog
