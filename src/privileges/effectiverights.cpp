#include "privileges/effectiverights.h"

#include <deque>

namespace roledesk {

namespace {

constexpr Privileges writeAllDataPrivileges = Privilege::Insert | Privilege::Update | Privilege::Delete;

} // namespace

Privileges CellRights::from(RightSource source) const
{
    switch (source) {
    case RightSource::Superuser: return superuser;
    case RightSource::Owner: return owner;
    case RightSource::Direct: return direct;
    case RightSource::Inherited: return inherited;
    case RightSource::Public: return fromPublic;
    case RightSource::Predefined: return predefined;
    }
    return {};
}

QString Lineage::toText(const Snapshot &snapshot) const
{
    switch (source) {
    case RightSource::Superuser: return QStringLiteral("superuser");
    case RightSource::Public: return QStringLiteral("PUBLIC");
    case RightSource::Direct: return QStringLiteral("direct");
    case RightSource::Owner:
        if (path.size() <= 1)
            return QStringLiteral("owner");
        break;
    case RightSource::Predefined:
        if (path.size() <= 1) // the predefined role itself
            return path.isEmpty() ? QString() : snapshot.roleName(path.front());
        break;
    case RightSource::Inherited:
        break;
    }
    QStringList names;
    for (qsizetype i = 1; i < path.size(); ++i)
        names << snapshot.roleName(path.at(i));
    QString text = QStringLiteral("member of ") + names.join(QStringLiteral(" > "));
    if (source == RightSource::Owner)
        text += QStringLiteral(" (owner)");
    for (Oid oid : path) {
        if (const SchemaGroup *g = snapshot.groups.groupOfRole(oid)) {
            text += QStringLiteral(" [schema group: ") + schemagroups::levelName(g->level)
                    + (g->schema.isEmpty() ? QString() : QStringLiteral(" of ") + g->schema) + u']';
            break;
        }
    }
    return text;
}

EffectiveRights::EffectiveRights(SnapshotPtr snapshot)
    : m_snapshot(std::move(snapshot))
{
    const Snapshot &s = *m_snapshot;
    const int n = int(s.roles.size());
    m_words = (n + 63) / 64;
    m_closure.assign(size_t(n) * size_t(m_words), 0);
    m_groups.assign(size_t(n), {});
    for (const Membership &m : s.memberships) {
        const int member = s.roleIndex(m.member);
        const int group = s.roleIndex(m.group);
        if (member >= 0 && group >= 0 && m.inherit)
            m_groups[size_t(member)].push_back(group);
    }
    m_objects.reserve(size_t(s.objects.size()));
    for (const CatalogObject &o : s.objects) {
        const int owner = s.roleIndex(o.owner);
        m_objects.push_back({quint32(m_aces.size()), quint32(o.acl.size()), owner, o.parent, applicableMask(o.kind)});
        for (const AclEntry &e : o.acl) {
            const int grantee = e.grantee == PublicOid ? -1 : std::max(s.roleIndex(e.grantee), -2);
            m_aces.push_back({grantee, e.grantee == o.owner && e.grantee != PublicOid,
                              e.privileges, e.grantOptions});
        }
    }
    for (int i = 0; i < n; ++i) {
        const Role &r = s.roles.at(i);
        if (r.predefined && r.name == u"pg_read_all_data")
            m_readAllData = i;
        else if (r.predefined && r.name == u"pg_write_all_data")
            m_writeAllData = i;
    }
    // Breadth-first closure per role. Memberships cannot form cycles in PostgreSQL, but the
    // visited bits make this safe regardless.
    std::vector<int> queue;
    queue.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        std::uint64_t *row = m_closure.data() + size_t(i) * size_t(m_words);
        queue.clear();
        queue.push_back(i);
        row[i / 64] |= std::uint64_t(1) << (i % 64);
        for (size_t q = 0; q < queue.size(); ++q) {
            for (int g : m_groups[size_t(queue[q])]) {
                std::uint64_t &word = row[g / 64];
                const std::uint64_t bit = std::uint64_t(1) << (g % 64);
                if (!(word & bit)) {
                    word |= bit;
                    queue.push_back(g);
                }
            }
        }
    }
    m_predefinedOnRelations.assign(size_t(n), {});
    m_predefinedOnSchemas.assign(size_t(n), {});
    for (int i = 0; i < n; ++i) {
        const bool reads = hasPrivilegesOf(i, m_readAllData);
        const bool writes = hasPrivilegesOf(i, m_writeAllData);
        if (reads)
            m_predefinedOnRelations[size_t(i)] |= Privilege::Select;
        if (writes)
            m_predefinedOnRelations[size_t(i)] |= writeAllDataPrivileges;
        if (reads || writes)
            m_predefinedOnSchemas[size_t(i)] = Privilege::Usage;
    }
}

bool EffectiveRights::hasPrivilegesOf(int role, int other) const
{
    if (role < 0 || other < 0)
        return false;
    if (role == other || m_snapshot->roles.at(role).superuser)
        return true;
    const std::uint64_t word = m_closure[size_t(role) * size_t(m_words) + size_t(other / 64)];
    return (word >> (other % 64)) & 1u;
}

QList<int> EffectiveRights::inheritedRoles(int role) const
{
    QList<int> out;
    for (int i = 0; i < int(m_snapshot->roles.size()); ++i) {
        const std::uint64_t word = m_closure[size_t(role) * size_t(m_words) + size_t(i / 64)];
        if ((word >> (i % 64)) & 1u)
            out << i;
    }
    return out;
}

void EffectiveRights::accumulate(CellRights &c, int role, const ResolvedObject &o, Privileges mask) const
{
    const ResolvedAce *ace = m_aces.data() + o.firstAce;
    const ResolvedAce *end = ace + o.aceCount;
    for (; ace != end; ++ace) {
        const Privileges privs = ace->privileges & mask;
        if (!privs)
            continue;
        if (ace->grantee == -1) {
            c.fromPublic |= privs;
        } else {
            if (ace->grantee < 0 || !inherits(role, ace->grantee))
                continue;
            if (ace->toOwner)
                c.owner |= privs;
            else if (ace->grantee == role)
                c.direct |= privs;
            else
                c.inherited |= privs;
        }
        c.granted |= privs;
        c.grantable |= ace->grantOptions & mask;
    }
}

void EffectiveRights::addPredefined(CellRights &c, int role, ObjectKind kind, Privileges mask) const
{
    // Mirrors pg_class_aclmask and pg_namespace_aclmask: these roles add rights only where the
    // ACL did not already give them, and never grant options.
    Privileges extra;
    if (kind == ObjectKind::Schema)
        extra = m_predefinedOnSchemas[size_t(role)];
    else if (isRelationKind(kind) || kind == ObjectKind::Column)
        extra = m_predefinedOnRelations[size_t(role)];
    extra &= mask;
    c.predefined |= extra & ~c.granted;
    c.granted |= extra;
}

CellRights EffectiveRights::cell(int role, int object) const
{
    const ResolvedObject &o = m_objects[size_t(object)];
    const Privileges mask = o.mask;
    CellRights c;
    if (m_snapshot->roles.at(role).superuser) {
        c.granted = c.grantable = c.superuser = mask;
        return c;
    }
    accumulate(c, role, o, mask);
    if (o.table >= 0) {
        // has_column_privilege: the table's rights first, then the column's own ACL.
        accumulate(c, role, m_objects[size_t(o.table)], mask);
        addPredefined(c, role, m_snapshot->objects.at(o.table).kind, mask);
    } else {
        addPredefined(c, role, m_snapshot->objects.at(object).kind, mask);
    }
    // The owner (and whoever has the owner's privileges) holds every grant option implicitly.
    if (hasPrivilegesOf(role, o.owner)) {
        c.ownerGrantOptions = mask;
        c.grantable = mask;
    }
    return c;
}

QList<Oid> EffectiveRights::membershipPath(int role, int target) const
{
    const Snapshot &s = *m_snapshot;
    if (role < 0 || target < 0)
        return {};
    if (role == target)
        return {s.roles.at(role).oid};
    std::vector<int> parent(s.roles.size(), -2);
    std::deque<int> queue{role};
    parent[size_t(role)] = -1;
    while (!queue.empty()) {
        const int n = queue.front();
        queue.pop_front();
        for (int g : m_groups[size_t(n)]) {
            if (parent[size_t(g)] != -2)
                continue;
            parent[size_t(g)] = n;
            if (g == target) {
                QList<Oid> path;
                for (int at = g; at != -1; at = parent[size_t(at)])
                    path.prepend(s.roles.at(at).oid);
                return path;
            }
            queue.push_back(g);
        }
    }
    return {};
}

QList<Lineage> EffectiveRights::explain(int role, int object, Privilege privilege) const
{
    const Snapshot &s = *m_snapshot;
    const CatalogObject &o = s.objects.at(object);
    QList<Lineage> out;
    if (!applicableMask(o.kind).testFlag(privilege))
        return out;
    const Oid self = s.roles.at(role).oid;
    if (s.roles.at(role).superuser) {
        out.push_back({RightSource::Superuser, {self}, 0, true});
        return out;
    }
    auto fromAcl = [&](const QList<AclEntry> &acl, Oid owner) {
        for (const AclEntry &e : acl) {
            if (!e.privileges.testFlag(privilege))
                continue;
            const bool grantable = e.grantOptions.testFlag(privilege);
            if (e.grantee == PublicOid) {
                out.push_back({RightSource::Public, {self}, e.grantor, false});
                continue;
            }
            const int grantee = s.roleIndex(e.grantee);
            if (grantee < 0 || !hasPrivilegesOf(role, grantee))
                continue;
            const QList<Oid> path = membershipPath(role, grantee);
            const RightSource src = e.grantee == owner ? RightSource::Owner
                                    : grantee == role  ? RightSource::Direct
                                                       : RightSource::Inherited;
            out.push_back({src, path, e.grantor, grantable});
        }
    };
    fromAcl(o.acl, o.owner);
    ObjectKind predefinedKind = o.kind;
    if (o.kind == ObjectKind::Column && o.parent >= 0) {
        const CatalogObject &table = s.objects.at(o.parent);
        fromAcl(table.acl, table.owner);
        predefinedKind = table.kind;
    }
    const CellRights c = [&] {
        CellRights pre;
        addPredefined(pre, role, predefinedKind, privilege);
        return pre;
    }();
    if (c.granted.testFlag(privilege) && out.isEmpty()) {
        // pg_read_all_data / pg_write_all_data only count where nothing else gives the right.
        const bool read = privilege == Privilege::Select
                          || (privilege == Privilege::Usage && hasPrivilegesOf(role, m_readAllData));
        const int via = read && hasPrivilegesOf(role, m_readAllData) ? m_readAllData : m_writeAllData;
        out.push_back({RightSource::Predefined, membershipPath(role, via), 0, false});
    }
    const int ownerIndex = s.roleIndex(o.owner);
    if (hasPrivilegesOf(role, ownerIndex)) {
        bool any = false;
        for (Lineage &l : out) {
            l.grantable = true; // the owner holds every grant option implicitly
            any = true;
        }
        if (!any) // the owner revoked the right from itself but keeps the grant option
            out.push_back({RightSource::Owner, membershipPath(role, ownerIndex), 0, true});
    }
    return out;
}

QString EffectiveRights::viaText(int role, int object, Privilege privilege) const
{
    const CellRights c = cell(role, object);
    if (!c.granted.testFlag(privilege))
        return {};
    QStringList parts;
    for (const Lineage &l : explain(role, object, privilege)) {
        const QString t = l.toText(*m_snapshot);
        if (!parts.contains(t))
            parts << t;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace roledesk
