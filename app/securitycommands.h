#pragma once

#include <QStringList>

namespace catalog {

class ConnectionManager;

// catalogctl setup-roles [--member LOGIN=viewer|editor|admin ...]: creates the catalog's roles and
// grants (RoleSetup) and makes the named logins members. Returns the process exit code: 0 done,
// 2 usage, connection or permission errors (e.g. run by a role that may not create roles).
int runSetupRoles(ConnectionManager &connections, bool json, const QStringList &members);

} // namespace catalog
