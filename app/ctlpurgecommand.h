#pragma once

class QCommandLineParser;

namespace catalog {

class CtlContext;

// catalogctl purge [--deleted-older-than DAYS] [--history-older-than DAYS] [--jobs-older-than DAYS]
// [--dry-run] [--storage DIR]: PurgeJob. Without any of the three limits every part runs with the
// limits of the settings (retention/*: 90, 365 and 180 days, the newest 20 versions of each row
// kept); with some, only those parts run. Prints what was (or, --dry-run, would be) removed; --json
// prints PurgeReport::toJson(). Ctrl+C stops between batches. Exit 0 done, 1 cancelled or some
// files could not be deleted, 2 usage or connection errors.
void addPurgeOptions(QCommandLineParser &parser);
int checkPurgeUsage(const CtlContext &context);
int runPurge(CtlContext &context);

} // namespace catalog
