#pragma once

class QCommandLineParser;

namespace catalog {

class CtlContext;

// catalogctl seed-demo [--products N] [--no-images]: the GUI's demo data, headless — suppliers,
// products and a painted picture stored as each product's main image (DemoCatalog). Refuses a
// catalog that holds any product or supplier (also deleted ones): demo rows never mix with real
// data, and there is no option to make them.
void addSeedDemoOptions(QCommandLineParser &parser);
int checkSeedDemoOptions(const CtlContext &context);
int runSeedDemo(CtlContext &context);

} // namespace catalog
