#include "clirun.h"
#include "pg/identifier.h"
#include "sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;
using pg::quoteIdent;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

const QString kDb = QStringLiteral("clilint_db");
// --all-databases: a second database where bob reads a table, a third he may not connect to.
const QString kDb2 = QStringLiteral("clilint_db2");
const QString kDb3 = QStringLiteral("clilint_db3");

// Roles are cluster-wide: created here and dropped in cleanup. alice owns models through her own
// login and administers them through her ops login's team; bob is a CREATEROLE developer of sales
// and viewer of hr (and of sales, redundantly); carol reads sales.orders; root is nobody's superuser.
const char *const kRoles = R"SQL(
CREATE ROLE lnt_alice LOGIN;
CREATE ROLE lnt_team NOLOGIN;
CREATE ROLE lnt_alice_ops LOGIN IN ROLE lnt_team;
CREATE ROLE lnt_bob LOGIN CREATEROLE;
CREATE ROLE lnt_carol LOGIN;
CREATE ROLE lnt_root LOGIN SUPERUSER;
)SQL";

const char *const kFixture = R"SQL(
CREATE EXTENSION pgx_inference_ce;
SELECT pgx_inference.pgx_grant_model_role('lnt_alice', 'model_owner');
GRANT pgx_system_administrator TO lnt_team;
CREATE EXTENSION slpm_ce;
CREATE SCHEMA sales;
CREATE SCHEMA hr;
CREATE TABLE sales.orders (id int);
GRANT USAGE ON SCHEMA sales TO lnt_carol;
GRANT SELECT ON sales.orders TO lnt_carol;
)SQL";

const QByteArray kPlatform =
    "platform: edb-hybrid-manager\n"
    "organization: Acme\n"
    "projects: [ml, web]\n"
    "people:\n"
    "  - {id: lnt_alice}\n"
    "  - {id: lnt_bob}\n"
    "  - {id: lnt_carol}\n"
    "  - {id: lnt_dave}\n"
    "assignments:\n"
    "  - {person: lnt_alice, role: organization-owner}\n"
    "  - {person: lnt_alice, role: platform-admin}\n"
    "  - {person: lnt_bob, role: project-editor, project: ml}\n"
    "  - {person: lnt_carol, role: project-viewer, project: web}\n"
    "rules: []\n"
    "logins:\n"
    "  same_name: true\n"
    "  patterns: [\"{id}_%\"]\n";

/// The shipped rules with the scratch database in project ml.
QByteArray defaultRulesWithProject()
{
    QFile f(qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/lint/default-rules.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the default rules");
    QByteArray text = f.readAll();
    text.replace("database_projects: {}", "database_projects: {clilint_db: ml}");
    return text;
}

/// The violations of \a rule in a JSON answer, as "login|person: path lines".
QStringList violations(const QString &json, const QString &rule)
{
    QStringList out;
    const QJsonArray all = QJsonDocument::fromJson(json.toUtf8()).object().value(u"violations").toArray();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"rule").toString() != rule)
            continue;
        QStringList path;
        for (const QJsonValue &p : o.value(u"path").toArray())
            path << p.toString();
        out << o.value(u"login").toString() + u'|' + o.value(u"person").toString() + QStringLiteral(": ") + path.join(QStringLiteral(" / "));
    }
    return out;
}

} // namespace

/// roledesk-cli lint against a scratch database of the sandbox with real roles: pgx_inference_ce
/// model roles (one person owning models and administering them through a second login and a
/// team), slpm_ce schema groups, SUPERUSER and CREATEROLE logins, rights outside a platform
/// project; each default rule with its path, the JSON and text forms, exit codes (violations,
/// clean, login problems: two people, a missing role; person without a login), and every bad input.
class TstCliLint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usage();
    void defaultRules();
    void text();
    void clean();
    void loginProblems();
    void badRules_data();
    void badRules();
    void badPlatformFile();
    void bootstrapSuperuser();
    void allDatabases();
    void cleanupTestCase();

private:
    Outcome lint(const QStringList &arguments)
    {
        return test::runCliProcess(QStringList{QStringLiteral("lint"), QStringLiteral("--dsn"), QStringLiteral("dbname=") + kDb}
                                   + arguments);
    }
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    void dropAll();

    QTemporaryDir m_dir;
    pg::Connection m_root;
};

void TstCliLint::dropAll()
{
    // The model roles are the cluster's (other databases use them): only our members leave.
    test::dropScratch(m_root, {kDb, kDb2, kDb3}, QStringLiteral("lnt_"), kDb + u'.');
}

void TstCliLint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(kDb)));
    const pg::Result roles = m_root.execScript(QString::fromUtf8(kRoles));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    {
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, kDb));
        const pg::Result fixture = conn.execScript(QString::fromUtf8(kFixture));
        QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    }   // closed: slpm_enable refuses while another session is in the database
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, kDb));
    QVERIFY(test::execOrFail(conn, QStringLiteral("CALL slpm_enable()")));
    for (const char *g : {"sales.developer", "sales.viewer", "hr.viewer"})
        QVERIFY(test::execOrFail(conn, QStringLiteral("CALL slpm_grant($1, 'lnt_bob')"),
                                 {QStringLiteral("\"%1.%2\"").arg(kDb, QLatin1String(g))}));
}

void TstCliLint::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

void TstCliLint::usage()
{
    const Outcome help = test::runCliProcess({QStringLiteral("lint"), QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
    for (const char *word : {"--platform-file", "--rules", "--format", "separation-of-duties", "Exit codes:"})
        QVERIFY2(help.out.contains(QLatin1String(word), Qt::CaseInsensitive), word);
    const Outcome main = test::runCliProcess({QStringLiteral("--help")});
    QVERIFY2(main.out.contains(u"  lint "), qPrintable(main.out));
    QCOMPARE(lint({QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(lint({QStringLiteral("stray")}).exitCode, 2);
}

void TstCliLint::defaultRules()
{
    const QString platform = write(QStringLiteral("acme.yaml"), kPlatform);
    const QString rules = write(QStringLiteral("rules.yaml"), defaultRulesWithProject());
    const Outcome o = lint({QStringLiteral("--platform-file"), platform, QStringLiteral("--rules"), rules,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QCOMPARE(violations(o.out, QStringLiteral("model-owner-and-system-administrator")).filter(u"lnt_"_qs),
             QStringList{u"|lnt_alice: model_owner: lnt_alice > pgx_model_owner / "
                         "system_administrator: lnt_alice_ops > lnt_team > pgx_system_administrator"_qs});
    QCOMPARE(violations(o.out, QStringLiteral("organization-owner-and-platform-admin")),
             QStringList{u"|lnt_alice: Organization Owner (manual) / Platform Admin (manual)"_qs});
    QCOMPARE(violations(o.out, QStringLiteral("superuser-login")).filter(u"lnt_"_qs),
             QStringList{u"lnt_root|: login lnt_root / attribute SUPERUSER"_qs});
    QCOMPARE(violations(o.out, QStringLiteral("createrole-login")).filter(u"lnt_"_qs),
             QStringList{u"lnt_bob|lnt_bob: login lnt_bob (same name) / attribute CREATEROLE"_qs});
    QCOMPARE(violations(o.out, QStringLiteral("developer-and-viewer-elsewhere")),
             QStringList{u"lnt_bob|lnt_bob: login lnt_bob (same name) / lnt_bob > clilint_db.sales.developer / "
                         "lnt_bob > clilint_db.hr.viewer"_qs});
    QCOMPARE(violations(o.out, QStringLiteral("redundant-schema-group")),
             QStringList{u"lnt_bob|lnt_bob: login lnt_bob (same name) / clilint_db.sales.viewer is granted directly, "
                         "and lnt_bob > clilint_db.sales.developer already covers it"_qs});
    // carol reads sales.orders, in a database of project ml; her platform role is in web. The first
    // right found is named (schemas come before tables).
    QCOMPARE(violations(o.out, QStringLiteral("rights-outside-platform-project")),
             QStringList{u"lnt_carol|lnt_carol: login lnt_carol (same name) / "
                         "USAGE on schema sales: direct / database clilint_db belongs to project ml / "
                         "platform roles of lnt_carol: Project Viewer of web (manual)"_qs});
    const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(root.value(u"database").toString(), kDb);
    QCOMPARE(root.value(u"people_without_login").toArray(), QJsonArray{u"lnt_dave"_qs});
    QVERIFY(root.value(u"login_problems").toArray().isEmpty());
}

void TstCliLint::text()
{
    const QString platform = write(QStringLiteral("acme.yaml"), kPlatform);
    const Outcome o = lint({QStringLiteral("--platform-file"), platform});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"error  model-owner-and-system-administrator  lnt_alice: lnt_alice holds the model roles "
                            "model_owner + system_administrator\n    model_owner: lnt_alice > pgx_model_owner\n"_qs),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(u"warning  createrole-login  lnt_bob (lnt_bob): lnt_bob has CREATEROLE\n"_qs), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"note: no login in this server for: lnt_dave\n"_qs), qPrintable(o.out));
    QVERIFY2(o.out.contains(QRegularExpression(u"database clilint_db: violations: \\d+ \\(errors: \\d+, warnings: \\d+\\)"_qs)),
             qPrintable(o.out));
    // No project mapping in the shipped rules: the project rule says nothing.
    QVERIFY2(!o.out.contains(u"rights-outside-platform-project"_qs), qPrintable(o.out));
}

void TstCliLint::clean()
{
    // alice without Platform Admin: nobody holds both; dave without a login is a note. bob's
    // schema groups give him CONNECT: his role moves to web, the database's project here.
    const QString platform = write(QStringLiteral("clean.yaml"), QByteArray(kPlatform)
        .replace("  - {person: lnt_alice, role: platform-admin}\n", "")
        .replace("{person: lnt_bob, role: project-editor, project: ml}", "{person: lnt_bob, role: project-editor, project: web}"));
    const QString rules = write(QStringLiteral("clean-rules.yaml"),
        "rules:\n  - {name: apart, when: {platform_roles: [organization-owner, platform-admin]}}\n"
        "  - {name: covered, when: {database_outside_project: true}}\n"
        "database_projects: {clilint_db: web}\n");
    // carol and bob are covered in web; alice's organization role covers everything.
    const Outcome o = lint({QStringLiteral("--platform-file"), platform, QStringLiteral("--rules"), rules});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"database clilint_db: no violation"_qs), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"note: no login in this server for: lnt_dave"_qs), qPrintable(o.out));
    // The same rules without the platform file: no people, nothing to break.
    QCOMPARE(lint({QStringLiteral("--rules"), rules}).exitCode, 0);
}

void TstCliLint::loginProblems()
{
    const QString rules = write(QStringLiteral("one-rule.yaml"),
        "rules:\n  - {name: apart, when: {platform_roles: [project-owner, project-viewer]}}\n");
    // root listed for two people, and a login that does not exist: exit 1 though no rule is broken.
    const QString platform = write(QStringLiteral("twice.yaml"), kPlatform
        + "  lists:\n    - {person: lnt_alice, roles: [lnt_root]}\n    - {person: lnt_bob, roles: [lnt_root, lnt_gone]}\n");
    const Outcome o = lint({QStringLiteral("--platform-file"), platform, QStringLiteral("--rules"), rules});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"login problem: the login lnt_root is matched by 2 people: lnt_alice, lnt_bob\n"_qs), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"login problem: the logins of lnt_bob name the role \"lnt_gone\", which does not exist (line 20)\n"_qs),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(u"database clilint_db: no violation"_qs), qPrintable(o.out));
    // A superuser claimed by two people is both's: neither escapes the rule.
    const QString su = write(QStringLiteral("su.yaml"), "rules:\n  - {name: su, when: {login_attribute: superuser}}\n");
    const Outcome j = lint({QStringLiteral("--platform-file"), platform, QStringLiteral("--rules"), su,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(violations(j.out, QStringLiteral("su")).filter(u"lnt_root"_qs),
             (QStringList{u"lnt_root|lnt_alice: login lnt_root (listed (line 19)) / attribute SUPERUSER"_qs,
                          u"lnt_root|lnt_bob: login lnt_root (listed (line 20)) / attribute SUPERUSER"_qs}));
}

void TstCliLint::badRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown key") << QByteArray("rules:\n  - name: a\n    when: {login_attribute: superuser}\n    colour: red\n")
                                 << u"bad.yaml:4: unknown key \"colour\""_qs;
    QTest::newRow("unknown condition") << QByteArray("rules:\n  - {name: a, when: {phase_of_moon: full}}\n")
                                       << u"bad.yaml:2: rule a: unknown condition \"phase_of_moon\""_qs;
    QTest::newRow("not YAML") << QByteArray("rules: [\n") << u"bad.yaml:2: not YAML"_qs;
}

void TstCliLint::badRules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const Outcome o = lint({QStringLiteral("--rules"), write(QStringLiteral("bad.yaml"), text)});
    QVERIFY2(o.exitCode == 6 && o.err.contains(error) && o.out.isEmpty(), qPrintable(describe(o)));
    const Outcome missing = lint({QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("none.yaml"))});
    QVERIFY2(missing.exitCode == 6 && missing.err.contains(u"none.yaml: cannot read"_qs), qPrintable(describe(missing)));
}

void TstCliLint::badPlatformFile()
{
    const QString platform = write(QStringLiteral("badlogins.yaml"), kPlatform + "  pattern: \"{id}\"\n");
    const Outcome o = lint({QStringLiteral("--platform-file"), platform});
    QVERIFY2(o.exitCode == 10 && o.err.contains(u"badlogins.yaml:18: logins: unknown key \"pattern\""_qs), qPrintable(describe(o)));
    const QString unknown = write(QStringLiteral("nobody.yaml"), kPlatform + "  lists:\n    - {person: lnt_zed, roles: [lnt_root]}\n");
    const Outcome u = lint({QStringLiteral("--platform-file"), unknown});
    QVERIFY2(u.exitCode == 10 && u.err.contains(u"nobody.yaml:19: logins of \"lnt_zed\": unknown person \"lnt_zed\""_qs),
             qPrintable(describe(u)));

    // A file that names an LDAP directory: lint takes no LDAP options and never reads one unasked;
    // it says so and checks the file's people (alice still holds both platform roles).
    const QString ldap = write(QStringLiteral("ldap.yaml"), QByteArray(kPlatform).replace(
        "people:\n", "directory:\n  provider: corp\n  ldap: {url: \"ldap://127.0.0.1:9\", base_dn: \"dc=x\"}\npeople:\n"));
    const Outcome l = lint({QStringLiteral("--platform-file"), ldap, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(l.exitCode == 1 && l.err.contains(u"ldap.yaml names an LDAP directory, which this command does not read"_qs),
             qPrintable(describe(l)));
    QCOMPARE(violations(l.out, QStringLiteral("organization-owner-and-platform-admin")).size(), 1);
    // Its import directory missing: the directory's exit code, before the database.
    const QString import = write(QStringLiteral("import.yaml"), QByteArray(kPlatform).replace(
        "people:\n", "directory:\n  provider: corp\n  import: missing-people.json\npeople:\n"));
    const Outcome i = lint({QStringLiteral("--platform-file"), import});
    QVERIFY2(i.exitCode == 11 && i.err.contains(u"missing-people.json"_qs) && i.out.isEmpty(), qPrintable(describe(i)));
}

void TstCliLint::bootstrapSuperuser()
{
    // The sandbox's initdb role (OID 10) is a superuser nothing can change: left out by default.
    const QString boot = test::queryColumn(m_root, QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10")).value(0);
    QVERIFY(!boot.isEmpty());
    const Outcome o = lint({QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QStringList su = violations(o.out, QStringLiteral("superuser-login"));
    QVERIFY2(su.contains(u"lnt_root|: login lnt_root / attribute SUPERUSER"_qs), qPrintable(su.join(u'\n')));
    QVERIFY2(su.filter(boot + u'|').isEmpty(), qPrintable(su.join(u'\n')));
    const QString rules = write(QStringLiteral("boot.yaml"),
        "rules:\n  - {name: superuser-login, when: {login_attribute: superuser}, include_bootstrap: true}\n");
    const Outcome with = lint({QStringLiteral("--rules"), rules, QStringLiteral("--format"), QStringLiteral("json")});
    su = violations(with.out, QStringLiteral("superuser-login"));
    QVERIFY2(su.contains(boot + QStringLiteral("|: login ") + boot + QStringLiteral(" / attribute SUPERUSER")), qPrintable(su.join(u'\n')));
}

void TstCliLint::allDatabases()
{
    for (const QString &db : {kDb2, kDb3})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(db)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(quoteIdent(kDb3))));
    {
        pg::Connection two;
        QVERIFY(test::openSandbox(two, kDb2));
        QVERIFY(test::execOrFail(two, QStringLiteral("CREATE TABLE t (x int)")));
        QVERIFY(test::execOrFail(two, QStringLiteral("GRANT SELECT ON t TO lnt_bob")));
    }
    const QString platform = write(QStringLiteral("acme.yaml"), kPlatform);
    const QString rules = write(QStringLiteral("all.yaml"),
        "rules:\n  - {name: covered, when: {database_outside_project: true}}\n"
        "database_projects: {clilint_db: web, clilint_db2: web, clilint_db3: web}\n");
    // As bob (a developer of sales, which gives CONNECT since slpm_enable took it from PUBLIC): he may
    // not connect to the third database, which is reported and not fatal. His role is in ml, the databases in web.
    const Outcome o = test::runCliProcess({QStringLiteral("lint"), QStringLiteral("--dsn"), QStringLiteral("dbname=%1 user=lnt_bob").arg(kDb),
                                           QStringLiteral("--all-databases"), QStringLiteral("--platform-file"), platform,
                                           QStringLiteral("--rules"), rules, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(u"could not connect to database \"clilint_db3\" as \"lnt_bob\""_qs), qPrintable(describe(o)));
    const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QStringList databases;
    for (const QJsonValue &d : root.value(u"databases").toArray())
        databases << d.toString();
    QVERIFY2(databases.contains(kDb) && databases.contains(kDb2) && !databases.contains(kDb3), qPrintable(databases.join(u',')));
    QVERIFY2(!root.value(u"unread_databases").toArray().isEmpty(), qPrintable(o.out));
    QStringList where;
    for (const QJsonValue &v : root.value(u"violations").toArray())
        if (v.toObject().value(u"login").toString() == u"lnt_bob")
            where << v.toObject().value(u"database").toString();
    QCOMPARE(where, (QStringList{kDb, kDb2}));
    // The text form: a summary line per database read, and the one not checked.
    const Outcome t = test::runCliProcess({QStringLiteral("lint"), QStringLiteral("--dsn"), QStringLiteral("dbname=%1 user=lnt_bob").arg(kDb),
                                           QStringLiteral("--all-databases"), QStringLiteral("--platform-file"), platform,
                                           QStringLiteral("--rules"), rules});
    QVERIFY2(t.exitCode == 1, qPrintable(describe(t)));
    QVERIFY2(t.out.contains(u"database clilint_db2: violations: 1 (errors: 1, warnings: 0)\n"_qs), qPrintable(t.out));
    QVERIFY2(t.out.contains(u"not checked: could not connect to database \"clilint_db3\" as \"lnt_bob\""_qs), qPrintable(t.out));
    // Nothing broken anywhere, but a database not read: exit 4.
    // (No platform file: nobody holds a platform role, so this rule cannot fire.)
    const QString none = write(QStringLiteral("nothing.yaml"), "rules:\n  - {name: apart, when: {platform_roles: [organization-owner, platform-admin]}}\n");
    const Outcome n = test::runCliProcess({QStringLiteral("lint"), QStringLiteral("--dsn"), QStringLiteral("dbname=%1 user=lnt_bob").arg(kDb),
                                           QStringLiteral("--all-databases"), QStringLiteral("--rules"), none});
    QVERIFY2(n.exitCode == 4, qPrintable(describe(n)));
}

QTEST_GUILESS_MAIN(TstCliLint)
#include "tst_clilint.moc"
