#pragma once

#include "catalog/snapshot.h"
#include "plan/plan.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace roledesk {

/// A change whose intent a snapshot taken after applying does not show.
struct PlanDifference {
    int change = -1;  ///< index of the change in the plan
    QString message;  ///< translated, for people
};

/// Checks that \a after (a snapshot read after applying \a plan) holds what each change meant,
/// at the level of the catalog: ACL entries, pg_auth_members rows, role attributes, default ACLs,
/// and the holders of the model roles where they can be read (pgx_inference_ce).
/// A revoke is checked for its grantee and grantor only: a role that still holds the right
/// through PUBLIC, a group or another grantor is not a difference (that is effective rights, not
/// the ACL). A REVOKE on a table also removes the grantee's column grants, and that is checked.
QList<PlanDifference> verifyPlan(const Plan &plan, const Snapshot &after);

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::PlanDifference)
