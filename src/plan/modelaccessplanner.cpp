#include "plan/modelaccessplanner.h"

#include "plan/objectref.h"

namespace roledesk {

namespace {

using Kind = ModelAccessColumn::Kind;

bool isRoleColumn(Kind kind)
{
    return kind == Kind::ModelOwner || kind == Kind::SystemAdministrator;
}

ModelRole modelRoleOf(Kind kind)
{
    return kind == Kind::SystemAdministrator ? ModelRole::SystemAdministrator : ModelRole::ModelOwner;
}

// The one privilege a pending grant or revoke must carry alone for its inverse to undo just this cell.
bool onlyPrivilege(const Change &change, Privilege p)
{
    if (const auto *g = std::get_if<GrantPrivileges>(&change))
        return g->privileges == Privileges(p) && !g->withGrantOption;
    if (const auto *r = std::get_if<RevokePrivileges>(&change))
        return r->privileges == Privileges(p);
    return true;
}

} // namespace

std::optional<RightSource> ModelAccessCell::source() const
{
    if (!applicable)
        return std::nullopt;
    if (superuser)
        return RightSource::Superuser;
    if (owner)
        return RightSource::Owner;
    if (!known)
        return std::nullopt;
    if (direct)
        return RightSource::Direct;
    if (inherited)
        return RightSource::Inherited;
    if (predefined)
        return RightSource::Predefined;
    if (fromPublic)
        return RightSource::Public;
    return std::nullopt;
}

ModelAccessPlanner::ModelAccessPlanner(std::shared_ptr<const EffectiveRights> rights)
    : m_rights(std::move(rights))
{
    if (!m_rights)
        return;
    m_edits = std::make_unique<EditPlanner>(m_rights);
    const Snapshot &s = snapshot();
    for (int i = 0; i < s.roles.size(); ++i)
        m_roleByName.insert(s.roles.at(i).name, i);
    if (s.models.flavour == ModelState::Flavour::None)
        return;

    const QString schema = QStringLiteral("pgx_inference");
    int schemaObject = -1;
    for (int i = 0; i < s.objects.size() && schemaObject < 0; ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.kind == ObjectKind::Schema && o.name == schema)
            schemaObject = i;
    }
    m_columns << ModelAccessColumn{Kind::ExtensionOwner} << ModelAccessColumn{Kind::ModelOwner}
              << ModelAccessColumn{Kind::SystemAdministrator} << ModelAccessColumn{Kind::SchemaUsage, -1, schemaObject};
    for (int m = 0; m < s.models.models.size(); ++m) {
        m_columns << ModelAccessColumn{Kind::UseModel, m, s.models.models.at(m).functionObject};
    }
    for (const ModelAccessColumn &c : std::as_const(m_columns))
        m_refs << (c.object >= 0 ? ObjectRef::fromSnapshot(s, c.object) : ObjectRef{});
}

int ModelAccessPlanner::columnOf(Kind kind) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).kind == kind)
            return i;
    return -1;
}

int ModelAccessPlanner::modelColumn(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).kind == Kind::UseModel && snapshot().models.models.at(m_columns.at(i).model).name == name)
            return i;
    return -1;
}

Privilege ModelAccessPlanner::privilegeOf(const ModelAccessColumn &c) const
{
    return c.kind == Kind::SchemaUsage ? Privilege::Usage : Privilege::Execute;
}

ModelAccessCell ModelAccessPlanner::cell(int role, int column) const
{
    ModelAccessCell c;
    if (!m_rights || column < 0 || column >= m_columns.size() || role >= snapshot().roles.size()) {
        c.applicable = false;
        return c;
    }
    const Snapshot &s = snapshot();
    const ModelAccessColumn &col = m_columns.at(column);
    const Role *r = role >= 0 ? &s.roles.at(role) : nullptr;
    if (col.kind == Kind::ExtensionOwner || isRoleColumn(col.kind)) {
        if (!r) { // the model roles and the extension's ownership go to roles, never to PUBLIC
            c.applicable = false;
            return c;
        }
        // The extension owner and superusers may do everything either model role allows.
        c.owner = !s.models.extensionOwner.isEmpty() && r->name == s.models.extensionOwner;
        c.superuser = r->superuser;
        if (col.kind == Kind::ExtensionOwner)
            return c;
        c.known = s.models.rolesKnown;
        const ModelRole kind = modelRoleOf(col.kind);
        bool inheritedByServer = false;
        for (const ModelRoleGrant &g : s.models.roles) {
            if (g.kind != kind)
                continue;
            const int holder = s.roleIndex(g.roleOid);
            if (holder == role) {
                c.direct = c.direct || g.direct;
                inheritedByServer = inheritedByServer || !g.direct;
            } else if (g.direct && holder >= 0 && !c.inherited && !r->superuser
                       && m_rights->hasPrivilegesOf(role, holder)) {
                // pgx_inference_ce asks pg_has_role(who, 'pgx_model_owner', 'USAGE'): through the
                // member of the group role that the role inherits from, which the path names.
                c.inherited = true;
                c.via = m_rights->membershipPath(role, holder);
            }
        }
        if (inheritedByServer && !c.inherited && !r->superuser) {
            // The server says so (as pg_has_role) where the snapshot finds no path to a member.
            c.inherited = true;
            if (const int group = roleIndex(ModelCatalog::groupRoleName(kind)); group >= 0)
                c.via = m_rights->membershipPath(role, group);
        }
        return c;
    }

    if (col.object < 0) { // the schema or the model's function is not in the snapshot
        c.applicable = false;
        return c;
    }
    const Privilege p = privilegeOf(col);
    const CatalogObject &o = s.objects.at(col.object);
    const Oid grantee = r ? r->oid : PublicOid;
    for (const AclEntry &e : o.acl) {
        if (!e.privileges.testFlag(p))
            continue;
        if (e.grantee == grantee && (!r || e.grantee != o.owner))
            c.direct = true; // the owner's own entry is ownership, not a grant
        if (e.grantee == PublicOid)
            c.fromPublic = true;
    }
    if (!r)
        return c;
    const CellRights rights = m_rights->cell(role, col.object);
    c.superuser = rights.superuser.testFlag(p);
    c.owner = rights.owner.testFlag(p);
    c.inherited = rights.inherited.testFlag(p);
    c.predefined = rights.predefined.testFlag(p);
    if (c.inherited) {
        for (const Lineage &l : m_rights->explain(role, col.object, p)) {
            if (l.source == RightSource::Inherited) {
                c.via = l.path;
                break;
            }
        }
    }
    return c;
}

bool ModelAccessPlanner::editable(int role, int column) const
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).kind == Kind::ExtensionOwner)
        return false;
    const ModelAccessCell c = cell(role, column);
    if (!c.applicable)
        return false;
    return c.direct || !(c.superuser || c.owner);
}

bool ModelAccessPlanner::touches(const Change &change, const QString &grantee, int column, bool *grant) const
{
    const ModelAccessColumn &col = m_columns.at(column);
    if (isRoleColumn(col.kind)) {
        const auto *m = std::get_if<ModelRoleChange>(&change);
        if (!m || m->role != grantee || m->kind != modelRoleOf(col.kind))
            return false;
        *grant = m->grant;
        return true;
    }
    if (col.kind == Kind::ExtensionOwner || col.object < 0)
        return false;
    const Privilege p = privilegeOf(col);
    if (const auto *g = std::get_if<GrantPrivileges>(&change);
        g && g->grantee == grantee && g->privileges.testFlag(p) && g->object == m_refs.at(column)) {
        *grant = true;
        return true;
    }
    if (const auto *r = std::get_if<RevokePrivileges>(&change); r && r->grantee == grantee && !r->grantOptionOnly
                                                                && r->privileges.testFlag(p) && r->object == m_refs.at(column)) {
        *grant = false;
        return true;
    }
    return false;
}

std::optional<bool> ModelAccessPlanner::pendingDirect(const QList<Change> &pending, const QString &grantee,
                                                      int column) const
{
    if (column < 0 || column >= m_columns.size())
        return std::nullopt;
    std::optional<bool> state;
    for (const Change &change : pending) {
        bool grant = false;
        if (touches(change, grantee, column, &grant))
            state = grant;
    }
    return state;
}

QList<ModelAccessPlanner::PendingCell> ModelAccessPlanner::cellsOf(const Change &change) const
{
    QString grantee;
    if (const auto *g = std::get_if<GrantPrivileges>(&change))
        grantee = g->grantee;
    else if (const auto *r = std::get_if<RevokePrivileges>(&change))
        grantee = r->grantee;
    else if (const auto *m = std::get_if<ModelRoleChange>(&change))
        grantee = m->role;
    else
        return {};
    QList<PendingCell> out;
    for (int i = 0; i < m_columns.size(); ++i) {
        bool grant = false;
        if (touches(change, grantee, i, &grant))
            out.push_back({grantee, i, grant});
    }
    return out;
}

void ModelAccessPlanner::explainApplier(const ModelAccessColumn &column, EditResult &result) const
{
    // Applying runs as the connected user: say up front when the server will refuse it.
    const Snapshot &s = snapshot();
    const int me = roleIndex(s.currentUser);
    if (me < 0 || s.roles.at(me).superuser)
        return;
    if (isRoleColumn(column.kind)) {
        if (s.currentUser != s.models.extensionOwner)
            result.notes << tr("Only the extension owner (%1) or a superuser may grant and revoke model roles; "
                               "applying as %2 will be refused.").arg(s.models.extensionOwner, s.currentUser);
        return;
    }
    if (column.object < 0 || m_rights->cell(me, column.object).grantable.testFlag(privilegeOf(column)))
        return;
    const CatalogObject &o = s.objects.at(column.object);
    result.notes << tr("%1 may not grant or revoke %2 on %3: that takes its owner (%4), the grant option or a "
                       "superuser; applying as %1 will not change it.")
                        .arg(s.currentUser, privilegeKeyword(privilegeOf(column)),
                             ObjectRef::fromSnapshot(s, column.object).toDisplay(), s.roleName(o.owner));
}

EditResult ModelAccessPlanner::toggle(const QString &grantee, int column, const QList<Change> &pending) const
{
    EditResult out;
    if (!m_rights || column < 0 || column >= m_columns.size())
        return out;
    const Snapshot &s = snapshot();
    const ModelAccessColumn &col = m_columns.at(column);
    const int role = grantee.isEmpty() ? -1 : roleIndex(grantee);
    if (!grantee.isEmpty() && role < 0) {
        out.notes << tr("There is no role named %1.").arg(grantee);
        return out;
    }
    const QString who = granteeDisplay(grantee);
    if (col.kind == Kind::ExtensionOwner) {
        out.notes << tr("The extension owner is the role that created the extension; every superuser counts as one "
                        "too. It is not granted: make the role a superuser, or have it own the extension.");
        return out;
    }
    const ModelAccessCell c = cell(role, column);
    if (!c.applicable) {
        out.notes << (isRoleColumn(col.kind) ? tr("Model roles are given to roles, not to PUBLIC.")
                      : col.kind == Kind::SchemaUsage
                          ? tr("Schema pgx_inference is not in the snapshot.")
                          : tr("The function of model %1 (%2) is missing; the model cannot be used by anyone.")
                                .arg(s.models.models.at(col.model).name, s.models.models.at(col.model).functionName));
        return out;
    }

    // A pending edit of this cell is undone by its inverse, which Plan::add cancels.
    const std::optional<bool> pend = pendingDirect(pending, grantee, column);
    if (pend) {
        QList<Change> inverses;
        bool all = true;
        for (const Change &p : pending) {
            bool grant = false;
            if (!touches(p, grantee, column, &grant))
                continue;
            const std::optional<Change> inverse = inverseOf(p);
            if (inverse && (isRoleColumn(col.kind) || onlyPrivilege(p, privilegeOf(col))))
                inverses << *inverse;
            else
                all = false;
        }
        if (all) {
            out.changes = inverses;
            return out;
        }
    }
    const bool directNow = pend.value_or(c.direct);

    QStringList sources;
    if (c.inherited && !c.via.isEmpty()) {
        QStringList names;
        for (Oid step : c.via)
            names << s.roleName(step);
        sources << tr("through %1").arg(names.join(QStringLiteral(" \u2192 ")));
    }
    if (c.predefined)
        sources << tr("through a predefined role");
    if (c.fromPublic && role >= 0)
        sources << tr("through PUBLIC");

    if (isRoleColumn(col.kind)) {
        const ModelRole kind = modelRoleOf(col.kind);
        const QString name = ModelCatalog::roleName(kind);
        if (directNow) {
            out.changes << ModelRoleChange{grantee, kind, false};
            if (!sources.isEmpty())
                out.notes << tr("%1 still holds %2 %3.").arg(who, name, sources.join(tr(", ")));
            if (c.superuser || c.owner)
                out.notes << tr("%1 keeps every right of %2 as %3.")
                                 .arg(who, name, c.superuser ? tr("a superuser") : tr("the extension owner"));
        } else {
            if (c.superuser || c.owner) {
                out.notes << tr("%1 may already do everything %2 allows, as %3; nothing to grant.")
                                 .arg(who, name, c.superuser ? tr("a superuser") : tr("the extension owner"));
                return out;
            }
            out.changes << ModelRoleChange{grantee, kind, true};
            if (!c.known)
                out.notes << tr("The holders of the model roles cannot be read here; %1 may hold %2 already.")
                                 .arg(who, name);
            else if (!sources.isEmpty())
                out.notes << tr("%1 already holds %2 %3; a direct grant keeps it if that goes.")
                                 .arg(who, name, sources.join(tr(", ")));
        }
        explainApplier(col, out);
        return out;
    }

    const Privilege p = privilegeOf(col);
    const ObjectRef &ref = m_refs.at(column);
    const QString what = col.kind == Kind::SchemaUsage ? tr("USAGE on schema pgx_inference")
                                                       : tr("the use of model %1").arg(s.models.models.at(col.model).name);
    if (directNow) {
        if (c.direct && !pend) {
            // Every grantor's grant goes (as that grantor), with the planner's notes on what stays.
            const EditResult r = m_edits->revoke(grantee, col.object, p, false);
            out.changes = r.changes;
            out.notes = r.notes;
            out.publicRevokes = r.publicRevokes;
        } else {
            out.changes << RevokePrivileges{ref, grantee, p, false, false, {}};
        }
        if (col.kind == Kind::SchemaUsage && role >= 0) {
            QStringList usable;
            for (int i = 0; i < m_columns.size(); ++i) {
                if (m_columns.at(i).kind != Kind::UseModel)
                    continue;
                const ModelAccessCell u = cell(role, i);
                if (u.direct || u.inherited || u.owner || u.fromPublic)
                    usable << s.models.models.at(m_columns.at(i).model).name;
            }
            if (!usable.isEmpty() && !(c.inherited || c.predefined || c.fromPublic))
                out.notes << tr("Without USAGE on schema pgx_inference, %1 cannot call the models it may use (%2).")
                                 .arg(who, usable.join(tr(", ")));
        }
    } else {
        if (c.superuser || c.owner) {
            out.notes << (c.superuser ? tr("%1 is a superuser and always has %2; nothing to grant.").arg(who, what)
                                      : tr("%1 owns %2 (or inherits its owner) and always has %3; nothing to grant.")
                                            .arg(who, ref.toDisplay(), what));
            return out;
        }
        out.changes << GrantPrivileges{ref, grantee, p, false};
        if (!sources.isEmpty())
            out.notes << tr("%1 already has %2 %3; a direct grant keeps it if that goes.")
                             .arg(who, what, sources.join(tr(", ")));
        const int usageColumn = columnOf(Kind::SchemaUsage);
        if (col.kind == Kind::UseModel && usageColumn >= 0 && m_columns.at(usageColumn).object >= 0) {
            // The model's function is out of reach without USAGE on its schema (the vendor's manual:
            // the extension owner grants it to model users). pgx_grant_model_role grants it too.
            const ModelAccessCell u = cell(role, usageColumn);
            bool usage = pendingDirect(pending, grantee, usageColumn).value_or(u.direct) || u.inherited || u.owner
                         || u.superuser || u.predefined || u.fromPublic;
            for (const Change &change : pending)
                if (const auto *m = std::get_if<ModelRoleChange>(&change); m && m->grant && m->role == grantee)
                    usage = true;
            if (!usage) {
                out.changes.prepend(GrantPrivileges{m_refs.at(usageColumn), grantee, Privilege::Usage, false});
                out.notes << tr("%1 also gets USAGE on schema pgx_inference, without which the model cannot be called.")
                                 .arg(who);
                explainApplier(m_columns.at(usageColumn), out);
            }
        }
    }
    explainApplier(col, out);
    return out;
}

} // namespace roledesk
