#include "core/decimal2.h"

#include <QMetaType>

#include <cmath>
#include <limits>

namespace catalog {

std::optional<Decimal2> Decimal2::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128; ++i) {
        if (whole > (std::numeric_limits<qint64>::max() / 1000))
            return std::nullopt;
        whole = whole * 10 + (text.at(i).unicode() - '0');
        ++wholeDigits;
    }
    int fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        for (; i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128; ++i) {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + (text.at(i).unicode() - '0');
        }
        if (fractionDigits == 1)
            fraction *= 10;
    }
    if (i != text.size() || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    const qint64 value = whole * 100 + fraction;
    return fromHundredths(negative ? -value : value);
}

std::optional<Decimal2> Decimal2::fromVariant(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return fromHundredths(std::llround(d * 100.0));
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return fromHundredths(value.toLongLong() * 100);
    default:
        return parse(value.toString());
    }
}

QString Decimal2::toString() const
{
    const qint64 absolute = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return QStringLiteral("%1%2.%3")
            .arg(m_hundredths < 0 ? QStringLiteral("-") : QString())
            .arg(absolute / 100)
            .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

} // namespace catalog
