#include "languageswitcher.h"

#include "uilog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>

namespace catalog {

namespace {

const QString kLanguageSettingKey = QStringLiteral("ui/language");

} // namespace

LanguageSwitcher &LanguageSwitcher::instance()
{
    // Owned by the application object, so it goes with it (and tests, which make one application,
    // share it).
    static QPointer<LanguageSwitcher> switcher;
    if (!switcher)
        switcher = new LanguageSwitcher(QCoreApplication::instance());
    return *switcher;
}

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_locale(QLocale::system())
{
}

QString LanguageSwitcher::savedLanguage()
{
    return QSettings().value(kLanguageSettingKey).toString();
}

void LanguageSwitcher::saveLanguage(const QString &code)
{
    QSettings().setValue(kLanguageSettingKey, code);
}

void LanguageSwitcher::removeTranslators()
{
    // Deleting an installed translator removes it from the application (and sends LanguageChange).
    delete m_translator;
    m_translator = nullptr;
    delete m_qtTranslator;
    m_qtTranslator = nullptr;
}

bool LanguageSwitcher::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    removeTranslators();
    QLocale::setDefault(locale);
    m_locale = locale;

    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt)) {
        m_qtTranslator = qt;
    } else {
        delete qt;
    }
    // English is the source language: its translation only brings the plural forms, so a missing
    // one is no failure.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto *own = new QTranslator(this);
    bool found
        = own->load(locale, QStringLiteral("catalogadmin"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found && QCoreApplication::installTranslator(own)) {
        m_translator = own;
    } else {
        delete own;
        found = false;
        if (!english)
            qCWarning(lcUi).noquote() << "no translation of the interface for" << locale.name()
                                      << "in :/i18n; the interface stays in English";
    }
    Q_EMIT languageChanged(locale);
    return found || english;
}

} // namespace catalog
