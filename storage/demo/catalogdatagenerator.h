#pragma once

#include "core/product.h"
#include "core/supplier.h"

#include <QList>

namespace catalog {

// Deterministic synthetic catalog data: the same seed and index always yield the same row, so a
// caller can stream any number of rows without holding them, and two runs see identical data.
//
// Two profiles:
// - Benchmark: the rows the storage benchmarks have always used (a third of the prices in USD or
//   EUR, every sync status, products spread evenly over the suppliers). Kept byte-for-byte stable
//   so benchmark figures stay comparable between versions.
// - Demo: what an operator expects to see in a real wholesale catalog: Chinese (and some
//   bilingual) titles grouped in product categories that match their supplier's trade, suppliers
//   from Yiwu, Guangzhou, Shenzhen and other sourcing hubs, CNY prices that fit the category,
//   typical MOQs, JSON specifications in Chinese or English, images on https://img.example.com/,
//   mostly synced rows, a few large suppliers and many small ones.
//
// A value type without state besides its settings: const methods are safe from any thread.
// Products name their supplier by supplierSourceId (ProductRepository::upsert resolves it).
class CatalogDataGenerator
{
public:
    enum class Profile { Benchmark, Demo };

    explicit CatalogDataGenerator(quint32 seed = 1688, Profile profile = Profile::Benchmark)
        : m_seed(seed), m_profile(profile)
    {
    }

    quint32 seed() const { return m_seed; }
    Profile profile() const { return m_profile; }

    // A supplier count that suits `products` rows (one supplier per 200 products, 10 to 20000).
    int supplierCountFor(qint64 products) const { return int(qBound(qint64(10), products / 200, qint64(20000))); }
    Supplier supplier(int index) const;
    QList<Supplier> suppliers(int first, int count) const;
    // supplierCount: how many suppliers (indexes 0..supplierCount-1) the products may refer to.
    Product product(qint64 index, int supplierCount) const;
    QList<Product> products(qint64 first, int count, int supplierCount) const;

private:
    Supplier benchmarkSupplier(int index) const;
    Product benchmarkProduct(qint64 index, int supplierCount) const;
    Supplier demoSupplier(int index) const;
    Product demoProduct(qint64 index, int supplierCount) const;

    quint32 m_seed;
    Profile m_profile;
};

} // namespace catalog
