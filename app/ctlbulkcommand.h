#pragma once

#include "bulk/bulkedit.h"
#include "core/storageerror.h"

class QCommandLineParser;

namespace catalog {

class CtlContext;

// catalogctl bulk-update [--filter key=value ...] [--set field=value ...] [--price-adjust +N%|-N%|
// +AMOUNT|-AMOUNT] [--spec-set NAME=VALUE] [--spec-rename OLD=NEW] [--spec-remove NAME]
// [--delete|--restore] [--dry-run]: BulkUpdateJob over the filtered products. Prints matched,
// changed, unchanged and refused (each refused product with its reason; --json: {"matched",
// "changed", "refused": [...], "dry_run", ...}). Exit 0 done, 1 when products were refused, 2 for
// usage errors — the edit's options are checked before the database is opened — or a connection.
void addBulkUpdateOptions(QCommandLineParser &parser);

// The edit the options describe. --set supplier=SOURCE_ID is returned as supplierSourceId (the id is
// looked up once the database is open). A Validation error names the option and what it takes.
struct BulkUpdateArguments
{
    BulkEdit edit;
    QString supplierSourceId;
};
Result<BulkUpdateArguments> bulkUpdateArguments(const QCommandLineParser &parser);

int checkBulkUpdateUsage(const CtlContext &context);
int runBulkUpdate(CtlContext &context);

} // namespace catalog
