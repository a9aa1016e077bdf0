// PlatformEvaluation's answers to "may this person make that edit?", decided by the permission
// the definition names for each PlatformAction.
#include "platform/platformevaluation.h"


namespace roledesk {

namespace {

bool isProjectAction(PlatformAction action)
{
    return action == PlatformAction::AssignProjectRoles || action == PlatformAction::EditProjectRules;
}

/// "edit rules of project ml": the action as a sentence's object.
QString actionText(PlatformAction action, const QString &project)
{
    switch (action) {
    case PlatformAction::AssignOrganizationRoles: return PlatformEvaluation::tr("assign organization roles");
    case PlatformAction::AssignProjectRoles: return PlatformEvaluation::tr("assign roles in project %1").arg(project);
    case PlatformAction::EditOrganizationRules: return PlatformEvaluation::tr("edit organization rules");
    case PlatformAction::EditProjectRules: return PlatformEvaluation::tr("edit rules of project %1").arg(project);
    case PlatformAction::ManageUsers: return PlatformEvaluation::tr("manage users");
    case PlatformAction::CreateProjects: return PlatformEvaluation::tr("create projects");
    case PlatformAction::UpdateDeleteProjects: return PlatformEvaluation::tr("update and delete projects");
    case PlatformAction::ManageIdentityProviders: return PlatformEvaluation::tr("manage identity provider integrations");
    }
    return {};
}

/// One edit of a platform file and the action it needs.
struct Change {
    PlatformAction action;
    QString project;
    QString what;   ///< translated: "add the assignment of Project Owner in ml to bob"
};

bool sameDirectory(const PlatformDirectorySource &a, const PlatformDirectorySource &b)
{
    return a.kind == b.kind && a.provider == b.provider && a.url == b.url && a.startTls == b.startTls
        && a.caFile == b.caFile && a.bindDn == b.bindDn && a.baseDn == b.baseDn && a.userFilter == b.userFilter
        && a.groupFilter == b.groupFilter && a.machineFilter == b.machineFilter
        && a.memberAttribute == b.memberAttribute && a.importPath == b.importPath;
}

bool samePerson(const PlatformPerson &a, const PlatformPerson &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.provider == b.provider && a.groups == b.groups;
}

QString key(const PlatformAssignment &a)
{
    return a.person + u'\x1f' + a.role + u'\x1f' + a.project;
}

QString key(const PlatformRule &r)
{
    return r.project + u'\x1f' + r.name;
}

/// Each item of \a list by its key (people by id), for comparing two versions of a big file.
template <typename T, typename Key>
QHash<QString, const T *> byKey(const QList<T> &list, Key keyOf)
{
    QHash<QString, const T *> index;
    index.reserve(list.size());
    for (const T &item : list)
        index.insert(keyOf(item), &item);
    return index;
}

} // namespace

QString PlatformEvaluation::describe(const PlatformRoleGrant &grant) const
{
    const PlatformRole *role = m_definition ? m_definition->role(grant.role) : nullptr;
    const QString name = role ? role->name : grant.role;
    const QString held = grant.project.isEmpty() ? name : tr("%1 of %2").arg(name, grant.project);
    if (grant.source == PlatformRoleGrant::Source::Manual)
        return tr("%1 (manual)").arg(held);
    if (grant.groupPath.isEmpty())
        return tr("%1 (rule \"%2\")").arg(held, grant.rule);
    return tr("%1 (rule \"%2\", through group %3)").arg(held, grant.rule, grant.groupPath.join(QStringLiteral(" → ")));
}

PlatformVerdict PlatformEvaluation::mayPerform(const QString &person, PlatformAction action, const QString &project) const
{
    PlatformVerdict v;
    const QString scope = isProjectAction(action) ? project : QString();
    const QString what = actionText(action, scope);
    v.permission = m_definition ? m_definition->permissionFor(action) : QString();
    if (v.permission.isEmpty()) {
        v.explanation = tr("%1 may not %2: the platform definition names no permission for it").arg(person, what);
        return v;
    }
    if (isProjectAction(action) && project.isEmpty()) {
        v.explanation = tr("%1 may not %2: no project given").arg(person, what);
        return v;
    }
    const PlatformPermission *permission = m_definition->permission(v.permission);
    const QString permissionName = permission ? permission->name : v.permission;
    for (const int i : grantsFor(person, v.permission, scope, false))
        v.through << m_grants.at(i);
    v.allowed = !v.through.isEmpty();
    if (v.allowed) {
        QStringList reasons;
        for (const PlatformRoleGrant &g : v.through)
            reasons << describe(g);
        v.explanation = tr("%1 may %2: %3").arg(person, what, reasons.join(QStringLiteral("; ")));
    } else {
        QStringList holders;
        for (const QString &roleId : permission ? permission->holders : QStringList())
            if (const PlatformRole *r = m_definition->role(roleId))
                holders << r->name;
        v.explanation = tr("%1 may not %2: that needs \"%3\", which %4 hold, and %1 holds none of them %5")
                            .arg(person, what, permissionName, holders.join(QStringLiteral(", ")),
                                 scope.isEmpty() ? tr("organization-wide") : tr("in %1 or organization-wide").arg(scope));
    }
    return v;
}

PlatformVerdict PlatformEvaluation::mayChange(const QString &person, const PlatformFile &before, const PlatformFile &after) const
{
    QList<Change> changes;
    auto roleName = [this](const QString &id) {
        const PlatformRole *r = m_definition ? m_definition->role(id) : nullptr;
        return r ? r->name : id;
    };
    auto assignment = [&](const PlatformAssignment &a, bool added) {
        const QString text = a.project.isEmpty()
            ? (added ? tr("add the assignment of %1 to %2") : tr("remove the assignment of %1 to %2")).arg(roleName(a.role), a.person)
            : (added ? tr("add the assignment of %1 in %2 to %3") : tr("remove the assignment of %1 in %2 to %3"))
                  .arg(roleName(a.role), a.project, a.person);
        changes << Change{a.project.isEmpty() ? PlatformAction::AssignOrganizationRoles : PlatformAction::AssignProjectRoles,
                          a.project, text};
    };
    const auto keyOfAssignment = [](const PlatformAssignment &a) { return key(a); };
    const auto assignmentsBefore = byKey(before.assignments, keyOfAssignment);
    const auto assignmentsAfter = byKey(after.assignments, keyOfAssignment);
    for (const PlatformAssignment &a : before.assignments)
        if (!assignmentsAfter.contains(key(a)))
            assignment(a, false);
    for (const PlatformAssignment &a : after.assignments)
        if (!assignmentsBefore.contains(key(a)))
            assignment(a, true);

    auto rule = [&](const PlatformRule &r, const QString &verb) {
        changes << Change{r.project.isEmpty() ? PlatformAction::EditOrganizationRules : PlatformAction::EditProjectRules,
                          r.project, tr("%1 rule \"%2\"").arg(verb, r.name)};
    };
    const auto keyOfRule = [](const PlatformRule &r) { return key(r); };
    const auto rulesBefore = byKey(before.rules, keyOfRule);
    const auto rulesAfter = byKey(after.rules, keyOfRule);
    for (const PlatformRule &r : before.rules) {
        const PlatformRule *now = rulesAfter.value(key(r));
        if (!now)
            rule(r, tr("delete"));
        else if (!(*now == r))
            rule(r, tr("change"));
    }
    for (const PlatformRule &r : after.rules)
        if (!rulesBefore.contains(key(r)))
            rule(r, tr("create"));

    const auto idOf = [](const PlatformPerson &p) { return p.id; };
    const auto peopleBefore = byKey(before.people, idOf);
    const auto peopleAfter = byKey(after.people, idOf);
    for (const PlatformPerson &p : before.people) {
        const PlatformPerson *now = peopleAfter.value(p.id);
        if (!now)
            changes << Change{PlatformAction::ManageUsers, {}, tr("remove person %1").arg(p.id)};
        else if (!samePerson(p, *now))
            changes << Change{PlatformAction::ManageUsers, {}, tr("change person %1").arg(p.id)};
    }
    for (const PlatformPerson &p : after.people)
        if (!peopleBefore.contains(p.id))
            changes << Change{PlatformAction::ManageUsers, {}, tr("add person %1").arg(p.id)};

    // Projects by name: a renamed project is one removed and one created.
    for (const QString &project : before.projects)
        if (!after.projects.contains(project))
            changes << Change{PlatformAction::UpdateDeleteProjects, {}, tr("remove project %1").arg(project)};
    for (const QString &project : after.projects)
        if (!before.projects.contains(project))
            changes << Change{PlatformAction::CreateProjects, {}, tr("create project %1").arg(project)};
    if (!sameDirectory(before.directory, after.directory))
        changes << Change{PlatformAction::ManageIdentityProviders, {}, tr("change the directory settings")};

    PlatformVerdict v;
    v.allowed = true;
    if (changes.isEmpty()) {
        v.explanation = tr("nothing to check: no assignment, rule, person, project or directory setting changed");
        return v;
    }
    QStringList allowedLines, refusedLines;
    for (const Change &c : changes) {
        const PlatformVerdict one = mayPerform(person, c.action, c.project);
        if (v.permission.isEmpty() || (v.allowed && !one.allowed))
            v.permission = one.permission;   // the first refused change's, or the first change's
        v.allowed = v.allowed && one.allowed;
        (one.allowed ? allowedLines : refusedLines) << tr("%1: %2").arg(c.what, one.explanation);
        for (const PlatformRoleGrant &g : one.through)
            if (!v.through.contains(g))
                v.through << g;
    }
    if (!v.allowed)
        v.through.clear();   // grants that allow part of an edit do not allow it
    v.explanation = v.allowed ? allowedLines.join(u'\n')
                              : tr("refused, %n change(s) not allowed:", nullptr, int(refusedLines.size())) + u'\n'
                                    + refusedLines.join(u'\n');
    return v;
}

} // namespace roledesk
