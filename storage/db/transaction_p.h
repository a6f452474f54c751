#pragma once

#include "core/storageerror.h"

#include <QSqlDatabase>

namespace catalog {

class SqlDialect;

// RAII transaction: begin() starts it, commit() ends it, and anything else (an early return,
// an error path) rolls it back in the destructor. Not copyable; lives on one thread.
class Transaction
{
public:
    Transaction(const QSqlDatabase &db, const SqlDialect &dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    StorageError begin();
    // A connection lost during COMMIT yields ErrorKind::CommitUnknown: the caller must not retry blindly.
    StorageError commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    bool m_active = false;
};

} // namespace catalog
