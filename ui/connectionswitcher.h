#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace catalog {

struct ConnectionConfig;
class ConnectionManager;
class JobRunner;

// File ▸ Connect to Database and Recent Connections: asks for the connection (ConnectionDialog,
// which tests it), prepares its schema on the JobRunner (migrations, abandoned jobs closed) while
// the window stays responsive, and hands the ready ConnectionManager to the window's adopt
// function. It refuses while a job runs on the current database, and asks the window's confirm
// function before unsaved edits would be lost.
//
// GUI thread only. The switcher owns a candidate ConnectionManager only until it is adopted or
// found unusable. A database that cannot be prepared is reported in a warning box and the window
// keeps the one it shows.
class ConnectionSwitcher : public QObject
{
    Q_OBJECT
public:
    using Adopt = std::function<void(std::unique_ptr<ConnectionManager>)>;
    using Confirm = std::function<bool()>;

    ConnectionSwitcher(JobRunner &jobs, QWidget *window, Adopt adopt, Confirm confirm);

    // The dialog, filled in with `current`.
    void chooseAndConnect(const ConnectionConfig &current);
    // A saved URL has no password: the dialog asks for what is missing.
    void connectToUrl(const QString &url);
    // Without questions (a restore reconnects this way; tests too).
    void connectTo(const ConnectionConfig &config);

private:
    bool refuseWhileBusy();
    void prepare(std::unique_ptr<ConnectionManager> connections);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
    Adopt m_adopt;
    Confirm m_confirm;
};

} // namespace catalog
