#include "core/storageerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace catalog {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("ok");
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Constraint: return QStringLiteral("constraint");
    case ErrorKind::ConnectionLost: return QStringLiteral("connection-lost");
    case ErrorKind::CommitUnknown: return QStringLiteral("commit-unknown");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Busy: return QStringLiteral("busy");
    case ErrorKind::Permission: return QStringLiteral("permission");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk-full");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString StorageError::toString() const
{
    if (ok())
        return QString();
    QString text = message;
    if (!fields.isEmpty()) {
        QStringList parts;
        for (const FieldError &f : fields) {
            QString where;
            if (f.row >= 0)
                where = QCoreApplication::translate("StorageError", "row %1 ").arg(f.row + 1);
            if (!f.sourceId.isEmpty())
                where += QStringLiteral("[%1] ").arg(f.sourceId);
            parts << QCoreApplication::translate("StorageError", "%1%2: %3", "where, field: reason")
                         .arg(where, f.field, f.message);
        }
        // Pieces joined by translated punctuation, so a Chinese message reads （…；…） not (…; …).
        text = QCoreApplication::translate("StorageError", "%1 (%2)", "message (field errors)")
                   .arg(text, parts.join(QCoreApplication::translate("StorageError", "; ")));
    }
    return text;
}

StorageError StorageError::make(ErrorKind kind, QString message)
{
    StorageError e;
    e.kind = kind;
    e.message = std::move(message);
    return e;
}

StorageError StorageError::validation(QList<FieldError> fields)
{
    StorageError e;
    e.kind = ErrorKind::Validation;
    e.message = fields.size() == 1
        ? QCoreApplication::translate("StorageError", "Invalid value for %1").arg(fields.constFirst().field)
        : QCoreApplication::translate("StorageError", "%1 fields have invalid values").arg(fields.size());
    e.fields = std::move(fields);
    return e;
}

} // namespace catalog
