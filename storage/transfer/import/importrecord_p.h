#pragma once

#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

// One record of an import file, before it becomes a Product: the values by key (CSV cells as
// strings, empty cells as null; JSON values as they are) and the physical line where it starts.
// Made by RecordSource on the reading thread, mapped by mapImportRecord (productmapping_p.h).
struct ImportRecord
{
    qint64 line = 0;
    QJsonObject values;
    QString parseError; // set when the record itself could not be read (bad JSON, wrong cell count)
    QList<FieldError> fieldErrors; // found while mapping a foreign format (1688sync) onto ours
    QStringList cells; // CSV: the row's cells as in the file (kept for previews only)
};

} // namespace catalog
