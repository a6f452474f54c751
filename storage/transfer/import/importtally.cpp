#include "transfer/import/importtally_p.h"

#include "transfer/import/sync1688mapping_p.h"

#include <algorithm>

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
        if (!row.errors.isEmpty())
            reject(row, row.errors);
        else
            valid << std::move(row);
    }
    return valid;
}

void ImportTally::reject(const ImportRow &row, const QList<FieldError> &errors)
{
    ++m_report.rejected;
    for (const FieldError &e : errors)
        m_report.errors << ProductImporter::RowError { row.line, row.product.sourceId.left(50),
            fileFieldName(m_report.format, e.field), e.message };
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
