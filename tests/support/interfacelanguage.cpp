#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace catalog::test {

InterfaceLanguage::InterfaceLanguage(const QString &language)
    : m_language(language)
{
    if (language != QLatin1String("en")) {
        m_ok = m_translator.load(QStringLiteral(":/i18n/catalogadmin_%1.qm").arg(language));
        m_installed = m_ok && QCoreApplication::installTranslator(&m_translator);
    }
    QLocale::setDefault(QLocale(language));
}

InterfaceLanguage::~InterfaceLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

} // namespace catalog::test
