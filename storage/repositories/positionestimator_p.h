#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "repositories/versionedtable_p.h"

#include <QSqlDatabase>

namespace catalog {

// Estimated keys of a sorted listing, quickly (an estimated PositionSample: real keys, estimated
// fractions), so that a jump far into a listing is read by key at once instead of waiting for the
// exact pass over the sort order:
// - fromStatistics (PostgreSQL, a listing without a filter, a column that leads an index): the
//   column's most common values and its histogram from pg_stats, merged in the column's own order.
//   A most common value that holds many rows (a bulk load stamps one updated_at on every row of its
//   transaction, so such a column has no histogram at all) is split by id: its first and last id
//   are read through the (column, id) index and cursors placed between them, so a page in the
//   middle of such a value is read after a key just before it rather than from its first row;
// - fromSample (either engine, and any filter): a sample of the listing's rows in its order
//   (PostgreSQL: TABLESAMPLE SYSTEM of about kSampleRows rows; SQLite: rows at random ids through
//   the rowid); the i-th of n sampled rows lies about (i + 1) / (n + 1) of the way through.
// Every key is a real value of the column (or a real row), so rows read after it are a true,
// contiguous part of the order; only their row numbers are estimates.
//
// Constant; runs its statements on the caller's connection. Errors are StorageErrors naming the
// table; a column without statistics gives an empty sample, not an error.
class PositionEstimator
{
public:
    static constexpr int kSampleRows = 4000;

    PositionEstimator(QString table, SortColumn sort, bool ascending);

    Result<PositionSample> fromStatistics(QSqlDatabase &db, const SqlDialect &d) const;
    Result<PositionSample> fromSample(QSqlDatabase &db, const SqlDialect &d, const sql::Where &where) const;

private:
    // The column's type and collation as SQL text ("timestamp with time zone", " COLLATE \"x\""),
    // both empty when no index is led by the column.
    Result<QPair<QString, QString>> columnType(QSqlDatabase &db, const SqlDialect &d) const;
    QString sampleStatement(
        QSqlDatabase &db, const SqlDialect &d, sql::Where &where, StorageError &error) const;
    QString context() const;

    QString m_table;
    SortColumn m_sort;
    bool m_ascending = true;
};

} // namespace catalog
