#include "dashboardtiles.h"

#include "statuscolors.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace catalog {

namespace {

const QString kTileDetailStyle = QStringLiteral("color: %1; border: none; background: transparent;");

QString frameStyle(const QString &name, bool alert)
{
    if (!alert)
        return QStringLiteral(
            "QFrame#tile_%1 { background: palette(base); border: 1px solid palette(midlight); "
            "border-radius: 6px; }")
            .arg(name);
    const StatusColors colors = StatusColors::current();
    return QStringLiteral("QFrame#tile_%1 { background: %2; border: 2px solid %3; border-radius: 6px; }")
        .arg(name, colors.name(StatusColors::Role::ErrorBackground), colors.name(StatusColors::Role::Error));
}

} // namespace

DashboardTiles::DashboardTiles(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
}

void DashboardTiles::addTile(const QString &name, const QString &title)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile_") + name);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(frameStyle(name, false));
    auto *v = new QVBoxLayout(tile);
    v->setContentsMargins(12, 8, 12, 8);
    auto *caption = new QLabel(title, tile);
    caption->setStyleSheet(kTileDetailStyle.arg(QStringLiteral("palette(dark)")));
    auto *value = new QLabel(QStringLiteral("—"), tile);
    value->setObjectName(QStringLiteral("tileValue_") + name);
    value->setStyleSheet(
        QStringLiteral("font-size: 20pt; font-weight: 600; border: none; background: transparent;"));
    auto *detail = new QLabel(tile);
    detail->setObjectName(QStringLiteral("tileDetail_") + name);
    detail->setStyleSheet(kTileDetailStyle.arg(QStringLiteral("palette(dark)")));
    detail->setWordWrap(true);
    v->addWidget(caption);
    v->addWidget(value);
    v->addWidget(detail);
    v->addStretch();
    layout()->addWidget(tile);
    m_frames.insert(name, tile);
    m_values.insert(name, value);
    m_details.insert(name, detail);
}

void DashboardTiles::setTile(const QString &name, const QString &value, const QString &detail)
{
    if (QLabel *label = m_values.value(name))
        label->setText(value);
    if (QLabel *label = m_details.value(name))
        label->setText(detail);
}

QString DashboardTiles::text(const QString &name) const
{
    const QLabel *value = m_values.value(name);
    const QLabel *detail = m_details.value(name);
    if (!value)
        return {};
    return detail && !detail->text().isEmpty() ? value->text() + QLatin1Char('\n') + detail->text()
                                               : value->text();
}

void DashboardTiles::setDetailToolTip(const QString &name, const QString &toolTip)
{
    if (QLabel *detail = m_details.value(name))
        detail->setToolTip(toolTip);
}

void DashboardTiles::setAlert(const QString &name, bool alert)
{
    if (QLabel *detail = m_details.value(name))
        detail->setStyleSheet(kTileDetailStyle.arg(alert
                ? StatusColors::current().textOn(StatusColors::Role::ErrorBackground).name()
                : QStringLiteral("palette(dark)")));
    if (QFrame *frame = m_frames.value(name))
        frame->setStyleSheet(frameStyle(name, alert));
}

} // namespace catalog
