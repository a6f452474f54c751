#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace catalog {

// What went wrong, in categories a caller can act on. Messages are written for operators.
enum class ErrorKind {
    None,
    Validation, // a field value broke a rule; see StorageError::fields
    NotFound,
    Conflict, // optimistic lock: the row changed since it was read
    Constraint, // the database refused the write (unique, foreign key, check)
    ConnectionLost, // the server went away; retried automatically where safe
    CommitUnknown, // the connection died during COMMIT: the outcome is unknown, never retried
    Timeout, // statement timeout or pool acquire timeout
    Busy, // lock contention (deadlock, serialization failure, SQLite busy); retried automatically
    Permission,
    DiskFull, // the disk holding the database is full (SQLITE_FULL, PostgreSQL 53100); nothing was written
    Cancelled,
    Internal,
};

struct FieldError
{
    QString field;
    QString message;
    int row = -1; // position in a batch, or -1 for a single record
    QString sourceId; // the record's source_id when known, so a report can name it
    bool operator==(const FieldError &other) const = default;
};

// Value type describing one failure. ok() is true for "no error".
struct StorageError
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    QList<FieldError> fields;
    QString sqlState; // SQLSTATE on PostgreSQL, the SQLite result code on SQLite
    QString detail; // the driver's own text, for logs
    int batchIndex = -1; // which change of a saveChanges() batch failed, or -1

    bool ok() const { return kind == ErrorKind::None; }
    bool isRetryable() const { return kind == ErrorKind::ConnectionLost || kind == ErrorKind::Busy; }
    QString toString() const;

    static StorageError make(ErrorKind kind, QString message);
    static StorageError validation(QList<FieldError> fields);
};

QString errorKindName(ErrorKind kind);

// A value or an error, never both.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(StorageError error) : m_error(std::move(error)) { Q_ASSERT(!m_error.ok()); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value()
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    T takeValue() { return std::move(*m_value); }
    const StorageError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

} // namespace catalog
