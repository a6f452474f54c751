#include "config/logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <memory>

namespace catalog {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

const QString kMask = QStringLiteral("***");

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString redactSecrets(const QString &text)
{
    // scheme://user:password@host — keep the user, drop the password.
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*):[^\s@/]*@)"));
    // password=…, "password": "…", PGPASSWORD=…, api_key: … (URL query, conninfo, JSON, env).
    static const QRegularExpression keyValue(
        QStringLiteral(
            R"(((?:password|passwd|pwd|secret|token|api[_-]?key)["']?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    // Connection strings first (libpq keywords keep their separator: "password = ***").
    static const QRegularExpression urlPassword(QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s]*):[^/?#\s]*@)"));
    static const QRegularExpression libpqKeyValue(
            QStringLiteral(R"(((?:ssl)?password|PGPASSWORD|DB_PASSWORD)(\s*[=:]\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;,)]+))"),
            QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(urlPassword, QStringLiteral("\\1:***@"));
    out.replace(libpqKeyValue, QStringLiteral("\\1\\2***"));
    out.replace(userInfo, QStringLiteral("\\1:") + kMask + QLatin1Char('@'));
    out.replace(keyValue, QStringLiteral("\\1") + kMask);
    QMutexLocker lock(&secretsMutex());
    for (const QString &secret : std::as_const(secrets()))
        out.replace(secret, kMask);
    return out;
}

RotatingLogFile::RotatingLogFile(Options options)
    : m_options(std::move(options))
{
    m_options.keepFiles = qMax(1, m_options.keepFiles);
    m_options.maxBytes = qMax<qint64>(1024, m_options.maxBytes);
}

RotatingLogFile::~RotatingLogFile() = default;

QString RotatingLogFile::path() const
{
    return QDir(m_options.directory).filePath(m_options.baseName + QStringLiteral(".log"));
}

QString RotatingLogFile::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool RotatingLogFile::openLocked()
{
    if (m_file.isOpen())
        return true;
    if (!QDir().mkpath(m_options.directory)) {
        m_error = QStringLiteral("Cannot create the log folder %1").arg(m_options.directory);
        return false;
    }
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = QStringLiteral("Cannot open the log file %1: %2").arg(path(), m_file.errorString());
        return false;
    }
    return true;
}

void RotatingLogFile::rotateLocked()
{
    m_file.close();
    const QString base = path();
    QFile::remove(base + QStringLiteral(".%1").arg(m_options.keepFiles));
    for (int i = m_options.keepFiles - 1; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
}

bool RotatingLogFile::write(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!openLocked())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_options.maxBytes) {
        rotateLocked();
        if (!openLocked())
            return false;
    }
    if (m_file.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("Cannot write the log file %1: %2").arg(path(), m_file.errorString());
        return false;
    }
    m_file.flush(); // a crash must not lose the lines that explain it
    return true;
}

namespace logging {

namespace {

QMutex &installMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<RotatingLogFile> &current()
{
    static std::shared_ptr<RotatingLogFile> file;
    return file;
}

QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redactSecrets(message);
    std::shared_ptr<RotatingLogFile> file;
    {
        QMutexLocker lock(&installMutex());
        file = current();
    }
    if (file) {
        const QString category
            = context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
        file->write(QStringLiteral("%1 %2 %3 [%4] %5")
                        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                            QString::fromLatin1(levelName(type)), category,
                            QString::number(quintptr(QThread::currentThreadId()), 16), clean));
    }
    if (previousHandler) {
        previousHandler(type, context, clean);
    } else {
        const QString formatted = qFormatLogMessage(type, context, clean);
        std::fprintf(stderr, "%s\n", formatted.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

} // namespace

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString install(const RotatingLogFile::Options &options)
{
    auto file = std::make_shared<RotatingLogFile>(options);
    // Open it now so an unwritable folder is reported once, at start.
    if (!file->write(QStringLiteral("%1 --- %2 %3 started (pid %4)")
                         .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), options.baseName,
                             QCoreApplication::applicationVersion())
                         .arg(QCoreApplication::applicationPid()))) {
        std::fprintf(stderr, "%s\n", file->errorString().toLocal8Bit().constData());
        return {};
    }
    QMutexLocker lock(&installMutex());
    const bool first = !current();
    current() = file;
    if (first) {
        QtMessageHandler previous = qInstallMessageHandler(handler);
        if (previous != handler)
            previousHandler = previous;
    }
    return file->path();
}

QString currentPath()
{
    QMutexLocker lock(&installMutex());
    return current() ? current()->path() : QString();
}

} // namespace logging

} // namespace catalog
