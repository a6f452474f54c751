#include "imagefetchlauncher.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace catalog {

QFuture<Result<ImageFetchJob::Report>> startImageFetch(
    ConnectionManager *connections, const QString &storageRoot, const ImageFetchJob::Options &options)
{
    return QtConcurrent::run(
        [connections, storageRoot, options](QPromise<Result<ImageFetchJob::Report>> &promise) {
            promise.addResult(
                ImageFetchJob(*connections, storageRoot).run(options, [&promise](qint64 done, qint64 total) {
                    promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                    promise.setProgressValueAndText(int(qMin<qint64>(done, INT_MAX)),
                        QCoreApplication::translate("catalog::MainWindow", "%1 / %2 images")
                            .arg(done)
                            .arg(total));
                    return !promise.isCanceled();
                }));
        });
}

} // namespace catalog
