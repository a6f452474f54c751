#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

QString operationTitle(const QString &operation)
{
    if (operation == QLatin1String("insert"))
        return HistoryDialog::tr("Created");
    if (operation == QLatin1String("update"))
        return HistoryDialog::tr("Changed");
    if (operation == QLatin1String("delete"))
        return HistoryDialog::tr("Deleted");
    if (operation == QLatin1String("restore"))
        return HistoryDialog::tr("Restored");
    return operation;
}

} // namespace

HistoryDialog::HistoryDialog(
    const QString &title, QThreadPool &workers, Loader loader, Restorer restorer, QWidget *parent)
    : QDialog(parent)
    , m_workers(workers)
    , m_loader(std::move(loader))
    , m_restorer(std::move(restorer))
{
    setWindowTitle(tr("History of %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 5, splitter);
    m_table->setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("Database role"), tr("Change"), tr("Version before") });
    m_table->horizontalHeaderItem(1)->setToolTip(tr("The operating-system user the application acted for"));
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("The database login that made the change, as the server saw it (SQLite has no roles)"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_values = new QTextBrowser(splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    m_restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showEntry(row); });
    connect(&m_loading, &QFutureWatcher<Result<QList<HistoryEntry>>>::finished, this, [this] {
        const Result<QList<HistoryEntry>> r = m_loading.result();
        if (!r) {
            m_status->setText(tr("The history could not be read: %1").arg(r.error().toString()));
            return;
        }
        m_entries = r.value(); // newest first
        m_table->setRowCount(0);
        const QLocale locale;
        for (const HistoryEntry &e : std::as_const(m_entries)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0,
                new QTableWidgetItem(locale.toString(e.changedAt.toLocalTime(), QLocale::ShortFormat)));
            m_table->setItem(row, 1, new QTableWidgetItem(e.changedBy));
            m_table->setItem(row, 2,
                new QTableWidgetItem(e.changedByRole.isEmpty() ? QStringLiteral("—") : e.changedByRole));
            m_table->setItem(row, 3, new QTableWidgetItem(operationTitle(e.operation)));
            m_table->setItem(
                row, 4, new QTableWidgetItem(e.version ? QString::number(*e.version) : QString()));
        }
        m_table->resizeColumnsToContents();
        m_status->setText(tr("%n change(s)", nullptr, int(m_entries.size())));
        if (!m_entries.isEmpty())
            m_table->selectRow(0);
    });
    connect(&m_restoring, &QFutureWatcher<StorageError>::finished, this, [this] {
        const StorageError e = m_restoring.result();
        m_restore->setEnabled(true);
        if (!e.ok()) {
            QMessageBox::warning(
                this, windowTitle(), tr("The version could not be restored:\n%1").arg(e.toString()));
            return;
        }
        m_status->setText(tr("Restored. The old values are now the current version."));
        Q_EMIT restored();
        load();
    });
    resize(760, 560);
    load();
}

HistoryDialog::~HistoryDialog()
{
    m_loading.waitForFinished();
    m_restoring.waitForFinished();
}

void HistoryDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_loading.setFuture(QtConcurrent::run(&m_workers, m_loader));
}

void HistoryDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        m_values->clear();
        m_restore->setEnabled(false);
        return;
    }
    const HistoryEntry &e = m_entries.at(row);
    if (e.oldValues.isEmpty()) {
        m_values->setPlainText(tr("This entry records the creation; there are no earlier values."));
        m_restore->setEnabled(false);
        return;
    }
    QString html = QStringLiteral("<table cellspacing=4>");
    for (auto it = e.oldValues.constBegin(); it != e.oldValues.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.toVariant().toString();
        if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_values->setHtml(tr("<p>Values before this change:</p>") + html);
    m_restore->setEnabled(!m_restoring.isRunning());
}

void HistoryDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const HistoryEntry entry = m_entries.at(row);
    if (QMessageBox::question(this, windowTitle(),
            tr("Write the values from before the change of %1 back as a new version?")
                .arg(QLocale().toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat)))
        != QMessageBox::Yes)
        return;
    m_restore->setEnabled(false);
    Restorer restorer = m_restorer;
    m_restoring.setFuture(QtConcurrent::run(&m_workers, [restorer, id = entry.id] { return restorer(id); }));
}

} // namespace catalog
