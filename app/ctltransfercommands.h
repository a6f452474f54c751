#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"

#include <QStringList>

namespace catalog {

class ConnectionManager;
class CtlContext;

// export's --filter key=value items as a ProductFilter (bulk-update uses it too); a bad key or value
// is a Validation error.
Result<ProductFilter> parseFilter(ConnectionManager &connections, const QStringList &items);

// catalogctl export FILE and import FILE. Exit 0 done, 1 rows rejected, 2 when the file or an
// option is unusable (unknown format, filter or mode; a CSV option that does not fit the file, see
// ctlimportoptions.h; a file that cannot be read as an import).
int runExport(CtlContext &context);
int runImport(CtlContext &context);

} // namespace catalog
