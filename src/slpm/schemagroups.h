#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

/// Which permission model a database is in: PostgreSQL's own (standard), Hologres' database-level
/// simple permission model (SPM: groups {db}_admin, {db}_developer, {db}_writer, {db}_viewer) or
/// its schema-level model (SLPM: {db}.admin and {db}.{schema}.developer / writer / viewer).
enum class GroupModel { Standard, Spm, Slpm };

/// A schema group's level; a higher level holds every right of the lower ones. Admin is the
/// database's own group ({db}.admin / {db}_admin).
enum class GroupLevel { None = 0, Viewer, Writer, Developer, Admin };

/// Where the model comes from: Hologres itself (SHOW hg_enable_slpm), RoleDesk's compat extension
/// slpm_ce on community PostgreSQL, or nowhere (standard model, no procedures).
enum class GroupSource { None, Hologres, SlpmCe };

/// One group role of the model in force.
struct SchemaGroup {
    quint32 role = 0;       ///< pg_authid oid
    QString name;           ///< the role's name ("mydb.sales.viewer", "mydb_viewer")
    GroupModel model = GroupModel::Slpm; ///< the model the group belongs to (Spm or Slpm)
    GroupLevel level = GroupLevel::Viewer;
    quint32 schemaOid = 0;  ///< SLPM developer / writer / viewer: the schema; 0 for admin and SPM
    QString schema;         ///< its current name; empty for admin and SPM

    bool operator==(const SchemaGroup &) const = default;
};

/// The schema groups of one database, read in the snapshot transaction.
struct SchemaGroupState {
    GroupModel model = GroupModel::Standard;
    GroupSource source = GroupSource::None;
    QString extensionVersion;   ///< slpm_ce's version when installed (installed but disabled too)
    bool migrated = false;      ///< slpm_ce: migrate answered COMPLETED since enabling
    /// The groups of the model in force; when none is, the groups a disabled model left behind
    /// (slpm_disable keeps them, with their rights). Admin first, then by schema and level.
    QList<SchemaGroup> groups;
    /// Groups recorded for a schema that no longer exists (slpm_ce; dropped schemas keep them).
    QList<SchemaGroup> orphans;
    /// slpm_ce: objects migrate has not handed over yet, as "kind identity" (pg_identify_object),
    /// with their owner and developer group: {kind, identity, owner, developer}.
    QList<QStringList> notMigrated;
    QStringList extensionSchemas; ///< schemas that belong to an extension: the models leave them alone
    QStringList warnings;       ///< parts that could not be read, translated

    bool enabled() const { return model != GroupModel::Standard; }
    bool extensionInstalled() const { return !extensionVersion.isEmpty(); }
    /// The admin group, or nullptr.
    const SchemaGroup *admin() const;
    /// The group of \a level for schema \a schemaOid (SLPM) or of the database (SPM: any schema),
    /// or nullptr.
    const SchemaGroup *group(GroupLevel level, quint32 schemaOid) const;
    /// The group whose role is \a role, or nullptr.
    const SchemaGroup *groupOfRole(quint32 role) const;
    /// The schemas with groups (SLPM), by name, each once, in the order of groups.
    QList<quint32> schemas() const;
};

/// Names and call texts of both models, as the vendor spells them. Pure.
namespace schemagroups {

/// "admin", "developer", "writer", "viewer" (the suffix of a group's name); empty for None.
QString levelName(GroupLevel level);
/// The level named \a name (as levelName spells it), or nullopt.
std::optional<GroupLevel> levelFromName(QStringView name);
/// "slpm", "spm" or "standard".
QString modelName(GroupModel model);

/// The group role's name: SLPM "{db}.admin" / "{db}.{schema}.{level}", SPM "{db}_{level}".
QString groupName(GroupModel model, const QString &database, const QString &schema, GroupLevel level);

/// The group name as the procedures take it (a bound value, never spliced into SQL): they fold a
/// name to lower case as PostgreSQL folds an identifier, unless it is double-quoted inside the
/// literal ('"MYDB.sales.viewer"'). Always quoted, so every name is taken exactly as it is.
QString callArgument(const QString &roleName);

/// The procedure of \a model for \a operation ("grant" -> "slpm_grant" / "spm_grant").
QString procedure(GroupModel model, QStringView operation);

/// True for user names the vendor refuses: ending in admin, developer, writer, viewer or all_users, in any case.
bool isReservedUserName(QStringView name);

} // namespace schemagroups

} // namespace roledesk
