#include "core/validator.h"

#include "core/queryspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/imagerecord.h"
#include "core/product.h"
#include "core/supplier.h"
#include "core/suppliercontact.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace catalog::validation {

namespace {

constexpr qint64 kMaxPriceHundredths = 9999999999; // NUMERIC(10,2)
constexpr qint64 kMaxRatingHundredths = 500;

// ISO 4217 active codes (2024 list, plus the funds and metal codes the standard defines).
const QSet<QString> &currencyCodes()
{
    static const QSet<QString> codes = [] {
        const char *list =
                "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP "
                "BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB "
                "EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY "
                "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR "
                "MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB "
                "RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD "
                "TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG "
                "XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL";
        QSet<QString> set;
        for (const QString &code : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(code);
        return set;
    }();
    return codes;
}

// U+FFFE and U+FFFF are not characters; SQLite turns them into U+FFFD when it reads text back, so
// a value holding them would not read back as written. Refused like broken Unicode.
bool isUnstorableNonCharacter(QChar c)
{
    return c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
}

bool hasControlCharacters(const QString &text)
{
    // A lone surrogate is broken text; a pair is one character beyond the basic plane (emoji, rare
    // CJK ideographs, common in crawled titles) and fine. No control character lies beyond it.
    if (!QStringView(text).isValidUtf16())
        return true;
    return std::any_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control || isUnstorableNonCharacter(c); });
}

// Text the engines cannot store inside JSON: PostgreSQL's jsonb refuses \u0000 and unpaired
// surrogates (QJsonDocument writes them as escapes), so both engines refuse them up front; SQLite
// reads U+FFFE/U+FFFF back as U+FFFD.
bool jsonTextStorable(const QString &text)
{
    return !text.contains(QChar(0)) && QStringView(text).isValidUtf16()
        && std::none_of(text.cbegin(), text.cend(), isUnstorableNonCharacter);
}

QString jsonKindName(const QJsonValue &value)
{
    if (value.isBool())
        return QCoreApplication::translate("Validator", "true/false");
    if (value.isDouble())
        return QCoreApplication::translate("Validator", "a number");
    if (value.isNull())
        return QCoreApplication::translate("Validator", "null", "a JSON value");
    return value.isArray() ? QCoreApplication::translate("Validator", "a list")
                           : QCoreApplication::translate("Validator", "an object");
}

bool jsonStorable(const QJsonValue &value)
{
    if (value.isString())
        return jsonTextStorable(value.toString());
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray()) {
            if (!jsonStorable(v))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!jsonTextStorable(it.key()) || !jsonStorable(it.value()))
                return false;
        }
    }
    return true;
}

class Checker
{
public:
    void json(const QString &field, const QJsonValue &value)
    {
        if (!jsonStorable(value))
            fail(field,
                QCoreApplication::translate("Validator", "contains a NUL character or broken Unicode"));
    }
    void required(const QString &field, const QString &value, int maxLength)
    {
        if (value.trimmed().isEmpty()) {
            fail(field, QCoreApplication::translate("Validator", "is required"));
            return;
        }
        optional(field, value, maxLength);
    }
    void optional(const QString &field, const QString &value, int maxLength)
    {
        if (value.isNull())
            return;
        if (value.size() > maxLength)
            fail(field,
                QCoreApplication::translate("Validator", "is %1 characters long; at most %2 are allowed")
                    .arg(value.size())
                    .arg(maxLength));
        else if (hasControlCharacters(value))
            fail(field,
                QCoreApplication::translate("Validator", "contains control characters or broken Unicode"));
    }
    void decimalRange(const QString &field, const std::optional<Decimal2> &value, qint64 max)
    {
        if (!value)
            return;
        if (value->hundredths() < 0)
            fail(field,
                QCoreApplication::translate("Validator", "must not be negative (got %1)")
                    .arg(value->toString()));
        else if (value->hundredths() > max)
            fail(field,
                QCoreApplication::translate("Validator", "must be at most %1 (got %2)")
                    .arg(Decimal2::fromHundredths(max).toString(), value->toString()));
    }
    void url(const QString &field, const QString &value)
    {
        if (value.isNull())
            return;
        optional(field, value, 1000);
        QString reason;
        if (!isValidImageUrl(value, &reason))
            fail(field, reason);
    }
    // contact_info: the known keys (suppliercontact) are bounded text; other keys, which other tools
    // may have written, are kept when they are text, numbers or booleans. The shape of a phone
    // number or an email address is checked where a value enters (an edit, an import), so a stored
    // value of another shape never blocks saving the rest of the supplier.
    void contact(const QJsonObject &info)
    {
        json(QStringLiteral("contact_info"), info);
        for (auto it = info.constBegin(); it != info.constEnd(); ++it) {
            const QString field = QStringLiteral("contact_info.") + it.key();
            const std::optional<ContactField> known = suppliercontact::fromKey(it.key());
            if (!known) {
                if (it.value().isArray() || it.value().isObject())
                    fail(field,
                        QCoreApplication::translate("Validator", "must be text, a number or true/false"));
                continue;
            }
            if (!it.value().isString()) {
                fail(field,
                    QCoreApplication::translate("Validator", "must be text, not %1")
                        .arg(jsonKindName(it.value())));
                continue;
            }
            optional(field, it.value().toString(), suppliercontact::maxLength(*known));
        }
    }
    void fail(const QString &field, const QString &message) { errors << FieldError { field, message }; }
    QList<FieldError> errors;
};

} // namespace

const QStringList syncStatuses { QStringLiteral("pending"), QStringLiteral("syncing"), QStringLiteral("synced"),
                                 QStringLiteral("failed") };

QStringList currencyList()
{
    static const QStringList sorted = [] {
        QStringList list(currencyCodes().cbegin(), currencyCodes().cend());
        list.sort();
        return list;
    }();
    return sorted;
}

bool isIsoCurrency(const QString &code)
{
    return currencyCodes().contains(code);
}

bool isValidSyncStatus(const QString &status)
{
    return syncStatuses.contains(status);
}

bool isValidImageUrl(const QString &text, QString *reason)
{
    const QUrl url(text, QUrl::StrictMode);
    QString why;
    if (text.trimmed() != text || text.isEmpty())
        why = QCoreApplication::translate("Validator", "is not a URL (empty or surrounded by spaces)");
    else if (!url.isValid())
        why = QCoreApplication::translate("Validator", "is not a valid URL: %1").arg(url.errorString());
    else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        why = QCoreApplication::translate("Validator", "must be an http or https URL (got \"%1\")")
                  .arg(text.left(60));
    else if (url.host().isEmpty())
        why = QCoreApplication::translate("Validator", "has no host name");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

QList<FieldError> validateProduct(const Product &p)
{
    Checker c;
    c.required(QStringLiteral("source_id"), p.sourceId, 50);
    c.required(QStringLiteral("title"), p.title, 500);
    c.optional(QStringLiteral("subtitle"), p.subtitle, 500);
    c.decimalRange(QStringLiteral("price_min"), p.priceMin, kMaxPriceHundredths);
    c.decimalRange(QStringLiteral("price_max"), p.priceMax, kMaxPriceHundredths);
    if (p.priceMin && p.priceMax && *p.priceMin > *p.priceMax)
        c.fail(QStringLiteral("price_min"),
            QCoreApplication::translate("Validator", "%1 is greater than price_max %2")
                .arg(p.priceMin->toString(), p.priceMax->toString()));
    if (!isIsoCurrency(p.currency))
        c.fail(QStringLiteral("currency"),
            QCoreApplication::translate(
                "Validator", "\"%1\" is not an ISO 4217 currency code such as CNY or USD")
                .arg(p.currency.left(10)));
    if (p.moq && *p.moq < 1)
        c.fail(QStringLiteral("moq"),
            QCoreApplication::translate("Validator", "must be at least 1 (got %1)").arg(*p.moq));
    c.url(QStringLiteral("main_image_url"), p.mainImageUrl);
    for (qsizetype i = 0; i < p.detailImages.size(); ++i) {
        const QString field = QStringLiteral("detail_images[%1]").arg(i);
        if (!p.detailImages.at(i).isString())
            c.fail(field, QCoreApplication::translate("Validator", "must be a URL string"));
        else
            c.url(field, p.detailImages.at(i).toString());
    }
    c.json(QStringLiteral("detail_images"), p.detailImages);
    c.json(QStringLiteral("specifications"), p.specifications);
    if (p.supplierId && *p.supplierId <= 0)
        c.fail(QStringLiteral("supplier_id"),
            QCoreApplication::translate("Validator", "must be a positive id (got %1)").arg(*p.supplierId));
    c.optional(QStringLiteral("supplier_source_id"), p.supplierSourceId, 50);
    if (p.salesCount && *p.salesCount < 0)
        c.fail(QStringLiteral("sales_count"),
            QCoreApplication::translate("Validator", "must not be negative (got %1)").arg(*p.salesCount));
    c.decimalRange(QStringLiteral("rating"), p.rating, kMaxRatingHundredths);
    if (!isValidSyncStatus(p.syncStatus))
        c.fail(QStringLiteral("sync_status"),
            QCoreApplication::translate("Validator", "\"%1\" is not one of %2")
                .arg(p.syncStatus.left(20), syncStatuses.join(QStringLiteral(", "))));
    c.optional(QStringLiteral("updated_by"), p.updatedBy, 100);
    return c.errors;
}

QList<FieldError> validateSupplier(const Supplier &s)
{
    Checker c;
    c.required(QStringLiteral("source_id"), s.sourceId, 50);
    c.required(QStringLiteral("name"), s.name, 200);
    c.optional(QStringLiteral("company_name"), s.companyName, 200);
    c.optional(QStringLiteral("location"), s.location, 100);
    if (s.contactInfo)
        c.contact(*s.contactInfo);
    c.decimalRange(QStringLiteral("rating"), s.rating, kMaxRatingHundredths);
    c.optional(QStringLiteral("updated_by"), s.updatedBy, 100);
    return c.errors;
}

QList<FieldError> validateImage(const ImageRecord &image)
{
    Checker c;
    if (image.productId <= 0)
        c.fail(QStringLiteral("product_id"), QCoreApplication::translate("Validator", "is required"));
    if (image.url.isEmpty())
        c.fail(QStringLiteral("url"), QCoreApplication::translate("Validator", "is required"));
    else
        c.url(QStringLiteral("url"), image.url);
    c.optional(QStringLiteral("local_path"), image.localPath, 1000);
    if (image.imageType != QLatin1String("main") && image.imageType != QLatin1String("detail"))
        c.fail(QStringLiteral("image_type"),
            QCoreApplication::translate("Validator", "must be main or detail (got \"%1\")")
                .arg(image.imageType.left(20)));
    if (image.width && *image.width <= 0)
        c.fail(QStringLiteral("width"), QCoreApplication::translate("Validator", "must be positive"));
    if (image.height && *image.height <= 0)
        c.fail(QStringLiteral("height"), QCoreApplication::translate("Validator", "must be positive"));
    if (image.size && *image.size < 0)
        c.fail(QStringLiteral("size"), QCoreApplication::translate("Validator", "must not be negative"));
    c.optional(QStringLiteral("format"), image.format, 10);
    if (!image.sha256.isNull()) {
        static const QString hex = QStringLiteral("0123456789abcdef");
        bool ok = image.sha256.size() == 64;
        for (const QChar ch : image.sha256)
            ok = ok && hex.contains(ch);
        if (!ok)
            c.fail(QStringLiteral("sha256"),
                QCoreApplication::translate("Validator", "must be 64 lowercase hexadecimal digits"));
    }
    return c.errors;
}

QList<FieldError> validateFilter(const ProductFilter &filter)
{
    Checker c;
    c.optional(QStringLiteral("search"), filter.text, 500);
    for (const QString &status : filter.syncStatuses) {
        if (!isValidSyncStatus(status)) {
            c.fail(QStringLiteral("sync_status"),
                QCoreApplication::translate("Validator", "must be one of %1")
                    .arg(syncStatuses.join(QStringLiteral(", "))));
            break;
        }
    }
    if (!filter.currency.isEmpty() && !isIsoCurrency(filter.currency))
        c.fail(QStringLiteral("currency"),
            QCoreApplication::translate("Validator", "must be a three-letter ISO 4217 code such as CNY"));
    c.optional(QStringLiteral("specification"), filter.specKey, 200);
    if (filter.specValue) {
        if (filter.specKey.isEmpty())
            c.fail(QStringLiteral("specification"),
                QCoreApplication::translate("Validator", "a value needs the name of the specification"));
        c.optional(QStringLiteral("specification"), *filter.specValue, 500);
    }
    if (filter.staleSyncDays < 1 || filter.staleSyncDays > 36500)
        c.fail(QStringLiteral("stale_sync_days"),
            QCoreApplication::translate("Validator", "must be between 1 and 36500 days"));
    return c.errors;
}

QList<FieldError> validateFilter(const SupplierFilter &filter)
{
    Checker c;
    c.optional(QStringLiteral("search"), filter.text, 200);
    c.optional(QStringLiteral("location"), filter.location, 100);
    return c.errors;
}

} // namespace catalog::validation
