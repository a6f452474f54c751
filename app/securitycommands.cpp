#include "securitycommands.h"

#include "db/connectionmanager.h"
#include "db/rolesetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

namespace {

using namespace Qt::StringLiterals;

int report(bool json, const StorageError &error)
{
    if (json) {
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"ok"_s, false }, { u"error"_s, error.toString() },
                { u"kind"_s,
                    errorKindName(error.kind) } }).toJson(QJsonDocument::Indented));
    } else {
        QTextStream(stderr) << "catalogctl: " << error.toString() << Qt::endl;
    }
    return error.kind == ErrorKind::Internal || error.kind == ErrorKind::Constraint ? 1 : 2;
}

} // namespace

int runSetupRoles(ConnectionManager &connections, bool json, const QStringList &members)
{
    QList<RoleMembership> memberships;
    for (const QString &spec : members) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        const std::optional<CatalogRole> role = eq > 0 ? catalogRoleFromText(spec.mid(eq + 1)) : std::nullopt;
        if (!role)
            return report(json,
                StorageError::make(ErrorKind::Validation,
                    u"--member takes LOGIN=viewer|editor|admin, not \"%1\""_s.arg(spec)));
        memberships << RoleMembership { spec.left(eq), *role };
    }
    const Result<RoleSetupReport> result = RoleSetup(connections).apply(memberships);
    if (!result)
        return report(json, result.error());
    if (json) {
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"ok"_s, true },
                { u"created_roles"_s, QJsonArray::fromStringList(result->createdRoles) },
                { u"owned_by_catalog_admin"_s, QJsonArray::fromStringList(result->ownedObjects) },
                { u"members"_s, QJsonArray::fromStringList(result->grantedMembers) } })
                                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    QTextStream out(stdout);
    out << (result->createdRoles.isEmpty() ? u"Roles already existed; grants brought up to date."_s
                                           : u"Created roles: %1."_s.arg(result->createdRoles.join(u", "_s)))
        << Qt::endl;
    out << "catalog_admin owns: " << result->ownedObjects.join(u", "_s) << Qt::endl;
    for (const QString &m : result->grantedMembers)
        out << "member: " << m << Qt::endl;
    return 0;
}

} // namespace catalog
