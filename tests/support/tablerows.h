#pragma once

#include "db/connectionmanager.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace catalog::test {

// Every row of each of `tables` as text ("v1|v2|…", NULL as <null>), in primary-key order, read
// with plain QtSql: a comparison of two databases independent of the backup's own checksums. A
// table that cannot be read holds one line "ERROR …".
inline QMap<QString, QStringList> tableRows(ConnectionManager &connections, const QStringList &tables)
{
    QMap<QString, QStringList> rows;
    auto db = connections.connection();
    if (!db)
        return rows;
    for (const QString &table : tables) {
        QSqlQuery q(db.value());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            rows[table] << QStringLiteral("ERROR ") + q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
            rows[table] << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace catalog::test
