#pragma once

#include "config/connectionconfig.h"
#include "schema/generatedsql_p.h"

#include <QStringList>

namespace catalog {

// One migration's SQL for one engine, compiled in as a Qt resource:
// ":/catalog/migrations/<postgres|sqlite>/<NNNN>_<slug>.sql" (sources in storage/schema/sql/).
// The file is a plain SQL script (psql and sqlite3 can read it): each statement ends with ';' at
// the end of a line that is followed by a blank line or the end of the file, so semicolons inside
// function and trigger bodies need no special care. Comment lines between statements are dropped;
// a line "-- @generated NAME" stands for the statements generatedStatements() builds under NAME.
// The statements come out byte for byte as written, without their final ';'.
//
// Stateless; thread-safe. Problems (no file, a name no generator knows, a generated part the
// script never places) are reported as text in `problems`: they are build mistakes, and the
// migrator refuses to run with any.
class MigrationScript
{
public:
    static QString resourceFolder(Engine engine);
    // The resource of migration `version`, or "" when there is none.
    static QString resourcePath(int version, Engine engine);
    static QStringList load(int version, Engine engine, QStringList *problems);
    static QStringList parse(
        const QString &script, const GeneratedStatements &generated, QStringList *problems);
};

} // namespace catalog
