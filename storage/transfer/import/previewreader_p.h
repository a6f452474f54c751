#pragma once

#include "core/storageerror.h"
#include "transfer/fileformat.h"
#include "transfer/import/filedetection_p.h"
#include "transfer/import/importrecord_p.h"
#include "transfer/productimporter.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace catalog {

// The first rows of a file as an import would read them, for the import wizard: the same stages
// as the import (format and encoding detection, RecordSource, the product mapping) over the
// beginning of the file only, without the database. Blocking, on the calling thread. Errors that
// leave nothing to show are returned; the others become the preview's warnings.
class PreviewReader
{
public:
    PreviewReader(const QString &path, const ProductImporter::Options &options, int maxRows);

    Result<ProductImporter::Preview> read();

private:
    using Preview = ProductImporter::Preview;

    // nullopt: the bytes are not text in this encoding and the plan has another to try.
    Result<std::optional<Preview>> readAs(
        QFile &file, const EncodingPlan &plan, qsizetype candidate, FileFormat format);
    void addCsvColumns(Preview &preview, const QStringList &header) const;
    static void addJsonColumns(Preview &preview, const QList<ImportRecord> &records);
    static Preview::Row previewRow(const Preview &preview, const ImportRecord &record);

    QString m_path;
    const ProductImporter::Options &m_options;
    int m_maxRows;
};

} // namespace catalog
