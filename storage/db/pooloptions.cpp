#include "db/pooloptions.h"

namespace catalog {

ConnectionManager::Options poolOptions(const RuntimeSettings &settings)
{
    ConnectionManager::Options options;
    options.maxConnections = settings.poolSize();
    options.acquireTimeout = std::chrono::seconds(settings.poolTimeoutSeconds());
    options.maxAttempts = settings.connectRetries() + 1;
    // The manager's own workers take connections from the same pool: more workers than connections
    // would only wait.
    options.maxWorkers = qMin(options.maxWorkers, options.maxConnections);
    return options;
}

} // namespace catalog
