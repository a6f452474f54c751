#pragma once

#include "core/storageerror.h"

#include <QSqlDatabase>

namespace catalog {

class SqlDialect;

// RAII transaction: begin() starts it, commit() ends it, and anything else (an early return,
// an error path) rolls it back in the destructor. Not copyable; lives on one thread.
// Committing a Purpose::Write transaction tells ReadRouter of a write (reads wait for a standby
// to replay it); a Purpose::ReadSnapshot one — several reads in one snapshot, or SET LOCAL
// settings for a read — writes nothing, so reads from a standby carry on there.
class Transaction
{
public:
    enum class Purpose { Write, ReadSnapshot };

    Transaction(const QSqlDatabase &db, const SqlDialect &dialect, Purpose purpose = Purpose::Write);
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
    Purpose m_purpose;
    bool m_active = false;
};

} // namespace catalog
