#include "suppliercompleter.h"

#include "repositories/supplierrepository.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QtConcurrent>

namespace catalog {

SupplierCompleter::SupplierCompleter(ConnectionManager &connections, QLineEdit *edit)
    : QCompleter(edit)
    , m_connections(connections)
    , m_edit(edit)
    , m_items(new QStandardItemModel(this))
{
    setModel(m_items);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SupplierCompleter::search);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(&m_watcher, &QFutureWatcher<QList<QPair<qint64, QString>>>::finished, this, [this] {
        const QList<QPair<qint64, QString>> found = m_watcher.result();
        m_items->clear();
        for (const auto &[id, text] : found) {
            m_ids.insert(text, id);
            m_items->appendRow(new QStandardItem(text));
        }
        if (m_edit->hasFocus() && !found.isEmpty())
            complete();
        Q_EMIT searched();
        if (!m_pending.isNull() && m_pending != m_edit->text())
            search();
        m_pending.clear();
    });
}

SupplierCompleter::~SupplierCompleter()
{
    m_watcher.waitForFinished();
}

QString SupplierCompleter::textFor(const QString &name, const QString &sourceId)
{
    return QStringLiteral("%1 (%2)").arg(name, sourceId);
}

qint64 SupplierCompleter::idFor(const QString &text) const
{
    return m_ids.value(text.trimmed());
}

void SupplierCompleter::remember(qint64 id, const QString &text)
{
    m_ids.insert(text, id);
}

void SupplierCompleter::search()
{
    const QString text = m_edit->text().trimmed();
    if (m_watcher.isRunning()) {
        m_pending = text;
        return;
    }
    ConnectionManager *connections = &m_connections;
    m_watcher.setFuture(QtConcurrent::run(&connections->workers(), [connections, text] {
        SupplierFilter filter;
        filter.text = text;
        PageRequest page { QStringLiteral("name"), Qt::AscendingOrder, 25 };
        QList<QPair<qint64, QString>> found;
        const Result<Page<Supplier>> rows = SupplierRepository(*connections).list(filter, page);
        if (rows) {
            for (const Supplier &s : rows->rows)
                found.append({ s.id, textFor(s.name, s.sourceId) });
        }
        return found;
    }));
}

} // namespace catalog
