#include "maintenance/backup/pgtools.h"

#include "maintenance/backup/backupcommon_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace catalog {

namespace {

QString conninfoQuote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QStringList candidatePaths(const QString &name, int neededMajor)
{
    QStringList candidates { QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(neededMajor).arg(name) };
    if (const QString onPath = QStandardPaths::findExecutable(name); !onPath.isEmpty())
        candidates << onPath;
    QStringList installed
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(installed.begin(), installed.end(),
        [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &major : installed)
        candidates << QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(major, name);
    return candidates;
}

} // namespace

Result<PgTools::Tool> PgTools::version(const QString &path)
{
    QProcess process;
    process.start(path, { QStringLiteral("--version") });
    if (!process.waitForStarted(10000) || !process.waitForFinished(10000) || process.exitCode() != 0)
        return backup::failure(ErrorKind::NotFound,
            QCoreApplication::translate("PgTools", "%1 does not run (%2)").arg(path, process.errorString()));
    const QString text = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    static const QRegularExpression pattern(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PgTools", "%1 --version printed \"%2\", not a PostgreSQL version")
                .arg(path, text.left(80)));
    return Tool { path, text, m.captured(1).toInt() };
}

Result<PgTools::Tool> PgTools::find(const QString &name, const QString &configuredPath, int neededMajor)
{
    const auto tooOld = [&](const Tool &t) {
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PgTools",
                "%1 at %2 is version %3, but PostgreSQL %4 needs %1 %4 or newer. Install "
                "postgresql-client-%4 or set the path of a newer %1.")
                .arg(name, t.path)
                .arg(t.major)
                .arg(neededMajor));
    };
    if (!configuredPath.isEmpty()) {
        Result<Tool> tool = version(configuredPath);
        if (tool && tool->major < neededMajor)
            return tooOld(tool.value());
        return tool;
    }
    std::optional<Tool> newestTooOld;
    for (const QString &path : candidatePaths(name, neededMajor)) {
        if (!QFileInfo(path).isExecutable())
            continue;
        Result<Tool> tool = version(path);
        if (!tool)
            continue;
        if (tool->major >= neededMajor)
            return tool;
        if (!newestTooOld || newestTooOld->major < tool->major)
            newestTooOld = tool.value();
    }
    if (newestTooOld)
        return tooOld(*newestTooOld);
    return backup::failure(ErrorKind::NotFound,
        QCoreApplication::translate("PgTools",
            "%1 was not found (looked in /usr/lib/postgresql/*/bin and PATH). Install "
            "postgresql-client-%2 or set the path of %1.")
            .arg(name)
            .arg(neededMajor));
}

Result<PgTools::Tool> PgTools::findBeside(const QString &name, const QString &sibling, int neededMajor)
{
    const QString beside = QFileInfo(sibling).dir().filePath(name);
    if (!sibling.isEmpty() && QFileInfo(beside).isExecutable()) {
        if (Result<Tool> tool = version(beside); tool && tool->major >= neededMajor)
            return tool;
    }
    return find(name, {}, neededMajor);
}

QString PgTools::conninfo(const ConnectionConfig &config)
{
    QStringList parts;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + conninfoQuote(value);
    };
    add("host", config.libpqHostList()); // libpq's lists: pg_dump reaches the server the app does
    add("port", config.libpqPortList());
    add("dbname", config.database);
    add("user", config.user);
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (it.key() != QLatin1String("statement_timeout"))
            add(it.key().toLatin1().constData(), it.value());
    }
    add("application_name", QStringLiteral("catalog-admin backup"));
    return parts.join(QLatin1Char(' '));
}

QProcessEnvironment PgTools::environment(const ConnectionConfig &config)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), config.password);
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    return env;
}

int PgTools::majorOf(const QString &serverVersion)
{
    return QStringView(serverVersion).split(QLatin1Char('.')).value(0).toInt();
}

} // namespace catalog
