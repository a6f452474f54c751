#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <array>

namespace catalog {

// The colours that carry a meaning (a state, a pending edit, a problem), in one place and for the
// palette in use. Models return them for Qt::BackgroundRole/ForegroundRole; ui/ uses them for labels,
// banners, indicators and charts (style sheets and rich text through name()).
//
// On a light palette every role is the colour the application has always shown; on a dark palette
// (base darker than text) text roles keep their hue and are lightened until they read on the base,
// and background roles are their hue blended into the base, so the palette's text stays readable on
// them. A value type computed once per palette, usable on any thread for a palette passed in;
// current() reads the application palette and belongs to the GUI thread. Nothing can fail: every
// role has a colour.
class StatusColors
{
public:
    enum class Role {
        // Text and indicators drawn on the palette's base or window
        Ok,
        Warning,
        Error,
        Info, // in progress (a sync running)
        Muted, // deleted or not loaded yet
        // Row and cell backgrounds under the palette's text
        PendingInsert,
        PendingUpdate,
        PendingDelete,
        PendingRestore,
        Conflict, // a value that differs from the stored one
        // Notes and banners; their text is textOn()
        WarningBackground,
        ErrorBackground,
        ErrorFill, // a strong banner (not connected, figures unreadable) under light text
    };
    static constexpr int kRoleCount = int(Role::ErrorFill) + 1;
    // Text roles against the base (WCAG's minimum for indicators and bold status words)...
    static constexpr double kMinimumContrast = 3.0;
    // ... and the palette's text against a background role (WCAG's minimum for body text).
    static constexpr double kTextContrast = 4.5;

    explicit StatusColors(const QPalette &palette);
    // The colours for QGuiApplication::palette() (a default light palette without a QGuiApplication),
    // cached until the palette changes.
    static StatusColors current();

    QColor color(Role role) const { return m_colors.at(std::size_t(role)); }
    // "#rrggbb", for style sheets and rich text.
    QString name(Role role) const { return color(role).name(); }
    // The text colour to draw on a background role; for a text role, the palette's base.
    QColor textOn(Role role) const { return m_text.at(std::size_t(role)); }
    bool isDark() const { return m_dark; }
    const QPalette &palette() const { return m_palette; }

    // What every role is built with, public for chart colours and tests.
    static bool isDark(const QPalette &palette);
    static double luminance(const QColor &color); // WCAG relative luminance, 0..1
    static double contrast(const QColor &a, const QColor &b); // WCAG contrast ratio, 1..21
    // color, with its lightness moved away from background until the contrast is at least minimum.
    static QColor readableOn(const QColor &color, const QColor &background, double minimum = kTextContrast);
    // A tint of color laid over base (amount 0..1): a background that keeps the base's lightness side.
    static QColor tinted(const QColor &base, const QColor &color, double amount);

private:
    QPalette m_palette;
    bool m_dark = false;
    std::array<QColor, kRoleCount> m_colors;
    std::array<QColor, kRoleCount> m_text;
};

} // namespace catalog
