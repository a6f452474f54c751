#include "transfer/importdiff.h"

#include <QJsonArray>

#include <algorithm>

namespace catalog {

namespace {

QJsonValue diffText(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject entryJson(const ImportDiff::Entry &entry)
{
    QJsonObject object { { QStringLiteral("line"), entry.line },
        { QStringLiteral("source_id"), entry.sourceId }, { QStringLiteral("title"), entry.title } };
    if (entry.deleted)
        object.insert(QStringLiteral("deleted"), true);
    if (entry.kind == ImportDiff::Kind::Changed) {
        QJsonArray changes;
        for (const ImportDiff::FieldChange &c : entry.changes)
            changes.append(QJsonObject { { QStringLiteral("field"), c.field },
                { QStringLiteral("old"), diffText(c.oldValue) },
                { QStringLiteral("new"), diffText(c.newValue) } });
        object.insert(QStringLiteral("changes"), changes);
    }
    return object;
}

} // namespace

QString ImportDiff::kindName(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("new");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

void ImportDiff::add(Entry entry)
{
    switch (entry.kind) {
    case Kind::New:
        ++counts.newProducts;
        break;
    case Kind::Changed:
        ++counts.changed;
        break;
    case Kind::Unchanged:
        ++counts.unchanged;
        break;
    }
    if (entries.size() < detailLimit)
        entries << std::move(entry);
    else
        truncated = true;
}

ImportDiff::Counts ImportDiff::countsWith(const ImportExclusions &exclusions) const
{
    Counts result = counts;
    if (exclusions.isEmpty())
        return result;
    for (const Entry &entry : entries) {
        qint64 &from = entry.kind == Kind::New ? result.newProducts
            : entry.kind == Kind::Changed      ? result.changed
                                               : result.unchanged;
        if (exclusions.skips(entry.sourceId)) {
            --from;
            ++result.excluded;
            continue;
        }
        if (entry.kind != Kind::Changed)
            continue;
        const QSet<QString> kept = exclusions.keptFields(entry.sourceId);
        const bool allKept = std::all_of(entry.changes.cbegin(), entry.changes.cend(),
            [&kept](const FieldChange &c) { return kept.contains(c.field); });
        if (allKept) {
            --result.changed;
            ++result.unchanged;
        }
    }
    return result;
}

QJsonObject ImportDiff::toJson() const
{
    QJsonArray lists[3];
    for (const Entry &entry : entries)
        lists[int(entry.kind)].append(entryJson(entry));
    QJsonArray rejected;
    for (const ProductImporter::RowError &e : report.errors)
        rejected.append(e.toJson());
    const QJsonObject summary { { QStringLiteral("new"), counts.newProducts },
        { QStringLiteral("changed"), counts.changed }, { QStringLiteral("unchanged"), counts.unchanged },
        { QStringLiteral("rejected"), counts.rejected }, { QStringLiteral("skipped"), counts.skipped },
        { QStringLiteral("excluded"), counts.excluded }, { QStringLiteral("rows_read"), report.rowsRead } };
    return { { QStringLiteral("summary"), summary }, { QStringLiteral("detail_limit"), detailLimit },
        { QStringLiteral("truncated"), truncated }, { QStringLiteral("new"), lists[int(Kind::New)] },
        { QStringLiteral("changed"), lists[int(Kind::Changed)] },
        { QStringLiteral("unchanged"), lists[int(Kind::Unchanged)] },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings) } };
}

} // namespace catalog
