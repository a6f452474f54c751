#include "maintenance/consistencychecker.h"

#include "config/appidentity.h"
#include "maintenance/imagefilehashes_p.h"
#include "repositories/jobjournal.h"
#include "db/connectionmanager.h"
#include "images/imagecodec.h"
#include "images/imagestore.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"
#include "repositories/syncrecordrepository.h"
#include "db/transaction_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <functional>

namespace catalog {

namespace {

constexpr int kStuckJobHours = 6;

struct Statement
{
    QString sql;
    QVariantList values;
};

// One kind of problem: the rows it concerns (a FROM … WHERE … fragment), how to name them, and
// the statements that repair it.
struct Kind
{
    QString id;
    QString title;
    QString repairText;
    QString from;
    QString label;
    QVariantList values;
    QList<Statement> repair;
};

QString extraSupplier(const QString &s)
{
    // A duplicate that is not the first (lowest id) of its group.
    return QStringLiteral(
        "%1.deleted_at IS NULL AND EXISTS (SELECT 1 FROM suppliers t WHERE t.deleted_at IS NULL AND "
        "t.id < %1.id AND (lower(trim(t.source_id)) = lower(trim(%1.source_id)) OR (t.name = %1.name "
        "AND COALESCE(t.company_name, '') = COALESCE(%1.company_name, ''))))")
        .arg(s);
}

QList<Kind> kindsFor(const SqlDialect &d, const QString &actor)
{
    const QString now = d.nowExpression();
    const QString edited = QStringLiteral("version = version + 1, updated_at = %1, updated_by = ?").arg(now);
    const QString missingSupplier = QStringLiteral(
        "p.supplier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM suppliers s WHERE s.id = p.supplier_id)");
    const QString deletedSupplier = QStringLiteral(
        "p.deleted_at IS NULL AND p.supplier_id IN (SELECT id FROM suppliers WHERE deleted_at IS NOT NULL)");
    const QString actualCount = QStringLiteral(
        "(SELECT count(*) FROM products p WHERE p.supplier_id = s.id AND p.deleted_at IS NULL)");
    const QString badJson
        = QStringLiteral("(%1 OR %2)")
              .arg(d.jsonShapeInvalid(QStringLiteral("p.detail_images"), QStringLiteral("array")),
                  d.jsonShapeInvalid(QStringLiteral("p.specifications"), QStringLiteral("object")));
    const QString noMainImage
        = QStringLiteral("p.deleted_at IS NULL AND (p.main_image_url IS NULL OR p.main_image_url = '')");
    // Only products with recorded images: a product not fetched yet is not inconsistent.
    const QString mainUnrecorded
        = QStringLiteral("p.deleted_at IS NULL AND p.main_image_url IS NOT NULL AND p.main_image_url <> '' "
                         "AND EXISTS (SELECT 1 FROM "
                         "images i WHERE i.product_id = p.id) AND NOT EXISTS (SELECT 1 FROM images i WHERE "
                         "i.product_id = p.id AND i.url = "
                         "p.main_image_url AND i.image_type = 'main')");
    const QVariant cutoff = d.bindTimestamp(QDateTime::currentDateTimeUtc().addSecs(-3600 * kStuckJobHours));
    const QString stuck = QStringLiteral("j.status = 'running' AND j.start_time < ?");

    return {
        { QStringLiteral("missing_supplier"),
            QCoreApplication::translate("ConsistencyChecker", "Products whose supplier does not exist"),
            QCoreApplication::translate("ConsistencyChecker", "Clear the supplier of those products"),
            QStringLiteral("FROM products p WHERE ") + missingSupplier, QStringLiteral("p.source_id"), {},
            { { QStringLiteral("UPDATE products SET supplier_id = NULL, %1 WHERE id IN (SELECT p.id FROM "
                               "products p WHERE %2)")
                    .arg(edited, missingSupplier),
                { actor } } } },
        { QStringLiteral("deleted_supplier"),
            QCoreApplication::translate("ConsistencyChecker", "Active products whose supplier is deleted"),
            QCoreApplication::translate("ConsistencyChecker", "Restore those suppliers"),
            QStringLiteral("FROM products p WHERE ") + deletedSupplier, QStringLiteral("p.source_id"), {},
            { { QStringLiteral(
                    "UPDATE suppliers SET deleted_at = NULL, %1 WHERE deleted_at IS NOT NULL AND id IN "
                    "(SELECT p.supplier_id FROM products p WHERE %2)")
                    .arg(edited, deletedSupplier),
                { actor } } } },
        { QStringLiteral("duplicate_suppliers"),
            QCoreApplication::translate("ConsistencyChecker",
                "Duplicate suppliers (same source_id apart from case and spaces, or same name and company)"),
            QCoreApplication::translate("ConsistencyChecker",
                "Move their products to the first of each group and delete the duplicates"),
            QStringLiteral("FROM suppliers s WHERE ") + extraSupplier(QStringLiteral("s")),
            QStringLiteral("s.source_id"), {},
            { { QStringLiteral(
                    "UPDATE products SET supplier_id = (SELECT min(t.id) FROM suppliers t, suppliers s WHERE "
                    "s.id = "
                    "products.supplier_id AND t.deleted_at IS NULL AND (lower(trim(t.source_id)) = "
                    "lower(trim(s.source_id)) OR (t.name = s.name AND COALESCE(t.company_name, '') = "
                    "COALESCE(s.company_name, '')))), %1 WHERE supplier_id IN (SELECT s.id FROM suppliers s "
                    "WHERE %2)")
                      .arg(edited, extraSupplier(QStringLiteral("s"))),
                  { actor } },
                { QStringLiteral("UPDATE suppliers SET deleted_at = %1, %2 WHERE id IN (SELECT s.id FROM "
                                 "suppliers s WHERE %3)")
                        .arg(now, edited, extraSupplier(QStringLiteral("s"))),
                    { actor } } } },
        { QStringLiteral("wrong_product_count"),
            QCoreApplication::translate("ConsistencyChecker", "Suppliers whose product_count is wrong"),
            QCoreApplication::translate("ConsistencyChecker", "Recount their active products"),
            QStringLiteral("FROM suppliers s WHERE s.product_count <> ") + actualCount,
            QStringLiteral("s.source_id || ': ' || s.product_count || ' recorded, ' || %1 || ' counted'")
                .arg(actualCount),
            {},
            { { QStringLiteral("UPDATE suppliers SET product_count = %1 WHERE product_count <> %1")
                    .arg(
                        QString(actualCount).replace(QStringLiteral("s.id"), QStringLiteral("suppliers.id"))),
                {} } } },
        { QStringLiteral("price_range_inverted"),
            QCoreApplication::translate("ConsistencyChecker", "Products whose price_min is above price_max"),
            QCoreApplication::translate("ConsistencyChecker", "Swap price_min and price_max"),
            QStringLiteral("FROM products p WHERE p.price_min > p.price_max"), QStringLiteral("p.source_id"),
            {},
            { { QStringLiteral("UPDATE products SET price_min = price_max, price_max = price_min, %1 WHERE "
                               "price_min > price_max")
                    .arg(edited),
                { actor } } } },
        { QStringLiteral("invalid_json"),
            QCoreApplication::translate("ConsistencyChecker",
                "Products whose detail_images is not a JSON array or specifications not a JSON object"),
            QCoreApplication::translate(
                "ConsistencyChecker", "Replace the broken value with an empty list or object"),
            QStringLiteral("FROM products p WHERE ") + badJson, QStringLiteral("p.source_id"), {},
            { { QStringLiteral(
                    "UPDATE products SET detail_images = CASE WHEN %1 THEN '[]' ELSE detail_images END, "
                    "specifications = CASE WHEN %2 THEN '{}' ELSE specifications END, %3 WHERE id IN "
                    "(SELECT p.id FROM products p WHERE %4)")
                    .arg(d.jsonShapeInvalid(QStringLiteral("detail_images"), QStringLiteral("array")),
                        d.jsonShapeInvalid(QStringLiteral("specifications"), QStringLiteral("object")),
                        edited, badJson),
                { actor } } } },
        { QStringLiteral("missing_main_image"),
            QCoreApplication::translate("ConsistencyChecker", "Active products without a main image"),
            QCoreApplication::translate(
                "ConsistencyChecker", "Use the first detail image as the main image where there is one"),
            QStringLiteral("FROM products p WHERE ") + noMainImage, QStringLiteral("p.source_id"), {},
            {} }, // repaired row by row (needs the first element of a JSON array): see repairMainImages()
        { QStringLiteral("main_image_unrecorded"),
            QCoreApplication::translate("ConsistencyChecker",
                "Products whose images are recorded but not their main image (or it is labelled detail)"),
            QCoreApplication::translate("ConsistencyChecker",
                "Record the main image (a row fetch-images --missing downloads) and label the others detail"),
            QStringLiteral("FROM products p WHERE ") + mainUnrecorded, QStringLiteral("p.source_id"), {},
            { { QStringLiteral("UPDATE images SET image_type = 'detail' WHERE image_type = 'main' AND "
                               "product_id IN (SELECT p.id "
                               "FROM products p WHERE %1) AND url <> (SELECT p.main_image_url FROM products "
                               "p WHERE p.id = "
                               "images.product_id)")
                      .arg(mainUnrecorded),
                  {} },
                { QStringLiteral("UPDATE images SET image_type = 'main' WHERE product_id IN (SELECT p.id "
                                 "FROM products p WHERE "
                                 "%1) AND url = (SELECT p.main_image_url FROM products p WHERE p.id = "
                                 "images.product_id)")
                        .arg(mainUnrecorded),
                    {} },
                { QStringLiteral("INSERT INTO images (product_id, url, image_type) SELECT p.id, "
                                 "p.main_image_url, 'main' FROM "
                                 "products p WHERE %1")
                        .arg(mainUnrecorded),
                    {} } } },
        { QStringLiteral("image_file_missing"),
            QCoreApplication::translate("ConsistencyChecker", "Image rows whose stored file is missing"),
            QCoreApplication::translate("ConsistencyChecker",
                "Forget the file (the row stays, so fetch-images --missing downloads it again)"),
            {}, {}, {}, {} },
        { QStringLiteral("image_file_orphaned"),
            QCoreApplication::translate("ConsistencyChecker", "Image files that no image row names"),
            QCoreApplication::translate("ConsistencyChecker", "Delete those files"), {}, {}, {}, {} },
        { QStringLiteral("image_checksum_mismatch"),
            QCoreApplication::translate(
                "ConsistencyChecker", "Image files whose sha256 differs from their row"),
            QCoreApplication::translate("ConsistencyChecker",
                "Delete the changed file and forget it (fetch-images --missing downloads it again)"),
            {}, {}, {}, {} },
        { QStringLiteral("stuck_jobs"),
            QCoreApplication::translate("ConsistencyChecker", "Jobs still marked running after %1 hours")
                .arg(kStuckJobHours),
            QCoreApplication::translate("ConsistencyChecker", "Mark them failed"),
            QStringLiteral("FROM sync_records j WHERE ") + stuck,
            QStringLiteral("j.operation_type || ' ' || j.task_id"), { cutoff },
            { { QStringLiteral(
                    "UPDATE sync_records SET status = 'failed', end_time = %1, error_details = "
                    "'[{\"message\": \"left running; marked failed by the consistency check\"}]' WHERE id IN "
                    "(SELECT j.id FROM sync_records j WHERE %2)")
                    .arg(now, stuck),
                { cutoff } } } },
    };
}

StorageError repairMainImages(QSqlDatabase &db, const SqlDialect &d, const QString &actor)
{
    QList<QPair<qint64, QString>> fixes;
    {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral("SELECT p.id, p.detail_images FROM products p WHERE p.deleted_at IS NULL AND "
                               "(p.main_image_url IS NULL OR p.main_image_url = '')"),
                {}, d,
                QCoreApplication::translate(
                    "ConsistencyChecker", "Cannot read products without a main image"));
            !e.ok())
            return e;
        while (q.next()) {
            const QJsonArray images = SqlDialect::readJson(q.value(1)).toArray();
            if (!images.isEmpty() && images.first().isString())
                fixes.append({ q.value(0).toLongLong(), images.first().toString() });
        }
    }
    for (const auto &[id, url] : fixes) {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral(
                    "UPDATE products SET main_image_url = ?, version = version + 1, updated_at = %1, "
                    "updated_by = ? WHERE id = ?")
                    .arg(d.nowExpression()),
                { url, actor, id }, d,
                QCoreApplication::translate("ConsistencyChecker", "Cannot set the main image of product %1")
                    .arg(id));
            !e.ok())
            return e;
    }
    return {};
}

Result<ConsistencyChecker::Finding> inspect(QSqlDatabase &db, const SqlDialect &d, const Kind &kind)
{
    ConsistencyChecker::Finding f { kind.id, kind.title, kind.repairText, 0, {} };
    sql::Query q(db);
    if (StorageError e = sql::exec(q, QStringLiteral("SELECT count(*) ") + kind.from, kind.values, d,
            QCoreApplication::translate("ConsistencyChecker", "Cannot check %1").arg(kind.id));
        !e.ok())
        return e;
    if (q.next())
        f.count = q.value(0).toLongLong();
    if (f.count > 0) {
        sql::Query examples(db);
        examples.setForwardOnly(true);
        if (StorageError e = sql::exec(examples,
                QStringLiteral("SELECT %1 %2 ORDER BY 1 LIMIT 5").arg(kind.label, kind.from), kind.values, d,
                QCoreApplication::translate("ConsistencyChecker", "Cannot list examples of %1").arg(kind.id));
            !e.ok())
            return e;
        while (examples.next())
            f.examples << examples.value(0).toString();
    }
    return f;
}

bool isFileKind(const QString &id)
{
    return id == QLatin1String("image_file_missing") || id == QLatin1String("image_file_orphaned")
        || id == QLatin1String("image_checksum_mismatch");
}

struct StoredFile
{
    qint64 id = 0;
    QString path; // absolute
    QString label; // local_path as stored
};

// What the image folder and the stored rows say about one file kind.
struct FileScan
{
    QList<StoredFile> problems; // rows (missing, mismatch) or files (orphaned: id 0)
};

// What the checksum kind uses besides the files: the last check's hashes (null: hash every file)
// and a tick per file that returns false once the check is cancelled.
struct HashHooks
{
    ImageFileHashes *hashes = nullptr;
    std::function<bool()> tick;
};

Result<FileScan> scanFiles(QSqlDatabase &db, const SqlDialect &d, const QString &root, int graceSeconds,
    const QString &kind, const HashHooks &hooks = {})
{
    QList<StoredFile> stored;
    QHash<QString, QString> shaByPath;
    {
        sql::Query q(db);
        q.setForwardOnly(true);
        if (StorageError e = sql::exec(q,
                QStringLiteral(
                    "SELECT id, local_path, sha256 FROM images WHERE local_path IS NOT NULL ORDER BY id"),
                {}, d, QCoreApplication::translate("ConsistencyChecker", "Cannot read the stored images"));
            !e.ok())
            return e;
        while (q.next()) {
            const QString local = q.value(1).toString();
            const QString path
                = QDir::cleanPath(QDir::isAbsolutePath(local) ? local : root + QLatin1Char('/') + local);
            stored.append({ q.value(0).toLongLong(), path, local });
            shaByPath.insert(path, q.value(2).isNull() ? QString() : q.value(2).toString().trimmed());
        }
    }
    FileScan scan;
    if (kind == QLatin1String("image_file_orphaned")) {
        const QString imagesRoot = root + QStringLiteral("/images");
        if (QFileInfo(imagesRoot).isSymLink())
            return StorageError::make(ErrorKind::Permission,
                QCoreApplication::translate("ConsistencyChecker",
                    "The image folder %1 is a symbolic link; the orphan check does not follow links")
                    .arg(imagesRoot));
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
        // Links are neither followed nor listed, and only names the store itself makes, in a
        // product folder, are its orphans: any other file there is someone else's.
        QDirIterator it(
            imagesRoot, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        QStringList orphans;
        while (it.hasNext()) {
            const QString path = QDir::cleanPath(it.next());
            const bool inProductFolder = QDir(imagesRoot).relativeFilePath(path).count(QLatin1Char('/')) == 1;
            if (inProductFolder && ImageStore::isStoreFileName(it.fileName()) && !shaByPath.contains(path)
                && it.fileInfo().lastModified().toUTC() <= cutoff)
                orphans << path;
        }
        orphans.sort();
        for (const QString &path : std::as_const(orphans))
            scan.problems.append({ 0, path, QDir(root).relativeFilePath(path) });
        return scan;
    }
    for (const StoredFile &f : std::as_const(stored)) {
        const bool exists = QFileInfo(f.path).isFile();
        if (kind == QLatin1String("image_file_missing") && !exists) {
            scan.problems << f;
        } else if (kind == QLatin1String("image_checksum_mismatch") && exists) {
            if (hooks.tick && !hooks.tick())
                return StorageError::make(ErrorKind::Cancelled,
                    QCoreApplication::translate("ConsistencyChecker", "The consistency check was cancelled"));
            const QString expected = shaByPath.value(f.path);
            if (expected.isEmpty() || !QFileInfo(f.path).isReadable())
                continue;
            const std::optional<QString> sha
                = hooks.hashes ? hooks.hashes->sha256(f.label, f.path) : ImageFileHashes::hashFile(f.path);
            // A read error is a damaged file as much as a wrong checksum is.
            if (!sha || *sha != expected)
                scan.problems << f;
        }
    }
    return scan;
}

Result<ConsistencyChecker::Finding> inspectFiles(QSqlDatabase &db, const SqlDialect &d, const Kind &kind,
    const QString &root, int graceSeconds, FileScan *out = nullptr, const HashHooks &hooks = {})
{
    const Result<FileScan> scan = scanFiles(db, d, root, graceSeconds, kind.id, hooks);
    if (!scan)
        return scan.error();
    ConsistencyChecker::Finding f { kind.id, kind.title, kind.repairText, scan->problems.size(), {} };
    for (const StoredFile &p : scan->problems.mid(0, 5))
        f.examples << p.label;
    if (out)
        *out = scan.value();
    return f;
}

// Rows whose file is gone or changed keep their URL and lose the file, so that a fetch of the
// missing images downloads them again.
StorageError forgetFiles(
    QSqlDatabase &db, const SqlDialect &d, const QList<StoredFile> &files, const QString &reason)
{
    for (const StoredFile &f : files) {
        sql::Query q(db);
        if (StorageError e = sql::exec(q,
                QStringLiteral(
                    "UPDATE images SET local_path = NULL, width = NULL, height = NULL, size = NULL, format = "
                    "NULL, sha256 = NULL, etag = NULL, last_modified = NULL, fetch_error = ? WHERE id = ?"),
                { reason, f.id }, d,
                QCoreApplication::translate("ConsistencyChecker", "Cannot forget the file of image %1")
                    .arg(f.id));
            !e.ok())
            return e;
    }
    return {};
}

// One check: the kinds in order, progress after each kind and each hashed file.
struct CheckRun
{
    const SqlDialect &d;
    QString root;
    int graceSeconds = 0;
    ConsistencyChecker::Progress progress;
    QString actor;
    ImageFileHashes hashes;
    qint64 done = 0;
    qint64 total = 0;
    bool keepHashes = true; // false on a read-only server

    bool report(const QString &kind) { return !progress || progress(done, total, kind); }
};

Result<QList<ConsistencyChecker::Finding>> inspectAll(QSqlDatabase &db, CheckRun &run)
{
    const QList<Kind> all = kindsFor(run.d, run.actor);
    run.done = 0; // again from the start when the connection manager retries a lost connection
    run.total = all.size();
    {
        sql::Query q(db);
        if (StorageError e
            = sql::exec(q, QStringLiteral("SELECT count(*) FROM images WHERE local_path IS NOT NULL"), {},
                run.d, QCoreApplication::translate("ConsistencyChecker", "Cannot count the stored images"));
            !e.ok())
            return e;
        if (q.next())
            run.total += q.value(0).toLongLong();
    }
    // Without the last check's hashes (a server that refuses the table) every file is read.
    bool cached = true;
    if (StorageError e = run.hashes.load(db, run.d); !e.ok()) {
        qCWarning(lcStorage) << "consistency check: hashing every image file:" << e.toString();
        cached = false;
    }
    const StorageError cancelled = StorageError::make(ErrorKind::Cancelled,
        QCoreApplication::translate("ConsistencyChecker", "The consistency check was cancelled"));
    QList<ConsistencyChecker::Finding> findings;
    for (const Kind &kind : all) {
        if (!run.report(kind.id))
            return cancelled;
        const HashHooks hooks { cached ? &run.hashes : nullptr, [&run, &kind] {
                                   ++run.done;
                                   return run.report(kind.id);
                               } };
        Result<ConsistencyChecker::Finding> f = isFileKind(kind.id)
            ? inspectFiles(db, run.d, kind, run.root, run.graceSeconds, nullptr, hooks)
            : inspect(db, run.d, kind);
        if (!f)
            return f.error();
        findings << f.value();
        ++run.done;
    }
    run.done = run.total;
    run.report(QString());
    if (cached && run.keepHashes) {
        if (StorageError e = run.hashes.save(db, run.d); !e.ok())
            qCWarning(lcStorage) << "consistency check: the image hashes were not kept for the next check:" << e.toString();
    }
    return findings;
}

} // namespace

QJsonObject ConsistencyChecker::Finding::toJson() const
{
    return { { QStringLiteral("kind"), kind }, { QStringLiteral("title"), title },
        { QStringLiteral("repair"), repair }, { QStringLiteral("count"), count },
        { QStringLiteral("examples"), QJsonArray::fromStringList(examples) } };
}

ConsistencyChecker::ConsistencyChecker(ConnectionManager &connections)
    : ConsistencyChecker(connections, resolveStorageRoot())
{
}

ConsistencyChecker::ConsistencyChecker(ConnectionManager &connections, const QString &storageRoot)
    : m_connections(connections)
    , m_storageRoot(QDir::cleanPath(storageRoot))
{
}

QStringList ConsistencyChecker::kinds()
{
    QStringList ids;
    // The dialect does not change which kinds exist; any will do to list them.
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::create(Engine::SQLite);
    for (const Kind &k : kindsFor(*dialect, QString()))
        ids << k.id;
    return ids;
}

Result<QList<ConsistencyChecker::Finding>> ConsistencyChecker::check()
{
    m_hashStats = {};
    const SqlDialect &d = m_connections.dialect();
    // The check only reads; a standby (read-only) can neither record the job nor keep the files'
    // hashes, so there it runs unrecorded, with the hashes the primary's last check kept.
    const bool standby = m_connections.reachedServer().standby;
    CheckRun run { d, m_storageRoot, m_graceSeconds, m_progress, m_connections.actor() };
    run.keepHashes = !standby;
    const auto inspectEverything = [&] {
        Result<QList<Finding>> all
            = m_connections.run<QList<Finding>>([&](QSqlDatabase &db) { return inspectAll(db, run); });
        m_hashStats = { run.hashes.hashed(), run.hashes.reused() };
        return all;
    };
    if (standby)
        return inspectEverything();
    JobJournal journal(m_connections, JobKind::Check);
    if (StorageError e = journal.start(kinds().size()); !e.ok())
        return e;
    Result<QList<Finding>> findings = inspectEverything();
    QJsonArray details;
    qint64 problems = 0;
    if (findings) {
        for (const Finding &f : findings.value()) {
            if (f.count > 0) {
                details.append(f.toJson());
                ++problems;
            }
        }
    } else {
        details.append(QJsonObject { { QStringLiteral("message"), findings.error().toString() } });
    }
    const bool cancelled = !findings && findings.error().kind == ErrorKind::Cancelled;
    const StorageError finished = journal.finish(
        findings ? JobStatus::Completed : (cancelled ? JobStatus::Cancelled : JobStatus::Failed),
        kinds().size() - problems, problems, details);
    if (!finished.ok()) // the findings stand; the journal entry is what failed
        qCWarning(lcStorage) << "consistency check: the job record could not be closed:" << finished.toString();
    return findings;
}

Result<ConsistencyChecker::RepairReport> ConsistencyChecker::repair(const QString &kindId)
{
    if (!kinds().contains(kindId))
        return repairKind(kindId); // the Validation error, and no job
    // Journaled (operation "repair"): what was found, what is left, so a repair can be traced.
    JobJournal journal(m_connections, JobKind::Repair);
    if (StorageError e = journal.start(); !e.ok())
        return e;
    Result<RepairReport> r = repairKind(kindId);
    if (!r)
        return journal.fail(r.error());
    const QJsonArray details { QJsonObject { { QStringLiteral("kind"), r->kind }, { QStringLiteral("before"), r->before },
        { QStringLiteral("after"), r->after },
        { QStringLiteral("message"),
            QStringLiteral("Repaired %1: %2 found, %3 left").arg(r->kind).arg(r->before).arg(r->after) } } };
    if (StorageError e = journal.finish(JobStatus::Completed, r->before - r->after, r->after, details); !e.ok())
        qCWarning(lcStorage) << "consistency repair: the job record could not be closed:" << e.toString();
    return r;
}

Result<ConsistencyChecker::RepairReport> ConsistencyChecker::repairKind(const QString &kindId)
{
    const SqlDialect &d = m_connections.dialect();
    const QString actor = m_connections.actor();
    const QList<Kind> all = kindsFor(d, actor);
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Kind &k) { return k.id == kindId; });
    if (it == all.cend())
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("ConsistencyChecker", "Unknown check \"%1\" (one of %2)")
                .arg(kindId.left(40), kinds().join(QStringLiteral(", "))));
    const Kind &kind = *it;
    return m_connections.run<RepairReport>([&](QSqlDatabase &db) -> Result<RepairReport> {
        Transaction tx(db, d);
        if (StorageError e = tx.begin(); !e.ok())
            return e;
        if (isFileKind(kind.id)) {
            FileScan scan;
            Result<Finding> before = inspectFiles(db, d, kind, m_storageRoot, m_graceSeconds, &scan);
            if (!before)
                return before.error();
            QStringList deleteAfterCommit;
            if (kind.id == QLatin1String("image_file_orphaned")) {
                for (const StoredFile &f : std::as_const(scan.problems)) {
                    if (QFileInfo(f.path).isSymLink()) // replaced by a link since the scan
                        continue;
                    if (!QFile::remove(f.path))
                        qCWarning(lcStorage) << "consistency repair: cannot delete" << f.path;
                }
            } else {
                const QString reason = kind.id == QLatin1String("image_file_missing")
                    ? QCoreApplication::translate("ConsistencyChecker",
                        "The stored file was missing (found by the consistency check); fetch it again")
                    : QCoreApplication::translate("ConsistencyChecker",
                        "The stored file had changed on disk (sha256 differed; found by the consistency "
                        "check); fetch it again");
                if (StorageError e = forgetFiles(db, d, scan.problems, reason); !e.ok())
                    return e;
                if (kind.id == QLatin1String("image_checksum_mismatch")) {
                    for (const StoredFile &f : std::as_const(scan.problems))
                        deleteAfterCommit << f.path;
                }
            }
            Result<Finding> after = inspectFiles(db, d, kind, m_storageRoot, m_graceSeconds);
            if (!after)
                return after.error();
            if (StorageError e = tx.commit(); !e.ok())
                return e;
            for (const QString &path : std::as_const(deleteAfterCommit))
                QFile::remove(path); // the row no longer names it
            return RepairReport { kind.id, before->count, after->count };
        }
        Result<Finding> before = inspect(db, d, kind);
        if (!before)
            return before.error();
        if (kind.id == QLatin1String("missing_main_image")) {
            if (StorageError e = repairMainImages(db, d, actor); !e.ok())
                return e;
        }
        for (const Statement &s : kind.repair) {
            sql::Query q(db);
            if (StorageError e = sql::exec(q, s.sql, s.values, d,
                    QCoreApplication::translate("ConsistencyChecker", "Cannot repair %1").arg(kind.id));
                !e.ok())
                return e;
        }
        Result<Finding> after = inspect(db, d, kind);
        if (!after)
            return after.error();
        if (StorageError e = tx.commit(); !e.ok())
            return e;
        return RepairReport { kind.id, before->count, after->count };
    });
}

Result<QList<ConsistencyChecker::Finding>> ConsistencyChecker::checkAndRepair(QList<RepairReport> *repairs)
{
    Result<QList<Finding>> findings = check();
    if (!findings)
        return findings;
    for (const Finding &f : findings.value()) {
        if (f.count == 0)
            continue;
        Result<RepairReport> r = repair(f.kind);
        if (!r)
            return r.error();
        if (repairs)
            *repairs << r.value();
    }
    return findings;
}

} // namespace catalog
