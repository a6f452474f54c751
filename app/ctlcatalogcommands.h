#pragma once

namespace catalog {

class CtlContext;

// catalogctl's commands on the catalog database as a whole: migrate, stats, health, optimize and
// check [--fix]. Each returns the process exit code and prints its result (JSON with --json).
int runMigrate(CtlContext &context);
int runStats(CtlContext &context);
int runHealth(CtlContext &context);
int runOptimize(CtlContext &context);
int runCheck(CtlContext &context);

} // namespace catalog
