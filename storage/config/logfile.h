#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace catalog {

// Text with secrets taken out, for logs: passwords in URLs (user:secret@host), key=value and
// "key": "value" pairs whose key names a secret (password, passwd, pwd, secret, token, api key),
// and every string registered with registerSecret() (the passwords the process actually uses).
QString redactSecrets(const QString &text);
// Remembers `secret` (a password typed or read from the environment) so redactSecrets() removes
// it wherever it appears. Thread-safe; very short strings are ignored, as masking them would
// mangle ordinary words.
void registerSecret(const QString &secret);

// A size-limited log file that rotates: when the next line would make <name>.log larger than
// maxBytes it becomes <name>.log.1 (the older ones move up to .2, .3, …) and at most keepFiles
// rotated files are kept. Thread-safe. Errors (an unwritable folder) make write() return false;
// the caller decides whether to say so.
class RotatingLogFile
{
public:
    struct Options
    {
        QString directory;
        QString baseName = QStringLiteral("catalog-admin");
        qint64 maxBytes = 2 * 1024 * 1024;
        int keepFiles = 4;
    };
    explicit RotatingLogFile(Options options);
    ~RotatingLogFile();

    bool write(const QString &line); // a newline is added
    QString path() const;
    QString errorString() const;

private:
    bool openLocked();
    void rotateLocked();

    Options m_options;
    mutable QMutex m_mutex;
    QFile m_file;
    QString m_error;
};

namespace logging {

// The folder of the log files: <AppDataLocation>/logs.
QString defaultDirectory();
// Installs a Qt message handler that writes every message, secrets redacted, to
// <directory>/<baseName>.log (rotating) and then hands it on as before (stderr). Both executables
// call it once at start; later calls replace the file. Returns the log file's path, or an empty
// string (with a warning on stderr) when the folder cannot be written.
QString install(const RotatingLogFile::Options &options);
// The file messages go to now, or an empty string when install() was not called.
QString currentPath();

} // namespace logging

} // namespace catalog
