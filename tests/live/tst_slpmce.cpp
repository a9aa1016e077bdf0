#include "sandbox.h"

#include "pg/identifier.h"

#include <QTest>

using namespace roledesk;

/// slpm_ce (resources/extensions/slpm_ce) as an executable specification of Hologres' SLPM on
/// community PostgreSQL: a fresh database with objects in a lower-case and a mixed-case schema is
/// enabled and migrated in batches of two; users join each group through the procedures, as the
/// superuser and as an admin member who logs in; every group's rights are read back with
/// has_*_privilege; every refusal leaves the catalog as it was; settings and an attacker's
/// SECURITY DEFINER function do not get around the checks; a schema is renamed with its groups by
/// an admin member and by the superuser; disable gives PUBLIC its rights back; cleanup drops the
/// groups in batches and hands their objects to its caller, also for a database that was dropped;
/// enabling again after cleanup works. The slots run in order and build on each other.
class TstSlpmCe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void squattedSchemaRefused();
    void enableAndMigrate();
    void databaseAndSchemaRights_data();
    void databaseAndSchemaRights();
    void createUsers();
    void objectRights_data();
    void objectRights();
    void procedureRights_data();
    void procedureRights();
    void developerCreatesLater();
    void adminCreatesSchema();
    void refusals_data();
    void refusals();
    void settingsDoNotBypass();
    void definerFunctionOfAnAttacker();
    void renameSchema();
    void disable();
    void enableAgain();
    void cleanupAfterDisable();
    void cleanupDroppedDatabase();
    void enableAfterCleanup();
    void cleanupTestCase();

private:
    void dropFixture();
    /// Owners, ACLs, memberships, schema names, the state: what no refusal may change.
    QString state();
    /// A connection of \a user (a login role; "postgres" for the superuser; "postgres>role" for
    /// the superuser's session under SET ROLE role), opened once.
    pg::Connection &as(const QString &user);
    /// The objects of the schemas with groups that their developer group does not own yet,
    /// counted from the catalog without the extension's help.
    int notHandedOver();

    pg::Connection m_root;   // database postgres, superuser
    pg::Connection m_conn;   // the test database, superuser
    std::map<QString, std::unique_ptr<pg::Connection>> m_users;
};

namespace {

const QString kDb = QStringLiteral("slpmt_db");
const QString kSquatDb = QStringLiteral("slpmt_squat");
// A second database with SLPM, dropped before its groups are cleaned up from kDb.
const QString kOtherDb = QStringLiteral("slpmt_other");
QString group(const QString &rest) { return kDb + u'.' + rest; }
// A role named like a group of kOtherDb, without slpm_ce's comment: cleanup leaves it alone.
const QString kOtherLookalike = QStringLiteral("slpmt_other.fake.viewer");
// A role that a superuser made with a group's name; slpm_ce did not make it.
const QString kLookalike = QStringLiteral("slpmt_db.lookalike.viewer");

// Login roles of the test (the groups are found through their names, below).
const QStringList kUsers = {QStringLiteral("slpmt_oldowner"), QStringLiteral("slpmt_dev"), QStringLiteral("slpmt_wri"),
                            QStringLiteral("slpmt_vie"), QStringLiteral("slpmt_adm"), QStringLiteral("slpmt_mixvie"),
                            QStringLiteral("slpmt_bymgr"), QStringLiteral("slpmt_none"),
                            QStringLiteral("slpmt_attacker"), QStringLiteral("slpmt_nobody"),
                            QStringLiteral("slpmt_squatter"), QStringLiteral("slpmt_x"), QStringLiteral("slpmt_q\"; x"),
                            QStringLiteral("slpmt_super"), QStringLiteral("slpmt_ou")};
const QStringList kSchemas = {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public"),
                              QStringLiteral("Later Schema"), QStringLiteral("sneaky"), QStringLiteral("Renamed Schema"),
                              QStringLiteral("Mixed Renamed"), QStringLiteral("mixed2"), QStringLiteral("mixed3")};
const QStringList kOtherSchemas = {QStringLiteral("public"), QStringLiteral("S x")};

const char *kFixture = R"SQL(
CREATE ROLE slpmt_oldowner LOGIN;
CREATE SCHEMA sales AUTHORIZATION slpmt_oldowner;
CREATE SCHEMA "Mixed Case";
SET ROLE slpmt_oldowner;
CREATE TABLE sales.t (id serial PRIMARY KEY, v text);
INSERT INTO sales.t (v) VALUES ('one');
CREATE VIEW sales.v AS SELECT id, v FROM sales.t;
CREATE MATERIALIZED VIEW sales.mv AS SELECT id FROM sales.t;
CREATE SEQUENCE sales.s;
CREATE FUNCTION sales.f(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + 1';
CREATE PROCEDURE sales.p() LANGUAGE sql AS 'SELECT 1';
CREATE TYPE sales.mood AS ENUM ('calm', 'busy');
RESET ROLE;
CREATE TABLE "Mixed Case"."Tab X" (id integer GENERATED ALWAYS AS IDENTITY, v text);
CREATE VIEW "Mixed Case"."View X" AS SELECT id, v FROM "Mixed Case"."Tab X";
CREATE SEQUENCE "Mixed Case"."Seq X";
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE public.pt (a integer);
)SQL";

} // namespace

pg::Connection &TstSlpmCe::as(const QString &user)
{
    if (user == u"postgres")
        return m_conn;
    auto &slot = m_users[user];
    if (!slot) {
        // "postgres>role": the superuser's session under SET ROLE role.
        const qsizetype arrow = user.indexOf(u'>');
        slot = std::make_unique<pg::Connection>();
        const pg::Error e = slot->open(test::sandboxOptions(kDb, arrow < 0 ? user : user.left(arrow)));
        if (!e.isNull())
            qWarning("cannot connect as %s: %s", qPrintable(user), qPrintable(e.toString()));
        else if (arrow >= 0 && !slot->exec(QStringLiteral("SET ROLE %1").arg(pg::quoteIdent(user.mid(arrow + 1)))).ok())
            slot->close();
    }
    return *slot;
}

QString TstSlpmCe::state()
{
    return test::queryColumn(m_conn, QStringLiteral(R"SQL(
SELECT string_agg(x, E'\n' ORDER BY x) FROM (
    SELECT 'rel ' || c.oid::regclass::text || ' ' || c.relowner::regrole::text || ' ' || coalesce(c.relacl::text, '-')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'proc ' || p.oid::regprocedure::text || ' ' || p.proowner::regrole::text || ' ' || coalesce(p.proacl::text, '-')
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'nsp ' || n.nspname || ' ' || n.nspowner::regrole::text || ' ' || coalesce(n.nspacl::text, '-') FROM pg_namespace n
    UNION ALL
    SELECT 'db ' || d.datname || ' ' || d.datdba::regrole::text || ' ' || coalesce(d.datacl::text, '-')
      FROM pg_database d WHERE d.datname = current_database()
    UNION ALL
    SELECT 'defacl ' || d.defaclrole::regrole::text || ' ' || d.defaclobjtype || ' ' || d.defaclacl::text FROM pg_default_acl d
    UNION ALL
    SELECT 'member ' || a.roleid::regrole::text || ' > ' || a.member::regrole::text FROM pg_auth_members a
     WHERE a.roleid::regrole::text LIKE '%slpmt%' OR a.member::regrole::text LIKE '%slpmt%'
    UNION ALL
    SELECT 'role ' || r.rolname || ' ' || r.rolcanlogin || r.rolsuper FROM pg_roles r WHERE r.rolname LIKE '%slpmt%'
    UNION ALL
    SELECT 'state ' || s.enabled || ' ' || coalesce(s.model, '-') || ' ' || s.migrated FROM slpm_ce.state s
) t
)SQL")).value(0);
}

int TstSlpmCe::notHandedOver()
{
    const QStringList n = test::queryColumn(m_conn, QStringLiteral(R"SQL(
WITH dev AS (SELECT n.oid AS nsp, r.oid AS role FROM pg_namespace n
               JOIN pg_roles r ON r.rolname = current_database() || '.' || n.nspname || '.developer')
SELECT (SELECT count(*) FROM pg_class c JOIN dev ON dev.nsp = c.relnamespace
         WHERE c.relkind IN ('r', 'v', 'm', 'S') AND c.relowner <> dev.role
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')))
     + (SELECT count(*) FROM pg_proc p JOIN dev ON dev.nsp = p.pronamespace WHERE p.proowner <> dev.role
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))
     + (SELECT count(*) FROM pg_type t JOIN dev ON dev.nsp = t.typnamespace WHERE t.typtype = 'e' AND t.typowner <> dev.role)
)SQL"));
    bool ok = false;
    const int count = n.value(0).toInt(&ok);
    return ok ? count : -1000;
}

void TstSlpmCe::dropFixture()
{
    m_users.clear();
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kDb)));
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kSquatDb)));
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kOtherDb)));
    // Roles are cluster-wide: the groups of the test database (and of a schema made later), then the users.
    QStringList roles = {group(QStringLiteral("admin"))};
    for (const QString &schema : kSchemas)
        for (const char *kind : {"developer", "writer", "viewer"})
            roles << group(schema + u'.' + QLatin1String(kind));
    roles << kOtherDb + QStringLiteral(".admin");
    for (const QString &schema : kOtherSchemas)
        for (const char *kind : {"developer", "writer", "viewer"})
            roles << kOtherDb + u'.' + schema + u'.' + QLatin1String(kind);
    roles << kUsers << kLookalike << kOtherLookalike;
    for (const QString &role : roles)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(role)));
}

void TstSlpmCe::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(pg::quoteIdent(kDb))));
    QVERIFY(test::openSandbox(m_conn, kDb));
    const pg::Result fixture = m_conn.execScript(QString::fromUtf8(kFixture));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE EXTENSION slpm_ce")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(pg::quoteIdent(kLookalike))));
    // Installed, not enabled; anyone may read the state.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE slpmt_oldowner")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') FROM slpm_ce.state")),
             QStringList{QStringLiteral("false -")});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstSlpmCe::squattedSchemaRefused()
{
    // A database owner (no superuser) makes schema slpm_ce before a superuser installs the extension.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE slpmt_squatter LOGIN")));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1 OWNER slpmt_squatter").arg(kSquatDb)));
    {
        pg::Connection owner;
        QVERIFY(test::openSandbox(owner, kSquatDb, QStringLiteral("slpmt_squatter")));
        QVERIFY(test::execOrFail(owner, QStringLiteral("CREATE SCHEMA slpm_ce")));
    }
    pg::Connection super;
    QVERIFY(test::openSandbox(super, kSquatDb));
    const pg::Result r = super.exec(QStringLiteral("CREATE EXTENSION slpm_ce"));
    const QString problem = test::refusalProblem(r.error(), "42P06", {QStringLiteral("slpm_ce")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A routine planted in schema public beforehand is refused too.
    QVERIFY(test::execOrFail(super, QStringLiteral("DROP SCHEMA slpm_ce")));
    QVERIFY(test::execOrFail(super, QStringLiteral(
        "CREATE FUNCTION public.slpm_grant(varchar, varchar) RETURNS void LANGUAGE sql AS ''")));
    const pg::Result planted = super.exec(QStringLiteral("CREATE EXTENSION slpm_ce"));
    const QString plantedProblem = test::refusalProblem(planted.error(), "42723", {QStringLiteral("slpm_")});
    QVERIFY2(plantedProblem.isEmpty(), qPrintable(plantedProblem));
    super.close();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(kSquatDb)));
}

void TstSlpmCe::enableAndMigrate()
{
    // A non-superuser may not enable, not even the database's old schema owner.
    {
        pg::Connection &old = as(QStringLiteral("slpmt_oldowner"));
        const pg::Result r = old.exec(QStringLiteral("CALL slpm_enable()"));
        const QString problem = test::refusalProblem(r.error(), "42501", {QStringLiteral("slpm_enable")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_users.erase(QStringLiteral("slpmt_oldowner"));
    }
    // Refused while another session is inside a transaction in the database, with nothing done.
    {
        pg::Connection busy;
        QVERIFY(test::openSandbox(busy, kDb, QStringLiteral("slpmt_oldowner")));
        QVERIFY(test::execOrFail(busy, QStringLiteral("BEGIN")));
        QVERIFY(test::execOrFail(busy, QStringLiteral("SELECT count(*) FROM sales.t")));
        const QString before = state();
        const pg::Result r = m_conn.exec(QStringLiteral("CALL slpm_enable()"));
        const QString problem = test::refusalProblem(r.error(), "55006", {QStringLiteral("other sessions")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(state(), before);
        QVERIFY(test::execOrFail(busy, QStringLiteral("ROLLBACK")));
    }
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true slpm false")});
    // Enabling twice is refused.
    QCOMPARE(m_conn.exec(QStringLiteral("CALL slpm_enable()")).error().sqlstate, QStringLiteral("55000"));

    // The groups, with Hologres' names.
    QStringList expected = {group(QStringLiteral("admin"))};
    for (const QString &schema : {QStringLiteral("Mixed Case"), QStringLiteral("public"), QStringLiteral("sales")})
        for (const char *kind : {"developer", "viewer", "writer"})
            expected << group(schema + u'.' + QLatin1String(kind));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT r.rolname FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role "
                 "WHERE NOT r.rolcanlogin ORDER BY r.rolname COLLATE \"C\"")), expected);

    // Migrate two objects per call: DONE BUT NOT COMPLETED until COMPLETED.
    int left = notHandedOver();
    QCOMPARE(left, 12); // sales: t v mv s f p mood; Mixed Case: Tab X, View X, Seq X, Fn X; public: pt
    int calls = 0;
    for (;;) {
        QVERIFY2(++calls < 20, "slpm_migrate never answered COMPLETED");
        const QStringList result = test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate(2)"));
        const int now = notHandedOver();
        QCOMPARE(now, std::max(0, left - 2));
        left = now;
        if (left > 0) {
            QCOMPARE(result, QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
        } else {
            QCOMPARE(result, QStringList{QStringLiteral("COMPLETED")});
            break;
        }
    }
    QCOMPARE(calls, 6);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate()")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT migrated::text FROM slpm_ce.state")), QStringList{QStringLiteral("true")});
    // The extension's own objects stay with the extension owner.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'slpm\\_%' "
                 "AND p.proowner = (SELECT extowner FROM pg_extension WHERE extname = 'slpm_ce')")),
             QStringList{QStringLiteral("8")});
    // A negative batch is refused.
    QCOMPARE(m_conn.exec(QStringLiteral("CALL slpm_migrate(-1)")).error().sqlstate, QStringLiteral("22023"));
}

void TstSlpmCe::databaseAndSchemaRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("database");   // privileges held on the database, in the order CONNECT,CREATE,TEMPORARY
    QTest::addColumn<QStringList>("schemas"); // on sales, Mixed Case, public: "USAGE,CREATE", "USAGE" or ""
    const QString uc = QStringLiteral("USAGE,CREATE"), u = QStringLiteral("USAGE"), none;
    QTest::newRow("PUBLIC") << QStringLiteral("public") << none << QStringList{none, none, none};
    QTest::newRow("admin") << group(QStringLiteral("admin")) << QStringLiteral("CONNECT,CREATE,TEMPORARY") << QStringList{uc, uc, uc};
    QTest::newRow("sales developer") << group(QStringLiteral("sales.developer")) << QStringLiteral("CONNECT") << QStringList{uc, none, none};
    QTest::newRow("sales writer") << group(QStringLiteral("sales.writer")) << QStringLiteral("CONNECT") << QStringList{u, none, none};
    QTest::newRow("sales viewer") << group(QStringLiteral("sales.viewer")) << QStringLiteral("CONNECT") << QStringList{u, none, none};
    QTest::newRow("mixed developer") << group(QStringLiteral("Mixed Case.developer")) << QStringLiteral("CONNECT") << QStringList{none, uc, none};
    QTest::newRow("mixed viewer") << group(QStringLiteral("Mixed Case.viewer")) << QStringLiteral("CONNECT") << QStringList{none, u, none};
    QTest::newRow("public writer") << group(QStringLiteral("public.writer")) << QStringLiteral("CONNECT") << QStringList{none, none, u};
    QTest::newRow("old schema owner") << QStringLiteral("slpmt_oldowner") << none << QStringList{none, none, none};
}

void TstSlpmCe::databaseAndSchemaRights()
{
    QFETCH(QString, role);
    QFETCH(QString, database);
    QFETCH(QStringList, schemas);
    const QString db = test::queryColumn(m_conn, QStringLiteral(
        "SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['CONNECT', 'CREATE', 'TEMPORARY']) WITH ORDINALITY u(p, o) "
        "WHERE has_database_privilege($1, current_database(), p)"), {role}).value(0);
    QCOMPARE(db, database);
    QStringList got;
    for (const QString &schema : {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public")})
        got << test::queryColumn(m_conn, QStringLiteral(
            "SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['USAGE', 'CREATE']) WITH ORDINALITY u(p, o) "
            "WHERE has_schema_privilege($1, $2, p)"), {role, schema}).value(0);
    QCOMPARE(got, schemas);
    // admin owns the database and every schema.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT DISTINCT nspowner::regrole::text FROM pg_namespace WHERE nspname IN ('sales', 'Mixed Case', 'public') "
                 "UNION ALL SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()")),
             QStringList(2, pg::quoteIdent(group(QStringLiteral("admin")))));
}

void TstSlpmCe::createUsers()
{
    // As the superuser, into each kind of group; the mixed-case group double-quoted in the literal.
    const QList<std::pair<QString, QString>> bySuper = {
        {QStringLiteral("slpmt_dev"), group(QStringLiteral("sales.developer"))},
        {QStringLiteral("slpmt_wri"), group(QStringLiteral("sales.writer"))},
        {QStringLiteral("slpmt_vie"), group(QStringLiteral("sales.viewer"))},
        {QStringLiteral("slpmt_adm"), group(QStringLiteral("admin"))},
        {QStringLiteral("slpmt_mixvie"), u'"' + group(QStringLiteral("Mixed Case.viewer")) + u'"'},
    };
    for (const auto &[user, grp] : bySuper)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_create_user($1, $2)"), {user, grp}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_create_user('slpmt_nobody')")));

    // As an admin member who logs in, with the unqualified calls of a Hologres script.
    pg::Connection &admin = as(QStringLiteral("slpmt_adm"));
    QVERIFY(admin.isOpen());
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_create_user('slpmt_bymgr', '\"%1\"')")
                                        .arg(group(QStringLiteral("Mixed Case.writer")))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_create_user('slpmt_none', '%1')").arg(group(QStringLiteral("public.viewer")))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_create_user('slpmt_attacker', '%1')").arg(group(QStringLiteral("sales.developer")))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_grant('%1', 'slpmt_attacker')").arg(group(QStringLiteral("public.developer")))));
    // Grant and revoke again: membership comes and goes.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_grant('%1', 'slpmt_nobody')").arg(group(QStringLiteral("sales.viewer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('slpmt_nobody', $1, 'MEMBER')::text"),
                               {group(QStringLiteral("sales.viewer"))}), QStringList{QStringLiteral("true")});
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_revoke('%1', 'slpmt_nobody')").arg(group(QStringLiteral("sales.viewer")))));

    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT x FROM (SELECT m.rolname || ' > ' || g.rolname AS x FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                 "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname LIKE 'slpmt\\_%' AND m.rolcanlogin) t ORDER BY x COLLATE \"C\"")),
             (QStringList{QStringLiteral("slpmt_adm > ") + group(QStringLiteral("admin")),
                          QStringLiteral("slpmt_attacker > ") + group(QStringLiteral("public.developer")),
                          QStringLiteral("slpmt_attacker > ") + group(QStringLiteral("sales.developer")),
                          QStringLiteral("slpmt_bymgr > ") + group(QStringLiteral("Mixed Case.writer")),
                          QStringLiteral("slpmt_dev > ") + group(QStringLiteral("sales.developer")),
                          QStringLiteral("slpmt_mixvie > ") + group(QStringLiteral("Mixed Case.viewer")),
                          QStringLiteral("slpmt_none > ") + group(QStringLiteral("public.viewer")),
                          QStringLiteral("slpmt_vie > ") + group(QStringLiteral("sales.viewer")),
                          QStringLiteral("slpmt_wri > ") + group(QStringLiteral("sales.writer"))}));
    // Quotes and semicolons in a name are a name, never SQL.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_create_user($1, $2)"),
                             {QStringLiteral("\"slpmt_q\"\"; x\""), group(QStringLiteral("public.viewer"))}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role($1, $2, 'MEMBER')::text"),
                               {QStringLiteral("slpmt_q\"; x"), group(QStringLiteral("public.viewer"))}),
             QStringList{QStringLiteral("true")});
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_revoke($1, $2)"),
                             {group(QStringLiteral("public.viewer")), QStringLiteral("\"slpmt_q\"\"; x\"")}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role($1, $2, 'MEMBER')::text"),
                               {QStringLiteral("slpmt_q\"; x"), group(QStringLiteral("public.viewer"))}),
             QStringList{QStringLiteral("false")});
    // A user in no group cannot even connect.
    pg::Connection nobody;
    const pg::Error e = nobody.open(test::sandboxOptions(kDb, QStringLiteral("slpmt_nobody")));
    QVERIFY2(e.message.contains(u"CONNECT"), qPrintable(e.toString()));
}

void TstSlpmCe::objectRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("kind");      // table, sequence, function
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("expected");  // privileges held, in the order of the kind's list
    const QString all = QStringLiteral("SELECT,INSERT,UPDATE,DELETE,TRUNCATE"), rw = QStringLiteral("SELECT,INSERT,UPDATE,DELETE"),
                  r = QStringLiteral("SELECT"), none;
    const QString dev = group(QStringLiteral("sales.developer")), wri = group(QStringLiteral("sales.writer")),
                  vie = group(QStringLiteral("sales.viewer")), adm = group(QStringLiteral("admin"));
    const QString mdev = group(QStringLiteral("Mixed Case.developer")), mwri = group(QStringLiteral("Mixed Case.writer")),
                  mvie = group(QStringLiteral("Mixed Case.viewer"));
    struct Row { const char *label; QString role; const char *kind; const char *object; QString expected; };
    const QList<Row> rows = {
        {"table developer", dev, "table", "sales.t", all},
        {"table writer", wri, "table", "sales.t", rw},
        {"table viewer", vie, "table", "sales.t", r},
        {"table admin", adm, "table", "sales.t", all},
        {"table PUBLIC", QStringLiteral("public"), "table", "sales.t", none},
        {"table other schema's viewer", mvie, "table", "sales.t", none},
        {"view writer", wri, "table", "sales.v", rw},
        {"view viewer", vie, "table", "sales.v", r},
        {"matview viewer", vie, "table", "sales.mv", r},
        {"table writer member", QStringLiteral("slpmt_wri"), "table", "sales.t", rw},
        {"table viewer member", QStringLiteral("slpmt_vie"), "table", "sales.t", r},
        {"table developer member", QStringLiteral("slpmt_dev"), "table", "sales.t", all},
        {"table admin member", QStringLiteral("slpmt_adm"), "table", "sales.t", all},
        {"table old owner", QStringLiteral("slpmt_oldowner"), "table", "sales.t", none},
        {"sequence writer", wri, "sequence", "sales.s", QStringLiteral("USAGE,SELECT,UPDATE")},
        {"sequence viewer", vie, "sequence", "sales.s", r},
        {"serial sequence writer", wri, "sequence", "sales.t_id_seq", QStringLiteral("USAGE,SELECT,UPDATE")},
        {"function writer", wri, "function", "sales.f(integer)", QStringLiteral("EXECUTE")},
        {"function viewer", vie, "function", "sales.f(integer)", QStringLiteral("EXECUTE")},
        {"function PUBLIC", QStringLiteral("public"), "function", "sales.f(integer)", none},
        {"procedure viewer", vie, "function", "sales.p()", QStringLiteral("EXECUTE")},
        {"procedure PUBLIC", QStringLiteral("public"), "function", "sales.p()", none},
        {"mixed table developer", mdev, "table", "\"Mixed Case\".\"Tab X\"", all},
        {"mixed table writer", mwri, "table", "\"Mixed Case\".\"Tab X\"", rw},
        {"mixed table viewer", mvie, "table", "\"Mixed Case\".\"Tab X\"", r},
        {"mixed view viewer", mvie, "table", "\"Mixed Case\".\"View X\"", r},
        {"mixed table sales viewer", vie, "table", "\"Mixed Case\".\"Tab X\"", none},
        {"mixed identity writer", mwri, "sequence", "\"Mixed Case\".\"Tab X_id_seq\"", QStringLiteral("USAGE,SELECT,UPDATE")},
        {"mixed sequence viewer", mvie, "sequence", "\"Mixed Case\".\"Seq X\"", r},
        {"mixed function viewer", mvie, "function", "\"Mixed Case\".\"Fn X\"()", QStringLiteral("EXECUTE")},
        {"mixed function PUBLIC", QStringLiteral("public"), "function", "\"Mixed Case\".\"Fn X\"()", none},
        {"mixed table made by admin", QStringLiteral("slpmt_bymgr"), "table", "\"Mixed Case\".\"Tab X\"", rw},
        {"public table viewer", group(QStringLiteral("public.viewer")), "table", "public.pt", r},
    };
    for (const Row &row : rows)
        QTest::newRow(row.label) << row.role << QString::fromLatin1(row.kind) << QString::fromLatin1(row.object) << row.expected;
}

void TstSlpmCe::objectRights()
{
    QFETCH(QString, role);
    QFETCH(QString, kind);
    QFETCH(QString, object);
    QFETCH(QString, expected);
    QString sql;
    if (kind == u"table")
        sql = QStringLiteral("SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', "
                             "'DELETE', 'TRUNCATE']) WITH ORDINALITY u(p, o) WHERE has_table_privilege($1, $2, p)");
    else if (kind == u"sequence")
        sql = QStringLiteral("SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['USAGE', 'SELECT', 'UPDATE']) "
                             "WITH ORDINALITY u(p, o) WHERE has_sequence_privilege($1, $2, p)");
    else
        sql = QStringLiteral("SELECT CASE WHEN has_function_privilege($1, $2, 'EXECUTE') THEN 'EXECUTE' ELSE '' END");
    QCOMPARE(test::queryColumn(m_conn, sql, {role, object}), QStringList{expected});
    // Ownership: everything of a schema belongs to its developer group.
    if (kind == u"table" || kind == u"sequence") {
        const QString owner = test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = $1::regclass"),
                                                {object}).value(0);
        QVERIFY2(owner.endsWith(u".developer\""), qPrintable(owner));
    }
}

void TstSlpmCe::procedureRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected"); // the slpm_* procedures the role may EXECUTE
    const QString manage = QStringLiteral("slpm_create_user,slpm_grant,slpm_rename_schema,slpm_revoke");
    QTest::newRow("admin") << group(QStringLiteral("admin")) << manage;
    QTest::newRow("admin member") << QStringLiteral("slpmt_adm") << manage;
    QTest::newRow("PUBLIC") << QStringLiteral("public") << QString();
    QTest::newRow("public developer") << group(QStringLiteral("public.developer")) << QString();
    QTest::newRow("public viewer") << group(QStringLiteral("public.viewer")) << QString();
    QTest::newRow("sales developer") << group(QStringLiteral("sales.developer")) << QString();
    QTest::newRow("superuser") << QStringLiteral("postgres")
                               << QStringLiteral("slpm_cleanup,slpm_create_user,slpm_disable,slpm_enable,slpm_grant,slpm_migrate,"
                                                 "slpm_rename_schema,slpm_revoke");
}

void TstSlpmCe::procedureRights()
{
    QFETCH(QString, role);
    QFETCH(QString, expected);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT coalesce(string_agg(p.proname, ',' ORDER BY p.proname), '') FROM pg_proc p "
                 "WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'slpm\\_%' "
                 "AND has_function_privilege($1, p.oid, 'EXECUTE')"), {role}),
             QStringList{expected});
}

void TstSlpmCe::developerCreatesLater()
{
    pg::Connection &dev = as(QStringLiteral("slpmt_dev"));
    QVERIFY(dev.isOpen());
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE TABLE sales.later (id serial PRIMARY KEY, v text)")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE FUNCTION sales.later_f() RETURNS integer LANGUAGE sql AS 'SELECT 7'")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE VIEW sales.later_v AS SELECT v FROM sales.later")));
    const QString developer = pg::quoteIdent(group(QStringLiteral("sales.developer")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT relowner::regrole::text FROM pg_class WHERE oid IN ('sales.later'::regclass, 'sales.later_id_seq'::regclass, "
                 "'sales.later_v'::regclass) UNION ALL SELECT proowner::regrole::text FROM pg_proc WHERE oid = 'sales.later_f()'::regprocedure")),
             QStringList(4, developer));
    // The developer's own altering goes on (the owner stays the group).
    QVERIFY(test::execOrFail(dev, QStringLiteral("ALTER TABLE sales.later ADD COLUMN w integer")));

    pg::Connection &writer = as(QStringLiteral("slpmt_wri"));
    QVERIFY(test::execOrFail(writer, QStringLiteral("INSERT INTO sales.later (v) VALUES ('by writer')")));
    QVERIFY(test::execOrFail(writer, QStringLiteral("UPDATE sales.later SET w = 1")));
    QCOMPARE(test::queryColumn(writer, QStringLiteral("SELECT sales.later_f()::text")), QStringList{QStringLiteral("7")});
    pg::Connection &viewer = as(QStringLiteral("slpmt_vie"));
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT v FROM sales.later_v")), QStringList{QStringLiteral("by writer")});
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT v FROM sales.t")), QStringList{QStringLiteral("one")});
    // The state is readable without superuser (the console reads it so).
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT enabled || ' ' || model FROM slpm_ce.state")),
             QStringList{QStringLiteral("true slpm")});
    const pg::Result insert = viewer.exec(QStringLiteral("INSERT INTO sales.later (v) VALUES ('by viewer')"));
    QString problem = test::refusalProblem(insert.error(), "42501", {QStringLiteral("later")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const pg::Result ddl = writer.exec(QStringLiteral("CREATE TABLE sales.by_writer (a integer)"));
    problem = test::refusalProblem(ddl.error(), "42501", {QStringLiteral("sales")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A viewer of another schema sees nothing here.
    pg::Connection &mixViewer = as(QStringLiteral("slpmt_mixvie"));
    problem = test::refusalProblem(mixViewer.exec(QStringLiteral("SELECT * FROM sales.later")).error(), "42501", {QStringLiteral("sales")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_function_privilege('public', 'sales.later_f()', 'EXECUTE')::text")),
             QStringList{QStringLiteral("false")});
}

void TstSlpmCe::adminCreatesSchema()
{
    pg::Connection &admin = as(QStringLiteral("slpmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE SCHEMA \"Later Schema\"")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE TABLE \"Later Schema\".x (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT r.rolname || ' ' || g.kind FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role "
                 "WHERE g.nsp = '\"Later Schema\"'::regnamespace ORDER BY g.kind")),
             (QStringList{group(QStringLiteral("Later Schema.developer developer")), group(QStringLiteral("Later Schema.viewer viewer")),
                          group(QStringLiteral("Later Schema.writer writer"))}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'Later Schema' "
                 "UNION ALL SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Later Schema\".x'::regclass")),
             (QStringList{pg::quoteIdent(group(QStringLiteral("admin"))), pg::quoteIdent(group(QStringLiteral("Later Schema.developer")))}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_schema_privilege($1, 'Later Schema', 'CREATE') || ' ' || has_schema_privilege($2, 'Later Schema', 'USAGE') "
                 "|| ' ' || has_schema_privilege($2, 'Later Schema', 'CREATE') || ' ' || has_schema_privilege('public', 'Later Schema', 'USAGE') "
                 "|| ' ' || has_table_privilege($2, '\"Later Schema\".x', 'SELECT') || ' ' || has_table_privilege($2, '\"Later Schema\".x', 'INSERT') "
                 "|| ' ' || has_database_privilege($2, current_database(), 'CONNECT')"),
                               {group(QStringLiteral("Later Schema.developer")), group(QStringLiteral("Later Schema.viewer"))}),
             QStringList{QStringLiteral("true true false false true false true")});
    // Its groups can be used at once.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_grant('\"%1\"', 'slpmt_vie')").arg(group(QStringLiteral("Later Schema.viewer")))));
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_vie")), QStringLiteral("SELECT count(*) FROM \"Later Schema\".x")),
             QStringList{QStringLiteral("0")});
}

void TstSlpmCe::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlstate");
    QTest::addColumn<QStringList>("mentions");
    const QString su = QStringLiteral("postgres"), adm = QStringLiteral("slpmt_adm"), dev = QStringLiteral("slpmt_dev");
    const QString notSupported = QStringLiteral("0A000");
    const QStringList useGrant = {QStringLiteral("slpm_grant")};
    QTest::newRow("GRANT as superuser") << su << QStringLiteral("GRANT SELECT ON sales.t TO slpmt_none") << notSupported << useGrant;
    QTest::newRow("REVOKE as superuser") << su << QStringLiteral("REVOKE SELECT ON sales.t FROM \"%1\"").arg(group(QStringLiteral("sales.viewer")))
                                         << notSupported << QStringList{QStringLiteral("slpm_revoke")};
    QTest::newRow("GRANT as admin member") << adm << QStringLiteral("GRANT SELECT ON sales.t TO slpmt_none") << notSupported << useGrant;
    QTest::newRow("GRANT on a schema as admin member") << adm << QStringLiteral("GRANT USAGE ON SCHEMA sales TO slpmt_none")
                                                       << notSupported << useGrant;
    QTest::newRow("GRANT inside CREATE SCHEMA") << adm << QStringLiteral("CREATE SCHEMA sneaky GRANT SELECT ON sales.t TO slpmt_none")
                                               << notSupported << useGrant;
    QTest::newRow("GRANT as developer member") << dev << QStringLiteral("GRANT SELECT ON sales.later TO slpmt_none") << notSupported << useGrant;
    QTest::newRow("GRANT EXECUTE on a function") << dev << QStringLiteral("GRANT EXECUTE ON FUNCTION sales.f(integer) TO PUBLIC")
                                                 << notSupported << useGrant;
    QTest::newRow("ALTER TABLE OWNER TO self") << dev << QStringLiteral("ALTER TABLE sales.later OWNER TO slpmt_dev") << notSupported << useGrant;
    QTest::newRow("ALTER OWNER hidden by comments") << dev << QStringLiteral("ALTER TABLE sales.later OWNER/* x */TO slpmt_dev")
                                                    << notSupported << useGrant;
    QTest::newRow("ALTER FUNCTION OWNER TO") << dev << QStringLiteral("ALTER FUNCTION sales.later_f() OWNER TO slpmt_dev")
                                             << notSupported << useGrant;
    QTest::newRow("ALTER TABLE OWNER TO as superuser") << su << QStringLiteral("ALTER TABLE sales.t OWNER TO postgres") << notSupported << useGrant;
    QTest::newRow("ALTER VIEW OWNER TO mixed case") << su << QStringLiteral("ALTER VIEW \"Mixed Case\".\"View X\" OWNER TO slpmt_mixvie")
                                                    << notSupported << useGrant;
    QTest::newRow("ALTER DEFAULT PRIVILEGES") << dev << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO slpmt_none")
                                              << notSupported << useGrant;
    QTest::newRow("ALTER DEFAULT PRIVILEGES as superuser") << su << QStringLiteral("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
                                                           << notSupported << useGrant;
    QTest::newRow("ALTER SCHEMA RENAME as admin member") << adm << QStringLiteral("ALTER SCHEMA sales RENAME TO sales2")
                                                         << notSupported << QStringList{QStringLiteral("slpm_rename_schema")};
    QTest::newRow("ALTER SCHEMA RENAME mixed case as superuser") << su << QStringLiteral("ALTER SCHEMA \"Mixed Case\" RENAME TO mixed")
                                                                 << notSupported << QStringList{QStringLiteral("slpm_rename_schema")};
    QTest::newRow("ALTER SCHEMA OWNER TO") << adm << QStringLiteral("ALTER SCHEMA sales OWNER TO slpmt_adm") << notSupported << useGrant;
    for (const char *suffix : {"admin", "developer", "writer", "viewer", "all_users", "ADMIN"})
        QTest::newRow(qPrintable(QStringLiteral("user name ending in %1").arg(QLatin1String(suffix))))
            << adm << QStringLiteral("CALL slpm_create_user('\"slpmt_x_%1\"')").arg(QLatin1String(suffix)) << QStringLiteral("42939")
            << QStringList{QStringLiteral("reserved")};
    QTest::newRow("existing user") << adm << QStringLiteral("CALL slpm_create_user('slpmt_vie')") << QStringLiteral("42710")
                                   << QStringList{QStringLiteral("slpmt_vie")};
    QTest::newRow("group of another database") << adm << QStringLiteral("CALL slpm_grant('otherdb.admin', 'slpmt_none')")
                                               << QStringLiteral("22023") << QStringList{QStringLiteral("otherdb.admin")};
    QTest::newRow("another database's group in create_user") << su << QStringLiteral("CALL slpm_create_user('slpmt_x', 'otherdb.sales.viewer')")
                                                              << QStringLiteral("22023") << QStringList{QStringLiteral("otherdb.sales.viewer")};
    QTest::newRow("a login role as group") << adm << QStringLiteral("CALL slpm_grant('slpmt_oldowner', 'slpmt_none')")
                                           << QStringLiteral("22023") << QStringList{QStringLiteral("slpmt_oldowner")};
    QTest::newRow("a role named like a group") << su << QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(kLookalike)
                                               << QStringLiteral("22023") << QStringList{kLookalike, QStringLiteral("not an SLPM group")};
    QTest::newRow("a group that does not exist") << adm << QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(group(QStringLiteral("nosuch.viewer")))
                                                 << QStringLiteral("42704") << QStringList{QStringLiteral("nosuch")};
    QTest::newRow("mixed case group unquoted") << adm << QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(group(QStringLiteral("Mixed Case.viewer")))
                                               << QStringLiteral("42704") << QStringList{QStringLiteral("mixed case")};
    QTest::newRow("a group as user") << adm << QStringLiteral("CALL slpm_grant('%1', '%2')").arg(group(QStringLiteral("admin")), group(QStringLiteral("sales.viewer")))
                                     << QStringLiteral("42939") << QStringList{QStringLiteral("reserved")};
    QTest::newRow("non-admin calls slpm_grant") << QStringLiteral("slpmt_none") << QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(group(QStringLiteral("admin")))
                                                << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_grant")};
    QTest::newRow("developer calls slpm_create_user") << dev << QStringLiteral("CALL public.slpm_create_user('slpmt_x')")
                                                      << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied")};
    QTest::newRow("admin member calls slpm_disable") << adm << QStringLiteral("CALL slpm_disable()")
                                                    << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_disable")};
    QTest::newRow("admin member calls slpm_migrate") << adm << QStringLiteral("CALL slpm_migrate()")
                                                     << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_migrate")};
    QTest::newRow("admin member writes the state") << adm << QStringLiteral("UPDATE slpm_ce.state SET enabled = false")
                                                   << QStringLiteral("42501") << QStringList{QStringLiteral("state")};
    QTest::newRow("admin member sets the marker") << adm << QStringLiteral("INSERT INTO slpm_ce.marker VALUES (pg_backend_pid(), pg_current_xact_id())")
                                                  << QStringLiteral("42501") << QStringList{QStringLiteral("marker")};
    QTest::newRow("admin member calls the internal code") << adm << QStringLiteral("SELECT slpm_ce.enter()")
                                                          << QStringLiteral("42501") << QStringList{QStringLiteral("enter")};
    // The same under SET ROLE in a superuser's session: the role set is the one checked.
    QTest::newRow("SET ROLE non-admin calls slpm_grant") << QStringLiteral("postgres>slpmt_none")
        << QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(group(QStringLiteral("admin")))
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_grant")};
    QTest::newRow("SET ROLE admin member calls slpm_enable") << QStringLiteral("postgres>slpmt_adm") << QStringLiteral("CALL slpm_enable()")
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_enable")};
    QTest::newRow("SET ROLE developer GRANT") << QStringLiteral("postgres>slpmt_dev") << QStringLiteral("GRANT SELECT ON sales.later TO slpmt_none")
        << notSupported << useGrant;
    QTest::newRow("SET ROLE developer ALTER OWNER") << QStringLiteral("postgres>slpmt_dev") << QStringLiteral("ALTER TABLE sales.later OWNER TO slpmt_dev")
        << notSupported << useGrant;
    QTest::newRow("SET ROLE admin member reserved user name") << QStringLiteral("postgres>slpmt_adm") << QStringLiteral("CALL slpm_create_user('slpmt_xviewer')")
        << QStringLiteral("42939") << QStringList{QStringLiteral("reserved")};
    // A schema whose groups' names would not fit in a role name is not made.
    QTest::newRow("schema name too long for its groups") << adm << QStringLiteral("CREATE SCHEMA %1").arg(QString(50, u's'))
        << QStringLiteral("42622") << QStringList{QStringLiteral("63 bytes")};
    // slpm_rename_schema: each refusal names its cause and renames nothing.
    QTest::newRow("rename a schema without groups") << su << QStringLiteral("CALL slpm_rename_schema('slpm_ce', 'slpmt_x')")
        << QStringLiteral("55000") << QStringList{QStringLiteral("\"slpm_ce\""), QStringLiteral("no SLPM groups")};
    QTest::newRow("rename a schema that does not exist") << adm << QStringLiteral("CALL slpm_rename_schema('nosuch', 'slpmt_x')")
        << QStringLiteral("3F000") << QStringList{QStringLiteral("nosuch")};
    QTest::newRow("rename mixed case unquoted") << adm << QStringLiteral("CALL slpm_rename_schema('Mixed Case', 'x')")
        << QStringLiteral("3F000") << QStringList{QStringLiteral("\"mixed case\"")};
    QTest::newRow("rename to an existing schema") << adm << QStringLiteral("CALL slpm_rename_schema('sales', 'PUBLIC')")
        << QStringLiteral("42P06") << QStringList{QStringLiteral("\"public\""), QStringLiteral("already exists")};
    // slpmt_db. + 45 + .developer is 64 bytes; .writer and .viewer would still fit: the message says which.
    QTest::newRow("rename: a group name over 63 bytes") << adm << QStringLiteral("CALL slpm_rename_schema('sales', '%1')").arg(QString(45, u's'))
        << QStringLiteral("42622") << QStringList{group(QString(45, u's') + QStringLiteral(".developer")), QStringLiteral("63 bytes")};
    QTest::newRow("rename: a group name taken by another role") << su << QStringLiteral("CALL slpm_rename_schema('\"Mixed Case\"', 'lookalike')")
        << QStringLiteral("42710") << QStringList{kLookalike};
    QTest::newRow("rename schema public, home of the procedures") << su << QStringLiteral("CALL slpm_rename_schema('public', 'pub2')")
        << QStringLiteral("0A000") << QStringList{QStringLiteral("\"public\""), QStringLiteral("slpm_* procedures")};
    QTest::newRow("non-admin renames a schema") << QStringLiteral("slpmt_none") << QStringLiteral("CALL slpm_rename_schema('sales', 'x')")
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_rename_schema")};
    QTest::newRow("developer renames a schema") << dev << QStringLiteral("CALL public.slpm_rename_schema('sales', 'x')")
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied")};
    QTest::newRow("SET ROLE non-admin renames a schema") << QStringLiteral("postgres>slpmt_none")
        << QStringLiteral("CALL slpm_rename_schema('sales', 'x')")
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_rename_schema")};
    // slpm_cleanup: superusers only, after slpm_disable, in the database itself while it exists.
    QTest::newRow("cleanup while SLPM is on") << su << QStringLiteral("CALL slpm_cleanup('%1')").arg(kDb)
        << QStringLiteral("55000") << QStringList{QStringLiteral("slpm_disable()")};
    QTest::newRow("admin member calls slpm_cleanup") << adm << QStringLiteral("CALL slpm_cleanup('%1')").arg(kDb)
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_cleanup")};
    QTest::newRow("cleanup of another database that exists") << su << QStringLiteral("CALL slpm_cleanup('postgres')")
        << QStringLiteral("42501")
        << QStringList{QStringLiteral("Permission Denied. execute in database postgres, or drop database before call slpm_cleanup.")};
    QTest::newRow("admin member drops a procedure") << adm << QStringLiteral("DROP PROCEDURE slpm_grant(text, text) CASCADE")
                                                    << QStringLiteral("2BP01") << QStringList{QStringLiteral("slpm_ce")};
}

void TstSlpmCe::refusals()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QFETCH(QString, sqlstate);
    QFETCH(QStringList, mentions);
    pg::Connection &conn = as(user);
    QVERIFY(conn.isOpen());
    const QString before = state();
    const pg::Result r = conn.exec(sql);
    const QString problem = test::refusalProblem(r.error(), sqlstate.toLatin1().constData(), mentions);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
}

void TstSlpmCe::settingsDoNotBypass()
{
    // Whatever a developer member SETs, the refusals hold; the state is a table, not a setting.
    pg::Connection &dev = as(QStringLiteral("slpmt_dev"));
    const QString before = state();
    for (const char *set : {"SET search_path = sales, public", "SET slpm_ce.enabled = off", "SET slpm.enabled = 'off'",
                            "SET hg_enable_slpm = off", "SET session_replication_role = replica", "SET role = postgres",
                            "SET check_function_bodies = off", "SET session_authorization = postgres"})
        dev.exec(QString::fromLatin1(set)); // most are refused themselves; those that pass change nothing
    for (const char *sql : {"GRANT SELECT ON sales.later TO slpmt_none", "ALTER TABLE sales.later OWNER TO slpmt_dev",
                            "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO slpmt_none", "ALTER SCHEMA sales RENAME TO s2"}) {
        const pg::Result r = dev.exec(QString::fromLatin1(sql));
        QVERIFY2(!r.ok() && (r.error().sqlstate == u"0A000" || r.error().sqlstate == u"42501"),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sql), r.ok() ? QStringLiteral("not refused") : r.error().toString())));
    }
    QCOMPARE(state(), before);
    // A superuser silencing triggers with session_replication_role does not get through either
    // (the event triggers are ENABLE ALWAYS).
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET session_replication_role = replica")));
    const pg::Result r = m_conn.exec(QStringLiteral("GRANT SELECT ON sales.t TO slpmt_none"));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET session_replication_role")));
    const QString problem = test::refusalProblem(r.error(), "0A000", {QStringLiteral("slpm_grant")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
}

void TstSlpmCe::definerFunctionOfAnAttacker()
{
    // The attacker, a developer of schema public (so that the helper's owner may look into public
    // and the calls below meet the EXECUTE check, not a schema's), offers a SECURITY DEFINER helper
    // that an admin member calls. Inside it the rights of its owner count (the developer group,
    // since everything of the schema goes to it; the attacker's own if it did not): no EXECUTE.
    pg::Connection &attacker = as(QStringLiteral("slpmt_attacker"));
    QVERIFY(attacker.isOpen());
    QVERIFY(test::execOrFail(attacker, QStringLiteral(R"SQL(
CREATE FUNCTION public.helper(what text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF what = 'grant' THEN
        CALL slpm_grant('slpmt_db.admin', 'slpmt_attacker');
    ELSIF what = 'create' THEN
        CALL public.slpm_create_user('slpmt_x', 'slpmt_db.admin');
    ELSIF what = 'revoke' THEN
        CALL slpm_revoke('slpmt_db.admin', 'slpmt_adm');
    END IF;
END
$f$)SQL")));
    const QString before = state();
    pg::Connection &admin = as(QStringLiteral("slpmt_adm"));
    for (const char *what : {"grant", "create", "revoke"}) {
        const pg::Result r = admin.exec(QStringLiteral("SELECT public.helper($1)"), {QString::fromLatin1(what)});
        const QString problem = test::refusalProblem(r.error(), "42501", {QStringLiteral("permission denied for procedure slpm_")});
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), problem)));
    }
    QCOMPARE(state(), before);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('slpmt_attacker', 'slpmt_db.admin', 'MEMBER')::text")),
             QStringList{QStringLiteral("false")});
}

void TstSlpmCe::renameSchema()
{
    // The plain statement stays refused; its hint now names the procedure to call, ready to use.
    {
        const QString before = state();
        const pg::Result r = as(QStringLiteral("slpmt_adm")).exec(QStringLiteral("ALTER SCHEMA \"Mixed Case\" RENAME TO \"Mixed Renamed\""));
        const QString problem = test::refusalProblem(r.error(), "0A000", {QStringLiteral("slpm_rename_schema")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(r.error().hint.contains(u"CALL slpm_rename_schema('\"Mixed Case\"', '\"Mixed Renamed\"')")
                     && !r.error().hint.contains(u"not in slpm_ce"), qPrintable(r.error().toString()));
        QCOMPARE(state(), before);
    }
    const QString groupsSql = QStringLiteral(
        "SELECT g.kind || ' ' || g.role::text || ' ' || r.rolname || ' ' || g.nspname FROM slpm_ce.groups g "
        "JOIN pg_roles r ON r.oid = g.role WHERE g.nsp = $1::regnamespace ORDER BY g.kind");
    const QString nspOid = test::queryColumn(m_conn, QStringLiteral("SELECT '\"Mixed Case\"'::regnamespace::oid::text")).value(0);
    QStringList oids;
    for (const QString &line : test::queryColumn(m_conn, groupsSql, {nspOid}))
        oids << line.section(u' ', 0, 1);
    QCOMPARE(oids.size(), 3);
    const auto expectGroups = [&](const QString &schema) {
        QStringList out;
        for (const QString &kindOid : oids)
            out << kindOid + u' ' + group(schema + u'.' + kindOid.section(u' ', 0, 0)) + u' ' + schema;
        return out;
    };
    // Renamed with its groups, as an admin member who logs in; both names double-quoted in the literals.
    pg::Connection &admin = as(QStringLiteral("slpmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_rename_schema('\"Mixed Case\"', '\"Mixed Renamed\"')")));
    QCOMPARE(test::queryColumn(m_conn, groupsSql, {nspOid}), expectGroups(QStringLiteral("Mixed Renamed")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'slpmt\\_db.Mixed Case.%' "
                 "UNION ALL SELECT count(*) FROM pg_namespace WHERE nspname = 'Mixed Case'")),
             (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
    // Members, ownership and rights stay; real logins use them.
    const QString mdev = group(QStringLiteral("Mixed Renamed.developer")), mwri = group(QStringLiteral("Mixed Renamed.writer")),
                  mvie = group(QStringLiteral("Mixed Renamed.viewer"));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT pg_has_role('slpmt_mixvie', $1, 'MEMBER') || ' ' || pg_has_role('slpmt_bymgr', $2, 'MEMBER') || ' ' "
                 "|| pg_has_role($3, $2, 'MEMBER') || ' ' || pg_has_role('slpmt_adm', $3, 'MEMBER') || ' ' "
                 "|| (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'Mixed Renamed') || ' ' "
                 "|| (SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Mixed Renamed\".\"Tab X\"'::regclass) || ' ' "
                 "|| has_schema_privilege($3, 'Mixed Renamed', 'CREATE') || ' ' || has_schema_privilege($1, 'Mixed Renamed', 'CREATE') || ' ' "
                 "|| has_table_privilege($2, '\"Mixed Renamed\".\"Tab X\"', 'INSERT') || ' ' "
                 "|| has_table_privilege($1, '\"Mixed Renamed\".\"Tab X\"', 'INSERT') || ' ' "
                 "|| has_function_privilege($1, '\"Mixed Renamed\".\"Fn X\"()', 'EXECUTE') || ' ' "
                 "|| has_database_privilege($1, current_database(), 'CONNECT')"), {mvie, mwri, mdev}),
             QStringList{QStringLiteral("true true true true %1 %2 true false true false true true")
                             .arg(pg::quoteIdent(group(QStringLiteral("admin"))), pg::quoteIdent(mdev))});
    QVERIFY(test::execOrFail(as(QStringLiteral("slpmt_bymgr")), QStringLiteral("INSERT INTO \"Mixed Renamed\".\"Tab X\" (v) VALUES ('renamed')")));
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_mixvie")), QStringLiteral("SELECT v FROM \"Mixed Renamed\".\"Tab X\"")),
             QStringList{QStringLiteral("renamed")});
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_mixvie")), QStringLiteral("SELECT \"Mixed Renamed\".\"Fn X\"()::text")),
             QStringList{QStringLiteral("1")});
    // New objects of the renamed schema are still handed to its developer group, with the grants.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE TABLE \"Mixed Renamed\".after_rename (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT relowner::regrole::text || ' ' || has_table_privilege($1, '\"Mixed Renamed\".after_rename', 'SELECT') "
                 "|| ' ' || has_table_privilege($2, '\"Mixed Renamed\".after_rename', 'INSERT') "
                 "FROM pg_class WHERE oid = '\"Mixed Renamed\".after_rename'::regclass"), {mvie, mwri}),
             QStringList{pg::quoteIdent(mdev) + QStringLiteral(" true true")});
    QCOMPARE(notHandedOver(), 0);

    // Again as the superuser; an unquoted new name is folded, as PostgreSQL folds identifiers.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_rename_schema('\"Mixed Renamed\"', 'MIXED2')")));
    QCOMPARE(test::queryColumn(m_conn, groupsSql, {nspOid}), expectGroups(QStringLiteral("mixed2")));
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_mixvie")), QStringLiteral("SELECT count(*) FROM mixed2.after_rename")),
             QStringList{QStringLiteral("0")});
    QVERIFY(test::execOrFail(as(QStringLiteral("slpmt_bymgr")), QStringLiteral("INSERT INTO mixed2.after_rename VALUES (1)")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE VIEW mixed2.after_v AS SELECT a FROM mixed2.after_rename")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = 'mixed2.after_v'::regclass")),
             QStringList{pg::quoteIdent(group(QStringLiteral("mixed2.developer")))});
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_mixvie")), QStringLiteral("SELECT a::text FROM mixed2.after_v")),
             QStringList{QStringLiteral("1")});
    // Under SET ROLE in a superuser's session the role set is the one checked: an admin member may
    // rename (there and back), as its own login may.
    pg::Connection &setAdmin = as(QStringLiteral("postgres>slpmt_adm"));
    QVERIFY(setAdmin.isOpen());
    QVERIFY(test::execOrFail(setAdmin, QStringLiteral("CALL slpm_rename_schema('mixed2', 'mixed3')")));
    QCOMPARE(test::queryColumn(m_conn, groupsSql, {nspOid}), expectGroups(QStringLiteral("mixed3")));
    QVERIFY(test::execOrFail(setAdmin, QStringLiteral("CALL slpm_rename_schema('mixed3', 'mixed2')")));
    QCOMPARE(test::queryColumn(m_conn, groupsSql, {nspOid}), expectGroups(QStringLiteral("mixed2")));
    // The groups answer to their new names in the other procedures; the old names are gone.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_grant('%1', 'slpmt_none')").arg(group(QStringLiteral("mixed2.viewer")))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL slpm_revoke('%1', 'slpmt_none')").arg(group(QStringLiteral("mixed2.viewer")))));
    const pg::Result old = admin.exec(QStringLiteral("CALL slpm_grant('\"%1\"', 'slpmt_none')").arg(group(QStringLiteral("Mixed Case.viewer"))));
    const QString problem = test::refusalProblem(old.error(), "42704", {QStringLiteral("Mixed Case")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSlpmCe::disable()
{
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_disable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') FROM slpm_ce.state")),
             QStringList{QStringLiteral("false -")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_database_privilege('public', current_database(), 'CONNECT') || ' ' "
                 "|| has_database_privilege('public', current_database(), 'TEMPORARY') || ' ' "
                 "|| has_schema_privilege('public', 'public', 'USAGE') || ' ' || has_schema_privilege('public', 'public', 'CREATE') || ' ' "
                 "|| has_function_privilege('public', 'sales.f(integer)', 'EXECUTE') || ' ' "
                 "|| has_function_privilege('public', 'sales.later_f()', 'EXECUTE') || ' ' "
                 "|| has_function_privilege('public', 'public.slpm_grant(text, text)', 'EXECUTE')")),
             QStringList{QStringLiteral("true true true true true true false")});
    // The groups stay, with their members and rights; new objects are no longer handed over, and
    // GRANT works again.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role")),
             QStringList{QStringLiteral("13")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege('slpmt_wri', 'sales.later', 'INSERT')::text")),
             QStringList{QStringLiteral("true")});
    pg::Connection nobody;
    QVERIFY(test::openSandbox(nobody, kDb, QStringLiteral("slpmt_nobody")));
    QVERIFY(test::execOrFail(nobody, QStringLiteral("CREATE TABLE public.free (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = 'public.free'::regclass")),
             QStringList{QStringLiteral("slpmt_nobody")});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT SELECT ON sales.t TO slpmt_nobody")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER SCHEMA \"Later Schema\" RENAME TO \"Renamed Schema\"")));
    // The procedures that need SLPM say it is off.
    const pg::Result r = as(QStringLiteral("slpmt_adm")).exec(QStringLiteral("CALL slpm_grant('slpmt_db.admin', 'slpmt_nobody')"));
    QCOMPARE(r.error().sqlstate, QStringLiteral("55000"));
    QVERIFY2(r.error().message.contains(u"NOT in simple privilege mode"), qPrintable(r.error().toString()));
}

void TstSlpmCe::enableAgain()
{
    // Groups kept by slpm_disable are used again; the schema renamed meanwhile takes its groups
    // along under the new name; what was made meanwhile is migrated.
    const QString laterViewer = test::queryColumn(m_conn, QStringLiteral(
        "SELECT role::text FROM slpm_ce.groups WHERE nsp = '\"Renamed Schema\"'::regnamespace AND kind = 'viewer'")).value(0);
    m_users.clear(); // idle sessions would do, but fewer is plainer
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true slpm false")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT r.oid::text || ' ' || r.rolname FROM pg_roles r JOIN slpm_ce.groups g ON g.role = r.oid "
                 "WHERE g.nsp = '\"Renamed Schema\"'::regnamespace AND g.kind = 'viewer'")),
             QStringList{laterViewer + u' ' + group(QStringLiteral("Renamed Schema.viewer"))});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM slpm_ce.groups")), QStringList{QStringLiteral("13")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('slpmt_vie', $1, 'MEMBER')::text"),
                               {group(QStringLiteral("Renamed Schema.viewer"))}), QStringList{QStringLiteral("true")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate()")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = 'public.free'::regclass")),
             QStringList{pg::quoteIdent(group(QStringLiteral("public.developer")))});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_database_privilege('public', current_database(), 'CONNECT') || ' ' "
                 "|| has_schema_privilege('public', 'public', 'USAGE') || ' ' || has_table_privilege('slpmt_vie', 'public.free', 'SELECT')")),
             QStringList{QStringLiteral("false false false")});
    // The refusals act again.
    const pg::Result r = m_conn.exec(QStringLiteral("GRANT SELECT ON public.free TO slpmt_vie"));
    const QString problem = test::refusalProblem(r.error(), "0A000", {QStringLiteral("slpm_grant")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSlpmCe::cleanupAfterDisable()
{
    // Refused while SLPM is on, with nothing changed; then disabled, rename is refused too.
    const QString before = state();
    QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL slpm_cleanup('%1')").arg(kDb)).error(), "55000",
                                           {QStringLiteral("slpm_disable()")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_disable()")));
    const QString disabled = state();
    problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL slpm_rename_schema('sales', 'sales3')")).error(), "55000",
                                   {QStringLiteral("NOT in simple privilege mode")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), disabled);

    // A second superuser cleans up: what the groups owned goes to the caller, not to the
    // extension's owner.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE slpmt_super LOGIN SUPERUSER")));
    pg::Connection &super = as(QStringLiteral("slpmt_super"));
    QVERIFY(super.isOpen());
    const QStringList groupOids = test::queryColumn(m_conn, QStringLiteral("SELECT role::text FROM slpm_ce.groups ORDER BY role"));
    QCOMPARE(groupOids.size(), 13);
    // Counted from the catalog: what the groups own here (the database too), sequences that follow
    // their table left out.
    const QString ownedSql = QStringLiteral(R"SQL(
SELECT count(*) FROM pg_shdepend s JOIN pg_roles r ON r.oid = s.refobjid
 WHERE s.deptype = 'o' AND r.rolname LIKE 'slpmt\_db.%'
   AND s.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE s.classid = 'pg_class'::regclass AND d.classid = s.classid
                      AND d.objid = s.objid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
)SQL");
    int left = test::queryColumn(m_conn, ownedSql).value(0).toInt();
    QVERIFY2(left > 20, qPrintable(QString::number(left)));
    const int batch = 5;
    // A group with a right in another database could not be dropped: refused before the first
    // batch, naming the group and where.
    const QString salesViewer = pg::quoteIdent(group(QStringLiteral("sales.viewer")));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("GRANT CONNECT ON DATABASE postgres TO %1").arg(salesViewer)));
    const pg::Result held = super.exec(QStringLiteral("CALL slpm_cleanup($1, $2)"), {kDb, QString::number(batch)});
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE postgres FROM %1").arg(salesViewer)));
    problem = test::refusalProblem(held.error(), "2BP01", {group(QStringLiteral("sales.viewer")), QStringLiteral("database postgres")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), disabled);
    QCOMPARE(test::queryColumn(m_conn, ownedSql).value(0).toInt(), left);
    // The attacker's SECURITY DEFINER helper (owned by public's developer group) would run as the
    // superuser who receives it: refused, naming it, until it is made SECURITY INVOKER.
    const pg::Result definer = super.exec(QStringLiteral("CALL slpm_cleanup($1, $2)"), {kDb, QString::number(batch)});
    problem = test::refusalProblem(definer.error(), "55000", {QStringLiteral("SECURITY DEFINER"), QStringLiteral("helper(text)")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), disabled);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER FUNCTION public.helper(text) SECURITY INVOKER")));
    int calls = 0;
    for (;;) {
        QVERIFY2(++calls < 30, "slpm_cleanup never answered COMPLETED");
        const QStringList result = test::queryColumn(super, QStringLiteral("CALL slpm_cleanup($1, $2)"), {kDb, QString::number(batch)});
        if (left > batch) {
            QCOMPARE(result, QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
            const int now = test::queryColumn(m_conn, ownedSql).value(0).toInt();
            QCOMPARE(now, left - batch);
            left = now;
            // The groups stay until the last call.
            QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pg_roles WHERE oid::text = ANY ($1::text[])"),
                                       {u'{' + groupOids.join(u',') + u'}'}), QStringList{QStringLiteral("13")});
        } else {
            QCOMPARE(result, QStringList{QStringLiteral("COMPLETED")});
            break;
        }
    }
    QVERIFY(calls > 4);
    // Once more: nothing left to do.
    QCOMPARE(test::queryColumn(super, QStringLiteral("CALL slpm_cleanup($1)"), {kDb}), QStringList{QStringLiteral("COMPLETED")});

    // The groups are gone (the role named like a group that slpm_ce did not make stays), and so are
    // their memberships; the users stay.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT (SELECT count(*) FROM pg_roles WHERE oid::text = ANY ($1::text[])) || ' ' "
                 "|| (SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolname LIKE 'slpmt\\_db.%') || ' ' "
                 "|| (SELECT count(*) FROM slpm_ce.groups) || ' ' "
                 "|| (SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member WHERE m.rolname LIKE 'slpmt\\_%') || ' ' "
                 "|| (SELECT count(*) FROM pg_roles WHERE rolname IN ('slpmt_vie', 'slpmt_adm', 'slpmt_dev'))"),
                               {u'{' + groupOids.join(u',') + u'}'}),
             QStringList{QStringLiteral("0 %1 0 0 3").arg(kLookalike)});
    // What they owned belongs to the caller: the database, the schemas, the objects of before and after enabling.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT DISTINCT o FROM ("
                 " SELECT datdba::regrole::text AS o FROM pg_database WHERE datname = current_database()"
                 " UNION ALL SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname IN ('sales', 'mixed2', 'public', 'Renamed Schema')"
                 " UNION ALL SELECT relowner::regrole::text FROM pg_class WHERE oid IN ('sales.t'::regclass, 'sales.t_id_seq'::regclass, "
                 "   'sales.later'::regclass, 'sales.v'::regclass, 'sales.mv'::regclass, 'mixed2.\"Tab X\"'::regclass, 'mixed2.after_v'::regclass, "
                 "   'public.free'::regclass, '\"Renamed Schema\".x'::regclass)"
                 " UNION ALL SELECT proowner::regrole::text FROM pg_proc WHERE oid IN ('sales.f(integer)'::regprocedure, 'sales.p()'::regprocedure, "
                 "   'sales.later_f()'::regprocedure, 'mixed2.\"Fn X\"()'::regprocedure)"
                 " UNION ALL SELECT typowner::regrole::text FROM pg_type WHERE oid = 'sales.mood'::regtype) t")),
             QStringList{QStringLiteral("slpmt_super")});
    // The data is there; the rights that came through the groups are not.
    QCOMPARE(test::queryColumn(super, QStringLiteral("SELECT v FROM sales.t")), QStringList{QStringLiteral("one")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_table_privilege('slpmt_vie', 'sales.t', 'SELECT') || ' ' || has_table_privilege('slpmt_wri', 'sales.later', 'INSERT')")),
             QStringList{QStringLiteral("false false")});
    const pg::Result read = as(QStringLiteral("slpmt_vie")).exec(QStringLiteral("SELECT v FROM sales.t"));
    problem = test::refusalProblem(read.error(), "42501", {QStringLiteral("sales")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSlpmCe::cleanupDroppedDatabase()
{
    // A second database with SLPM, a schema and a user in its admin group.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(kOtherDb)));
    {
        pg::Connection other;
        QVERIFY(test::openSandbox(other, kOtherDb));
        QVERIFY(test::execOrFail(other, QStringLiteral("CREATE SCHEMA \"S x\"")));
        QVERIFY(test::execOrFail(other, QStringLiteral("CREATE TABLE \"S x\".t (a integer)")));
        QVERIFY(test::execOrFail(other, QStringLiteral("CREATE EXTENSION slpm_ce")));
        QVERIFY(test::execOrFail(other, QStringLiteral("CALL slpm_enable()")));
        QVERIFY(test::execOrFail(other, QStringLiteral("CALL slpm_create_user('slpmt_ou', '%1.admin')").arg(kOtherDb)));
    }
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(pg::quoteIdent(kOtherLookalike))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("COMMENT ON ROLE %1 IS 'a role of somebody else'").arg(pg::quoteIdent(kOtherLookalike))));
    const QString otherGroups = QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname COLLATE \"C\") FROM pg_roles "
                                               "WHERE rolname LIKE 'slpmt\\_other.%'");
    QStringList expected = {kOtherDb + QStringLiteral(".S x.developer"), kOtherDb + QStringLiteral(".S x.viewer"),
                            kOtherDb + QStringLiteral(".S x.writer"), kOtherDb + QStringLiteral(".admin"), kOtherLookalike,
                            kOtherDb + QStringLiteral(".public.developer"), kOtherDb + QStringLiteral(".public.viewer"),
                            kOtherDb + QStringLiteral(".public.writer")};
    QCOMPARE(test::queryColumn(m_conn, otherGroups), QStringList{expected.join(u',')});

    // While it exists, its groups are cleaned up in it, not from here: the vendor's words.
    const QString before = state();
    pg::Connection &super = as(QStringLiteral("slpmt_super"));
    QString problem = test::refusalProblem(super.exec(QStringLiteral("CALL slpm_cleanup('%1')").arg(kOtherDb)).error(), "42501",
        {QStringLiteral("Permission Denied. execute in database slpmt_other, or drop database before call slpm_cleanup.")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
    QCOMPARE(test::queryColumn(m_conn, otherGroups), QStringList{expected.join(u',')});

    QVERIFY(test::execOrFail(m_root, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(kOtherDb)));
    // A group that still holds a right somewhere (here) refuses the call, naming it; nothing is
    // dropped, not even the groups of the first batch.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT SELECT ON public.pt TO %1").arg(pg::quoteIdent(kOtherDb + QStringLiteral(".public.viewer")))));
    const QString granted = state();
    problem = test::refusalProblem(super.exec(QStringLiteral("CALL slpm_cleanup('%1', 2)").arg(kOtherDb)).error(), "2BP01",
                                   {kOtherDb + QStringLiteral(".public.viewer"), QStringLiteral("own objects or hold rights")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), granted);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("REVOKE SELECT ON public.pt FROM %1").arg(pg::quoteIdent(kOtherDb + QStringLiteral(".public.viewer")))));
    // The seven groups in batches of two, from this database; the lookalike without slpm_ce's
    // comment and the user stay.
    QStringList answers;
    for (int i = 0; i < 5; ++i)
        answers << test::queryColumn(super, QStringLiteral("CALL slpm_cleanup($1, 2)"), {kOtherDb});
    QCOMPARE(answers, (QStringList{QStringLiteral("DONE BUT NOT COMPLETED"), QStringLiteral("DONE BUT NOT COMPLETED"),
                                   QStringLiteral("DONE BUT NOT COMPLETED"), QStringLiteral("COMPLETED"), QStringLiteral("COMPLETED")}));
    QCOMPARE(test::queryColumn(m_conn, otherGroups), QStringList{kOtherLookalike});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT rolname || ' ' || (SELECT count(*) FROM pg_auth_members WHERE member = r.oid) FROM pg_roles r WHERE rolname = 'slpmt_ou'")),
             QStringList{QStringLiteral("slpmt_ou 0")});
}

void TstSlpmCe::enableAfterCleanup()
{
    // Hologres' re-enable after cleanup: slpm_enable('t'), then slpm_migrate() hands the objects back.
    m_users.clear();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable('t')")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true slpm false")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role")),
             QStringList{QStringLiteral("13")});
    QVERIFY(notHandedOver() > 10);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate(0)")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(notHandedOver(), 0);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT datdba::regrole::text || ' ' || (SELECT relowner::regrole::text FROM pg_class WHERE oid = 'mixed2.\"Tab X\"'::regclass) "
                 "FROM pg_database WHERE datname = current_database()")),
             QStringList{pg::quoteIdent(group(QStringLiteral("admin"))) + u' ' + pg::quoteIdent(group(QStringLiteral("mixed2.developer")))});
    // The admin group may call its procedures again.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                 "AND p.proname LIKE 'slpm\\_%' AND has_function_privilege($1, p.oid, 'EXECUTE')"), {group(QStringLiteral("admin"))}),
             QStringList{QStringLiteral("slpm_create_user,slpm_grant,slpm_rename_schema,slpm_revoke")});
    // Users join the new groups and work again.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant('%1', 'slpmt_vie')").arg(group(QStringLiteral("sales.viewer")))));
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_vie")), QStringLiteral("SELECT v FROM sales.t")), QStringList{QStringLiteral("one")});
    // Anything but a boolean is refused.
    const pg::Result r = m_conn.exec(QStringLiteral("CALL slpm_enable('x')"));
    QCOMPARE(r.error().sqlstate, QStringLiteral("22P02"));
}

void TstSlpmCe::cleanupTestCase()
{
    if (m_conn.isOpen())
        m_conn.close();
    dropFixture();
    QCOMPARE(test::queryColumn(m_root, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%slpmt%'")),
             QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TstSlpmCe)
#include "tst_slpmce.moc"
