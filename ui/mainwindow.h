#pragma once

#include <QMainWindow>

class QLabel;

namespace catalog {

class ConnectionManager;

// The operator's main window. Owns no data: it shows what the repositories report through the
// connection manager it is given, which must outlive it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionManager &connections, QWidget *parent = nullptr);

    void refreshStatus();

private:
    ConnectionManager &m_connections;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace catalog
