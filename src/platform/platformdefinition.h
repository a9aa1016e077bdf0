#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// Where a platform role is held: once for the whole organization, or per project.
enum class PlatformScope { Organization, Project };

/// One predefined role of a platform ("Project Owner"): shipped data, never a name in C++.
struct PlatformRole {
    QString id;             ///< stable key used in files ("project-owner")
    QString name;           ///< the vendor's name ("Project Owner"); files may use it too
    QString abbreviation;   ///< short column header ("PO")
    PlatformScope scope = PlatformScope::Organization;
    bool machineUsersOnly = false;   ///< only machine users may hold it (Estate Ingester)
};

/// One permission row of the matrix, with the roles that hold it.
struct PlatformPermission {
    QString id;             ///< stable key ("assign-project-roles")
    QString name;           ///< the vendor's text ("Assign project roles")
    QString note;           ///< what the reference says about the row (release differences), may be empty
    QStringList holders;    ///< role ids, in the definition's role order
};

/// The actions on a platform file whose permission the definition names, so that "may this
/// person change that?" is answered by the matrix, not by code.
enum class PlatformAction {
    AssignOrganizationRoles,   ///< manual organization-role assignments
    AssignProjectRoles,        ///< manual project-role assignments (in that project)
    EditOrganizationRules,     ///< create, change, delete organization role mapping rules
    EditProjectRules,          ///< the same for a project's rules (in that project)
    ManageUsers,               ///< add or remove people
    CreateProjects,            ///< add a project to the organization
    UpdateDeleteProjects,      ///< remove (or rename) a project
    ManageIdentityProviders,   ///< change where people and groups come from (the directory settings)
};

struct PlatformDefinitionLoad;

/// A platform definition: roles with their scope, permissions, the matrix of who holds what, and
/// which permission governs each PlatformAction. Loaded from JSON (resources/platform/*.json,
/// format in README.md "Platform definitions"); a new vendor release is a new file.
class PlatformDefinition {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformDefinition)
public:
    QString id;         ///< "edb-hybrid-manager"
    QString name;       ///< "EDB Hybrid Manager"
    QString release;    ///< which release of the vendor's matrix ("1.3")
    QString source;     ///< where the cells were read from (for the About text and reports)
    QList<PlatformRole> roles;
    QList<PlatformPermission> permissions;
    QHash<PlatformAction, QString> actionPermissions;   ///< action → permission id

    /// The definitions shipped in resources/platform (compiled in as ":/platform/<id>.json").
    static QStringList builtinIds();
    /// A shipped definition; the Hybrid Manager one when \a id is empty. Aborts on a broken
    /// resource (a test loads each one).
    static const PlatformDefinition &builtin(const QString &id = {});
    /// Reads and validates \a path (JSON).
    static PlatformDefinitionLoad load(const QString &path);
    /// Parses and validates \a json; \a fileName prefixes error messages. Refuses duplicate ids,
    /// holders that are not roles, an action naming an unknown permission.
    static PlatformDefinitionLoad parse(const QByteArray &json, const QString &fileName);

    /// The role whose id, name or abbreviation is \a key (case-insensitive), or nullptr.
    const PlatformRole *role(const QString &key) const;
    /// The permission whose id or name is \a key (case-insensitive), or nullptr.
    const PlatformPermission *permission(const QString &key) const;
    /// Whether role \a roleId holds permission \a permissionId.
    bool holds(const QString &roleId, const QString &permissionId) const;
    /// The permission ids role \a roleId holds, in matrix order.
    QStringList permissionsOf(const QString &roleId) const;
    /// The permission that governs \a action (an id; empty when the definition names none).
    QString permissionFor(PlatformAction action) const;
};

/// A definition, or an error naming the file (and the entry) that is wrong.
struct PlatformDefinitionLoad {
    PlatformDefinition definition;
    QString error;   ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

} // namespace roledesk
