#include "maintenance/backup/settingssnapshot_p.h"

#include "maintenance/backup/backupcommon_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>

namespace catalog {

bool SettingsSnapshot::isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("pass(word|wd)?|secret|token|credential|api_?key|private"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

StorageError SettingsSnapshot::write(const QString &path)
{
    static const QRegularExpression urlPassword(QStringLiteral("(://[^:/@\\s]*):[^@/\\s]*@"));
    const QSettings source;
    QFile::remove(path);
    {
        QSettings copy(path, QSettings::IniFormat);
        for (const QString &key : source.allKeys()) {
            if (isSecretKey(key))
                continue;
            QVariant value = source.value(key);
            if (value.typeId() == QMetaType::QString)
                value = value.toString().replace(urlPassword, QStringLiteral("\\1@"));
            copy.setValue(key, value);
        }
        copy.setValue(QStringLiteral("backup/settings_source"), source.fileName());
        copy.sync();
        if (copy.status() != QSettings::NoError)
            return backup::failure(ErrorKind::Internal,
                QCoreApplication::translate("SettingsSnapshot", "Cannot write the settings to %1").arg(path));
    }
    if (!QFile::exists(path))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("SettingsSnapshot", "Cannot write the settings to %1").arg(path));
    return {};
}

} // namespace catalog
