#pragma once

#include "catalog/snapshot.h"
#include "policy/desiredstate.h"
#include "policy/planner.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace roledesk {

/// The schema_groups section of policy files (Hologres' SLPM / SPM groups, or slpm_ce's): read
/// from a snapshot, validated, and compared with one. Membership of a listed group changes only
/// through CALL slpm_grant / slpm_revoke (or spm_); the model itself is only reported.
namespace policygroups {

/// True when the snapshot's group roles (of the model in force, or left by a disabled one)
/// include role \a oid: while a file has a schema_groups section, its memberships are governed
/// there and never through member_of.
bool isGroupRole(const Snapshot &snapshot, Oid oid);
/// The same by name, also true for a group the file's section lists.
bool isGroupRole(const Snapshot &snapshot, const DesiredState &desired, const QString &name);

/// The section for \a snapshot within \a scope: the model in force and every group (of a schema
/// in scope; the admin and SPM groups when the scope covers the database or every schema) with its
/// direct members in scope, by name. std::nullopt when no model is enabled.
std::optional<DesiredSchemaGroups> fromSnapshot(const Snapshot &snapshot, const PolicyScope &scope);

/// Problems of \a groups (empty group names, a group listed twice, a member twice, reserved user
/// names, members outside \a scope), each prefixed with its where.
QStringList validate(const DesiredSchemaGroups &groups, const PolicyScope &scope);

/// What comparing the section with a snapshot found.
struct GroupPlan {
    QList<Change> changes;       ///< SchemaGroupCall Grant / Revoke
    QList<Drift> drift;
    QStringList warnings;
    QList<std::pair<QString, QString>> required; ///< (member, where) the changes need to exist
};

/// Compares \a desired.schemaGroups with \a actual: a model other than the file's is drift and
/// nothing else is planned; a listed group that does not exist is drift; a missing member is
/// granted, an extra direct member (in scope, not in \a dropped) revoked. Groups not listed are
/// left alone.
GroupPlan plan(const DesiredState &desired, const Snapshot &actual, const QSet<QString> &dropped);

} // namespace policygroups

} // namespace roledesk
