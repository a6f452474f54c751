#include "images/imagedownloader.h"

#include "core/storagelog_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace catalog {

struct ImageDownloader::Task
{
    Response response;
    QUrl current;
    QList<QUrl> chain; // the URLs visited in this attempt, for loop detection and messages
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QTimer *deadline = nullptr;
    QElapsedTimer clock; // since this attempt's request was sent
    QString abortReason;
    bool abortRetryable = false;
    bool headersSeen = false;
    bool running = false;
    bool done = false;
};

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

QString describeChain(const QList<QUrl> &chain)
{
    QStringList parts;
    for (const QUrl &u : chain)
        parts << u.toDisplayString();
    return parts.join(QStringLiteral(" -> "));
}

} // namespace

ImageDownloader::ImageDownloader(QObject *parent)
    : ImageDownloader(Options(), parent)
{
}

ImageDownloader::ImageDownloader(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_options.maxConcurrent = qMax(1, m_options.maxConcurrent);
    m_options.maxPerHost = qMax(1, m_options.maxPerHost);
    m_options.maxAttempts = qMax(1, m_options.maxAttempts);
    // Redirects are followed by hand (counted, loops named); the manager must not do it itself.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ImageDownloader::~ImageDownloader()
{
    for (const std::shared_ptr<Task> &task : std::as_const(m_tasks)) {
        task->done = true;
        if (task->reply) {
            task->reply->disconnect(this);
            task->reply->abort();
        }
    }
}

QString ImageDownloader::hostKey(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

void ImageDownloader::fetch(const Request &request)
{
    auto task = std::make_shared<Task>();
    task->response.request = request;
    task->current = request.url;
    m_tasks << task;
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Reported from the event loop like every other result, so callers see one order of events.
        QTimer::singleShot(0, this, [this, task] {
            task->response.error = QCoreApplication::translate("ImageDownloader", "Not an http(s) URL: %1")
                                       .arg(task->response.request.url.toDisplayString().left(200));
            complete(task);
        });
        return;
    }
    m_waiting << task;
    schedule();
}

void ImageDownloader::schedule()
{
    for (qsizetype i = 0; i < m_waiting.size() && m_active < m_options.maxConcurrent;) {
        const std::shared_ptr<Task> task = m_waiting.at(i);
        if (m_perHost.value(hostKey(task->current)) >= m_options.maxPerHost) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        start(task);
    }
}

void ImageDownloader::start(const std::shared_ptr<Task> &task)
{
    ++m_active;
    m_peakActive = qMax(m_peakActive, m_active);
    ++m_perHost[hostKey(task->current)];
    task->running = true;
    task->headersSeen = false;
    task->abortReason.clear();
    task->response.body.clear();
    if (task->chain.isEmpty()) {
        task->chain << task->current;
        ++task->response.attempts;
    }

    QNetworkRequest request(task->current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    // Qt's own archive-bomb check would end the reply as a network error (and so be retried):
    // the body cap below stops a bomb at maxBytes and names it.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setRawHeader(QByteArrayLiteral("Accept"),
        QByteArrayLiteral("image/webp,image/png,image/jpeg,image/gif;q=0.9,image/*;q=0.8"));
    if (!task->response.request.etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), task->response.request.etag.toLatin1());
    if (!task->response.request.lastModified.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("If-Modified-Since"), task->response.request.lastModified.toLatin1());
    QNetworkReply *reply = m_network->get(request);
    task->reply = reply;

    if (!task->timer) {
        task->timer = new QTimer(this);
        task->timer->setSingleShot(true);
        std::weak_ptr<Task> weak = task;
        connect(task->timer, &QTimer::timeout, this, [this, weak] {
            const std::shared_ptr<Task> t = weak.lock();
            if (!t || !t->running)
                return;
            if (!t->headersSeen)
                abortTask(t,
                    QCoreApplication::translate(
                        "ImageDownloader", "No response within %1 s (connect timeout)")
                        .arg(seconds(m_options.connectTimeout)),
                    true);
            else
                abortTask(t,
                    QCoreApplication::translate(
                        "ImageDownloader", "The transfer stalled: no data for %1 s (transfer timeout)")
                        .arg(seconds(m_options.transferTimeout)),
                    true);
        });
    }
    if (!task->deadline) {
        task->deadline = new QTimer(this);
        task->deadline->setSingleShot(true);
        std::weak_ptr<Task> weak = task;
        connect(task->deadline, &QTimer::timeout, this, [this, weak] {
            if (const std::shared_ptr<Task> t = weak.lock())
                onDeadline(t);
        });
    }
    task->timer->start(m_options.connectTimeout);
    task->deadline->start(m_options.deadline);
    task->clock.start();
    // Back-pressure: the network thread stops reading the socket once this much is waiting for us,
    // so a busy job thread cannot let an oversized body pile up in memory before it is cut off.
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, task] { onMetaData(task); });
    connect(reply, &QNetworkReply::readyRead, this, [this, task] { onReadyRead(task); });
    connect(reply, &QNetworkReply::finished, this, [this, task] { onFinished(task); });
}

void ImageDownloader::onMetaData(const std::shared_ptr<Task> &task)
{
    QNetworkReply *reply = task->reply;
    if (!reply || !task->running)
        return;
    task->headersSeen = true;
    task->timer->start(m_options.transferTimeout);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > m_options.maxBytes)
        abortTask(task,
            QCoreApplication::translate("ImageDownloader", "The image is %1, over the limit of %2 per file")
                .arg(megabytes(length.toLongLong()), megabytes(m_options.maxBytes)),
            false);
}

void ImageDownloader::onReadyRead(const std::shared_ptr<Task> &task)
{
    QNetworkReply *reply = task->reply;
    if (!reply || !task->running || !task->abortReason.isEmpty())
        return;
    task->headersSeen = true;
    task->timer->start(m_options.transferTimeout);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        reply->readAll(); // an error page or a redirect's body: not kept
        return;
    }
    // Read no more than one byte past the limit: enough to know the body is too large.
    const qint64 room = m_options.maxBytes + 1 - task->response.body.size();
    task->response.body += reply->read(qMax<qint64>(0, room));
    if (checkBodySize(task, reply))
        checkRate(task);
}

// Aborts (final) once the body is past maxBytes; false then.
bool ImageDownloader::checkBodySize(const std::shared_ptr<Task> &task, QNetworkReply *reply)
{
    if (task->response.body.size() <= m_options.maxBytes)
        return true;
    abortTask(task, oversizeReason(reply), false);
    return false;
}

// Why a body past maxBytes was stopped; a compressed one that inflated past it is named a bomb.
QString ImageDownloader::oversizeReason(QNetworkReply *reply) const
{
    const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return QCoreApplication::translate("ImageDownloader",
            "The response is compressed (Content-Encoding: %1) and expands past the limit of %2 "
            "per file: a decompression bomb; the download was stopped there")
            .arg(QString::fromLatin1(encoding).left(40), megabytes(m_options.maxBytes));
    return QCoreApplication::translate("ImageDownloader",
        "The image is larger than the limit of %1 per file; the download was stopped there")
        .arg(megabytes(m_options.maxBytes));
}

// A server that trickles bytes keeps the transfer timeout from firing: hold it to a minimum average.
void ImageDownloader::checkRate(const std::shared_ptr<Task> &task)
{
    const qint64 elapsed = task->clock.elapsed();
    if (elapsed < m_options.minRateAfter.count() || elapsed <= 0)
        return;
    const qint64 rate = task->response.body.size() * 1000 / elapsed;
    if (rate < m_options.minBytesPerSecond)
        abortTask(task,
            QCoreApplication::translate("ImageDownloader",
                "The server sends too slowly: %1 bytes/s on average over %2 s, below the minimum of %3 "
                "bytes/s; the download was stopped")
                .arg(rate)
                .arg(seconds(std::chrono::milliseconds(elapsed)))
                .arg(m_options.minBytesPerSecond),
            false);
}

void ImageDownloader::onDeadline(const std::shared_ptr<Task> &task)
{
    if (!task->running)
        return;
    abortTask(task,
        QCoreApplication::translate(
            "ImageDownloader", "The download did not finish within %1 s (deadline); %2 received")
            .arg(seconds(m_options.deadline), megabytes(task->response.body.size())),
        false);
}

void ImageDownloader::abortTask(const std::shared_ptr<Task> &task, const QString &reason, bool retryable)
{
    if (!task->abortReason.isEmpty())
        return;
    task->abortReason = reason;
    task->abortRetryable = retryable;
    if (task->reply)
        task->reply->abort(); // finished() follows, which reads abortReason
}

void ImageDownloader::onFinished(const std::shared_ptr<Task> &task)
{
    handleFinished(task);
    schedule(); // a slot (overall and for the host) may have come free
}

void ImageDownloader::handleFinished(const std::shared_ptr<Task> &task)
{
    QNetworkReply *reply = task->reply;
    if (!reply || !task->running)
        return;
    task->running = false;
    task->timer->stop();
    task->deadline->stop();
    task->reply = nullptr;
    reply->deleteLater();
    --m_active;
    const QString host = hostKey(task->current);
    if (--m_perHost[host] <= 0)
        m_perHost.remove(host);

    if (task->done) { // cancelled
        complete(task);
        return;
    }
    if (!task->abortReason.isEmpty()) {
        retryOrFail(task, task->abortReason, task->abortRetryable);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    task->response.httpStatus = status;
    if (status == 0) {
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "Network error: %1").arg(reply->errorString()),
            true);
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString statusText = QCoreApplication::translate("ImageDownloader", "HTTP %1%2")
                                   .arg(status)
                                   .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason);
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        followRedirect(task, reply, statusText);
        return;
    }
    if (status == 304) {
        if (task->response.request.etag.isEmpty() && task->response.request.lastModified.isEmpty()) {
            retryOrFail(task,
                QCoreApplication::translate("ImageDownloader", "%1 to a request that was not conditional")
                    .arg(statusText),
                false);
            return;
        }
        task->response.notModified = true;
        task->response.finalUrl = task->current;
        complete(task);
        return;
    }
    if (status >= 500) {
        retryOrFail(task, statusText, true);
        return;
    }
    if (status < 200 || status >= 300) {
        retryOrFail(task, statusText, false);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) { // e.g. the connection closed before Content-Length bytes
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "Network error: %1").arg(reply->errorString()),
            true);
        return;
    }
    acceptBody(task, reply);
}

// A 3xx answer: follow the Location (http(s) only, no loops, at most maxRedirects).
void ImageDownloader::followRedirect(const std::shared_ptr<Task> &task, QNetworkReply *reply, const QString &statusText)
{
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (location.isEmpty()) {
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "%1 without a Location header").arg(statusText),
            false);
        return;
    }
    const QUrl target = task->current.resolved(QUrl::fromEncoded(location));
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "Redirected to %1, which is not an http(s) URL")
                .arg(target.toDisplayString().left(200)),
            false);
        return;
    }
    if (task->chain.contains(target)) {
        task->chain << target;
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "Redirect loop: %1")
                .arg(describeChain(task->chain)),
            false);
        return;
    }
    if (task->chain.size() > m_options.maxRedirects) {
        retryOrFail(task,
            QCoreApplication::translate("ImageDownloader", "Too many redirects (more than %1): %2")
                .arg(m_options.maxRedirects)
                .arg(describeChain(task->chain)),
            false);
        return;
    }
    task->chain << target;
    task->current = target;
    m_waiting.prepend(task); // a redirect is not a new attempt and keeps its place in line
    schedule();
}

// A 2xx answer: the rest of the body (within maxBytes) and its validators.
void ImageDownloader::acceptBody(const std::shared_ptr<Task> &task, QNetworkReply *reply)
{
    task->response.body += reply->read(qMax<qint64>(0, m_options.maxBytes + 1 - task->response.body.size()));
    if (task->response.body.size() > m_options.maxBytes) {
        retryOrFail(task, oversizeReason(reply), false);
        return;
    }
    task->response.finalUrl = task->current;
    task->response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    task->response.etag = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("ETag")));
    task->response.lastModified = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Last-Modified")));
    complete(task);
}

void ImageDownloader::retryOrFail(const std::shared_ptr<Task> &task, const QString &error, bool retryable)
{
    task->response.body.clear();
    if (!retryable || task->response.attempts >= m_options.maxAttempts) {
        task->response.error = task->response.attempts > 1
            ? QCoreApplication::translate("ImageDownloader", "%1 (after %2 attempts)")
                  .arg(error)
                  .arg(task->response.attempts)
            : error;
        task->response.finalUrl = task->current;
        complete(task);
        schedule();
        return;
    }
    const int attempt = task->response.attempts; // 1 after the first failure
    const std::chrono::milliseconds base(
        m_options.initialBackoff.count() * (qint64(1) << qMin(attempt - 1, 16)));
    const std::chrono::milliseconds capped = std::min(base, m_options.maxBackoff);
    // Jitter (75 %..125 %) so that many failed requests do not hit the server again all at once.
    const auto delay = std::chrono::milliseconds(
        qint64(double(capped.count()) * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble())));
    qCDebug(lcStorage) << "image download" << task->response.request.url << "failed:" << error << "- retry in"
                       << delay.count() << "ms";
    task->current = task->response.request.url;
    task->chain.clear();
    std::weak_ptr<Task> weak = task;
    QTimer::singleShot(delay, this, [this, weak] {
        const std::shared_ptr<Task> t = weak.lock();
        if (!t || t->done)
            return;
        m_waiting << t;
        schedule();
    });
    schedule();
}

void ImageDownloader::complete(const std::shared_ptr<Task> &task)
{
    task->done = true;
    m_tasks.removeOne(task);
    m_waiting.removeOne(task);
    if (task->deadline) {
        task->deadline->deleteLater();
        task->deadline = nullptr;
    }
    if (task->timer) {
        task->timer->deleteLater();
        task->timer = nullptr;
    }
    const Response response = task->response;
    Q_EMIT finished(response);
    if (m_tasks.isEmpty())
        Q_EMIT idle();
}

void ImageDownloader::cancelAll()
{
    const QList<std::shared_ptr<Task>> tasks = m_tasks;
    for (const std::shared_ptr<Task> &task : tasks) {
        if (task->done)
            continue;
        task->done = true;
        task->response.cancelled = true;
        task->response.error = QStringLiteral("Cancelled");
        if (task->running && task->reply) {
            task->reply->abort(); // onFinished() completes it
        } else {
            task->done = false; // let complete() run once
            complete(task);
        }
    }
    m_waiting.clear();
}

} // namespace catalog
