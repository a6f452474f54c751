#pragma once

#include "core/decimal2.h"
#include "core/product.h"
#include "core/queryspec.h"
#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace catalog {

// Which products a bulk edit touches: every product the filter matches (the whole filtered set,
// loaded in the grid or not), or, when `ids` is set, those of the given products that still match it
// (a selection in the grid).
struct BulkScope
{
    ProductFilter filter;
    std::optional<QList<qint64>> ids;
};

// What a bulk edit changes in every product of its scope. Plain data; validate() checks it up front
// so the job never starts with an edit the database would refuse for every row.
//
// Prices: a percent adjustment multiplies both ends of the range by (100 + percent) / 100 and rounds
// to cents half away from zero (Decimal2's rounding); an amount is added to both ends, in each
// product's own currency (filter by currency to restrict it). Either way price_min <= price_max stays
// true; a product whose price would fall below 0 or exceed the column's maximum is refused, not
// clamped. A missing price stays missing.
struct BulkEdit
{
    enum class PriceMode { None, Percent, Amount };
    enum class State { Keep, Delete, Restore };
    enum class SpecMode { None, Set, Rename, Remove };

    std::optional<QString> syncStatus;
    std::optional<qint64> supplierId;
    std::optional<QString> currency;
    std::optional<int> moq;
    PriceMode priceMode = PriceMode::None;
    Decimal2 priceValue; // Percent: percent (8.00 is +8 %), Amount: the amount
    SpecMode specMode = SpecMode::None;
    QString specKey; // Set/Remove: the key; Rename: the old name
    QString specValue; // Set: the value (a string); Rename: the new name
    State state = State::Keep;

    // Why a product is refused, decided in SQL by the job (the CASE of BulkStatements) and in
    // applyTo() alike; the number is what the SQL returns.
    enum class Refusal {
        None = 0,
        Deleted = 1,
        NoSupplier = 2,
        NegativePrice = 3,
        PriceTooHigh = 4,
        SpecExists = 5
    };

    // True when the edit changes a field (not only the deleted state).
    bool editsFields() const;
    bool isEmpty() const { return !editsFields() && state == State::Keep; }
    // Specific Validation errors (field = the option: sync_status, price, specifications, ...).
    StorageError validate() const;

    // The price rule the database applies (for the grid's small-selection path and the tests).
    Decimal2 adjustedPrice(Decimal2 price) const;
    // Applies the edit to a copy of `product` the way the job's UPDATE does; returns the reason it
    // would refuse the product instead, or an empty string.
    QString applyTo(Product &product) const;
    QString refusalText(Refusal refusal) const;

    // The human reading of the edit ("sync_status = synced, prices +8.00 %"), for journals and logs.
    QString describe() const;
    QJsonObject toJson() const;

    static constexpr qint64 kMaxPriceHundredths = 9999999999; // NUMERIC(10,2)
    static constexpr int kMaxSpecKeyLength = 200;
    static constexpr int kMaxSpecValueLength = 1000;
};

} // namespace catalog
