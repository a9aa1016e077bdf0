#include "platform/ldapdirectory.h"
#include "platform/platformfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

const PlatformDefinition &hm()
{
    return PlatformDefinition::builtin();
}

PlatformFileLoad yaml(const QByteArray &text)
{
    return PlatformFileFormat::parse(text, u"acme.yaml"_qs, &hm());
}

QString demoPath()
{
    return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform/acme.yaml");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// The file without the line numbers (which a re-serialized file need not keep).
PlatformFile withoutLines(PlatformFile f)
{
    for (PlatformPerson &p : f.people)
        p.line = 0;
    for (PlatformAssignment &a : f.assignments)
        a.line = 0;
    for (PlatformRule &r : f.rules)
        r.line = 0;
    return f;
}

bool samePeople(const QList<PlatformPerson> &a, const QList<PlatformPerson> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).id != b.at(i).id || a.at(i).name != b.at(i).name || a.at(i).kind != b.at(i).kind
            || a.at(i).provider != b.at(i).provider || a.at(i).groups != b.at(i).groups)
            return false;
    return true;
}

void compareFiles(const PlatformFile &x, const PlatformFile &y)
{
    const PlatformFile a = withoutLines(x), b = withoutLines(y);
    QCOMPARE(a.definitionId, b.definitionId);
    QCOMPARE(a.organization, b.organization);
    QCOMPARE(a.projects, b.projects);
    QVERIFY(samePeople(a.people, b.people));
    QCOMPARE(a.assignments, b.assignments);
    QCOMPARE(a.rules, b.rules);
    QCOMPARE(a.logins, b.logins);
    const PlatformDirectorySource &d = a.directory, &e = b.directory;
    QCOMPARE(d.kind, e.kind);
    QCOMPARE(d.provider, e.provider);
    QCOMPARE(d.url, e.url);
    QCOMPARE(d.startTls, e.startTls);
    QCOMPARE(d.bindDn, e.bindDn);
    QCOMPARE(d.baseDn, e.baseDn);
    QCOMPARE(d.userFilter, e.userFilter);
    QCOMPARE(d.groupFilter, e.groupFilter);
    QCOMPARE(d.memberAttribute, e.memberAttribute);
    QCOMPARE(d.machineFilter, e.machineFilter);
    QCOMPARE(d.caFile, e.caFile);
    QCOMPARE(d.importPath, e.importPath);
}

const QStringList &hostileNames()
{
    static const QStringList names = {u"true"_qs, u"123"_qs, u"null"_qs, u"~"_qs, u"a: b"_qs, u"- x"_qs, u" lead"_qs,
                                      u"trail "_qs, u"x #y"_qs, u"#z"_qs, u"a,b"_qs, u"[x]"_qs, u"{y}"_qs,
                                      u"Wëird \"q\" \\ x"_qs, u"line\nbreak\ttab"_qs, u"山田 太郎"_qs, u"0x1F"_qs,
                                      u"end:"_qs, u"*star"_qs, u"'single'"_qs, u"1e3"_qs, u"NO"_qs, u"\u2028sep"_qs};
    return names;
}

} // namespace

/// Platform files: the demo file's exact round trip, roles by id, name or abbreviation, hostile
/// names, every refusal with its file and line, save, and the diff shown before saving.
class TstPlatformFile : public QObject {
    Q_OBJECT
private slots:
    void demoRoundTrip();
    void rolesNormalized();
    void hostileRoundTrip();
    void ldapDirectory();
    void errors_data();
    void errors();
    void definitionFromFile();
    void warnings();
    void saveAndLoad();
    void diff_data();
    void diff();
    void diffOfEdit();
};

void TstPlatformFile::demoRoundTrip()
{
    const QByteArray text = readAll(demoPath());
    const PlatformFileLoad l = PlatformFileFormat::load(demoPath());
    QVERIFY2(l.ok(), qPrintable(l.error));
    QVERIFY2(l.warnings.isEmpty(), qPrintable(l.warnings.join(u'\n')));
    QCOMPARE(l.file.projects.size(), 3);
    QCOMPARE(l.file.directory.kind, PlatformDirectorySource::Kind::Import);
    QVERIFY(l.file.rules.size() >= 5);
    const QByteArray again = PlatformFileFormat::serialize(l.file, hm());
    QCOMPARE(QString::fromUtf8(again), QString::fromUtf8(text));   // an unchanged file saves unchanged
    const PlatformFileLoad reloaded = yaml(again);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error));
    compareFiles(reloaded.file, l.file);
    QCOMPARE(reloaded.file.rules.first().line, l.file.rules.first().line);
}

void TstPlatformFile::rolesNormalized()
{
    const PlatformFileLoad l = yaml(R"(platform: edb-hybrid-manager
organization: Acme
projects: [ml]
people:
  - {id: bot, kind: machine}
assignments:
  - {person: alice, role: organization-owner}
  - {person: bob, role: po, project: ml}
  - {person: bot, role: Estate Ingester, project: ml}
rules:
  - name: r
    project: ml
    conditions: [{group: g}, {provider: p}]
    roles: [PE, project viewer]
)");
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.file.assignments.at(0).role, hm().role(u"Organization Owner"_qs)->id);
    QCOMPARE(l.file.assignments.at(1).role, hm().role(u"Project Owner"_qs)->id);
    QCOMPARE(l.file.assignments.at(1).line, 8);
    QCOMPARE(l.file.rules.first().roles, (QStringList{hm().role(u"Project Editor"_qs)->id, hm().role(u"Project Viewer"_qs)->id}));
    QCOMPARE(l.file.rules.first().conditions.at(1), (PlatformCondition{PlatformCondition::Kind::Provider, u"p"_qs}));
    // Written back with the roles' names, readable.
    const QString text = QString::fromUtf8(PlatformFileFormat::serialize(l.file, hm()));
    QVERIFY2(text.contains(u"roles: [Project Editor, Project Viewer]"), qPrintable(text));
    QVERIFY(text.contains(u"  - {person: bob, role: Project Owner, project: ml}"));
    QVERIFY(text.contains(u"  - {id: bot, kind: machine}"));
}

void TstPlatformFile::hostileRoundTrip()
{
    PlatformFile f;
    f.definitionId = hm().id;
    f.organization = u"Acme: \"the\" #1"_qs;
    f.projects = hostileNames();
    int i = 0;
    for (const QString &name : hostileNames()) {
        const QString project = hostileNames().at((i + 1) % hostileNames().size());
        f.people << PlatformPerson{name, name, i % 3 ? PlatformPerson::Kind::Human : PlatformPerson::Kind::Machine,
                                   name, {name, u"g"_qs}, 0};
        f.assignments << PlatformAssignment{name, hm().roles.at(i % hm().roles.size()).id,
                                            hm().roles.at(i % hm().roles.size()).scope == PlatformScope::Project ? project : QString(), 0};
        if (hm().roles.at(i % hm().roles.size()).machineUsersOnly)
            f.assignments.last().person = hostileNames().first();   // a machine user (i == 0)
        f.rules << PlatformRule{name, project, {{PlatformCondition::Kind::Group, name}, {PlatformCondition::Kind::Provider, name}},
                                {hm().role(u"PV"_qs)->id}, 0};
        ++i;
    }
    f.logins.sameName = true;
    for (const QString &name : hostileNames()) {
        f.logins.patterns << u"{id}"_qs + name;
        f.logins.lists << PlatformLoginList{name, {name, name + u'x'}, 0};
    }
    const QByteArray text = PlatformFileFormat::serialize(f, hm());
    const PlatformFileLoad l = yaml(text);
    QVERIFY2(l.ok(), qPrintable(l.error + u'\n' + QString::fromUtf8(text)));
    compareFiles(l.file, f);
    QCOMPARE(PlatformFileFormat::serialize(l.file, hm()), text);
}

void TstPlatformFile::ldapDirectory()
{
    const PlatformFileLoad l = yaml(R"y(platform: edb-hybrid-manager
organization: Acme
projects: []
directory:
  ldap: {url: "ldap://127.0.0.1:3890", start_tls: yes, bind_dn: "cn=reader,dc=acme,dc=example", base_dn: "dc=acme,dc=example",
         provider: corp-ldap, user_filter: "(objectClass=inetOrgPerson)", member_attribute: uniqueMember,
         machine_filter: "(employeeType=machine)", ca_file: tls/ca.pem}
)y");
    QVERIFY2(l.ok(), qPrintable(l.error));
    const PlatformDirectorySource &d = l.file.directory;
    QCOMPARE(d.kind, PlatformDirectorySource::Kind::Ldap);
    QCOMPARE(d.provider, u"corp-ldap"_qs);
    QVERIFY(d.startTls);
    QCOMPARE(d.bindDn, u"cn=reader,dc=acme,dc=example"_qs);
    QCOMPARE(d.memberAttribute, u"uniqueMember"_qs);
    QVERIFY(d.groupFilter.isEmpty());
    QCOMPARE(d.machineFilter, u"(employeeType=machine)"_qs);
    QCOMPARE(d.caFile, u"tls/ca.pem"_qs);
    // The reader's settings: the file's, a relative CA file beside the platform file, defaults elsewhere.
    const LdapSettings s = LdapSettings::fromSource(d, u"/x/y/acme.yaml"_qs);
    QCOMPARE(s.url, d.url);
    QCOMPARE(s.caFile, u"/x/y/tls/ca.pem"_qs);
    QCOMPARE(s.machineFilter, d.machineFilter);
    QCOMPARE(s.memberAttribute, u"uniqueMember"_qs);
    QCOMPARE(s.groupFilter, LdapSettings().groupFilter);
    QCOMPARE(s.provider, u"corp-ldap"_qs);
    const QByteArray text = PlatformFileFormat::serialize(l.file, hm());
    const PlatformFileLoad again = yaml(text);
    QVERIFY2(again.ok(), qPrintable(again.error));
    compareFiles(again.file, l.file);
    QVERIFY(text.contains("directory:\n  provider: corp-ldap\n  ldap:\n    url: ldap://127.0.0.1:3890\n    start_tls: true\n"));
    QCOMPARE(PlatformFileFormat::importPath(u"/x/y/acme.yaml"_qs, l.file), QString());
    PlatformFile imported;
    imported.directory.importPath = u"../dir/people.csv"_qs;
    QCOMPARE(PlatformFileFormat::importPath(u"/x/y/acme.yaml"_qs, imported), u"/x/dir/people.csv"_qs);
}

void TstPlatformFile::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const QByteArray head = "platform: edb-hybrid-manager\norganization: Acme\nprojects: [ml, web]\n";   // lines 1-3
    QTest::newRow("not YAML") << QByteArray("platform: [x\n  y: {") << u"acme.yaml:2: not YAML: "_qs;
    QTest::newRow("not a mapping") << head.left(0) + "just words\n" << u"acme.yaml:1: a mapping with platform"_qs;
    QTest::newRow("binary") << QByteArray("platform: x\n\x01\x02\x03") << u"acme.yaml:2: not YAML: a text file expected"_qs;
    QTest::newRow("not UTF-8") << QByteArray("platform: \xff\xfe") << u"acme.yaml: not YAML: the file is not UTF-8 text"_qs;
    QTest::newRow("unknown key") << head + "colour: red\n" << u"acme.yaml:4: unknown key \"colour\""_qs;
    QTest::newRow("wrong platform") << QByteArray("platform: other\n") << u"acme.yaml:1: platform \"other\" does not match"_qs;
    QTest::newRow("projects not a list") << head.left(head.indexOf("projects")) + "projects: ml\n"
                                         << u"acme.yaml:3: \"projects\": a list of names expected"_qs;
    QTest::newRow("project twice") << head.left(head.indexOf("projects")) + "projects: [ml, ml]\n"
                                   << u"acme.yaml:3: project \"ml\" listed twice"_qs;
    QTest::newRow("person without id") << head + "people:\n  - {name: X}\n" << u"acme.yaml:5: person: \"id\" is missing"_qs;
    QTest::newRow("person twice") << head + "people:\n  - {id: a}\n  - {id: a}\n" << u"acme.yaml:6: person \"a\": this person is listed twice"_qs;
    QTest::newRow("person unknown key") << head + "people:\n  - {id: a, mail: x}\n" << u"acme.yaml:5: person \"a\": unknown key \"mail\""_qs;
    QTest::newRow("key twice") << head + "people:\n  - {id: a, name: A,\n     name: B}\n" << u"acme.yaml:6: person \"a\": \"name\" given twice"_qs;
    QTest::newRow("bad kind") << head + "people:\n  - {id: a, kind: robot}\n" << u"acme.yaml:5: person \"a\": \"kind\" must be human or machine"_qs;
    QTest::newRow("groups not a list") << head + "people:\n  - {id: a, groups: {x: 1}}\n"
                                       << u"acme.yaml:5: person \"a\": \"groups\": a list of names expected"_qs;
    QTest::newRow("id a list") << head + "people:\n  - {id: [a]}\n" << u"acme.yaml:5: person: \"id\" must be a single value"_qs;
    QTest::newRow("unknown role") << head + "assignments:\n  - {person: a, role: Boss}\n"
                                  << u"acme.yaml:5: assignment of Boss to a: unknown role \"Boss\""_qs;
    QTest::newRow("project role at org") << head + "assignments:\n  - {person: a, role: Project Owner}\n"
                                         << u"acme.yaml:5: assignment of Project Owner to a: Project Owner is a project role and cannot be given by an assignment without a project"_qs;
    QTest::newRow("org role in project") << head + "assignments:\n  - {person: a, role: OO, project: ml}\n"
                                         << u"acme.yaml:5: assignment of OO in ml to a: Organization Owner is an organization role"_qs;
    QTest::newRow("unknown project") << head + "assignments:\n  - {person: a, role: PV, project: mk}\n"
                                     << u"acme.yaml:5: assignment of PV in mk to a: unknown project \"mk\" (the file lists ml, web)"_qs;
    QTest::newRow("assignment twice") << head + "assignments:\n  - {person: a, role: PV, project: ml}\n  - {person: a, role: Project Viewer, project: ml}\n"
                                      << u"acme.yaml:6: assignment of Project Viewer in ml to a: this assignment is listed twice"_qs;
    QTest::newRow("estate ingester to human") << head + "people:\n  - {id: a}\nassignments:\n  - {person: a, role: EI, project: ml}\n"
                                              << u"acme.yaml:7: assignment of EI in ml to a: only machine users may hold Estate Ingester, and a is human"_qs;
    QTest::newRow("assignment without role") << head + "assignments:\n  - {person: a}\n" << u"acme.yaml:5: assignment: \"role\" is missing"_qs;
    QTest::newRow("rule without conditions") << head + "rules:\n  - name: r\n    roles: [OO]\n"
                                             << u"acme.yaml:5: rule \"r\": a rule needs at least one condition"_qs;
    QTest::newRow("rule with empty conditions") << head + "rules:\n  - name: r\n    conditions: []\n    roles: [OO]\n"
                                                << u"acme.yaml:5: rule \"r\": a rule needs at least one condition"_qs;
    QTest::newRow("rule without roles") << head + "rules:\n  - name: r\n    conditions: [{group: g}]\n"
                                        << u"acme.yaml:5: rule \"r\": a rule needs at least one role"_qs;
    QTest::newRow("project role in org rule") << head + "rules:\n  - name: r\n    conditions: [{group: g}]\n    roles: [OO, Project Owner]\n"
                                              << u"acme.yaml:7: rule \"r\": Project Owner is a project role and cannot be given by an organization rule"_qs;
    QTest::newRow("org role in project rule") << head + "rules:\n  - name: r\n    project: ml\n    conditions: [{group: g}]\n    roles: [AMM]\n"
                                              << u"acme.yaml:8: rule \"r\": AI Model Manager is an organization role and cannot be given by a project rule"_qs;
    QTest::newRow("rule unknown project") << head + "rules:\n  - name: r\n    project: x\n    conditions: [{group: g}]\n    roles: [PV]\n"
                                          << u"acme.yaml:5: rule \"r\": unknown project \"x\""_qs;
    QTest::newRow("rule twice") << head + "rules:\n  - {name: r, project: ml, conditions: [{group: g}], roles: [PV]}\n"
                                          "  - {name: r, project: ml, conditions: [{group: h}], roles: [PE]}\n"
                                << u"acme.yaml:6: rule \"r\": another rule of project ml has this name"_qs;
    QTest::newRow("org rule twice") << head + "rules:\n  - {name: r, conditions: [{group: g}], roles: [OA]}\n"
                                              "  - {name: r, conditions: [{group: h}], roles: [OO]}\n"
                                    << u"acme.yaml:6: rule \"r\": another organization rule has this name"_qs;
    QTest::newRow("unknown condition") << head + "rules:\n  - {name: r, conditions: [{email: x}], roles: [OA]}\n"
                                       << u"acme.yaml:5: rule \"r\": unknown condition \"email\""_qs;
    QTest::newRow("condition two keys") << head + "rules:\n  - {name: r, conditions: [{group: x, provider: y}], roles: [OA]}\n"
                                        << u"acme.yaml:5: rule \"r\": a condition is {provider: name} or {group: name}"_qs;
    QTest::newRow("rule roles not a list") << head + "rules:\n  - {name: r, conditions: [{group: x}], roles: OA}\n"
                                           << u"acme.yaml:5: rule \"r\": \"roles\": a list of names expected"_qs;
    QTest::newRow("rules a map") << head + "rules: {a: 1}\n" << u"acme.yaml:4: rules: a list of role mapping rules expected"_qs;
    QTest::newRow("ldap and import") << head + "directory:\n  import: x.csv\n  ldap: {url: u, base_dn: b}\n"
                                     << u"acme.yaml:5: directory: either ldap or import, not both"_qs;
    QTest::newRow("ldap without base") << head + "directory:\n  ldap: {url: u}\n" << u"acme.yaml:5: directory: \"base_dn\" is missing"_qs;
    QTest::newRow("bad start_tls") << head + "directory:\n  ldap: {url: u, base_dn: b, start_tls: maybe}\n"
                                   << u"acme.yaml:5: directory: \"start_tls\" must be true or false"_qs;
}

void TstPlatformFile::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const PlatformFileLoad l = yaml(text);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(u"got: "_qs + l.error));
}

void TstPlatformFile::definitionFromFile()
{
    const QByteArray text = "platform: edb-hybrid-manager\norganization: A\nprojects: []\n";
    PlatformFileLoad l = PlatformFileFormat::parse(text, u"a.yaml"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.file.definitionId, u"edb-hybrid-manager"_qs);
    l = PlatformFileFormat::parse("organization: A\nplatform: nope\n", u"a.yaml"_qs);
    QVERIFY2(l.error.startsWith(u"a.yaml:2: unknown platform \"nope\" (expected one of edb-hybrid-manager"), qPrintable(l.error));
    l = PlatformFileFormat::parse("organization: A\n", u"a.yaml"_qs);
    QVERIFY2(l.error.startsWith(u"a.yaml:1: \"platform\" is missing"), qPrintable(l.error));
    l = PlatformFileFormat::load(u"/nonexistent/x.yaml"_qs);
    QVERIFY2(l.error.startsWith(u"/nonexistent/x.yaml: cannot read"), qPrintable(l.error));
}

void TstPlatformFile::warnings()
{
    const PlatformFileLoad l = yaml("platform: edb-hybrid-manager\norganization: A\nprojects: []\npeople:\n  - {id: a, groups: [g]}\n"
                                    "rules:\n  - {name: r, conditions: [{group: g}], roles: [OA]}\n"
                                    "  - {name: s, conditions: [{group: nobody}], roles: [OA]}\n");
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.warnings, QStringList{u"acme.yaml:8: rule \"s\": nobody is in group \"nobody\""_qs});
}

void TstPlatformFile::saveAndLoad()
{
    QTemporaryDir dir;
    const PlatformFileLoad demo = PlatformFileFormat::load(demoPath());
    QVERIFY2(demo.ok(), qPrintable(demo.error));
    const QString path = dir.filePath(u"copy.yaml"_qs);
    QCOMPARE(PlatformFileFormat::save(demo.file, hm(), path), QString());
    QCOMPARE(readAll(path), readAll(demoPath()));
    const PlatformFileLoad back = PlatformFileFormat::load(path, &hm());
    QVERIFY2(back.ok(), qPrintable(back.error));
    compareFiles(back.file, demo.file);
    const QString refused = PlatformFileFormat::save(demo.file, hm(), dir.filePath(u"missing/dir/x.yaml"_qs));
    QVERIFY2(refused.startsWith(u"cannot write "), qPrintable(refused));
}

void TstPlatformFile::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QString();
    QTest::newRow("both empty") << QByteArray() << QByteArray() << QString();
    QTest::newRow("new file") << QByteArray() << QByteArray("a\nb\n") << u"@@ -0,0 +1,2 @@\n+a\n+b\n"_qs;
    QTest::newRow("emptied") << QByteArray("a\n") << QByteArray() << u"@@ -1,1 +0,0 @@\n-a\n"_qs;
    QTest::newRow("change in middle") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
                                      << u"@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_qs;
    QTest::newRow("insert at start") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("new\na\nb\nc\nd\ne\n")
                                     << u"@@ -1,3 +1,4 @@\n+new\n a\n b\n c\n"_qs;
    QTest::newRow("two hunks") << QByteArray("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n") << QByteArray("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n")
                               << u"@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n"_qs;
    QTest::newRow("joined hunk") << QByteArray("a\n1\n2\n3\n4\n5\n6\nb\n") << QByteArray("A\n1\n2\n3\n4\n5\n6\nB\n")
                                 << u"@@ -1,8 +1,8 @@\n-a\n+A\n 1\n 2\n 3\n 4\n 5\n 6\n-b\n+B\n"_qs;
    QTest::newRow("no final newline") << QByteArray("a\nb") << QByteArray("a\nc") << u"@@ -1,2 +1,2 @@\n a\n-b\n+c\n"_qs;
}

void TstPlatformFile::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QCOMPARE(PlatformFileFormat::diff(before, after), expected);
}

void TstPlatformFile::diffOfEdit()
{
    // The diff of an edited demo file shows only the edit, and applying it gives the new file.
    const QByteArray before = readAll(demoPath());
    PlatformFileLoad l = yaml(before);
    QVERIFY2(l.ok(), qPrintable(l.error));
    l.file.assignments.removeAt(1);
    l.file.rules[2].roles.removeLast();
    l.file.people << PlatformPerson{u"nina"_qs, u"Nina Nowak"_qs, PlatformPerson::Kind::Human, u"native"_qs, {}, 0};
    const QByteArray after = PlatformFileFormat::serialize(l.file, hm());
    const QString d = PlatformFileFormat::diff(before, after);
    const QStringList lines = d.split(u'\n', Qt::SkipEmptyParts);
    QStringList removed, added;
    for (const QString &line : lines) {
        if (line.startsWith(u'-'))
            removed << line.mid(1);
        else if (line.startsWith(u'+'))
            added << line.mid(1);
    }
    QCOMPARE(removed, (QStringList{u"  - {person: zoe, role: AI Model Manager}"_qs,
                                   u"    roles: [Project Editor, Catalog Data writer]"_qs}));
    QCOMPARE(added, (QStringList{u"  - {id: nina, name: Nina Nowak, provider: native}"_qs, u"    roles: [Project Editor]"_qs}));
    // Patch the old text with the hunks: it must give the new one.
    QStringList result = QString::fromUtf8(before).split(u'\n');
    result.removeLast();
    qsizetype offset = 0;
    for (qsizetype i = 0; i < lines.size();) {
        const QString header = lines.at(i++);
        QVERIFY(header.startsWith(u"@@ -"));
        qsizetype at = header.mid(4).section(u',', 0, 0).toLongLong() - 1 + offset;
        while (i < lines.size() && !lines.at(i).startsWith(u"@@")) {
            const QString line = lines.at(i++);
            if (line.startsWith(u'-')) {
                QCOMPARE(result.at(at), line.mid(1));
                result.removeAt(at);
                --offset;
            } else if (line.startsWith(u'+')) {
                result.insert(at++, line.mid(1));
                ++offset;
            } else {
                QCOMPARE(result.at(at++), line.mid(1));
            }
        }
    }
    QCOMPARE(result.join(u'\n') + u'\n', QString::fromUtf8(after));
}

QTEST_GUILESS_MAIN(TstPlatformFile)
#include "tst_platformfile.moc"
