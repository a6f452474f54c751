#include "ctlsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace catalog {

void addRuntimeSettingsOptions(QCommandLineParser &parser)
{
    for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions()) {
        parser.addOption(QCommandLineOption(d.flag,
            QStringLiteral("%1 (else the environment variable %2).")
                .arg(QCoreApplication::translate("RuntimeSettings", d.help), d.name),
            d.unit));
    }
}

Result<RuntimeSettings> resolveCtlSettings(const QCommandLineParser &parser)
{
    QHash<QString, QString> flags;
    for (const RuntimeSettings::Definition &d : RuntimeSettings::definitions()) {
        if (parser.isSet(d.flag))
            flags.insert(d.flag, parser.value(d.flag));
    }
    return RuntimeSettings::resolve(flags);
}

} // namespace catalog
