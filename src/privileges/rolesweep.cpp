#include "privileges/rolesweep.h"

#include <bit>

namespace roledesk {

RoleSweep::RoleSweep(const EffectiveRights &rights)
    : m_rights(rights), m_snapshot(rights.snapshot()), m_roles(int(m_snapshot.roles.size()))
{
    m_pieceCount = 2 * m_roles + 4;
    const size_t objects = size_t(m_snapshot.objects.size());
    const size_t words = (objects + 63) / 64;
    m_publicBits.assign(words, 0);
    m_byGrantee.assign(size_t(m_roles), {});
    // A grant counts where cell() would let it count: on the object, and for a column also on its
    // table, with the privileges that apply to the object.
    const auto note = [&](int object, const EffectiveRights::ResolvedObject &on, Privileges mask) {
        const EffectiveRights::ResolvedAce *ace = m_rights.m_aces.data() + on.firstAce;
        for (const auto *end = ace + on.aceCount; ace != end; ++ace) {
            if (!(ace->privileges & mask))
                continue;
            if (ace->grantee == -1) {
                m_publicBits[size_t(object) / 64] |= std::uint64_t(1) << (object % 64);
            } else if (ace->grantee >= 0) {
                std::vector<int> &list = m_byGrantee[size_t(ace->grantee)];
                if (list.empty() || list.back() != object)
                    list.push_back(object);
            }
        }
    };
    for (int o = 0; o < int(objects); ++o) {
        const EffectiveRights::ResolvedObject &ro = m_rights.m_objects[size_t(o)];
        note(o, ro, ro.mask);
        if (ro.table >= 0)
            note(o, m_rights.m_objects[size_t(ro.table)], ro.mask);
    }
    m_bits.assign(words, 0);
    m_kinds.reserve(objects);
    for (const CatalogObject &o : m_snapshot.objects)
        m_kinds.push_back(o.kind);
}

void RoleSweep::setRole(int role)
{
    m_role = role;
    m_candidatesMade = false;
    const auto &r = m_rights;
    m_everything = m_snapshot.roles.at(role).superuser || r.m_predefinedOnRelations[size_t(role)]
                   || r.m_predefinedOnSchemas[size_t(role)];
    m_texts.assign(size_t(m_pieceCount), QString());
    m_made.assign(size_t(m_pieceCount), 0);
    // The same breadth-first search as membershipPath(), run to the end once: the tree it leaves
    // holds the same shortest path to every role.
    m_parent.assign(size_t(m_roles), -2);
    m_parent[size_t(role)] = -1;
    std::vector<int> queue{role};
    for (size_t q = 0; q < queue.size(); ++q) {
        for (int g : r.m_groups[size_t(queue[q])]) {
            if (m_parent[size_t(g)] != -2)
                continue;
            m_parent[size_t(g)] = queue[q];
            queue.push_back(g);
        }
    }
}

const std::vector<int> &RoleSweep::candidates()
{
    if (m_candidatesMade)
        return m_candidates;
    m_candidatesMade = true;
    m_candidates.clear();
    const int objects = int(m_snapshot.objects.size());
    if (m_everything) {
        m_candidates.resize(size_t(objects));
        for (int o = 0; o < objects; ++o)
            m_candidates[size_t(o)] = o;
        return m_candidates;
    }
    m_bits = m_publicBits;
    const std::uint64_t *closure = m_rights.m_closure.data() + size_t(m_role) * size_t(m_rights.m_words);
    for (int w = 0; w < m_rights.m_words; ++w) {
        for (std::uint64_t word = closure[w]; word; word &= word - 1) {
            const int grantee = w * 64 + std::countr_zero(word);
            for (int o : m_byGrantee[size_t(grantee)])
                m_bits[size_t(o) / 64] |= std::uint64_t(1) << (o % 64);
        }
    }
    for (size_t w = 0; w < m_bits.size(); ++w)
        for (std::uint64_t word = m_bits[w]; word; word &= word - 1)
            m_candidates.push_back(int(w * 64) + std::countr_zero(word));
    return m_candidates;
}

void RoleSweep::fromAcl(Pieces &out, int object, Privilege privilege) const
{
    const auto add = [&](int piece) {
        if (!out.contains(piece))
            out.push_back(piece);
    };
    const EffectiveRights::ResolvedObject &ro = m_rights.m_objects[size_t(object)];
    const EffectiveRights::ResolvedAce *ace = m_rights.m_aces.data() + ro.firstAce;
    for (const auto *end = ace + ro.aceCount; ace != end; ++ace) {
        if (!ace->privileges.testFlag(privilege))
            continue;
        if (ace->grantee == -1)
            add(publicPiece());
        else if (ace->grantee >= 0 && m_rights.inherits(m_role, ace->grantee))
            add(2 * ace->grantee + (ace->toOwner ? 1 : 0));
    }
}

RoleSweep::Pieces RoleSweep::pieces(int object, Privilege privilege, const CellRights &cell)
{
    // The order and the cases of EffectiveRights::explain(), which stays the reference (the
    // audit's tests compare the two on every row).
    Pieces out;
    if (!cell.granted.testFlag(privilege))
        return out;
    if (m_snapshot.roles.at(m_role).superuser) {
        out.push_back(superuserPiece());
        return out;
    }
    fromAcl(out, object, privilege);
    ObjectKind predefinedKind = kind(object);
    const int table = m_rights.m_objects[size_t(object)].table; // CatalogObject::parent
    if (predefinedKind == ObjectKind::Column && table >= 0) {
        fromAcl(out, table, privilege);
        predefinedKind = kind(table);
    }
    if (out.isEmpty()) {
        CellRights pre;
        m_rights.addPredefined(pre, m_role, predefinedKind, privilege);
        if (pre.granted.testFlag(privilege)) {
            const bool reads = m_rights.hasPrivilegesOf(m_role, m_rights.m_readAllData);
            const bool read = privilege == Privilege::Select || (privilege == Privilege::Usage && reads);
            out.push_back(read && reads ? readAllPiece() : writeAllPiece());
        }
    }
    const int owner = m_rights.m_objects[size_t(object)].owner;
    if (out.isEmpty() && m_rights.hasPrivilegesOf(m_role, owner))
        out.push_back(2 * owner + 1); // the owner revoked the right from itself, keeps the grant option
    return out;
}

QList<Oid> RoleSweep::pathTo(int target) const
{
    QList<Oid> path;
    if (target < 0 || m_parent[size_t(target)] == -2)
        return path;
    for (int at = target; at != -1; at = m_parent[size_t(at)])
        path.prepend(m_snapshot.roles.at(at).oid);
    return path;
}

QString RoleSweep::makeText(int piece) const
{
    const Oid self = m_snapshot.roles.at(m_role).oid;
    Lineage l;
    if (piece == publicPiece()) {
        l = {RightSource::Public, {self}};
    } else if (piece == superuserPiece()) {
        l = {RightSource::Superuser, {self}};
    } else if (piece == readAllPiece() || piece == writeAllPiece()) {
        l = {RightSource::Predefined,
             pathTo(piece == readAllPiece() ? m_rights.m_readAllData : m_rights.m_writeAllData)};
    } else {
        const int grantee = piece / 2;
        const RightSource source = piece % 2 ? RightSource::Owner
                                   : grantee == m_role ? RightSource::Direct
                                                       : RightSource::Inherited;
        l = {source, pathTo(grantee)};
    }
    return l.toText(m_snapshot);
}

const QString &RoleSweep::pieceText(int piece)
{
    if (!m_made[size_t(piece)]) {
        m_texts[size_t(piece)] = makeText(piece);
        m_made[size_t(piece)] = 1;
    }
    return m_texts[size_t(piece)];
}

QString RoleSweep::text(const Pieces &pieces)
{
    QString out;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i)
            out += QStringLiteral("; ");
        out += pieceText(pieces.at(i));
    }
    return out;
}

} // namespace roledesk
