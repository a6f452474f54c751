#include "modelslog.h"

Q_LOGGING_CATEGORY(lcModels, "catalog.models")
