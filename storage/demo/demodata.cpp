#include "demo/demodata.h"

#include "demo/catalogdatagenerator.h"
#include "db/connectionmanager.h"
#include "repositories/jobjournal.h"
#include "repositories/productrepository.h"
#include "db/sqlhelpers_p.h"
#include "core/storagelog_p.h"
#include "repositories/supplierrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace catalog {

namespace {

struct Occupancy
{
    bool products = false;
    bool suppliers = false;
};

// Existence checks only: counting a large production table would take seconds.
Result<Occupancy> occupancy(ConnectionManager &connections)
{
    return connections.run<Occupancy>([&](QSqlDatabase &db) -> Result<Occupancy> {
        Occupancy found;
        const SqlDialect &d = connections.dialect();
        for (bool *flag : { &found.products, &found.suppliers }) {
            const QString statement = flag == &found.products ? QStringLiteral("SELECT 1 FROM products LIMIT 1")
                                                              : QStringLiteral("SELECT 1 FROM suppliers LIMIT 1");
            sql::Query q(db);
            if (StorageError e = sql::exec(q, statement, {}, d,
                    QCoreApplication::translate("DemoData", "Cannot check whether the catalog is empty"));
                !e.ok())
                return e;
            *flag = q.next();
        }
        return found;
    });
}

} // namespace

QString DemoData::Report::summary() const
{
    if (cancelled)
        return DemoData::tr("Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.", nullptr,
                  productsLoaded)
                .arg(suppliersLoaded);
    return DemoData::tr("Loaded %n demo product(s) from %1 supplier(s) in %2 s.", nullptr, productsLoaded)
            .arg(suppliersLoaded)
            .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
}

Result<bool> DemoData::isCatalogEmpty(ConnectionManager &connections)
{
    const Result<Occupancy> found = occupancy(connections);
    if (!found)
        return found.error();
    return !found->products && !found->suppliers;
}

Result<DemoData::Report> DemoData::load(ConnectionManager &connections)
{
    return load(connections, Options {});
}

Result<DemoData::Report> DemoData::load(ConnectionManager &connections, const Options &options, const Progress &progress)
{
    // Journaled like every job (operation "demo_data"): success_count is the rows loaded.
    // A refused load (not empty, bad options) is no job: nothing is written, not even the journal.
    if (StorageError e = refusal(connections, options); !e.ok())
        return e;
    JobJournal journal(connections, JobKind::DemoData);
    if (StorageError e = journal.start(qint64(options.suppliers) + options.products); !e.ok())
        return e;
    Result<Report> report = loadRows(connections, options, [&](int done, int total) {
        journal.progress(total, done, 0);
        return !progress || progress(done, total);
    });
    if (!report)
        return journal.fail(report.error());
    const QJsonArray details = JobJournal::message(QStringLiteral("%1 suppliers and %2 products in %3 batches")
                                                       .arg(report->suppliersLoaded)
                                                       .arg(report->productsLoaded)
                                                       .arg(report->batchesCommitted));
    if (StorageError e = journal.finish(report->cancelled ? JobStatus::Cancelled : JobStatus::Completed,
            qint64(report->suppliersLoaded) + report->productsLoaded, 0, details);
        !e.ok())
        return e;
    return report;
}

StorageError DemoData::refusal(ConnectionManager &connections, const Options &options)
{
    if (options.products < 0 || options.suppliers < 1 || options.batchSize < 1)
        return StorageError::make(ErrorKind::Validation,
                                  tr("Demo data needs at least one supplier, zero or more products and a batch size of "
                                     "at least one (got %1 products, %2 suppliers, batches of %3).")
                                          .arg(options.products)
                                          .arg(options.suppliers)
                                          .arg(options.batchSize));
    const Result<Occupancy> found = occupancy(connections);
    if (!found)
        return found.error();
    if (found->products || found->suppliers) {
        const QString what = found->products && found->suppliers ? tr("products and suppliers")
                : found->products                                 ? tr("products")
                                                                  : tr("suppliers");
        return StorageError::make(ErrorKind::Validation,
                                  tr("The catalog %1 already contains %2 (possibly deleted ones). Demo data is only "
                                     "loaded into an empty catalog, so that it never mixes with real data.")
                                          .arg(connections.config().displayName(), what));
    }
    return {};
}

Result<DemoData::Report> DemoData::loadRows(ConnectionManager &connections, const Options &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const CatalogDataGenerator generator(options.seed, CatalogDataGenerator::Profile::Demo);
    Report report;
    report.suppliersRequested = options.suppliers;
    report.productsRequested = options.products;
    const int total = options.suppliers + options.products;
    auto finish = [&]() -> Result<Report> {
        report.elapsedMs = timer.elapsed();
        qCInfo(lcStorage).noquote() << "demo data:" << report.summary();
        return report;
    };
    auto keepGoing = [&]() {
        if (progress && !progress(report.suppliersLoaded + report.productsLoaded, total)) {
            report.cancelled = true;
            return false;
        }
        return true;
    };
    if (!keepGoing())
        return finish();

    SupplierRepository suppliers(connections);
    for (int first = 0; first < options.suppliers; first += options.batchSize) {
        const int count = qMin(options.batchSize, options.suppliers - first);
        const Result<UpsertReport> written = suppliers.upsert(generator.suppliers(first, count));
        if (!written)
            return written.error();
        report.suppliersLoaded += count;
        ++report.batchesCommitted;
        if (!keepGoing())
            return finish();
    }

    ProductRepository products(connections);
    for (int first = 0; first < options.products; first += options.batchSize) {
        const int count = qMin(options.batchSize, options.products - first);
        const Result<UpsertReport> written = products.upsert(generator.products(first, count, options.suppliers));
        if (!written) {
            StorageError error = written.error();
            error.message = tr("Loading demo products %1 to %2 failed after %n product(s) were loaded: %3", nullptr,
                               report.productsLoaded)
                                    .arg(first + 1)
                                    .arg(first + count)
                                    .arg(error.message);
            return error;
        }
        report.productsLoaded += count;
        ++report.batchesCommitted;
        if (!keepGoing())
            return finish();
    }
    return finish();
}

} // namespace catalog
