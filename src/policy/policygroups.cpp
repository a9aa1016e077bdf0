#include "policy/policygroups.h"

#include <QCoreApplication>

#include <algorithm>

namespace roledesk::policygroups {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roledesk::Planner", text);
}

QString prefixed(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

/// True when \a scope governs group \a g: a schema's groups with their schema, the database-wide
/// ones (admin, SPM) with the database or every schema.
bool covers(const PolicyScope &scope, const SchemaGroup &g)
{
    return g.schema.isEmpty() ? scope.database || scope.allSchemas : scope.coversSchema(g.schema);
}

const SchemaGroup *findGroup(const Snapshot &s, const QString &name)
{
    for (const SchemaGroup &g : s.groups.groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

/// The direct members of \a g, by name, but the model's own groups (slpm_ce nests them: a higher
/// level is a member of the lower ones), which are the model's structure and never governed.
QStringList directMembers(const Snapshot &s, const SchemaGroup &g)
{
    QStringList out;
    for (const Membership &m : s.memberships) {
        if (m.group == g.role && !m.implicit && s.roleIndex(m.member) >= 0 && !s.groups.groupOfRole(m.member))
            out << s.roleName(m.member);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

bool isGroupRole(const Snapshot &snapshot, Oid oid)
{
    return snapshot.groups.groupOfRole(oid) != nullptr;
}

bool isGroupRole(const Snapshot &snapshot, const DesiredState &desired, const QString &name)
{
    if (findGroup(snapshot, name))
        return true;
    if (!desired.schemaGroups)
        return false;
    return std::any_of(desired.schemaGroups->groups.begin(), desired.schemaGroups->groups.end(),
                       [&](const DesiredGroupMembers &g) { return g.group == name; });
}

std::optional<DesiredSchemaGroups> fromSnapshot(const Snapshot &s, const PolicyScope &scope)
{
    if (!s.groups.enabled())
        return std::nullopt;
    DesiredSchemaGroups out;
    out.model = s.groups.model;
    for (const SchemaGroup &g : s.groups.groups) {
        if (!covers(scope, g))
            continue;
        DesiredGroupMembers d;
        d.group = g.name;
        for (const QString &m : directMembers(s, g)) {
            if (scope.coversRole(m))
                d.members << m;
        }
        out.groups << d;
    }
    // By name, as PolicyFile reads them back.
    std::sort(out.groups.begin(), out.groups.end(),
              [](const DesiredGroupMembers &a, const DesiredGroupMembers &b) { return a.group < b.group; });
    return out;
}

QStringList validate(const DesiredSchemaGroups &groups, const PolicyScope &scope)
{
    QStringList errors;
    if (groups.model == GroupModel::Standard && !groups.groups.isEmpty())
        errors << prefixed(groups.where, tr("model standard has no groups to list members of"));
    QSet<QString> seen;
    for (const DesiredGroupMembers &g : groups.groups) {
        const QString where = g.where.isEmpty() ? groups.where : g.where;
        if (g.group.isEmpty()) {
            errors << prefixed(where, tr("a schema group without a name"));
            continue;
        }
        if (seen.contains(g.group))
            errors << prefixed(where, tr("group %1 is listed twice").arg(g.group));
        seen.insert(g.group);
        QSet<QString> members;
        for (const QString &m : g.members) {
            if (m.isEmpty() || m == u"PUBLIC")
                errors << prefixed(where, tr("group %1: a member needs a role name").arg(g.group));
            else if (members.contains(m))
                errors << prefixed(where, tr("group %1 lists %2 twice").arg(g.group, m));
            else if (schemagroups::isReservedUserName(m))
                errors << prefixed(where, tr("group %1: the user name %2 is reserved (names must not end in admin, "
                                             "developer, writer, viewer or all_users)").arg(g.group, m));
            else if (!scope.coversRole(m))
                errors << prefixed(where, tr("group %1: member %2 is outside the scope").arg(g.group, m));
            members.insert(m);
        }
    }
    return errors;
}

GroupPlan plan(const DesiredState &desired, const Snapshot &s, const QSet<QString> &dropped)
{
    GroupPlan out;
    if (!desired.schemaGroups)
        return out;
    const DesiredSchemaGroups &want = *desired.schemaGroups;
    const auto drift = [&](Drift::Kind kind, const QString &role, const QString &message) {
        Drift d;
        d.kind = kind;
        d.role = role;
        d.message = message;
        for (int i = 0; i < s.roles.size() && !role.isEmpty(); ++i) {
            if (s.roles.at(i).name == role)
                d.roleIndex = i;
        }
        out.drift << d;
    };
    if (s.groups.model != want.model) {
        // Enabling or disabling a model is no plan change: it runs alone, in batches, as a superuser.
        drift(Drift::Kind::Different, {},
              tr("database %1 is in the %2 model, the file wants %3 (not changed by plan or apply: run "
                 "roledesk-cli groups enable, migrate or disable)")
                  .arg(s.database, schemagroups::modelName(s.groups.model), schemagroups::modelName(want.model)));
        return out;
    }
    for (const DesiredGroupMembers &g : want.groups) {
        const QString where = g.where.isEmpty() ? want.where : g.where;
        const SchemaGroup *group = findGroup(s, g.group);
        if (!group) {
            drift(Drift::Kind::Missing, {},
                  tr("group %1 does not exist in database %2 (a schema without groups? run roledesk-cli groups "
                     "migrate); its members are not planned")
                      .arg(g.group, s.database));
            continue;
        }
        const QStringList have = directMembers(s, *group);
        for (const QString &m : g.members) {
            if (have.contains(m))
                continue;
            out.required << std::pair{m, where};
            out.changes << SchemaGroupCall{SchemaGroupCall::Kind::Grant, want.model, g.group, m, {}, {}};
            drift(Drift::Kind::Missing, m, tr("%1 is not a member of group %2").arg(m, g.group));
        }
        for (const QString &m : have) {
            if (g.members.contains(m) || dropped.contains(m) || !desired.scope.coversRole(m))
                continue;
            out.changes << SchemaGroupCall{SchemaGroupCall::Kind::Revoke, want.model, g.group, m, {}, {}};
            drift(Drift::Kind::Extra, m, tr("%1 is a member of group %2 beyond the file").arg(m, g.group));
        }
    }
    return out;
}

} // namespace roledesk::policygroups
