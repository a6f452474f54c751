#pragma once

#include "statuscolors.h"

#include <QColor>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace catalog {

struct SystemHealth;

// What the dashboard's tabs share: charts in the colours of the application palette (base behind
// them, text for their labels, categorical series colours that read on the base), figure tables,
// short labels and the health state's words and colour. GUI thread only; nothing here fails.
namespace dashboard {

// A chart view named name (tests find charts by it), without animation, in the palette's colours.
QChartView *newChartView(const QString &name, QWidget *parent);
// The chart of view with its series and axes removed, ready to be filled again.
QChart *clearedChart(QChartView *view);
// Gives the chart's axes the palette's text and grid colours; call once the axes are added.
void styleAxes(QChart *chart);
// The index-th colour of the categorical series palette (wraps around); the last is the neutral one.
QColor seriesColor(int index);
int seriesColorCount();
// A lighter or darker shade of color that sits between it and the chart background (stacked companions).
QColor softened(const QColor &color);
// The background behind chart slices, to separate them.
QColor chartBackground();

QTableWidget *newFigureTable(const QStringList &headers, QWidget *parent);
QTableWidgetItem *numberItem(const QString &text);
QString elidedText(const QString &text, int length);

struct HealthState
{
    StatusColors::Role role; // Ok, Warning or Error
    QString title; // "Healthy", "Warning", "Unhealthy"
};
HealthState healthState(const SystemHealth &health);

} // namespace dashboard

} // namespace catalog
