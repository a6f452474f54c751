// Backup and restore on both engines: backup → wipe → restore gives every table back row for row
// (checked by the manifest's checksums and independently, row by row), images included; damaged
// sets are refused before anything is touched; cancel leaves nothing behind; a PostgreSQL backup
// restores with plain pg_restore; retention keeps what it should.

#include "maintenance/backupmanager.h"
#include "demo/demodata.h"
#include "schema/migrator.h"
#include "repositories/productrepository.h"
#include "repositories/syncrecordrepository.h"
#include "tablerows.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace catalog;
using namespace catalog::test;

namespace {

// Every row of every catalog table as text, read with plain QtSql: independent of the checksums.
QMap<QString, QStringList> allRows(ConnectionManager &connections)
{
    return tableRows(connections,
        { QStringLiteral("suppliers"), QStringLiteral("products"), QStringLiteral("images"),
            QStringLiteral("product_history"), QStringLiteral("supplier_history"), QStringLiteral("schema_migrations") });
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Every table of the connected database, listed by the engine itself, row by row as text: a
// refused restore must leave all of them exactly as they were.
QMap<QString, QStringList> everyTable(TestDatabase &db)
{
    QMap<QString, QStringList> rows;
    auto connection = db.connections().connection();
    if (!connection)
        return rows;
    QSqlQuery tables(connection.value());
    const bool sqlite = db.config().engine == Engine::SQLite;
    if (!tables.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                            : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))) {
        rows[QStringLiteral("<tables>")] << tables.lastError().text();
        return rows;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(connection.value());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            rows[table] << QStringLiteral("ERROR ") + q.lastError().text();
            continue;
        }
        QStringList lines;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
            lines << values.join(QLatin1Char('|'));
        }
        lines.sort();
        rows[table] = lines;
    }
    return rows;
}

// Every entry under a folder (links not followed) with its type and contents.
QStringList treeOf(const QString &dir)
{
    QStringList entries;
    const QFileInfo top(dir);
    if (top.isSymLink())
        return { QStringLiteral("<link> ") + top.symLinkTarget() };
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString name = QDir(dir).relativeFilePath(path);
        if (info.isSymLink())
            entries << name + QStringLiteral(" -> ") + info.symLinkTarget();
        else if (info.isDir())
            entries << name + QLatin1Char('/');
        else
            entries << name + QStringLiteral(" = ") + QString::fromLatin1(readFile(path).toHex());
    }
    entries.sort();
    return entries;
}

QJsonObject readManifest(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

void writeManifest(const QString &path, const QJsonObject &object)
{
    writeFile(path, QJsonDocument(object).toJson());
}

// Replaces one file of a set and makes the manifest describe the new bytes, as a forger would.
void replaceSetFile(const QString &manifestPath, const QString &role, const QByteArray &bytes)
{
    QJsonObject manifest = readManifest(manifestPath);
    QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(QStringLiteral("role")).toString() != role)
            continue;
        writeFile(QFileInfo(manifestPath).dir().filePath(f.value(QStringLiteral("name")).toString()), bytes);
        f.insert(QStringLiteral("size"), bytes.size());
        f.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        files[i] = f;
    }
    manifest.insert(QStringLiteral("files"), files);
    writeManifest(manifestPath, manifest);
}

// A tar archive written header by header (POSIX ustar), so that a test can put in it what `tar`
// would not: links, devices, setuid files, names with "..".
class TarWriter
{
public:
    enum Type : char { File = '0', HardLink = '1', SymLink = '2', CharDevice = '3', Directory = '5', Fifo = '6', Pax = 'x' };

    void add(const QString &name, Type type, const QByteArray &data = {}, int mode = 0644, const QString &link = {})
    {
        QByteArray header(512, '\0');
        const auto put = [&](int offset, const QByteArray &value) { header.replace(offset, value.size(), value); };
        const auto octal = [](qint64 value, int width) { return QByteArray::number(value, 8).rightJustified(width - 1, '0'); };
        put(0, name.toUtf8().left(100));
        put(100, octal(mode, 8));
        put(108, octal(0, 8));
        put(116, octal(0, 8));
        put(124, octal(data.size(), 12));
        put(136, octal(1700000000, 12));
        put(148, QByteArray(8, ' '));
        header[156] = type;
        put(157, link.toUtf8().left(100));
        put(257, QByteArray("ustar\0" "00", 8));
        put(329, octal(type == CharDevice ? 1 : 0, 8));
        put(337, octal(type == CharDevice ? 3 : 0, 8));
        int sum = 0;
        for (const char c : std::as_const(header))
            sum += static_cast<unsigned char>(c);
        put(148, octal(sum, 7) + QByteArray(1, '\0'));
        m_bytes += header;
        if (!data.isEmpty()) {
            m_bytes += data;
            m_bytes += QByteArray((512 - data.size() % 512) % 512, '\0');
        }
    }
    QByteArray bytes() const { return m_bytes + QByteArray(1024, '\0'); }

private:
    QByteArray m_bytes;
};

QString statusOf(TestDatabase &db, const QString &operation)
{
    return db.scalar(QStringLiteral("SELECT status FROM sync_records WHERE operation_type = ? ORDER BY id DESC LIMIT 1"),
                     { operation })
            .toString();
}

QString sourceIdAt(TestDatabase &db, int n)
{
    return db.scalar(QStringLiteral("SELECT source_id FROM products ORDER BY id LIMIT 1 OFFSET %1").arg(n)).toString();
}

// The processes whose command line mentions `text` (e.g. a pg_dump writing into a folder).
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QStringList pids
        = QDir(QStringLiteral("/proc")).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmdline.readAll().replace('\0', ' ');
        if (line.contains(text.toUtf8()))
            found << pid + QLatin1Char(' ') + QString::fromLocal8Bit(line);
    }
    return found;
}

// The SQLite table checksum as the sets written so far computed it, with QtSql's values: rows in
// key order, per value a type tag, its length as a native 64-bit integer, and its bytes.
// The SQLite checksum recomputed through QtSql: one SHA-256 over every row in `order` (the sets
// before row sums), or with `rowSums` the sum modulo 2^64 of each row's SHA-256 (first eight
// bytes, big-endian) as a decimal number.
QString qtSqlChecksum(const QSqlDatabase &db, const QString &table, const QString &order, bool rowSums = false)
{
    quint64 sum = 0;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order)))
        return QStringLiteral("ERROR ") + rows.lastError().text();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows.next()) {
        for (int c = 0; c < rows.record().count(); ++c) {
            const QVariant value = rows.value(c);
            char tag = 'n';
            QByteArray bytes;
            if (!value.isNull()) {
                switch (value.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                    tag = 'i';
                    bytes = QByteArray::number(value.toLongLong());
                    break;
                case QMetaType::Double:
                    tag = 'r';
                    bytes = QByteArray::number(value.toDouble(), 'g', 17);
                    break;
                case QMetaType::QByteArray:
                    tag = 'b';
                    bytes = value.toByteArray();
                    break;
                default:
                    tag = 't';
                    bytes = value.toString().toUtf8();
                    break;
                }
            }
            const qint64 size = bytes.size();
            hash.addData(QByteArrayView(&tag, 1));
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
            hash.addData(bytes);
        }
        if (rowSums) {
            sum += qFromBigEndian<quint64>(hash.result().constData());
            hash.reset();
        }
    }
    return rowSums ? QString::number(sum) : QString::fromLatin1(hash.result().toHex());
}

} // namespace

class BackupManagerTest : public QObject
{
    Q_OBJECT

private:
    // A catalog with history (updates, a soft delete) and journal rows, plus an image store.
    void seed(TestDatabase &db, const QString &imagesDir)
    {
        DemoData::Options options;
        options.products = 400;
        options.suppliers = 40;
        QVERIFY_OK(DemoData::load(db.connections(), options));
        ProductRepository products(db.connections());
        auto first = products.findBySourceId(sourceIdAt(db, 0));
        QVERIFY_OK(first);
        Product changed = first.value();
        changed.title = QStringLiteral("改过的标题 — edited title");
        QVERIFY_OK(products.update(changed));
        QVERIFY_OK(products.softDelete(changed.id, changed.version + 1));
        writeFile(imagesDir + QStringLiteral("/p1/a.jpg"), QByteArray("\xff\xd8\xff\xe0 fake jpeg", 14));
        writeFile(imagesDir + QStringLiteral("/p2/b.png"), QByteArray("\x89PNG fake", 9));
    }

private slots:
    void shouldRestoreIdenticalTablesAndImages_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRestoreIdenticalTablesAndImages()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        const QString images = storage.filePath(QStringLiteral("images"));
        const QString backups = storage.filePath(QStringLiteral("backups"));
        seed(*db, images);
        const QMap<QString, QStringList> before = allRows(db->connections());
        QVERIFY(before.value(QStringLiteral("products")).size() == 400);
        QVERIFY(before.value(QStringLiteral("product_history")).size() > 400);

        BackupManager source(db->connections());
        QList<int> percents;
        auto manifest = source.backup({ backups, true, images, {} }, [&](int percent, const QString &) {
            percents << percent;
            return true;
        });
        QVERIFY_OK(manifest);
        QCOMPARE(percents.last(), 100);
        QVERIFY(QFileInfo(manifest->path).fileName().startsWith(QStringLiteral("catalog_backup_")));
        QVERIFY(QFile::exists(manifest->filePath(QStringLiteral("database"))));
        QVERIFY(QFile::exists(manifest->filePath(QStringLiteral("images"))));
        QCOMPARE(manifest->tables.value(QStringLiteral("products")).rows, 400);
        QCOMPARE(manifest->schemaVersion, Migrator::latestVersion());
        QCOMPARE(statusOf(*db, QStringLiteral("backup")), QStringLiteral("completed"));
        // The manifest read back is the manifest written.
        auto reread = BackupManager::Manifest::read(manifest->filePath(QStringLiteral("database")));
        QVERIFY_OK(reread);
        QCOMPARE(reread->tables, manifest->tables);
        // The database, its row hashes, the image archive with its list of files, and the
        // settings (issue 21).
        QCOMPARE(reread->files.size(), 5);
        QVERIFY(!reread->filePath(QStringLiteral("row-hashes")).isEmpty());
        QVERIFY(!reread->filePath(QStringLiteral("images-index")).isEmpty());
        QVERIFY(!reread->filePath(QStringLiteral("settings")).isEmpty());
        // Nothing half-made is left beside the set.
        QCOMPARE(QDir(backups).entryList(QDir::Files).filter(QStringLiteral(".partial")).size(), 0);

        // Restore into an empty database of the same engine, images into a wiped store.
        auto empty = TestDatabase::create(QString::fromLatin1(QTest::currentDataTag()), false);
        QVERIFY2(empty, qPrintable(TestDatabase::lastError()));
        QVERIFY(QDir(images).removeRecursively());
        BackupManager target(empty->connections());
        auto restored = target.restore(manifest->path, { true, images, {} });
        QVERIFY_OK(restored);
        QVERIFY(restored->imagesRestored);
        QCOMPARE(restored->restored.value(QStringLiteral("products")), manifest->tables.value(QStringLiteral("products")));
        QCOMPARE(allRows(empty->connections()), before);
        QCOMPARE(readFile(images + QStringLiteral("/p1/a.jpg")), QByteArray("\xff\xd8\xff\xe0 fake jpeg", 14));
        QCOMPARE(readFile(images + QStringLiteral("/p2/b.png")), QByteArray("\x89PNG fake", 9));
        // The backup's own journal row is not in the set; the restore wrote its own.
        QCOMPARE(empty->scalar(QStringLiteral("SELECT count(*) FROM sync_records WHERE operation_type = 'backup'")).toInt(), 0);
        QCOMPARE(statusOf(*empty, QStringLiteral("restore")), QStringLiteral("completed"));

        // Restore over the existing, since changed, database: back to the backed-up state.
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'changed after the backup' WHERE source_id = ?"), { sourceIdAt(*db, 2) }));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM images")));
        QVERIFY(allRows(db->connections()) != before);
        writeFile(images + QStringLiteral("/stray.jpg"), "not in the backup");
        QVERIFY_OK(source.restore(manifest->path, { true, images, {} }));
        QCOMPARE(allRows(db->connections()), before);
        QVERIFY(!QFile::exists(images + QStringLiteral("/stray.jpg")));
        // The application keeps working on the restored database.
        ProductRepository products(db->connections());
        auto p = products.findBySourceId(sourceIdAt(*db, 3));
        QVERIFY_OK(p);
        Product edited = p.value();
        edited.title = QStringLiteral("edited after the restore");
        QVERIFY_OK(products.update(edited));
    }

    void shouldRefuseDamagedOrForeignSets_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRefuseDamagedOrForeignSets()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        BackupManager manager(db->connections());
        auto manifest = manager.backup({ storage.filePath(QStringLiteral("backups")), false, {}, {} });
        QVERIFY_OK(manifest);
        const QMap<QString, QStringList> before = allRows(db->connections());

        // A changed byte in the archive: refused before the database is touched.
        const QString data = manifest->filePath(QStringLiteral("database"));
        QByteArray bytes = readFile(data);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x5a);
        writeFile(data, bytes);
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'kept' WHERE source_id = ?"), { sourceIdAt(*db, 4) }));
        const QMap<QString, QStringList> changed = allRows(db->connections());
        auto damaged = manager.restore(manifest->path, {});
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().message.contains(QStringLiteral("sha256")), qPrintable(damaged.error().message));
        QCOMPARE(allRows(db->connections()), changed);

        // A missing manifest: the set is incomplete.
        QVERIFY(QFile::remove(manifest->path));
        auto incomplete = manager.restore(data, {});
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().kind, ErrorKind::NotFound);
        QVERIFY(incomplete.error().message.contains(QStringLiteral("manifest")));

        // A manifest from the future.
        QVERIFY(manager.backup({ storage.filePath(QStringLiteral("future")), false, {}, {} }).ok());
        const QString futureManifest = QDir(storage.filePath(QStringLiteral("future")))
                                               .entryInfoList({ QStringLiteral("*.manifest.json") })
                                               .value(0)
                                               .absoluteFilePath();
        QJsonObject object = QJsonDocument::fromJson(readFile(futureManifest)).object();
        object.insert(QStringLiteral("schema_version"), Migrator::latestVersion() + 1);
        writeFile(futureManifest, QJsonDocument(object).toJson());
        auto future = manager.restore(futureManifest, {});
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains(QStringLiteral("newer Catalog Admin")), qPrintable(future.error().message));

        // The other engine's backup.
        object.insert(QStringLiteral("schema_version"), 1);
        object.insert(QStringLiteral("engine"), engineName(db->config().engine == Engine::SQLite ? Engine::PostgreSQL : Engine::SQLite));
        writeFile(futureManifest, QJsonDocument(object).toJson());
        auto foreign = manager.restore(futureManifest, {});
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.contains(QStringLiteral("the connected database is")), qPrintable(foreign.error().message));
        QCOMPARE(allRows(db->connections()), changed);
        Q_UNUSED(before);
    }

    void shouldLeaveNothingWhenCancelled_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldLeaveNothingWhenCancelled()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        BackupManager manager(db->connections());
        const QString dir = storage.filePath(QStringLiteral("backups"));
        int calls = 0;
        auto cancelledBackup = manager.backup({ dir, true, storage.filePath(QStringLiteral("images")), {} },
                                              [&](int, const QString &) { return ++calls < 4; });
        QVERIFY(!cancelledBackup);
        QCOMPARE(cancelledBackup.error().kind, ErrorKind::Cancelled);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
        QCOMPARE(statusOf(*db, QStringLiteral("backup")), QStringLiteral("cancelled"));

        // A restore cancelled while loading leaves the database as it was.
        auto manifest = manager.backup({ dir, false, {}, {} });
        QVERIFY_OK(manifest);
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'after the backup' WHERE source_id = ?"), { sourceIdAt(*db, 5) }));
        const QMap<QString, QStringList> changed = allRows(db->connections());
        auto cancelledRestore = manager.restore(manifest->path, {}, [](int percent, const QString &) { return percent < 10; });
        QVERIFY(!cancelledRestore);
        QCOMPARE(cancelledRestore.error().kind, ErrorKind::Cancelled);
        QCOMPARE(allRows(db->connections()), changed);
    }

    // A set whose files match their hashes but whose contents do not match the manifest is refused
    // before the live data changes: every table and the image store stay exactly as they were.
    void shouldRefuseASetThatBreaksItsManifestBeforeChangingAnything_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRefuseASetThatBreaksItsManifestBeforeChangingAnything()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        const QString images = storage.filePath(QStringLiteral("images"));
        seed(*db, images);
        BackupManager manager(db->connections());
        auto manifest = manager.backup({ storage.filePath(QStringLiteral("backups")), true, images, {} });
        QVERIFY_OK(manifest);
        const QJsonObject good = readManifest(manifest->path);
        const QByteArray goodData = readFile(manifest->filePath(QStringLiteral("database")));
        // The live data moves on after the backup.
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'after the backup' WHERE source_id = ?"), { sourceIdAt(*db, 6) }));
        writeFile(images + QStringLiteral("/p3/new.jpg"), "added after the backup");
        const QMap<QString, QStringList> tablesBefore = everyTable(*db);
        const QStringList imagesBefore = treeOf(images);
        QVERIFY(tablesBefore.size() >= 7);

        const auto tables = [&] { return good.value(QStringLiteral("tables")).toObject(); };
        struct Case
        {
            const char *name;
            std::function<void()> forge;
            const char *message;
        };
        const QList<Case> cases {
            { "one product row more than the dump holds",
              [&] {
                  QJsonObject t = tables();
                  QJsonObject products = t.value(QStringLiteral("products")).toObject();
                  products.insert(QStringLiteral("rows"), products.value(QStringLiteral("rows")).toInteger() + 1);
                  t.insert(QStringLiteral("products"), products);
                  QJsonObject m = good;
                  m.insert(QStringLiteral("tables"), t);
                  writeManifest(manifest->path, m);
              },
              "products" },
            { "a checksum that does not match",
              [&] {
                  QJsonObject t = tables();
                  QJsonObject suppliers = t.value(QStringLiteral("suppliers")).toObject();
                  suppliers.insert(QStringLiteral("checksum"), QStringLiteral("0123456789abcdef"));
                  t.insert(QStringLiteral("suppliers"), suppliers);
                  QJsonObject m = good;
                  m.insert(QStringLiteral("tables"), t);
                  writeManifest(manifest->path, m);
              },
              "suppliers" },
            { "a table left out of the manifest",
              [&] {
                  QJsonObject t = tables();
                  t.remove(QStringLiteral("product_history"));
                  QJsonObject m = good;
                  m.insert(QStringLiteral("tables"), t);
                  writeManifest(manifest->path, m);
              },
              "product_history" },
            { "an empty database file with a matching hash",
              [&] {
                  writeManifest(manifest->path, good);
                  replaceSetFile(manifest->path, QStringLiteral("database"), QByteArray());
              },
              "" },
        };
        for (const Case &c : cases) {
            writeManifest(manifest->path, good);
            writeFile(manifest->filePath(QStringLiteral("database")), goodData);
            c.forge();
            auto refused = manager.restore(manifest->path, { true, images, {} });
            QVERIFY2(!refused, c.name);
            QVERIFY2(refused.error().message.contains(QLatin1String(c.message)), qPrintable(refused.error().message));
            QVERIFY2(everyTable(*db) == tablesBefore, c.name);
            QVERIFY2(treeOf(images) == imagesBefore, c.name);
        }
        // The untouched set still restores, with the figures of the backup.
        writeManifest(manifest->path, good);
        writeFile(manifest->filePath(QStringLiteral("database")), goodData);
        auto restored = manager.restore(manifest->path, { true, images, {} });
        QVERIFY_OK(restored);
        QCOMPARE(restored->restored.value(QStringLiteral("products")), manifest->tables.value(QStringLiteral("products")));
        QVERIFY(!QFile::exists(images + QStringLiteral("/p3/new.jpg")));
    }

    // An image archive may hold plain files and folders only, under its one top folder: links,
    // devices, setuid files and names leaving the folder are refused before anything changes, and
    // nothing is written outside the storage folder.
    void shouldRefuseHostileImageArchives_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldRefuseHostileImageArchives()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        QTemporaryDir elsewhere;
        const QString images = storage.filePath(QStringLiteral("images"));
        seed(*db, images);
        BackupManager manager(db->connections());
        auto manifest = manager.backup({ storage.filePath(QStringLiteral("backups")), true, images, {} });
        QVERIFY_OK(manifest);
        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        writeFile(victim, "must survive");
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'after the backup' WHERE source_id = ?"), { sourceIdAt(*db, 7) }));
        const QMap<QString, QStringList> tablesBefore = everyTable(*db);
        const QStringList imagesBefore = treeOf(images);
        const QStringList storageBefore = QDir(storage.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QStringList elsewhereBefore = treeOf(elsewhere.path());

        const bool root = ::geteuid() == 0;
        QList<QPair<QString, QByteArray>> archives;
        {
            TarWriter t;
            t.add(QStringLiteral("images"), TarWriter::SymLink, {}, 0777, elsewhere.path());
            archives.append({ QStringLiteral("top-level link"), t.bytes() });
        }
        {
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/p1/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/p1/a.jpg"), TarWriter::File, "fine");
            t.add(QStringLiteral("images/p2"), TarWriter::SymLink, {}, 0777, elsewhere.path());
            t.add(QStringLiteral("images/p2/victim.txt"), TarWriter::File, "overwritten");
            archives.append({ QStringLiteral("nested link"), t.bytes() });
        }
        {
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/p1/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/p1/a.jpg"), TarWriter::File, "#!/bin/sh\n", 04755);
            archives.append({ QStringLiteral("setuid file"), t.bytes() });
        }
        {
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/p1/a.jpg"), TarWriter::HardLink, {}, 0644, victim);
            archives.append({ QStringLiteral("hard link"), t.bytes() });
        }
        {
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/../escape"), TarWriter::File, "escaped");
            t.add(QStringLiteral("../escape"), TarWriter::File, "escaped");
            archives.append({ QStringLiteral("dot-dot"), t.bytes() });
        }
        {
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(elsewhere.filePath(QStringLiteral("absolute")), TarWriter::File, "escaped");
            archives.append({ QStringLiteral("absolute path"), t.bytes() });
        }
        {
            // Data behind a folder header, and a pax header that changes a size: both make where
            // the next header starts a matter of interpretation. What hides there is a link.
            TarWriter hidden;
            hidden.add(QStringLiteral("images/p9"), TarWriter::SymLink, {}, 0777, elsewhere.path());
            const QByteArray linkHeader = hidden.bytes().left(512);
            TarWriter folder;
            folder.add(QStringLiteral("images/"), TarWriter::Directory, linkHeader, 0755);
            archives.append({ QStringLiteral("folder with data"), folder.bytes() });
            TarWriter pax;
            pax.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            pax.add(QStringLiteral("PaxHeaders/a.jpg"), TarWriter::Pax, "10 size=0\n", 0644);
            pax.add(QStringLiteral("images/a.jpg"), TarWriter::File, linkHeader, 0644);
            archives.append({ QStringLiteral("pax size"), pax.bytes() });
        }
        if (root) { // only root can make a device node; as anyone else tar could not restore one anyway
            TarWriter t;
            t.add(QStringLiteral("images/"), TarWriter::Directory, {}, 0755);
            t.add(QStringLiteral("images/null"), TarWriter::CharDevice, {}, 0666);
            archives.append({ QStringLiteral("device node"), t.bytes() });
        } else {
            qInfo("not root: the device-node archive is not tried");
        }
        const QJsonObject good = readManifest(manifest->path);
        for (const auto &[name, bytes] : std::as_const(archives)) {
            writeManifest(manifest->path, good);
            replaceSetFile(manifest->path, QStringLiteral("images"), bytes);
            auto refused = manager.restore(manifest->path, { true, images, {} });
            QVERIFY2(!refused, qPrintable(name));
            QVERIFY2(refused.error().message.contains(QStringLiteral("image archive")), qPrintable(refused.error().message));
            QVERIFY2(everyTable(*db) == tablesBefore, qPrintable(name));
            QVERIFY2(treeOf(images) == imagesBefore, qPrintable(name));
            QVERIFY2(!QFileInfo(images).isSymLink(), qPrintable(name));
            QCOMPARE(readFile(victim), QByteArray("must survive"));
            QCOMPARE(treeOf(elsewhere.path()), elsewhereBefore);
            QCOMPARE(QDir(storage.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), storageBefore);
        }
    }

    // A live image store that is a link (left by an earlier attack) is replaced, never followed:
    // the link's target keeps its files.
    void shouldReplaceALinkedImageStoreWithoutTouchingItsTarget()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY(db);
        QTemporaryDir storage;
        QTemporaryDir elsewhere;
        const QString images = storage.filePath(QStringLiteral("images"));
        seed(*db, images);
        // A name longer than a tar header holds (GNU tar writes a long-name member for it).
        const QString longName = images + QLatin1Char('/') + QString(140, QLatin1Char('l')) + QStringLiteral("/image.jpg");
        writeFile(longName, "long");
        auto manifest = BackupManager(db->connections()).backup({ storage.filePath(QStringLiteral("backups")), true, images, {} });
        QVERIFY_OK(manifest);
        QVERIFY(QDir(images).removeRecursively());
        writeFile(elsewhere.filePath(QStringLiteral("p1/old.jpg")), "someone else's file");
        QVERIFY(QFile::link(elsewhere.path(), images));
        QVERIFY_OK(BackupManager(db->connections()).restore(manifest->path, { true, images, {} }));
        QVERIFY(!QFileInfo(images).isSymLink());
        QCOMPARE(readFile(images + QStringLiteral("/p1/a.jpg")), QByteArray("\xff\xd8\xff\xe0 fake jpeg", 14));
        QCOMPARE(readFile(longName), QByteArray("long"));
        QCOMPARE(readFile(elsewhere.filePath(QStringLiteral("p1/old.jpg"))), QByteArray("someone else's file"));
    }

    // pg_dump runs beside the checksums: a cancel while they are computed leaves no file of the
    // set and no pg_dump behind (SQLite: a cancel while the copy is checksummed, likewise).
    void shouldLeaveNoSetAndNoProcessWhenCancelledBesideTheDump_data()
    {
        TestDatabase::addEngineColumn();
        TestDatabase::addEngineRows();
    }
    void shouldLeaveNoSetAndNoProcessWhenCancelledBesideTheDump()
    {
        OPEN_TEST_DATABASE(db);
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        BackupManager manager(db->connections());
        // Early (pg_dump surely running) and at the last table (pg_dump running or done).
        for (const QString &table : { QStringLiteral("products"), QStringLiteral("sync_records") }) {
            const QString stage = QStringLiteral("Checksumming ") + table;
            const QString dir = storage.filePath(QStringLiteral("backups-") + table);
            QStringList seen;
            auto cancelled = manager.backup({ dir, false, {}, {} }, [&](int, const QString &now) {
                seen << now;
                return !now.startsWith(stage);
            });
            QVERIFY2(!cancelled, qPrintable(stage));
            QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
            QVERIFY2(seen.last().startsWith(stage), qPrintable(seen.join(QLatin1Char('\n'))));
            QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
            QCOMPARE(processesMentioning(dir), QStringList());
            QCOMPARE(statusOf(*db, QStringLiteral("backup")), QStringLiteral("cancelled"));
        }
        // The snapshot's connection was let go: the next backup works.
        auto manifest = manager.backup({ storage.filePath(QStringLiteral("after")), false, {}, {} });
        QVERIFY_OK(manifest);
        auto digests = manager.digests();
        QVERIFY_OK(digests);
        QCOMPARE(
            digests->value(QStringLiteral("products")), manifest->tables.value(QStringLiteral("products")));
    }

    // The SQLite checksums are read through SQLite's own API now; they are the very sums the
    // sets written before computed through QtSql, odd values included, so those sets restore.
    void shouldKeepTheSqliteChecksumsOfEarlierSets()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE odd_values (id INTEGER PRIMARY KEY, i, r, b, t)")));
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO odd_values VALUES (1, -9223372036854775808, 1316436775194682.25, x'00ff00', "
            "'plain'), "
            "(2, 9223372036854775807, 0.1, x'', '改过的标题 ünïcode 🙂'), (3, NULL, -0.0, NULL, "
            "CAST(x'ff61c3' AS TEXT)), "
            "(4, 0, 9e999, zeroblob(3), ''), (5, -1, -9e999, x'41', 'a\"b'), (6, 42, 1e-310, NULL, NULL), "
            "(7, 3, 123456789.125, x'ff', CAST(x'610062' AS TEXT)), (8, 2, 2.5e-5, NULL, 19.99)")));
        auto connection = db->connections().connection();
        QVERIFY_OK(connection);
        auto digests = BackupManager(db->connections()).digests(QStringLiteral("sqlite-sha256-typed-values"));
        QVERIFY_OK(digests);
        QVERIFY(digests->size() >= 8);
        for (auto it = digests->cbegin(); it != digests->cend(); ++it) {
            QSqlQuery key(connection.value());
            QVERIFY(key.exec(
                QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk = 1").arg(it.key())));
            const QString order = key.next() ? QStringLiteral("\"%1\"").arg(key.value(0).toString())
                                             : QStringLiteral("rowid");
            QCOMPARE(it->checksum, qtSqlChecksum(connection.value(), it.key(), order));
        }
        QCOMPARE(digests->value(QStringLiteral("odd_values")).rows, 8);
        // The row sums of new sets hash the same values row by row, in any order; the title
        // search's virtual table is left to its shadow tables.
        auto sums = BackupManager(db->connections()).digests();
        QVERIFY_OK(sums);
        QCOMPARE(sums->size(), digests->size() - 1);
        QVERIFY(!sums->contains(QStringLiteral("products_title_fts")));
        for (auto it = sums->cbegin(); it != sums->cend(); ++it)
            QCOMPARE(it->checksum, qtSqlChecksum(connection.value(), it.key(), QStringLiteral("random()"), true));
        QCOMPARE(sums->value(QStringLiteral("odd_values")).rows, 8);
        // And a set of it restores, proven by those sums.
        auto manifest = BackupManager(db->connections())
                            .backup({ storage.filePath(QStringLiteral("backups")), false, {}, {} });
        QVERIFY_OK(manifest);
        auto empty = TestDatabase::create(QStringLiteral("sqlite"), false);
        QVERIFY(empty);
        // The verified copy waits beside the live database (same file system) and goes afterwards.
        const QDir live = QFileInfo(empty->config().sqlitePath).dir();
        const QStringList staged { QStringLiteral(".restore-*.sqlite") };
        QStringList stagedWhileRestoring;
        auto restored = BackupManager(empty->connections())
                            .restore(manifest->path, { false, {}, {} }, [&](int percent, const QString &) {
                                if (percent == 60)
                                    stagedWhileRestoring = live.entryList(staged, QDir::Files | QDir::Hidden);
                                return true;
                            });
        QVERIFY_OK(restored);
        QCOMPARE(restored->restored.value(QStringLiteral("odd_values")),
            manifest->tables.value(QStringLiteral("odd_values")));
        QCOMPARE(stagedWhileRestoring.size(), 1);
        QCOMPARE(live.entryList(staged, QDir::Files | QDir::Hidden), QStringList());
    }

    // SQLite's integrity check runs beside the staged copy's checksums: an index page gone bad in
    // a set whose sha256 was made to match (the row checksums cannot see indexes) is refused on
    // its verdict, before anything live changes.
    void shouldRefuseASqliteSetThatFailsTheIntegrityCheck()
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        BackupManager manager(db->connections());
        auto manifest = manager.backup({ storage.filePath(QStringLiteral("backups")), false, {}, {} });
        QVERIFY_OK(manifest);
        const QString data = manifest->filePath(QStringLiteral("database"));
        qint64 pageSize = 0;
        qint64 indexRoot = 0;
        {
            QSqlDatabase set
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity-set"));
            set.setDatabaseName(data);
            QVERIFY(set.open());
            QSqlQuery q(set);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral(
                "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'products' "
                "AND sql IS NOT NULL ORDER BY name LIMIT 1")));
            QVERIFY(q.next());
            indexRoot = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity-set"));
        QVERIFY(pageSize > 0 && indexRoot > 1);
        QByteArray bytes = readFile(data);
        bytes.replace((indexRoot - 1) * pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
        replaceSetFile(manifest->path, QStringLiteral("database"), bytes);
        QVERIFY(db->exec(QStringLiteral("UPDATE products SET title = 'after the backup' WHERE source_id = ?"),
            { sourceIdAt(*db, 7) }));
        const QMap<QString, QStringList> before = everyTable(*db);
        auto refused = manager.restore(manifest->path, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("integrity check")),
            qPrintable(refused.error().message));
        QCOMPARE(everyTable(*db), before);
    }

    void shouldRestoreWithPlainPgRestore()
    {
        QTest::addColumn<QString>("engine");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        if (!db) {
            if (qEnvironmentVariable("CI") != QLatin1String("true"))
                QSKIP("CATALOG_TEST_PG_URL is not set");
            QFAIL(qPrintable(TestDatabase::lastError()));
        }
        QTemporaryDir storage;
        seed(*db, storage.filePath(QStringLiteral("images")));
        auto manifest = BackupManager(db->connections()).backup({ storage.path(), false, {}, {} });
        QVERIFY_OK(manifest);
        auto empty = TestDatabase::create(QStringLiteral("postgresql"), false);
        QVERIFY(empty);
        auto tool = BackupManager::findPgTool(QStringLiteral("pg_restore"), {}, manifest->toolMajor);
        QVERIFY_OK(tool);
        const ConnectionConfig &c = empty->config();
        QProcess restore;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), c.password);
        restore.setProcessEnvironment(env);
        QStringList args { QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"), QStringLiteral("-d"), c.database };
        if (!c.host.isEmpty())
            args << QStringLiteral("-h") << c.host;
        if (c.port > 0)
            args << QStringLiteral("-p") << QString::number(c.port);
        if (!c.user.isEmpty())
            args << QStringLiteral("-U") << c.user;
        args << manifest->filePath(QStringLiteral("database"));
        restore.start(tool->path, args);
        QVERIFY(restore.waitForFinished(120000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        auto digests = BackupManager(empty->connections()).digests();
        QVERIFY_OK(digests);
        QCOMPARE(digests.value(), manifest->tables);
        QCOMPARE(allRows(empty->connections()), allRows(db->connections()));
    }

    void shouldExplainAnUnfitPgDump()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("pg_dump"));
        writeFile(fake, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 11.22'\n");
        QFile::setPermissions(fake, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto tool = BackupManager::findPgTool(QStringLiteral("pg_dump"), fake, 15);
        QVERIFY(!tool);
        QVERIFY2(tool.error().message.contains(QStringLiteral("version 11")) && tool.error().message.contains(QStringLiteral("15 or newer")),
                 qPrintable(tool.error().message));
        auto missing = BackupManager::findPgTool(QStringLiteral("pg_dump"), dir.filePath(QStringLiteral("nothing")), 15);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not run")));
        auto installed = BackupManager::findPgTool(QStringLiteral("pg_dump"), {}, 15);
        QVERIFY_OK(installed);
        QVERIFY(installed->major >= 15);
    }

    void shouldKeepLastNAndRecentDays()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0));
        const auto makeSet = [&](const QDateTime &when, bool complete) {
            QString name = BackupManager::setName(when);
            writeFile(dir.filePath(name + QStringLiteral(".sqlite")), "data");
            writeFile(dir.filePath(name + QStringLiteral("_images.tar")), "tar");
            if (complete) {
                const QJsonObject manifest {
                    { QStringLiteral("format"), QStringLiteral("catalog-admin-backup") },
                    { QStringLiteral("format_version"), 1 },
                    { QStringLiteral("created_at"), when.toString(Qt::ISODate) },
                    { QStringLiteral("engine"), engineName(Engine::SQLite) },
                    { QStringLiteral("schema_version"), 1 },
                    { QStringLiteral("tables"), QJsonObject { { QStringLiteral("products"), QJsonObject { { QStringLiteral("rows"), 1 } } } } },
                    { QStringLiteral("files"), QJsonArray { QJsonObject { { QStringLiteral("name"), name + QStringLiteral(".sqlite") },
                                                                          { QStringLiteral("role"), QStringLiteral("database") },
                                                                          { QStringLiteral("size"), 4 },
                                                                          { QStringLiteral("sha256"), QString(64, QLatin1Char('a')) } } } },
                };
                writeFile(dir.filePath(name + QStringLiteral(".manifest.json")), QJsonDocument(manifest).toJson());
            }
            return name;
        };
        // Daily sets 0..39 days old; an incomplete one from a crash 3 days ago; one being written now.
        QStringList names;
        for (int day = 0; day < 40; ++day)
            names << makeSet(now.addDays(-day).addSecs(-3600), true);
        const QString crashed = makeSet(now.addDays(-3).addSecs(-60), false);
        const QString writing = makeSet(now.addSecs(-30), false);

        auto plan = BackupManager::cleanup(dir.path(), 7, 10, true, now);
        QVERIFY_OK(plan);
        QStringList kept;
        for (const auto &s : plan->kept)
            kept << s.name;
        // Newer than 10 days: days 0..9; the last 7 are among them; the fresh incomplete one stays.
        QCOMPARE(kept.size(), 11);
        QVERIFY(kept.contains(writing));
        QVERIFY(!kept.contains(crashed));
        QVERIFY(kept.contains(names.at(9)));
        QVERIFY(!kept.contains(names.at(10)));
        QCOMPARE(plan->removed.size(), 31);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 40 * 3 + 4); // dry run: nothing removed

        // keepLast beyond keepDays: the last 20 are kept even though older than 10 days.
        auto many = BackupManager::cleanup(dir.path(), 20, 10, false, now);
        QVERIFY_OK(many);
        QCOMPARE(many->removed.size(), 20 + 1);
        auto left = BackupManager::list(dir.path());
        QVERIFY_OK(left);
        QCOMPARE(left->size(), 21);
        QCOMPARE(left->first().name, writing);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 20 * 3 + 2);
        QVERIFY(!BackupManager::cleanup(dir.path(), -1, 3, true, now));
    }
};

CATALOG_TEST_GUILESS_MAIN(BackupManagerTest)
#include "tst_backupmanager.moc"
