#include "transfer/importexclusions.h"

namespace catalog {

const QStringList &ImportExclusions::fieldNames()
{
    // The supplier is named by its source_id, as the file names it.
    static const QStringList names { QStringLiteral("title"), QStringLiteral("subtitle"),
        QStringLiteral("price_min"), QStringLiteral("price_max"), QStringLiteral("currency"),
        QStringLiteral("moq"), QStringLiteral("main_image_url"), QStringLiteral("detail_images"),
        QStringLiteral("specifications"), QStringLiteral("supplier_source_id"), QStringLiteral("sales_count"),
        QStringLiteral("rating"), QStringLiteral("sync_status") };
    return names;
}

} // namespace catalog
