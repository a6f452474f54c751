#include "maintenance/backup/postgresbackup_p.h"

#include "core/storagelog_p.h"
#include "db/connectionmanager.h"
#include "db/sqldialect.h"
#include "db/sqlhelpers_p.h"
#include "maintenance/backup/backupprocess_p.h"
#include "maintenance/backup/postgresdelta_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <charconv>

namespace catalog {

namespace postgres_backup {

// The session settings that shape a row's text, pinned so that another server restores to the
// same sums. SET LOCAL: they end with the transaction they are made in.
const char *const kChecksumSettings[] = { "SET LOCAL statement_timeout = 0",
    "SET LOCAL DateStyle = 'ISO, YMD'", "SET LOCAL IntervalStyle = 'postgres'", "SET LOCAL TimeZone = 'UTC'",
    "SET LOCAL extra_float_digits = 1", "SET LOCAL bytea_output = 'hex'",
    // Hashing every row is the long part: let the server share each table's scan among its
    // parallel workers (as many as max_parallel_workers_per_gather allows), as it does for an
    // aggregate but not, by its costs, for a scan whose every row is sent (COPY).
    "SET LOCAL parallel_setup_cost = 0", "SET LOCAL parallel_tuple_cost = 0" };

// The first column of the primary key of the relation `relation` (an oid expression), or NULL.
QString primaryKeySql(const QString &relation)
{
    return QStringLiteral("(SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                          "AND a.attnum = i.indkey[0] WHERE i.indrelid = %1 AND i.indisprimary)")
        .arg(relation);
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

constexpr auto kCheckMarker = "catalog-restore-check: ";
// The checksums of the sets written before the row sums: md5 of every row's md5, in key order.
constexpr auto kRowTextAlgorithm = "postgresql-md5-row-text";

// Recomputes every table of the manifest inside the restore's transaction and raises an exception
// (rolling all of it back) when one differs. Every value put in the text was checked to be plain.
QString checkBlock(const BackupManifest &manifest, const QString &schema)
{
    QStringList rows;
    for (auto it = manifest.tables.cbegin(); it != manifest.tables.cend(); ++it)
        rows << QStringLiteral("(%1, %2::bigint, %3)")
                    .arg(literal(it.key()))
                    .arg(it->rows)
                    .arg(literal(it->checksum));
    const QString relation
        = QStringLiteral("to_regclass(format('%I.%I', ") + literal(schema) + QStringLiteral(", m.name))");
    QStringList script;
    for (const char *setting : kChecksumSettings)
        script << QString::fromLatin1(setting) + QLatin1Char(';');
    script
        << QStringLiteral(
               "DO $catalog_check$\nDECLARE\n  m record;\n  key_column text;\n  found_rows bigint;\n"
               "  found_sum text;\n  problems text[] := '{}';\nBEGIN\n")
        << QStringLiteral(
               "  FOR m IN SELECT * FROM (VALUES %1) AS v(name, row_count, checksum) ORDER BY 1 LOOP")
               .arg(rows.join(QStringLiteral(", ")))
        << QStringLiteral("    IF %1 IS NULL THEN problems := problems || format('%s is missing', m.name); "
                          "CONTINUE; END IF;")
               .arg(relation)
        << QStringLiteral("    key_column := %1;").arg(primaryKeySql(relation))
        << QStringLiteral(
               "    EXECUTE format($digest$%1$digest$, %2::text, CASE WHEN key_column IS NULL THEN 't::text' "
               "ELSE 't.' || quote_ident(key_column) END) INTO found_rows, found_sum;")
               .arg(PostgresBackup::digestSql(
                        QStringLiteral("%1$s"), QStringLiteral("%2$s"), manifest.checksumAlgorithm),
                   relation)
        << QStringLiteral("    IF found_rows <> m.row_count THEN problems := problems || format('%s has %s "
                          "rows, the backup %s', "
                          "m.name, found_rows, m.row_count);")
        << QStringLiteral("    ELSIF found_sum <> m.checksum THEN problems := problems || format('%s has the "
                          "same %s rows "
                          "but different contents', m.name, m.row_count); END IF;")
        << QStringLiteral("  END LOOP;")
        << QStringLiteral("  IF cardinality(problems) > 0 THEN RAISE EXCEPTION '%1%', "
                          "array_to_string(problems, '; '); END IF;")
               .arg(QLatin1String(kCheckMarker))
        << QStringLiteral("END\n$catalog_check$;");
    return script.join(QLatin1Char('\n'));
}

// The manifest's values go into SQL text: only plain names, hex checksums and counts are taken.
QString unplainValue(const BackupManifest &manifest)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{0,64}$"));
    for (auto it = manifest.tables.cbegin(); it != manifest.tables.cend(); ++it) {
        if (!name.match(it.key()).hasMatch() || !hex.match(it->checksum).hasMatch() || it->rows < 0)
            return it.key().left(64);
    }
    return {};
}

// A failed check in psql's words ("ERROR:  catalog-restore-check: …") as the manifest mismatch it is.
StorageError restoreError(const StorageError &error)
{
    const qsizetype at = error.message.indexOf(QLatin1String(kCheckMarker));
    if (at < 0)
        return error;
    const QString found
        = error.message.mid(at + qsizetype(qstrlen(kCheckMarker))).section(QLatin1Char('\n'), 0, 0);
    return backup::failure(ErrorKind::Validation,
        QCoreApplication::translate("PostgresBackup",
            "The backup set does not match its manifest; the restore was rolled back, nothing "
            "was changed: %1")
            .arg(found));
}


} // namespace postgres_backup

using namespace postgres_backup;

PostgresBackup::PostgresBackup(ConnectionManager &connections)
    : m_connections(connections)
{
}

QString PostgresBackup::digestSql(const QString &table, const QString &order, const QString &algorithm)
{
    if (algorithm == QLatin1String(kRowTextAlgorithm))
        return QStringLiteral(
            "SELECT count(*), COALESCE(md5(string_agg(md5(t::text), '' ORDER BY %2)), '') FROM %1 t")
            .arg(table, order);
    // mod(), not %: the text also goes through format() in the restore's check.
    return QStringLiteral("SELECT count(*), mod(mod(COALESCE(sum(%2::numeric), 0), 18446744073709551616) + "
                          "18446744073709551616, 18446744073709551616)::text FROM %1 t")
        .arg(table, QLatin1String(RowHashes::kPostgresRowHash));
}

bool PostgresBackup::knowsAlgorithm(const QString &algorithm)
{
    return algorithm == QLatin1String(kRowTextAlgorithm)
        || algorithm == QLatin1String(RowHashes::kPostgresAlgorithm);
}

StorageError PostgresBackup::pinSettings(QSqlDatabase &db, const SqlDialect &d)
{
    QSqlQuery q(db);
    for (const char *setting : kChecksumSettings) {
        if (!q.exec(QString::fromLatin1(setting)))
            return sqlError(q.lastError(), d,
                QCoreApplication::translate("PostgresBackup", "Cannot prepare the checksum session"));
    }
    return {};
}

// The keyed table's row hashes, read by COPY, into `table` (complete) and its digest.
Result<BackupManifest::TableDigest> PostgresBackup::hashRows(
    QSqlDatabase &db, const QString &table, const QString &key, RowHashes::Table &rows)
{
    QSqlDriver *driver = db.driver();
    const QByteArray statement = QStringLiteral("COPY (SELECT t.%1, %2 FROM %3 t) TO STDOUT")
                                     .arg(driver->escapeIdentifier(key, QSqlDriver::FieldName),
                                         QLatin1String(RowHashes::kPostgresRowHash),
                                         driver->escapeIdentifier(table, QSqlDriver::TableName))
                                     .toUtf8();
    rows.complete = true;
    bool parsed = true;
    const StorageError e = PostgresDelta::copyOut(db, statement, [&](const char *line, int length) {
        const char *end = line + length;
        qint64 k = 0;
        qint64 hash = 0;
        const std::from_chars_result first = std::from_chars(line, end, k);
        parsed = first.ec == std::errc() && first.ptr != end && *first.ptr == '\t'
            && std::from_chars(first.ptr + 1, end, hash).ec == std::errc();
        rows.rows.append({ k, quint64(hash) });
        return parsed;
    });
    if (!parsed || !e.ok())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresBackup", "Cannot checksum %1: %2")
                .arg(table, parsed ? e.message : QStringLiteral("a row came without its key and hash")));
    RowHashes::sortRows(rows.rows);
    return BackupManifest::TableDigest { rows.rows.size(),
        RowHashes::checksumText(RowHashes::sumOf(rows.rows)) };
}

Result<PostgresBackup::Digests> PostgresBackup::tableDigests(QSqlDatabase &db, const SqlDialect &d,
    const BackupProgress &progress, int fromPercent, int toPercent, const QString &algorithm,
    RowHashes *hashes)
{
    if (StorageError e = pinSettings(db, d); !e.ok())
        return e;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT c.relname, %1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() ORDER BY c.relname")
                    .arg(primaryKeySql(QStringLiteral("c.oid")))))
        return sqlError(
            q.lastError(), d, QCoreApplication::translate("PostgresBackup", "Cannot list the tables"));
    QList<QPair<QString, QString>> tables;
    while (q.next())
        tables.append({ q.value(0).toString(), q.value(1).toString() });
    const Result<QMap<QString, QString>> integerKeys
        = hashes ? PostgresDelta::integerKeys(db, d) : QMap<QString, QString> {};
    if (!integerKeys)
        return integerKeys.error();
    Digests digests;
    QSqlDriver *driver = db.driver();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const auto &[table, key] = tables.at(i);
        const int percent
            = fromPercent + int((toPercent - fromPercent) * i / qMax<qsizetype>(1, tables.size()));
        if (!backup::report(progress, percent,
                QCoreApplication::translate("PostgresBackup", "Checksumming %1").arg(table)))
            return backup::cancelled();
        if (const QString integerKey = integerKeys->value(table); !integerKey.isEmpty()) {
            const Result<BackupManifest::TableDigest> digest
                = hashRows(db, table, integerKey, hashes->tables[table]);
            if (!digest)
                return digest.error();
            digests.insert(table, digest.value());
            continue;
        }
        const QString order = key.isEmpty()
            ? QStringLiteral("t::text")
            : QStringLiteral("t.") + driver->escapeIdentifier(key, QSqlDriver::FieldName);
        if (!q.exec(digestSql(driver->escapeIdentifier(table, QSqlDriver::TableName), order, algorithm))
            || !q.next())
            return sqlError(q.lastError(), d,
                QCoreApplication::translate("PostgresBackup", "Cannot checksum %1").arg(table));
        digests.insert(table, { q.value(0).toLongLong(), q.value(1).toString() });
    }
    return digests;
}

StorageError PostgresBackup::describe(const QString &toolPath, BackupManifest &manifest)
{
    const SqlDialect &d = m_connections.dialect();
    const Result<QString> version = m_connections.run<QString>([&](QSqlDatabase &db) -> Result<QString> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SHOW server_version")) || !q.next())
            return sqlError(q.lastError(), d,
                QCoreApplication::translate("PostgresBackup", "Cannot read the server version"));
        return q.value(0).toString().section(
            QLatin1Char(' '), 0, 0); // "15.18 (Debian 15.18-0+deb12u1)" -> "15.18"
    });
    if (!version)
        return version.error();
    const Result<PgTools::Tool> tool
        = PgTools::find(QStringLiteral("pg_dump"), toolPath, PgTools::majorOf(version.value()));
    if (!tool)
        return tool.error();
    m_tool = tool.value();
    manifest.serverVersion = version.value();
    manifest.tool = m_tool.versionText;
    manifest.toolMajor = m_tool.major;
    manifest.checksumAlgorithm = QLatin1String(RowHashes::kPostgresAlgorithm);
    return {};
}

QString PostgresBackup::deltaSuffix() const
{
    return QLatin1String(PostgresDelta::kSuffix);
}

StorageError PostgresBackup::freeze(BackupManifest &manifest, const QList<BackupManifest> &parentChain)
{
    const SqlDialect &d = m_connections.dialect();
    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    QSqlDatabase snap = QSqlDatabase::cloneDatabase(connection.value(), m_snapshot.name());
    if (!snap.open())
        return sqlError(snap.lastError(), d,
            QCoreApplication::translate("PostgresBackup", "Cannot open the snapshot connection"));
    if (!snap.transaction())
        return sqlError(
            snap.lastError(), d, QCoreApplication::translate("PostgresBackup", "Cannot begin the snapshot"));
    m_snapshot.setInTransaction(true);
    QSqlQuery q(snap);
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        || !q.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !q.next())
        return sqlError(q.lastError(), d,
            QCoreApplication::translate("PostgresBackup", "Cannot export a snapshot for pg_dump"));
    m_snapshotId = q.value(0).toString();
    const Result<QString> mark = PostgresDelta::snapshotMark(snap, d);
    const Result<QString> id = PostgresDelta::databaseId(snap, d);
    if (!mark || !id)
        return mark ? id.error() : mark.error();
    manifest.changeMark = mark.value();
    manifest.databaseId = id.value();
    if (parentChain.isEmpty())
        return {};
    const BackupManifest &parent = parentChain.last();
    m_sinceMark = parent.changeMark;
    if (!PostgresDelta::markXmin(m_sinceMark))
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresBackup",
                "%1 records no snapshot an incremental backup can start from; take a full backup")
                .arg(parent.setName()));
    if (parent.databaseId != manifest.databaseId)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresBackup",
                "%1 is a backup of another database (or of this one before a point-in-time "
                "restore or failover); take a full backup")
                .arg(parent.setName()));
    // The chain's row hashes let the checksums follow from the changes; without them (sets of an
    // older version) every table is checksummed whole, which is slower but as exact.
    QElapsedTimer timer;
    timer.start();
    Result<RowHashes> state = RowHashes::stateOf(parentChain);
    qCInfo(lcStorage) << "incremental backup: the parent chain's row hashes read in" << timer.elapsed()
                      << "ms";
    if (state)
        m_parentState = std::move(state.value());
    else
        qCWarning(lcStorage) << "incremental backup: every table is checksummed whole:"
                             << state.error().message;
    return {};
}

Result<PostgresBackup::Digests> PostgresBackup::dumpIncremental(
    const QString &path, const BackupProgress &progress)
{
    // The checksums and the delta from one snapshot: the set describes one moment, whatever
    // commits meanwhile.
    QSqlDatabase snap = m_snapshot.db();
    const SqlDialect &d = m_connections.dialect();
    QElapsedTimer timer;
    timer.start();
    Result<Digests> digests = Digests {};
    QMap<QString, PostgresDelta::Written> written;
    if (m_parentState) {
        if (StorageError e = pinSettings(snap, d); !e.ok())
            return e;
        if (StorageError e
            = PostgresDelta::write(snap, d, m_sinceMark, path, progress, &*m_parentState, &written);
            !e.ok())
            return e;
        Digests fromChanges;
        m_rowHashes = {};
        for (auto it = written.begin(); it != written.end(); ++it) {
            fromChanges.insert(it.key(), it->digest);
            if (!it->key.isEmpty())
                m_rowHashes.tables.insert(it.key(), it->changes);
        }
        digests = fromChanges;
    } else {
        digests = tableDigests(
            snap, d, progress, 2, 30, QLatin1String(RowHashes::kPostgresAlgorithm), &m_rowHashes);
        if (digests) {
            if (StorageError e = PostgresDelta::write(snap, d, m_sinceMark, path, progress); !e.ok())
                return e;
        }
    }
    if (!digests)
        return digests.error();
    qCInfo(lcStorage) << "incremental backup: delta and checksums in" << timer.elapsed() << "ms"
                      << (m_parentState ? "from the changes" : "over every row");
    m_parentState.reset();
    snap.commit();
    m_snapshot.setInTransaction(false);
    return digests;
}

Result<PostgresBackup::Digests> PostgresBackup::dump(
    const QString &path, qint64 journalRowId, const BackupProgress &progress)
{
    Q_UNUSED(journalRowId); // the snapshot was taken before the journal row was written
    if (!m_sinceMark.isEmpty())
        return dumpIncremental(path, progress);
    // pg_dump runs while the checksums are computed beside it, both on the exported snapshot: the
    // digests describe exactly what the archive holds, and the backup takes as long as the longer.
    Result<std::unique_ptr<QProcess>> running = BackupProcess::start(
        { m_tool.path,
            { QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                QStringLiteral("--snapshot=") + m_snapshotId, QStringLiteral("--file=") + path,
                QStringLiteral("--dbname=") + PgTools::conninfo(m_connections.config()) },
            PgTools::environment(m_connections.config()) },
        QStringLiteral("pg_dump"));
    if (!running)
        return running.error();
    QProcess &pgDump = *running.value();
    // Whatever ends this early (a cancel, a failed checksum) ends pg_dump first: nothing it writes
    // outlives the call, so the caller's clean-up removes the whole partial file.
    const auto stopDump = qScopeGuard([&] { BackupProcess::stop(pgDump); });
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase snap = m_snapshot.db();
    m_rowHashes = {};
    Result<Digests> digests = tableDigests(snap, m_connections.dialect(), progress, 2, 30,
        QLatin1String(RowHashes::kPostgresAlgorithm), &m_rowHashes);
    if (!digests)
        return digests.error();
    const qint64 digestMs = timer.elapsed();
    const auto tick = [&] {
        return backup::report(progress, -1,
            QCoreApplication::translate("PostgresBackup", "Writing %1 (%2 MB)")
                .arg(QFileInfo(path).fileName())
                .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1));
    };
    if (StorageError e = BackupProcess::finish(pgDump, tick, QStringLiteral("pg_dump")); !e.ok())
        return e;
    qCInfo(lcStorage) << "backup phases: checksums" << digestMs << "ms beside pg_dump, both done after"
                      << timer.elapsed() << "ms";
    snap.commit();
    m_snapshot.setInTransaction(false);
    return digests;
}

Result<PostgresBackup::Digests> PostgresBackup::digests(const QString &algorithm)
{
    const QString chosen = algorithm.isEmpty() ? QLatin1String(RowHashes::kPostgresAlgorithm) : algorithm;
    if (!knowsAlgorithm(chosen))
        return backup::unknownChecksums(chosen);
    const SqlDialect &d = m_connections.dialect();
    return m_connections.run<Digests>([&](QSqlDatabase &db) -> Result<Digests> {
        if (!db.transaction())
            return sqlError(db.lastError(), d,
                QCoreApplication::translate("PostgresBackup", "Cannot begin the checksum transaction"));
        Result<Digests> digests = tableDigests(db, d, {}, 0, 100, chosen, nullptr);
        db.rollback();
        return digests;
    });
}

Result<QStringList> PostgresBackup::archiveTables(const QString &dataPath)
{
    const Result<QByteArray> listing = BackupProcess::output(
        { m_tool.path, { QStringLiteral("--list"), dataPath } },
        QCoreApplication::translate("PostgresBackup", "Reading the archive's contents (pg_restore --list)"));
    if (!listing)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate("PostgresBackup", "%1 is not a readable pg_dump archive: %2")
                .arg(dataPath, listing.error().message));
    static const QRegularExpression table(
        QStringLiteral("^\\d+;\\s+\\d+\\s+\\d+\\s+TABLE\\s+(?!DATA\\s)(\\S+)\\s+(\\S+)"),
        QRegularExpression::MultilineOption);
    QStringList tables;
    QSet<QString> schemas;
    for (auto it = table.globalMatch(QString::fromUtf8(listing.value())); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        schemas.insert(m.captured(1));
        tables << m.captured(2);
    }
    if (schemas.size() != 1)
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "PostgresBackup", "%1 should hold the tables of one schema, it holds %2")
                .arg(dataPath)
                .arg(schemas.size()));
    tables.prepend(*schemas.cbegin()); // the schema first, then its tables
    return tables;
}

StorageError PostgresBackup::verify(
    const QList<BackupManifest> &chain, const QString &toolPath, const BackupProgress &progress)
{
    const BackupManifest &manifest = chain.last();
    if (!backup::report(progress, 10, QCoreApplication::translate("PostgresBackup", "Reading the backup")))
        return backup::cancelled();
    const Result<PgTools::Tool> tool
        = PgTools::find(QStringLiteral("pg_restore"), toolPath, qMax(chain.first().toolMajor, 1));
    if (!tool)
        return tool.error();
    m_tool = tool.value();
    const Result<PgTools::Tool> psql = PgTools::findBeside(QStringLiteral("psql"), m_tool.path, m_tool.major);
    if (!psql)
        return psql.error();
    m_psql = psql.value();
    if (!knowsAlgorithm(manifest.checksumAlgorithm))
        return backup::unknownChecksums(manifest.checksumAlgorithm);
    if (const QString bad = unplainValue(manifest); !bad.isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "PostgresBackup", "%1 lists a table \"%2\" without a plain name, count and checksum")
                .arg(manifest.path, bad));
    const Result<QStringList> listed
        = archiveTables(chain.first().filePath(QLatin1String(BackupManifest::kDatabaseRole)));
    if (!listed)
        return listed.error();
    m_archiveSchema = listed->first();
    Digests inArchive; // names only: the contents are checked inside the restore's transaction
    for (const QString &name : listed->mid(1))
        inArchive.insert(name, manifest.tables.value(name));
    if (const QStringList differences = manifest.differences(inArchive); !differences.isEmpty())
        return backup::failure(ErrorKind::Validation,
            QCoreApplication::translate(
                "PostgresBackup", "The backup set does not match its manifest, nothing was changed: %1")
                .arg(differences.join(QStringLiteral("; "))));
    for (const BackupManifest &set : chain.mid(1)) {
        if (const Result<QStringList> delta
            = PostgresDelta::check(set.filePath(QLatin1String(BackupManifest::kDatabaseRole)));
            !delta)
            return delta.error();
    }
    return backup::report(progress, 20, QCoreApplication::translate("PostgresBackup", "Reading the backup"))
        ? StorageError()
        : backup::cancelled();
}

StorageError PostgresBackup::restore(const QList<BackupManifest> &chain, const BackupProgress &progress)
{
    const BackupManifest &manifest = chain.last();
    if (m_archiveSchema.isEmpty())
        return backup::failure(ErrorKind::Internal,
            QCoreApplication::translate("PostgresBackup", "%1 was not verified before the restore")
                .arg(manifest.path));
    const QString dataPath = chain.first().filePath(QLatin1String(BackupManifest::kDatabaseRole));
    QStringList deltas;
    for (const BackupManifest &set : chain.mid(1))
        deltas << set.filePath(QLatin1String(BackupManifest::kDatabaseRole));
    // The incrementals follow the full set's archive inside the same transaction, before the check.
    const Result<QByteArray> applied = PostgresDelta::applySql(deltas, m_archiveSchema);
    if (!applied)
        return applied.error();
    Result<QSqlDatabase> connection = m_connections.connection();
    if (!connection)
        return connection.error();
    // The statements this connection cached name tables that are about to be replaced.
    sql::forgetStatements(connection.value());
    const ConnectionConfig &config = m_connections.config();
    const BackupProcess::Command dump { m_tool.path,
        { QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
            QStringLiteral("--no-privileges"), QStringLiteral("--file=-"),
            // psql runs the archive's text: \restrict with a key only this run knows
            // keeps it from running psql meta-commands (\! and the like) an archive
            // might smuggle in. A pg_restore without the option fails, nothing changes.
            QStringLiteral("--restrict-key=") + QUuid::createUuid().toString(QUuid::Id128), dataPath } };
    const BackupProcess::Command load { m_psql.path,
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("--single-transaction"), QStringLiteral("--no-password"),
            QStringLiteral("--dbname=") + PgTools::conninfo(config), QStringLiteral("--file=-") },
        PgTools::environment(config) };
    // The check ends the transaction's script; a pg_restore that did not finish ends it with an
    // exception instead, so that a partial restore never commits.
    const QByteArray check = applied.value() + checkBlock(manifest, m_archiveSchema).toUtf8();
    const auto epilogue = [&](bool restored) {
        return QByteArray("\n")
            + (restored ? check + "\n"
                        : QByteArray("DO $$BEGIN RAISE EXCEPTION 'pg_restore did not finish'; END$$;\n"));
    };
    const StorageError e = BackupProcess::pipe(
        dump, load, epilogue,
        [&] {
            return backup::report(progress, -1,
                QCoreApplication::translate("PostgresBackup", "Restoring the database (pg_restore | psql)"));
        },
        QStringLiteral("pg_restore"));
    return restoreError(e);
}

} // namespace catalog
