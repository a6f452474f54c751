#include "consistencydialog.h"

#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

// The checker's titles are the storage layer's English; operators read them translated.
QString kindTitle(const ConsistencyChecker::Finding &f)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("missing_supplier"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Products whose supplier does not exist") },
        { QStringLiteral("deleted_supplier"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Active products whose supplier is deleted") },
        { QStringLiteral("duplicate_suppliers"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog",
                "Duplicate suppliers (same source ID apart from case and spaces, or same name and "
                "company)") },
        { QStringLiteral("wrong_product_count"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Suppliers whose product count is wrong") },
        { QStringLiteral("price_range_inverted"),
            QT_TRANSLATE_NOOP(
                "catalog::ConsistencyDialog", "Products whose lowest price is above the highest") },
        { QStringLiteral("invalid_json"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog",
                "Products whose image list or specifications are not valid JSON") },
        { QStringLiteral("missing_main_image"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Active products without a main image") },
        { QStringLiteral("stuck_jobs"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Jobs still marked running after 6 hours") },
        { QStringLiteral("main_image_unrecorded"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog",
                "Products whose images are recorded but not their main image") },
        { QStringLiteral("image_file_missing"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Image rows whose stored file is missing") },
        { QStringLiteral("image_file_orphaned"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Image files that no image row names") },
        { QStringLiteral("image_checksum_mismatch"),
            QT_TRANSLATE_NOOP("catalog::ConsistencyDialog", "Image files whose checksum differs from their row") },
    };
    const char *title = titles.value(f.kind);
    return title ? ConsistencyDialog::tr(title) : f.title;
}

} // namespace

ConsistencyDialog::ConsistencyDialog(ConnectionManager &connections, QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
{
    setWindowTitle(tr("Check consistency"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Looks for data that breaks the catalog's rules. Nothing is changed until you choose "
                        "Repair; every repair runs in one transaction and is recorded in the rows' history."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({ tr("Problem"), tr("Rows"), tr("Examples"), QString() });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopCheck"));
    m_again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_repairAll = buttons->addButton(tr("Repair all"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ConsistencyDialog::runCheck);
    connect(m_stop, &QPushButton::clicked, this, &ConsistencyDialog::stopCheck);
    using CheckWatcher = QFutureWatcher<Result<QList<ConsistencyChecker::Finding>>>;
    connect(&m_checking, &CheckWatcher::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_checking, &CheckWatcher::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_repairAll, &QPushButton::clicked, this, &ConsistencyDialog::repairAll);
    connect(&m_checking, &QFutureWatcher<Result<QList<ConsistencyChecker::Finding>>>::finished, this, [this] {
        // A stopped check delivers no result: the table keeps what the last finished check found.
        if (m_checking.future().resultCount() == 0)
            setBusy(false, tr("The check was stopped; nothing was changed."));
        else
            showFindings(m_checking.result());
    });
    connect(&m_repairing, &QFutureWatcher<Result<QList<ConsistencyChecker::RepairReport>>>::finished, this,
        [this] {
            const Result<QList<ConsistencyChecker::RepairReport>> r = m_repairing.result();
            if (!r) {
                setBusy(false, tr("The repair failed and was rolled back: %1").arg(r.error().toString()));
                return;
            }
            for (const ConsistencyChecker::RepairReport &report : r.value())
                Q_EMIT repaired(report.kind, report.after);
            runCheck();
        });
    resize(860, 460);
    runCheck();
}

ConsistencyDialog::~ConsistencyDialog()
{
    m_checking.waitForFinished();
    m_repairing.waitForFinished();
}

bool ConsistencyDialog::isBusy() const
{
    return m_checking.isRunning() || m_repairing.isRunning();
}

void ConsistencyDialog::setBusy(bool busy, const QString &text)
{
    m_status->setText(text);
    m_progress->setVisible(busy);
    m_stop->setVisible(busy && m_checking.isRunning());
    m_again->setEnabled(!busy);
    m_repairAll->setEnabled(!busy
        && std::any_of(m_findings.cbegin(), m_findings.cend(), [](const auto &f) { return f.count > 0; }));
    for (QPushButton *b : m_table->findChildren<QPushButton *>())
        b->setEnabled(!busy);
}

void ConsistencyDialog::runCheck()
{
    if (isBusy())
        return;
    ConnectionManager *connections = &m_connections;
    m_progress->setRange(0, 0);
    using Findings = Result<QList<ConsistencyChecker::Finding>>;
    m_checking.setFuture(QtConcurrent::run(&connections->workers(), [connections](QPromise<Findings> &promise) {
        ConsistencyChecker checker(*connections);
        checker.setProgress([&promise](qint64 done, qint64 total, const QString &kind) {
            promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
            promise.setProgressValueAndText(int(qMin<qint64>(done, INT_MAX)), kind);
            return !promise.isCanceled();
        });
        promise.addResult(checker.check());
    }));
    setBusy(true, tr("Checking…"));
}

void ConsistencyDialog::stopCheck()
{
    if (m_checking.isRunning())
        m_checking.cancel();
}

void ConsistencyDialog::repair(const QString &kind)
{
    if (isBusy())
        return;
    setBusy(true, tr("Repairing…"));
    ConnectionManager *connections = &m_connections;
    m_repairing.setFuture(QtConcurrent::run(
        &connections->workers(), [connections, kind]() -> Result<QList<ConsistencyChecker::RepairReport>> {
            const Result<ConsistencyChecker::RepairReport> r = ConsistencyChecker(*connections).repair(kind);
            if (!r)
                return r.error();
            return QList<ConsistencyChecker::RepairReport> { r.value() };
        }));
}

void ConsistencyDialog::repairAll()
{
    if (isBusy())
        return;
    setBusy(true, tr("Repairing…"));
    QStringList kinds;
    for (const auto &f : std::as_const(m_findings)) {
        if (f.count > 0)
            kinds << f.kind;
    }
    ConnectionManager *connections = &m_connections;
    m_repairing.setFuture(QtConcurrent::run(
        &connections->workers(), [connections, kinds]() -> Result<QList<ConsistencyChecker::RepairReport>> {
            QList<ConsistencyChecker::RepairReport> reports;
            ConsistencyChecker checker(*connections);
            for (const QString &kind : kinds) {
                const Result<ConsistencyChecker::RepairReport> r = checker.repair(kind);
                if (!r)
                    return r.error();
                reports << r.value();
            }
            return reports;
        }));
}

void ConsistencyDialog::showFindings(const Result<QList<ConsistencyChecker::Finding>> &findings)
{
    if (!findings) {
        setBusy(false, tr("The check failed: %1").arg(findings.error().toString()));
        return;
    }
    m_findings = findings.value();
    m_table->setRowCount(0);
    const QLocale locale;
    qint64 problems = 0;
    for (const ConsistencyChecker::Finding &f : std::as_const(m_findings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(
            (f.count > 0 ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) + kindTitle(f));
        title->setToolTip(f.repair);
        title->setForeground(StatusColors::current().color(
            f.count > 0 ? StatusColors::Role::Warning : StatusColors::Role::Ok));
        m_table->setItem(row, 0, title);
        auto *count = new QTableWidgetItem(locale.toString(f.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        m_table->setItem(row, 2, new QTableWidgetItem(f.examples.join(QStringLiteral(", "))));
        if (f.count > 0) {
            auto *button = new QPushButton(tr("Repair"), m_table);
            button->setObjectName(QStringLiteral("repair_") + f.kind);
            button->setToolTip(f.repair);
            connect(button, &QPushButton::clicked, this, [this, kind = f.kind] { repair(kind); });
            m_table->setCellWidget(row, 3, button);
        }
        problems += f.count;
    }
    m_table->resizeRowsToContents();
    setBusy(false,
        problems == 0 ? tr("No problems found.")
                      : tr("%Ln problem row(s) found.", nullptr, int(qMin<qint64>(problems, INT_MAX))));
    Q_EMIT checked(problems);
}

} // namespace catalog
