#pragma once

namespace catalog {

class CtlContext;

// catalogctl backup, restore FILE and cleanup-backups (the last needs no database). A damaged set,
// a missing tool or file exits 2 like a usage error: the operator must act.
int runBackup(CtlContext &context);
int runRestore(CtlContext &context);
int runCleanupBackups(CtlContext &context);
// catalogctl verify-backup SET: exit 0 when the set and its chain are good, 1 with one line per problem.
int runVerifyBackup(CtlContext &context);

} // namespace catalog
