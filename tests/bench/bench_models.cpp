// Table model benchmark: our ProductTableModel against QSqlQueryModel and QSqlTableModel over the
// same products, in the same run. Prints figures; asserts nothing about time.
//
//   bench_models [--rows N] [--batch N] [--skip-sqlite] [--skip-postgres] [--models
//   ours,querymodel,tablemodel]
//                [--keep DIR] [--scroll-limit SECONDS]
//
// The parent seeds one database per engine (PostgreSQL needs CATALOG_TEST_PG_URL, which
// tests/pg/pgcluster.sh start prints) and then runs every model in a fresh child process of itself
// (--child --model M --engine E --database URL), so that one model's memory never pollutes another's
// figures. A child measures, in this order:
//   1. first screen: model constructed -> data() of the first 40 rows available;
//   2. count: model constructed -> true row count known (QSqlQueryModel/QSqlTableModel: the size
//      the driver reports, or what has been fetched);
//   3. jump to last: data() of row rowCount()-1 available, asked for once the count is known
//      (QSqlQueryModel/QSqlTableModel: fetchMore() until the end, as a view scrolled to the bottom);
//   4. scroll: every row's every cell touched in order, a 40-row screen at a time, waiting for
//      placeholders to fill and processing events between screens, as a view scrolled through;
//      RSS before opening, after the scroll, and the peak (VmHWM);
//   5. sort by price_min, then by title (ascending): sort() -> first screen available again.
// Waiting is event-driven (processEvents with WaitForMoreEvents): QTest::qWaitFor in Qt 6.4 sleeps
// 10 ms between polls, which would quantise every figure to 10 ms.

#include "benchsupport.h"
#include "db/connectionmanager.h"
#include "demo/catalogdatagenerator.h"
#include "producttablemodel.h"
#include "repositories/productrepository.h"
#include "repositories/supplierrepository.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

#include <unistd.h>

using namespace catalog;
using namespace catalog::bench;
using namespace catalog::test;

namespace {

constexpr int kScreenRows = 40;
constexpr int kWaitMs = 600000; // generous: a figure that takes this long is a result, not a hang
const QString kColumns = QStringLiteral(
    "id, source_id, title, subtitle, price_min, price_max, currency, moq, main_image_url, detail_images, "
    "specifications, supplier_id, sales_count, rating, sync_status, created_at, updated_at, deleted_at, "
    "version, updated_by");

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Processes events until `done` holds, sleeping in the event dispatcher (not in a poll loop) while
// nothing arrives. Returns false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = kWaitMs)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // only to re-check the deadline when nothing else happens
    wake.start(100);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The three contenders behind one interface, so the measuring code is the same for all.
class Contender
{
public:
    virtual ~Contender() = default;
    virtual QAbstractItemModel *model() = 0;
    // Rows [first, last] are loaded (asks for them; may start fetches).
    virtual bool rowsReady(int first, int last) = 0;
    virtual bool countKnown() = 0;
    // What a view does when scrolled near/at the bottom: fetch the next chunk if there is one.
    virtual void fetchMoreIfAtEnd(int lastVisibleRow) { Q_UNUSED(lastVisibleRow); }
    virtual void fetchAll() { }
    virtual void sortBy(const QString &column) = 0;
    virtual QString error() const { return {}; }
};

bool touchRows(QAbstractItemModel *m, int first, int last, int loadedRole)
{
    const int columns = m->columnCount();
    bool all = true;
    for (int r = first; r <= last; ++r) {
        for (int c = 0; c < columns; ++c)
            m->data(m->index(r, c));
        if (loadedRole >= 0 && !m->data(m->index(r, 0), loadedRole).toBool())
            all = false;
    }
    return all;
}

class Ours : public Contender
{
public:
    explicit Ours(ConnectionManager &connections)
        : m_model(connections)
    {
    }
    QAbstractItemModel *model() override { return &m_model; }
    bool rowsReady(int first, int last) override
    {
        if (m_model.rowCount() <= last)
            return false;
        return touchRows(&m_model, first, last, PagedTableModel::LoadedRole);
    }
    bool countKnown() override { return m_model.isIdle() || m_countSeen; }
    void sortBy(const QString &column) override
    {
        m_model.sort(column == QLatin1String("title") ? ProductTableModel::TitleColumn
                                                      : ProductTableModel::PriceMinColumn,
            Qt::AscendingOrder);
    }
    QString error() const override { return m_model.lastError(); }
    ProductTableModel &paged() { return m_model; }
    bool m_countSeen = false;

private:
    ProductTableModel m_model;
};

class QueryModel : public Contender
{
public:
    explicit QueryModel(const QSqlDatabase &db)
        : m_db(db)
    {
        setOrder(QStringLiteral("updated_at DESC, id DESC"));
    }
    QAbstractItemModel *model() override { return &m_model; }
    bool rowsReady(int first, int last) override
    {
        while (m_model.rowCount() <= last && m_model.canFetchMore())
            m_model.fetchMore();
        if (m_model.rowCount() <= last)
            return false;
        touchRows(&m_model, first, last, -1);
        return true;
    }
    bool countKnown() override { return true; } // what the view sees: rowCount() as it is
    void fetchMoreIfAtEnd(int lastVisibleRow) override
    {
        if (lastVisibleRow >= m_model.rowCount() - 1 && m_model.canFetchMore())
            m_model.fetchMore();
    }
    void fetchAll() override
    {
        while (m_model.canFetchMore())
            m_model.fetchMore();
    }
    void sortBy(const QString &column) override { setOrder(column + QStringLiteral(" ASC, id ASC")); }
    QString error() const override { return m_model.lastError().text(); }

private:
    void setOrder(const QString &order)
    {
        m_model.setQuery(QStringLiteral("SELECT %1 FROM products WHERE deleted_at IS NULL ORDER BY %2")
                             .arg(kColumns, order),
            m_db);
    }
    QSqlDatabase m_db;
    QSqlQueryModel m_model;
};

class TableModel : public Contender
{
public:
    explicit TableModel(const QSqlDatabase &db)
        : m_model(nullptr, db)
    {
        m_model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        m_model.setTable(QStringLiteral("products"));
        m_model.setFilter(QStringLiteral("deleted_at IS NULL"));
        m_model.setSort(m_model.record().indexOf(QStringLiteral("updated_at")), Qt::DescendingOrder);
        m_model.select();
    }
    QAbstractItemModel *model() override { return &m_model; }
    bool rowsReady(int first, int last) override
    {
        while (m_model.rowCount() <= last && m_model.canFetchMore())
            m_model.fetchMore();
        if (m_model.rowCount() <= last)
            return false;
        touchRows(&m_model, first, last, -1);
        return true;
    }
    bool countKnown() override { return true; }
    void fetchMoreIfAtEnd(int lastVisibleRow) override
    {
        if (lastVisibleRow >= m_model.rowCount() - 1 && m_model.canFetchMore())
            m_model.fetchMore();
    }
    void fetchAll() override
    {
        while (m_model.canFetchMore())
            m_model.fetchMore();
    }
    void sortBy(const QString &column) override
    {
        m_model.sort(m_model.record().indexOf(column), Qt::AscendingOrder);
    }
    QString error() const override { return m_model.lastError().text(); }

private:
    QSqlTableModel m_model;
};

// ---------------------------------------------------------------- child: one model, one engine

int runChild(const QString &modelName, const QString &engine, const QString &url, qint64 expectedRows,
    int scrollLimitS)
{
    QJsonObject out { { QStringLiteral("engine"), engine }, { QStringLiteral("model"), modelName } };
    auto finish = [&](const QString &failure) {
        if (!failure.isEmpty())
            out.insert(QStringLiteral("error"), failure);
        out.insert(QStringLiteral("peak_rss"), double(peakRssBytes()));
        say(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return failure.isEmpty() ? 0 : 1;
    };
    const auto config = ConnectionConfig::fromUrl(url);
    if (!config)
        return finish(config.error().toString());
    ConnectionManager connections(config.value());
    // The Qt models use the GUI thread's connection, opened before the baseline like ours is
    // opened by its workers: connecting is not what is measured.
    const auto db = connections.connection();
    if (!db)
        return finish(db.error().toString());
    const qint64 rssBefore = rssBytes();
    out.insert(QStringLiteral("rss_before"), double(rssBefore));

    QElapsedTimer sinceOpen;
    sinceOpen.start();
    std::unique_ptr<Contender> contender;
    Ours *ours = nullptr;
    std::optional<double> countMs;
    if (modelName == QLatin1String("ours")) {
        auto o = std::make_unique<Ours>(connections);
        ours = o.get();
        QObject::connect(&o->paged(), &PagedTableModel::totalCountChanged, &o->paged(), [&, ours] {
            ours->m_countSeen = true;
            if (!countMs)
                countMs = msSince(sinceOpen);
        });
        contender = std::move(o);
    } else if (modelName == QLatin1String("querymodel")) {
        contender = std::make_unique<QueryModel>(db.value());
    } else if (modelName == QLatin1String("tablemodel")) {
        contender = std::make_unique<TableModel>(db.value());
    } else {
        return finish(QStringLiteral("unknown model ") + modelName);
    }
    QAbstractItemModel *m = contender->model();
    const int screenLast = int(qMin<qint64>(kScreenRows, expectedRows)) - 1;

    // 1. First screen
    if (!waitFor([&] { return contender->rowsReady(0, screenLast); }))
        return finish(QStringLiteral("first screen timed out: ") + contender->error());
    out.insert(QStringLiteral("first_screen_ms"), msSince(sinceOpen));
    out.insert(QStringLiteral("rss_first_screen"), double(rssBytes()));

    // 2. Count. The Qt models know it only when the driver reports query sizes (QPSQL does, having
    //    read the whole result; QSQLITE does not, so they show what has been fetched so far).
    if (!waitFor([&] { return contender->countKnown(); }))
        return finish(QStringLiteral("count timed out: ") + contender->error());
    if (ours || db->driver()->hasFeature(QSqlDriver::QuerySize))
        out.insert(QStringLiteral("count_ms"), countMs ? *countMs : msSince(sinceOpen));
    out.insert(QStringLiteral("row_count_seen"), m->rowCount());

    // 3. Jump to the last row
    {
        QElapsedTimer t;
        t.start();
        contender->fetchAll();
        int last = -1;
        if (!waitFor([&] {
                last = m->rowCount() - 1;
                return last >= 0 && contender->rowsReady(last, last);
            }))
            return finish(QStringLiteral("jump to last timed out: ") + contender->error());
        out.insert(QStringLiteral("jump_last_ms"), msSince(t));
        out.insert(QStringLiteral("rows"), m->rowCount());
        const QString lastSource = m->data(m->index(last, 1)).toString();
        out.insert(QStringLiteral("last_source_id"), lastSource);
    }

    // 4. Scroll through everything, a screen at a time, as a view would
    {
        QElapsedTimer t;
        t.start();
        qint64 waits = 0;
        int first = 0;
        for (; first < m->rowCount(); first += kScreenRows) {
            if (scrollLimitS > 0 && t.elapsed() > scrollLimitS * 1000)
                break;
            const int last = qMin(first + kScreenRows, m->rowCount()) - 1;
            contender->fetchMoreIfAtEnd(last);
            if (!contender->rowsReady(first, last)) {
                ++waits;
                if (!waitFor([&] { return contender->rowsReady(first, last); }))
                    return finish(
                        QStringLiteral("scroll timed out at row %1: %2").arg(first).arg(contender->error()));
            }
            QCoreApplication::processEvents();
        }
        out.insert(QStringLiteral("scroll_ms"), msSince(t));
        out.insert(QStringLiteral("scrolled_rows"), qMin(first, m->rowCount()));
        out.insert(QStringLiteral("scroll_waits"), double(waits));
        out.insert(QStringLiteral("rss_after_scroll"), double(rssBytes()));
        out.insert(QStringLiteral("peak_rss_after_scroll"), double(peakRssBytes()));
    }

    // 5. Sorts
    for (const QString &column : { QStringLiteral("price_min"), QStringLiteral("title") }) {
        QElapsedTimer t;
        t.start();
        contender->sortBy(column);
        if (!waitFor([&] { return contender->rowsReady(0, screenLast); }))
            return finish(QStringLiteral("sort by %1 timed out: %2").arg(column, contender->error()));
        out.insert(QStringLiteral("sort_%1_ms").arg(column), msSince(t));
        out.insert(QStringLiteral("sort_%1_first").arg(column), m->data(m->index(0, 1)).toString());
    }
    if (ours)
        out.insert(QStringLiteral("cached_pages"), ours->paged().cachedPageCount());
    contender.reset();
    return finish({});
}

// ---------------------------------------------------------------- parent: seed, run children, report

bool seed(ConnectionManager &connections, qint64 rows, int batch, const QString &engine)
{
    const CatalogDataGenerator gen;
    const int supplierCount = gen.supplierCountFor(rows);
    QElapsedTimer t;
    t.start();
    SupplierRepository suppliers(connections);
    for (int first = 0; first < supplierCount; first += 1000) {
        const auto r = suppliers.upsert(gen.suppliers(first, qMin(1000, supplierCount - first)));
        if (!r) {
            say(QStringLiteral("[%1] supplier seeding failed: %2").arg(engine, r.error().toString()));
            return false;
        }
    }
    // Supplier by supplier (the generator gives product i to supplier i % supplierCount): a batch in
    // index order touches up to `batch` suppliers, and the statement-level count trigger on
    // PostgreSQL costs about (rows x suppliers) per batch; in this order a batch touches ~batch/200.
    ProductRepository products(connections);
    QList<Product> pending;
    qint64 done = 0;
    for (int s = 0; s < supplierCount; ++s) {
        for (qint64 index = s; index < rows; index += supplierCount) {
            pending << gen.product(index, supplierCount);
            if (pending.size() < batch && done + pending.size() < rows)
                continue;
            const auto r = products.upsert(pending);
            if (!r) {
                say(QStringLiteral("[%1] product seeding failed after %2 rows: %3")
                        .arg(engine)
                        .arg(done)
                        .arg(r.error().toString()));
                return false;
            }
            done += pending.size();
            pending.clear();
            if ((done / batch) % 20 == 0)
                say(QStringLiteral("[%1]   seeded %2 rows, %3 s")
                        .arg(engine)
                        .arg(done)
                        .arg(msSince(t) / 1000, 0, 'f', 1));
        }
    }
    say(QStringLiteral(
        "[%1] seeded %2 products and %3 suppliers via ProductRepository::upsert (batches of %4) "
        "in %5 s = %6 rows/s")
            .arg(engine)
            .arg(rows)
            .arg(supplierCount)
            .arg(batch)
            .arg(msSince(t) / 1000, 0, 'f', 1)
            .arg(double(rows) / (msSince(t) / 1000), 0, 'f', 0));
    return true;
}

QString ms(const QJsonObject &o, const QString &key, double target = -1)
{
    if (!o.contains(key))
        return QStringLiteral("-");
    const double v = o.value(key).toDouble();
    QString text = v >= 10000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 1)
                              : QStringLiteral("%1 ms").arg(v, 0, 'f', v < 100 ? 1 : 0);
    if (target > 0)
        text += v < target ? QStringLiteral(" ok") : QStringLiteral(" MISS");
    return text;
}

QString mb(double bytes, double target = -1)
{
    QString text = QStringLiteral("%1 MB").arg(bytes / 1048576.0, 0, 'f', 0);
    if (target > 0)
        text += bytes / 1048576.0 < target ? QStringLiteral(" ok") : QStringLiteral(" MISS");
    return text;
}

void printTable(const QList<QJsonObject> &results, const QHash<QString, QString> &notes)
{
    say(QString());
    say(QStringLiteral("Targets for ours: first screen < 150 ms, jump to last < 200 ms, each sort < 500 ms, "
                       "RSS growth < 150 MB."));
    say(QStringLiteral(
        "| engine | model | first screen | count known | jump to last | sort price_min | sort title | "
        "scroll all | RSS growth | peak RSS |"));
    say(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|"));
    for (const QJsonObject &o : results) {
        const bool ours = o.value(QStringLiteral("model")).toString() == QLatin1String("ours");
        const double growth = o.value(QStringLiteral("rss_after_scroll")).toDouble()
            - o.value(QStringLiteral("rss_before")).toDouble();
        QStringList cells { o.value(QStringLiteral("engine")).toString(),
            o.value(QStringLiteral("model")).toString(),
            ms(o, QStringLiteral("first_screen_ms"), ours ? 150 : -1), ms(o, QStringLiteral("count_ms")),
            ms(o, QStringLiteral("jump_last_ms"), ours ? 200 : -1),
            ms(o, QStringLiteral("sort_price_min_ms"), ours ? 500 : -1),
            ms(o, QStringLiteral("sort_title_ms"), ours ? 500 : -1),
            ms(o, QStringLiteral("scroll_ms"))
                + (o.value(QStringLiteral("scrolled_rows")).toInt() < o.value(QStringLiteral("rows")).toInt()
                        ? QStringLiteral(" (stopped at row %1)")
                              .arg(o.value(QStringLiteral("scrolled_rows")).toInt())
                        : QString()),
            o.contains(QStringLiteral("rss_after_scroll")) ? mb(growth, ours ? 150 : -1)
                                                           : QStringLiteral("-"),
            mb(o.value(QStringLiteral("peak_rss")).toDouble()) };
        say(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        if (o.contains(QStringLiteral("error")))
            say(QStringLiteral("|   error: %1 |").arg(o.value(QStringLiteral("error")).toString()));
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        say(QStringLiteral("%1: %2").arg(it.key(), it.value()));
}

std::optional<QJsonObject> runModel(
    const QString &model, const QString &engine, const QString &url, qint64 rows, int scrollLimitS)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--child"), QStringLiteral("--model"), model, QStringLiteral("--engine"), engine,
            QStringLiteral("--database"), url, QStringLiteral("--rows"), QString::number(rows),
            QStringLiteral("--scroll-limit"), QString::number(scrollLimitS) });
    if (!child.waitForStarted())
        return std::nullopt;
    std::optional<QJsonObject> result;
    QByteArray pending;
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(1000);
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (line.startsWith("RESULT "))
                result = QJsonDocument::fromJson(line.mid(7)).object();
            else
                say(QString::fromUtf8(line));
        }
    }
    child.waitForFinished(-1);
    if (pending.startsWith("RESULT "))
        result = QJsonDocument::fromJson(pending.mid(7).trimmed()).object();
    if (result)
        say(QStringLiteral("[%1] %2: %3")
                .arg(
                    engine, model, QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact))));
    else
        say(QStringLiteral("[%1] %2: the child exited with %3 and no result")
                .arg(engine, model)
                .arg(child.exitCode()));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("catalog.*.info=false\ncatalog.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Products to seed."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Seeding batch size."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption modelsOption(QStringLiteral("models"), QStringLiteral("Models to measure."),
        QStringLiteral("list"), QStringLiteral("ours,querymodel,tablemodel"));
    const QCommandLineOption skipSqlite(QStringLiteral("skip-sqlite"), QStringLiteral("Skip SQLite."));
    const QCommandLineOption skipPostgres(
        QStringLiteral("skip-postgres"), QStringLiteral("Skip PostgreSQL."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Seed into databases that are kept for later runs: DIR/bench_models_N.sqlite and the "
                       "PostgreSQL database bench_models_N."),
        QStringLiteral("dir"));
    const QCommandLineOption scrollLimitOption(QStringLiteral("scroll-limit"),
        QStringLiteral("Stop scrolling through the table after this many seconds (0: never)."),
        QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption childOption(
        QStringLiteral("child"), QStringLiteral("Internal: measure one model."));
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("Internal: ours|querymodel|tablemodel."), QStringLiteral("name"));
    const QCommandLineOption engineOption(
        QStringLiteral("engine"), QStringLiteral("Internal: sqlite|postgresql."), QStringLiteral("name"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Internal: database URL."), QStringLiteral("url"));
    parser.addOptions({ rowsOption, batchOption, modelsOption, skipSqlite, skipPostgres, keepOption,
        scrollLimitOption, childOption, modelOption, engineOption, databaseOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(childOption))
        return runChild(parser.value(modelOption), parser.value(engineOption), parser.value(databaseOption),
            rows, parser.value(scrollLimitOption).toInt());

    const int batch = qMax(1, parser.value(batchOption).toInt());
    const QStringList models = parser.value(modelsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    say(QStringLiteral("bench_models: %1 products; models %2")
            .arg(rows)
            .arg(models.join(QStringLiteral(", "))));
    QList<QJsonObject> results;
    QHash<QString, QString> notes;
    QStringList engines;
    if (!parser.isSet(skipPostgres)) {
        if (TestDatabase::postgresAvailable())
            engines << QStringLiteral("postgresql");
        else
            say(QStringLiteral("PostgreSQL: CATALOG_TEST_PG_URL is not set; skipped"));
    }
    if (!parser.isSet(skipSqlite))
        engines << QStringLiteral("sqlite");
    for (const QString &engine : std::as_const(engines)) {
        auto db = openBenchDatabase(engine, parser.value(keepOption), QStringLiteral("bench_models_%1").arg(rows));
        if (!db)
            return 1;
        QElapsedTimer t;
        t.start();
        const Result<qint64> counted = ProductRepository(db->connections()).count({});
        const qint64 present = counted ? counted.value() : 0;
        QString note;
        if (present == rows) {
            note = QStringLiteral("reused %1 seeded rows").arg(present);
        } else if (present == 0) {
            if (!seed(db->connections(), rows, batch, engine))
                return 1;
            note = QStringLiteral("seeding %1 s").arg(msSince(t) / 1000, 0, 'f', 1);
        } else {
            say(QStringLiteral("[%1] the kept database holds %2 rows, not %3; drop it first")
                    .arg(engine)
                    .arg(present)
                    .arg(rows));
            return 1;
        }
        if (engine == QLatin1String("postgresql")) {
            // What autovacuum does shortly after a bulk load; done here so runs are repeatable.
            t.start();
            {
                auto conn = db->connections().connection();
                QSqlQuery q(conn.value());
                if (!q.exec(QStringLiteral("VACUUM (ANALYZE) products")))
                    say(QStringLiteral("VACUUM failed: ") + q.lastError().text());
            }
            note += QStringLiteral(", then VACUUM (ANALYZE) products %1 s").arg(msSince(t) / 1000, 0, 'f', 1);
        }
        notes.insert(engine, note);
        say(QStringLiteral("[%1] %2").arg(engine, note));
        // The connections of this process are closed so the children have the database to themselves.
        db->connections().releaseThreadConnection();
        for (const QString &model : models) {
            if (auto r = runModel(model, engine, db->url, rows, parser.value(scrollLimitOption).toInt()))
                results << *r;
        }
    }
    printTable(results, notes);
    return 0;
}
