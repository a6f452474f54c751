#pragma once

#include "core/decimal2.h"
#include "core/qualitykind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace catalog {

enum class DeletedFilter { ActiveOnly, DeletedOnly, All };
enum class CountMode { Exact, Estimated };

// Where the next page starts when paging by key: the last row's sort value and id.
struct KeysetCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// One page of a listing. Sorting is by a whitelisted column name and then by id, so the order
// is total and pages never overlap. Keyset paging (after) works on columns that are never NULL
// (id, source_id, title/name, sync_status, created_at, updated_at, version) and on price_min
// (NULLs last ascending, first descending; a cursor's sortValue may be NULL); other columns page
// by offset.
struct PageRequest
{
    QString sortColumn = QStringLiteral("id");
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = 100;
    qint64 offset = 0;
    std::optional<KeysetCursor> after;
};

struct ProductFilter
{
    QString text; // title contains (case-insensitive) or source_id equals
    QStringList syncStatuses;
    std::optional<qint64> supplierId;
    QString currency;
    std::optional<Decimal2> priceFrom; // price_max >= priceFrom
    std::optional<Decimal2> priceTo; // price_min <= priceTo
    QDateTime updatedSince;
    DeletedFilter deleted = DeletedFilter::ActiveOnly;
    // Products that have this data-quality problem (core/qualitykind.h).
    std::optional<QualityKind> quality;
    // A specification: specKey alone matches products that have the key (any value); with
    // specValue, products whose value for the key is exactly that text. Empty specKey: no condition.
    QString specKey;
    std::optional<QString> specValue;
    // What "stale" means for QualityKind::StaleSync, here and in the listing's problem bits: not
    // written for this many days (a setting: AppIdentity::staleSyncDays()).
    int staleSyncDays = kDefaultStaleSyncDays;
};

struct SupplierFilter
{
    QString text; // name or company name contains, or source_id equals
    QString location;
    DeletedFilter deleted = DeletedFilter::ActiveOnly;
};

// One pending change of a record, as an editor collects them before Save. saveChanges() of the
// repositories applies a list of them in one transaction: all of them or none.
template<typename T>
struct RecordChange
{
    enum class Kind { Create, Update, Delete, Restore };
    Kind kind = Kind::Update;
    T record; // Update/Delete/Restore: id and the version that was read
};

// A row count and whether it is the planner's estimate (an exact count would have taken too long).
struct RowCount
{
    qint64 rows = 0;
    bool estimated = false;
};

// Keys at regular positions of a sorted listing, so that a view can jump into its middle and read
// by key from there instead of skipping rows with OFFSET. Keys are in the listing's order.
// Exact (stride > 0): rows after keys[k] start exactly at row (k + 1) * stride, at the time of
// reading. Estimated (stride == 0): keys[k] lies about fractions[k] of the way through the listing
// (column statistics or a sample: only the fraction is approximate; every key is a real boundary,
// so rows read after it are a true, contiguous part of the order).
struct PositionSample
{
    QList<KeysetCursor> keys;
    // Estimated only: where the rows after keys[k] start, as a fraction of the listing (ascending);
    // empty: the keys are evenly spread (as a histogram's bounds).
    QList<double> fractions;
    qint64 stride = 0;
    bool isExact() const { return stride > 0; }
};

template<typename T>
struct Page
{
    QList<T> rows;
    std::optional<KeysetCursor> next; // empty on the last page or when paging by offset
    // The first row's cursor, when the sort column allows keyset paging: paging backwards from here
    // (the opposite order, after `first`) yields the rows just before this page.
    std::optional<KeysetCursor> first;
};

} // namespace catalog
