#include "config/conninfo_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace catalog::conninfo {

namespace {

StorageError conninfoError(const QString &message)
{
    return StorageError::make(ErrorKind::Validation, message);
}

Result<int> parsePortText(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("ConnectionConfig", "Port \"%1\" is not a number from 1 to 65535")
                .arg(text));
    return port;
}

// One value of a keyword/value string from `pos`: 'quoted with \' and \\' or up to whitespace.
Result<QString> readValue(const QString &text, qsizetype &pos)
{
    QString value;
    if (pos < text.size() && text.at(pos) == u'\'') {
        for (++pos; pos < text.size(); ++pos) {
            const QChar c = text.at(pos);
            if (c == u'\\' && pos + 1 < text.size()) {
                value += text.at(++pos);
            } else if (c == u'\'') {
                ++pos;
                return value;
            } else {
                value += c;
            }
        }
        return conninfoError(QCoreApplication::translate("ConnectionConfig", "Unterminated quoted value in the connection string"));
    }
    for (; pos < text.size() && !text.at(pos).isSpace(); ++pos) {
        if (text.at(pos) == u'\\' && pos + 1 < text.size())
            ++pos;
        value += text.at(pos);
    }
    return value;
}

} // namespace

bool looksLikeKeywords(const QString &text)
{
    static const QRegularExpression keyword(QStringLiteral(R"(^\s*[A-Za-z_]+\s*=)"));
    return !text.contains(QStringLiteral("://")) && keyword.match(text).hasMatch();
}

Result<QList<std::pair<QString, QString>>> parseKeywords(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype pos = 0;
    const auto skipSpace = [&] {
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
    };
    for (skipSpace(); pos < text.size(); skipSpace()) {
        const qsizetype start = pos;
        while (pos < text.size() && (text.at(pos).isLetterOrNumber() || text.at(pos) == u'_'))
            ++pos;
        const QString key = text.mid(start, pos - start);
        skipSpace();
        if (key.isEmpty() || pos >= text.size() || text.at(pos) != u'=')
            return StorageError::make(ErrorKind::Validation,
                QCoreApplication::translate("ConnectionConfig",
                    "Not a connection string: expected keyword=value at \"%1\"")
                    .arg(text.mid(start, 20)));
        ++pos;
        skipSpace();
        Result<QString> value = readValue(text, pos);
        if (!value)
            return value.error();
        pairs.append({ key, value.value() });
    }
    return pairs;
}

Result<QList<ServerAddress>> combineHostsAndPorts(const QString &hosts, const QString &ports)
{
    const QStringList hostList = hosts.split(u',');
    const QStringList portList = ports.split(u',');
    if (portList.size() != 1 && portList.size() != hostList.size())
        return StorageError::make(ErrorKind::Validation,
            QCoreApplication::translate("ConnectionConfig", "%1 port numbers do not match %2 hosts")
                .arg(portList.size())
                .arg(hostList.size()));
    QList<ServerAddress> servers;
    for (qsizetype i = 0; i < hostList.size(); ++i) {
        const Result<int> port = parsePortText(portList.value(portList.size() == 1 ? 0 : i).trimmed());
        if (!port)
            return port.error();
        servers.append({ hostList.at(i).trimmed(), port.value() });
    }
    return servers;
}

Result<QList<ServerAddress>> parseUrlHostList(const QString &text)
{
    QList<ServerAddress> servers;
    for (const QString &entry : text.split(u',')) {
        ServerAddress server;
        QString portText;
        if (entry.startsWith(u'[')) {
            const qsizetype close = entry.indexOf(u']');
            if (close < 0)
                return conninfoError(QCoreApplication::translate("ConnectionConfig", "Unterminated [IPv6 address] in the URL's host list"));
            server.host = entry.mid(1, close - 1);
            if (entry.size() > close + 1) {
                if (entry.at(close + 1) != u':')
                    return conninfoError(QCoreApplication::translate("ConnectionConfig", "Unexpected text after an [IPv6 address] in the URL's host list"));
                portText = entry.mid(close + 2);
            }
        } else {
            const qsizetype colon = entry.lastIndexOf(u':');
            server.host = QUrl::fromPercentEncoding((colon < 0 ? entry : entry.left(colon)).toUtf8());
            if (colon >= 0)
                portText = entry.mid(colon + 1);
        }
        const Result<int> port = parsePortText(portText);
        if (!port)
            return port.error();
        server.port = port.value();
        servers.append(server);
    }
    return servers;
}

} // namespace catalog::conninfo
