#include "core/savedview.h"

namespace catalog {

QString viewPageText(ViewPage page)
{
    return page == ViewPage::Products ? QStringLiteral("products") : QStringLiteral("suppliers");
}

std::optional<ViewPage> viewPageFromText(const QString &text)
{
    if (text == QLatin1String("products"))
        return ViewPage::Products;
    if (text == QLatin1String("suppliers"))
        return ViewPage::Suppliers;
    return std::nullopt;
}

} // namespace catalog
