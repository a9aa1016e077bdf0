#include "privileges/impactchanges.h"

#include "privileges/impact.h"

#include <algorithm>

namespace roledesk {

namespace {

/// The schema pgx_inference_ce creates and pgx_grant_model_role grants USAGE on.
const QString &modelSchema()
{
    static const QString name = QStringLiteral("pgx_inference");
    return name;
}

bool hasRole(const Snapshot &snapshot, const QString &name)
{
    return std::any_of(snapshot.roles.cbegin(), snapshot.roles.cend(), [&](const Role &r) { return r.name == name; });
}

/// The schema's index in \a snapshot's objects, or -1.
int modelSchemaObject(const Snapshot &snapshot)
{
    for (int i = 0; i < snapshot.objects.size(); ++i) {
        const CatalogObject &o = snapshot.objects.at(i);
        if (o.kind == ObjectKind::Schema && o.name == modelSchema())
            return i;
    }
    return -1;
}

} // namespace

QString modelRoleNotAssessed(const Snapshot &snapshot, const ModelRoleChange &change)
{
    switch (snapshot.models.flavour) {
    case ModelState::Flavour::Vendor:
        return ImpactText::tr("model role %1: pgx_inference keeps model roles outside the database's roles, "
                              "so what it gives is not assessed")
            .arg(ModelCatalog::roleName(change.kind));
    case ModelState::Flavour::None:
        // The group roles are cluster-wide and may be here without the functions that grant them.
        return ImpactText::tr("model role %1: no model extension in this database (the call would fail)")
            .arg(ModelCatalog::roleName(change.kind));
    case ModelState::Flavour::Community: break;
    }
    const QString group = ModelCatalog::groupRoleName(change.kind);
    if (!hasRole(snapshot, group))
        return ImpactText::tr("model role %1: its group role %2 is not in the snapshot, so what it gives is not assessed")
            .arg(ModelCatalog::roleName(change.kind), group);
    return {};
}

EngineChanges engineChanges(const Snapshot &snapshot, const QList<Change> &plan)
{
    EngineChanges out;
    out.changes.reserve(plan.size());
    out.plan.reserve(plan.size());
    // Looked up once, and only for a plan that has model roles (the rest never needs them).
    int schema = -2;
    bool assessable[2] = {false, false};
    for (int i = 0; i < plan.size(); ++i) {
        const Change &change = plan.at(i);
        if (const auto *g = std::get_if<SchemaGroupCall>(&change); g && !g->group.isEmpty()) {
            if (g->kind == SchemaGroupCall::Kind::Grant) {
                out.changes << GrantMembership{g->group, g->user, false};
                out.plan << i;
                continue;
            }
            if (g->kind == SchemaGroupCall::Kind::Revoke) {
                out.changes << RevokeMembership{g->group, g->user, false};
                out.plan << i;
                continue;
            }
        }
        if (const auto *m = std::get_if<ModelRoleChange>(&change)) {
            if (schema == -2) {
                schema = modelSchemaObject(snapshot);
                for (ModelRole kind : {ModelRole::ModelOwner, ModelRole::SystemAdministrator})
                    assessable[int(kind)] = modelRoleNotAssessed(snapshot, ModelRoleChange{{}, kind, true}).isEmpty();
            }
            if (assessable[int(m->kind)]) {
                const QString group = ModelCatalog::groupRoleName(m->kind);
                if (!m->grant) {
                    out.changes << RevokeMembership{group, m->role, false};
                    out.plan << i;
                    continue;
                }
                // The function grants the membership only when it is not there yet, as the
                // engine does with a membership that exists.
                out.changes << GrantMembership{group, m->role, false};
                out.plan << i;
                if (schema >= 0) {
                    out.changes << GrantPrivileges{ObjectRef::fromSnapshot(snapshot, schema), m->role, Privilege::Usage, false};
                    out.plan << i;
                }
                continue;
            }
        }
        out.changes << change;
        out.plan << i;
    }
    return out;
}

} // namespace roledesk
