#include "faultsupport.h"

#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

namespace catalog::test {

namespace {

QString clean(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QStringList rowsOf(TestDatabase &db, const QString &sql)
{
    QStringList rows;
    auto conn = db.connections().connection();
    if (!conn)
        return { QStringLiteral("<no connection: %1>").arg(conn.error().toString()) };
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return { QStringLiteral("<query failed>") };
    const int columns = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

void FaultRecord::begin(const QString &scenario, const QString &engine)
{
    *this = FaultRecord();
    m_scenario = scenario;
    m_engine = engine;
    m_active = true;
}

void FaultRecord::skip(const QString &why)
{
    m_skipped = true;
    m_detail = why;
}

void FaultRecord::finish()
{
    if (!m_active)
        return;
    m_active = false;
    const QString path = qEnvironmentVariable("CATALOG_FAULT_REPORT");
    const QString result = m_skipped ? QStringLiteral("SKIP")
        : QTest::currentTestFailed() ? QStringLiteral("FAIL")
                                     : QStringLiteral("PASS");
    qInfo().noquote() << "fault summary:" << m_scenario << m_engine << "runs" << m_runs << "rows lost" << m_rowsLost
                      << result << m_detail;
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qWarning() << "cannot append to CATALOG_FAULT_REPORT" << path << file.errorString();
        return;
    }
    const QStringList cells { clean(m_scenario), clean(m_engine), QString::number(m_runs), QString::number(m_rowsLost),
        result, clean(m_detail) };
    file.write((cells.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
}

bool clusterControlAvailable()
{
    return !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_CTL") && !qEnvironmentVariableIsEmpty("CATALOG_TEST_PG_DIR");
}

bool clusterControl(const QString &action)
{
    if (!clusterControlAvailable())
        return false;
    return QProcess::execute(QStringLiteral("bash"),
               { qEnvironmentVariable("CATALOG_TEST_PG_CTL"), action, qEnvironmentVariable("CATALOG_TEST_PG_DIR") })
        == 0;
}

TmpfsMount::TmpfsMount(qint64 bytes)
{
    m_path = QDir::temp().filePath(QStringLiteral("catalog-tmpfs-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (::geteuid() != 0) {
        m_error = QStringLiteral("mounting a tmpfs needs root (the CI machine runs the tests as root)");
        return;
    }
    if (!QDir().mkpath(m_path)) {
        m_error = QStringLiteral("cannot create %1").arg(m_path);
        return;
    }
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=%1").arg(bytes),
            QStringLiteral("tmpfs"), m_path });
    if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        m_error = QStringLiteral("mount -t tmpfs failed: %1 %2")
                      .arg(mount.errorString(), QString::fromLocal8Bit(mount.readAll()).trimmed());
        QDir().rmdir(m_path);
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted) {
        if (QProcess::execute(QStringLiteral("umount"), { m_path }) != 0)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_path });
    }
    QDir().rmdir(m_path);
}

qint64 TmpfsMount::freeBytes() const
{
    QStorageInfo info(m_path);
    info.refresh();
    return info.bytesAvailable();
}

bool TmpfsMount::fillUpTo(qint64 leaveBytes)
{
    QFile ballast(QDir(m_path).filePath(QStringLiteral("ballast.bin")));
    if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray chunk(4096, 'x');
    while (freeBytes() > leaveBytes) {
        if (ballast.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

void TmpfsMount::removeBallast()
{
    QFile::remove(QDir(m_path).filePath(QStringLiteral("ballast.bin")));
}

QStringList productRows(TestDatabase &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT p.source_id, p.title, p.subtitle, p.price_min, p.price_max, p.currency, p.moq, "
                       "p.main_image_url, p.detail_images, p.specifications, p.sales_count, p.rating, p.sync_status, "
                       "p.version, p.deleted_at IS NULL, s.source_id, "
                       "(SELECT count(*) FROM product_history h WHERE h.product_id = p.id) "
                       "FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id ORDER BY p.source_id"));
}

QStringList supplierRows(TestDatabase &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT s.source_id, s.name, s.company_name, s.location, s.product_count, "
                       "(SELECT count(*) FROM products p WHERE p.supplier_id = s.id AND p.deleted_at IS NULL), "
                       "s.deleted_at IS NULL FROM suppliers s ORDER BY s.source_id"));
}

QStringList wrongProductCounts(TestDatabase &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT s.source_id, s.product_count, "
                       "(SELECT count(*) FROM products p WHERE p.supplier_id = s.id AND p.deleted_at IS NULL) AS true_count "
                       "FROM suppliers s WHERE s.product_count <> "
                       "(SELECT count(*) FROM products p WHERE p.supplier_id = s.id AND p.deleted_at IS NULL) "
                       "ORDER BY s.source_id"));
}

QStringList filesBelow(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(dir).relativeFilePath(it.next());
    found.sort();
    return found;
}

} // namespace catalog::test
