#pragma once

#include "catalog/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace roledesk {

/// One way a database strays from the schema-group model in force.
struct GroupDrift {
    enum class Kind {
        NotMigrated,     ///< an object not owned by its schema's developer group (migrate needed)
        UserInNoGroup,   ///< a login in no group: it lost CONNECT when the model was enabled
        RightAroundGroups, ///< a right granted to someone other than the groups (PUBLIC included)
        SchemaWithoutGroups, ///< a schema the model does not cover (SLPM)
        OrphanGroup,     ///< a group of a schema that no longer exists
        ModelBroken,     ///< the model's own structure changed: database owner, CONNECT, group memberships
    };
    Kind kind = Kind::NotMigrated;
    QString object;  ///< what it is about, for people ("table sales.orders", "role ann")
    QString detail;  ///< what is wrong and what fixes it, translated

    friend bool operator==(const GroupDrift &, const GroupDrift &) = default;
};

/// Finds the drift from the schema-group model of a snapshot: what statements the event triggers
/// cannot refuse on community PostgreSQL (GRANT role TO, ALTER DATABASE, statements on the group
/// roles) leave behind, and what the model expects but does not find. Pure: no connection.
class GroupDriftFinder {
    Q_DECLARE_TR_FUNCTIONS(GroupDriftFinder)

public:
    /// Every drift of \a snapshot, by kind then object; empty when no model is in force.
    static QList<GroupDrift> find(const Snapshot &snapshot);
    /// "not migrated", "user in no group", ...: the kind's translated name.
    static QString kindName(GroupDrift::Kind kind);
    /// A stable English key for exports: not_migrated, user_in_no_group, right_around_groups,
    /// schema_without_groups, orphan_group, model_broken.
    static QString kindKey(GroupDrift::Kind kind);
};

} // namespace roledesk
