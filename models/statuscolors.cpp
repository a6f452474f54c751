#include "statuscolors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace catalog {

namespace {

enum class StatusKind {
    Text, // drawn on the base
    Background, // under the palette's text (or its own text colour)
    Fill, // a strong colour under light text, the same on every palette
};

struct StatusRoleSpec
{
    StatusColors::Role role;
    StatusKind kind;
    QRgb light; // the colour on a light palette
    QRgb hue; // what a background blends into a dark base
    QRgb text; // text drawn on a background on a light palette; 0: the palette's text
};

// The colours the application has always used on light palettes, one per meaning.
constexpr StatusRoleSpec kStatusSpecs[] = {
    { StatusColors::Role::Ok, StatusKind::Text, 0xff2e7d32, 0, 0 },
    { StatusColors::Role::Warning, StatusKind::Text, 0xffd97706, 0, 0 },
    { StatusColors::Role::Error, StatusKind::Text, 0xffb3261e, 0, 0 },
    { StatusColors::Role::Info, StatusKind::Text, 0xff1c7ed6, 0, 0 },
    { StatusColors::Role::Muted, StatusKind::Text, 0xff808080, 0, 0 },
    { StatusColors::Role::PendingInsert, StatusKind::Background, 0xffdcf5dc, 0xff2f9e44, 0 },
    { StatusColors::Role::PendingUpdate, StatusKind::Background, 0xffffefb0, 0xfff0b400, 0 },
    { StatusColors::Role::PendingDelete, StatusKind::Background, 0xfffadcdc, 0xffe03131, 0 },
    { StatusColors::Role::PendingRestore, StatusKind::Background, 0xffdce8fa, 0xff1c7ed6, 0 },
    { StatusColors::Role::Conflict, StatusKind::Background, 0xffffe09a, 0xfff08c00, 0 },
    { StatusColors::Role::WarningBackground, StatusKind::Background, 0xfffff8e1, 0xfff0a000, 0xff5d4300 },
    { StatusColors::Role::ErrorBackground, StatusKind::Background, 0xfffde2e1, 0xffe03131, 0xff8a1c1c },
    { StatusColors::Role::ErrorFill, StatusKind::Fill, 0xffb3261e, 0, 0xffffffff },
};
static_assert(std::size(kStatusSpecs) == std::size_t(StatusColors::kRoleCount), "one spec per role");

// How much of a hue a dark background takes: enough to tell the row from the base and the
// alternate base, little enough that light text keeps its contrast.
constexpr double kDarkTint = 0.38;

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor backgroundOnDark(const StatusRoleSpec &spec, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor hue = QColor::fromRgb(spec.hue);
    double amount = kDarkTint;
    QColor color = StatusColors::tinted(base, hue, amount);
    // A base that is not quite dark leaves less room: less tint rather than unreadable text.
    while (StatusColors::contrast(text, color) < StatusColors::kTextContrast && amount > 0.1) {
        amount -= 0.04;
        color = StatusColors::tinted(base, hue, amount);
    }
    return color;
}

} // namespace

StatusColors::StatusColors(const QPalette &palette)
    : m_palette(palette)
    , m_dark(isDark(palette))
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (const StatusRoleSpec &spec : kStatusSpecs) {
        const auto i = std::size_t(spec.role);
        const QColor light = QColor::fromRgb(spec.light);
        switch (spec.kind) {
        case StatusKind::Text:
            // Already readable on a light base: unchanged. Lifted on a dark one, then with room to spare.
            m_colors.at(i) = contrast(light, base) >= kMinimumContrast ? light : readableOn(light, base);
            m_text.at(i) = base;
            break;
        case StatusKind::Background:
            m_colors.at(i) = m_dark ? backgroundOnDark(spec, palette) : light;
            m_text.at(i) = spec.text == 0 ? text : readableOn(QColor::fromRgb(spec.text), m_colors.at(i));
            break;
        case StatusKind::Fill:
            m_colors.at(i) = light;
            m_text.at(i) = QColor::fromRgb(spec.text);
            break;
        }
    }
}

StatusColors StatusColors::current()
{
    // data() asks for a colour per cell and paint: compute once per palette, per thread.
    thread_local std::optional<StatusColors> cached;
    // Without a QGuiApplication (models in a GUI-less program) there is no application palette:
    // the default light one, white base and black text.
    const QPalette palette = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
        ? QGuiApplication::palette()
        : QPalette(QColor(Qt::lightGray));
    if (!cached || cached->m_palette.cacheKey() != palette.cacheKey()
        || cached->m_palette.color(QPalette::Base) != palette.color(QPalette::Base))
        cached.emplace(palette);
    return *cached;
}

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

double StatusColors::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::readableOn(const QColor &color, const QColor &background, double minimum)
{
    // Towards white on a dark background, towards black on a light one; hue and saturation stay.
    const bool lighten = contrast(Qt::white, background) > contrast(Qt::black, background);
    QColor hsl = color.toHsl();
    float h = 0;
    float s = 0;
    float l = 0;
    float a = 0;
    hsl.getHslF(&h, &s, &l, &a);
    while (contrast(hsl, background) < minimum && (lighten ? l < 1.0F : l > 0.0F)) {
        l = std::clamp(l + (lighten ? 0.02F : -0.02F), 0.0F, 1.0F);
        hsl.setHslF(h, s, l, a);
    }
    return hsl.toRgb();
}

QColor StatusColors::tinted(const QColor &base, const QColor &color, double amount)
{
    const auto mix = [amount](int from, int to) { return int(std::lround(from + (to - from) * amount)); };
    return QColor(
        mix(base.red(), color.red()), mix(base.green(), color.green()), mix(base.blue(), color.blue()));
}

} // namespace catalog
