#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace catalog::test {

InterfaceLanguage::InterfaceLanguage(const QString &language)
    : m_language(language)
{
    if (language != QLatin1String("en")) {
        m_ok = m_translator.load(QStringLiteral(":/i18n/catalogadmin_%1.qm").arg(language));
        m_installed = m_ok && QCoreApplication::installTranslator(&m_translator);
        // Qt's own texts (standard buttons) as the application loads them, when Qt's translations
        // are installed (qt6-translations-l10n); without them the screenshots show English buttons.
        m_qtInstalled = m_qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(QLocale(language));
}

InterfaceLanguage::~InterfaceLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale::c());
}

} // namespace catalog::test
