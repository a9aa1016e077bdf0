#include "lint/separationofduties.h"

#include "platform/platformdefinition.h"

namespace roledesk {

namespace {

QString chainText(const QStringList &chain)
{
    return chain.join(QStringLiteral(" > "));
}

QString who(const LintPerson &p)
{
    return p.person.isEmpty() ? p.logins.value(0).login : p.person;
}

class Checker {
public:
    Checker(const LintRules &rules, const LintFacts &facts, const PlatformDefinition *definition)
        : m_rules(rules), m_facts(facts), m_def(definition) {}

    QList<LintViolation> out;

    void run(const LintRule &rule)
    {
        for (const LintPerson &p : m_facts.people) {
            if (!p.person.isEmpty() && rule.except.contains(p.person))
                continue;
            switch (rule.condition) {
            case LintCondition::PlatformRoles: platformRoles(rule, p); break;
            case LintCondition::ModelRoles: modelRoles(rule, p); break;
            case LintCondition::UncoveredDatabase: uncovered(rule, p); break;
            case LintCondition::LoginAttribute:
            case LintCondition::DeveloperAndViewer:
            case LintCondition::RedundantGroups:
                for (const LintLogin &l : p.logins)
                    if (!rule.except.contains(l.login))
                        perLogin(rule, p, l);
                break;
            }
        }
    }

private:
    void add(const LintRule &rule, const LintPerson &p, const QString &login, const QString &message, const QStringList &path)
    {
        out << LintViolation{rule.name, rule.severity, m_facts.database, p.person, login, message, path};
    }
    QString loginLine(const LintLogin &l) const
    {
        return l.how.isEmpty() ? SeparationOfDuties::tr("login %1").arg(l.login)
                               : SeparationOfDuties::tr("login %1 (%2)").arg(l.login, l.how);
    }

    void platformRoles(const LintRule &rule, const LintPerson &p)
    {
        QStringList path;
        for (const LintPlatformRole &want : rule.platformRoles) {
            QStringList held;
            for (const PlatformRoleGrant &g : p.platformRoles)
                if (g.role == want.role && (want.project.isEmpty() || g.project == want.project))
                    held << SeparationOfDuties::describe(g, m_def);
            if (held.isEmpty())
                return;
            path << held;
        }
        add(rule, p, {}, SeparationOfDuties::tr("%1 holds platform roles that should be held apart").arg(who(p)), path);
    }

    void modelRoles(const LintRule &rule, const LintPerson &p)
    {
        QStringList path;
        QStringList logins;
        for (const QString &want : rule.modelRoles) {
            QStringList held;
            for (const LintLogin &l : p.logins)
                for (const LintModelRole &m : l.modelRoles)
                    if (ModelCatalog::roleName(m.role) == want && !rule.except.contains(l.login)) {
                        held << SeparationOfDuties::tr("%1: %2").arg(want, chainText(m.chain));
                        if (!logins.contains(l.login))
                            logins << l.login;
                    }
            if (held.isEmpty())
                return;
            path << held;
        }
        add(rule, p, logins.size() == 1 ? logins.first() : QString(),
            SeparationOfDuties::tr("%1 holds the model roles %2").arg(who(p), rule.modelRoles.join(QStringLiteral(" + "))), path);
    }

    void uncovered(const LintRule &rule, const LintPerson &p)
    {
        // Only people: a login of nobody has no platform role to be covered by (superuser and
        // attribute rules report those).
        const QString project = m_rules.databaseProjects.value(m_facts.database);
        if (p.person.isEmpty() || project.isEmpty())
            return;
        for (const PlatformRoleGrant &g : p.platformRoles)
            if (g.project.isEmpty() || g.project == project)
                return;
        for (const LintLogin &l : p.logins) {
            if (l.someRight.isEmpty() || rule.except.contains(l.login))
                continue;
            QStringList path{loginLine(l), l.someRight,
                             SeparationOfDuties::tr("database %1 belongs to project %2").arg(m_facts.database, project)};
            QStringList roles;
            for (const PlatformRoleGrant &g : p.platformRoles)
                roles << SeparationOfDuties::describe(g, m_def);
            path << (roles.isEmpty() ? SeparationOfDuties::tr("%1 holds no platform role").arg(p.person)
                                     : SeparationOfDuties::tr("platform roles of %1: %2").arg(p.person, roles.join(QStringLiteral("; "))));
            add(rule, p, l.login,
                SeparationOfDuties::tr("%1 has rights in database %2, which no platform role of theirs covers (project %3)")
                    .arg(p.person, m_facts.database, project), path);
        }
    }

    void perLogin(const LintRule &rule, const LintPerson &p, const LintLogin &l)
    {
        if (rule.condition == LintCondition::LoginAttribute) {
            const bool su = rule.attribute == u"superuser";
            if (su ? !l.superuser : !l.createRole)
                return;
            if (l.bootstrap && !rule.includeBootstrap)
                return;   // nothing can take the attributes of initdb's role: only on request
            add(rule, p, l.login, su ? SeparationOfDuties::tr("%1 is a superuser").arg(l.login)
                                     : SeparationOfDuties::tr("%1 has CREATEROLE").arg(l.login),
                {loginLine(l), su ? SeparationOfDuties::tr("attribute SUPERUSER") : SeparationOfDuties::tr("attribute CREATEROLE")});
            return;
        }
        // The highest level of each schema the login has the privileges of.
        QHash<QString, const LintGroup *> top;
        for (const LintGroup &g : l.groups)
            if (!g.schema.isEmpty() && (!top.contains(g.schema) || top.value(g.schema)->level < g.level))
                top.insert(g.schema, &g);
        if (rule.condition == LintCondition::DeveloperAndViewer) {
            QStringList developer, viewer;
            for (const LintGroup *g : std::as_const(top)) {
                if (g->level == GroupLevel::Developer)
                    developer << chainText(g->chain);
                else if (g->level == GroupLevel::Viewer)
                    viewer << chainText(g->chain);
            }
            if (developer.isEmpty() || viewer.isEmpty())
                return;
            developer.sort();
            viewer.sort();
            add(rule, p, l.login, SeparationOfDuties::tr("%1 is developer of a schema and only viewer of another").arg(l.login),
                QStringList{loginLine(l)} + developer + viewer);
            return;
        }
        // Redundant: a group granted directly while a higher level of its schema (or admin) is held anyway.
        const LintGroup *admin = nullptr;
        for (const LintGroup &g : l.groups)
            if (g.level == GroupLevel::Admin)
                admin = &g;
        QStringList path;
        for (const LintGroup &g : l.groups) {
            if (g.chain.size() != 2 || g.level == GroupLevel::Admin)
                continue;
            const LintGroup *higher = admin;
            if (!g.schema.isEmpty() && top.value(g.schema) && top.value(g.schema)->level > g.level)
                higher = top.value(g.schema);
            if (higher)
                path << SeparationOfDuties::tr("%1 is granted directly, and %2 already covers it")
                            .arg(g.group, chainText(higher->chain));
        }
        if (!path.isEmpty())
            add(rule, p, l.login, SeparationOfDuties::tr("%1 holds schema groups it does not need").arg(l.login),
                QStringList{loginLine(l)} + path);
    }

    const LintRules &m_rules;
    const LintFacts &m_facts;
    const PlatformDefinition *m_def;
};

} // namespace

QString SeparationOfDuties::describe(const PlatformRoleGrant &grant, const PlatformDefinition *definition)
{
    const PlatformRole *role = definition ? definition->role(grant.role) : nullptr;
    const QString name = role ? role->name : grant.role;
    const QString scoped = grant.project.isEmpty() ? name : tr("%1 of %2").arg(name, grant.project);
    if (grant.source == PlatformRoleGrant::Source::Manual)
        return tr("%1 (manual)").arg(scoped);
    return grant.groupPath.isEmpty() ? tr("%1 (rule %2)").arg(scoped, grant.rule)
                                     : tr("%1 (rule %2: %3)").arg(scoped, grant.rule, chainText(grant.groupPath));
}

QList<LintViolation> SeparationOfDuties::check(const LintRules &rules, const LintFacts &facts,
                                               const PlatformDefinition *definition)
{
    Checker c(rules, facts, definition);
    for (const LintRule &r : rules.rules)
        c.run(r);
    return c.out;
}

} // namespace roledesk
