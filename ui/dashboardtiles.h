#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QFrame;
class QLabel;

namespace catalog {

// A row of figure tiles (a caption, a large value, a line of detail), each found by a name
// ("products", "reclaimable", ...): objects tile_<name>, tileValue_<name> and tileDetail_<name>.
// The tiles are children of this widget; GUI thread only.
class DashboardTiles : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTiles(QWidget *parent = nullptr);

    void addTile(const QString &name, const QString &title);
    bool hasTile(const QString &name) const { return m_values.contains(name); }
    void setTile(const QString &name, const QString &value, const QString &detail = {});
    // The value, and the detail on a line of its own when there is one; empty for an unknown name.
    QString text(const QString &name) const;
    void setDetailToolTip(const QString &name, const QString &toolTip);
    // An alert tile stands out in the error colours (a failed health check).
    void setAlert(const QString &name, bool alert);

private:
    QHash<QString, QFrame *> m_frames;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_details;
};

} // namespace catalog
