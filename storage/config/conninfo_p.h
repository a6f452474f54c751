#pragma once

#include "config/serveraddress.h"
#include "core/storageerror.h"

#include <QList>
#include <QString>

#include <utility>

namespace catalog::conninfo {

// libpq's keyword/value connection string, e.g. host=db1,db2 port=5432 dbname='my db', as
// (keyword, value) pairs in the order written; quoted values lose their quotes and escapes.
Result<QList<std::pair<QString, QString>>> parseKeywords(const QString &text);
// True for a keyword/value string ("host=... dbname=..." or "service=prod"), false for a URL.
bool looksLikeKeywords(const QString &text);
// libpq's comma-separated host and port lists: one port for every host, or one port per host
// (an empty entry is libpq's default port).
Result<QList<ServerAddress>> combineHostsAndPorts(const QString &hosts, const QString &ports);
// The hosts of a URL's authority after the user: "h1:5432,[::1]:5433,h3" (percent-encoded).
Result<QList<ServerAddress>> parseUrlHostList(const QString &text);

} // namespace catalog::conninfo
