#include "platform/platformevaluation.h"

#include <QSet>

#include <algorithm>

namespace roledesk {

namespace {

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

/// One person as the evaluation sees them: the file's entry merged with the directory's.
struct Person {
    QString id;
    QString provider;
    bool machine = false;
    QStringList groups;   ///< direct groups
};

/// Everyone considered, file order first, then the directory's people the file does not list.
QList<Person> mergePeople(const PlatformFile &file, const Directory *directory)
{
    QList<Person> people;
    QHash<QString, qsizetype> at;
    for (const PlatformPerson &p : file.people) {
        at.insert(p.id, people.size());
        people << Person{p.id, p.provider, p.kind == PlatformPerson::Kind::Machine, p.groups};
    }
    if (!directory)
        return people;
    for (const DirectoryPerson &d : directory->people) {
        auto it = at.constFind(d.id);
        if (it == at.cend()) {
            it = at.insert(d.id, people.size());
            people << Person{d.id, directory->provider, d.machine, {}};
        }
        Person &p = people[*it];
        if (p.provider.isEmpty())
            p.provider = directory->provider;
        p.machine = p.machine || d.machine;
        for (const QString &g : d.groups)
            if (!p.groups.contains(g))
                p.groups << g;
    }
    return people;
}

} // namespace

PlatformEvaluation PlatformEvaluation::evaluate(const PlatformDefinition &definition, const PlatformFile &file,
                                                const Directory *directory)
{
    PlatformEvaluation e;
    e.m_definition = &definition;
    for (const PlatformRole &r : definition.roles)
        e.m_permissionsByRole.insert(r.id, definition.permissionsOf(r.id));

    const QList<Person> people = mergePeople(file, directory);
    // One directory for the group walk: the directory's nesting, everyone's direct groups.
    Directory merged;
    if (directory)
        merged.groups = directory->groups;
    for (const Person &p : people) {
        e.m_people << p.id;
        merged.people << DirectoryPerson{p.id, {}, {}, p.machine, p.groups};
    }
    const QHash<QString, QList<GroupPath>> effective = merged.effectiveGroups();
    e.m_problems << merged.warnings;
    // Where the platform retrieves groups from the identity provider, it lets nobody without a
    // group sign in (machine users sign in with keys, not through it): their roles are moot.
    if (directory && !directory->provider.isEmpty())
        for (const Person &p : people)
            if (!p.machine && p.provider == directory->provider && p.groups.isEmpty())
                e.m_problems << tr("%1 is in no group of %2: the platform lets nobody without a group sign in "
                                   "when it retrieves groups").arg(p.id, directory->provider);

    // Indexes, so that a rule looks only at the people of its smallest condition; groups only
    // as far as rules name them (a person is in far more groups than rules ask about).
    QSet<QString> ruleGroups;
    for (const PlatformRule &r : file.rules)
        for (const PlatformCondition &c : r.conditions)
            if (c.kind == PlatformCondition::Kind::Group)
                ruleGroups.insert(c.value);
    struct Members {
        QList<qsizetype> people;
        QHash<qsizetype, const GroupPath *> path;   // person → how they are in the group
    };
    QHash<QString, qsizetype> personAt;
    QHash<QString, QList<qsizetype>> byProvider;
    QHash<QString, Members> byGroup;
    for (qsizetype i = 0; i < people.size(); ++i) {
        personAt.insert(people.at(i).id, i);
        byProvider[people.at(i).provider] << i;
        const auto paths = effective.constFind(people.at(i).id);
        if (paths == effective.cend())
            continue;
        for (const GroupPath &path : *paths) {
            if (!ruleGroups.contains(path.group))
                continue;
            Members &m = byGroup[path.group];
            m.people << i;
            m.path.insert(i, &path);
        }
    }
    auto grant = [&e](PlatformRoleGrant g) {
        e.m_grantsByPerson[g.person] << int(e.m_grants.size());
        e.m_grants << std::move(g);
    };

    for (const PlatformAssignment &a : file.assignments) {
        const PlatformRole *role = definition.role(a.role);
        const auto at = personAt.constFind(a.person);
        if (at == personAt.cend()) {
            e.m_problems << tr("assignment of %1 to %2: nobody has the id %2").arg(role ? role->name : a.role, a.person);
            continue;
        }
        if (role && role->machineUsersOnly && !people.at(*at).machine) {
            e.m_problems << tr("assignment of %1 to %2: only machine users may hold it, and %2 is human").arg(role->name, a.person);
            continue;
        }
        grant({a.person, a.role, a.project, PlatformRoleGrant::Source::Manual, {}, {}});
    }

    for (const PlatformRule &r : file.rules) {
        // The candidates: the members of the rule's least populated condition.
        const QList<qsizetype> *smallest = nullptr;
        bool empty = false;
        for (const PlatformCondition &c : r.conditions) {
            if (c.kind == PlatformCondition::Kind::Provider) {
                const auto it = byProvider.constFind(c.value);
                if (it == byProvider.cend())
                    empty = true;
                else if (!smallest || it->size() < smallest->size())
                    smallest = &*it;
            } else if (!byGroup.contains(c.value)) {
                e.m_problems << tr("rule %1: nobody is in group %2").arg(quoted(r.name), quoted(c.value));
                empty = true;
            }
        }
        if (empty || r.conditions.isEmpty())
            continue;
        for (const PlatformCondition &c : r.conditions) {
            if (c.kind != PlatformCondition::Kind::Group)
                continue;
            const Members &members = byGroup[c.value];
            if (!smallest || members.people.size() < smallest->size())
                smallest = &members.people;
        }
        for (const qsizetype i : *smallest) {
            const Person &p = people.at(i);
            QStringList groupPath;
            bool matches = true;
            for (const PlatformCondition &c : r.conditions) {
                if (c.kind == PlatformCondition::Kind::Provider) {
                    matches = p.provider == c.value;
                } else {
                    const GroupPath *path = byGroup[c.value].path.value(i);
                    matches = path != nullptr;
                    if (matches && groupPath.isEmpty())   // the first group condition's path explains the match
                        groupPath = path->via;
                }
                if (!matches)
                    break;
            }
            if (!matches)
                continue;
            for (const QString &roleId : r.roles) {
                const PlatformRole *role = definition.role(roleId);
                if (role && role->machineUsersOnly && !p.machine) {
                    e.m_problems << tr("rule %1 matches %2, but only machine users may hold %3: not given")
                                        .arg(quoted(r.name), p.id, role->name);
                    continue;
                }
                grant({p.id, roleId, r.project, PlatformRoleGrant::Source::Rule, r.name, groupPath});
            }
        }
    }
    return e;
}

QList<PlatformRoleGrant> PlatformEvaluation::rolesOf(const QString &person) const
{
    QList<PlatformRoleGrant> grants;
    for (const int i : m_grantsByPerson.value(person))
        grants << m_grants.at(i);
    return grants;
}

QList<PlatformPermissionGrant> PlatformEvaluation::permissionsOf(const QString &person) const
{
    QList<PlatformPermissionGrant> result;
    if (!m_definition)
        return result;
    const QList<int> grants = m_grantsByPerson.value(person);
    for (const PlatformPermission &p : m_definition->permissions)   // matrix order, then grant order
        for (const int i : grants)
            if (m_permissionsByRole.value(m_grants.at(i).role).contains(p.id))
                result << PlatformPermissionGrant{person, p.id, m_grants.at(i).project, m_grants.at(i)};
    return result;
}

QList<PlatformPermissionGrant> PlatformEvaluation::whoCan(const QString &permission, const QString &project) const
{
    QList<PlatformPermissionGrant> result;
    for (const QString &person : m_people)
        for (const int i : grantsFor(person, permission, project, project.isEmpty()))
            result << PlatformPermissionGrant{person, permission, m_grants.at(i).project, m_grants.at(i)};
    return result;
}

bool PlatformEvaluation::can(const QString &person, const QString &permission, const QString &project) const
{
    return !grantsFor(person, permission, project, false).isEmpty();
}

QList<int> PlatformEvaluation::grantsFor(const QString &person, const QString &permission, const QString &project,
                                         bool anyProject) const
{
    QList<int> found;
    for (const int i : m_grantsByPerson.value(person)) {
        const PlatformRoleGrant &g = m_grants.at(i);
        if ((g.project.isEmpty() || g.project == project || anyProject)
            && m_permissionsByRole.value(g.role).contains(permission))
            found << i;
    }
    return found;
}

} // namespace roledesk
