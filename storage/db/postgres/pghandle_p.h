#pragma once

#include <QVariant>

#include <libpq-fe.h>

namespace catalog {

// The libpq connection behind a QPSQL QSqlDatabase (QSqlDriver::handle()). Qt names the type
// after the struct ("pg_conn*") or the typedef ("PGconn*") depending on the version.
inline bool isPgConnHandle(const QVariant &handle)
{
    return handle.isValid()
            && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
}

inline PGconn *pgConn(const QVariant &handle)
{
    return isPgConnHandle(handle) ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

} // namespace catalog
