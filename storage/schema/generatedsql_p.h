#pragma once

#include "config/connectionconfig.h"

#include <QMap>
#include <QStringList>

namespace catalog {

// The migration statements that are built from one text or from the column lists rather than
// written out: SQLite's history triggers (one per table and operation, over every column) and
// PostgreSQL's after-update trigger functions of migrations 6 and 7 (only the changed-row test
// differs). A migration script names each with a line "-- @generated NAME"; the name maps to the
// statements that stand in that place, in order. Pure functions of their arguments; thread-safe.
using GeneratedStatements = QMap<QString, QStringList>;

GeneratedStatements generatedStatements(int version, Engine engine);

} // namespace catalog
