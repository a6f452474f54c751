#pragma once

#include "transfer/importexclusions.h"
#include "transfer/productimporter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace catalog {

// What an import of a file would do, computed before anything is written
// (ProductImporter::diffFile): each valid product is new, changed (with its fields, stored value
// and file value) or unchanged, by the same reading, validation, supplier resolution and "changed"
// rule as the upsert; rejected rows with their reasons are the dry run's report. Counts cover the
// whole file; entries are kept for the first detailLimit products only (bounded memory), and
// `truncated` says when there were more.
//
// The numbers are what the import then does when the database does not change in between; another
// writer meanwhile is simply met by the import's upsert, row by row. Rows the database itself would
// refuse beyond the validator (a rare constraint) are not foreseen. A plain value; no threads.
class ImportDiff
{
public:
    enum class Kind { New, Changed, Unchanged };
    struct FieldChange
    {
        QString field; // one of ImportExclusions::fieldNames()
        QString oldValue; // as text; a null QString is NULL
        QString newValue;
    };
    struct Entry
    {
        Kind kind = Kind::New;
        qint64 line = 0;
        QString sourceId;
        QString title; // the file's
        bool deleted = false; // stored and soft-deleted: updated, stays deleted
        QList<FieldChange> changes; // Changed only
    };
    struct Counts
    {
        qint64 newProducts = 0;
        qint64 changed = 0;
        qint64 unchanged = 0;
        qint64 rejected = 0;
        qint64 skipped = 0; // by the mode (skip-existing)
        qint64 excluded = 0; // left alone by the operator
        bool operator==(const Counts &) const = default;
    };

    static constexpr int kDefaultDetailLimit = 10000;

    ProductImporter::Report report; // the dry run's: rows read, rejected rows and why, warnings
    Counts counts;
    QList<Entry> entries; // in file order
    int detailLimit = kDefaultDetailLimit;
    bool truncated = false;

    // What the import does when told to leave these alone, as far as the entries show it: an
    // excluded product moves to `excluded`, a changed one whose every changed field is kept to
    // `unchanged`. Exclusions of products beyond the detail limit are not foreseen.
    Counts countsWith(const ImportExclusions &exclusions) const;
    void add(Entry entry); // counts it, keeps it while under the limit
    QJsonObject toJson() const;
    static QString kindName(Kind kind); // "new", "changed", "unchanged"
};

} // namespace catalog
