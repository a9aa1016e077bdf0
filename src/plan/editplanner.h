#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace roledesk {

/// One cell the user acts on: a grantee (empty: PUBLIC) and an object (index into Snapshot::objects).
struct EditTarget {
    QString grantee;
    int object = -1;
    friend bool operator==(const EditTarget &, const EditTarget &) = default;
};

/// What an edit on the matrix becomes: the changes to add to the plan, notes for the user
/// (translated) and, when a revoked right still reaches a role through PUBLIC, the revokes from
/// PUBLIC the UI can offer on top.
struct EditResult {
    QList<Change> changes;
    QStringList notes;
    QList<Change> publicRevokes; ///< offered, not part of changes
};

/// Turns what a user asks for on the matrix (grant or revoke privileges on cells, rows,
/// columns, selections, or every object of a kind in a schema) into correct Changes over one
/// snapshot: a revoke removes every direct ACL entry of the grantee, one per grantor; a bulk
/// grant carries all privileges of an object in one GRANT and adds the schema USAGE that makes
/// the objects reachable. Pure: no connection.
class EditPlanner {
    Q_DECLARE_TR_FUNCTIONS(EditPlanner)

public:
    /// A planner over \a rights (its snapshot is the one the edits are made on).
    explicit EditPlanner(std::shared_ptr<const EffectiveRights> rights);

    /// GRANT \a privileges (those that apply to the object and the grantee does not already hold
    /// directly from the owner) on \a object to \a grantee.
    EditResult grant(const QString &grantee, int object, Privileges privileges, bool withGrantOption) const;
    /// REVOKE [GRANT OPTION FOR] \a privileges on \a object from \a grantee: one RevokePrivileges
    /// per grantor of a direct ACL entry, CASCADE when the grantee re-granted them. Notes say
    /// how the grantee would still hold the right (a group, PUBLIC, ownership, superuser, a
    /// table-level grant for a column).
    EditResult revoke(const QString &grantee, int object, Privileges privileges, bool grantOptionOnly) const;

    /// grant() over many cells (a row, a column, a selection), merged so that one GRANT per
    /// (grantee, object) carries all privileges.
    EditResult grant(const QList<EditTarget> &targets, Privileges privileges, bool withGrantOption) const;
    /// revoke() over many cells, merged per (grantee, object, grantor).
    EditResult revoke(const QList<EditTarget> &targets, Privileges privileges, bool grantOptionOnly) const;

    /// Grants \a privileges on every object of \a kind in \a schema ("all tables" includes views,
    /// materialized views and foreign tables, as GRANT ... ON ALL TABLES does), preceded by
    /// GRANT USAGE ON SCHEMA when \a grantee does not have it.
    EditResult grantAllInSchema(const QString &grantee, const QString &schema, ObjectKind kind,
                                Privileges privileges, bool withGrantOption) const;

    /// Indexes of the objects of \a kind (as grantAllInSchema() counts them) in \a schema.
    QList<int> objectsInSchema(const QString &schema, ObjectKind kind) const;
    /// Index of the schema object named \a schema, or -1.
    int schemaObject(const QString &schema) const;
    /// The privileges of \a privileges that apply to \a kind.
    static Privileges applicable(ObjectKind kind, Privileges privileges);

private:
    /// Oid of \a grantee (PublicOid for ""), or false when no such role exists.
    bool granteeOid(const QString &grantee, Oid *oid) const;
    void explainRemaining(const QString &grantee, int object, Privileges privileges, bool grantOptionOnly,
                          EditResult &result) const;
    const Snapshot &snapshot() const { return m_rights->snapshot(); }

    std::shared_ptr<const EffectiveRights> m_rights;
    QHash<QString, int> m_roleByName;
};

/// Merges grants and revokes that differ only in their privileges (same object, grantee,
/// option and grantor), keeping the first one's position.
QList<Change> mergeChanges(const QList<Change> &changes);

} // namespace roledesk
