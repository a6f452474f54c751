#pragma once

#include "transfer/importexclusions.h"
#include "transfer/productimporter.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace catalog {

class ConnectionManager;
class ImportDiffModel;
class JobRunner;

// The import wizard's last page: what the import will do, computed off the GUI thread on the
// window's JobRunner (ProductImporter::diffFile) with its own progress bar and Cancel (the window's
// progress panel is behind the modal wizard). Shows the ImportDiffModel tree, where the operator
// unticks products and changed fields to leave alone; the summary follows the ticks. The diff is of
// the catalog as it was when computed: the import meets any later change as the upsert does, row
// by row, and the page says so.
//
// GUI thread. Owns its widgets and model; a comparison still running when the page goes is told to
// stop (it stops after its current batch). A failed comparison is shown on the page.
class ImportDiffPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportDiffPage(QWidget *parent = nullptr);
    ~ImportDiffPage() override;

    void compare(JobRunner &jobs, ConnectionManager &connections, const QString &path,
        const ProductImporter::Options &options);
    void cancel();
    bool isComparing() const { return m_job != nullptr; }
    bool hasDiff() const;
    ImportExclusions exclusions() const;
    ImportDiffModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summary() const;

Q_SIGNALS:
    // The comparison ended: ok when a diff is shown (also a cancelled one, which covers part of
    // the file and says so), false when it failed.
    void compared(bool ok);

private:
    struct JobState;

    void showResult(const Result<ImportDiff> &diff);
    void updateSummary();
    void showProgress();

    QLabel *m_summary;
    QLabel *m_note;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeView *m_view;
    ImportDiffModel *m_model;
    QTimer *m_poll;
    std::shared_ptr<JobState> m_job;
};

} // namespace catalog
