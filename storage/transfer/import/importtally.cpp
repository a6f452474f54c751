#include "transfer/import/importtally_p.h"

#include "transfer/import/sync1688mapping_p.h"

#include <algorithm>

#include <QCoreApplication>

namespace catalog {

ImportTally::ImportTally(ProductImporter::Report &report)
    : m_report(report)
{
}

QList<ImportRow> ImportTally::takeValid(QList<ImportRow> rows)
{
    QList<ImportRow> valid;
    for (ImportRow &row : rows) {
        ++m_report.rowsRead;
        if (!row.warnings.isEmpty())
            warn(row);
        if (!row.errors.isEmpty())
            reject(row, row.errors);
        else
            valid << std::move(row);
    }
    return valid;
}

// A file of a million such rows must not make a million warnings (report, journal, console).
constexpr qint64 kRowWarnings = 100;

void ImportTally::warn(const ImportRow &row)
{
    if (++m_rowWarnings <= kRowWarnings) {
        m_report.warnings << QCoreApplication::translate("ProductImporter", "line %1 (%2): %3")
                                 .arg(row.line)
                                 .arg(row.product.sourceId.left(50),
                                     row.warnings.join(QCoreApplication::translate("ProductImporter", "; ")));
    }
}

void ImportTally::reject(const ImportRow &row, const QList<FieldError> &errors)
{
    ++m_report.rejected;
    for (const FieldError &e : errors)
        m_report.errors << ProductImporter::RowError { row.line, row.product.sourceId.left(50),
            fileFieldName(m_report.format, e.field), e.message };
}

void ImportTally::closeWarnings()
{
    if (m_rowWarnings > kRowWarnings)
        m_report.warnings << QCoreApplication::translate(
            "ProductImporter", "%1 more rows were kept with the same kind of change")
                                 .arg(m_rowWarnings - kRowWarnings);
}

void ImportTally::sortErrorsByLine()
{
    std::stable_sort(m_report.errors.begin(), m_report.errors.end(),
        [](const ProductImporter::RowError &a, const ProductImporter::RowError &b) {
            return a.line < b.line;
        });
}

QString ImportTally::fileFieldName(FileFormat format, const QString &field)
{
    return format == FileFormat::Sync1688 ? sync1688::crawlerField(field) : field;
}

} // namespace catalog
