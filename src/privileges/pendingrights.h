#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QList>

#include <memory>

namespace roledesk {

/// The rights a pending plan would leave behind: a copy of \a before's snapshot with the plan's
/// privilege grants and revokes (a table's REVOKE takes the grantee's column grants too),
/// membership grants and revokes, and SUPERUSER / INHERIT changes applied, run through the same
/// EffectiveRights engine. Roles and objects keep their indexes, so a cell before and after the
/// plan compare directly. Changes the snapshot cannot show (new or dropped roles, default
/// privileges, model roles) are left out.
std::shared_ptr<const EffectiveRights> rightsAfterPlan(const EffectiveRights &before, const QList<Change> &changes);

/// True when \a change grants or revokes privileges of \a grantee (empty: PUBLIC) on object
/// \a object of \a snapshot itself (not through its table or a group).
bool changeActsOnCell(const Change &change, const Snapshot &snapshot, const QString &grantee, int object);

} // namespace roledesk
