#pragma once

#include "catalog/modelcatalog.h"
#include "catalog/privilege.h"
#include "plan/objectref.h"
#include "slpm/schemagroups.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace roledesk {

/// Visitor made of lambdas, for std::visit over a Change: std::visit(Overloaded{...}, change).
template<class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

/// GRANT privileges ON object TO grantee [WITH GRANT OPTION].
struct GrantPrivileges {
    ObjectRef object;
    QString grantee;          ///< empty: PUBLIC
    Privileges privileges;
    bool withGrantOption = false;
    friend bool operator==(const GrantPrivileges &, const GrantPrivileges &) = default;
};

/// REVOKE [GRANT OPTION FOR] privileges ON object FROM grantee [CASCADE].
/// A grant is removed only by its grantor: \c grantor names the role that made it when that is
/// not the object's owner, and the statement then runs under SET ROLE to that grantor.
struct RevokePrivileges {
    ObjectRef object;
    QString grantee;          ///< empty: PUBLIC
    Privileges privileges;
    bool grantOptionOnly = false;
    bool cascade = false;
    QString grantor;          ///< empty: as the applying user (the owner's grants)
    friend bool operator==(const RevokePrivileges &, const RevokePrivileges &) = default;
};

/// GRANT group TO member [WITH ADMIN OPTION].
struct GrantMembership {
    QString group;
    QString member;
    bool withAdminOption = false;
    friend bool operator==(const GrantMembership &, const GrantMembership &) = default;
};

/// REVOKE [ADMIN OPTION FOR] group FROM member.
struct RevokeMembership {
    QString group;
    QString member;
    bool adminOptionOnly = false;
    friend bool operator==(const RevokeMembership &, const RevokeMembership &) = default;
};

/// Role attributes; an unset member is left as it is (ALTER) or at PostgreSQL's default (CREATE).
struct RoleAttributes {
    std::optional<bool> superuser;
    std::optional<bool> inherit;
    std::optional<bool> createRole;
    std::optional<bool> createDb;
    std::optional<bool> login;
    std::optional<bool> replication;
    std::optional<bool> bypassRls;
    std::optional<int> connectionLimit;       ///< -1: no limit
    std::optional<QDateTime> validUntil;      ///< a null QDateTime: 'infinity'
    /// A password verifier ("SCRAM-SHA-256$..."), computed on the client: a plain password never
    /// travels in SQL text or reaches the journal. An empty string removes the password.
    std::optional<QString> passwordVerifier;
    bool isEmpty() const;
    friend bool operator==(const RoleAttributes &, const RoleAttributes &) = default;
};

/// CREATE ROLE name WITH attributes.
struct CreateRole {
    QString name;
    RoleAttributes attributes;
    friend bool operator==(const CreateRole &, const CreateRole &) = default;
};

/// ALTER ROLE name WITH attributes, and/or RENAME TO newName.
struct AlterRole {
    QString name;
    RoleAttributes attributes;
    QString newName;          ///< empty: no rename
    friend bool operator==(const AlterRole &, const AlterRole &) = default;
};

/// DROP ROLE, after handing over or dropping what the role owns in the current database
/// (REASSIGN OWNED BY / DROP OWNED BY act on one database at a time).
struct DropRole {
    QString name;
    QString reassignOwnedTo;  ///< empty: no REASSIGN OWNED
    bool dropOwned = false;   ///< DROP OWNED BY: the role's remaining objects and its privileges
    friend bool operator==(const DropRole &, const DropRole &) = default;
};

/// ALTER DEFAULT PRIVILEGES FOR ROLE forRole [IN SCHEMA schema] GRANT/REVOKE ... ON kind.
/// kind is Table (TABLES), Sequence, Function (FUNCTIONS), Type or Schema (SCHEMAS, no IN SCHEMA).
struct DefaultPrivilegesChange {
    bool grant = true;
    QString forRole;
    QString schema;           ///< empty: every schema (the global entry)
    ObjectKind kind = ObjectKind::Table;
    QString grantee;          ///< empty: PUBLIC
    Privileges privileges;
    bool grantOption = false; ///< grant: WITH GRANT OPTION; revoke: GRANT OPTION FOR
    friend bool operator==(const DefaultPrivilegesChange &, const DefaultPrivilegesChange &) = default;
};

/// SELECT pgx_inference.pgx_grant_model_role(role, kind) or pgx_revoke_model_role: a model role of
/// the in-database model extension (the vendor's pgx_inference or pgx_inference_ce), which only
/// the extension owner may hand out. Granting also gives USAGE on schema pgx_inference.
struct ModelRoleChange {
    QString role;
    ModelRole kind = ModelRole::ModelOwner;
    bool grant = true;
    friend bool operator==(const ModelRoleChange &, const ModelRoleChange &) = default;
};

/// A CALL of a schema-group procedure (Hologres SLPM / SPM, or slpm_ce), the only way those
/// models let anyone change membership of their groups:
/// - Grant:   CALL slpm_grant(group, user)  / spm_grant
/// - Revoke:  CALL slpm_revoke(group, user) / spm_revoke
/// - CreateUser: CALL slpm_create_user(user [, group]) / spm_create_user: a new login, in a group
/// - RenameSchema: CALL slpm_rename_schema(schema, newName): the schema and its three groups
/// Names are bound values, quoted inside as the procedures expect (schemagroups::callArgument).
struct SchemaGroupCall {
    enum class Kind { Grant, Revoke, CreateUser, RenameSchema };
    Kind kind = Kind::Grant;
    GroupModel model = GroupModel::Slpm;
    QString group;    ///< Grant, Revoke, CreateUser (may be empty): the group role's name
    QString user;     ///< Grant, Revoke, CreateUser: the member
    QString schema;   ///< RenameSchema: the schema's current name
    QString newName;  ///< RenameSchema: its new name
    friend bool operator==(const SchemaGroupCall &, const SchemaGroupCall &) = default;
};

/// One pending edit. A plan is an ordered list of these.
using Change = std::variant<GrantPrivileges, RevokePrivileges, GrantMembership, RevokeMembership,
                            CreateRole, AlterRole, DropRole, DefaultPrivilegesChange, ModelRoleChange,
                            SchemaGroupCall>;

/// The change that undoes \a change when it has a simple inverse (grant <-> revoke,
/// membership add <-> remove, model role grant <-> revoke); std::nullopt for role creation, alteration and drops.
std::optional<Change> inverseOf(const Change &change);

/// Phase of a change in a plan computed from a desired state (where each grantee and object
/// appear in one change at most): roles are created before anything is granted to them, grants
/// come before revokes, and roles are dropped last. Edits made by hand keep the user's order.
int changePhase(const Change &change);

/// A one-line English summary, used in SQL comments and logs (the UI words its own).
QString describe(const Change &change);

} // namespace roledesk
