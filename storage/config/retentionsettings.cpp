#include "config/retentionsettings.h"

#include <QSettings>

namespace catalog {

namespace {

int readSetting(const QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

const QString kDeletedProductsDaysKey = QStringLiteral("retention/deleted_products_days");
const QString kHistoryDaysKey = QStringLiteral("retention/history_days");
const QString kHistoryKeepLastKey = QStringLiteral("retention/history_keep_last");
const QString kJobsDaysKey = QStringLiteral("retention/jobs_days");

} // namespace

RetentionSettings RetentionSettings::load()
{
    const QSettings s;
    RetentionSettings r;
    r.deletedProductsDays = readSetting(s, kDeletedProductsDaysKey, kDefaultDeletedProductsDays, 1, kMaxDays);
    r.historyDays = readSetting(s, kHistoryDaysKey, kDefaultHistoryDays, 1, kMaxDays);
    r.historyKeepLast = readSetting(s, kHistoryKeepLastKey, kDefaultHistoryKeepLast, 0, kMaxKeepLast);
    r.jobsDays = readSetting(s, kJobsDaysKey, kDefaultJobsDays, 1, kMaxDays);
    return r;
}

void RetentionSettings::save() const
{
    QSettings s;
    s.setValue(kDeletedProductsDaysKey, deletedProductsDays);
    s.setValue(kHistoryDaysKey, historyDays);
    s.setValue(kHistoryKeepLastKey, historyKeepLast);
    s.setValue(kJobsDaysKey, jobsDays);
}

} // namespace catalog
