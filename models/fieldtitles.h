#pragma once

#include <QCoreApplication>
#include <QString>

namespace catalog {

// A product field as the import diff shows it to a person: in English the column's own name
// (source_id, price_min, … as files and catalogctl spell it), in other languages the translation;
// an unknown name is returned as it is. Stateless, any thread.
class FieldTitles
{
    Q_DECLARE_TR_FUNCTIONS(FieldTitles)
public:
    static QString title(const QString &field);
};

} // namespace catalog
