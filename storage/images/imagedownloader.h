#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace catalog {

// Downloads image bodies over HTTP(S) with QNetworkAccessManager, asynchronously.
//
// Bounded concurrency: at most Options::maxConcurrent transfers at once and maxPerHost to one
// host (host:port); the rest wait in submission order. Every transfer has a connect timeout
// (until the response headers arrive), a transfer timeout (no bytes for that long), a deadline for
// the whole transfer and a minimum average rate; the last two are final, not retried. Network
// errors, timeouts and 5xx answers are retried with exponential backoff (with jitter) up to
// maxAttempts; 4xx answers are final. Redirects are followed by hand, up to maxRedirects, with
// loops detected and named, and only to http/https. A request that carries an ETag or
// Last-Modified of a stored copy is sent as a conditional GET; 304 comes back as notModified.
// Bodies are capped at maxBytes while streaming: a declared Content-Length over the cap, or the
// first byte past it, aborts the transfer at once; a compressed body (Content-Encoding) that
// expands past the cap is reported as a decompression bomb.
//
// Lives on the thread that created it and needs that thread's event loop; results arrive through
// finished() (one per fetch() call, also for cancelled ones) and idle() once nothing is left.
// Errors are reported in Response::error as a sentence for operators; no exceptions.
class ImageDownloader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConcurrent = 6;
        int maxPerHost = 2;
        std::chrono::milliseconds connectTimeout { 15000 };
        std::chrono::milliseconds transferTimeout { 30000 };
        // The whole transfer of one attempt, headers to last byte: a server that sends a byte now and
        // then never trips the transfer timeout, but meets this.
        std::chrono::milliseconds deadline { 120000 };
        // Slower than this on average, once minRateAfter has passed, is given up as too slow.
        qint64 minBytesPerSecond = 1024;
        std::chrono::milliseconds minRateAfter { 15000 };
        int maxAttempts = 4; // first try plus retries
        std::chrono::milliseconds initialBackoff { 500 };
        std::chrono::milliseconds maxBackoff { 8000 };
        int maxRedirects = 5;
        qint64 maxBytes = 10 * 1024 * 1024;
        QByteArray userAgent = QByteArrayLiteral("catalog-admin image fetcher");
    };
    struct Request
    {
        QUrl url;
        QString etag; // of the stored copy, for If-None-Match
        QString lastModified; // of the stored copy, for If-Modified-Since
        quint64 tag = 0; // the caller's, handed back in the response
    };
    struct Response
    {
        Request request;
        QUrl finalUrl; // after redirects
        int httpStatus = 0;
        bool notModified = false;
        QByteArray body;
        QString contentType;
        QString etag;
        QString lastModified;
        QString error; // empty on success (200 with a body, or 304)
        int attempts = 0;
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    explicit ImageDownloader(QObject *parent = nullptr);
    explicit ImageDownloader(Options options, QObject *parent = nullptr);
    ~ImageDownloader() override;

    const Options &options() const { return m_options; }
    void fetch(const Request &request);
    // Aborts running transfers and drops waiting ones; each is reported as cancelled.
    void cancelAll();
    int pendingCount() const { return int(m_tasks.size()); }
    int activeCount() const { return m_active; }
    // The most transfers that ran at once (overall), for tests of the limits.
    int peakActive() const { return m_peakActive; }

signals:
    void finished(const catalog::ImageDownloader::Response &response);
    void idle();

private:
    struct Task;
    void schedule();
    void start(const std::shared_ptr<Task> &task);
    void onMetaData(const std::shared_ptr<Task> &task);
    void onReadyRead(const std::shared_ptr<Task> &task);
    void onFinished(const std::shared_ptr<Task> &task);
    void followRedirect(const std::shared_ptr<Task> &task, QNetworkReply *reply, const QString &statusText);
    void acceptBody(const std::shared_ptr<Task> &task, QNetworkReply *reply);
    void onDeadline(const std::shared_ptr<Task> &task);
    bool checkBodySize(const std::shared_ptr<Task> &task, QNetworkReply *reply);
    QString oversizeReason(QNetworkReply *reply) const;
    void checkRate(const std::shared_ptr<Task> &task);
    void handleFinished(const std::shared_ptr<Task> &task);
    void abortTask(const std::shared_ptr<Task> &task, const QString &reason, bool retryable);
    void retryOrFail(const std::shared_ptr<Task> &task, const QString &error, bool retryable);
    void complete(const std::shared_ptr<Task> &task);
    static QString hostKey(const QUrl &url);

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QList<std::shared_ptr<Task>> m_tasks; // every unfinished task: waiting, backing off or running
    QList<std::shared_ptr<Task>> m_waiting; // ready to start, in order
    QHash<QString, int> m_perHost;
    int m_active = 0;
    int m_peakActive = 0;
};

} // namespace catalog
