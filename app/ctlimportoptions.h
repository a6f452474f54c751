#pragma once

#include "core/storageerror.h"
#include "transfer/productimporter.h"

namespace catalog {

class CtlContext;

// catalogctl import's command line as ProductImporter::Options: --format, --mode, --dry-run and the
// CSV options the import wizard has: --delimiter and --quote (one character, or a name such as tab),
// and --column FILE_COLUMN=FIELD, repeatable, which fills a catalog field from a header column
// matched as the wizard matches it (trimmed, any case); FILE_COLUMN= ignores the column.
// Pure functions of the parsed command line (and, for the second, the first lines of the file); a
// usage problem is returned as a Validation StorageError naming the option and what it takes.
Result<ProductImporter::Options> importOptions(const CtlContext &context);

// The CSV options against the file: refused for a file that is read as JSON, and each --column must
// name a column of the header, with no catalog field filled by two columns. Reads the first lines
// of the file without the database; a file that cannot be read passes, for the import to report.
StorageError checkImportOptionsAgainstFile(
    const CtlContext &context, const ProductImporter::Options &options);

// import's CtlCommand::checkOptions: both of the above before the database is opened, so a usage
// error neither creates a SQLite file nor migrates a schema. CtlSuccess, or CtlUsageOrConnection
// after printing the error (JSON with --json).
int checkImportUsage(const CtlContext &context);

} // namespace catalog
