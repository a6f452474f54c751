#include "db/transaction_p.h"

#include "db/readrouter.h"
#include "db/sqldialect.h"
#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace catalog {

Transaction::Transaction(const QSqlDatabase &db, const SqlDialect &dialect, Purpose purpose)
    : m_db(db)
    , m_dialect(dialect)
    , m_purpose(purpose)
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StorageError Transaction::begin()
{
    Q_ASSERT(!m_active);
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.beginWriteTransaction()))
        return sqlError(query.lastError(), m_dialect,
            QCoreApplication::translate("Transaction", "Cannot start a transaction"));
    m_active = true;
    return {};
}

StorageError Transaction::commit()
{
    Q_ASSERT(m_active);
    QSqlQuery query(m_db);
    const bool ok = query.exec(QStringLiteral("COMMIT"));
    m_active = false;
    if (ok) {
        if (m_purpose == Purpose::Write)
            ReadRouter::noteWrite(); // reads go to the primary until a standby has replayed it
        return {};
    }
    StorageError error = sqlError(query.lastError(), m_dialect, QCoreApplication::translate("Transaction", "Cannot commit"));
    if (m_dialect.isConnectionLost(m_db, query.lastError())) {
        error.kind = ErrorKind::CommitUnknown;
        error.message = QCoreApplication::translate("Transaction",
            "The connection was lost while committing; the change may or may not "
            "have been saved. Reload and check before repeating it.");
    } else {
        QSqlQuery rollbackQuery(m_db);
        rollbackQuery.exec(QStringLiteral("ROLLBACK"));
    }
    return error;
}

void Transaction::rollback()
{
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")) && !m_dialect.isConnectionLost(m_db, query.lastError()))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

} // namespace catalog
