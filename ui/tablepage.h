#pragma once

#include "historydialog.h"

#include <QWidget>

class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace catalog {

class PagedTableModel;

// One browser page of the main window: an optional filter bar, the table over a PagedTableModel
// and an optional detail pane beside it. It turns the model's reports into things an operator
// sees — refused edits as a tool tip at the cell, failed saves as a message that names the row
// (which gets selected), conflicts as a ConflictDialog, a save or a fetch that met an unreachable
// server as databaseUnreachable() (the window shows one notice for all pages; no message box) — and offers
// the row actions (add, duplicate, delete, restore, history) that the main window's menus call. The page owns
// its model.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(const QString &settingsKey, PagedTableModel *model, QWidget *parent = nullptr);

    PagedTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString settingsKey() const { return m_settingsKey; }
    QList<int> selectedRows() const;
    QVariant currentRecord() const;

    virtual void focusFilter();
    virtual void setShowDeleted(bool show);
    virtual bool canShowDeleted() const { return false; }
    // The model's records keep a history (see PagedTableModel::makeHistoryJob()).
    bool hasHistory() const;
    // Columns hidden until the operator shows them (View ▸ Columns).
    void setDefaultHiddenColumns(const QList<int> &columns);
    // The page's filter bar (nullptr if it has none): saved views put their combo there.
    QWidget *filterBar() const { return m_filterBar; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    void addRow();
    void duplicateRow();
    void deleteRows();
    void restoreRows();
    void showHistory();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs = 6000);
    // A save or a page fetch failed because the database cannot be reached; pending changes are kept.
    void databaseUnreachable(const QString &reason);
    void currentRecordChanged(const QVariant &record);

protected:
    // The language changed: the model's headers and texts, then the page's own (retranslate()).
    void changeEvent(QEvent *event) override;
    // Sets the texts a subclass builds in code again in the current language; its state stays.
    virtual void retranslate() { }
    void setFilterBar(QWidget *bar);
    void setDetailPane(QWidget *pane);
    virtual QString recordTitle(const QVariant &record) const;

private:
    void showRefusal(const QModelIndex &index, const QString &reason);
    void showSaveFailure(const QString &message, int row);
    void showLoadFailure(const QString &message);
    void resolveConflict(const QVariant &mine, const QVariant &theirs, const QString &message);
    void emitCurrent();
    void restoreSplitter(const QSettings &settings);

    QString m_settingsKey;
    PagedTableModel *m_model;
    QVBoxLayout *m_layout;
    QLabel *m_error;
    QSplitter *m_splitter;
    QTableView *m_view;
    QList<int> m_defaultHidden;
    QWidget *m_filterBar = nullptr;
};

} // namespace catalog
