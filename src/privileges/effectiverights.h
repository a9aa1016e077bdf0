#pragma once

#include "catalog/snapshot.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace roledesk {

/// Where a privilege a role holds comes from.
enum class RightSource : quint8 {
    Superuser,  ///< the role is a superuser and bypasses all checks
    Owner,      ///< granted to the object's owner, and the role is (or inherits) the owner
    Direct,     ///< granted to the role itself
    Inherited,  ///< granted to a role whose privileges the role inherits
    Public,     ///< granted to PUBLIC
    Predefined, ///< pg_read_all_data / pg_write_all_data, held directly or inherited
};

/// The rights one role has on one object, each privilege marked with every source that gives it.
struct CellRights {
    Privileges granted;
    Privileges grantable;
    Privileges superuser;
    Privileges owner;
    Privileges direct;
    Privileges inherited;
    Privileges fromPublic;
    Privileges predefined;
    Privileges ownerGrantOptions; ///< grant options the owner holds implicitly

    /// Privileges given by \a source.
    Privileges from(RightSource source) const;
};

/// One way a privilege reaches a role.
struct Lineage {
    RightSource source = RightSource::Direct;
    QList<Oid> path;   ///< roles from the role itself to the grantee (just the role for PUBLIC)
    Oid grantor = 0;   ///< who granted it (0 when implicit: superuser, predefined)
    bool grantable = false;

    /// Compact, untranslated form for exports: "direct", "owner", "PUBLIC", "superuser",
    /// "member of a > b", "member of a > b (owner)", "member of pg_read_all_data"; a path through a
    /// schema group ends "[schema group: writer of sales]".
    QString toText(const Snapshot &snapshot) const;
};

/// Answers "may role R do P on object O, with grant option, and why" over one Snapshot, the
/// way PostgreSQL's has_*_privilege functions do: inheritance (NOINHERIT respected), PUBLIC,
/// ownership (implicit grant options), superuser, pg_read_all_data and pg_write_all_data,
/// pg_database_owner, and column rights through their table.
class EffectiveRights {
public:
    explicit EffectiveRights(SnapshotPtr snapshot);

    const Snapshot &snapshot() const { return *m_snapshot; }
    SnapshotPtr snapshotPtr() const { return m_snapshot; }

    /// True when role \a role has the privileges of role \a other (same role, inherited
    /// membership, or superuser). Indexes into Snapshot::roles.
    bool hasPrivilegesOf(int role, int other) const;
    /// The roles whose privileges \a role has, itself included (superuser aside).
    QList<int> inheritedRoles(int role) const;

    /// Rights of role \a role (index into roles) on object \a object (index into objects).
    CellRights cell(int role, int object) const;

    /// Every way role \a role holds \a privilege on \a object; empty when it does not hold it.
    /// Grant-option-only lineages (an owner who revoked a right from itself) are included with
    /// source Owner and grantable set.
    QList<Lineage> explain(int role, int object, Privilege privilege) const;

    /// The via column of the audit export: every lineage's toText(), joined by "; ".
    QString viaText(int role, int object, Privilege privilege) const;

    /// Shortest membership path from \a role to \a target through inheriting grants, both ends
    /// included; empty when there is none.
    QList<Oid> membershipPath(int role, int target) const;

private:
    friend class RoleSweep; // walks the resolved grants and the closure one role at a time

    // An ACL entry with its grantee resolved to a role index once, so that cell() does no
    // hash lookups: grantee -1 is PUBLIC, -2 a role that no longer exists.
    struct ResolvedAce {
        int grantee;
        bool toOwner;
        Privileges privileges;
        Privileges grantOptions;
    };
    struct ResolvedObject {
        quint32 firstAce;
        quint32 aceCount;
        int owner;   // role index of the owner, -1 if unknown
        int table;   // column: index of its table, else -1
        Privileges mask;
    };

    // The closure bit alone (no superuser or same-role shortcut); both indexes valid.
    bool inherits(int role, int other) const
    {
        return (m_closure[size_t(role) * size_t(m_words) + size_t(other / 64)] >> (other % 64)) & 1u;
    }
    void accumulate(CellRights &c, int role, const ResolvedObject &o, Privileges mask) const;
    void addPredefined(CellRights &c, int role, ObjectKind kind, Privileges mask) const;

    SnapshotPtr m_snapshot;
    std::vector<ResolvedAce> m_aces;
    std::vector<ResolvedObject> m_objects;
    int m_words = 0;                   // 64-bit words per closure row
    std::vector<std::uint64_t> m_closure; // role x role bit matrix
    std::vector<std::vector<int>> m_groups; // inheriting memberships: member -> groups
    int m_readAllData = -1;
    int m_writeAllData = -1;
    // Per role: what pg_read_all_data / pg_write_all_data add on relations and on schemas.
    std::vector<Privileges> m_predefinedOnRelations;
    std::vector<Privileges> m_predefinedOnSchemas;
};

} // namespace roledesk
