#pragma once

#include "core/storageerror.h"
#include "demo/demodata.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace catalog {

class ConnectionManager;

// Demo data with pictures: DemoData's suppliers and products, then a painted picture (DemoPicture)
// stored as each product's main image through ImageStore, exactly as a download would be (file,
// sha256, size, dimensions, format, fetched_at), so thumbnails, the gallery and the image statistics
// work without a network. Detail images stay recorded but not fetched, as after an import.
//
// The picture phase is journaled in sync_records as a fetch_images job (it fills what fetch-images
// would). Like DemoData it refuses a catalog that holds any product or supplier.
//
// Threading: blocking (database and disk); call it from a worker thread. The progress callback runs
// on the calling thread; returning false stops after the current batch or picture, keeping what
// was written. Errors are returned as a StorageError; a picture that could not be stored is
// counted and named in the report, and the job goes on.
class DemoCatalog
{
    Q_DECLARE_TR_FUNCTIONS(catalog::DemoCatalog)

public:
    struct Options
    {
        DemoData::Options data;
        bool pictures = true;
    };

    struct Report
    {
        DemoData::Report data;
        int picturesRequested = 0;
        int picturesStored = 0;
        int picturesFailed = 0;
        int distinctPictures = 0; // designs painted and encoded
        qint64 pictureBytes = 0;
        qint64 syncRecordId = 0; // the fetch_images journal row, 0 without pictures
        QStringList failures; // the first few, "source_id: reason"
        bool cancelled = false;
        qint64 elapsedMs = 0;

        QString summary() const; // one translated sentence
    };

    // done/total over suppliers, products and pictures together.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Report> load(ConnectionManager &connections, const QString &storageRoot,
        const Options &options, const Progress &progress = {});
};

} // namespace catalog
