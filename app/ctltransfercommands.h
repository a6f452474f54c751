#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"

#include <QStringList>

namespace catalog {

class ConnectionManager;
class CtlContext;

// catalogctl export FILE and import FILE. Exit 0 done, 1 rows rejected, 2 when the file or an
// option is unusable (unknown format, filter or mode; a CSV option that does not fit the file, see
// ctlimportoptions.h; a file that cannot be read as an import).
int runExport(CtlContext &context);
int runImport(CtlContext &context);

} // namespace catalog
