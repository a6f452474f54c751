#include "maintenance/backup/backupprocess_p.h"

#include "core/storagelog_p.h"
#include "maintenance/backup/backupcommon_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace catalog {

namespace {

void startProcess(QProcess &process, const BackupProcess::Command &command)
{
    process.setProcessEnvironment(command.environment);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::umask(022); });
#endif
    process.start(command.program, command.arguments);
}

// The error of a finished process, or none when it exited with 0.
StorageError exitError(QProcess &process, const QString &program, const QString &what)
{
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString tail = errors.right(2000);
        if (tail.isEmpty())
            tail = process.exitStatus() == QProcess::NormalExit
                ? QCoreApplication::translate("BackupManager", "exit code %1").arg(process.exitCode())
                : QCoreApplication::translate("BackupManager", "it crashed");
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "%1 failed (%2): %3")
                .arg(what, QFileInfo(program).fileName(), tail));
    }
    if (!errors.isEmpty())
        qCWarning(lcStorage).noquote() << what << "warnings:" << errors.right(2000);
    return {};
}

// Waits for every process; a "no" from tick kills them all.
StorageError waitForAll(const QList<QProcess *> &processes, const std::function<bool()> &tick)
{
    for (QProcess *process : processes) {
        while (!process->waitForFinished(200)) {
            if (process->state() == QProcess::NotRunning)
                break;
            if (tick && !tick()) {
                for (QProcess *p : processes) {
                    p->kill();
                    p->waitForFinished(10000);
                }
                return backup::cancelled();
            }
        }
    }
    return {};
}

// Copies the producer's output to the consumer until the producer ends (or the consumer does),
// a few megabytes in flight at most. False when `tick` said stop.
bool relay(QProcess &producer, QProcess &consumer, const std::function<bool()> &tick)
{
    constexpr qint64 kInFlight = 4 * 1024 * 1024;
    for (;;) {
        if (tick && !tick())
            return false;
        producer.waitForReadyRead(200);
        const QByteArray chunk = producer.readAllStandardOutput();
        if (!chunk.isEmpty() && consumer.state() == QProcess::Running)
            consumer.write(chunk);
        while (consumer.bytesToWrite() > kInFlight && consumer.state() == QProcess::Running) {
            consumer.waitForBytesWritten(200);
            if (tick && !tick())
                return false;
        }
        if (consumer.state() != QProcess::Running) {
            producer.kill(); // nobody reads any more; its own error says why
            producer.waitForFinished(10000);
            return true;
        }
        if (producer.state() == QProcess::NotRunning && chunk.isEmpty() && producer.bytesAvailable() == 0)
            return true;
    }
}

} // namespace

StorageError BackupProcess::run(
    const Command &command, const std::function<bool()> &tick, const QString &what)
{
    Result<std::unique_ptr<QProcess>> process = start(command, what);
    if (!process)
        return process.error();
    return finish(*process.value(), tick, what);
}

Result<std::unique_ptr<QProcess>> BackupProcess::start(const Command &command, const QString &what)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    startProcess(*process, command);
    if (!process->waitForStarted(30000))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "%1: cannot start %2: %3")
                .arg(what, command.program, process->errorString()));
    qCInfo(lcStorage) << "started" << QFileInfo(command.program).fileName() << "for" << what;
    return process;
}

StorageError BackupProcess::finish(QProcess &process, const std::function<bool()> &tick, const QString &what)
{
    if (StorageError e = waitForAll({ &process }, tick); !e.ok())
        return e;
    return exitError(process, process.program(), what);
}

void BackupProcess::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill();
    process.waitForFinished(10000);
}

Result<QByteArray> BackupProcess::output(const Command &command, const QString &what)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    startProcess(process, command);
    if (!process.waitForStarted(30000))
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "%1: cannot start %2: %3")
                .arg(what, command.program, process.errorString()));
    QByteArray out;
    while (!process.waitForFinished(200)) {
        out += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    out += process.readAllStandardOutput();
    if (StorageError e = exitError(process, command.program, what); !e.ok())
        return e;
    return out;
}

StorageError BackupProcess::pipe(const Command &first, const Command &second, const Epilogue &epilogue,
    const std::function<bool()> &tick, const QString &what)
{
    QProcess producer;
    QProcess consumer;
    producer.setStandardInputFile(QProcess::nullDevice());
    consumer.setStandardOutputFile(QProcess::nullDevice());
    startProcess(producer, first);
    startProcess(consumer, second);
    const auto stopBoth = [&] {
        for (QProcess *p : { &producer, &consumer }) {
            p->kill();
            p->waitForFinished(10000);
        }
    };
    if (!producer.waitForStarted(30000) || !consumer.waitForStarted(30000)) {
        stopBoth();
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("BackupManager", "%1: cannot start %2 | %3: %4 %5")
                .arg(what, first.program, second.program, producer.errorString(), consumer.errorString()));
    }
    qCInfo(lcStorage) << "started" << QFileInfo(first.program).fileName() << "|"
                      << QFileInfo(second.program).fileName() << "for" << what;
    if (!relay(producer, consumer, tick)) {
        stopBoth();
        return backup::cancelled();
    }
    const bool produced = producer.exitStatus() == QProcess::NormalExit && producer.exitCode() == 0;
    consumer.write(epilogue(produced));
    consumer.closeWriteChannel();
    if (StorageError e = waitForAll({ &consumer }, tick); !e.ok())
        return e;
    if (StorageError e = exitError(consumer, second.program, what); !e.ok())
        return e;
    return exitError(producer, first.program, what);
}

} // namespace catalog
