#pragma once

#include <QSqlDatabase>
#include <QString>

namespace catalog {

// A QSqlDatabase a backup opens for itself (a snapshot, a copy being checked), rolled back,
// closed and removed with this object. Lives and dies on one thread.
class BackupConnection
{
public:
    BackupConnection();
    ~BackupConnection();
    BackupConnection(const BackupConnection &) = delete;
    BackupConnection &operator=(const BackupConnection &) = delete;

    const QString &name() const { return m_name; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // A transaction is open: rolled back when the object goes.
    void setInTransaction(bool open) { m_inTransaction = open; }

private:
    QString m_name;
    bool m_inTransaction = false;
};

} // namespace catalog
