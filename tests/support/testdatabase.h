#pragma once

#include "db/connectionmanager.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace catalog::test {

// One fresh database for one test: a new SQLite file, or a new PostgreSQL database created in
// the throwaway cluster named by CATALOG_TEST_PG_URL and dropped again afterwards.
//
// Data-driven tests call addEngineRows() in their _data() function; it adds a "sqlite" row and a
// "postgresql" row. When CATALOG_TEST_PG_URL is missing the PostgreSQL row is skipped locally but
// fails under CI=true, so CI can never pass without PostgreSQL.
class TestDatabase
{
public:
    static void addEngineColumn();
    static void addEngineRows();
    static bool postgresAvailable();

    // Opens a new database for the engine of the current data row ("sqlite" or "postgresql").
    // migrate: apply the schema. Fails the test (QFAIL/QSKIP) from the caller's side when it returns nullptr.
    static std::unique_ptr<TestDatabase> create(const QString &engine, bool migrate = true,
                                                ConnectionManager::Options options = {});
    ~TestDatabase();

    ConnectionManager &connections() { return *m_connections; }
    const ConnectionConfig &config() const { return m_config; }
    QString url() const; // with the password, for child processes in tests
    static QString lastError();

    // Runs one statement directly, bypassing the repositories (to seed corruption, check raw rows).
    bool exec(const QString &sql, const QVariantList &values = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});

private:
    TestDatabase() = default;
    ConnectionConfig m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgDatabase;
};

// The "engine" column with a row per engine: `void someTest_data() { engines(); }`.
inline void engines()
{
    TestDatabase::addEngineColumn();
    TestDatabase::addEngineRows();
}

} // namespace catalog::test

// Prints the repository error when a Result or StorageError is not ok.
#define QVERIFY_OK(expr)                                                                                 \
    do {                                                                                                 \
        const auto &_r = (expr);                                                                         \
        if (!catalog::test::isOk(_r))                                                                    \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2").arg(QStringLiteral(#expr), catalog::test::errorText(_r)))); \
    } while (false)

namespace catalog::test {
inline bool isOk(const StorageError &e) { return e.ok(); }
template<typename T>
bool isOk(const Result<T> &r) { return r.ok(); }
inline QString errorText(const StorageError &e) { return errorKindName(e.kind) + QStringLiteral(": ") + e.toString(); }
template<typename T>
QString errorText(const Result<T> &r) { return errorText(r.error()); }
} // namespace catalog::test

#define OPEN_TEST_DATABASE(var, ...)                                                                     \
    QFETCH(QString, engine);                                                                             \
    auto var = catalog::test::TestDatabase::create(engine __VA_OPT__(,) __VA_ARGS__);                    \
    if (!var) {                                                                                          \
        if (engine == QLatin1String("postgresql") && !catalog::test::TestDatabase::postgresAvailable()   \
            && qEnvironmentVariable("CI") != QLatin1String("true"))                                      \
            QSKIP("CATALOG_TEST_PG_URL is not set; run tests/run-all.sh for the PostgreSQL suites");     \
        QFAIL(qPrintable(catalog::test::TestDatabase::lastError()));                                      \
    }
