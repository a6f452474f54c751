#pragma once

#include "core/storageerror.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;

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
    // run() in two halves, for a caller that works while the program runs: start() returns the
    // running process (standard input empty); finish() waits for it like run(), or kills it when
    // `tick` says no. A process dropped without finish() must be given to stop() first.
    static Result<std::unique_ptr<QProcess>> start(const Command &command, const QString &what);
    static StorageError finish(QProcess &process, const std::function<bool()> &tick, const QString &what);
    // Kills the process and waits for it to be gone (nothing it writes outlives this call).
    static void stop(QProcess &process);
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
