#include "testhttpserver.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace catalog::test {

class TestHttpServer::Worker : public QObject
{
public:
    QTcpServer *server = nullptr;
    mutable QMutex mutex;
    QHash<QByteArray, Handler> routes;
    QHash<QByteArray, QList<Request>> log;
    QHash<QByteArray, qint64> streamed;
    int open = 0;
    int peak = 0;

    bool listen(quint16 *port)
    {
        server = new QTcpServer(this);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        *port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                accept(socket);
        });
        return true;
    }

    void accept(QTcpSocket *socket)
    {
        {
            QMutexLocker lock(&mutex);
            peak = qMax(peak, ++open);
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            {
                QMutexLocker lock(&mutex);
                --open;
            }
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (buffer->isNull() && socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            *buffer = QByteArray();
            socket->setProperty("answered", true);
            answer(socket, head);
        });
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        Handler handler;
        int hit = 0;
        {
            QMutexLocker lock(&mutex);
            log[request.path] << request;
            hit = int(log[request.path].size());
            handler = routes.value(request.path);
        }
        const Reply reply = handler ? handler(request, hit) : TestHttpServer::status(404, "no such route");
        if (reply.hang)
            return;
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonFor(reply.status) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        const qint64 length = reply.streamBytes >= 0 ? reply.streamBytes : reply.body.size();
        if (!reply.omitContentLength)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        out += "Connection: close\r\n\r\n";
        socket->write(out);
        if (reply.stallAfterHeaders)
            return;
        if (reply.streamBytes >= 0 && reply.dripMs > 0) {
            drip(socket, reply.streamBytes, reply.dripMs);
            return;
        }
        if (reply.streamBytes >= 0) {
            stream(socket, request.path, reply.streamBytes);
            return;
        }
        socket->write(reply.body);
        socket->disconnectFromHost();
    }

    // Writes the body 64 KiB at a time, only when the socket has drained, so the count of bytes
    // handed over shows how far the client read before it closed the connection.
    void stream(QTcpSocket *socket, const QByteArray &path, qint64 total)
    {
        auto sent = std::make_shared<qint64>(0);
        {
            QMutexLocker lock(&mutex);
            streamed[path] = 0;
        }
        const auto more = [this, socket, path, total, sent] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (socket->bytesToWrite() > 0)
                return;
            if (*sent >= total) {
                socket->disconnectFromHost();
                return;
            }
            const qint64 n = qMin<qint64>(64 * 1024, total - *sent);
            socket->write(QByteArray(n, 'x'));
            *sent += n;
            QMutexLocker lock(&mutex);
            streamed[path] = *sent;
        };
        connect(socket, &QTcpSocket::bytesWritten, this, more);
        more();
    }

    // One byte every `intervalMs` until `total` are sent or the client goes away.
    void drip(QTcpSocket *socket, qint64 total, int intervalMs)
    {
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, total, sent] {
            if (socket->state() != QAbstractSocket::ConnectedState || *sent >= total) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write("x", 1);
            ++*sent;
        });
        timer->start(intervalMs);
    }

    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 304:
            return "Not Modified";
        case 404:
            return "Not Found";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }
};

TestHttpServer::TestHttpServer()
{
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TestHttpServer::~TestHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool TestHttpServer::listen()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [this, &ok] { ok = m_worker->listen(&m_port); }, Qt::BlockingQueuedConnection);
    return ok;
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void TestHttpServer::route(const QByteArray &path, const Handler &handler)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->routes.insert(path, handler);
}

void TestHttpServer::route(const QByteArray &path, const Reply &reply)
{
    route(path, [reply](const Request &, int) { return reply; });
}

int TestHttpServer::hits(const QByteArray &path) const
{
    QMutexLocker lock(&m_worker->mutex);
    return int(m_worker->log.value(path).size());
}

QList<TestHttpServer::Request> TestHttpServer::requests(const QByteArray &path) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->log.value(path);
}

qint64 TestHttpServer::streamedBytes(const QByteArray &path) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->streamed.value(path);
}

int TestHttpServer::maxConcurrent() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->peak;
}

TestHttpServer::Reply TestHttpServer::status(int code, const QByteArray &body)
{
    Reply r;
    r.status = code;
    r.body = body;
    r.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain"));
    return r;
}

TestHttpServer::Reply TestHttpServer::redirect(const QByteArray &location, int code)
{
    Reply r;
    r.status = code;
    r.headers << qMakePair(QByteArrayLiteral("Location"), location);
    return r;
}

TestHttpServer::Reply TestHttpServer::ok(const QByteArray &body, const QByteArray &contentType)
{
    Reply r;
    r.body = body;
    r.headers << qMakePair(QByteArrayLiteral("Content-Type"), contentType);
    return r;
}

} // namespace catalog::test
