#pragma once

#include <QString>

#include <optional>

namespace catalog {

// What a sync_records row journals. The database holds the text of jobKindText(); this is the one
// place that knows it (the CHECK constraint in the migrations names the same words).
enum class JobKind {
    Full,
    Incremental,
    Import,
    Backup,
    Restore,
    Check,
    FetchImages,
    BulkEdit,
    // Migration 13: every job the tool runs writes a row, not only imports and backups.
    Export,
    Optimize,
    CleanupBackups,
    Purge,
    DemoData,
    Repair, // a consistency check's repairs (check --fix, the dialog's Repair buttons)
};

// A job's state: running until it ends once as completed, failed or cancelled.
enum class JobStatus {
    Running,
    Completed,
    Failed,
    Cancelled,
};

QString jobKindText(JobKind kind);
std::optional<JobKind> jobKindFromText(const QString &text);
QString jobStatusText(JobStatus status);
std::optional<JobStatus> jobStatusFromText(const QString &text);

} // namespace catalog
