#include "db/connectionmanager.h"
#include "repositories/productrepository.h"
#include "db/sqlhelpers_p.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "testmain.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace catalog;
using namespace catalog::test;

namespace {

// Many wide rows, so that PostgreSQL cannot hand the whole result to the socket at once: a
// backend whose result is not read stays blocked writing it, inside its statement.
const QString kWideRows = QStringLiteral(
        "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < CAST(? AS INTEGER)) "
        "SELECT s.n, CAST(? AS TEXT), p.id FROM s CROSS JOIN products p");

QVariant scalarOn(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    // Unprepared when there are no values, so that counting pg_prepared_statements does not
    // count its own statement.
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(statement);
    } else {
        q.prepare(statement);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        ok = q.exec();
    }
    if (!ok || !q.next())
        return {};
    return q.value(0);
}

// pg_stat_activity of `pid`, seen from another session: "state|transaction open".
QString activityOf(ConnectionManager &observer, int pid)
{
    const auto c = observer.connection();
    if (!c)
        return QStringLiteral("no observer connection");
    QSqlQuery q(c.value());
    q.prepare(QStringLiteral("SELECT state, xact_start IS NOT NULL FROM pg_stat_activity WHERE pid = ?"));
    q.bindValue(0, pid);
    if (!q.exec() || !q.next())
        return QStringLiteral("no backend %1").arg(pid);
    return q.value(0).toString() + (q.value(1).toBool() ? QStringLiteral("|in transaction") : QStringLiteral("|no transaction"));
}

QString waitForIdle(ConnectionManager &observer, int pid)
{
    // The backend reports "idle" right after it sends the end of the result; allow for that race.
    QDeadlineTimer deadline(3000);
    QString state;
    do {
        state = activityOf(observer, pid);
        if (state == QLatin1String("idle|no transaction"))
            break;
        QThread::msleep(20);
    } while (!deadline.hasExpired());
    return state;
}

} // namespace

// sql::exec() keeps prepared statements per connection. These tests prove the cache is used, that
// a result read only in part never leaves the server busy or a transaction open, and that a
// replaced connection starts with an empty cache.
class SqlHelpersTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldPrepareARepeatedStatementOnce_data() { engines(); }
    void shouldPrepareARepeatedStatementOnce()
    {
        // Given a stored product
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        const auto created = products.create(minimalProduct(QStringLiteral("cache-1")));
        QVERIFY_OK(created);
        const QSqlDatabase conn = db->connections().connection().value();
        const int before = sql::cachedStatements(conn);
        // When it is read many times
        for (int i = 0; i < 20; ++i)
            QVERIFY_OK(products.findById(created->id));
        // Then one statement was added to the cache, and on PostgreSQL the server holds exactly
        // the statements the cache holds
        QCOMPARE(sql::cachedStatements(conn), before + 1);
        if (db->config().engine == Engine::PostgreSQL)
            QCOMPARE(scalarOn(conn, QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).toInt(),
                     sql::cachedStatements(conn));
    }

    void shouldKeepTheCacheBounded_data() { engines(); }
    void shouldKeepTheCacheBounded()
    {
        OPEN_TEST_DATABASE(db);
        const QSqlDatabase conn = db->connections().connection().value();
        for (int i = 0; i < sql::kStatementCacheSize * 2; ++i) {
            sql::Query q(conn);
            QVERIFY_OK(sql::exec(q, QStringLiteral("SELECT count(*) + %1 FROM products WHERE id > ?").arg(i), { 0 },
                                 db->connections().dialect(), QStringLiteral("probe")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), i);
        }
        QVERIFY(sql::cachedStatements(conn) <= sql::kStatementCacheSize + 1);
        if (db->config().engine == Engine::PostgreSQL)
            QCOMPARE(scalarOn(conn, QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).toInt(),
                     sql::cachedStatements(conn));
    }

    void shouldGiveASecondUserOfABorrowedStatementItsOwn_data() { engines(); }
    void shouldGiveASecondUserOfABorrowedStatementItsOwn()
    {
        OPEN_TEST_DATABASE(db);
        ProductRepository products(db->connections());
        QVERIFY_OK(products.create(minimalProduct(QStringLiteral("a"))));
        QVERIFY_OK(products.create(minimalProduct(QStringLiteral("b"))));
        const QSqlDatabase conn = db->connections().connection().value();
        const SqlDialect &d = db->connections().dialect();
        const QString statement = QStringLiteral("SELECT source_id FROM products WHERE source_id >= ? ORDER BY source_id");
        sql::Query outer(conn);
        QVERIFY_OK(sql::exec(outer, statement, { QStringLiteral("a") }, d, QStringLiteral("outer")));
        QVERIFY(outer.next());
        {
            sql::Query inner(conn);
            QVERIFY_OK(sql::exec(inner, statement, { QStringLiteral("b") }, d, QStringLiteral("inner")));
            QVERIFY(inner.next());
            QCOMPARE(inner.value(0).toString(), QStringLiteral("b"));
            QVERIFY(!inner.next());
        }
        QCOMPARE(outer.value(0).toString(), QStringLiteral("a"));
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toString(), QStringLiteral("b"));
    }

    void shouldNotKeepAReadOpenAfterAPartlyReadResult_data() { engines(); }
    void shouldNotKeepAReadOpenAfterAPartlyReadResult()
    {
        // Given a connection that read one row of a large forward-only result, twice (the second
        // time on the cached statement), and let the query go
        OPEN_TEST_DATABASE(db);
        ConnectionManager &connections = db->connections();
        ProductRepository products(connections);
        QVERIFY_OK(products.create(minimalProduct(QStringLiteral("first"))));
        const QSqlDatabase conn = connections.connection().value();
        const bool postgres = db->config().engine == Engine::PostgreSQL;
        const int pid = postgres ? scalarOn(conn, QStringLiteral("SELECT pg_backend_pid()")).toInt() : 0;
        for (int round = 0; round < 2; ++round) {
            const StorageError error = connections.runStatus([&](QSqlDatabase &c) {
                sql::Query q(c);
                q.setForwardOnly(true);
                if (StorageError e = sql::exec(q, kWideRows, { 20000, QString(2000, QLatin1Char('x')) },
                                               connections.dialect(), QStringLiteral("wide rows"));
                    !e.ok())
                    return e;
                if (!q.next())
                    return StorageError::make(ErrorKind::Internal, QStringLiteral("no first row"));
                return StorageError {};
            });
            QVERIFY_OK(error);
        }
        ConnectionManager observer(db->config());
        if (postgres) {
            // Then the backend is idle, not busy sending the rest nor inside a transaction
            QCOMPARE(waitForIdle(observer, pid), QStringLiteral("idle|no transaction"));
            // and so it is after repository calls that read results
            QVERIFY_OK(products.list({}, PageRequest { QStringLiteral("updated_at"), Qt::DescendingOrder, 50 }));
            QVERIFY_OK(products.findBySourceId(QStringLiteral("first")));
            QCOMPARE(waitForIdle(observer, pid), QStringLiteral("idle|no transaction"));
        }
        // Then a row committed afterwards by another connection is visible to this one: no read
        // transaction (SQLite snapshot) was left open by the half-read statement
        {
            const auto other = observer.connection();
            QVERIFY(other);
            QSqlQuery insert(other.value());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO products (source_id, title) VALUES ('second', 'From elsewhere')")));
        }
        QCOMPARE(products.count({}).value(), 2);
        QVERIFY_OK(products.findBySourceId(QStringLiteral("second")));
    }

    void shouldTellWritesFromReads_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("writes");
        QTest::newRow("select") << QStringLiteral("SELECT id FROM products WHERE updated_at > ?") << false;
        QTest::newRow("select in parentheses") << QStringLiteral("  (SELECT 1) UNION (SELECT 2)") << false;
        QTest::newRow("set local") << QStringLiteral("SET LOCAL statement_timeout = 100") << false;
        QTest::newRow("show") << QStringLiteral("show server_version") << false;
        QTest::newRow("explain") << QStringLiteral("EXPLAIN SELECT 1") << false;
        QTest::newRow("export") << QStringLiteral("COPY (SELECT * FROM products) TO STDOUT") << false;
        QTest::newRow("read-only with") << QStringLiteral("WITH s AS (SELECT deleted_at, updated_by FROM products) SELECT * FROM s") << false;
        QTest::newRow("insert") << QStringLiteral("INSERT INTO sync_records (task_id) VALUES (?)") << true;
        QTest::newRow("update, lower case") << QStringLiteral("update images set image_type = ?") << true;
        QTest::newRow("delete") << QStringLiteral("\n  DELETE FROM saved_views WHERE id = ?") << true;
        QTest::newRow("writing with") << QStringLiteral("WITH up AS (INSERT INTO products SELECT 1 RETURNING id) SELECT count(*) FROM up") << true;
        QTest::newRow("copy in") << QStringLiteral("COPY catalog_product_staging FROM STDIN") << true;
        QTest::newRow("ddl") << QStringLiteral("CREATE TABLE t (id integer)") << true;
        QTest::newRow("unknown") << QStringLiteral("MERGE INTO products USING x ON true WHEN MATCHED THEN DO NOTHING") << true;
    }
    void shouldTellWritesFromReads()
    {
        // Given a statement of the kind storage runs through sql::exec()
        QFETCH(QString, statement);
        QFETCH(bool, writes);
        // Then a write (which ReadRouter must hear of) is told from a read, unknown ones as writes
        QCOMPARE(sql::changesData(statement), writes);
    }

    void shouldStartAReplacedConnectionWithAnEmptyCache()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("PostgreSQL only");
        auto db = TestDatabase::create(QStringLiteral("postgresql"));
        QVERIFY2(db, qPrintable(TestDatabase::lastError()));
        // Given statements cached on a connection
        ProductRepository products(db->connections());
        const auto created = products.create(minimalProduct(QStringLiteral("kill")));
        QVERIFY_OK(created);
        QVERIFY_OK(products.findById(created->id));
        ProductFilter pending;
        pending.syncStatuses = { QStringLiteral("pending") };
        QVERIFY_OK(products.list(pending, PageRequest { QStringLiteral("updated_at"), Qt::DescendingOrder, 50 }));
        QSqlDatabase conn = db->connections().connection().value();
        QVERIFY(sql::cachedStatements(conn) >= 3);
        const int pid = scalarOn(conn, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        // When its backend is killed
        ConnectionManager admin(db->config());
        QVERIFY(scalarOn(admin.connection().value(), QStringLiteral("SELECT pg_terminate_backend(?)"), { pid }).toBool());
        // (the cached statements cannot be freed on the dead session; QPSQL says so)
        for (int i = sql::cachedStatements(conn); i > 0; --i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Unable to free statement")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("lost")));
        // Then the next call, on a cached statement, reconnects and succeeds
        const auto again = products.findById(created->id);
        QVERIFY_OK(again);
        conn = db->connections().connection().value();
        QVERIFY(scalarOn(conn, QStringLiteral("SELECT pg_backend_pid()")).toInt() != pid);
        // and the new session's cache holds only what it prepared itself
        QCOMPARE(sql::cachedStatements(conn), 1);
        QCOMPARE(scalarOn(conn, QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).toInt(), 1);
    }
};

CATALOG_TEST_GUILESS_MAIN(SqlHelpersTest)
#include "tst_sqlhelpers.moc"
