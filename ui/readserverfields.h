#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace catalog {

struct ConnectionConfig;

// The connection dialog's "Browse from standby": a checkbox and the standby as host:port or a
// postgresql:// URL (database, user and password default to the connection's own). load() and
// save() keep it with the connection in ReadServerSettings. A text that is no server is explained
// under the field; error() says it too, so the dialog can refuse to accept. GUI thread only.
class ReadServerFields : public QWidget
{
    Q_OBJECT
public:
    explicit ReadServerFields(QWidget *parent = nullptr);

    void load(const ConnectionConfig &connection);
    void save(const ConnectionConfig &connection) const;
    void setReadUrl(const QString &url); // checks the box for a non-empty URL
    // The read server's URL; empty while the box is unchecked.
    QString readUrl() const;
    QString error() const;

Q_SIGNALS:
    void edited();

private:
    void refreshState();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace catalog
