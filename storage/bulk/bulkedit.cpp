#include "bulk/bulkedit.h"

#include "core/validator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace catalog {

namespace bulkedit {
namespace {

using namespace Qt::StringLiterals;

FieldError fieldError(const QString &field, const QString &message)
{
    return FieldError { field, message };
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkSpecName(QList<FieldError> &errors, const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        errors << fieldError(u"specifications"_s,
            QCoreApplication::translate("BulkEdit", "the %1 must not be empty").arg(what));
    else if (name.size() > BulkEdit::kMaxSpecKeyLength)
        errors << fieldError(u"specifications"_s,
            QCoreApplication::translate("BulkEdit", "the %1 is longer than %2 characters")
                .arg(what)
                .arg(BulkEdit::kMaxSpecKeyLength));
    else if (hasControlCharacters(name))
        errors << fieldError(u"specifications"_s,
            QCoreApplication::translate("BulkEdit", "the %1 contains control characters").arg(what));
}

void checkPrice(QList<FieldError> &errors, const BulkEdit &e)
{
    const qint64 h = e.priceValue.hundredths();
    if (e.priceMode == BulkEdit::PriceMode::Percent && (h < -10000 || h > 100000))
        errors << fieldError(u"price"_s,
            QCoreApplication::translate(
                "BulkEdit", "a percent change must lie between -100 % and +1000 % (got %1 %)")
                .arg(e.priceValue.toString()));
    if (e.priceMode == BulkEdit::PriceMode::Amount && (h == 0 || qAbs(h) > BulkEdit::kMaxPriceHundredths))
        errors << fieldError(u"price"_s,
            QCoreApplication::translate(
                "BulkEdit", "an amount must be non-zero and at most 99999999.99 (got %1)")
                .arg(e.priceValue.toString()));
}

void checkSpec(QList<FieldError> &errors, const BulkEdit &e)
{
    switch (e.specMode) {
    case BulkEdit::SpecMode::None:
        return;
    case BulkEdit::SpecMode::Set:
        checkSpecName(errors, QCoreApplication::translate("BulkEdit", "specification name"), e.specKey);
        if (e.specValue.size() > BulkEdit::kMaxSpecValueLength)
            errors << fieldError(u"specifications"_s,
                QCoreApplication::translate("BulkEdit", "the value is longer than %1 characters")
                    .arg(BulkEdit::kMaxSpecValueLength));
        else if (hasControlCharacters(e.specValue))
            errors << fieldError(u"specifications"_s,
                QCoreApplication::translate("BulkEdit", "the value contains control characters"));
        return;
    case BulkEdit::SpecMode::Rename:
        checkSpecName(errors, QCoreApplication::translate("BulkEdit", "old specification name"), e.specKey);
        checkSpecName(errors, QCoreApplication::translate("BulkEdit", "new specification name"), e.specValue);
        if (e.specKey == e.specValue)
            errors << fieldError(u"specifications"_s,
                QCoreApplication::translate("BulkEdit", "the old and the new name are the same"));
        return;
    case BulkEdit::SpecMode::Remove:
        checkSpecName(errors, QCoreApplication::translate("BulkEdit", "specification name"), e.specKey);
        return;
    }
}

// Half away from zero, as NUMERIC's round() and Decimal2::fromVariant's llround.
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

} // namespace
} // namespace bulkedit

bool BulkEdit::editsFields() const
{
    return syncStatus || supplierId || currency || moq || priceMode != PriceMode::None
        || specMode != SpecMode::None;
}

StorageError BulkEdit::validate() const
{
    using namespace Qt::StringLiterals;
    QList<FieldError> errors;
    if (isEmpty())
        errors << bulkedit::fieldError(QString(),
            QCoreApplication::translate("BulkEdit", "the edit changes nothing: name at least one change"));
    if (syncStatus && !validation::isValidSyncStatus(*syncStatus))
        errors << bulkedit::fieldError(u"sync_status"_s,
            QCoreApplication::translate("BulkEdit", "\"%1\" is not one of %2")
                .arg(syncStatus->left(20), validation::syncStatuses.join(u", "_s)));
    if (currency && !validation::isIsoCurrency(*currency))
        errors << bulkedit::fieldError(u"currency"_s,
            QCoreApplication::translate(
                "BulkEdit", "\"%1\" is not an ISO 4217 currency code such as CNY or USD")
                .arg(currency->left(10)));
    if (moq && *moq < 1)
        errors << bulkedit::fieldError(
            u"moq"_s, QCoreApplication::translate("BulkEdit", "must be at least 1 (got %1)").arg(*moq));
    if (supplierId && *supplierId <= 0)
        errors << bulkedit::fieldError(u"supplier_id"_s,
            QCoreApplication::translate("BulkEdit", "must be a positive id (got %1)").arg(*supplierId));
    bulkedit::checkPrice(errors, *this);
    bulkedit::checkSpec(errors, *this);
    if (errors.isEmpty())
        return {};
    StorageError error = StorageError::validation(errors);
    error.message = QCoreApplication::translate("BulkEdit", "The bulk edit cannot run: ")
        + errors.constFirst().field + (errors.constFirst().field.isEmpty() ? QString() : u": "_s)
        + errors.constFirst().message;
    return error;
}

Decimal2 BulkEdit::adjustedPrice(Decimal2 price) const
{
    switch (priceMode) {
    case PriceMode::None:
        return price;
    case PriceMode::Percent:
        return Decimal2::fromHundredths(
            bulkedit::divideRounded(price.hundredths() * (10000 + priceValue.hundredths()), 10000));
    case PriceMode::Amount:
        return Decimal2::fromHundredths(price.hundredths() + priceValue.hundredths());
    }
    return price;
}

QString BulkEdit::refusalText(Refusal refusal) const
{
    using namespace Qt::StringLiterals;
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Deleted:
        return QCoreApplication::translate("BulkEdit", "the product is deleted: restore it to edit it");
    case Refusal::NoSupplier:
        return QCoreApplication::translate("BulkEdit", "there is no supplier with id %1")
            .arg(supplierId.value_or(0));
    case Refusal::NegativePrice:
        return QCoreApplication::translate("BulkEdit", "the price would fall below 0");
    case Refusal::PriceTooHigh:
        return QCoreApplication::translate("BulkEdit", "the price would exceed 99999999.99");
    case Refusal::SpecExists:
        return QCoreApplication::translate("BulkEdit", "it has a specification \"%1\" already")
            .arg(specValue);
    }
    return {};
}

QString BulkEdit::applyTo(Product &p) const
{
    if (p.isDeleted() && state != State::Restore && editsFields())
        return refusalText(Refusal::Deleted);
    if (priceMode != PriceMode::None) {
        for (std::optional<Decimal2> *price : { &p.priceMin, &p.priceMax }) {
            if (!*price)
                continue;
            const Decimal2 adjusted = adjustedPrice(**price);
            if (adjusted.hundredths() < 0)
                return refusalText(Refusal::NegativePrice);
            if (adjusted.hundredths() > kMaxPriceHundredths)
                return refusalText(Refusal::PriceTooHigh);
            *price = adjusted;
        }
    }
    if (specMode == SpecMode::Rename && p.specifications.contains(specKey)) {
        if (p.specifications.contains(specValue))
            return refusalText(Refusal::SpecExists);
        p.specifications.insert(specValue, p.specifications.take(specKey));
    } else if (specMode == SpecMode::Set) {
        p.specifications.insert(specKey, specValue);
    } else if (specMode == SpecMode::Remove) {
        p.specifications.remove(specKey);
    }
    if (syncStatus)
        p.syncStatus = *syncStatus;
    if (supplierId)
        p.supplierId = *supplierId;
    if (currency)
        p.currency = *currency;
    if (moq)
        p.moq = *moq;
    return {};
}

QString BulkEdit::describe() const
{
    using namespace Qt::StringLiterals;
    QStringList parts;
    if (syncStatus)
        parts << u"sync_status = %1"_s.arg(*syncStatus);
    if (supplierId)
        parts << u"supplier_id = %1"_s.arg(*supplierId);
    if (currency)
        parts << u"currency = %1"_s.arg(*currency);
    if (moq)
        parts << u"moq = %1"_s.arg(*moq);
    const QString sign = priceValue.hundredths() >= 0 ? u"+"_s : QString();
    if (priceMode == PriceMode::Percent)
        parts << u"prices %1%2 %"_s.arg(sign, priceValue.toString());
    if (priceMode == PriceMode::Amount)
        parts << u"prices %1%2"_s.arg(sign, priceValue.toString());
    if (specMode == SpecMode::Set)
        parts << u"specification \"%1\" = \"%2\""_s.arg(specKey, specValue);
    if (specMode == SpecMode::Rename)
        parts << u"specification \"%1\" renamed to \"%2\""_s.arg(specKey, specValue);
    if (specMode == SpecMode::Remove)
        parts << u"specification \"%1\" removed"_s.arg(specKey);
    if (state == State::Delete)
        parts << u"deleted"_s;
    if (state == State::Restore)
        parts << u"restored"_s;
    return parts.join(u", "_s);
}

QJsonObject BulkEdit::toJson() const
{
    using namespace Qt::StringLiterals;
    QJsonObject o;
    if (syncStatus)
        o.insert(u"sync_status"_s, *syncStatus);
    if (supplierId)
        o.insert(u"supplier_id"_s, *supplierId);
    if (currency)
        o.insert(u"currency"_s, *currency);
    if (moq)
        o.insert(u"moq"_s, *moq);
    if (priceMode != PriceMode::None)
        o.insert(
            priceMode == PriceMode::Percent ? u"price_percent"_s : u"price_amount"_s, priceValue.toString());
    if (specMode == SpecMode::Set)
        o.insert(u"spec_set"_s, QJsonArray { specKey, specValue });
    if (specMode == SpecMode::Rename)
        o.insert(u"spec_rename"_s, QJsonArray { specKey, specValue });
    if (specMode == SpecMode::Remove)
        o.insert(u"spec_remove"_s, specKey);
    if (state != State::Keep)
        o.insert(u"state"_s, state == State::Delete ? u"delete"_s : u"restore"_s);
    return o;
}

} // namespace catalog
