#include "core/storagelog_p.h"

Q_LOGGING_CATEGORY(lcStorage, "catalog.storage")
