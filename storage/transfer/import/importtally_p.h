#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/import/productmapping_p.h"
#include "transfer/productimporter.h"

#include <QList>
#include <QString>

namespace catalog {

// The rows an import reads, rejects and skips, counted into its report as each stage finds them.
// A rejected row gets one RowError per reason, named by the file's own fields (1688sync items by
// the crawler's). Holds a reference to the report; used on the import's writing thread.
class ImportTally
{
public:
    explicit ImportTally(ProductImporter::Report &report);

    ProductImporter::Report &report() { return m_report; }

    // Counts the rows of a batch as read, rejects those with errors and returns the rest; the rows'
    // warnings go into the report (the first ones by line, then how many more).
    QList<ImportRow> takeValid(QList<ImportRow> rows);
    void reject(const ImportRow &row, const QList<FieldError> &errors);
    void skip() { ++m_report.skipped; }
    void exclude() { ++m_report.excluded; }
    void keepFields(qsizetype count) { m_report.fieldsKept += count; }
    // Stages find errors in passes (parsing, mode, suppliers, database); a report lists them in
    // file order.
    void sortErrorsByLine();
    // After the last batch: how many rows with warnings were not listed one by one.
    void closeWarnings();

    // The field as an import file of this format names it.
    static QString fileFieldName(FileFormat format, const QString &field);

private:
    void warn(const ImportRow &row);

    ProductImporter::Report &m_report;
    qint64 m_rowWarnings = 0; // rows with warnings; the first kRowWarnings are listed
};

} // namespace catalog
