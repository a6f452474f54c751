#include "benchsupport.h"

#include "db/connectionmanager.h"
#include "demo/catalogdatagenerator.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "schema/migrator.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace catalog::bench {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

qint64 peakRssBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

bool seedSuppliers(ConnectionManager &connections, const CatalogDataGenerator &gen, int count)
{
    SupplierRepository suppliers(connections);
    for (int first = 0; first < count; first += 500) {
        QList<Supplier> batch;
        for (int i = first; i < qMin(count, first + 500); ++i)
            batch << gen.supplier(i);
        const auto r = suppliers.upsert(batch);
        if (!r) {
            say(QStringLiteral("supplier seeding failed: ") + r.error().toString());
            return false;
        }
    }
    return true;
}

BenchDatabase::BenchDatabase() = default;
BenchDatabase::~BenchDatabase() = default;

ConnectionManager &BenchDatabase::connections()
{
    return temporary ? temporary->connections() : *kept;
}

std::unique_ptr<BenchDatabase> openBenchDatabase(const QString &engine, const QString &keepDir, const QString &name)
{
    auto db = std::make_unique<BenchDatabase>();
    if (keepDir.isEmpty()) {
        db->temporary = test::TestDatabase::create(engine, true);
        if (!db->temporary) {
            say(QStringLiteral("[%1] cannot create the database: %2").arg(engine, test::TestDatabase::lastError()));
            return nullptr;
        }
        db->url = db->temporary->url();
        return db;
    }
    if (engine == QLatin1String("sqlite")) {
        QDir().mkpath(keepDir);
        db->url
            = QStringLiteral("sqlite://") + QDir(keepDir).absoluteFilePath(name + QStringLiteral(".sqlite"));
    } else {
        QUrl url(qEnvironmentVariable("CATALOG_TEST_PG_URL"));
        // Exists already on a second run: psql's error is expected then and not shown.
        QProcess::execute(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("psql \"$0\" -q -c \"CREATE DATABASE %1\" 2>/dev/null").arg(name),
                url.toString() });
        url.setPath(QLatin1Char('/') + name);
        db->url = url.toString();
    }
    say(QStringLiteral("[%1] kept database: %2").arg(engine, QUrl(db->url).toString(QUrl::RemovePassword)));
    const auto config = ConnectionConfig::fromUrl(db->url);
    if (!config) {
        say(config.error().toString());
        return nullptr;
    }
    db->kept = std::make_unique<ConnectionManager>(config.value());
    db->kept->setActor(QStringLiteral("bench"));
    const auto report = Migrator(*db->kept).migrate();
    if (!report) {
        say(QStringLiteral("[%1] migration failed: %2").arg(engine, report.error().toString()));
        return nullptr;
    }
    if (!report->applied.isEmpty())
        say(QStringLiteral("[%1] applied migrations: %2")
                .arg(engine, report->applied.join(QStringLiteral(", "))));
    return db;
}

} // namespace catalog::bench
