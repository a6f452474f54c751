#pragma once

#include "core/queryspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace catalog {

// One column of a saved layout, by the column's key (the model's database name).
struct ViewColumn
{
    QString key;
    int position = -1; // visual position, 0 = leftmost; -1: unchanged
    int width = -1; // pixels; -1: unchanged
    bool hidden = false;
    bool operator==(const ViewColumn &other) const = default;
};

// Sort and columns of a page, as a view saves them beside its filter.
struct ViewLayout
{
    QString sortColumn; // column key; empty: the page's default order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<ViewColumn> columns;
    bool operator==(const ViewLayout &other) const = default;
};

// A decoded definition: what still applies, and in words what was left out (a filter this version
// does not know, a column that no longer exists, a value that does not fit).
template <typename Filter> struct DecodedView
{
    Filter filter;
    ViewLayout layout;
    QStringList dropped;
};

// The one place where a saved view's definition becomes JSON and back:
//   { "filter": { "text": "…", "price_from": "10.00", … },
//     "sort": { "column": "title", "order": "descending" },
//     "columns": [ { "key": "title", "position": 0, "width": 240, "hidden": false }, … ] }
// Filter fields are a table per filter type (savedviewcodec.cpp): a new filter field is one line there.
// Encoding writes only what differs from the default filter, so an older program reading a newer view
// meets unknown keys only for filters actually in use; decoding ignores them and says so in `dropped`.
// Pure functions, any thread.
class SavedViewCodec
{
public:
    static QJsonObject encode(const ProductFilter &filter, const ViewLayout &layout);
    static QJsonObject encode(const SupplierFilter &filter, const ViewLayout &layout);
    // knownColumns: the page's column keys; columns and a sort column not among them are dropped.
    static DecodedView<ProductFilter> decodeProducts(
        const QJsonObject &definition, const QStringList &knownColumns);
    static DecodedView<SupplierFilter> decodeSuppliers(
        const QJsonObject &definition, const QStringList &knownColumns);
};

} // namespace catalog
