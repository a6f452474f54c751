#pragma once

#include "bulk/bulkedit.h"
#include "bulk/bulksqldialect_p.h"

namespace catalog {

// The statements of one bulk edit, built once from the edit and used for every batch, the dry run
// and the preview alike, so what the dialog previews is what the job writes. Each takes the batch's
// (or the scope's) condition on products as a SqlPart ("id BETWEEN ? AND ? AND <filter>").
//
// One UPDATE per batch changes every product that would change and is not refused, in the database:
// the SET expressions read the row being updated (a row someone else changed meanwhile is updated
// from its new values, and PostgreSQL re-checks the WHERE on it), version + 1, updated_at and
// updated_by stamped, and the history and product_count triggers of the schema do the rest. The
// refusal is a CASE over the same row that returns a BulkEdit::Refusal number or NULL.
class BulkStatements
{
public:
    BulkStatements(const BulkSqlDialect &sql, const BulkEdit &edit, const QString &actor);

    SqlPart update(const SqlPart &scope) const;
    // id, source_id, refusal of the products the edit would change but refuses, by id.
    SqlPart refused(const SqlPart &scope, int limit) const;
    SqlPart countRefused(const SqlPart &scope) const;
    SqlPart countWouldChange(const SqlPart &scope) const;
    // The first `limit` products the edit would change, by id: previewColumns() before, then after,
    // then the refusal.
    SqlPart preview(const SqlPart &scope, int limit) const;
    static const QStringList &previewColumns();

private:
    // The value `column` gets (the column itself when the edit leaves it alone).
    SqlPart newValue(const QString &column) const;
    SqlPart changed() const;
    SqlPart refusal() const;
    SqlPart assignments() const;

    const BulkSqlDialect &m_sql;
    BulkEdit m_edit;
    QString m_actor;
};

} // namespace catalog
