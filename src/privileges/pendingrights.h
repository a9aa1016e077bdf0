#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QHash>
#include <QList>
#include <QMultiHash>

#include <memory>

namespace roledesk {

/// Finds a snapshot's objects by the ObjectRef a change names (built on first use), and a
/// table's columns: how pending changes, written as SQL names them, meet the snapshot's indexes.
class SnapshotObjectIndex {
public:
    explicit SnapshotObjectIndex(const Snapshot &snapshot)
        : m_s(snapshot)
    {
    }
    /// Index into the snapshot's objects, or -1.
    int find(const ObjectRef &ref);
    /// Indexes of the columns of table \a table that the snapshot holds.
    QList<int> columnsOf(int table);

    /// What tells two references apart: what ObjectRef::toSql() and the column say, unquoted
    /// (building and quoting the SQL of every object was most of the build).
    struct Key {
        QString keyword, schema, name, arguments, column;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.keyword, k.schema, k.name, k.arguments, k.column);
        }
    };

private:
    void build();
    const Snapshot &m_s;
    QHash<Key, int> m_objects;
    QMultiHash<int, int> m_columns;
    bool m_built = false;
};

/// The rights a pending plan would leave behind: a copy of \a before's snapshot with the plan's
/// privilege grants and revokes (a table's REVOKE takes the grantee's column grants too),
/// membership grants and revokes, and SUPERUSER / INHERIT changes applied, run through the same
/// EffectiveRights engine. Roles and objects keep their indexes, so a cell before and after the
/// plan compare directly. Changes the snapshot cannot show (new or dropped roles, default
/// privileges, model roles) are left out. \a index, when given, is an index of \a before's
/// snapshot the caller uses too (the objects stay, so it serves the copy), built once for both.
std::shared_ptr<const EffectiveRights> rightsAfterPlan(const EffectiveRights &before, const QList<Change> &changes,
                                                       SnapshotObjectIndex *index = nullptr);

/// True when \a change grants or revokes privileges of \a grantee (empty: PUBLIC) on object
/// \a object of \a snapshot itself (not through its table or a group).
bool changeActsOnCell(const Change &change, const Snapshot &snapshot, const QString &grantee, int object);

} // namespace roledesk
