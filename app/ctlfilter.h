#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"

#include <QStringList>

namespace catalog {

class ConnectionManager;

// Turns catalogctl's repeatable --filter key=value items into a ProductFilter, for every command
// that works on a filtered set of products (export, bulk update). Keys: text=, status=a,b,
// supplier=SOURCE_ID, updated-since=ISO date, deleted=active|only|all, currency=ISO code,
// price-min=, price-max=, spec=NAME[=VALUE], quality=KIND, stale-days=N. staleSyncDays starts from
// the setting (AppIdentity::staleSyncDays()).
//
// Runs on the caller's thread; only supplier= reads the database (through `connections`). A bad
// item is a Validation error whose message names the item and what it takes (a usage error);
// a failed supplier look-up is that repository's error.
Result<ProductFilter> parseProductFilter(ConnectionManager &connections, const QStringList &items);

} // namespace catalog
