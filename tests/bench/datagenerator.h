#pragma once

#include "product.h"
#include "supplier.h"

#include <QList>

namespace catalog::bench {

// Deterministic synthetic catalog data: the same index always yields the same row, so a run can
// stream any number of rows without holding them, and two runs see identical data.
// Titles mix Chinese and English, specifications are JSON objects, images are URL lists.
class DataGenerator
{
public:
    explicit DataGenerator(quint32 seed = 1688) : m_seed(seed) { }

    int supplierCountFor(qint64 products) const { return int(qBound(qint64(10), products / 200, qint64(20000))); }
    Supplier supplier(int index) const;
    Product product(qint64 index, int supplierCount) const;
    QList<Product> products(qint64 first, int count, int supplierCount) const;

private:
    quint32 m_seed;
};

} // namespace catalog::bench
