#include "dashboardparts.h"

#include "maintenance/healthchecker.h"
#include "statuscolors.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLegend>
#include <QTableWidget>

#include <array>

namespace catalog::dashboard {

namespace {

// Categorical colours for series that are not states (currencies, tables and indexes, suppliers).
constexpr std::array<QRgb, 8> kSeriesColors { 0xff1c7ed6, 0xff0ca678, 0xfff59f00, 0xffae3ec9, 0xffe64980,
    0xff1098ad, 0xff74b816, 0xff868e96 };

QColor chartText()
{
    const QPalette palette = QApplication::palette();
    return StatusColors::tinted(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.8);
}

} // namespace

QChartView *newChartView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setBackgroundBrush(chartBackground());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(chartText());
    chart->legend()->setLabelColor(chartText());
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(250);
    return view;
}

QChart *clearedChart(QChartView *view)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

void styleAxes(QChart *chart)
{
    const QPalette palette = QApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(chartText());
        axis->setTitleBrush(chartText());
        axis->setLinePenColor(StatusColors::tinted(base, text, 0.35));
        axis->setGridLineColor(StatusColors::tinted(base, text, 0.12));
    }
}

QColor seriesColor(int index)
{
    const QColor color = QColor::fromRgb(kSeriesColors.at(std::size_t(index) % kSeriesColors.size()));
    // The light palette's colours as designed; on a dark base, lifted until they stand out from it.
    return StatusColors::isDark(QApplication::palette())
        ? StatusColors::readableOn(color, chartBackground(), StatusColors::kMinimumContrast)
        : color;
}

int seriesColorCount()
{
    return int(kSeriesColors.size());
}

QColor softened(const QColor &color)
{
    return StatusColors::tinted(chartBackground(), color, 0.5);
}

QColor chartBackground()
{
    return QApplication::palette().color(QPalette::Base);
}

QTableWidget *newFigureTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString elidedText(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

HealthState healthState(const SystemHealth &health)
{
    // In the context of the window these words were first written in: their translations still apply.
    switch (health.level()) {
    case SystemHealth::Level::Ok:
        return { StatusColors::Role::Ok, QCoreApplication::translate("catalog::DashboardWindow", "Healthy") };
    case SystemHealth::Level::Warning:
        return { StatusColors::Role::Warning,
            QCoreApplication::translate("catalog::DashboardWindow", "Warning") };
    case SystemHealth::Level::Critical:
        break;
    }
    return { StatusColors::Role::Error,
        QCoreApplication::translate("catalog::DashboardWindow", "Unhealthy") };
}

} // namespace catalog::dashboard
