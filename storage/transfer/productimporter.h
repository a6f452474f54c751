#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/importexclusions.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

namespace catalog {

class ConnectionManager;
class ImportDiff;

// Reads products back from the files ProductExporter writes (and hand-made ones in the same shape):
// CSV (RFC 4180, header row mapped by column name), JSON Lines and JSON arrays, and upserts them by
// source_id in batches.
//
// Every record is parsed and validated on its own: a bad record is rejected (with the physical line
// where it starts, its source_id, the field and the reason) and the import goes on. Good records are
// written in batches of Options::batchSize. Per batch the suppliers it names are upserted first and
// then its products, as two transactions (the repositories each own their transaction): a failure or
// a cancel between them can leave new suppliers without products, never half a batch of products.
// Re-running the same file leaves every row unchanged (no new versions, no history).
//
// File-level problems (unreadable, binary, an unterminated quote, a CSV header without source_id or
// title, a broken JSON array, undecodable text) end the import with an error before anything is
// written: the whole file is checked first (a fast pass that finds the records without parsing
// them). Then it is read again a piece at a time (textreader.h): memory for a few batches, whatever
// the size of the file. Records are parsed and validated on a thread of their own, a batch or two
// ahead of the batch being written.
//
// A real import writes one sync_records row (operation "import"): started, progress per batch,
// finished completed / cancelled / failed with the first 1000 errors. A dry run parses, validates and
// checks the mode against the database but writes nothing at all, not even a sync_records row; its
// `inserted` counts rows whose source_id is new and `updated` rows whose source_id exists (changed or
// not). After a real import the product statistics are refreshed.
//
// importFile() runs the stages under import/ in turn and reads as their table of contents: the
// check (filecheck_p.h), then per batch read and validate (batchreader_p.h, a thread ahead), the
// mode filter, supplier resolution and the write, with the journal (importjournal_p.h) around them.
//
// Blocking; run it on a worker thread. Uses the calling thread's connection. Errors: a file-level
// problem or a database failure is the returned StorageError; rejected rows are in the Report.
class ProductImporter
{
public:
    enum class Mode {
        Upsert, // new source_ids inserted, existing ones updated
        InsertOnly, // a source_id that exists already is rejected as an error
        SkipExisting, // a source_id that exists already is left untouched (counted as skipped)
    };
    struct Options
    {
        std::optional<FileFormat> format; // nullopt: from the suffix, else from the content
        Mode mode = Mode::Upsert;
        bool dryRun = false;
        int batchSize = 1000; // BATCH_SIZE (config/runtimesettings.h)
        // MAX_FILE_SIZE: a larger file is refused unread. No limit unless the caller sets one (the GUI
        // and catalogctl pass the setting).
        qint64 maxFileSize = std::numeric_limits<qint64>::max();
        // "UTF-8", "UTF-16" or "GB18030"; empty: UTF-8 or UTF-16 by BOM, else UTF-8 when the bytes are
        // valid UTF-8, else GB18030 (with a warning).
        QString encoding;
        // CSV only: the field separator and the quote character, and which catalog field each column
        // fills (the header's name, lower case, to a field of fields(); "" ignores the column).
        // Columns not in the map fill the field of their own name.
        QChar delimiter { QLatin1Char(',') };
        QChar quote { QLatin1Char('"') };
        QMap<QString, QString> columns;
        // What the operator leaves alone (importexclusions.h), honoured by the import and its diff.
        ImportExclusions exclusions;
    };
    struct RowError
    {
        qint64 line = 0; // physical line (1-based) where the record starts; 0 for the whole file
        QString sourceId;
        QString field;
        QString message;
        QJsonObject toJson() const;
    };
    struct Report
    {
        FileFormat format = FileFormat::Csv;
        QString encoding;
        bool dryRun = false;
        qint64 rowsRead = 0; // data records (not the header, not blank lines)
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0; // SkipExisting: rows whose source_id existed
        qint64 excluded = 0; // Options::exclusions: products left alone
        qint64 fieldsKept = 0; // Options::exclusions: stored values kept, summed over products
        qint64 rejected = 0;
        qint64 suppliersInserted = 0;
        qint64 suppliersUpdated = 0;
        bool cancelled = false;
        qint64 syncRecordId = 0; // 0 for a dry run
        QList<RowError> errors; // one per rejected row and field, in file order
        QStringList warnings; // e.g. unknown columns (each once), the encoding that was guessed
        QJsonObject toJson() const;
    };
    // Called after each committed batch (rows read so far) and every few MiB of the first check
    // (rows 0), with how far the job is, in bytes of the file (the check counts for the first
    // tenth), and the file's size. Returning false cancels: during the check nothing is written,
    // after a batch only whole batches are.
    using Progress = std::function<bool(qint64 rows, qint64 bytesRead, qint64 totalBytes)>;

    // The first rows of a file as the import would read them, for the import wizard: no database.
    struct Preview
    {
        FileFormat format = FileFormat::Csv;
        QString encoding;
        QStringList columns; // the file's columns (CSV header names; JSON: the fields the records use)
        QStringList mappedTo; // per column: the catalog field it fills, or "" when ignored
        struct Row
        {
            qint64 line = 0;
            QStringList cells; // per column
            QStringList problems; // "field: why" for each reason the row would be rejected
        };
        QList<Row> rows;
        QStringList warnings;
        bool wholeFile = true; // false when only the beginning of a large file was read
    };
    static Result<Preview> preview(const QString &path, const Options &options, int maxRows = 20);
    // The catalog fields an import fills (CSV column names, JSON keys).
    static const QStringList &fields();

    explicit ProductImporter(ConnectionManager &connections);

    Result<Report> importFile(const QString &path, const Options &options, const Progress &progress = {});
    // What importFile() would do with these options, product by product, writing nothing: a dry run
    // (options.dryRun is implied) through the same stages, whose last one compares with the stored
    // rows instead of writing (importdiff.h). Details for the first detailLimit products. The
    // report's inserted/updated/unchanged are then exact: new, changed, unchanged.
    Result<ImportDiff> diffFile(
        const QString &path, const Options &options, const Progress &progress = {}, int detailLimit = 10000);

    static std::optional<Mode> modeFromName(const QString &name); // upsert | insert-only | skip-existing
    static bool isGb18030Available();

private:
    Result<Report> run(
        const QString &path, const Options &options, const Progress &progress, ImportDiff *diff);

    ConnectionManager &m_connections;
};

} // namespace catalog
