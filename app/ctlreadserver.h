#pragma once

class QCommandLineParser;

namespace catalog {

class ConnectionManager;
class CtlContext;
struct StorageError;

// catalogctl's read server: --read-database URL (else CATALOG_READ_DATABASE_URL, else the one
// saved with the connection in the GUI). The commands that only read (stats, quality, export) run
// their query through ReadRouter, so it goes to the standby when that is a standby and reachable,
// and to the primary otherwise; ctlNoteReadServer() then says on stderr which server answered.
void addReadServerOptions(QCommandLineParser &parser);
// Attaches the read server, if one is given, to `connections`; a URL that is no URL is an error.
StorageError attachCtlReadServer(const QCommandLineParser &parser, ConnectionManager &connections);
// One line on stderr after a routed read: "catalogctl: read from 127.0.0.1:5433 (standby, ...)".
// Nothing without a read server.
void ctlNoteReadServer(const CtlContext &context);

} // namespace catalog
