#include "maintenancecontroller.h"

#include "consistencydialog.h"
#include "config/appidentity.h"
#include "demo/demodata.h"
#include "images/democatalog.h"
#include "jobrunner.h"

#include <QLocale>
#include <QMessageBox>

namespace catalog {

MaintenanceController::MaintenanceController(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
}

void MaintenanceController::optimize(ConnectionManager &connections)
{
    ConnectionManager *c = &connections;
    m_jobs.startQuietly(
        c->workers(), [c] { return DatabaseOptimizer(*c).estimate(); }, this,
        [this, c](const Result<DatabaseOptimizer::Report> &estimate) { confirmAndOptimize(*c, estimate); });
}

void MaintenanceController::confirmAndOptimize(
    ConnectionManager &connections, const Result<DatabaseOptimizer::Report> &estimate)
{
    const QLocale locale;
    const QString figures = estimate
        ? tr("The database takes %1; about %2 dead rows or free pages could be reclaimed.")
              .arg(locale.formattedDataSize(estimate->bytesBefore), locale.toString(estimate->deadBefore))
        : estimate.error().toString();
    if (QMessageBox::question(m_window, tr("Optimise database"),
            tr("%1\n\nOptimising reclaims that space and refreshes the query planner's statistics. It runs "
               "in "
               "the background; other users may notice it on a large database. Start now?")
                .arg(figures))
        != QMessageBox::Yes)
        return;
    ConnectionManager *c = &connections;
    m_jobs.start(
        c->workers(), tr("Optimising the database"), [c] { return DatabaseOptimizer(*c).optimize(); }, this,
        [this](const Result<DatabaseOptimizer::Report> &report) { showOptimizeReport(report); });
}

void MaintenanceController::showOptimizeReport(const Result<DatabaseOptimizer::Report> &r)
{
    if (!r) {
        QMessageBox::warning(m_window, tr("Optimise database"), r.error().toString());
        return;
    }
    Q_EMIT optimized();
    const QLocale locale;
    Q_EMIT statusMessage(
        tr("Database optimised in %1 s: %2 → %3.")
            .arg(locale.toString(double(r->milliseconds) / 1000.0, 'f', 1),
                locale.formattedDataSize(r->bytesBefore), locale.formattedDataSize(r->bytesAfter)),
        15000);
}

ConsistencyDialog *MaintenanceController::checkConsistency(ConnectionManager &connections)
{
    auto *dialog = new ConsistencyDialog(connections, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsistencyDialog::repaired, this, &MaintenanceController::catalogChanged);
    dialog->open();
    return dialog;
}

void MaintenanceController::offerDemoData(ConnectionManager &connections)
{
    const Result<bool> empty = DemoData::isCatalogEmpty(connections);
    if (!empty || !empty.value())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Welcome to Catalog Admin"),
        tr("The catalog is empty. Load demo data — a few thousand products with pictures from a "
           "few hundred suppliers — to try things out?\n\nYou can also connect to "
           "your own database with File ▸ Connect to Database."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemoData(connections);
}

void MaintenanceController::loadDemoData(ConnectionManager &connections)
{
    ConnectionManager *c = &connections;
    const QString root = resolveStorageRoot();
    m_jobs.start(
        c->workers(), tr("Loading demo data"),
        [c, root](JobControl &job) {
            // With pictures, so a first start without a network shows thumbnails and the gallery.
            return DemoCatalog::load(*c, root, DemoCatalog::Options {}, [&job](qint64 done, qint64 total) {
                job.setProgressRange(0, int(total));
                job.setProgress(int(done));
                return !job.isCanceled();
            });
        },
        this,
        [this](const Result<DemoCatalog::Report> &report) {
            if (!report)
                QMessageBox::warning(m_window, tr("Demo data"), report.error().toString());
            else
                Q_EMIT statusMessage(report->summary(), 10000);
            Q_EMIT catalogChanged();
        });
}

} // namespace catalog
