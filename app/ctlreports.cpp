#include "ctlreports.h"

#include "maintenance/healthchecker.h"
#include "repositories/statisticsrepository.h"

#include <QLocale>

namespace catalog {

namespace {

QString bytes(qint64 value)
{
    return value < 0 ? QStringLiteral("n/a") : QLocale::c().formattedDataSize(value);
}

QString price(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace

void printStatisticsDetails(QTextStream &out, const CatalogStatistics &stats)
{
    if (!stats.priceHistogram.isEmpty()) {
        out << "Price distribution (price_min, " << stats.priceCurrency << "):" << Qt::endl;
        for (const PriceBucket &b : stats.priceHistogram)
            out << "  " << qSetFieldWidth(18) << Qt::left
                << (b.to < 0 ? QStringLiteral(">= %1").arg(price(b.from))
                             : QStringLiteral("%1 - %2").arg(price(b.from), price(b.to)))
                << qSetFieldWidth(0) << b.products << Qt::endl;
    }
    qint64 jobs = 0;
    qint64 imports = 0;
    qint64 failed = 0;
    qint64 rowErrors = 0;
    for (const DailyActivity &a : stats.activity) {
        jobs += a.jobs;
        imports += a.imports;
        failed += a.failedJobs;
        rowErrors += a.rowErrors;
    }
    out << "Jobs in the last " << stats.activity.size() << " days: " << jobs << " (" << imports
        << " imports, " << failed << " failed), " << rowErrors << " rows rejected" << Qt::endl;
    for (const DailyActivity &a : stats.activity) {
        if (a.jobs > 0)
            out << "  " << a.day.toString(Qt::ISODate) << "  " << a.jobs << " jobs, " << a.imports
                << " imports, " << a.failedJobs << " failed, " << a.rowsOk << " rows ok, " << a.rowErrors
                << " rows rejected" << Qt::endl;
    }
    const ImageFigures &i = stats.imageFigures;
    out << "Images:          " << i.rows << " rows, " << i.stored << " stored (" << bytes(i.storedBytes)
        << "), " << i.missing << " without a file, " << i.productsWithoutImages << " products without images"
        << Qt::endl;
    if (!i.storageRoot.isEmpty())
        out << "Images folder:   " << i.storageRoot << ": "
            << (i.folderBytes < 0
                       ? QStringLiteral("does not exist")
                       : QStringLiteral("%1 in %2 files").arg(bytes(i.folderBytes)).arg(i.folderFiles))
            << Qt::endl;
    out << "Reclaimable:     " << stats.deadRows << " dead rows / free pages (catalogctl optimize)"
        << Qt::endl;
    out << "Space per table and index:" << Qt::endl;
    if (!stats.relationsNote.isEmpty())
        out << "  " << stats.relationsNote << Qt::endl;
    for (const RelationSize &r : stats.relations)
        out << "  " << qSetFieldWidth(12) << Qt::right << bytes(r.bytes) << qSetFieldWidth(0) << "  "
            << (r.isIndex ? "index " : "table ") << r.name
            << (r.isIndex ? QStringLiteral(" on %1").arg(r.table) : QString())
            << (r.deadRows > 0 ? QStringLiteral(" (%1 dead rows)").arg(r.deadRows) : QString()) << Qt::endl;
    out << "Slowest statements (pg_stat_statements):" << Qt::endl;
    if (stats.statements.state != StatementStatistics::State::Available)
        out << "  " << stats.statements.hint << Qt::endl;
    for (const StatementStatistics::Row &r : stats.statements.slowest)
        out << "  " << QString::number(r.meanMs, 'f', 2) << " ms x " << r.calls << "  " << r.query.left(100)
            << Qt::endl;
}

void printArchiveHealth(QTextStream &out, const ArchiveStatus &a)
{
    if (!a.checked)
        return;
    out << "  WAL archiving: " << (a.archiving ? "on" : "off") << " (archive_mode " << a.archiveMode
        << ", archive_timeout " << a.archiveTimeoutSeconds << " s)";
    if (!a.lastArchivedWal.isEmpty())
        out << ", last archived " << a.lastArchivedWal << " at " << a.lastArchivedTime.toUTC().toString(Qt::ISODate);
    out << ", " << a.failedCount << " failed";
    if (a.failedCount > 0)
        out << " (last " << a.lastFailedWal << " at " << a.lastFailedTime.toUTC().toString(Qt::ISODate) << ")";
    out << Qt::endl;
    if (a.stanza.isEmpty())
        return;
    out << "  pgBackRest stanza " << a.stanza << ": " << (a.backRestOk ? QStringLiteral("ok") : a.backRestStatus) << ", "
        << a.backups << " backup(s)";
    if (!a.lastBackupLabel.isEmpty())
        out << ", newest " << a.lastBackupLabel << " (" << a.lastBackupType << ") at "
            << a.lastBackupTime.toString(Qt::ISODate) << ", WAL " << a.archiveMin << " .. " << a.archiveMax;
    out << Qt::endl;
}

void printHealth(QTextStream &out, const SystemHealth &h)
{
    static const char *const levels[] = { "healthy", "warning", "unhealthy" };
    out << levels[int(h.level())];
    if (h.connection.healthy)
        out << ": " << h.connection.serverVersion << ", "
            << QString::number(h.connection.latencyMicros / 1000.0, 'f', 2) << " ms"
            << (h.connection.inRecovery ? ", in recovery (read-only standby)" : "");
    out << Qt::endl;
    if (h.connection.server.known && !h.connection.server.file)
        out << "  server reached: " << h.connection.server.text() << Qt::endl;
    if (!h.roleText().isEmpty())
        out << "  role: " << h.roleText()
            << (h.connection.inRecovery ? " (read-only: serves reads, refuses writes and migrations)" : "")
            << Qt::endl;
    if (h.replication.available)
        out << "  replication: " << ReplicationHealth::summary(h.replication) << Qt::endl;
    for (const SystemHealth::Disk &d : h.disks)
        out << "  disk " << d.label << ": " << bytes(d.freeBytes) << " free of " << bytes(d.totalBytes)
            << " at " << d.path << Qt::endl;
    printArchiveHealth(out, h.archive);
    for (const QString &p : h.problems)
        out << "  PROBLEM: " << p << Qt::endl;
    for (const QString &w : h.warnings)
        out << "  warning: " << w << Qt::endl;
}

} // namespace catalog
