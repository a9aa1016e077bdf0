#pragma once

#include "privileges/effectiverights.h"

#include <QString>
#include <QVarLengthArray>

#include <cstdint>
#include <vector>

namespace roledesk {

/// Walks the rights of one role at a time over the whole catalog, for exports that write millions
/// of rows: which objects the role may hold anything on, found through the grants of the roles it
/// inherits instead of by asking every cell, and each right's "via" text as
/// EffectiveRights::viaText() gives it, with the role's membership paths found once (one
/// breadth-first search) and each lineage's text made once, then named by a small number.
class RoleSweep {
public:
    /// The lineages of one right, as numbers for pieceText(), in viaText() order, each once.
    using Pieces = QVarLengthArray<int, 4>;

    /// A sweep over \a rights, which must outlive it; call setRole() before anything else.
    explicit RoleSweep(const EffectiveRights &rights);

    /// Moves to role \a role (index into Snapshot::roles).
    void setRole(int role);
    int role() const { return m_role; }
    /// The kind of \a object, from a compact copy (the snapshot's objects are large to walk).
    ObjectKind kind(int object) const { return m_kinds[size_t(object)]; }

    /// The objects (indexes into Snapshot::objects, ascending) on which the role may hold a
    /// privilege: every object whose cell().granted is not empty is among them; most that are
    /// not, are not. All objects for a superuser or a member of pg_read_all_data/pg_write_all_data.
    const std::vector<int> &candidates();
    /// True when \a object is among candidates(), which must have been called for this role.
    bool isCandidate(int object) const
    {
        return m_everything || (m_bits[size_t(object) / 64] >> (object % 64)) & 1u;
    }

    /// The lineages of \a privilege on \a object, which \a cell (EffectiveRights::cell() of this
    /// role and object) says whether the role holds: none when it does not.
    Pieces pieces(int object, Privilege privilege, const CellRights &cell);
    /// The text of one lineage: "direct", "PUBLIC", "member of a > b (owner)"...
    const QString &pieceText(int piece);
    /// One more than the largest piece number: for callers that keep a form of each text.
    int pieceCount() const { return m_pieceCount; }
    /// The via text of \a pieces: their texts joined by "; ", as viaText() writes it.
    QString text(const Pieces &pieces);

private:
    // Piece numbers: 2 * grantee (+ 1 for a grant to the object's owner) for a role's grant, then
    // the fixed lineages below.
    int publicPiece() const { return 2 * m_roles; }
    int superuserPiece() const { return 2 * m_roles + 1; }
    int readAllPiece() const { return 2 * m_roles + 2; }
    int writeAllPiece() const { return 2 * m_roles + 3; }

    void fromAcl(Pieces &out, int object, Privilege privilege) const;
    QList<Oid> pathTo(int target) const;
    QString makeText(int piece) const;

    const EffectiveRights &m_rights;
    const Snapshot &m_snapshot;
    int m_roles = 0;
    int m_pieceCount = 0;
    int m_role = -1;
    bool m_everything = false; ///< superuser or predefined reader/writer: every object is a candidate
    std::vector<ObjectKind> m_kinds;
    std::vector<int> m_parent; ///< breadth-first tree from the role: -1 root, -2 not reached
    std::vector<QString> m_texts;
    std::vector<char> m_made;
    std::vector<int> m_candidates;
    bool m_candidatesMade = false;
    // Built once: per grantee, the objects its grants are on (a table's grants count for its
    // columns); the objects PUBLIC holds anything on, as bits.
    std::vector<std::vector<int>> m_byGrantee;
    std::vector<std::uint64_t> m_publicBits;
    std::vector<std::uint64_t> m_bits;
};

} // namespace roledesk
