#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace catalog {

// An exact decimal with two fraction digits (NUMERIC(p,2)), stored as hundredths.
// Prices and ratings never pass through binary floating point on their way to PostgreSQL.
class Decimal2
{
public:
    constexpr Decimal2() = default;
    static constexpr Decimal2 fromHundredths(qint64 hundredths)
    {
        Decimal2 d;
        d.m_hundredths = hundredths;
        return d;
    }

    // Accepts "12", "12.5", "12.50", "-3.07", " 7.1 "; rejects more than two fraction digits,
    // exponents, thousands separators and anything that is not a plain decimal number.
    static std::optional<Decimal2> parse(const QString &text);
    // From what a driver returns: a string (QPSQL numeric), a double or an integer (SQLite).
    static std::optional<Decimal2> fromVariant(const QVariant &value);

    constexpr qint64 hundredths() const { return m_hundredths; }
    QString toString() const; // always two fraction digits: "12.50"
    double toDouble() const { return double(m_hundredths) / 100.0; }

    constexpr auto operator<=>(const Decimal2 &) const = default; // NOLINT(modernize-use-nullptr): the 0 is in the synthesized comparison

private:
    qint64 m_hundredths = 0;
};

} // namespace catalog
