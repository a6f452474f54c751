#pragma once

class QCommandLineParser;

namespace catalog {

class CtlContext;

// catalogctl import --dry-run --diff [--diff-limit N] [--json]: what the import would do, product by
// product, before anything is written (ProductImporter::diffFile). Text: the summary line, then one
// block per product (new, changed with "field: old → new" lines, unchanged) and one line per
// rejected row and reason. JSON: one object, {"ok", "file", "summary": {new, changed, unchanged,
// rejected, skipped, excluded, rows_read}, "detail_limit", "truncated", "new": [...], "changed":
// [{line, source_id, title, changes: [{field, old, new}]}], "unchanged": [...], "rejected":
// [{line, source_id, field, message}], "warnings"}. Details for the first N products (default
// 10000); the counts cover the whole file. --diff without --dry-run is a usage error (exit 2):
// the diff writes nothing, the import is the same command without both.
void addImportDiffOptions(QCommandLineParser &parser);
bool importDiffRequested(const CtlContext &context);
// The usage check, before the database is opened: CtlSuccess or CtlUsageOrConnection, printed.
int checkImportDiffUsage(const CtlContext &context);
int runImportDiff(CtlContext &context);

} // namespace catalog
