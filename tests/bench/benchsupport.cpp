#include "benchsupport.h"

#include "demo/catalogdatagenerator.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"

#include <QFile>

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

} // namespace catalog::bench
