#pragma once

#include "transfer/productexporter.h"
#include "transfer/productimporter.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace catalog {

class ConnectionManager;
class JobRunner;

// Data ▸ Import and Data ▸ Export for the main window: asks (the import options dialog, the export
// file), runs ProductImporter or ProductExporter on the JobRunner with progress and Cancel, and
// reports the outcome — a status-bar message, a warning box for a failure or for rejected rows.
//
// GUI thread only. It owns nothing but itself: the window gives the current connections for each
// job and must not switch them while a job runs (JobRunner::isBusy()). Failures are shown to the
// operator and logged in Sync history by the importer; the signals carry the figures.
class TransferController : public QObject
{
    Q_OBJECT
public:
    TransferController(JobRunner &jobs, QWidget *window);

    // Interactive: each asks first, then starts the job in the background.
    void importProducts(ConnectionManager &connections);
    void exportProducts(ConnectionManager &connections, const ProductFilter &filter);

    // The jobs themselves, without questions.
    void importFrom(
        ConnectionManager &connections, const QString &path, const ProductImporter::Options &options);
    void exportTo(ConnectionManager &connections, const QString &path, const ProductFilter &filter);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // The catalog changed (an import ran, even a failed one): the tables re-read it.
    void catalogChanged();
    void importFinished(qint64 rejected);
    void exportFinished(const QString &path, qint64 rows);

private:
    void showImportReport(const QString &path, const Result<ProductImporter::Report> &report);
    void showExportReport(const QString &path, const Result<ProductExporter::Report> &report);

    JobRunner &m_jobs;
    QPointer<QWidget> m_window;
};

} // namespace catalog
