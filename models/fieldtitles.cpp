#include "fieldtitles.h"

#include <QStringList>

namespace catalog {

QString FieldTitles::title(const QString &field)
{
    // The source text is the column's own name, so the English interface shows what files and
    // catalogctl spell; the translations give the words of other languages.
    static const char *const known[] = {
        QT_TR_NOOP("source_id"),
        QT_TR_NOOP("title"),
        QT_TR_NOOP("subtitle"),
        QT_TR_NOOP("price_min"),
        QT_TR_NOOP("price_max"),
        QT_TR_NOOP("currency"),
        QT_TR_NOOP("moq"),
        QT_TR_NOOP("main_image_url"),
        QT_TR_NOOP("detail_images"),
        QT_TR_NOOP("specifications"),
        QT_TR_NOOP("supplier_source_id"),
        QT_TR_NOOP("sales_count"),
        QT_TR_NOOP("rating"),
        QT_TR_NOOP("sync_status"),
    };
    for (const char *name : known) {
        if (field == QLatin1String(name))
            return tr(name);
    }
    return field;
}

} // namespace catalog
