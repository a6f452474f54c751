#include "maintenance/backup/backupconnection_p.h"

#include <QUuid>

namespace catalog {

BackupConnection::BackupConnection()
    : m_name(QStringLiteral("catalog-backup-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

BackupConnection::~BackupConnection()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace catalog
