#include "importdiffmodel.h"

#include "producttablemodel.h"

#include <QLocale>

namespace catalog {

namespace {

int groupOf(ImportDiff::Kind kind)
{
    switch (kind) {
    case ImportDiff::Kind::New:
        return ImportDiffModel::NewGroup;
    case ImportDiff::Kind::Changed:
        return ImportDiffModel::ChangedGroup;
    case ImportDiff::Kind::Unchanged:
        return ImportDiffModel::UnchangedGroup;
    }
    return ImportDiffModel::NewGroup;
}

QString shownDiffValue(const QString &value)
{
    if (value.isNull())
        return ImportDiffModel::tr("(none)");
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace()
        || value.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            + QLatin1Char('"');
    return value;
}

} // namespace

ImportDiffModel::ImportDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportDiffModel::setDiff(const ImportDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_hasDiff = true;
    m_exclusions = {};
    for (QList<int> &members : m_members)
        members.clear();
    m_rowInGroup.clear();
    m_rowInGroup.reserve(m_diff.entries.size());
    for (qsizetype i = 0; i < m_diff.entries.size(); ++i) {
        QList<int> &members = m_members[groupOf(m_diff.entries.at(i).kind)];
        m_rowInGroup << int(members.size());
        members << int(i);
    }
    endResetModel();
    Q_EMIT exclusionsChanged();
}

void ImportDiffModel::clear()
{
    beginResetModel();
    m_diff = {};
    m_hasDiff = false;
    m_exclusions = {};
    for (QList<int> &members : m_members)
        members.clear();
    m_rowInGroup.clear();
    endResetModel();
    Q_EMIT exclusionsChanged();
}

ImportDiff::Counts ImportDiffModel::counts() const
{
    return m_diff.countsWith(m_exclusions);
}

QModelIndex ImportDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, kProductTag + quintptr(parent.row()));
    const int group = int(parent.internalId() - kProductTag);
    return createIndex(row, column, kFieldTag + quintptr(m_members[group].at(parent.row())));
}

QModelIndex ImportDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() < kFieldTag)
        return createIndex(int(child.internalId() - kProductTag), 0, quintptr(0));
    const int entry = int(child.internalId() - kFieldTag);
    const int group = groupOf(m_diff.entries.at(entry).kind);
    return createIndex(m_rowInGroup.at(entry), 0, kProductTag + quintptr(group));
}

int ImportDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!m_hasDiff)
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0) {
        if (parent.row() == RejectedGroup)
            return int(qMin<qsizetype>(m_diff.report.errors.size(), m_diff.detailLimit));
        return int(m_members[parent.row()].size());
    }
    if (parent.internalId() >= kFieldTag)
        return 0;
    const int group = int(parent.internalId() - kProductTag);
    if (group != ChangedGroup)
        return 0;
    return int(m_diff.entries.at(m_members[group].at(parent.row())).changes.size());
}

int ImportDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    if (index.internalId() < kFieldTag) {
        const int group = int(index.internalId() - kProductTag);
        if (group == RejectedGroup)
            return role == Qt::DisplayRole
                ? rejectedData(m_diff.report.errors.at(index.row()), index.column())
                : QVariant();
        return entryData(m_diff.entries.at(m_members[group].at(index.row())), index.column(), role);
    }
    const ImportDiff::Entry &entry = m_diff.entries.at(int(index.internalId() - kFieldTag));
    return fieldData(entry, entry.changes.at(index.row()), index.column(), role);
}

QVariant ImportDiffModel::groupData(int group, int column, int role) const
{
    if (role != Qt::DisplayRole || column != NameColumn)
        return {};
    const ImportDiff::Counts c = counts();
    const QLocale locale;
    switch (group) {
    case NewGroup:
        return tr("New (%1)").arg(locale.toString(c.newProducts));
    case ChangedGroup:
        return tr("Changed (%1)").arg(locale.toString(c.changed));
    case UnchangedGroup:
        return tr("Unchanged (%1)").arg(locale.toString(c.unchanged));
    case RejectedGroup:
        return tr("Rejected (%1)").arg(locale.toString(c.rejected));
    default:
        return {};
    }
}

QVariant ImportDiffModel::entryData(const ImportDiff::Entry &entry, int column, int role) const
{
    if (role == Qt::CheckStateRole && column == NameColumn)
        return m_exclusions.skips(entry.sourceId) ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ToolTipRole && entry.deleted)
        return tr("Deleted in the catalog: the import updates it and it stays deleted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return entry.deleted ? tr("%1 · %2 (deleted)").arg(entry.sourceId, entry.title)
                             : QStringLiteral("%1 · %2").arg(entry.sourceId, entry.title);
    case LineColumn:
        return entry.line;
    default:
        return {};
    }
}

QVariant ImportDiffModel::fieldData(
    const ImportDiff::Entry &entry, const ImportDiff::FieldChange &change, int column, int role) const
{
    const bool kept = m_exclusions.keptFields(entry.sourceId).contains(change.field);
    if (role == Qt::CheckStateRole && column == NameColumn)
        return kept ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ToolTipRole)
        return kept ? tr("The stored value is kept.") : tr("The file's value is written.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return ProductTableModel::fieldTitle(change.field);
    case StoredColumn:
        return shownDiffValue(change.oldValue);
    case FileColumn:
        return shownDiffValue(change.newValue);
    default:
        return {};
    }
}

QVariant ImportDiffModel::rejectedData(const ProductImporter::RowError &error, int column) const
{
    switch (column) {
    case NameColumn:
        return error.sourceId.isEmpty()
            ? ProductTableModel::fieldTitle(error.field)
            : QStringLiteral("%1 · %2").arg(error.sourceId, ProductTableModel::fieldTitle(error.field));
    case FileColumn:
        return error.message;
    case LineColumn:
        return error.line;
    default:
        return {};
    }
}

bool ImportDiffModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != NameColumn || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    return index.internalId() < kFieldTag ? setProductChecked(index, checked)
                                          : setFieldChecked(index, checked);
}

bool ImportDiffModel::setProductChecked(const QModelIndex &index, bool checked)
{
    const int group = int(index.internalId() - kProductTag);
    const QString &sourceId = m_diff.entries.at(m_members[group].at(index.row())).sourceId;
    if (checked == !m_exclusions.skips(sourceId))
        return false;
    if (checked)
        m_exclusions.products.remove(sourceId);
    else
        m_exclusions.products.insert(sourceId);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    groupsChanged();
    return true;
}

bool ImportDiffModel::setFieldChecked(const QModelIndex &index, bool checked)
{
    const ImportDiff::Entry &entry = m_diff.entries.at(int(index.internalId() - kFieldTag));
    const QString &field = entry.changes.at(index.row()).field;
    QSet<QString> kept = m_exclusions.keptFields(entry.sourceId);
    if (checked == !kept.contains(field))
        return false;
    if (checked)
        kept.remove(field);
    else
        kept.insert(field);
    if (kept.isEmpty())
        m_exclusions.fields.remove(entry.sourceId);
    else
        m_exclusions.fields.insert(entry.sourceId, kept);
    Q_EMIT dataChanged(index, index.siblingAtColumn(LineColumn), { Qt::CheckStateRole, Qt::ToolTipRole });
    groupsChanged();
    return true;
}

void ImportDiffModel::groupsChanged()
{
    Q_EMIT dataChanged(index(0, NameColumn), index(GroupCount - 1, NameColumn), { Qt::DisplayRole });
    Q_EMIT exclusionsChanged();
}

Qt::ItemFlags ImportDiffModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn || index.internalId() == 0)
        return f;
    if (index.internalId() >= kFieldTag) {
        // A field of a product left alone is left alone with it.
        const ImportDiff::Entry &entry = m_diff.entries.at(int(index.internalId() - kFieldTag));
        if (m_exclusions.skips(entry.sourceId))
            return Qt::ItemIsSelectable;
        return f | Qt::ItemIsUserCheckable;
    }
    return int(index.internalId() - kProductTag) == RejectedGroup ? f : f | Qt::ItemIsUserCheckable;
}

QVariant ImportDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product / field");
    case StoredColumn:
        return tr("In the catalog");
    case FileColumn:
        return tr("In the file");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace catalog
