#pragma once

#include "config/connectionconfig.h"

#include <QObject>

#include <memory>

namespace catalog {

class ConnectionDialog;
class ConnectionManager;

// The database the GUI starts with. open() prepares the configured one (it answers, its schema is
// migrated, jobs a crashed run left "running" are closed). When that fails it does not give up: it
// shows the ConnectionDialog with the problem — which database (its URL, never the password) and
// why — so the operator can correct the fields or pick another connection, and tries that one.
// Cancel ends it: open() returns nullptr and lastProblem() says why, for the caller's exit message.
//
// GUI thread only, at start-up, before the main window exists: it blocks in the modal dialog and
// prepares on the calling thread (there is nothing else to keep responsive yet).
class StartupConnector : public QObject
{
    Q_OBJECT
public:
    explicit StartupConnector(QObject *parent = nullptr);

    std::unique_ptr<ConnectionManager> open(const ConnectionConfig &config);
    QString lastProblem() const { return m_lastProblem; }

    // Checks and prepares one database; empty when it is ready, else the reason in operator words.
    static QString prepare(ConnectionManager &connections);

Q_SIGNALS:
    // Just before the dialog runs (tests answer it from here).
    void dialogShown(ConnectionDialog *dialog);

private:
    QString m_lastProblem;
};

} // namespace catalog
