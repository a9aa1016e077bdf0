#pragma once

#include "plan/change.h"
#include "plan/editplanner.h"
#include "privileges/effectiverights.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace roledesk {

/// One column of the schema-group matrix: the database's admin group, or a schema with its
/// developer / writer / viewer groups (under SPM one column stands for every schema).
struct GroupColumn {
    bool admin = false;
    quint32 schemaOid = 0;  ///< SLPM: the schema; 0 for admin and SPM
    QString schema;         ///< its name; empty for admin and SPM
    friend bool operator==(const GroupColumn &, const GroupColumn &) = default;
};

/// What one role has in one column: the highest level among the column's groups it is a direct
/// member of, and the highest it reaches through other roles (the first role on the way in via).
struct GroupCell {
    GroupLevel direct = GroupLevel::None;
    GroupLevel inherited = GroupLevel::None;
    QList<Oid> via;           ///< inherited: membership path from the role to the group, both ends
    bool superuser = false;   ///< a superuser has every right whatever its groups
    bool setRoleOnly = false; ///< direct, but the role is NOINHERIT: the group's rights after SET ROLE only

    GroupLevel effective() const { return std::max(direct, inherited); }
};

/// The schema-group matrix over one snapshot: its columns and rows, what each user holds, and
/// what setting a level becomes as plan changes (CALL slpm_revoke of the old level and
/// slpm_grant of the new one, or the spm_ twins). Pure: no connection.
class SchemaGroupPlanner {
    Q_DECLARE_TR_FUNCTIONS(SchemaGroupPlanner)

public:
    explicit SchemaGroupPlanner(std::shared_ptr<const EffectiveRights> rights);

    const Snapshot &snapshot() const { return m_rights->snapshot(); }
    const SchemaGroupState &state() const { return snapshot().groups; }
    GroupModel model() const { return state().model; }

    /// Admin first, then one column per schema with groups (SLPM) or one for the database (SPM);
    /// empty when no model is in force.
    const QList<GroupColumn> &columns() const { return m_columns; }
    /// Column of schema \a schema (SPM: the database column for any name), or -1.
    int columnOfSchema(const QString &schema) const;
    /// The roles shown as rows (indexes into Snapshot::roles): every role that can log in or is a
    /// direct member of a group, but not the groups themselves nor predefined roles; by name.
    const QList<int> &users() const { return m_users; }
    /// Logins that \a pending creates (slpm_create_user of a name no role has yet), in plan order:
    /// rows of the matrix before they exist.
    QStringList pendingNewUsers(const QList<Change> &pending) const;
    /// Index of role \a name in Snapshot::roles, or -1.
    int roleIndex(const QString &name) const { return m_roleByName.value(name, -1); }

    /// The levels a cell can be set to: None, Viewer, Writer, Developer; admin column None, Admin.
    QList<GroupLevel> levels(int column) const;
    /// The group of \a level in \a column, or nullptr.
    const SchemaGroup *group(int column, GroupLevel level) const;

    /// What role \a role (index into Snapshot::roles) holds in \a column, as the snapshot shows.
    GroupCell cell(int role, int column) const;
    /// The direct level of \a user in \a column once the \a pending changes are applied (schema
    /// group calls and plain memberships of the column's groups), or nullopt when none touches it.
    std::optional<GroupLevel> pendingLevel(const QList<Change> &pending, const QString &user, int column) const;
    /// True when a change of \a pending acts on \a user in \a column.
    bool touches(const QList<Change> &pending, const QString &user, int column) const;

    /// The changes that make \a level the direct level of \a user in \a column, with \a pending
    /// already pending: slpm_revoke from each group of the column the user is directly in (but the
    /// target), slpm_grant into the target's group. Notes say what stays: a level held through
    /// another role, superuser.
    EditResult setLevel(const QString &user, int column, GroupLevel level, const QList<Change> &pending) const;
    /// The changes that add \a users to \a group (as dragged onto it in the member list): for each,
    /// setLevel on the group's column, so a user holds one level per schema.
    EditResult addToGroup(const QStringList &users, const SchemaGroup &group, const QList<Change> &pending) const;
    /// The change that creates login \a user straight into \a group (may be nullptr: no group).
    /// Notes explain a refusal (reserved name, taken name, empty name); no change then.
    EditResult createUser(const QString &user, const SchemaGroup *group) const;

    /// The column of group \a g, or -1.
    int columnOfGroup(const SchemaGroup &g) const;
    /// The direct members of group \a g (role indexes), by name.
    QList<int> members(const SchemaGroup &g) const;

private:
    /// Groups of column \a column the user is directly in, after \a pending.
    QList<const SchemaGroup *> directGroups(const QString &user, int column, const QList<Change> &pending) const;
    bool directlyIn(const QString &user, const SchemaGroup &g, const QList<Change> &pending) const;

    std::shared_ptr<const EffectiveRights> m_rights;
    QList<GroupColumn> m_columns;
    QList<int> m_users;
    QHash<QString, int> m_roleByName;
    QHash<quint64, bool> m_direct; // (group oid << 32 | member oid) -> direct membership
    QSet<quint64> m_noInherit;     // direct memberships without inheritance (NOINHERIT member)
};

} // namespace roledesk
