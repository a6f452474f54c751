#pragma once

#include "core/storageerror.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace catalog {

// COPY ... FROM STDIN on the libpq connection the QPSQL driver already holds, so a batch is
// one round trip instead of one statement per row. Rows are written in COPY's text format.
class PgCopyWriter
{
public:
    void addField(const QString &value); // a null QString is written as NULL
    void addField(QByteArrayView utf8); // text already in UTF-8 (never NULL)
    void addNull();
    void endRow();
    const QByteArray &data() const { return m_data; }
    qsizetype rows() const { return m_rows; }

    // Sends the buffered rows with `copyStatement` (COPY table (cols) FROM STDIN). Must run inside
    // the caller's transaction on the same connection; nothing else may be pending on it.
    StorageError send(QSqlDatabase &db, const QString &copyStatement) const;

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace catalog
