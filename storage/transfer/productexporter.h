#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"
#include "transfer/fileformat.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace catalog {

class ConnectionManager;

// Writes the products that match a filter to a file in a format the importer reads back:
// CSV (RFC 4180, UTF-8, header row, the SPEC's column names, JSON columns as JSON text, the
// supplier as supplier_source_id/_name/_company_name/_location) or JSON Lines (one object per
// product, the supplier as a nested object).
//
// Streaming at the engine's own speed: one query with the supplier joined, read as the engine
// produces it (PostgreSQL: COPY ... TO STDOUT on the driver's libpq connection; SQLite: a
// forward-only statement read through the C API) and written as bytes through a buffer of about a
// megabyte, so memory stays constant whatever the table size. Both engines write the same CSV
// bytes for the same values (COPY's quoting rules); JSON columns keep the engine's JSON text.
// The file is written through QSaveFile: a failed or cancelled export leaves no partial file and
// an existing file untouched. Blocking; run it on a worker thread; it uses that thread's
// connection. `progress` (optional) is called every batchSize rows and after the last with rows
// done and the total; returning false cancels (ErrorKind::Cancelled). A connection lost before
// the end is retried from the start by ConnectionManager::runStatus().
class ProductExporter
{
public:
    struct Options
    {
        FileFormat format = FileFormat::Csv; // CSV or JSON Lines; exportTo() refuses the others
        ProductFilter filter;
        int batchSize = 1000; // rows between progress calls
        // CSV: cells that a spreadsheet would run as a formula (=, +, -, @ first) are written behind
        // a single quote (spreadsheetcells.h), which the import removes again; true writes them raw.
        bool rawCells = false;
    };
    struct Report
    {
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ProductExporter(ConnectionManager &connections);

    Result<Report> exportTo(const QString &path, const Options &options, const Progress &progress = {});

    static const QStringList &csvColumns();

private:
    Result<Report> writeFile(const QString &path, const Options &options, const Progress &progress);

    ConnectionManager &m_connections;
};

} // namespace catalog
