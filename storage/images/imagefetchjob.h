#pragma once

#include "images/imagedownloader.h"
#include "images/imagestore.h"
#include "core/storageerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace catalog {

class ConnectionManager;

// Fetches product images into the image store: all images of some products, or of every product
// that is not deleted, or only the ones not stored yet (onlyMissing).
//
// First records the image URLs the products name as rows (ImageRepository::recordProductUrls),
// then downloads each distinct URL once (stored images as conditional requests, so an unchanged
// image costs a 304) and stores the body for every row that names it. Failures are stored on the
// row (fetch_error) and listed in the report; they do not stop the job. Each run writes one
// sync_records row (operation "fetch_images"): started, progress as images finish, finished
// completed / cancelled / failed with the failures (up to 1000) as {source_id, field: url, message}.
//
// Blocking: runs the downloads on the calling thread's own event loop, so call it from a worker
// thread (QtConcurrent) or a command-line main. Progress is called on that thread after each image;
// returning false cancels: running downloads are aborted, stored images stay stored.
class ImageFetchJob
{
public:
    struct Options
    {
        QList<qint64> productIds; // empty: every product that is not deleted
        bool onlyMissing = false;
        ImageDownloader::Options download;
        ImageStore::Options store;
    };
    struct Failure
    {
        QString sourceId;
        QString url;
        QString message;
        QJsonObject toJson() const;
    };
    struct Report
    {
        qint64 images = 0; // rows the job worked on
        qint64 downloads = 0; // distinct URLs requested
        qint64 stored = 0; // new or changed files written
        qint64 unchanged = 0; // 304, or the same bytes again
        qint64 failed = 0;
        qint64 rowsAdded = 0; // URLs the products named that had no row yet
        qint64 bytes = 0; // downloaded
        bool cancelled = false;
        qint64 syncRecordId = 0;
        QList<Failure> failures;
        QJsonObject toJson() const;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ImageFetchJob(ConnectionManager &connections, QString storageRoot);

    Result<Report> run(const Options &options, const Progress &progress = {});

private:
    ConnectionManager &m_connections;
    QString m_root;
};

} // namespace catalog
