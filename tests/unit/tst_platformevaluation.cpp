#include "platform/platformevaluation.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace roledesk;

namespace {

const PlatformDefinition &hm()
{
    return PlatformDefinition::builtin();
}

QString demo(const QString &name)
{
    return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform/") + name;
}

QString roleId(const QString &key)
{
    const PlatformRole *r = hm().role(key);
    if (!r)
        qFatal("no role %s", qPrintable(key));
    return r->id;
}

QString permissionId(PlatformAction action)
{
    return hm().permissionFor(action);
}

/// "role@project by rule [path]" / "role@project manual" for each grant of \a person.
QStringList grants(const PlatformEvaluation &e, const QString &person)
{
    QStringList out;
    for (const PlatformRoleGrant &g : e.rolesOf(person))
        out << g.role + u'@' + g.project
                   + (g.source == PlatformRoleGrant::Source::Manual ? u" manual"_qs
                                                                    : u" by "_qs + g.rule + u" ["_qs + g.groupPath.join(u'>') + u']');
    return out;
}

/// The demo organization, loaded as the console loads it.
struct Demo {
    PlatformFile file;
    Directory directory;
    PlatformEvaluation evaluation;
};

Demo loadDemo()
{
    Demo d;
    const PlatformFileLoad f = PlatformFileFormat::load(demo(u"acme.yaml"_qs));
    if (!f.ok())
        qFatal("%s", qPrintable(f.error));
    d.file = f.file;
    const DirectoryLoad l = DirectoryImport::load(PlatformFileFormat::importPath(demo(u"acme.yaml"_qs), d.file),
                                                  d.file.directory.provider);
    if (!l.ok())
        qFatal("%s", qPrintable(l.error));
    d.directory = l.directory;
    d.evaluation = PlatformEvaluation::evaluate(hm(), d.file, &d.directory);
    return d;
}

PlatformFile small(const QByteArray &yaml)
{
    const PlatformFileLoad l = PlatformFileFormat::parse(yaml, u"t.yaml"_qs, &hm());
    if (!l.ok())
        qFatal("%s", qPrintable(l.error));
    return l.file;
}

} // namespace

/// Rules and assignments into role and permission grants, with their reasons; the matrix's
/// actions deciding who may edit what; a generated organization of benchmark size against a
/// naive computation.
class TstPlatformEvaluation : public QObject {
    Q_OBJECT
private slots:
    void demoGrants();
    void machineOnlyAndProblems();
    void permissionsAndScopes();
    void mayPerform();
    void mayChange();
    void actionsFollowTheDefinition();
    void largeOrganizationMatchesNaive();
};

void TstPlatformEvaluation::demoGrants()
{
    const Demo d = loadDemo();
    const PlatformEvaluation &e = d.evaluation;
    QVERIFY2(e.problems().isEmpty(), qPrintable(e.problems().join(u'\n')));
    QCOMPARE(e.people().size(), 15);
    QCOMPARE(e.people().first(), u"ivan"_qs);   // the file's people first, then the directory's
    QCOMPARE(grants(e, u"grace"_qs),
             (QStringList{roleId(u"PO"_qs) + u"@ml manual"_qs,
                          roleId(u"PV"_qs) + u"@analytics by engineering views analytics [ml-leads>ml-eng>engineering]"_qs,
                          roleId(u"CDR"_qs) + u"@analytics by engineering views analytics [ml-leads>ml-eng>engineering]"_qs,
                          roleId(u"PE"_qs) + u"@ml by ml engineers edit ml [ml-leads>ml-eng]"_qs,
                          roleId(u"PLE"_qs) + u"@ml by ml engineers edit ml [ml-leads>ml-eng]"_qs,
                          roleId(u"MPV"_qs) + u"@migration by staff view migrations [ml-leads>ml-eng>engineering>staff]"_qs}));
    QCOMPARE(grants(e, u"alice"_qs), (QStringList{roleId(u"OO"_qs) + u"@ manual"_qs,
                                                  roleId(u"PA"_qs) + u"@ by platform admins [platform-admins]"_qs}));
    QCOMPARE(grants(e, u"ingest-bot"_qs), QStringList{roleId(u"EI"_qs) + u"@analytics manual"_qs});
    QCOMPARE(grants(e, u"ivan"_qs), QStringList{roleId(u"PV"_qs) + u"@analytics manual"_qs});
    QVERIFY(grants(e, u"mallory"_qs).isEmpty());
    // judy is in migration-team through the directory; the rule also needs provider corp-ldap.
    QCOMPARE(grants(e, u"judy"_qs), (QStringList{roleId(u"MPV"_qs) + u"@migration by staff view migrations [migration-team>staff]"_qs,
                                                 roleId(u"MPE"_qs) + u"@migration by migration team edits migrations [migration-team]"_qs}));
}

void TstPlatformEvaluation::machineOnlyAndProblems()
{
    PlatformFile f = small(R"(platform: edb-hybrid-manager
organization: T
projects: [p]
people:
  - {id: human, provider: idp, groups: [bots]}
  - {id: bot, kind: machine, provider: idp, groups: [bots]}
  - {id: other, provider: elsewhere, groups: [bots]}
assignments:
  - {person: ghost, role: OO}
rules:
  - {name: ingest, project: p, conditions: [{group: bots}, {provider: idp}], roles: [EI, PV]}
  - {name: empty, conditions: [{group: nobody}], roles: [OA]}
)");
    const PlatformEvaluation e = PlatformEvaluation::evaluate(hm(), f);
    QCOMPARE(grants(e, u"bot"_qs), (QStringList{roleId(u"EI"_qs) + u"@p by ingest [bots]"_qs, roleId(u"PV"_qs) + u"@p by ingest [bots]"_qs}));
    QCOMPARE(grants(e, u"human"_qs), QStringList{roleId(u"PV"_qs) + u"@p by ingest [bots]"_qs});
    QVERIFY(grants(e, u"other"_qs).isEmpty());   // the provider condition fails
    QCOMPARE(e.problems().size(), 3);
    QVERIFY2(e.problems().at(0).contains(u"ghost"), qPrintable(e.problems().at(0)));
    QVERIFY2(e.problems().at(1).contains(u"\"ingest\" matches human, but only machine users may hold Estate Ingester"),
             qPrintable(e.problems().at(1)));
    QVERIFY2(e.problems().at(2).contains(u"\"empty\": nobody is in group \"nobody\""), qPrintable(e.problems().at(2)));
    // A directory person assigned a machine-only role by hand: refused there too.
    Directory dir;
    dir.provider = u"idp"_qs;
    dir.people << DirectoryPerson{u"dirhuman"_qs, {}, {}, false, {}};
    f.assignments = {PlatformAssignment{u"dirhuman"_qs, roleId(u"EI"_qs), u"p"_qs, 0}};
    const PlatformEvaluation withDirectory = PlatformEvaluation::evaluate(hm(), f, &dir);
    QVERIFY(grants(withDirectory, u"dirhuman"_qs).isEmpty());
    QCOMPARE(withDirectory.problems().filter(u"dirhuman is human"_qs).size(), 1);
    // In no group of a directory that gives groups: the platform would not let dirhuman sign in.
    QCOMPARE(withDirectory.problems().filter(u"dirhuman is in no group of idp"_qs).size(), 1);
    dir.people.first().machine = true;   // machine users sign in with keys: no such problem
    QVERIFY(PlatformEvaluation::evaluate(hm(), f, &dir).problems().filter(u"no group"_qs).isEmpty());
    QCOMPARE(withDirectory.people().last(), u"dirhuman"_qs);
}

void TstPlatformEvaluation::permissionsAndScopes()
{
    const Demo d = loadDemo();
    const PlatformEvaluation &e = d.evaluation;
    const QString assignProject = permissionId(PlatformAction::AssignProjectRoles);
    // Organization Owner holds it organization-wide: in every project and at the top.
    QVERIFY(e.can(u"alice"_qs, assignProject, u"ml"_qs));
    QVERIFY(e.can(u"alice"_qs, assignProject, u"analytics"_qs));
    QVERIFY(e.can(u"alice"_qs, assignProject));
    // grace is Project Owner of ml only.
    QVERIFY(e.can(u"grace"_qs, assignProject, u"ml"_qs));
    QVERIFY(!e.can(u"grace"_qs, assignProject, u"analytics"_qs));
    QVERIFY(!e.can(u"grace"_qs, assignProject));
    QVERIFY(!e.can(u"nobody"_qs, assignProject, u"ml"_qs));

    QStringList inMl, anywhere;
    for (const PlatformPermissionGrant &g : e.whoCan(assignProject, u"ml"_qs))
        inMl << g.person + u'@' + g.project;
    for (const PlatformPermissionGrant &g : e.whoCan(assignProject))
        anywhere << g.person + u'@' + g.project;
    QCOMPARE(inMl, (QStringList{u"alice@"_qs, u"grace@ml"_qs}));
    QCOMPARE(anywhere, (QStringList{u"alice@"_qs, u"bob@analytics"_qs, u"grace@ml"_qs}));

    // Every permission of grace comes from a role that holds it, in that role's scope.
    const QList<PlatformPermissionGrant> perms = e.permissionsOf(u"grace"_qs);
    int expected = 0;
    for (const PlatformRoleGrant &g : e.rolesOf(u"grace"_qs))
        expected += int(hm().permissionsOf(g.role).size());
    QCOMPARE(perms.size(), expected);
    for (const PlatformPermissionGrant &p : perms) {
        QVERIFY(hm().holds(p.because.role, p.permission));
        QCOMPARE(p.project, p.because.project);
        QCOMPARE(p.person, u"grace"_qs);
    }
    QVERIFY(e.permissionsOf(u"mallory"_qs).isEmpty());
}

void TstPlatformEvaluation::mayPerform()
{
    const Demo d = loadDemo();
    const PlatformEvaluation &e = d.evaluation;
    PlatformVerdict v = e.mayPerform(u"grace"_qs, PlatformAction::EditProjectRules, u"ml"_qs);
    QVERIFY(v.allowed);
    QCOMPARE(v.permission, permissionId(PlatformAction::EditProjectRules));
    QCOMPARE(v.through.size(), 1);
    QCOMPARE(v.explanation, u"grace may edit rules of project ml: Project Owner of ml (manual)"_qs);
    v = e.mayPerform(u"grace"_qs, PlatformAction::EditProjectRules, u"analytics"_qs);
    QVERIFY(!v.allowed);
    QVERIFY(v.through.isEmpty());
    QVERIFY2(v.explanation.startsWith(u"grace may not edit rules of project analytics: that needs \"Create, update, and delete project role mapping rules\", which Organization Owner, Project Owner hold"),
             qPrintable(v.explanation));
    QVERIFY(!e.mayPerform(u"grace"_qs, PlatformAction::EditOrganizationRules).allowed);
    QVERIFY(!e.mayPerform(u"grace"_qs, PlatformAction::EditProjectRules).allowed);   // no project given
    QVERIFY(e.mayPerform(u"alice"_qs, PlatformAction::EditOrganizationRules).allowed);
    QVERIFY(e.mayPerform(u"alice"_qs, PlatformAction::EditProjectRules, u"analytics"_qs).allowed);
    QVERIFY(e.mayPerform(u"alice"_qs, PlatformAction::ManageUsers).allowed);
    QVERIFY(e.mayPerform(u"alice"_qs, PlatformAction::AssignOrganizationRoles).allowed);
    // An Organization Administrator reads rules but may not change them.
    QVERIFY(!e.mayPerform(u"erin"_qs, PlatformAction::EditOrganizationRules).allowed);
    QVERIFY(e.can(u"erin"_qs, hm().permission(u"View org role mapping rules"_qs)->id));
    // A role given by a rule counts, and its reason names the rule and the group path.
    v = e.mayPerform(u"bob"_qs, PlatformAction::AssignProjectRoles, u"analytics"_qs);
    QVERIFY(v.allowed);
    QVERIFY2(v.explanation.endsWith(u"Project Owner of analytics (manual)"), qPrintable(v.explanation));
}

void TstPlatformEvaluation::mayChange()
{
    const Demo d = loadDemo();
    const PlatformEvaluation &e = d.evaluation;
    QVERIFY(e.mayChange(u"grace"_qs, d.file, d.file).allowed);

    PlatformFile mlRule = d.file;
    mlRule.rules << PlatformRule{u"new ml rule"_qs, u"ml"_qs, {{PlatformCondition::Kind::Group, u"analysts"_qs}}, {roleId(u"PV"_qs)}, 0};
    mlRule.assignments << PlatformAssignment{u"frank"_qs, roleId(u"PE"_qs), u"ml"_qs, 0};
    PlatformVerdict v = e.mayChange(u"grace"_qs, d.file, mlRule);
    QVERIFY2(v.allowed, qPrintable(v.explanation));
    QCOMPARE(v.through.size(), 1);
    QVERIFY(!e.mayChange(u"bob"_qs, d.file, mlRule).allowed);
    QVERIFY(e.mayChange(u"alice"_qs, d.file, mlRule).allowed);

    PlatformFile changedOrgRule = d.file;
    changedOrgRule.rules[1].roles = {roleId(u"OA"_qs), roleId(u"AMM"_qs)};
    v = e.mayChange(u"grace"_qs, d.file, changedOrgRule);
    QVERIFY(!v.allowed);
    QCOMPARE(v.permission, permissionId(PlatformAction::EditOrganizationRules));
    QVERIFY2(v.explanation.contains(u"change rule \"auditors read the organization\""), qPrintable(v.explanation));

    // Mixed: the allowed part does not carry the refused part.
    PlatformFile mixed = mlRule;
    mixed.assignments.removeIf([](const PlatformAssignment &a) { return a.person == u"bob"; });
    v = e.mayChange(u"grace"_qs, d.file, mixed);
    QVERIFY(!v.allowed);
    QVERIFY(v.through.isEmpty());
    QCOMPARE(v.permission, permissionId(PlatformAction::AssignProjectRoles));
    QVERIFY2(v.explanation.startsWith(u"refused, 1 change(s) not allowed:\nremove the assignment of Project Owner in analytics to bob"),
             qPrintable(v.explanation));

    PlatformFile newPerson = d.file;
    newPerson.people << PlatformPerson{u"nina"_qs, {}, PlatformPerson::Kind::Human, u"native"_qs, {}, 0};
    QVERIFY(!e.mayChange(u"grace"_qs, d.file, newPerson).allowed);
    QCOMPARE(e.mayChange(u"grace"_qs, d.file, newPerson).permission, permissionId(PlatformAction::ManageUsers));
    QVERIFY(e.mayChange(u"alice"_qs, d.file, newPerson).allowed);

    // Projects and the directory follow the matrix too: only Organization Owner creates, removes
    // or renames projects and changes where people come from (identity provider integrations).
    PlatformFile newProject = d.file;
    newProject.projects << u"finance"_qs;
    v = e.mayChange(u"grace"_qs, d.file, newProject);
    QVERIFY(!v.allowed);
    QCOMPARE(v.permission, permissionId(PlatformAction::CreateProjects));
    QVERIFY2(v.explanation.contains(u"create project finance"), qPrintable(v.explanation));
    QVERIFY(e.mayChange(u"alice"_qs, d.file, newProject).allowed);
    PlatformFile renamed = d.file;
    renamed.projects.replace(renamed.projects.indexOf(u"ml"_qs), u"machine-learning"_qs);
    v = e.mayChange(u"grace"_qs, d.file, renamed);
    QVERIFY(!v.allowed);
    QCOMPARE(v.permission, permissionId(PlatformAction::UpdateDeleteProjects));
    QVERIFY2(v.explanation.contains(u"remove project ml") && v.explanation.contains(u"create project machine-learning"),
             qPrintable(v.explanation));
    QVERIFY(e.mayChange(u"alice"_qs, d.file, renamed).allowed);
    PlatformFile otherDirectory = d.file;
    otherDirectory.directory.machineFilter = u"(employeeType=machine)"_qs;
    v = e.mayChange(u"grace"_qs, d.file, otherDirectory);
    QVERIFY(!v.allowed);
    QCOMPARE(v.permission, permissionId(PlatformAction::ManageIdentityProviders));
    QVERIFY(e.mayChange(u"alice"_qs, d.file, otherDirectory).allowed);
    PlatformFile deleted = d.file;
    deleted.rules.removeAt(4);   // "ml engineers edit ml"
    QVERIFY(e.mayChange(u"grace"_qs, d.file, deleted).allowed);
    deleted.rules.removeAt(3);   // "engineering views analytics"
    QVERIFY(!e.mayChange(u"grace"_qs, d.file, deleted).allowed);
}

void TstPlatformEvaluation::actionsFollowTheDefinition()
{
    // The same people and file under a definition whose actions name other permissions.
    const PlatformDefinitionLoad l = PlatformDefinition::parse(R"({"id": "edb-hybrid-manager", "name": "Variant",
        "roles": [{"id": "boss", "name": "Boss", "abbreviation": "B", "scope": "organization"},
                  {"id": "lead", "name": "Lead", "abbreviation": "L", "scope": "project"}],
        "permissions": [{"id": "rules", "name": "Rules", "holders": ["lead"]},
                        {"id": "people", "name": "People", "holders": ["lead", "boss"]}],
        "actions": {"edit-project-rules": "rules", "manage-users": "people"}})", u"variant.json"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    const PlatformFileLoad f = PlatformFileFormat::parse(R"(platform: edb-hybrid-manager
organization: V
projects: [x]
people:
  - {id: b}
  - {id: l}
assignments:
  - {person: b, role: Boss}
  - {person: l, role: Lead, project: x}
)", u"v.yaml"_qs, &l.definition);
    QVERIFY2(f.ok(), qPrintable(f.error));
    const PlatformEvaluation e = PlatformEvaluation::evaluate(l.definition, f.file);
    QVERIFY(e.mayPerform(u"l"_qs, PlatformAction::EditProjectRules, u"x"_qs).allowed);
    QVERIFY(!e.mayPerform(u"b"_qs, PlatformAction::EditProjectRules, u"x"_qs).allowed);
    QVERIFY(e.mayPerform(u"b"_qs, PlatformAction::ManageUsers).allowed);
    // A lead holds "people" only in x: not organization-wide, so not for managing users.
    QVERIFY(!e.mayPerform(u"l"_qs, PlatformAction::ManageUsers).allowed);
    const PlatformVerdict none = e.mayPerform(u"b"_qs, PlatformAction::AssignOrganizationRoles);
    QVERIFY(!none.allowed);
    QVERIFY2(none.explanation.contains(u"names no permission"), qPrintable(none.explanation));
}

void TstPlatformEvaluation::largeOrganizationMatchesNaive()
{
    // The benchmark's size: 10,000 people, 2,000 groups (nested, with loops), 200 rules, 50 projects.
    constexpr int peopleCount = 10000, groupCount = 2000, ruleCount = 200, projectCount = 50;
    QRandomGenerator rng(20261206);
    auto pick = [&](int n) { return int(rng.bounded(n)); };
    auto groupName = [](int i) { return QStringLiteral("g%1").arg(i); };

    QList<QList<int>> parents(groupCount);   // group i is a direct member of these
    for (int i = 40; i < groupCount; ++i) {
        parents[i] << pick(i);
        if (pick(3) == 0)
            parents[i] << pick(i);
    }
    parents[1990] << 1991;   // a loop of three, and a group that is its own member
    parents[1991] << 1992;
    parents[1992] << 1990;
    parents[1995] << 1995;
    Directory dir;
    dir.provider = u"corp"_qs;
    for (int j = 0; j < groupCount; ++j)
        dir.groups << DirectoryGroup{groupName(j), {}, {}, {}};
    for (int i = 0; i < groupCount; ++i)
        for (int p : parents.at(i))
            if (!dir.groups[p].groups.contains(groupName(i)))
                dir.groups[p].groups << groupName(i);

    PlatformFile file;
    file.definitionId = hm().id;
    for (int p = 0; p < projectCount; ++p)
        file.projects << QStringLiteral("proj%1").arg(p);
    const QStringList providers = {u"partner"_qs, u"native"_qs, QString()};
    for (int i = 0; i < peopleCount; ++i) {
        DirectoryPerson d{QStringLiteral("p%1").arg(i), {}, {}, pick(50) == 0, {}};
        for (int k = 0, n = 1 + pick(3); k < n; ++k)
            d.groups << groupName(pick(groupCount));
        dir.people << d;
        if (i % 3 == 0)   // a third also in the file: another provider, one more group, sometimes machine
            file.people << PlatformPerson{d.id, {}, pick(20) == 0 ? PlatformPerson::Kind::Machine : PlatformPerson::Kind::Human,
                                          providers.at(pick(3)), {groupName(pick(groupCount))}, 0};
    }
    QStringList orgRoles, projectRoles;
    for (const PlatformRole &r : hm().roles)
        (r.scope == PlatformScope::Organization ? orgRoles : projectRoles) << r.id;
    for (int i = 0; i < ruleCount; ++i) {
        PlatformRule r;
        r.name = QStringLiteral("rule %1").arg(i);
        r.project = i % 5 == 0 ? QString() : file.projects.at(pick(projectCount));
        r.conditions << PlatformCondition{PlatformCondition::Kind::Group, groupName(pick(groupCount))};
        if (pick(2) == 0)
            r.conditions << PlatformCondition{PlatformCondition::Kind::Provider, QStringList{u"corp"_qs, u"partner"_qs, u"native"_qs}.at(pick(3))};
        if (pick(10) == 0)
            r.conditions << PlatformCondition{PlatformCondition::Kind::Group, groupName(pick(groupCount))};
        const QStringList &scoped = r.project.isEmpty() ? orgRoles : projectRoles;
        for (int k = 0, n = 1 + pick(2); k < n; ++k)
            if (const QString role = scoped.at(pick(int(scoped.size()))); !r.roles.contains(role))
                r.roles << role;
        file.rules << r;
    }
    for (int i = 0; i < 300; ++i) {
        const QString role = hm().roles.at(pick(int(hm().roles.size()))).id;
        const bool project = hm().role(role)->scope == PlatformScope::Project;
        file.assignments << PlatformAssignment{QStringLiteral("p%1").arg(pick(peopleCount)), role,
                                               project ? file.projects.at(pick(projectCount)) : QString(), 0};
    }

    QElapsedTimer timer;
    timer.start();
    const PlatformEvaluation e = PlatformEvaluation::evaluate(hm(), file, &dir);
    qInfo("evaluated in %lld ms: %lld grants", timer.elapsed(), qlonglong(e.roleGrants().size()));

    // Naive: every group's distance to every group by relaxing all edges until nothing changes
    // (a different algorithm from the evaluation's walk), then every person against every rule.
    constexpr int inf = 1 << 20;
    std::vector<int> dist(size_t(groupCount) * groupCount, inf);
    for (int s = 0; s < groupCount; ++s)
        dist[size_t(s) * groupCount + s] = 1;
    for (bool changed = true; changed;) {
        changed = false;
        for (int c = 0; c < groupCount; ++c)
            for (int p : parents.at(c))
                for (int s = 0; s < groupCount; ++s) {
                    int &to = dist[size_t(s) * groupCount + p];
                    if (dist[size_t(s) * groupCount + c] + 1 < to) {
                        to = dist[size_t(s) * groupCount + c] + 1;
                        changed = true;
                    }
                }
    }
    auto index = [](const QString &g) { return g.mid(1).toInt(); };
    QSet<QString> expected, problems;
    int machineRefusals = 0;
    for (int i = 0; i < peopleCount; ++i) {
        const DirectoryPerson &d = dir.people.at(i);
        const PlatformPerson *f = file.person(d.id);
        QList<int> direct;
        for (const QString &g : d.groups + (f ? f->groups : QStringList()))
            direct << index(g);
        const QString provider = f && !f->provider.isEmpty() ? f->provider : dir.provider;
        const bool machine = d.machine || (f && f->kind == PlatformPerson::Kind::Machine);
        auto distance = [&](int g) {
            int best = inf;
            for (int s : direct)
                best = std::min(best, dist[size_t(s) * groupCount + g]);
            return best;
        };
        for (const PlatformRule &r : file.rules) {
            bool match = true;
            int pathLength = 0;
            for (const PlatformCondition &c : r.conditions) {
                if (c.kind == PlatformCondition::Kind::Provider) {
                    match = match && provider == c.value;
                } else {
                    const int dd = distance(index(c.value));
                    match = match && dd < inf;
                    if (!pathLength)
                        pathLength = dd;
                }
            }
            if (!match)
                continue;
            for (const QString &role : r.roles) {
                if (hm().role(role)->machineUsersOnly && !machine)
                    ++machineRefusals;
                else
                    expected << QStringLiteral("%1|%2|%3|%4|%5").arg(d.id, role, r.project, r.name).arg(pathLength);
            }
        }
    }
    QSet<QString> manualExpected;
    for (const PlatformAssignment &a : file.assignments) {
        const bool machine = dir.people.at(a.person.mid(1).toInt()).machine
                             || (file.person(a.person) && file.person(a.person)->kind == PlatformPerson::Kind::Machine);
        if (!hm().role(a.role)->machineUsersOnly || machine)
            manualExpected << a.person + u'|' + a.role + u'|' + a.project;
    }

    QSet<QString> got, manualGot;
    for (const PlatformRoleGrant &g : e.roleGrants()) {
        if (g.source == PlatformRoleGrant::Source::Manual) {
            manualGot << g.person + u'|' + g.role + u'|' + g.project;
            continue;
        }
        got << QStringLiteral("%1|%2|%3|%4|%5").arg(g.person, g.role, g.project, g.rule).arg(g.groupPath.size());
        // The path is a real chain of memberships from a direct group to the rule's group.
        const PlatformRule *r = file.rule(g.rule, g.project);
        QVERIFY(r);
        QCOMPARE(g.groupPath.last(), r->conditions.first().value);
        for (qsizetype k = 0; k + 1 < g.groupPath.size(); ++k)
            QVERIFY(parents.at(index(g.groupPath.at(k))).contains(index(g.groupPath.at(k + 1))));
        const PlatformPerson *f = file.person(g.person);
        QVERIFY(dir.people.at(g.person.mid(1).toInt()).groups.contains(g.groupPath.first())
                || (f && f->groups.contains(g.groupPath.first())));
    }
    QVERIFY(expected.size() > 1000);   // the generated rules do match people
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    QCOMPARE(manualGot, manualExpected);
    int machineProblems = 0, loopProblems = 0;
    for (const QString &p : e.problems()) {
        machineProblems += p.contains(u"only machine users may hold");
        loopProblems += p.startsWith(u"group loop");
    }
    QCOMPARE(machineProblems, machineRefusals + int(file.assignments.size()) - int(manualExpected.size()));
    QCOMPARE(loopProblems, 2);

    // whoCan and can agree with the grants, for a few permissions and projects.
    for (const QString &permission : {permissionId(PlatformAction::AssignProjectRoles), permissionId(PlatformAction::ManageUsers),
                                      hm().permission(u"View pipelines"_qs)->id}) {
        for (const QString &project : {QString(), file.projects.at(3), file.projects.at(17)}) {
            QSet<QString> naive, answered;
            for (const PlatformRoleGrant &g : e.roleGrants())
                if (hm().holds(g.role, permission) && (project.isEmpty() || g.project.isEmpty() || g.project == project))
                    naive << g.person + u'|' + g.project + u'|' + g.role + u'|' + g.rule;
            for (const PlatformPermissionGrant &w : e.whoCan(permission, project)) {
                answered << w.person + u'|' + w.project + u'|' + w.because.role + u'|' + w.because.rule;
                QVERIFY(e.can(w.person, permission, w.project));
            }
            QCOMPARE(answered, naive);
        }
    }

    // Checking an edit of a file this size compares by keys, not pair by pair.
    PlatformFile edited = file;
    edited.people.removeAt(17);
    edited.rules[3].roles = {edited.rules.at(3).project.isEmpty() ? orgRoles.first() : projectRoles.first()};
    for (const QString &person : {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}) {
        timer.restart();
        const PlatformVerdict v = e.mayChange(person, file, edited);
        const bool rules = edited.rules.at(3).project.isEmpty()
            ? e.mayPerform(person, PlatformAction::EditOrganizationRules).allowed
            : e.mayPerform(person, PlatformAction::EditProjectRules, edited.rules.at(3).project).allowed;
        QCOMPARE(v.allowed, rules && e.mayPerform(person, PlatformAction::ManageUsers).allowed);
        qInfo("mayChange in %lld ms", timer.elapsed());
    }
}

QTEST_GUILESS_MAIN(TstPlatformEvaluation)
#include "tst_platformevaluation.moc"
