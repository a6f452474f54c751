#pragma once

#include "images/imagefetchjob.h"

#include <QFuture>

namespace catalog {

class ConnectionManager;

// Runs an ImageFetchJob on the thread pool (its downloads on that thread's own event loop), with
// QPromise progress (done / total images, "n / m images" as text) and cancellation for the
// ProgressPanel. The connection manager must outlive the job.
QFuture<Result<ImageFetchJob::Report>> startImageFetch(
    ConnectionManager *connections, const QString &storageRoot, const ImageFetchJob::Options &options);

} // namespace catalog
