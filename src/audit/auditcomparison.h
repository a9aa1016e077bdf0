#pragma once

#include "audit/savedaudit.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace roledesk {

class SavedAuditReader;

/// One difference between two saved audits.
struct AuditDifference {
    /// What differs: a right (or its grant option) held in one audit and not the other, or an
    /// item of a small section.
    enum class Kind { Right, GrantOption, Membership, SchemaGroup, ModelRole, PlatformRole };
    Kind kind = Kind::Right;
    bool gained = true;     ///< present in the newer audit only (false: lost)
    SavedRight right;       ///< Right, GrantOption: the right as the side that holds it saw it
    QString item;           ///< sections: "member|group", group name, "role|model_owner", "person|role|project"
    QString detail;         ///< sections: the item's description on the side that has it

    /// "right", "grant_option", "membership", "schema_group", "model_role", "platform_role".
    static QString kindName(Kind kind);
};

/// What changed between an older and a newer saved audit: rights gained and lost with the lineage
/// of the side that holds them, memberships, schema groups and model roles added and removed.
struct AuditComparison {
    AuditIdentity older;
    AuditIdentity newer;
    QList<AuditDifference> differences; ///< rights first in file order, then the sections
    QString error;                      ///< a file could not be read to its end: why

    bool ok() const { return error.isEmpty(); }
    bool equal() const { return ok() && differences.isEmpty(); }
    /// How many differences of \a kind gained (or lost).
    int count(AuditDifference::Kind kind, bool gained) const;

    /// Null when the two audits are of the same database; else a message naming both (server:
    /// system identifiers differ; database: names differ). Unknown identifiers are not compared.
    static QString otherDatabase(const AuditIdentity &older, const AuditIdentity &newer);
    /// Compares two opened readers by one merge of their rights, in constant memory beyond the
    /// differences. Polls \a cancelled every few thousand rights.
    static AuditComparison compare(SavedAuditReader &older, SavedAuditReader &newer,
                                   const std::atomic_bool *cancelled = nullptr);

    /// The comparison as JSON: both identities, "equal", the differences and counts.
    QJsonObject toJson() const;
    /// \a differences as CSV (RFC 4180): kind,change,role,object_type,object_schema,object_name,
    /// privilege,grantable,via,item,detail.
    static QString csv(const QList<AuditDifference> &differences);
};

} // namespace roledesk
