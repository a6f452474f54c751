#pragma once

#include "transfer/importdiff.h"
#include "transfer/importexclusions.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace catalog {

// An import's diff (ImportDiff) as a tree for the import wizard: four groups, New, Changed,
// Unchanged and Rejected, titled with the number of products the import will count there; under
// them the products (the rejected rows with line, field and reason), and under a changed product
// one row per changed field with the stored and the file's value. Products and changed fields are
// checkable: unticking a product leaves it alone, unticking a field keeps its stored value. The
// group titles follow the ticks (ImportDiff::countsWith), and exclusions() is what the import is
// then given. Only the products the diff kept in detail are listed; the counts are the file's.
//
// Columns: product or field, the stored value, the file's value, the line. GUI thread; holds a
// copy of the diff; no errors of its own.
class ImportDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group { NewGroup, ChangedGroup, UnchangedGroup, RejectedGroup, GroupCount };
    enum Column { NameColumn, StoredColumn, FileColumn, LineColumn, ColumnCount };

    explicit ImportDiffModel(QObject *parent = nullptr);

    void setDiff(const ImportDiff &diff); // a reset: a new diff replaces the tree
    void clear();
    const ImportDiff &diff() const { return m_diff; }
    bool hasDiff() const { return m_hasDiff; }
    ImportExclusions exclusions() const { return m_exclusions; }
    ImportDiff::Counts counts() const; // as the import will count, with the exclusions

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void exclusionsChanged();

private:
    // internalId: 0 for a group, kProductTag + group for a group's child, kFieldTag + entry for a
    // changed field under entry number `entry` of the diff.
    static constexpr quintptr kProductTag = 1;
    static constexpr quintptr kFieldTag = 16;

    QVariant groupData(int group, int column, int role) const;
    QVariant entryData(const ImportDiff::Entry &entry, int column, int role) const;
    QVariant fieldData(
        const ImportDiff::Entry &entry, const ImportDiff::FieldChange &change, int column, int role) const;
    QVariant rejectedData(const ProductImporter::RowError &error, int column) const;
    bool setProductChecked(const QModelIndex &index, bool checked);
    bool setFieldChecked(const QModelIndex &index, bool checked);
    void groupsChanged();

    ImportDiff m_diff;
    bool m_hasDiff = false;
    QList<int> m_members[RejectedGroup]; // entry numbers per product group
    QList<int> m_rowInGroup; // per entry: its row under its group
    ImportExclusions m_exclusions;
};

} // namespace catalog
