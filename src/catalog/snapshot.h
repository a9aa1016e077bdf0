#pragma once

#include "catalog/modelcatalog.h"
#include "catalog/privilege.h"
#include "slpm/schemagroups.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace roledesk {

using Oid = quint32;
/// The grantee oid that stands for PUBLIC in ACLs.
inline constexpr Oid PublicOid = 0;

/// A role with every attribute pg_roles shows.
struct Role {
    Oid oid = 0;
    QString name;
    bool superuser = false;
    bool inherit = true;
    bool createRole = false;
    bool createDb = false;
    bool canLogin = false;
    bool replication = false;
    bool bypassRls = false;
    int connectionLimit = -1;
    QDateTime validUntil;   ///< null when unlimited
    QStringList config;     ///< per-role settings, "name=value"
    QString comment;
    bool predefined = false; ///< a built-in pg_* role (pg_read_all_data, pg_database_owner...)
};

/// "member is a member of group": one row of pg_auth_members, or the implicit membership of the
/// current database's owner in pg_database_owner.
struct Membership {
    Oid group = 0;
    Oid member = 0;
    Oid grantor = 0;
    bool adminOption = false;
    bool inherit = true;   ///< the member gets the group's privileges through this grant
    bool implicit = false; ///< not stored in pg_auth_members (pg_database_owner)
};

/// One grantor's grant to one grantee, as in an aclitem.
struct AclEntry {
    Oid grantee = PublicOid;
    Oid grantor = 0;
    Privileges privileges;
    Privileges grantOptions;
};

/// A database object that carries privileges.
struct CatalogObject {
    ObjectKind kind = ObjectKind::Table;
    Oid oid = 0;
    QString schema;      ///< empty for databases and schemas
    QString name;        ///< function: name(argtypes) as regprocedure prints it; column: table.column
    Oid owner = 0;
    QList<AclEntry> acl; ///< resolved: a NULL ACL is replaced by acldefault()
    bool aclIsDefault = false; ///< the catalog held NULL (never granted or revoked)
    int parent = -1;     ///< column: index of its table in Snapshot::objects
    int attnum = 0;      ///< column number
    QString column;      ///< column: the column's own name
    QString baseName;    ///< function/procedure: proname, unquoted; others: empty
    QString arguments;   ///< function/procedure: input argument types as SQL ("integer, sales.mood")
};

/// One pg_default_acl row: privileges given to objects that \c role creates later.
struct DefaultAcl {
    Oid role = 0;
    QString schema;   ///< empty: all schemas
    ObjectKind kind = ObjectKind::Table; ///< Table (relations), Sequence, Function, Type, Schema
    QList<AclEntry> acl;
};

/// Everything read from one database in one consistent transaction.
struct Snapshot {
    QString database;
    Oid databaseOwner = 0;
    QString currentUser;
    QString serverVersion;
    int serverVersionNum = 0;
    Oid databaseOid = 0;
    QString systemIdentifier; ///< pg_control_system(); empty when the role may not read it
    QDateTime takenAt;

    /// The database identity a plan belongs to: "system identifier/database oid".
    QString identity() const { return systemIdentifier + u'/' + QString::number(databaseOid); }

    QList<Role> roles;
    QList<Membership> memberships;
    QList<CatalogObject> objects; ///< databases, schemas, then schema objects, columns last
    QList<DefaultAcl> defaultAcls;
    ModelState models;            ///< the in-database models (pgx_inference), read in the same transaction
    SchemaGroupState groups;      ///< the schema-group model (SLPM / SPM) and its groups, same transaction
    QStringList warnings;         ///< parts that could not be read, and why

    /// Index into roles, or -1.
    int roleIndex(Oid oid) const { return m_roleIndex.value(oid, -1); }
    /// Role name, "PUBLIC" for oid 0, the number for a dropped role.
    QString roleName(Oid oid) const;
    /// Builds lookup tables and sets each model's ModelInfo::functionObject: its function among
    /// the objects by oid, or, when the oid is unknown (the vendor's extension names the function
    /// only), by name in schema pgx_inference with one text argument. Call after filling roles,
    /// and again after filling objects and models.
    void index();

private:
    QHash<Oid, int> m_roleIndex;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::SnapshotPtr)
