#include "transfer/productexporter.h"

#include "core/storagelog_p.h"
#include "core/suppliercontact.h"
#include "db/connectionmanager.h"
#include "db/postgres/pgcopyout_p.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "db/sqlite/sqlitestatement_p.h"
#include "repositories/productfilter_p.h"
#include "repositories/jobjournal.h"
#include "repositories/productrepository.h"
#include "transfer/csvbytes_p.h"
#include "transfer/exportsink_p.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <array>

namespace catalog {

namespace {

// The products and their supplier, in the order of csvColumns(). Shared by both engines and the
// same columns as bench_bulk gives psql and the sqlite3 shell; the supplier's contact fields come
// last, one column each (csvSelect() reads one key of contact_info per column).
const char *const kCsvSelect
    = "p.source_id, p.title, p.subtitle, p.price_min, p.price_max, p.currency, p.moq, "
      "p.main_image_url, p.detail_images, p.specifications, s.source_id, s.name, "
      "s.company_name, s.location, p.sales_count, p.rating, p.sync_status, s.rating";
constexpr int kCsvColumnCount = 25;
// SQLite keeps prices and ratings as REAL: written with two fraction digits like NUMERIC(p,2).
constexpr std::array<bool, kCsvColumnCount> kSqliteDecimalColumn { false, false, false, true, true, false,
    false, false, false, false, false, false, false, false, false, true, false, true, false, false, false,
    false, false, false, false };

// The CSV select list of one engine: the columns above and one per contact field. The person falls
// back to the key "contact" that earlier demo data wrote, as suppliercontact::value() does.
QString csvSelect(Engine engine)
{
    QString columns = QLatin1String(kCsvSelect);
    for (const ContactField field : suppliercontact::fields()) {
        const auto read = [engine](const QString &key) {
            return engine == Engine::PostgreSQL
                ? QStringLiteral("s.contact_info->>'%1'").arg(key)
                : QStringLiteral("json_extract(s.contact_info, '$.%1')").arg(key);
        };
        const QString key = suppliercontact::key(field);
        columns += QStringLiteral(", ")
            + (field == ContactField::Person
                    ? QStringLiteral("coalesce(%1, %2)").arg(read(key), read(QStringLiteral("contact")))
                    : read(key));
    }
    return columns;
}

// One JSON object per product as the importer reads it (see the header): decimals as strings, the
// supplier nested, null when there is none.
const char *const kPostgresJsonSelect
    = "json_build_object('source_id', p.source_id, 'title', p.title, 'subtitle', p.subtitle, "
      "'price_min', p.price_min::text, 'price_max', p.price_max::text, 'currency', p.currency, 'moq', p.moq, "
      "'main_image_url', p.main_image_url, 'detail_images', p.detail_images, 'specifications', "
      "p.specifications, "
      "'sales_count', p.sales_count, 'rating', p.rating::text, 'sync_status', p.sync_status, "
      "'supplier', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('source_id', s.source_id, "
      "'name', s.name, 'company_name', s.company_name, 'location', s.location, 'contact_info', "
      "s.contact_info, "
      "'rating', s.rating::text) END)";
const char *const kSqliteJsonSelect
    = "json_object('source_id', p.source_id, 'title', p.title, 'subtitle', p.subtitle, "
      "'price_min', CASE WHEN p.price_min IS NULL THEN NULL ELSE printf('%.2f', p.price_min) END, "
      "'price_max', CASE WHEN p.price_max IS NULL THEN NULL ELSE printf('%.2f', p.price_max) END, "
      "'currency', p.currency, 'moq', p.moq, 'main_image_url', p.main_image_url, "
      "'detail_images', json(p.detail_images), 'specifications', json(p.specifications), "
      "'sales_count', p.sales_count, "
      "'rating', CASE WHEN p.rating IS NULL THEN NULL ELSE printf('%.2f', p.rating) END, "
      "'sync_status', p.sync_status, "
      "'supplier', json(CASE WHEN s.id IS NULL THEN NULL ELSE json_object('source_id', s.source_id, "
      "'name', s.name, 'company_name', s.company_name, 'location', s.location, "
      "'contact_info', json(s.contact_info), "
      "'rating', CASE WHEN s.rating IS NULL THEN NULL ELSE printf('%.2f', s.rating) END) END))";

// The repository's filter on the joined query, where the product's columns need their table named.
sql::Where exportFilter(const ProductFilter &f, const SqlDialect &d)
{
    sql::Where where;
    applyProductFilter(where, f, d, QStringLiteral("p"));
    return where;
}

QString selectStatement(const QString &columns, const sql::Where &where)
{
    return QStringLiteral(
        "SELECT %1 FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id%2 ORDER BY p.id")
        .arg(columns, where.sql());
}

// COPY takes no parameters: each ? of the (constant) statement becomes the value as a literal
// escaped by libpq on this connection, so the statement's own text must hold no other ? (no jsonb
// ? operator); the assertions catch one. Integers are written as numbers, everything else as text
// literals the server casts (numeric, timestamptz) as it would a bound text parameter.
std::optional<QByteArray> inlineValues(
    const QString &statement, const QVariantList &values, PgCopyReader &reader)
{
    QByteArray out;
    out.reserve(statement.size() + 64);
    qsizetype next = 0;
    for (const QChar c : statement) {
        if (c != QLatin1Char('?')) {
            out += char(c.unicode());
            continue;
        }
        Q_ASSERT(next < values.size());
        const QVariant &value = values.at(next++);
        const int type = value.metaType().id();
        if (type == QMetaType::Int || type == QMetaType::LongLong) {
            out += QByteArray::number(value.toLongLong());
            continue;
        }
        const QByteArray literal = reader.literal(value.toString());
        if (literal.isEmpty())
            return std::nullopt;
        out += literal;
    }
    Q_ASSERT(next == values.size());
    return out;
}

StorageError exportPostgres(
    QSqlDatabase &db, const SqlDialect &dialect, const ProductExporter::Options &options, ExportSink &sink)
{
    PgCopyReader reader(db, dialect);
    const sql::Where where = exportFilter(options.filter, dialect);
    const bool csv = options.format == FileFormat::Csv;
    const std::optional<QByteArray> select = inlineValues(
        selectStatement(csv ? csvSelect(Engine::PostgreSQL) : QLatin1String(kPostgresJsonSelect), where),
        where.values(), reader);
    if (!select)
        return reader.error();
    // JSON text never holds a raw control character, so with \x01 as the quote COPY writes it as it is.
    const QByteArray copy = "COPY (" + *select + ") TO STDOUT WITH (FORMAT csv"
        + (csv ? QByteArray(")") : QByteArray(", QUOTE E'\\x01', DELIMITER E'\\x02')"));
    if (!reader.start(copy))
        return reader.error();
    const bool protect = csv && !options.rawCells;
    QByteArrayView row;
    for (;;) {
        const PgCopyReader::Step step = reader.next(row);
        if (step == PgCopyReader::Step::Done)
            return {};
        if (step == PgCopyReader::Step::Failed)
            return reader.error();
        if (protect)
            csvbytes::appendProtectedCopyRow(sink.buffer(), row);
        else if (csv)
            csvbytes::appendCopyRow(sink.buffer(), row);
        else
            sink.buffer().append(row.data(), row.size());
        if (!sink.rowDone()) {
            reader.cancel();
            return sink.error();
        }
    }
}

void appendSqliteCsvRow(QByteArray &out, const SqliteStatement &statement, bool protect)
{
    for (int c = 0; c < kCsvColumnCount; ++c) {
        if (c > 0)
            out.append(',');
        if (statement.isNull(c))
            continue;
        if (kSqliteDecimalColumn[size_t(c)])
            csvbytes::appendHundredths(out, statement.real(c));
        else
            csvbytes::appendCell(out, statement.text(c), protect);
    }
    out.append("\r\n", 2);
}

StorageError exportSqlite(
    QSqlDatabase &db, const SqlDialect &dialect, const ProductExporter::Options &options, ExportSink &sink)
{
    SqliteStatement statement;
    const sql::Where where = exportFilter(options.filter, dialect);
    const bool csv = options.format == FileFormat::Csv;
    if (StorageError e = statement.prepare(db, dialect,
            selectStatement(csv ? csvSelect(Engine::SQLite) : QLatin1String(kSqliteJsonSelect), where));
        !e.ok())
        return e;
    for (int i = 0; i < int(where.values().size()); ++i)
        statement.bind(i, where.values().at(i));
    const bool protect = !options.rawCells;
    while (statement.step()) {
        if (csv) {
            appendSqliteCsvRow(sink.buffer(), statement, protect);
        } else {
            const QByteArrayView json = statement.text(0);
            sink.buffer().append(json.data(), json.size());
            sink.buffer().append('\n');
        }
        if (!sink.rowDone())
            return sink.error();
    }
    if (statement.failed())
        return statement.error(QCoreApplication::translate("ProductExporter", "Cannot read the products"));
    return {};
}

StorageError commitFile(QSaveFile &file, const QString &path)
{
    // Flush first: Qt 6.4's QSaveFile::commit() misses a failure of the final flush (a full disk)
    // and would put a truncated file in place.
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("ProductExporter", "Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return StorageError::make(ErrorKind::Internal,
            QCoreApplication::translate("ProductExporter", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    return {};
}

} // namespace

ProductExporter::ProductExporter(ConnectionManager &connections)
    : m_connections(connections)
{
}

const QStringList &ProductExporter::csvColumns()
{
    static const QStringList columns {
        QStringLiteral("source_id"),
        QStringLiteral("title"),
        QStringLiteral("subtitle"),
        QStringLiteral("price_min"),
        QStringLiteral("price_max"),
        QStringLiteral("currency"),
        QStringLiteral("moq"),
        QStringLiteral("main_image_url"),
        QStringLiteral("detail_images"),
        QStringLiteral("specifications"),
        QStringLiteral("supplier_source_id"),
        QStringLiteral("supplier_name"),
        QStringLiteral("supplier_company_name"),
        QStringLiteral("supplier_location"),
        QStringLiteral("sales_count"),
        QStringLiteral("rating"),
        QStringLiteral("sync_status"),
        QStringLiteral("supplier_rating"),
    };
    static const QStringList withContact = [] {
        QStringList all = columns;
        for (const ContactField field : suppliercontact::fields())
            all << suppliercontact::csvColumn(field);
        return all;
    }();
    return withContact;
}

Result<ProductExporter::Report> ProductExporter::exportTo(
    const QString &path, const Options &options, const Progress &progress)
{
    // Journaled like every job. An export only reads: when the server refuses the journal row (a
    // read-only standby, a role without INSERT on sync_records) the export still runs.
    JobJournal journal(m_connections, JobKind::Export);
    if (StorageError e = journal.start(); !e.ok())
        qCInfo(lcStorage) << "export: not journaled:" << e.toString();
    Result<Report> report = writeFile(path, options, progress);
    if (!report) {
        if (report.error().kind == ErrorKind::Cancelled)
            journal.finish(JobStatus::Cancelled, 0, 0, JobJournal::message(QStringLiteral("Cancelled; %1 was left as it was").arg(path)));
        else
            journal.fail(report.error());
        return report;
    }
    journal.finish(JobStatus::Completed, report->rows, 0,
        JobJournal::message(QStringLiteral("Exported %1 products (%2 bytes) to %3").arg(report->rows).arg(report->bytes).arg(path)));
    return report;
}

Result<ProductExporter::Report> ProductExporter::writeFile(
    const QString &path, const Options &options, const Progress &progress)
{
    if (!isExportFileFormat(options.format))
        return StorageError::validation({ FieldError { QStringLiteral("format"),
            QCoreApplication::translate(
                "ProductExporter", "%1 files cannot be exported; an export writes csv or jsonl")
                .arg(fileFormatName(options.format)) } });
    // Also checks the filter, which reaches the engines' SQL only as values.
    const Result<qint64> total = ProductRepository(m_connections).count(options.filter);
    if (!total)
        return total.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StorageError::make(ErrorKind::Permission,
            QCoreApplication::translate("ProductExporter", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    const QByteArray header = options.format == FileFormat::Csv
        ? csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n"
        : QByteArray();
    ExportSink sink(file, path, total.value(), qBound(1, options.batchSize, 100000), progress);
    const SqlDialect &dialect = m_connections.dialect();
    const bool postgres = dialect.engine() == Engine::PostgreSQL;
    StorageError error = m_connections.runStatus([&](QSqlDatabase &db) -> StorageError {
        if (!sink.restart(header))
            return sink.error();
        StorageError read = postgres ? exportPostgres(db, dialect, options, sink)
                                     : exportSqlite(db, dialect, options, sink);
        if (!read.ok())
            return read;
        return sink.finish() ? StorageError() : sink.error();
    });
    if (error.ok())
        error = commitFile(file, path);
    else
        file.cancelWriting();
    if (!error.ok())
        return error;
    return Report { sink.rows(), sink.bytes() };
}

} // namespace catalog
