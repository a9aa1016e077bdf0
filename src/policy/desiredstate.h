#pragma once

#include "catalog/privilege.h"
#include "catalog/snapshot.h"
#include "plan/change.h"
#include "plan/objectref.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

/// Which roles and schemas a desired state governs. Everything outside the scope is left alone:
/// neither exported, nor compared, nor changed. The built-in pg_* roles are never in scope.
struct PolicyScope {
    bool allRoles = true;
    QStringList roles;            ///< when !allRoles; list "PUBLIC" to govern PUBLIC's grants
    bool allSchemas = true;
    QStringList schemas;          ///< when !allSchemas
    bool database = true;         ///< grants on the database itself and its languages are governed
    bool dropUnlistedRoles = false; ///< roles in scope but not in the file are dropped

    /// True when grants to/memberships of \a role are governed; "" stands for PUBLIC.
    bool coversRole(const QString &role) const;
    /// True when objects in (or the schema named) \a schema are governed.
    bool coversSchema(const QString &schema) const;
    /// True when grants on \a object are governed (database, language, schema or schema object).
    bool coversObject(const ObjectRef &object) const;

    friend bool operator==(const PolicyScope &, const PolicyScope &) = default;
};

/// One membership of a desired role: the role is a member of \c role.
struct DesiredMembership {
    QString role;
    bool admin = false;
    friend bool operator==(const DesiredMembership &, const DesiredMembership &) = default;
};

/// A role as the file wants it. Unset attributes are not governed (left as they are; a role
/// that is created gets PostgreSQL's default). Passwords are never part of a desired state.
struct DesiredRole {
    QString name;
    RoleAttributes attributes;      ///< passwordVerifier is always unset
    QList<DesiredMembership> memberOf;
    QString where;                  ///< "file:line" or a path, for messages; not compared
    friend bool operator==(const DesiredRole &a, const DesiredRole &b)
    {
        return a.name == b.name && a.attributes == b.attributes && a.memberOf == b.memberOf;
    }
};

/// What one grantee holds on one object, from any grantor. The object's owner holds every
/// privilege unless the file lists a grant to the owner; other grantees (PUBLIC too) hold
/// exactly what the file lists, so a function the file grants nobody loses PUBLIC's built-in
/// EXECUTE.
struct DesiredGrant {
    ObjectRef object;
    QString grantee;                ///< "" = PUBLIC
    Privileges privileges;
    Privileges grantable;           ///< a subset of privileges
    QString where;
    friend bool operator==(const DesiredGrant &a, const DesiredGrant &b)
    {
        return a.object == b.object && a.grantee == b.grantee && a.privileges == b.privileges
               && a.grantable == b.grantable;
    }
};

/// A default privilege (ALTER DEFAULT PRIVILEGES): what objects \c forRole creates later give
/// \c grantee. For the global entry (schema empty) the creator and PUBLIC keep PostgreSQL's
/// built-in defaults (creator: everything; PUBLIC: EXECUTE on functions, USAGE on types) unless
/// the file lists an entry for them (an empty privilege list: none).
struct DesiredDefaultPrivilege {
    QString forRole;
    QString schema;                 ///< "" = all schemas (the global entry)
    ObjectKind kind = ObjectKind::Table; ///< Table, Sequence, Function, Type or Schema
    QString grantee;                ///< "" = PUBLIC
    Privileges privileges;
    Privileges grantable;
    QString where;
    friend bool operator==(const DesiredDefaultPrivilege &a, const DesiredDefaultPrivilege &b)
    {
        return a.forRole == b.forRole && a.schema == b.schema && a.kind == b.kind && a.grantee == b.grantee
               && a.privileges == b.privileges && a.grantable == b.grantable;
    }
};

/// The direct members one group of a schema-group model should have (schema_groups.members).
struct DesiredGroupMembers {
    QString group;                  ///< the group role's name ("mydb.sales.viewer", "mydb_viewer")
    QStringList members;            ///< exactly these roles are its direct members (within the scope)
    QString where;
    friend bool operator==(const DesiredGroupMembers &a, const DesiredGroupMembers &b)
    {
        return a.group == b.group && a.members == b.members;
    }
};

/// The schema_groups section: the schema-group model the database should be in and who is
/// directly in which of its groups. Only the groups listed are governed; the model is compared,
/// never changed (enabling is `roledesk-cli groups enable`). While a file has this section, the
/// memberships of the model's group roles are governed here alone, never through member_of.
struct DesiredSchemaGroups {
    GroupModel model = GroupModel::Slpm;
    QList<DesiredGroupMembers> groups;
    QString where;
    friend bool operator==(const DesiredSchemaGroups &a, const DesiredSchemaGroups &b)
    {
        return a.model == b.model && a.groups == b.groups;
    }
};

/// A desired state of permissions ("policy as code"): roles, memberships, grants and default
/// privileges within a scope. Read and written by PolicyFile (YAML or JSON); compared with a
/// snapshot by planConvergence() (planner.h).
struct DesiredState {
    int version = 1;
    QString database;               ///< optional: the database the file is meant for
    PolicyScope scope;
    QList<DesiredRole> roles;
    QList<DesiredGrant> grants;
    QList<DesiredDefaultPrivilege> defaultPrivileges;
    std::optional<DesiredSchemaGroups> schemaGroups; ///< the schema_groups section, when the file has one

    /// Problems that make the state unusable (unknown kinds, privileges that do not apply to
    /// the kind, empty names, roles outside the scope...), each prefixed with its \c where.
    /// Empty when valid.
    QStringList validate() const;

    /// The role named \a name, or nullptr.
    const DesiredRole *role(const QString &name) const;

    /// The current state of \a snapshot within \a scope: direct ACL entries (not effective
    /// rights), merged over grantors; built-in pg_* roles, implicit memberships and grants
    /// by grantors outside the scope left out; owners listed only where they hold less than
    /// everything; with a schema-group model enabled, a schema_groups section listing every group
    /// (of a schema in scope) with its direct members in scope, and those memberships left out of
    /// member_of. planConvergence(fromSnapshot(s, scope), s) is empty.
    static DesiredState fromSnapshot(const Snapshot &snapshot, const PolicyScope &scope = {});

    friend bool operator==(const DesiredState &, const DesiredState &) = default;
};

/// The object classes of ALTER DEFAULT PRIVILEGES as a policy file names them: tables,
/// sequences, functions, types, schemas.
QString defaultPrivilegeClassName(ObjectKind kind);
/// The kind for a class name of defaultPrivilegeClassName(), or false.
bool defaultPrivilegeClassFromName(const QString &name, ObjectKind *kind);
/// The object kind named as objectKindName() does, or false.
bool objectKindFromName(const QString &name, ObjectKind *kind);
/// The privileges PostgreSQL gives without any GRANT: the owner everything, PUBLIC EXECUTE on
/// functions and procedures, USAGE on types and languages, CONNECT and TEMPORARY on databases.
Privileges builtInPrivileges(ObjectKind kind, bool forOwner);

} // namespace roledesk
