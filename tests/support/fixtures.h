#pragma once

#include "core/decimal2.h"
#include "core/product.h"

#include <QString>

namespace catalog::test {

// The smallest product the validator accepts, with a price range and MOQ: for tests that need
// some row and do not care which.
inline Product minimalProduct(const QString &sourceId, const QString &title = QStringLiteral("Test kettle"))
{
    Product p;
    p.sourceId = sourceId;
    p.title = title;
    p.priceMin = Decimal2::parse(QStringLiteral("1.00"));
    p.priceMax = Decimal2::parse(QStringLiteral("2.00"));
    p.moq = 1;
    return p;
}

} // namespace catalog::test
