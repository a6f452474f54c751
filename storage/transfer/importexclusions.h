#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace catalog {

// What an operator told an import to leave alone after looking at its diff: products (by source_id)
// it skips entirely, and fields of products whose stored value it keeps instead of the file's. A
// field kept on a product that is not stored yet has nothing to keep and is ignored; the product is
// inserted from the file. Fields are named as in ImportDiff::FieldChange::field (fieldNames()).
// A plain value: copy it to whichever thread runs the import.
struct ImportExclusions
{
    QSet<QString> products;
    QHash<QString, QSet<QString>> fields;

    bool isEmpty() const { return products.isEmpty() && fields.isEmpty(); }
    bool skips(const QString &sourceId) const { return products.contains(sourceId); }
    QSet<QString> keptFields(const QString &sourceId) const { return fields.value(sourceId); }
    // The product fields a diff compares and an import can be told to keep, in display order.
    static const QStringList &fieldNames();
};

} // namespace catalog
