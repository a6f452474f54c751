#pragma once

#include "core/storageerror.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace catalog {

// The external programs of a backup (pg_dump, pg_restore, psql, tar), run to their end.
//
// While one runs, `tick` is asked every 200 ms whether to go on; a "no" kills it (a Cancelled
// error). A non-zero exit is an Internal error carrying the program's own last words. Children
// start with umask 022, so nothing they create is writable by others. Blocking.
class BackupProcess
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    static StorageError run(const Command &command, const std::function<bool()> &tick, const QString &what);
    // Runs a program that prints what the caller wants (e.g. pg_restore --list): its standard output.
    static Result<QByteArray> output(const Command &command, const QString &what);
    // `first`'s standard output is relayed to `second`'s standard input, followed by what
    // `epilogue` returns when `first` has ended (its argument: whether it succeeded). Both must
    // succeed; `second`'s error comes first, as it names what failed.
    using Epilogue = std::function<QByteArray(bool firstSucceeded)>;
    static StorageError pipe(const Command &first, const Command &second, const Epilogue &epilogue,
        const std::function<bool()> &tick, const QString &what);
};

} // namespace catalog
