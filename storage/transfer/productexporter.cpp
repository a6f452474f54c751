#include "transfer/productexporter.h"

#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "transfer/spreadsheetcells.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace catalog {

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r') || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QString decimalText(const std::optional<Decimal2> &value)
{
    return value ? value->toString() : QString();
}

template <typename T> QString numberText(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QString();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonValue jsonDecimal(const std::optional<Decimal2> &value)
{
    return value ? QJsonValue(value->toString()) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue jsonNumber(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonString(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QByteArray csvLine(const Product &p, const Supplier *s, bool rawCells)
{
    const QStringList fields {
        p.sourceId,
        p.title,
        p.subtitle,
        decimalText(p.priceMin),
        decimalText(p.priceMax),
        p.currency,
        numberText(p.moq),
        p.mainImageUrl,
        p.detailImages.isEmpty() ? QString() : jsonText(p.detailImages),
        p.specifications.isEmpty() ? QString() : jsonText(p.specifications),
        s ? s->sourceId : QString(),
        s ? s->name : QString(),
        s ? s->companyName : QString(),
        s ? s->location : QString(),
        numberText(p.salesCount),
        decimalText(p.rating),
        p.syncStatus,
    };
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(rawCells ? fields.at(i) : spreadsheet::neutralised(fields.at(i)));
    }
    line += "\r\n";
    return line;
}

QByteArray jsonLine(const Product &p, const Supplier *s)
{
    QJsonObject o {
        { QStringLiteral("source_id"), p.sourceId },
        { QStringLiteral("title"), p.title },
        { QStringLiteral("subtitle"), jsonString(p.subtitle) },
        { QStringLiteral("price_min"), jsonDecimal(p.priceMin) },
        { QStringLiteral("price_max"), jsonDecimal(p.priceMax) },
        { QStringLiteral("currency"), p.currency },
        { QStringLiteral("moq"), jsonNumber(p.moq) },
        { QStringLiteral("main_image_url"), jsonString(p.mainImageUrl) },
        { QStringLiteral("detail_images"), p.detailImages },
        { QStringLiteral("specifications"), p.specifications },
        { QStringLiteral("sales_count"), jsonNumber(p.salesCount) },
        { QStringLiteral("rating"), jsonDecimal(p.rating) },
        { QStringLiteral("sync_status"), p.syncStatus },
    };
    if (s) {
        o.insert(QStringLiteral("supplier"),
            QJsonObject {
                { QStringLiteral("source_id"), s->sourceId },
                { QStringLiteral("name"), s->name },
                { QStringLiteral("company_name"), jsonString(s->companyName) },
                { QStringLiteral("location"), jsonString(s->location) },
            });
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
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
    };
    return columns;
}

Result<ProductExporter::Report> ProductExporter::exportTo(
    const QString &path, const Options &options, const Progress &progress)
{
    if (!isExportFileFormat(options.format))
        return StorageError::validation({ FieldError { QStringLiteral("format"),
            QStringLiteral("%1 files cannot be exported; an export writes csv or jsonl")
                .arg(fileFormatName(options.format)) } });
    ProductRepository products(m_connections);
    SupplierRepository suppliers(m_connections);
    const Result<qint64> total = products.count(options.filter);
    if (!total)
        return total.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StorageError::make(
            ErrorKind::Permission, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    Report report;
    if (options.format == FileFormat::Csv) {
        const QByteArray header = csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
        report.bytes += file.write(header);
    }
    PageRequest page { QStringLiteral("id"), Qt::AscendingOrder, qBound(1, options.batchSize, 10000) };
    for (;;) {
        const Result<Page<Product>> batch = products.list(options.filter, page);
        if (!batch) {
            file.cancelWriting();
            return batch.error();
        }
        QList<qint64> supplierIds;
        for (const Product &p : batch->rows) {
            if (p.supplierId)
                supplierIds << *p.supplierId;
        }
        Result<QHash<qint64, Supplier>> known = supplierIds.isEmpty()
            ? Result<QHash<qint64, Supplier>>(QHash<qint64, Supplier> {})
            : suppliers.byIds(supplierIds);
        if (!known) {
            file.cancelWriting();
            return known.error();
        }
        QByteArray chunk;
        for (const Product &p : batch->rows) {
            const auto it = p.supplierId ? known->constFind(*p.supplierId) : known->cend();
            const Supplier *s = it == known->cend() ? nullptr : &*it;
            chunk += options.format == FileFormat::Csv ? csvLine(p, s, options.rawCells) : jsonLine(p, s);
        }
        if (file.write(chunk) != chunk.size()) {
            const QString why = file.errorString();
            file.cancelWriting();
            return StorageError::make(
                ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(path, why));
        }
        report.bytes += chunk.size();
        report.rows += batch->rows.size();
        if (progress && !progress(report.rows, qMax(total.value(), report.rows))) {
            file.cancelWriting();
            return StorageError::make(
                ErrorKind::Cancelled, QStringLiteral("The export was cancelled; no file was written"));
        }
        if (!batch->next)
            break;
        page.after = batch->next;
    }
    // Flush first: Qt 6.4's QSaveFile::commit() misses a failure of the final flush (a full disk)
    // and would put a truncated file in place.
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return StorageError::make(ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return StorageError::make(
            ErrorKind::Internal, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace catalog
