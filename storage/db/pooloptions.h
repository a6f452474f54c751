#pragma once

#include "config/runtimesettings.h"
#include "db/connectionmanager.h"

namespace catalog {

// The connection pool the settings ask for: DB_POOL_SIZE connections at most, DB_POOL_TIMEOUT to
// wait for one, DB_CONNECT_RETRIES retries of lost connections and lock conflicts. The other
// options (backoff, workers, shutdown grace) keep their defaults. Every ConnectionManager of the
// GUI and catalogctl is built with these.
ConnectionManager::Options poolOptions(const RuntimeSettings &settings);

} // namespace catalog
