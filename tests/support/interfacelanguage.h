#pragma once

#include <QDebug>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace catalog::test {

// The interface in one of its languages for as long as the object lives: the compiled translation
// from the GUI's resources (:/i18n) installed and the default locale set; both undone afterwards.
// For the screenshot tests, which take each window in every language.
class InterfaceLanguage
{
public:
    static QStringList all() { return { QStringLiteral("en"), QStringLiteral("zh_CN") }; }

    explicit InterfaceLanguage(const QString &language);
    ~InterfaceLanguage();
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

    // False when the translation is missing from the resources (a broken build).
    bool ok() const { return m_ok; }
    const QString &name() const { return m_language; }

private:
    QString m_language;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
    bool m_qtInstalled = false;
    bool m_ok = true;
};

// Saves what `widget` shows (any QWidget: grab()) as NAME.png in the working directory (the build
// tree's tests folder under ctest) and says where, for a person to look at.
template<typename Widget>
bool saveScreenshot(Widget *widget, const QString &name)
{
    const QString path = QDir::current().absoluteFilePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        return false;
    qInfo().noquote() << "screenshot:" << path;
    return true;
}

} // namespace catalog::test
