#pragma once

#include <QCompleter>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

class QLineEdit;
class QStandardItemModel;

namespace catalog {

class ConnectionManager;

// Completion of supplier names for a line edit, searched in the database as the operator types
// (debounced, off the GUI thread, at most 25 suggestions). Suggestions read "name (source_id)";
// idFor() turns a chosen text back into the supplier id. The ConnectionManager must outlive it.
class SupplierCompleter : public QCompleter
{
    Q_OBJECT
public:
    SupplierCompleter(ConnectionManager &connections, QLineEdit *edit);
    ~SupplierCompleter() override;

    // The supplier id for a suggestion's text, or 0 when the text is not one of them.
    qint64 idFor(const QString &text) const;
    static QString textFor(const QString &name, const QString &sourceId);
    void remember(qint64 id, const QString &text);

Q_SIGNALS:
    void searched();

private:
    void search();

    ConnectionManager &m_connections;
    QLineEdit *m_edit;
    QStandardItemModel *m_items;
    QTimer m_debounce;
    QFutureWatcher<QList<QPair<qint64, QString>>> m_watcher;
    QHash<QString, qint64> m_ids;
    QString m_pending;
};

} // namespace catalog
