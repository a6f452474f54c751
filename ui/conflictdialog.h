#pragma once

#include <QDialog>
#include <QVariant>

namespace catalog {

class PagedTableModel;

// Shown when a save meets a row that someone else saved meanwhile: every column of my version
// next to the stored one, differences highlighted. The operator keeps their values (written over
// the stored row's newer version; other fields of the stored row are kept) or takes the stored row.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel, KeepMine, TakeTheirs };

    ConflictDialog(const PagedTableModel &model, const QVariant &mine, const QVariant &theirs,
        const QString &message, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Cancel;
};

} // namespace catalog
