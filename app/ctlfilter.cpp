#include "ctlfilter.h"

#include "config/appidentity.h"
#include "core/decimal2.h"
#include "repositories/supplierrepository.h"

#include <QDateTime>
#include <QRegularExpression>

namespace catalog {

namespace {

StorageError filterUsage(const QString &message)
{
    return StorageError::make(ErrorKind::Validation, QStringLiteral("--filter ") + message);
}

std::optional<Decimal2> filterPrice(const QString &value)
{
    const std::optional<Decimal2> price = Decimal2::parse(value.trimmed());
    if (!price || price->hundredths() < 0)
        return std::nullopt;
    return price;
}

QString qualityKindList()
{
    QStringList names;
    for (QualityKind kind : allQualityKinds())
        names << qualityKindText(kind);
    return names.join(QStringLiteral(", "));
}

// The keys that need no database; false when `key` is not one of them.
bool applySimpleFilterItem(
    ProductFilter &filter, const QString &key, const QString &value, StorageError &error)
{
    if (key == QLatin1String("text")) {
        filter.text = value;
    } else if (key == QLatin1String("status")) {
        filter.syncStatuses << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (key == QLatin1String("updated-since")) {
        filter.updatedSince = QDateTime::fromString(value, Qt::ISODate);
        if (!filter.updatedSince.isValid())
            error = filterUsage(
                QStringLiteral("updated-since: \"%1\" is not an ISO date such as 2026-11-01").arg(value));
    } else if (key == QLatin1String("deleted")) {
        if (value == QLatin1String("active"))
            filter.deleted = DeletedFilter::ActiveOnly;
        else if (value == QLatin1String("only"))
            filter.deleted = DeletedFilter::DeletedOnly;
        else if (value == QLatin1String("all"))
            filter.deleted = DeletedFilter::All;
        else
            error = filterUsage(QStringLiteral("deleted= takes active, only or all"));
    } else if (key == QLatin1String("currency")) {
        filter.currency = value.trimmed().toUpper();
        if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(filter.currency).hasMatch())
            error = filterUsage(
                QStringLiteral("currency: \"%1\" is not a three-letter code such as CNY").arg(value));
    } else if (key == QLatin1String("price-min") || key == QLatin1String("price-max")) {
        const std::optional<Decimal2> price = filterPrice(value);
        if (!price)
            error = filterUsage(QStringLiteral("%1: \"%2\" is not a price such as 12.50").arg(key, value));
        else if (key == QLatin1String("price-min"))
            filter.priceFrom = price;
        else
            filter.priceTo = price;
    } else if (key == QLatin1String("spec")) {
        // spec=NAME or spec=NAME=VALUE: the value may itself contain "=".
        filter.specKey = value.section(QLatin1Char('='), 0, 0).trimmed();
        if (value.contains(QLatin1Char('=')))
            filter.specValue = value.section(QLatin1Char('='), 1);
        if (filter.specKey.isEmpty())
            error = filterUsage(QStringLiteral("spec= takes NAME or NAME=VALUE, e.g. spec=color=red"));
    } else if (key == QLatin1String("quality")) {
        filter.quality = qualityKindFromText(value.trimmed());
        if (!filter.quality)
            error = filterUsage(
                QStringLiteral("quality: \"%1\" is not one of %2").arg(value, qualityKindList()));
    } else if (key == QLatin1String("stale-days")) {
        bool ok = false;
        filter.staleSyncDays = value.toInt(&ok);
        if (!ok || filter.staleSyncDays < 1 || filter.staleSyncDays > 36500)
            error = filterUsage(
                QStringLiteral("stale-days: \"%1\" is not a number of days from 1 to 36500").arg(value));
    } else {
        return false;
    }
    return true;
}

} // namespace

Result<ProductFilter> parseProductFilter(ConnectionManager &connections, const QStringList &items)
{
    ProductFilter filter;
    filter.staleSyncDays = staleSyncDays();
    for (const QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1);
        if (!item.contains(QLatin1Char('=')))
            return filterUsage(QStringLiteral("\"%1\" is not key=value").arg(item));
        StorageError error;
        if (applySimpleFilterItem(filter, key, value, error)) {
            if (!error.ok())
                return error;
            continue;
        }
        if (key != QLatin1String("supplier"))
            return filterUsage(
                QStringLiteral("unknown filter \"%1\" (text=, status=, supplier=, updated-since=, deleted=,"
                               " currency=, price-min=, price-max=, spec=, quality=, stale-days=)")
                    .arg(key));
        const Result<Supplier> s = SupplierRepository(connections).findBySourceId(value);
        if (!s)
            return s.error();
        filter.supplierId = s->id;
    }
    if (filter.priceFrom && filter.priceTo && *filter.priceTo < *filter.priceFrom)
        return filterUsage(QStringLiteral("price-max is below price-min"));
    return filter;
}

} // namespace catalog
