#pragma once

#include "catalog/snapshot.h"
#include "plan/change.h"

#include <QList>
#include <QString>

namespace roledesk {

/// A plan's changes as the effective-rights engine takes them. One plan change may stand for
/// several engine changes (a model role granted in pgx_inference_ce is a membership and a USAGE
/// grant), so each remembers the plan change it came from: footprints and notes stay the plan's.
struct EngineChanges {
    QList<Change> changes; ///< what rightsAfterPlan and the footprints see
    QList<int> plan;       ///< for each of them, the index of its change in the plan
};

/// Expands \a plan for the engine over \a snapshot:
/// - schema-group Grant / Revoke calls: the memberships the procedures make (GRANT group TO user);
/// - model-role changes, where pgx_inference_ce's functions decide them (see modelRoleNotAssessed):
///   pgx_grant_model_role is GRANT pgx_<role> TO user plus GRANT USAGE ON SCHEMA pgx_inference TO
///   user (when the schema is in the snapshot), pgx_revoke_model_role is REVOKE pgx_<role> FROM user;
/// - every other change as it is.
EngineChanges engineChanges(const Snapshot &snapshot, const QList<Change> &plan);

/// Why \a change cannot be assessed on \a snapshot (translated), or empty when it can: the model
/// roles are pgx_inference_ce's group roles only where that extension is installed and the group
/// role is in the snapshot; the vendor's pgx_inference keeps them outside PostgreSQL's roles.
QString modelRoleNotAssessed(const Snapshot &snapshot, const ModelRoleChange &change);

} // namespace roledesk
