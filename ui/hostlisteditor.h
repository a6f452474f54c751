#pragma once

#include "config/serveraddress.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace catalog {

// The hosts of a PostgreSQL connection after the first (the dialog's Host and Port fields), one
// host:port row each, with Add, Remove and Move up/down, and which server libpq should keep
// (target_session_attrs). libpq tries the hosts in this order; "Move up" on the first row asks the
// dialog to swap it with the first host (firstHostSwapRequested). GUI thread only; owns its widgets.
class HostListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HostListEditor(QWidget *parent = nullptr);

    QList<ServerAddress> hosts() const; // rows with an empty host are left out
    void setHosts(const QList<ServerAddress> &hosts);
    QString targetSessionAttrs() const; // "" when libpq's default (any) is meant
    void setTargetSessionAttrs(const QString &attrs);
    // Replaces the first row (after a swap with the dialog's first host).
    void replaceFirst(const ServerAddress &host);

Q_SIGNALS:
    void changed();
    // The first row should become the first host; `host` is that row's address.
    void firstHostSwapRequested(const ServerAddress &host);

private:
    void addRow(const ServerAddress &host);
    void moveCurrent(int delta);
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QComboBox *m_target = nullptr;
    bool m_filling = false;
};

} // namespace catalog
