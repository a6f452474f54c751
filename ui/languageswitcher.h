#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace catalog {

// The interface language of the running application: Catalog Admin's translation (from the
// resources, :/i18n) and Qt's own (qtbase, for standard buttons) installed on the application and the
// default locale set. Switching removes the old translators and installs the new ones; Qt then sends
// QEvent::LanguageChange to every window, and each widget sets its texts again in changeEvent(), so
// the switch applies at once. Dialogs opened later are built in the new language by themselves.
//
// One per application (instance(), owned by the application object), GUI thread only. apply()
// returns false when the translation of a language other than English is missing from the
// resources (a broken build); the interface then stays in English. Qt's own translation is optional
// (qt6-translations-l10n): without it standard buttons stay English and apply() still succeeds.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    static LanguageSwitcher &instance();

    // The choice kept in QSettings (View ▸ Language): a code such as "zh_CN", "en", or empty for
    // the system's language.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Installs the translation of `code` (empty: the system's language). True when the
    // interface's own translation was found, or is not needed (English).
    bool apply(const QString &code);
    // The locale last applied (the system's until apply() is called).
    QLocale locale() const { return m_locale; }

Q_SIGNALS:
    void languageChanged(const QLocale &locale);

private:
    explicit LanguageSwitcher(QObject *parent);
    void removeTranslators();

    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QLocale m_locale;
};

} // namespace catalog
