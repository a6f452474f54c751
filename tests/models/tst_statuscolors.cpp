// Status colours on a light and a dark palette: every role reads against the palette it is drawn on,
// pending rows stand out from normal and alternate rows and from each other, and the light palette
// keeps the colours the application has always shown.

#include "statuscolors.h"

#include "testmain.h"

#include <QTest>

#include <cmath>

using namespace catalog;

namespace {

using Role = StatusColors::Role;

const QList<Role> kTextRoles { Role::Ok, Role::Warning, Role::Error, Role::Info, Role::Muted };
// What a table of products can show side by side (Conflict has a dialog of its own).
const QList<Role> kPendingRoles { Role::PendingInsert, Role::PendingUpdate, Role::PendingDelete,
    Role::PendingRestore };
const QList<Role> kNoteRoles { Role::Conflict, Role::WarningBackground, Role::ErrorBackground };

// Two row backgrounds are told apart at a glance from a colour difference (CIE76 ΔE) of about 10;
// 2.3 is the smallest anyone notices.
constexpr double kDistinctDeltaE = 10.0;

QPalette palette(QRgb window, QRgb base, QRgb alternateBase, QRgb text)
{
    QPalette p(QColor::fromRgb(window), QColor::fromRgb(window));
    p.setColor(QPalette::Window, QColor::fromRgb(window));
    p.setColor(QPalette::Base, QColor::fromRgb(base));
    p.setColor(QPalette::AlternateBase, QColor::fromRgb(alternateBase));
    p.setColor(QPalette::Text, QColor::fromRgb(text));
    p.setColor(QPalette::WindowText, QColor::fromRgb(text));
    return p;
}

struct Lab
{
    double l, a, b;
};

Lab toLab(const QColor &color)
{
    const auto linear
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double bl = linear(color.blueF());
    // sRGB to XYZ (D65), relative to the white point
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

// Qt's default palette: white base, black text.
QPalette lightPalette()
{
    return QPalette(QColor(Qt::lightGray));
}

double distance(const QColor &a, const QColor &b)
{
    const Lab p = toLab(a);
    const Lab q = toLab(b);
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

QString describe(Role role, const QColor &color, const QColor &against, double value)
{
    return QStringLiteral("role %1: %2 against %3 is %4")
        .arg(int(role))
        .arg(color.name(), against.name())
        .arg(value, 0, 'f', 2);
}

} // namespace

class StatusColorsTest : public QObject
{
    Q_OBJECT

private:
    static void palettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light (Qt default)") << lightPalette() << false;
        QTest::newRow("light grey base") << palette(0xffefefef, 0xfff7f7f7, 0xffe9e9e9, 0xff1a1a1a) << false;
        QTest::newRow("Fusion dark") << palette(0xff353535, 0xff2a2a2a, 0xff353535, 0xffffffff) << true;
        QTest::newRow("near black") << palette(0xff121212, 0xff000000, 0xff1c1c1c, 0xffe0e0e0) << true;
        QTest::newRow("blue-grey dark") << palette(0xff3c3f41, 0xff2b2b2b, 0xff323232, 0xffbbbbbb) << true;
    }

private slots:
    void textRolesShouldReadOnTheBase_data() { palettes(); }
    void textRolesShouldReadOnTheBase()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const StatusColors colors(palette);
        QCOMPARE(colors.isDark(), dark);
        const QColor base = palette.color(QPalette::Base);
        for (Role role : kTextRoles) {
            const double contrast = StatusColors::contrast(colors.color(role), base);
            QVERIFY2(contrast >= StatusColors::kMinimumContrast,
                qPrintable(describe(role, colors.color(role), base, contrast)));
        }
        // Each state keeps a colour of its own
        for (Role a : kTextRoles)
            for (Role b : kTextRoles)
                QVERIFY(a == b || colors.color(a) != colors.color(b));
    }

    void pendingRowsShouldStandOutAndKeepTheirTextReadable_data() { palettes(); }
    void pendingRowsShouldStandOutAndKeepTheirTextReadable()
    {
        QFETCH(QPalette, palette);
        const StatusColors colors(palette);
        const QColor base = palette.color(QPalette::Base);
        const QColor alternate = palette.color(QPalette::AlternateBase);
        for (Role role : kPendingRoles + kNoteRoles) {
            const QColor background = colors.color(role);
            const double text = StatusColors::contrast(colors.textOn(role), background);
            QVERIFY2(text >= StatusColors::kTextContrast,
                qPrintable(describe(role, colors.textOn(role), background, text)));
            QVERIFY2(distance(background, base) >= kDistinctDeltaE,
                qPrintable(describe(role, background, base, distance(background, base))));
            if (kPendingRoles.contains(role))
                QVERIFY2(distance(background, alternate) >= kDistinctDeltaE,
                    qPrintable(describe(role, background, alternate, distance(background, alternate))));
        }
        for (Role a : kPendingRoles)
            for (Role b : kPendingRoles)
                QVERIFY2(a == b || distance(colors.color(a), colors.color(b)) >= kDistinctDeltaE,
                    qPrintable(describe(
                        a, colors.color(a), colors.color(b), distance(colors.color(a), colors.color(b)))));
        // Rows keep the palette's own text colour
        QCOMPARE(colors.textOn(Role::PendingInsert), palette.color(QPalette::Text));
    }

    void bannersShouldKeepTheirTextReadable_data() { palettes(); }
    void bannersShouldKeepTheirTextReadable()
    {
        QFETCH(QPalette, palette);
        const StatusColors colors(palette);
        const double contrast
            = StatusColors::contrast(colors.textOn(Role::ErrorFill), colors.color(Role::ErrorFill));
        QVERIFY2(contrast >= StatusColors::kTextContrast,
            qPrintable(describe(
                Role::ErrorFill, colors.textOn(Role::ErrorFill), colors.color(Role::ErrorFill), contrast)));
    }

    // On a white base the colours are the ones the application has always used (and tests look for).
    void shouldKeepTheLightPaletteColours()
    {
        const StatusColors colors(lightPalette());
        QCOMPARE(colors.name(Role::Error), QStringLiteral("#b3261e"));
        QCOMPARE(colors.name(Role::Warning), QStringLiteral("#d97706"));
        QCOMPARE(colors.name(Role::ErrorFill), QStringLiteral("#b3261e"));
        QCOMPARE(colors.name(Role::PendingInsert), QStringLiteral("#dcf5dc"));
        QCOMPARE(colors.name(Role::PendingDelete), QStringLiteral("#fadcdc"));
        QCOMPARE(colors.name(Role::PendingRestore), QStringLiteral("#dce8fa"));
        QCOMPARE(colors.name(Role::PendingUpdate), QStringLiteral("#ffefb0"));
    }

    // On a dark base the light colours would vanish: the same hues, lifted or blended into the base.
    void shouldLiftTheColoursOnADarkPalette()
    {
        const QPalette dark = palette(0xff353535, 0xff2a2a2a, 0xff353535, 0xffffffff);
        const StatusColors colors(dark);
        const StatusColors light(lightPalette());
        QVERIFY(StatusColors::contrast(light.color(Role::Error), dark.color(QPalette::Base))
            < StatusColors::kMinimumContrast);
        QVERIFY(colors.color(Role::Error).lightnessF() > light.color(Role::Error).lightnessF());
        QCOMPARE(colors.color(Role::Error).hslHue() / 10, light.color(Role::Error).hslHue() / 10);
        // The row backgrounds are darker than the text, not pale light-theme fills under white text
        QVERIFY(StatusColors::luminance(colors.color(Role::PendingInsert))
            < StatusColors::luminance(dark.color(QPalette::Text)) / 4);
    }

    void contrastShouldFollowWcag()
    {
        QCOMPARE(StatusColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColors::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(StatusColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }
};

CATALOG_TEST_GUILESS_MAIN(StatusColorsTest)
#include "tst_statuscolors.moc"
