#pragma once

#include "pendingreview.h"

#include <QDialog>

class QCheckBox;
class QTreeWidget;

namespace catalog {

class PagedTableModel;

// "Review changes": before a larger save, every pending insert, update, delete and restore of the
// model with the fields it changes (old → new). Save stores them (the caller saves when the dialog
// is accepted); Cancel saves nothing and keeps the edits. "Don't ask again" turns the review off
// in QSettings (ui/reviewBeforeSave). GUI thread only; reads the model once, when it opens.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT
public:
    // More pending changes than this are reviewed before they are saved; fewer are saved at once.
    static constexpr int kReviewThreshold = 5;

    ReviewChangesDialog(
        const QString &pageTitle, const QList<ReviewedChange> &changes, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // Whether Save may go ahead for `model`: true at once for few changes or when the review is
    // turned off; otherwise the dialog's answer.
    static bool confirmSave(QWidget *parent, const PagedTableModel &model, const QString &pageTitle);
    static bool reviewEnabled();

public Q_SLOTS:
    void accept() override;

private:
    QTreeWidget *m_list;
    QCheckBox *m_dontAsk;
};

} // namespace catalog
