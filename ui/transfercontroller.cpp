#include "transfercontroller.h"

#include "config/runtimesettings.h"
#include "importdialog.h"
#include "db/readrouter.h"
#include "jobrunner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace catalog {

TransferController::TransferController(JobRunner &jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
}

void TransferController::importProducts(ConnectionManager &connections)
{
    ImportDialog dialog(m_window);
    dialog.setDiffSource(m_jobs, connections);
    if (dialog.exec() == QDialog::Accepted)
        importFrom(connections, dialog.path(), dialog.options());
}

void TransferController::importFrom(
    ConnectionManager &connections, const QString &path, const ProductImporter::Options &options)
{
    ConnectionManager *c = &connections;
    const QString file = QFileInfo(path).fileName();
    m_jobs.start(
        c->workers(), options.dryRun ? tr("Checking %1").arg(file) : tr("Importing %1").arg(file),
        [c, path, options](JobControl &job) {
            return ProductImporter(*c).importFile(path, options, [&job](qint64, qint64 bytes, qint64 total) {
                job.setProgressRange(0, 1000);
                job.setProgress(total > 0 ? int(bytes * 1000 / total) : 0);
                return !job.isCanceled();
            });
        },
        this,
        [this, path](const Result<ProductImporter::Report> &report) { showImportReport(path, report); });
}

void TransferController::showImportReport(const QString &path, const Result<ProductImporter::Report> &r)
{
    Q_EMIT catalogChanged();
    if (!r) {
        QMessageBox::warning(
            m_window, tr("Import products"), tr("The import stopped: %1").arg(r.error().toString()));
        return;
    }
    const QLocale locale;
    QString text
        = tr("%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.")
              .arg(QFileInfo(path).fileName(), locale.toString(r->rowsRead), locale.toString(r->inserted),
                  locale.toString(r->updated), locale.toString(r->unchanged), locale.toString(r->skipped),
                  locale.toString(r->rejected))
              .arg(r->cancelled ? tr(" (cancelled: the batches before stay)") : QString());
    if (r->excluded > 0 || r->fieldsKept > 0)
        text += QLatin1Char(' ')
            + tr("Left alone as chosen: %1 products, %2 stored fields kept.")
                  .arg(locale.toString(r->excluded), locale.toString(r->fieldsKept));
    if (r->dryRun)
        text = tr("Dry run, nothing written. ") + text;
    Q_EMIT statusMessage(text, 20000);
    Q_EMIT importFinished(r->rejected);
    if (r->rejected > 0) {
        QStringList lines;
        for (const ProductImporter::RowError &e : r->errors.mid(0, 30))
            lines << tr("line %1 [%2] %3: %4").arg(e.line).arg(e.sourceId, e.field, e.message);
        QMessageBox box(QMessageBox::Warning, tr("Import products"), text, QMessageBox::Close, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(tr("Rejected rows are listed under Details and in Sync history."));
        box.exec();
    }
}

void TransferController::exportProducts(ConnectionManager &connections, const ProductFilter &filter)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export products"),
        QDir::home().filePath(QStringLiteral("products.csv")), tr("CSV (*.csv);;JSON Lines (*.jsonl)"),
        &selected);
    if (!path.isEmpty())
        exportTo(connections, path, filter);
}

void TransferController::exportTo(
    ConnectionManager &connections, const QString &path, const ProductFilter &filter)
{
    const std::optional<FileFormat> format = fileFormatFromName(path, FileFormatUse::Export);
    if (!format) {
        QMessageBox::warning(
            m_window, tr("Export products"), tr("Name the file *.csv or *.jsonl to choose the format."));
        return;
    }
    ProductExporter::Options options;
    options.format = *format;
    options.filter = filter;
    options.batchSize = RuntimeSettings::current().batchSize();
    ConnectionManager *c = &connections;
    m_jobs.start(
        c->workers(), tr("Exporting products"),
        [c, path, options](JobControl &job) {
            // From the read server when there is one; see ReadRouter.
            return ReadRouter::read<ProductExporter::Report>(*c, [&](ConnectionManager &reads) {
                return ProductExporter(reads).exportTo(path, options, [&job](qint64 done, qint64 total) {
                    job.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                    job.setProgress(int(qMin<qint64>(done, INT_MAX)));
                    return !job.isCanceled();
                });
            });
        },
        this,
        [this, path](const Result<ProductExporter::Report> &report) { showExportReport(path, report); });
}

void TransferController::showExportReport(const QString &path, const Result<ProductExporter::Report> &report)
{
    if (!report) {
        if (report.error().kind == ErrorKind::Cancelled)
            Q_EMIT statusMessage(tr("Export cancelled; no file was written."), 8000);
        else
            QMessageBox::warning(m_window, tr("Export products"), report.error().toString());
        return;
    }
    Q_EMIT statusMessage(
        tr("Exported %Ln product(s) to %1.", nullptr, int(report->rows)).arg(QDir::toNativeSeparators(path)),
        10000);
    Q_EMIT exportFinished(path, report->rows);
}

} // namespace catalog
