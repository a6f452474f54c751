#pragma once

#include "core/savedview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace catalog {

// The "View:" combo of a page's filter bar: no view, or one of the saved views (others' shared views
// with their owner's name), the applied one marked with " *" once the grid no longer matches it; and a
// button with the saved-view actions (filled by SavedViewsController). A view: it only shows and
// reports choices. GUI thread only.
class SavedViewsBar : public QWidget
{
    Q_OBJECT
public:
    explicit SavedViewsBar(QWidget *parent = nullptr);

    void showViews(const QList<SavedView> &views, qint64 currentId, bool modified);
    QComboBox *combo() const { return m_combo; }
    QMenu *actionsMenu() const { return m_menu; }
    static QString title(const SavedView &view, bool modified);

Q_SIGNALS:
    void viewChosen(qint64 id); // 0: no view

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_combo;
    QLabel *m_label = nullptr;
    QToolButton *m_actions;
    QMenu *m_menu;
};

} // namespace catalog
