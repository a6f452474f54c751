#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace catalog {

// The pages a saved view can belong to, with their database text (saved_views.page).
enum class ViewPage { Products, Suppliers };

QString viewPageText(ViewPage page); // "products", "suppliers"
std::optional<ViewPage> viewPageFromText(const QString &text);

// One row of `saved_views`: a named filter, sort and column layout of a page (the definition, see
// SavedViewCodec). The owner is the database role on PostgreSQL and the OS user on SQLite; a shared
// view is visible to everyone but only its owner may change it.
struct SavedView
{
    qint64 id = 0;
    QString name;
    QString owner;
    bool shared = false;
    bool isDefault = false; // applied when the page opens; at most one per owner and page
    ViewPage page = ViewPage::Products;
    QJsonObject definition;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool mine = false; // owned by whoever reads it: it may be changed
};

} // namespace catalog
