#include "core/job.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace catalog {

namespace {

const QList<QPair<JobKind, QString>> &kindTexts()
{
    static const QList<QPair<JobKind, QString>> texts {
        { JobKind::Full, QStringLiteral("full") },
        { JobKind::Incremental, QStringLiteral("incremental") },
        { JobKind::Import, QStringLiteral("import") },
        { JobKind::Backup, QStringLiteral("backup") },
        { JobKind::Restore, QStringLiteral("restore") },
        { JobKind::Check, QStringLiteral("check") },
        { JobKind::FetchImages, QStringLiteral("fetch_images") },
        { JobKind::BulkEdit, QStringLiteral("bulk_edit") },
        { JobKind::Export, QStringLiteral("export") },
        { JobKind::Optimize, QStringLiteral("optimize") },
        { JobKind::CleanupBackups, QStringLiteral("cleanup_backups") },
        { JobKind::Purge, QStringLiteral("purge") },
        { JobKind::DemoData, QStringLiteral("demo_data") },
        { JobKind::Repair, QStringLiteral("repair") },
    };
    return texts;
}

const QList<QPair<JobStatus, QString>> &statusTexts()
{
    static const QList<QPair<JobStatus, QString>> texts {
        { JobStatus::Running, QStringLiteral("running") },
        { JobStatus::Completed, QStringLiteral("completed") },
        { JobStatus::Failed, QStringLiteral("failed") },
        { JobStatus::Cancelled, QStringLiteral("cancelled") },
    };
    return texts;
}

template<typename Enum>
QString textOf(const QList<QPair<Enum, QString>> &texts, Enum value)
{
    const auto it = std::find_if(texts.cbegin(), texts.cend(), [value](const auto &p) { return p.first == value; });
    return it == texts.cend() ? QString() : it->second;
}

template<typename Enum>
std::optional<Enum> valueOf(const QList<QPair<Enum, QString>> &texts, const QString &text)
{
    const auto it = std::find_if(texts.cbegin(), texts.cend(), [&text](const auto &p) { return p.second == text; });
    return it == texts.cend() ? std::nullopt : std::optional<Enum>(it->first);
}

} // namespace

QString jobKindText(JobKind kind)
{
    return textOf(kindTexts(), kind);
}

std::optional<JobKind> jobKindFromText(const QString &text)
{
    return valueOf(kindTexts(), text);
}

QString jobStatusText(JobStatus status)
{
    return textOf(statusTexts(), status);
}

std::optional<JobStatus> jobStatusFromText(const QString &text)
{
    return valueOf(statusTexts(), text);
}

} // namespace catalog
