#pragma once

namespace catalog {

// How long the catalog keeps what it no longer needs (issue 21's data lifecycle): soft-deleted
// products, old history versions and finished job records. Read from the settings file the GUI and
// catalogctl share (group "retention"); a missing or out-of-range value falls back to its default,
// so a hand-edited file never makes purge delete more than the defaults would.
//
// A plain value type: load() and save() touch QSettings on the calling thread; no errors to report.
struct RetentionSettings
{
    static constexpr int kDefaultDeletedProductsDays = 90;
    static constexpr int kDefaultHistoryDays = 365;
    static constexpr int kDefaultHistoryKeepLast = 20;
    static constexpr int kDefaultJobsDays = 180;
    static constexpr int kMaxDays = 36500;
    static constexpr int kMaxKeepLast = 100000;

    int deletedProductsDays = kDefaultDeletedProductsDays; // purge products soft-deleted longer ago
    int historyDays = kDefaultHistoryDays; // history versions newer than this always stay
    int historyKeepLast = kDefaultHistoryKeepLast; // and the newest this many of every row
    int jobsDays = kDefaultJobsDays; // job records that ended longer ago

    static RetentionSettings load();
    void save() const;
    // 1..kMaxDays (0 would purge what was deleted a moment ago: refused as a setting and a flag).
    static bool validDays(int days) { return days >= 1 && days <= kMaxDays; }
};

} // namespace catalog
