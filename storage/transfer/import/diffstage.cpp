#include "transfer/import/diffstage_p.h"

#include "transfer/import/importtally_p.h"
#include "transfer/import/productcomparison_p.h"
#include "transfer/importdiff.h"

#include <QCoreApplication>
#include <QHash>

namespace catalog {

DiffStage::DiffStage(ConnectionManager &connections, ImportDiff &diff)
    : m_stored(connections)
    , m_diff(diff)
{
}

StorageError DiffStage::add(const QList<ImportRow> &rows, ImportTally &tally)
{
    if (rows.isEmpty())
        return {};
    QHash<QString, qsizetype> last;
    QStringList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &id = rows.at(i).product.sourceId;
        if (m_seen.contains(id))
            noteRepeat(rows.at(i), tally);
        else
            m_seen.insert(id);
        if (!last.contains(id))
            ids << id;
        last.insert(id, i);
    }
    const Result<QHash<QString, StoredProducts::Row>> stored = m_stored.read(ids);
    if (!stored)
        return stored.error();
    ProductImporter::Report &report = tally.report();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRow &row = rows.at(i);
        if (last.value(row.product.sourceId) != i)
            continue; // a later row of the batch wins
        ImportDiff::Entry entry;
        entry.line = row.line;
        entry.sourceId = row.product.sourceId;
        entry.title = row.product.title;
        const auto it = stored->constFind(row.product.sourceId);
        if (it == stored->cend()) {
            entry.kind = ImportDiff::Kind::New;
            ++report.inserted;
        } else {
            entry.deleted = it->product.isDeleted();
            entry.changes = compareWithStored(*it, row.product);
            entry.kind = entry.changes.isEmpty() ? ImportDiff::Kind::Unchanged : ImportDiff::Kind::Changed;
            ++(entry.changes.isEmpty() ? report.unchanged : report.updated);
        }
        m_diff.add(std::move(entry));
    }
    return {};
}

// A repeat's numbers: the import counts it against the earlier row, the diff against the catalog.
constexpr qint64 kListedRepeats = 100;

void DiffStage::noteRepeat(const ImportRow &row, ImportTally &tally)
{
    if (++m_repeats <= kListedRepeats)
        tally.report().warnings << QCoreApplication::translate("ProductImporter",
            "line %1: source_id \"%2\" appeared earlier in the file; the import writes this row over the "
            "earlier one, and the diff compares it with the catalog only")
                                       .arg(row.line)
                                       .arg(row.product.sourceId.left(50));
}

void DiffStage::close(ImportTally &tally) const
{
    if (m_repeats > kListedRepeats)
        tally.report().warnings << QCoreApplication::translate(
            "ProductImporter", "%1 more rows repeat an earlier source_id")
                                       .arg(m_repeats - kListedRepeats);
}

} // namespace catalog
