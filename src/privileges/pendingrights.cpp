#include "privileges/pendingrights.h"

#include <QHash>
#include <QMultiHash>

namespace roledesk {

namespace {

// A change names objects as SQL does; the snapshot by index. One key per object: the parts of
// ref.toSql() (the same kinds share a keyword; a schema or database has no schema, only routines
// have arguments) and the column.
SnapshotObjectIndex::Key refKey(const ObjectRef &ref)
{
    const bool global = ref.kind == ObjectKind::Database || ref.kind == ObjectKind::Schema || ref.kind == ObjectKind::Language;
    const bool routine = ref.kind == ObjectKind::Function || ref.kind == ObjectKind::Procedure;
    return {objectKindGrantKeyword(ref.kind), global ? QString() : ref.schema, ref.name,
            routine ? ref.arguments : QString(), ref.column};
}

} // namespace

void SnapshotObjectIndex::build()
{
    m_built = true;
    for (int i = 0; i < m_s.objects.size(); ++i) {
        m_objects.insert(refKey(ObjectRef::fromSnapshot(m_s, i)), i);
        if (m_s.objects.at(i).parent >= 0)
            m_columns.insert(m_s.objects.at(i).parent, i);
    }
}

int SnapshotObjectIndex::find(const ObjectRef &ref)
{
    if (!m_built)
        build();
    return m_objects.value(refKey(ref), -1);
}

QList<int> SnapshotObjectIndex::columnsOf(int table)
{
    if (!m_built)
        build();
    return m_columns.values(table);
}

namespace {

/// Applies privilege and membership changes to a copy of a snapshot.
class Projector {
public:
    Projector(const EffectiveRights &before, Snapshot &after, SnapshotObjectIndex *index)
        : m_before(before)
        , m_s(after)
        , m_own(index ? nullptr : std::make_unique<SnapshotObjectIndex>(after))
        , m_index(index ? *index : *m_own)
    {
        for (int i = 0; i < m_s.roles.size(); ++i)
            m_roles.insert(m_s.roles.at(i).name, i);
    }

    void apply(const Change &change)
    {
        std::visit(Overloaded{
                       [this](const GrantPrivileges &g) { grant(g); },
                       [this](const RevokePrivileges &r) { revoke(r); },
                       [this](const GrantMembership &m) { grantMembership(m); },
                       [this](const RevokeMembership &m) { revokeMembership(m); },
                       [this](const AlterRole &a) { alter(a); },
                       [](const auto &) {},
                   },
                   change);
    }

private:
    // The grantee's oid (PublicOid for ""), or false when the snapshot has no such role.
    bool oidOf(const QString &name, Oid *oid) const
    {
        if (name.isEmpty()) {
            *oid = PublicOid;
            return true;
        }
        const int at = m_roles.value(name, -1);
        if (at >= 0)
            *oid = m_s.roles.at(at).oid;
        return at >= 0;
    }

    int object(const ObjectRef &ref) { return m_index.find(ref); }

    // PostgreSQL records the owner as grantor when the owner or a superuser grants; anyone else
    // grants under their own name.
    Oid grantorOf(const CatalogObject &o) const
    {
        const int me = m_roles.value(m_s.currentUser, -1);
        const int owner = m_s.roleIndex(o.owner);
        if (me < 0 || owner < 0 || m_before.hasPrivilegesOf(me, owner))
            return o.owner;
        return m_s.roles.at(me).oid;
    }

    void grant(const GrantPrivileges &g)
    {
        Oid grantee = 0;
        const int at = object(g.object);
        if (at < 0 || !oidOf(g.grantee, &grantee))
            return;
        CatalogObject &o = m_s.objects[at];
        const Oid grantor = grantorOf(o);
        const Privileges options = g.withGrantOption ? g.privileges : Privileges();
        for (AclEntry &e : o.acl) {
            if (e.grantee == grantee && e.grantor == grantor) {
                e.privileges |= g.privileges;
                e.grantOptions |= options;
                return;
            }
        }
        o.acl.append(AclEntry{grantee, grantor, g.privileges, options});
        o.aclIsDefault = false;
    }

    void revoke(const RevokePrivileges &r)
    {
        Oid grantee = 0;
        const int at = object(r.object);
        if (at < 0 || !oidOf(r.grantee, &grantee))
            return;
        Oid grantor = m_s.objects.at(at).owner;
        if (!r.grantor.isEmpty() && !oidOf(r.grantor, &grantor))
            return;
        QList<int> targets{at};
        if (isRelationKind(m_s.objects.at(at).kind) && m_s.objects.at(at).kind != ObjectKind::Column)
            targets += m_index.columnsOf(at); // a table's REVOKE takes the grantee's column grants too
        for (int t : std::as_const(targets)) {
            QList<AclEntry> &acl = m_s.objects[t].acl;
            for (qsizetype i = acl.size() - 1; i >= 0; --i) {
                AclEntry &e = acl[i];
                if (e.grantee != grantee || e.grantor != grantor)
                    continue;
                e.grantOptions &= ~r.privileges;
                if (!r.grantOptionOnly)
                    e.privileges &= ~r.privileges;
                if (!e.privileges)
                    acl.removeAt(i);
            }
            m_s.objects[t].aclIsDefault = false;
        }
    }

    void grantMembership(const GrantMembership &m)
    {
        Oid group = 0, member = 0;
        if (m.group.isEmpty() || m.member.isEmpty() || !oidOf(m.group, &group) || !oidOf(m.member, &member))
            return;
        for (Membership &ms : m_s.memberships) {
            if (!ms.implicit && ms.group == group && ms.member == member) {
                ms.adminOption = ms.adminOption || m.withAdminOption;
                return;
            }
        }
        Oid grantor = 0;
        oidOf(m_s.currentUser, &grantor);
        m_s.memberships.append(Membership{group, member, grantor, m.withAdminOption, true, false});
    }

    void revokeMembership(const RevokeMembership &m)
    {
        Oid group = 0, member = 0;
        if (m.group.isEmpty() || m.member.isEmpty() || !oidOf(m.group, &group) || !oidOf(m.member, &member))
            return;
        for (qsizetype i = m_s.memberships.size() - 1; i >= 0; --i) {
            Membership &ms = m_s.memberships[i];
            if (ms.implicit || ms.group != group || ms.member != member)
                continue;
            if (m.adminOptionOnly)
                ms.adminOption = false;
            else
                m_s.memberships.removeAt(i);
        }
    }

    void alter(const AlterRole &a)
    {
        const int at = m_roles.value(a.name, -1);
        if (at < 0)
            return;
        Role &r = m_s.roles[at];
        r.superuser = a.attributes.superuser.value_or(r.superuser);
        r.inherit = a.attributes.inherit.value_or(r.inherit);
        // Before PostgreSQL 16 a grant inherits when its member has INHERIT (memberships.sql reads
        // rolinherit into each grant), so the attribute moves the member's grants with it.
        if (a.attributes.inherit && m_s.serverVersionNum < 160000) {
            for (Membership &ms : m_s.memberships) {
                if (ms.member == r.oid)
                    ms.inherit = r.inherit;
            }
        }
    }

    const EffectiveRights &m_before;
    Snapshot &m_s;
    QHash<QString, int> m_roles;
    // The ACLs change, the objects stay: an index of the snapshot before serves the copy.
    std::unique_ptr<SnapshotObjectIndex> m_own;
    SnapshotObjectIndex &m_index;
};

} // namespace

std::shared_ptr<const EffectiveRights> rightsAfterPlan(const EffectiveRights &before, const QList<Change> &changes,
                                                       SnapshotObjectIndex *index)
{
    auto after = std::make_shared<Snapshot>(before.snapshot());
    Projector projector(before, *after, index);
    for (const Change &c : changes)
        projector.apply(c);
    return std::make_shared<const EffectiveRights>(std::move(after));
}

bool changeActsOnCell(const Change &change, const Snapshot &snapshot, const QString &grantee, int object)
{
    const auto on = [&](const ObjectRef &ref, const QString &who) {
        return who == grantee && ref == ObjectRef::fromSnapshot(snapshot, object);
    };
    if (const auto *g = std::get_if<GrantPrivileges>(&change))
        return on(g->object, g->grantee);
    if (const auto *r = std::get_if<RevokePrivileges>(&change))
        return on(r->object, r->grantee);
    return false;
}

} // namespace roledesk
