#pragma once

#include "core/storageerror.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace catalog {

class ConnectionManager;

// Fills an empty catalog with realistic sample suppliers and products (CatalogDataGenerator's
// Demo profile), for trying the application out and for screenshots.
//
// load() writes through SupplierRepository::upsert and ProductRepository::upsert in batches;
// every batch is its own transaction, so a cancelled or failed load leaves whole batches only
// and product_count stays true. It refuses a catalog that holds any product or supplier (also
// soft-deleted ones), because demo rows must never mix with real data.
//
// Threading: blocking; call it from a worker thread (QtConcurrent::run) in the GUI. The progress
// callback runs on the calling thread. Errors are returned as a StorageError, never thrown.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(catalog::DemoData)

public:
    struct Options
    {
        int products = 3000;
        int suppliers = 300;
        int batchSize = 500; // products per transaction
        quint32 seed = 1688;
    };

    struct Report
    {
        int suppliersRequested = 0;
        int productsRequested = 0;
        int suppliersLoaded = 0;
        int productsLoaded = 0;
        int batchesCommitted = 0; // supplier batches plus product batches
        bool cancelled = false;
        qint64 elapsedMs = 0;

        QString summary() const; // one translated sentence for a status bar or message box
    };

    // Called before the first batch with (0, total) and after each committed batch; total is
    // suppliers + products. Return false to stop after the batch just committed.
    using Progress = std::function<bool(int done, int total)>;

    static Result<bool> isCatalogEmpty(ConnectionManager &connections);
    static Result<Report> load(ConnectionManager &connections); // default Options, no progress
    // Journaled in sync_records (operation "demo_data").
    static Result<Report> load(ConnectionManager &connections, const Options &options, const Progress &progress = {});

private:
    static StorageError refusal(ConnectionManager &connections, const Options &options);
    static Result<Report> loadRows(ConnectionManager &connections, const Options &options, const Progress &progress);
};

} // namespace catalog
