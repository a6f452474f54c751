#pragma once

#include "config/runtimesettings.h"

class QCommandLineParser;

namespace catalog {

// catalogctl's side of RuntimeSettings: one --<flag> option per setting (generated from
// RuntimeSettings::definitions()), and the settings a parsed command line resolves to (flag >
// environment > settings file > default). CtlRunner resolves them once before any command runs and
// refuses a bad value with exit 2; commands read them from CtlContext::settings().
void addRuntimeSettingsOptions(QCommandLineParser &parser);
Result<RuntimeSettings> resolveCtlSettings(const QCommandLineParser &parser);

} // namespace catalog
