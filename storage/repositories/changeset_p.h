#pragma once

#include "core/queryspec.h"
#include "core/storageerror.h"
#include "db/connectionmanager.h"
#include "db/transaction_p.h"
#include "repositories/versionedtable_p.h"

#include <QList>

namespace catalog {

// The rule violations of a batch of records, each naming its row and source_id.
template <typename T>
QList<FieldError> batchErrors(const QList<T> &records, QList<FieldError> (*validate)(const T &))
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < records.size(); ++i) {
        for (FieldError f : validate(records.at(i))) {
            f.row = int(i);
            f.sourceId = records.at(i).sourceId.left(50);
            errors << f;
        }
    }
    return errors;
}

// The shared body of the repositories' saveChanges(): validates every Create/Update first (errors
// name the change), then applies the changes in order inside one transaction on the calling
// thread's connection, so an editor's Save stores all of its changes or none of them.
template <typename T>
Result<QList<T>> applyChanges(ConnectionManager &connections, const QList<RecordChange<T>> &changes,
    QList<FieldError> (*validate)(const T &), const VersionedRows<T> &rows, const QString &noun)
{
    using Kind = typename RecordChange<T>::Kind;
    QList<FieldError> errors;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const RecordChange<T> &change = changes.at(i);
        if (change.kind != Kind::Create && change.record.id <= 0) {
            StorageError e = StorageError::make(ErrorKind::NotFound,
                QStringLiteral("Change %1 names a %2 that has not "
                               "been stored yet")
                    .arg(i + 1)
                    .arg(noun));
            e.batchIndex = int(i);
            return e;
        }
        if (change.kind == Kind::Create || change.kind == Kind::Update) {
            for (FieldError f : validate(change.record)) {
                f.row = int(i);
                f.sourceId = change.record.sourceId.left(50);
                errors << f;
            }
        }
    }
    if (!errors.isEmpty()) {
        StorageError e = StorageError::validation(errors);
        e.batchIndex = errors.constFirst().row;
        return e;
    }
    if (changes.isEmpty())
        return QList<T> {};
    const SqlDialect &d = connections.dialect();
    const QString actor = connections.actor();
    return connections.run<QList<T>>([&](QSqlDatabase &db) -> Result<QList<T>> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        QList<T> stored;
        stored.reserve(changes.size());
        for (qsizetype i = 0; i < changes.size(); ++i) {
            Result<T> r = rows.apply(db, d, changes.at(i), actor);
            if (!r) {
                StorageError e = r.error();
                e.batchIndex = int(i);
                return e;
            }
            stored << r.takeValue();
        }
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return stored;
    });
}

} // namespace catalog
