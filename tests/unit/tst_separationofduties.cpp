#include "lint/separationofduties.h"
#include "platform/platformdefinition.h"

#include <QElapsedTimer>
#include <QTest>

using namespace roledesk;

namespace {

LintRules only(const QString &rule, const QHash<QString, QString> &projects = {})
{
    LintRules all = LintRulesFormat::defaults();
    LintRules out;
    out.databaseProjects = projects;
    for (const LintRule &r : all.rules)
        if (r.name == rule)
            out.rules << r;
    if (out.rules.size() != 1)
        qFatal("no default rule %s", qPrintable(rule));
    return out;
}

PlatformRoleGrant manual(const QString &person, const QString &role, const QString &project = {})
{
    return PlatformRoleGrant{person, role, project, PlatformRoleGrant::Source::Manual, {}, {}};
}

LintGroup group(const QString &schema, GroupLevel level, const QStringList &chain)
{
    return LintGroup{chain.last(), schema, level, chain};
}

LintFacts facts(const QList<LintPerson> &people)
{
    return LintFacts{u"appdb"_qs, people};
}

QList<LintViolation> run(const QString &rule, const LintFacts &f, const QHash<QString, QString> &projects = {})
{
    return SeparationOfDuties::check(only(rule, projects), f, &PlatformDefinition::builtin());
}

} // namespace

/// The separation-of-duties engine on constructed facts: each default rule firing with its path and
/// not firing, except lists, order; the rules file and each refusal with file:line; speed.
class TstSeparationOfDuties : public QObject {
    Q_OBJECT
private slots:
    void defaults();
    void modelOwnerAndSystemAdministrator();
    void platformRoles();
    void platformRoleInProject();
    void loginAttributes();
    void bootstrapSuperuser();
    void developerAndViewer();
    void redundantGroups();
    void databaseOutsideProject();
    void exceptAndOrder();
    void rulesErrors_data();
    void rulesErrors();
    void speed();
};

void TstSeparationOfDuties::defaults()
{
    const LintRules d = LintRulesFormat::defaults();
    QStringList keys;
    for (const LintRule &r : d.rules)
        keys << LintRulesFormat::conditionKey(r.condition);
    QCOMPARE(keys, (QStringList{u"model_roles"_qs, u"platform_roles"_qs, u"login_attribute"_qs, u"login_attribute"_qs,
                                u"developer_and_viewer_only"_qs, u"redundant_schema_groups"_qs, u"database_outside_project"_qs}));
    QVERIFY(d.databaseProjects.isEmpty());

    // The descriptions defaults() translates are the shipped file's, word for word: a rule's text
    // changed in the file and not in the code would stay English in every language.
    const LintRulesLoad shipped = LintRulesFormat::load(u":/lint/default-rules.yaml"_qs);
    QVERIFY2(shipped.ok(), qPrintable(shipped.error));
    QStringList descriptions;
    for (const LintRule &r : shipped.rules.rules)
        descriptions << r.description;
    QCOMPARE(descriptions, LintRulesFormat::shippedDescriptions());
}

void TstSeparationOfDuties::modelOwnerAndSystemAdministrator()
{
    LintLogin importer{u"alice_import"_qs, u"pattern {id}_%"_qs, false, false,
                       {{ModelRole::ModelOwner, {u"alice_import"_qs, u"pgx_model_owner"_qs}}}, {}, {}};
    LintLogin admin{u"alice_ops"_qs, u"pattern {id}_%"_qs, false, false,
                    {{ModelRole::SystemAdministrator, {u"alice_ops"_qs, u"ops"_qs, u"pgx_system_administrator"_qs}}}, {}, {}};
    // Across two logins of one person: that is what a person view is for.
    QList<LintViolation> v = run(u"model-owner-and-system-administrator"_qs, facts({{u"alice"_qs, {}, {importer, admin}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().person, u"alice"_qs);
    QCOMPARE(v.first().login, QString());   // two logins: person-wide
    QCOMPARE(v.first().severity, LintRule::Severity::Error);
    QCOMPARE(v.first().path, (QStringList{u"model_owner: alice_import > pgx_model_owner"_qs,
                                          u"system_administrator: alice_ops > ops > pgx_system_administrator"_qs}));
    // Two people, one role each: clean.
    v = run(u"model-owner-and-system-administrator"_qs, facts({{u"alice"_qs, {}, {importer}}, {u"bob"_qs, {}, {admin}}}));
    QVERIFY(v.isEmpty());
    // A login of nobody holding both is its own person.
    LintLogin both = importer;
    both.how.clear();
    both.modelRoles << LintModelRole{ModelRole::SystemAdministrator, {u"alice_import"_qs, u"pgx_system_administrator"_qs}};
    v = run(u"model-owner-and-system-administrator"_qs, facts({{{}, {}, {both}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().login, u"alice_import"_qs);
}

void TstSeparationOfDuties::platformRoles()
{
    PlatformRoleGrant byRule{u"alice"_qs, u"platform-admin"_qs, {}, PlatformRoleGrant::Source::Rule, u"admins"_qs,
                             {u"ops"_qs, u"admins"_qs}};
    QList<LintViolation> v = run(u"organization-owner-and-platform-admin"_qs,
                                 facts({{u"alice"_qs, {manual(u"alice"_qs, u"organization-owner"_qs), byRule}, {}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path, (QStringList{u"Organization Owner (manual)"_qs, u"Platform Admin (rule admins: ops > admins)"_qs}));
    v = run(u"organization-owner-and-platform-admin"_qs,
            facts({{u"alice"_qs, {manual(u"alice"_qs, u"organization-owner"_qs)}, {}},
                   {u"bob"_qs, {byRule}, {}}}));
    QVERIFY(v.isEmpty());
}

void TstSeparationOfDuties::platformRoleInProject()
{
    const LintRulesLoad l = LintRulesFormat::parse(
        "rules:\n  - name: own-and-edit\n    when: {platform_roles: [{role: project-owner, project: ml}, catalog-data-writer]}\n",
        u"r.yaml"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    const LintPerson ml{u"alice"_qs, {manual(u"alice"_qs, u"project-owner"_qs, u"ml"_qs),
                                      manual(u"alice"_qs, u"catalog-data-writer"_qs, u"web"_qs)}, {}};
    const LintPerson web{u"bob"_qs, {manual(u"bob"_qs, u"project-owner"_qs, u"web"_qs),
                                     manual(u"bob"_qs, u"catalog-data-writer"_qs, u"web"_qs)}, {}};
    const QList<LintViolation> v = SeparationOfDuties::check(l.rules, facts({ml, web}), &PlatformDefinition::builtin());
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().person, u"alice"_qs);
    QCOMPARE(v.first().path, (QStringList{u"Project Owner of ml (manual)"_qs, u"Catalog Data writer of web (manual)"_qs}));
}

void TstSeparationOfDuties::loginAttributes()
{
    const LintLogin su{u"dba"_qs, {}, true, false, {}, {}, {}};
    const LintLogin cr{u"alice_admin"_qs, u"same name"_qs, false, true, {}, {}, {}};
    const LintLogin plain{u"app"_qs, {}, false, false, {}, {}, {}};
    const LintFacts f = facts({{u"alice"_qs, {}, {cr}}, {{}, {}, {su}}, {{}, {}, {plain}}});
    QList<LintViolation> v = run(u"superuser-login"_qs, f);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().login, u"dba"_qs);
    QCOMPARE(v.first().person, QString());
    QCOMPARE(v.first().path, (QStringList{u"login dba"_qs, u"attribute SUPERUSER"_qs}));
    v = run(u"createrole-login"_qs, f);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().person, u"alice"_qs);
    QCOMPARE(v.first().severity, LintRule::Severity::Warning);
    QCOMPARE(v.first().path, (QStringList{u"login alice_admin (same name)"_qs, u"attribute CREATEROLE"_qs}));
}

void TstSeparationOfDuties::bootstrapSuperuser()
{
    // initdb's role (OID 10) cannot lose SUPERUSER: the default rule leaves it out, whatever its
    // name; include_bootstrap: true flags it, as it flags any other superuser.
    LintLogin boot{u"admin"_qs, {}, true, true, {}, {}, {}};
    boot.bootstrap = true;
    const LintLogin su{u"dba"_qs, {}, true, false, {}, {}, {}};
    const LintFacts f = facts({{{}, {}, {boot}}, {{}, {}, {su}}});
    QList<LintViolation> v = run(u"superuser-login"_qs, f);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().login, u"dba"_qs);
    QCOMPARE(run(u"createrole-login"_qs, f).size(), 0);
    const LintRulesLoad load = LintRulesFormat::parse(
        "rules:\n  - {name: su, when: {login_attribute: superuser}, include_bootstrap: true}\n"
        "  - {name: cr, when: {login_attribute: createrole}, include_bootstrap: false}\n", u"r.yaml"_qs);
    QVERIFY2(load.ok(), qPrintable(load.error));
    QVERIFY(load.rules.rules.at(0).includeBootstrap);
    QVERIFY(!load.rules.rules.at(1).includeBootstrap);
    v = SeparationOfDuties::check(load.rules, f, &PlatformDefinition::builtin());
    QStringList got;
    for (const LintViolation &x : v)
        got << x.rule + u' ' + x.login;
    QCOMPARE(got, (QStringList{u"su admin"_qs, u"su dba"_qs}));
    QVERIFY(!LintRulesFormat::defaults().rules.at(2).includeBootstrap);
}

void TstSeparationOfDuties::developerAndViewer()
{
    LintLogin l{u"alice"_qs, u"same name"_qs, false, false, {}, {}, {}};
    l.groups = {group(u"sales"_qs, GroupLevel::Developer, {u"alice"_qs, u"appdb.sales.developer"_qs}),
                group(u"sales"_qs, GroupLevel::Viewer, {u"alice"_qs, u"appdb.sales.developer"_qs, u"appdb.sales.viewer"_qs}),
                group(u"hr"_qs, GroupLevel::Viewer, {u"alice"_qs, u"appdb.hr.viewer"_qs})};
    QList<LintViolation> v = run(u"developer-and-viewer-elsewhere"_qs, facts({{u"alice"_qs, {}, {l}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path, (QStringList{u"login alice (same name)"_qs, u"alice > appdb.sales.developer"_qs,
                                          u"alice > appdb.hr.viewer"_qs}));
    // Writer of hr: not viewer-only there.
    l.groups << group(u"hr"_qs, GroupLevel::Writer, {u"alice"_qs, u"appdb.hr.writer"_qs});
    v = run(u"developer-and-viewer-elsewhere"_qs, facts({{u"alice"_qs, {}, {l}}}));
    QVERIFY(v.isEmpty());
}

void TstSeparationOfDuties::redundantGroups()
{
    LintLogin l{u"bob"_qs, {}, false, false, {}, {}, {}};
    l.groups = {group(u"sales"_qs, GroupLevel::Writer, {u"bob"_qs, u"team"_qs, u"appdb.sales.writer"_qs}),
                group(u"sales"_qs, GroupLevel::Viewer, {u"bob"_qs, u"appdb.sales.viewer"_qs}),
                group(u"hr"_qs, GroupLevel::Viewer, {u"bob"_qs, u"appdb.hr.viewer"_qs})};
    QList<LintViolation> v = run(u"redundant-schema-group"_qs, facts({{{}, {}, {l}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path, (QStringList{u"login bob"_qs,
        u"appdb.sales.viewer is granted directly, and bob > team > appdb.sales.writer already covers it"_qs}));
    // Without the higher group, the viewer grants are needed.
    l.groups.removeFirst();
    QVERIFY(run(u"redundant-schema-group"_qs, facts({{{}, {}, {l}}})).isEmpty());
    // The database's admin group covers every schema's.
    l.groups << group({}, GroupLevel::Admin, {u"bob"_qs, u"appdb.admin"_qs});
    v = run(u"redundant-schema-group"_qs, facts({{{}, {}, {l}}}));
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path.size(), 3);
}

void TstSeparationOfDuties::databaseOutsideProject()
{
    const QString right = u"SELECT on table sales.orders: member of alice > analysts"_qs;
    const LintLogin l{u"alice"_qs, u"same name"_qs, false, false, {}, {}, right};
    const QHash<QString, QString> projects{{u"appdb"_qs, u"ml"_qs}};
    // Project Viewer of web: does not cover ml.
    QList<LintViolation> v = run(u"rights-outside-platform-project"_qs,
                                 facts({{u"alice"_qs, {manual(u"alice"_qs, u"project-viewer"_qs, u"web"_qs)}, {l}}}), projects);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path, (QStringList{u"login alice (same name)"_qs, right, u"database appdb belongs to project ml"_qs,
                                          u"platform roles of alice: Project Viewer of web (manual)"_qs}));
    // In ml, or organization-wide: covered.
    QVERIFY(run(u"rights-outside-platform-project"_qs,
                facts({{u"alice"_qs, {manual(u"alice"_qs, u"project-viewer"_qs, u"ml"_qs)}, {l}}}), projects).isEmpty());
    QVERIFY(run(u"rights-outside-platform-project"_qs,
                facts({{u"alice"_qs, {manual(u"alice"_qs, u"platform-admin"_qs)}, {l}}}), projects).isEmpty());
    // No rights in the database, or the database in no project: nothing to say.
    LintLogin none = l;
    none.someRight.clear();
    QVERIFY(run(u"rights-outside-platform-project"_qs, facts({{u"alice"_qs, {}, {none}}}), projects).isEmpty());
    QVERIFY(run(u"rights-outside-platform-project"_qs, facts({{u"alice"_qs, {}, {l}}})).isEmpty());
    // No platform role at all.
    v = run(u"rights-outside-platform-project"_qs, facts({{u"alice"_qs, {}, {l}}}), projects);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().path.last(), u"alice holds no platform role"_qs);
}

void TstSeparationOfDuties::exceptAndOrder()
{
    const LintRulesLoad l = LintRulesFormat::parse(
        "rules:\n"
        "  - {name: cr, severity: warning, when: {login_attribute: createrole}}\n"
        "  - {name: su, when: {login_attribute: superuser}, except: [postgres, carol]}\n",
        u"r.yaml"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    const LintLogin postgres{u"postgres"_qs, {}, true, true, {}, {}, {}};
    const LintLogin carol{u"carol_dba"_qs, u"same name"_qs, true, false, {}, {}, {}};
    const LintLogin dave{u"dave"_qs, {}, true, false, {}, {}, {}};
    const QList<LintViolation> v = SeparationOfDuties::check(l.rules, facts({{u"carol"_qs, {}, {carol}}, {{}, {}, {dave}}, {{}, {}, {postgres}}}));
    QStringList got;
    for (const LintViolation &x : v)
        got << x.rule + u':' + x.login;
    // Rules in file order, then facts in order; postgres and carol (a person) are excepted from su.
    QCOMPARE(got, (QStringList{u"cr:postgres"_qs, u"su:dave"_qs}));
}

void TstSeparationOfDuties::rulesErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not YAML") << QByteArray("rules: [x\n  y: {") << u"r.yaml:2: not YAML: "_qs;
    QTest::newRow("not a mapping") << QByteArray("- x\n") << u"r.yaml:1: a mapping with rules expected"_qs;
    QTest::newRow("unknown key") << QByteArray("rules: []\ncolour: red\n") << u"r.yaml:2: unknown key \"colour\""_qs;
    QTest::newRow("no rules") << QByteArray("version: 1\n") << u"r.yaml:1: \"rules\": a list of rules expected"_qs;
    QTest::newRow("version") << QByteArray("version: 2\nrules: []\n") << u"r.yaml:1: version 2 is not supported"_qs;
    QTest::newRow("unknown rule key") << QByteArray("rules:\n  - {name: a, when: {login_attribute: superuser}, colour: red}\n")
                                      << u"r.yaml:2: unknown key \"colour\""_qs;
    QTest::newRow("no name") << QByteArray("rules:\n  - {when: {login_attribute: superuser}}\n") << u"r.yaml:2: a rule needs a name"_qs;
    QTest::newRow("no condition") << QByteArray("rules:\n  - {name: a}\n") << u"r.yaml:2: rule a: \"when\" must hold exactly one condition"_qs;
    QTest::newRow("two conditions") << QByteArray("rules:\n  - name: a\n    when: {login_attribute: superuser, model_roles: [model_owner]}\n")
                                    << u"r.yaml:3: rule a: \"when\" must hold exactly one condition"_qs;
    QTest::newRow("unknown condition") << QByteArray("rules:\n  - name: a\n    when:\n      colour: red\n")
                                       << u"r.yaml:4: rule a: unknown condition \"colour\""_qs;
    QTest::newRow("attribute") << QByteArray("rules:\n  - {name: a, when: {login_attribute: createdb}}\n")
                               << u"r.yaml:2: rule a: login_attribute must be superuser or createrole"_qs;
    QTest::newRow("model role") << QByteArray("rules:\n  - {name: a, when: {model_roles: [model_user]}}\n")
                                << u"r.yaml:2: rule a: unknown model role \"model_user\""_qs;
    QTest::newRow("platform role") << QByteArray("rules:\n  - name: a\n    when: {platform_roles: [organization-owner, chief]}\n")
                                   << u"r.yaml:3: rule a: unknown platform role \"chief\""_qs;
    QTest::newRow("severity") << QByteArray("rules:\n  - {name: a, severity: fatal, when: {login_attribute: superuser}}\n")
                              << u"r.yaml:2: severity must be error or warning, not \"fatal\""_qs;
    QTest::newRow("flag") << QByteArray("rules:\n  - {name: a, when: {redundant_schema_groups: maybe}}\n")
                          << u"r.yaml:2: rule a: redundant_schema_groups takes true"_qs;
    QTest::newRow("bootstrap value") << QByteArray("rules:\n  - {name: a, when: {login_attribute: superuser}, include_bootstrap: yes please}\n")
                                     << u"r.yaml:2: rule a: include_bootstrap takes true or false"_qs;
    QTest::newRow("bootstrap elsewhere") << QByteArray("rules:\n  - {name: a, when: {model_roles: [model_owner]}, include_bootstrap: true}\n")
                                         << u"r.yaml:2: rule a: include_bootstrap applies to login_attribute rules only"_qs;
    QTest::newRow("twice") << QByteArray("rules:\n  - {name: a, when: {login_attribute: superuser}}\n"
                                         "  - {name: a, when: {login_attribute: createrole}}\n")
                           << u"r.yaml:3: another rule is named \"a\""_qs;
    QTest::newRow("projects") << QByteArray("database_projects: [appdb]\nrules: []\n")
                              << u"r.yaml:1: \"database_projects\": a mapping"_qs;
}

void TstSeparationOfDuties::rulesErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const LintRulesLoad l = LintRulesFormat::parse(text, u"r.yaml"_qs);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(u"got: "_qs + l.error));
}

void TstSeparationOfDuties::speed()
{
    // 10,000 people with two logins each and a few groups: the engine must stay interactive.
    QList<LintPerson> people;
    for (int i = 0; i < 10000; ++i) {
        const QString id = u"p"_qs + QString::number(i);
        LintLogin a{id, u"same name"_qs, i % 100 == 0, i % 50 == 0,
                    {{ModelRole::ModelOwner, {id, u"pgx_model_owner"_qs}}}, {}, u"SELECT on table s.t: direct"_qs};
        a.groups = {group(u"s"_qs + QString::number(i % 7), GroupLevel::Developer, {id, u"g"_qs}),
                    group(u"s"_qs + QString::number(i % 5 + 7), GroupLevel::Viewer, {id, u"v"_qs})};
        LintLogin b{id + u"_ops"_qs, u"pattern {id}_%"_qs, false, false,
                    {{ModelRole::SystemAdministrator, {id + u"_ops"_qs, u"pgx_system_administrator"_qs}}}, {}, {}};
        people << LintPerson{id, {manual(id, u"project-viewer"_qs, u"web"_qs)}, {a, b}};
    }
    LintRules rules = LintRulesFormat::defaults();
    rules.databaseProjects.insert(u"appdb"_qs, u"ml"_qs);
    QElapsedTimer t;
    t.start();
    const QList<LintViolation> v = SeparationOfDuties::check(rules, facts(people), &PlatformDefinition::builtin());
    const qint64 ms = t.elapsed();
    qInfo("10,000 people, 20,000 logins, 7 rules: %lld violations in %lld ms", qint64(v.size()), ms);
    // Every person breaks model roles, developer/viewer and the project rule; 1 % superuser, 2 % CREATEROLE.
    QCOMPARE(v.size(), 10000 * 3 + 100 + 200);
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
}

QTEST_APPLESS_MAIN(TstSeparationOfDuties)
#include "tst_separationofduties.moc"
