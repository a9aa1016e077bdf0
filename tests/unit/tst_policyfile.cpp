#include "policy/policyfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

PolicyLoad yaml(const char *text)
{
    return PolicyFile::parse(QByteArray(text), PolicyFile::Format::Yaml, u"policy.yaml"_qs);
}

/// Every field, names YAML and JSON could misread, and both default-privilege forms.
DesiredState richState()
{
    DesiredState s;
    s.database = u"app db"_qs;
    s.scope.allRoles = false;
    s.scope.roles = {u"true"_qs, u"123"_qs, u"null"_qs, u"a: b"_qs, u"- x"_qs, u" lead"_qs, u"Wëird \"q\".x"_qs,
                     u"PUBLIC"_qs, QString(63, u'z')};
    // Global default privileges need every schema in scope; the schema list is tested by scopeList().
    s.scope.dropUnlistedRoles = true;
    DesiredRole r;
    r.name = u"true"_qs;
    r.attributes.login = true;
    r.attributes.superuser = false;
    r.attributes.inherit = false;
    r.attributes.createDb = true;
    r.attributes.createRole = false;
    r.attributes.replication = false;
    r.attributes.bypassRls = true;
    r.attributes.connectionLimit = 7;
    r.attributes.validUntil = QDateTime(QDate(2030, 1, 31), QTime(12, 0, 0, 250), Qt::UTC);
    r.memberOf = {{u"123"_qs, true}, {u"a: b"_qs, false}};
    s.roles << r;
    DesiredRole other;
    other.name = u"null"_qs;
    other.attributes.validUntil = QDateTime(); // infinity
    s.roles << other;
    s.roles << DesiredRole{u"- x"_qs, {}, {}, {}};
    s.grants << DesiredGrant{{ObjectKind::Function, u"s.\"x\""_qs, u"f"_qs, u"integer, \"s.\"\"x\"\"\".mood"_qs, {}}, {},
                             Privilege::Execute, {}, {}};
    s.grants << DesiredGrant{{ObjectKind::Column, u"#not a comment"_qs, u"t: 1"_qs, {}, u"Amount $"_qs}, u" lead"_qs,
                             Privilege::Select | Privilege::Update, Privilege::Update, {}};
    s.grants << DesiredGrant{{ObjectKind::Database, {}, u"app db"_qs, {}, {}}, u"Wëird \"q\".x"_qs,
                             Privilege::Connect | Privilege::Temporary, {}, {}};
    s.grants << DesiredGrant{{ObjectKind::Table, u"s.\"x\""_qs, u"t"_qs, {}, {}}, QString(63, u'z'), {}, {}, {}};
    s.defaultPrivileges << DesiredDefaultPrivilege{u"true"_qs, {}, ObjectKind::Function, {}, {}, {}, {}};
    s.defaultPrivileges << DesiredDefaultPrivilege{u"true"_qs, u"s.\"x\""_qs, ObjectKind::Sequence, u"123"_qs,
                                                   Privilege::Usage | Privilege::Select, Privilege::Usage, {}};
    s.defaultPrivileges << DesiredDefaultPrivilege{u"null"_qs, {}, ObjectKind::Schema, u"- x"_qs, Privilege::Usage, {}, {}};
    // By group name and member name, as the reader sorts them; a group with no members.
    DesiredSchemaGroups groups;
    groups.model = GroupModel::Slpm;
    groups.groups << DesiredGroupMembers{u"app db.Mixed Case.viewer"_qs, {u"- x"_qs, u"a: b"_qs, u"true"_qs}, {}};
    groups.groups << DesiredGroupMembers{u"app db.admin"_qs, {}, {}};
    groups.groups << DesiredGroupMembers{u"app db.s.\"x\".writer"_qs, {u"123"_qs}, {}};
    s.schemaGroups = groups;
    return s;
}

} // namespace

/// Policy files: exact round trips in YAML and JSON with hostile names, the documented
/// shorthand (ALL, grantable: true, member_of as names, schema: all), and errors with file
/// names and line numbers (YAML) or paths (JSON).
class TstPolicyFile : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void saveAndLoad();
    void shorthand();
    void scopeList();
    void errors_data();
    void errors();
    void jsonErrors();
    void schemaGroups();
};

void TstPolicyFile::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("yaml") << int(PolicyFile::Format::Yaml);
    QTest::newRow("json") << int(PolicyFile::Format::Json);
}

void TstPolicyFile::roundTrip()
{
    QFETCH(int, format);
    const DesiredState state = richState();
    QVERIFY2(state.validate().isEmpty(), qPrintable(state.validate().join(u'\n')));
    const QByteArray text = PolicyFile::serialize(state, PolicyFile::Format(format));
    const PolicyLoad back = PolicyFile::parse(text, PolicyFile::Format(format), u"x"_qs);
    QVERIFY2(back.ok(), qPrintable(back.error + u'\n' + QString::fromUtf8(text)));
    QVERIFY2(back.state == state, text.constData());
    QCOMPARE(back.state.roles.front().attributes.validUntil, state.roles.front().attributes.validUntil);
    QCOMPARE(PolicyFile::serialize(back.state, PolicyFile::Format(format)), text);
}

void TstPolicyFile::saveAndLoad()
{
    QTemporaryDir dir;
    const DesiredState state = richState();
    for (const QString &name : {u"p.yaml"_qs, u"p.YML"_qs, u"p.json"_qs}) {
        QCOMPARE(PolicyFile::save(state, dir.filePath(name)), QString());
        const PolicyLoad back = PolicyFile::load(dir.filePath(name));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(back.state == state);
    }
    QVERIFY(!PolicyFile::save(state, dir.filePath(u"p.txt"_qs)).isEmpty());
    QVERIFY(!PolicyFile::save(state, dir.filePath(u"no/dir/p.yaml"_qs)).isEmpty());
    // A file that cannot be read is named by its full path, so a user who gave a relative one
    // sees which folder was searched.
    const QString missing = QDir::cleanPath(dir.filePath(u"missing.yaml"_qs));
    const QString error = PolicyFile::load(missing).error;
    QVERIFY2(error.startsWith(missing + u": "_qs), qPrintable(error));
}

void TstPolicyFile::shorthand()
{
    const PolicyLoad load = yaml("version: 1\n"
                                 "roles:\n"
                                 "  - name: alice\n"
                                 "    member_of: [readers]\n"
                                 "grants:\n"
                                 "  - {type: table, schema: s, name: t, grantee: alice, privileges: ALL, grantable: true}\n"
                                 "  - {type: database, name: app, grantee: PUBLIC, privileges: [connect, TEMP]}\n"
                                 "default_privileges:\n"
                                 "  - {for_role: alice, schema: all, objects: functions, grantee: PUBLIC}\n");
    QVERIFY2(load.ok(), qPrintable(load.error));
    const DesiredState &s = load.state;
    QVERIFY(s.scope.allRoles && s.scope.allSchemas && s.scope.database && !s.scope.dropUnlistedRoles);
    QCOMPARE(s.roles.front().memberOf, (QList<DesiredMembership>{{u"readers"_qs, false}}));
    QVERIFY(!s.roles.front().attributes.login); // not governed
    const Privileges table = Privilege::Select | Privilege::Insert | Privilege::Update | Privilege::Delete
                             | Privilege::Truncate | Privilege::References | Privilege::Trigger;
    QCOMPARE(s.grants.at(0).privileges, table);
    QCOMPARE(s.grants.at(0).grantable, table);
    QCOMPARE(s.grants.at(1).grantee, QString());
    QCOMPARE(s.grants.at(1).privileges, Privilege::Connect | Privilege::Temporary);
    QCOMPARE(s.defaultPrivileges.front().schema, QString());
    QCOMPARE(s.defaultPrivileges.front().privileges, Privileges());
    QCOMPARE(s.grants.at(0).where, u"policy.yaml:6"_qs);
}

void TstPolicyFile::scopeList()
{
    DesiredState s;
    s.scope.allSchemas = false;
    s.scope.schemas = {u"s.\"x\""_qs, u"#not a comment"_qs, u"yes"_qs};
    s.scope.database = false;
    for (auto format : {PolicyFile::Format::Yaml, PolicyFile::Format::Json}) {
        const PolicyLoad back = PolicyFile::parse(PolicyFile::serialize(s, format), format, u"x"_qs);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.state.scope, s.scope);
    }
}

void TstPolicyFile::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const QByteArray head = "version: 1\ngrants:\n";
    QTest::newRow("unknown privilege")
        << head + "  - type: table\n    schema: s\n    name: t\n    grantee: a\n    privileges: [SELECT,\n      SELEKT]\n"
        << u"policy.yaml:8: unknown privilege SELEKT for a table"_qs;
    QTest::newRow("not applicable")
        << head + "  - {type: sequence, schema: s, name: q, grantee: a, privileges: [EXECUTE]}\n"
        << u"policy.yaml:3: privilege EXECUTE does not apply to a sequence"_qs;
    QTest::newRow("unknown type")
        << head + "  - type: tabel\n    schema: s\n    name: t\n    grantee: a\n"
        << u"policy.yaml:3: unknown object type tabel"_qs;
    QTest::newRow("unknown key")
        << head + "  - type: table\n    schema: s\n    name: t\n    grante: a\n"
        << u"policy.yaml:6: unknown key \"grante\""_qs;
    QTest::newRow("missing name")
        << head + "  - type: table\n    schema: s\n    grantee: a\n"
        << u"policy.yaml:3: \"name\" is missing"_qs;
    QTest::newRow("grantable not granted")
        << head + "  - {type: table, schema: s, name: t, grantee: a, privileges: [SELECT], grantable: [INSERT]}\n"
        << u"policy.yaml:3: grantable INSERT is not among the privileges"_qs;
    QTest::newRow("schema on a schema")
        << head + "  - {type: schema, schema: x, name: s, grantee: a, privileges: [USAGE]}\n"
        << u"policy.yaml:3: a schema has no schema"_qs;
    QTest::newRow("twice")
        << head + "  - {type: schema, name: s, grantee: a, privileges: [USAGE]}\n  - {type: schema, name: s, grantee: a}\n"
        << u"policy.yaml:4: the grants to a on s are listed twice"_qs;
    QTest::newRow("outside scope")
        << QByteArray("version: 1\nscope: {roles: [a], schemas: [s]}\ngrants:\n  - {type: table, schema: t, name: x, grantee: b}\n")
        << u"policy.yaml:4: grantee b is outside the scope"_qs;
    QTest::newRow("version") << QByteArray("version: 2\n") << u"policy.yaml:1: unsupported version 2"_qs;
    QTest::newRow("syntax") << QByteArray("version: 1\ngrants: [\n  - x\n") << u"policy.yaml:"_qs;
    QTest::newRow("bad bool")
        << QByteArray("version: 1\nroles:\n  - name: a\n    login: maybe\n") << u"policy.yaml:4: \"login\" must be true or false"_qs;
    QTest::newRow("bad time")
        << QByteArray("version: 1\nroles:\n  - name: a\n    valid_until: soon\n") << u"policy.yaml:4: valid_until must be"_qs;
    QTest::newRow("groups: unknown model")
        << QByteArray("version: 1\nschema_groups:\n  model: xlpm\n") << u"policy.yaml:3: unknown model xlpm"_qs;
    QTest::newRow("groups: unknown key")
        << QByteArray("version: 1\nschema_groups:\n  model: slpm\n  member: {}\n") << u"policy.yaml:4: unknown key \"member\""_qs;
    QTest::newRow("groups: not a list")
        << QByteArray("version: 1\nschema_groups:\n  model: slpm\n  members:\n    db.s.viewer: {a: b}\n")
        << u"policy.yaml:5: a list of member names expected"_qs;
    QTest::newRow("groups: reserved user")
        << QByteArray("version: 1\nschema_groups:\n  model: slpm\n  members:\n    db.s.viewer: [ann, sales_Viewer]\n")
        << u"policy.yaml:5: group db.s.viewer: the user name sales_Viewer is reserved"_qs;
    QTest::newRow("groups: member twice")
        << QByteArray("version: 1\nschema_groups:\n  model: spm\n  members:\n    db_viewer: [ann, ann]\n")
        << u"policy.yaml:5: group db_viewer lists ann twice"_qs;
    QTest::newRow("groups: model missing")
        << QByteArray("version: 1\nschema_groups:\n  members: {}\n") << u"policy.yaml:3: \"model\" is missing"_qs;
    QTest::newRow("default class")
        << QByteArray("version: 1\ndefault_privileges:\n  - {for_role: a, objects: views, grantee: b}\n")
        << u"policy.yaml:3: unknown object class views"_qs;
}

void TstPolicyFile::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const PolicyLoad load = PolicyFile::parse(text, PolicyFile::Format::Yaml, u"policy.yaml"_qs);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.startsWith(error), qPrintable(load.error));
}

void TstPolicyFile::jsonErrors()
{
    const PolicyLoad syntax = PolicyFile::parse("{\n \"version\": 1,\n \"grants\": [\n}\n", PolicyFile::Format::Json, u"p.json"_qs);
    QVERIFY2(syntax.error.startsWith(u"p.json:4: "_qs), qPrintable(syntax.error));
    const PolicyLoad semantic = PolicyFile::parse(
        R"({"version": 1, "grants": [{"type": "table", "schema": "s", "name": "t", "grantee": "a", "privileges": ["SELECT", "USAGE"]}]})",
        PolicyFile::Format::Json, u"p.json"_qs);
    QCOMPARE(semantic.error, u"p.json: grants[0].privileges[1]: privilege USAGE does not apply to a table"_qs);
    QCOMPARE(PolicyFile::formatForPath(u"a/b.JSON"_qs), PolicyFile::Format::Json);
    QVERIFY(!PolicyFile::formatForPath(u"a/b.toml"_qs));
}

void TstPolicyFile::schemaGroups()
{
    // The documented form: group names with dots and spaces as keys, members as lists.
    const PolicyLoad load = yaml("version: 1\n"
                                 "schema_groups:\n"
                                 "  model: SLPM\n"
                                 "  members:\n"
                                 "    \"mydb.sales.writer\": [bob, ann]\n"
                                 "    mydb.Mixed Case.viewer:\n"
                                 "      - carl\n"
                                 "    mydb.admin: []\n"
                                 "    mydb.sales.viewer:\n");
    QVERIFY2(load.ok(), qPrintable(load.error));
    QVERIFY(load.state.schemaGroups);
    const DesiredSchemaGroups &g = *load.state.schemaGroups;
    QCOMPARE(g.model, GroupModel::Slpm);
    QCOMPARE(g.groups.size(), 4);
    QCOMPARE(g.groups.at(0).group, u"mydb.Mixed Case.viewer"_qs);
    QCOMPARE(g.groups.at(0).members, QStringList{u"carl"_qs});
    QCOMPARE(g.groups.at(0).where, u"policy.yaml:7"_qs);
    QCOMPARE(g.groups.at(1).group, u"mydb.admin"_qs);
    QVERIFY(g.groups.at(1).members.isEmpty());
    QCOMPARE(g.groups.at(2).group, u"mydb.sales.viewer"_qs);
    QVERIFY(g.groups.at(2).members.isEmpty());
    QCOMPARE(g.groups.at(3).members, (QStringList{u"ann"_qs, u"bob"_qs}));
    // A file without the section has none; one written without it has no schema_groups key.
    const PolicyLoad plain = yaml("version: 1\n");
    QVERIFY(plain.ok() && !plain.state.schemaGroups);
    QVERIFY(!PolicyFile::serialize(plain.state, PolicyFile::Format::Yaml).contains("schema_groups"));
    // JSON, the same section.
    const PolicyLoad json = PolicyFile::parse(
        R"({"version": 1, "schema_groups": {"model": "spm", "members": {"mydb_writer": ["ann"], "mydb_admin": []}}})",
        PolicyFile::Format::Json, u"p.json"_qs);
    QVERIFY2(json.ok(), qPrintable(json.error));
    QCOMPARE(json.state.schemaGroups->model, GroupModel::Spm);
    QCOMPARE(json.state.schemaGroups->groups.size(), 2);
    QCOMPARE(json.state.schemaGroups->groups.at(1).members, QStringList{u"ann"_qs});
    // Members outside a scope of named roles are refused.
    const PolicyLoad outside = yaml("version: 1\nscope: {roles: [ann]}\nschema_groups:\n  model: slpm\n"
                                    "  members:\n    db.s.viewer: [ann, bob]\n");
    QVERIFY2(outside.error.contains(u"member bob is outside the scope"_qs), qPrintable(outside.error));
}

QTEST_APPLESS_MAIN(TstPolicyFile)
#include "tst_policyfile.moc"
