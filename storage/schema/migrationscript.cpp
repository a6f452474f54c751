#include "schema/migrationscript_p.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

const QString kGeneratedMarker = u"-- @generated "_s;

} // namespace

QString MigrationScript::resourceFolder(Engine engine)
{
    return engine == Engine::PostgreSQL ? u":/catalog/migrations/postgres"_s
                                        : u":/catalog/migrations/sqlite"_s;
}

QString MigrationScript::resourcePath(int version, Engine engine)
{
    const QDir folder(resourceFolder(engine));
    const QStringList matches
        = folder.entryList({ u"%1_*.sql"_s.arg(version, 4, 10, QLatin1Char('0')) }, QDir::Files, QDir::Name);
    return matches.size() == 1 ? folder.filePath(matches.first()) : QString();
}

QStringList MigrationScript::load(int version, Engine engine, QStringList *problems)
{
    const QString path = resourcePath(version, engine);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        problems->append(u"migration %1 has no single %2/%3_*.sql resource"_s.arg(version)
                             .arg(resourceFolder(engine))
                             .arg(version, 4, 10, QLatin1Char('0')));
        return {};
    }
    QStringList own;
    QStringList statements
        = parse(QString::fromUtf8(file.readAll()), generatedStatements(version, engine), &own);
    for (const QString &problem : std::as_const(own))
        problems->append(u"%1: %2"_s.arg(path, problem));
    return statements;
}

QStringList MigrationScript::parse(
    const QString &script, const GeneratedStatements &generated, QStringList *problems)
{
    const QStringList lines = script.split(u'\n');
    QStringList statements;
    QStringList current;
    QSet<QString> placed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (current.isEmpty()) {
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith(kGeneratedMarker)) {
                const QString name = line.mid(kGeneratedMarker.size()).trimmed();
                if (!generated.contains(name))
                    problems->append(u"line %1: nothing is generated under \"%2\""_s.arg(i + 1).arg(name));
                statements << generated.value(name);
                placed.insert(name);
                continue;
            }
            if (line.startsWith(u"--"_s))
                continue;
        }
        current << line;
        const bool lastOfStatement
            = line.endsWith(u';') && (i + 1 == lines.size() || lines.at(i + 1).trimmed().isEmpty());
        if (lastOfStatement) {
            QString statement = current.join(u'\n');
            statement.chop(1);
            statements << statement;
            current.clear();
        }
    }
    if (!current.isEmpty())
        problems->append(u"the last statement does not end with ';'"_s);
    for (auto it = generated.cbegin(); it != generated.cend(); ++it) {
        if (!placed.contains(it.key()))
            problems->append(u"the generated \"%1\" is never placed"_s.arg(it.key()));
    }
    return statements;
}

} // namespace catalog
