#pragma once

#include "core/savedview.h"
#include "core/storageerror.h"

#include <QList>

namespace catalog {

class ConnectionManager;

// The saved views of the pages (`saved_views`). Everyone sees their own views and the shared views of
// others; only the owner may change or delete a view (on PostgreSQL the server's trigger enforces it as
// well). The owner is the connected database role on PostgreSQL and the OS user (ConnectionManager::actor())
// on SQLite. Each call is one transaction; errors say which view and why: a name already used
// (Constraint), a view of someone else (Permission), a view that is gone (NotFound).
// Blocking: call it off the GUI thread. Thread-safe like ConnectionManager.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(ConnectionManager &connections);

    // Who owns the views this connection saves.
    Result<QString> currentOwner();
    // My views and the shared views of others of that page, by name (mine first on a tie).
    Result<QList<SavedView>> list(ViewPage page);
    // A new view named view.name (replace: or, if I have one of that name, its definition and shared
    // flag). The owner is always the current one; view.id and view.owner are ignored.
    Result<SavedView> save(const SavedView &view, bool replace = false);
    Result<SavedView> rename(qint64 id, const QString &name);
    StorageError remove(qint64 id);
    // The default view of its page for its owner; any other default of mine on that page is cleared.
    Result<SavedView> setDefault(qint64 id, bool isDefault);
    Result<SavedView> setShared(qint64 id, bool shared);

    static constexpr int kMaxNameLength = 100;

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
