// The executable specification of SPM in slpm_ce (resources/extensions/slpm_ce): Hologres' simple
// permission model at database level on community PostgreSQL 15. A fresh database with objects in
// a lower-case and a mixed-case schema is enabled and migrated in batches of two; users join each
// group through spm_create_user / spm_grant, as the superuser and as an admin member who logs in;
// every group's rights on every kind of object of both schemas are read back with
// has_*_privilege, also for objects and a schema made later; every refusal leaves the catalog as
// it was; the same under SET ROLE; one model per database (slpm_enable refused while SPM is on and
// the other way round); disable gives PUBLIC its rights back and keeps the groups; cleanup drops
// them; a mixed-case dotted database name takes its groups double-quoted. The slots run in order
// and build on each other.
#include "sandbox.h"

#include "pg/identifier.h"

#include <QTest>

#include <map>
#include <memory>

namespace spmt {

inline const QString kDb = QStringLiteral("spmt_db");
inline const QString kSquatDb = QStringLiteral("spmt_squat");
// A database whose name has capitals, a dot and a space: its groups are '"Spm.Db X_viewer"'.
inline const QString kMixedDb = QStringLiteral("Spm.Db X");
// A database with SPM that is dropped before its groups are cleaned up from kDb.
inline const QString kGoneDb = QStringLiteral("spmt_gone");
inline const QStringList kKinds = {QStringLiteral("admin"), QStringLiteral("developer"), QStringLiteral("writer"),
                                   QStringLiteral("viewer")};
inline QString group(const QString &kind) { return kDb + u'_' + kind; }
inline QString quoted(const QString &name) { return roledesk::pg::quoteIdent(name); }

inline const QStringList kUsers = {QStringLiteral("spmt_oldowner"), QStringLiteral("spmt_dev"), QStringLiteral("spmt_wri"),
                                   QStringLiteral("spmt_vie"), QStringLiteral("spmt_adm"), QStringLiteral("spmt_bymgr"),
                                   QStringLiteral("spmt_nobody"), QStringLiteral("spmt_x"), QStringLiteral("spmt_mixdb"),
                                   QStringLiteral("spmt_later")};
// Schemas that SLPM gives groups when the test switches models.
inline const QStringList kSchemas = {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public"),
                                     QStringLiteral("Later Schema"), QStringLiteral("sneaky")};

inline const char *const kFixture = R"SQL(
CREATE ROLE spmt_oldowner LOGIN;
CREATE SCHEMA sales AUTHORIZATION spmt_oldowner;
CREATE SCHEMA "Mixed Case";
SET ROLE spmt_oldowner;
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
INSERT INTO "Mixed Case"."Tab X" (v) VALUES ('mixed');
CREATE VIEW "Mixed Case"."View X" AS SELECT id, v FROM "Mixed Case"."Tab X";
CREATE SEQUENCE "Mixed Case"."Seq X";
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE "Mixed Case"."Proc X"() LANGUAGE sql AS 'SELECT 1';
CREATE TABLE public.pt (a integer);
)SQL";

} // namespace spmt

using namespace roledesk;
using namespace spmt;

class TstSpmCe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void plantedRoutineRefused();
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
    void replicationRoleDoesNotBypass();
    void plantedProcedureRefused();
    void underSetRole();
    void mixedCaseDatabase();
    void cleanupDroppedDatabase();
    void disable();
    void cleanupGroups();
    void switchModels();
    void cleanupTestCase();

private:
    void dropFixture();
    /// Owners, ACLs, memberships, roles, the state: what no refusal may change.
    QString state();
    /// A connection of \a user ("postgres" for the superuser; "postgres>role" for the superuser's
    /// session under SET ROLE role), opened once.
    pg::Connection &as(const QString &user);
    /// The objects of the managed schemas that the developer group does not own yet, counted from
    /// the catalog without the extension's help.
    int notHandedOver();
    /// The privileges \a role holds on \a object of \a kind (table, sequence, function), in order.
    QString privileges(const QString &role, const QString &kind, const QString &object);

    pg::Connection m_root;   // database postgres, superuser
    pg::Connection m_conn;   // the test database, superuser
    std::map<QString, std::unique_ptr<pg::Connection>> m_users;
};

pg::Connection &TstSpmCe::as(const QString &user)
{
    if (user == u"postgres")
        return m_conn;
    auto &slot = m_users[user];
    if (!slot) {
        const qsizetype arrow = user.indexOf(u'>');
        slot = std::make_unique<pg::Connection>();
        const pg::Error e = slot->open(test::sandboxOptions(kDb, arrow < 0 ? user : user.left(arrow)));
        if (!e.isNull())
            qWarning("cannot connect as %s: %s", qPrintable(user), qPrintable(e.toString()));
        else if (arrow >= 0 && !slot->exec(QStringLiteral("SET ROLE %1").arg(quoted(user.mid(arrow + 1)))).ok())
            slot->close();
    }
    return *slot;
}

QString TstSpmCe::state()
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
     WHERE a.roleid::regrole::text ILIKE '%spm%' OR a.member::regrole::text ILIKE '%spm%'
    UNION ALL
    SELECT 'role ' || r.rolname || ' ' || r.rolcanlogin || r.rolsuper FROM pg_roles r WHERE r.rolname ILIKE '%spm%'
    UNION ALL
    SELECT 'state ' || s.enabled || ' ' || coalesce(s.model, '-') || ' ' || s.migrated FROM slpm_ce.state s
    UNION ALL
    SELECT 'group ' || g.role || ' ' || g.kind || ' ' || coalesce(g.nsp::text, '-') || ' ' || g.model FROM slpm_ce.groups g
) t
)SQL")).value(0);
}

int TstSpmCe::notHandedOver()
{
    const QStringList n = test::queryColumn(m_conn, QStringLiteral(R"SQL(
WITH nsp AS (SELECT n.oid FROM pg_namespace n WHERE n.nspname IN ('sales', 'Mixed Case', 'public')),
     dev AS (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_database() || '_developer')
SELECT (SELECT count(*) FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM nsp)
           AND c.relkind IN ('r', 'v', 'm', 'S') AND c.relowner NOT IN (SELECT oid FROM dev)
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')))
     + (SELECT count(*) FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM nsp) AND p.proowner NOT IN (SELECT oid FROM dev)
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))
     + (SELECT count(*) FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM nsp) AND t.typtype = 'e'
           AND t.typowner NOT IN (SELECT oid FROM dev))
)SQL"));
    bool ok = false;
    const int count = n.value(0).toInt(&ok);
    return ok ? count : -1000;
}

QString TstSpmCe::privileges(const QString &role, const QString &kind, const QString &object)
{
    QString sql;
    if (kind == u"table")
        sql = QStringLiteral("SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', "
                             "'DELETE', 'TRUNCATE']) WITH ORDINALITY u(p, o) WHERE has_table_privilege($1, $2, p)");
    else if (kind == u"sequence")
        sql = QStringLiteral("SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['USAGE', 'SELECT', 'UPDATE']) "
                             "WITH ORDINALITY u(p, o) WHERE has_sequence_privilege($1, $2, p)");
    else
        sql = QStringLiteral("SELECT CASE WHEN has_function_privilege($1, $2, 'EXECUTE') THEN 'EXECUTE' ELSE '' END");
    return test::queryColumn(m_conn, sql, {role, object}).value(0);
}

void TstSpmCe::dropFixture()
{
    m_users.clear();
    for (const QString &db : {kDb, kSquatDb, kMixedDb, kGoneDb})
        m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(db)));
    QStringList roles;
    for (const QString &kind : kKinds) {
        roles << group(kind) << kMixedDb + u'_' + kind << kGoneDb + u'_' + kind;
        if (kind != u"admin")
            for (const QString &schema : kSchemas)
                roles << kDb + u'.' + schema + u'.' + kind;
    }
    roles << kDb + QStringLiteral(".admin") << kUsers;
    for (const QString &role : roles)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(role)));
}

void TstSpmCe::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(quoted(kDb))));
    QVERIFY(test::openSandbox(m_conn, kDb));
    const pg::Result fixture = m_conn.execScript(QString::fromUtf8(kFixture));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE EXTENSION slpm_ce")));
    // Installed, not enabled; anyone may read the state and the groups (none yet).
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE spmt_oldowner")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("false - false")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM (SELECT role, kind, nsp, model FROM slpm_ce.groups) g")),
             QStringList{QStringLiteral("0")});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstSpmCe::plantedRoutineRefused()
{
    // An spm_* routine planted in schema public beforehand could catch the unqualified calls.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(kSquatDb)));
    {
        pg::Connection super;
        QVERIFY(test::openSandbox(super, kSquatDb));
        QVERIFY(test::execOrFail(super, QStringLiteral(
            "CREATE FUNCTION public.spm_grant(varchar, varchar) RETURNS void LANGUAGE sql AS ''")));
        const pg::Result planted = super.exec(QStringLiteral("CREATE EXTENSION slpm_ce"));
        const QString problem = test::refusalProblem(planted.error(), "42723", {QStringLiteral("spm_*")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(test::queryColumn(super, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'slpm_ce'")),
                 QStringList{QStringLiteral("0")});
    }
    QVERIFY(test::execOrFail(m_root, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(kSquatDb)));
}

void TstSpmCe::enableAndMigrate()
{
    // A non-superuser may not enable, not even the old schema owner.
    {
        pg::Connection &old = as(QStringLiteral("spmt_oldowner"));
        const QString problem = test::refusalProblem(old.exec(QStringLiteral("CALL spm_enable()")).error(), "42501",
                                                     {QStringLiteral("spm_enable")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_users.erase(QStringLiteral("spmt_oldowner"));
    }
    // The SPM procedures need SPM on.
    QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_grant('%1', 'spmt_oldowner')").arg(group(QStringLiteral("viewer")))).error(),
                                           "55000", {QStringLiteral("NOT in simple privilege mode")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true spm false")});
    // Enabling twice is refused.
    QCOMPARE(m_conn.exec(QStringLiteral("CALL spm_enable()")).error().sqlstate, QStringLiteral("55000"));

    // The four groups, as the console reads them: database level, no schema.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT r.rolname || ' ' || g.kind || ' ' || coalesce(g.nsp::text, '-') || ' ' || g.model "
                 "FROM (SELECT role, kind, nsp, model FROM slpm_ce.groups) g JOIN pg_roles r ON r.oid = g.role "
                 "WHERE NOT r.rolcanlogin ORDER BY r.rolname COLLATE \"C\"")),
             (QStringList{group(QStringLiteral("admin")) + QStringLiteral(" admin - spm"),
                          group(QStringLiteral("developer")) + QStringLiteral(" developer - spm"),
                          group(QStringLiteral("viewer")) + QStringLiteral(" viewer - spm"),
                          group(QStringLiteral("writer")) + QStringLiteral(" writer - spm")}));
    // The table says which groups are ours: one per kind and model.
    const pg::Result dup = m_conn.exec(QStringLiteral(
        "INSERT INTO slpm_ce.groups (role, kind, nsp, nspname, model) VALUES ('spmt_oldowner'::regrole, 'viewer', NULL, NULL, 'spm')"));
    QCOMPARE(dup.error().sqlstate, QStringLiteral("23505"));
    const pg::Result spmWithSchema = m_conn.exec(QStringLiteral(
        "INSERT INTO slpm_ce.groups (role, kind, nsp, nspname, model) VALUES ('spmt_oldowner'::regrole, 'viewer', 'sales'::regnamespace, 'sales', 'spm')"));
    QCOMPARE(spmWithSchema.error().sqlstate, QStringLiteral("23514"));

    // Migrate two objects per call: DONE BUT NOT COMPLETED until COMPLETED.
    int left = notHandedOver();
    QCOMPARE(left, 13); // sales: t v mv s f p mood; Mixed Case: Tab X, View X, Seq X, Fn X, Proc X; public: pt
    int calls = 0;
    for (;;) {
        QVERIFY2(++calls < 20, "spm_migrate never answered COMPLETED");
        const QStringList result = test::queryColumn(m_conn, QStringLiteral("CALL spm_migrate(2)"));
        const int now = notHandedOver();
        QCOMPARE(now, std::max(0, left - 2));
        left = now;
        if (left > 0) {
            QCOMPARE(result, QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
            QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT migrated::text FROM slpm_ce.state")), QStringList{QStringLiteral("false")});
        } else {
            QCOMPARE(result, QStringList{QStringLiteral("COMPLETED")});
            break;
        }
    }
    QCOMPARE(calls, 7);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_migrate()")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true spm true")});
    // The extension's own procedures stay with the extension owner.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'spm\\_%' "
                 "AND p.proowner = (SELECT extowner FROM pg_extension WHERE extname = 'slpm_ce')")),
             QStringList{QStringLiteral("7")});
    QCOMPARE(m_conn.exec(QStringLiteral("CALL spm_migrate(-1)")).error().sqlstate, QStringLiteral("22023"));
}

void TstSpmCe::databaseAndSchemaRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("database");   // CONNECT,CREATE,TEMPORARY held
    QTest::addColumn<QStringList>("schemas"); // on sales, Mixed Case, public
    const QString uc = QStringLiteral("USAGE,CREATE"), u = QStringLiteral("USAGE"), none;
    QTest::newRow("PUBLIC") << QStringLiteral("public") << none << QStringList{none, none, none};
    QTest::newRow("admin") << group(QStringLiteral("admin")) << QStringLiteral("CONNECT,CREATE,TEMPORARY") << QStringList{uc, uc, uc};
    QTest::newRow("developer") << group(QStringLiteral("developer")) << QStringLiteral("CONNECT") << QStringList{uc, uc, uc};
    QTest::newRow("writer") << group(QStringLiteral("writer")) << QStringLiteral("CONNECT") << QStringList{u, u, u};
    QTest::newRow("viewer") << group(QStringLiteral("viewer")) << QStringLiteral("CONNECT") << QStringList{u, u, u};
    QTest::newRow("old schema owner") << QStringLiteral("spmt_oldowner") << none << QStringList{none, none, none};
}

void TstSpmCe::databaseAndSchemaRights()
{
    QFETCH(QString, role);
    QFETCH(QString, database);
    QFETCH(QStringList, schemas);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['CONNECT', 'CREATE', 'TEMPORARY']) "
                 "WITH ORDINALITY u(p, o) WHERE has_database_privilege($1, current_database(), p)"), {role}).value(0),
             database);
    QStringList got;
    for (const QString &schema : {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public")})
        got << test::queryColumn(m_conn, QStringLiteral(
            "SELECT coalesce(string_agg(p, ',' ORDER BY o), '') FROM unnest(ARRAY['USAGE', 'CREATE']) WITH ORDINALITY u(p, o) "
            "WHERE has_schema_privilege($1, $2, p)"), {role, schema}).value(0);
    QCOMPARE(got, schemas);
    // admin owns the database and every schema; it is a member of developer, developer of writer.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT DISTINCT nspowner::regrole::text FROM pg_namespace WHERE nspname IN ('sales', 'Mixed Case', 'public') "
                 "UNION ALL SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()")),
             QStringList(2, group(QStringLiteral("admin"))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT pg_has_role($1, $2, 'MEMBER') || ' ' || pg_has_role($2, $3, 'MEMBER') || ' ' || pg_has_role($3, $4, 'MEMBER')"),
                               {group(QStringLiteral("admin")), group(QStringLiteral("developer")), group(QStringLiteral("writer")),
                                group(QStringLiteral("viewer"))}),
             QStringList{QStringLiteral("true true false")});
}

void TstSpmCe::createUsers()
{
    // As the superuser, into each group (the literal double-quoted or not: the names are lower case).
    const QList<std::pair<QString, QString>> bySuper = {
        {QStringLiteral("spmt_dev"), group(QStringLiteral("developer"))},
        {QStringLiteral("spmt_wri"), u'"' + group(QStringLiteral("writer")) + u'"'},
        {QStringLiteral("spmt_vie"), group(QStringLiteral("viewer")).toUpper()},
        {QStringLiteral("spmt_adm"), group(QStringLiteral("admin"))},
    };
    for (const auto &[user, grp] : bySuper)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_create_user($1, $2)"), {user, grp}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_create_user('spmt_nobody')")));

    // As an admin member who logs in, with the unqualified calls of a Hologres script.
    pg::Connection &admin = as(QStringLiteral("spmt_adm"));
    QVERIFY(admin.isOpen());
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_create_user('spmt_bymgr', '%1')").arg(group(QStringLiteral("viewer")))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_grant('%1', 'spmt_bymgr')").arg(group(QStringLiteral("writer")))));
    // Grant and revoke again: membership comes and goes.
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('spmt_nobody', $1, 'MEMBER')::text"),
                               {group(QStringLiteral("viewer"))}), QStringList{QStringLiteral("true")});
    QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_revoke('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('spmt_nobody', $1, 'MEMBER')::text"),
                               {group(QStringLiteral("viewer"))}), QStringList{QStringLiteral("false")});
    // The superuser grants and revokes too.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("developer")))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_revoke('%1', 'spmt_nobody')").arg(group(QStringLiteral("developer")))));

    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT x FROM (SELECT m.rolname || ' > ' || g.rolname AS x FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                 "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname LIKE 'spmt\\_%' AND m.rolcanlogin) t ORDER BY x COLLATE \"C\"")),
             (QStringList{QStringLiteral("spmt_adm > ") + group(QStringLiteral("admin")),
                          QStringLiteral("spmt_bymgr > ") + group(QStringLiteral("viewer")),
                          QStringLiteral("spmt_bymgr > ") + group(QStringLiteral("writer")),
                          QStringLiteral("spmt_dev > ") + group(QStringLiteral("developer")),
                          QStringLiteral("spmt_vie > ") + group(QStringLiteral("viewer")),
                          QStringLiteral("spmt_wri > ") + group(QStringLiteral("writer"))}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'spmt_bymgr'")),
             QStringList{QStringLiteral("true")});
    // A user in no group cannot even connect.
    pg::Connection nobody;
    const pg::Error e = nobody.open(test::sandboxOptions(kDb, QStringLiteral("spmt_nobody")));
    QVERIFY2(e.message.contains(u"CONNECT"), qPrintable(e.toString()));
}

void TstSpmCe::objectRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("expected");
    const QString all = QStringLiteral("SELECT,INSERT,UPDATE,DELETE,TRUNCATE"), rw = QStringLiteral("SELECT,INSERT,UPDATE,DELETE"),
                  r = QStringLiteral("SELECT"), seqAll = QStringLiteral("USAGE,SELECT,UPDATE"), exec = QStringLiteral("EXECUTE"), none;
    struct Obj { const char *kind; const char *object; };
    const QList<Obj> objects = {
        {"table", "sales.t"}, {"table", "sales.v"}, {"table", "sales.mv"}, {"sequence", "sales.s"},
        {"sequence", "sales.t_id_seq"}, {"function", "sales.f(integer)"}, {"function", "sales.p()"},
        {"table", "\"Mixed Case\".\"Tab X\""}, {"table", "\"Mixed Case\".\"View X\""}, {"sequence", "\"Mixed Case\".\"Seq X\""},
        {"sequence", "\"Mixed Case\".\"Tab X_id_seq\""}, {"function", "\"Mixed Case\".\"Fn X\"()"},
        {"function", "\"Mixed Case\".\"Proc X\"()"}, {"table", "public.pt"},
    };
    // Each group and a member of each, PUBLIC and the old owner, on every object.
    const QList<std::pair<QString, QString>> roles = {
        {QStringLiteral("developer"), group(QStringLiteral("developer"))}, {QStringLiteral("writer"), group(QStringLiteral("writer"))},
        {QStringLiteral("viewer"), group(QStringLiteral("viewer"))}, {QStringLiteral("admin"), group(QStringLiteral("admin"))},
        {QStringLiteral("developer"), QStringLiteral("spmt_dev")}, {QStringLiteral("writer"), QStringLiteral("spmt_wri")},
        {QStringLiteral("viewer"), QStringLiteral("spmt_vie")}, {QStringLiteral("admin"), QStringLiteral("spmt_adm")},
        {QStringLiteral("none"), QStringLiteral("public")}, {QStringLiteral("none"), QStringLiteral("spmt_oldowner")},
        {QStringLiteral("none"), QStringLiteral("spmt_nobody")},
    };
    for (const Obj &o : objects) {
        const QString kind = QString::fromLatin1(o.kind);
        for (const auto &[what, role] : roles) {
            QString expected;
            const bool owner = what == u"developer" || what == u"admin";
            if (kind == u"table")
                expected = owner ? all : what == u"writer" ? rw : what == u"viewer" ? r : none;
            else if (kind == u"sequence")
                expected = owner || what == u"writer" ? seqAll : what == u"viewer" ? r : none;
            else
                expected = what == u"none" ? none : exec;
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(role, QString::fromLatin1(o.object))))
                << role << kind << QString::fromLatin1(o.object) << expected;
        }
    }
}

void TstSpmCe::objectRights()
{
    QFETCH(QString, role);
    QFETCH(QString, kind);
    QFETCH(QString, object);
    QFETCH(QString, expected);
    QCOMPARE(privileges(role, kind, object), expected);
    // Every object of every schema belongs to the developer group.
    const QString owner = test::queryColumn(m_conn, kind == u"function"
        ? QStringLiteral("SELECT proowner::regrole::text FROM pg_proc WHERE oid = $1::regprocedure")
        : QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = $1::regclass"), {object}).value(0);
    QCOMPARE(owner, group(QStringLiteral("developer")));
}

void TstSpmCe::procedureRights_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected"); // the slpm_* and spm_* procedures the role may EXECUTE
    const QString manage = QStringLiteral("spm_create_user,spm_grant,spm_migrate,spm_revoke");
    QTest::newRow("admin") << group(QStringLiteral("admin")) << manage;
    QTest::newRow("admin member") << QStringLiteral("spmt_adm") << manage;
    QTest::newRow("PUBLIC") << QStringLiteral("public") << QString();
    QTest::newRow("developer") << group(QStringLiteral("developer")) << QString();
    QTest::newRow("writer member") << QStringLiteral("spmt_wri") << QString();
    QTest::newRow("viewer") << group(QStringLiteral("viewer")) << QString();
    QTest::newRow("superuser") << QStringLiteral("postgres")
                               << QStringLiteral("slpm_cleanup,slpm_create_user,slpm_disable,slpm_enable,slpm_grant,slpm_migrate,"
                                                 "slpm_rename_schema,slpm_revoke,spm_cleanup,spm_create_user,spm_disable,spm_enable,"
                                                 "spm_grant,spm_migrate,spm_revoke");
}

void TstSpmCe::procedureRights()
{
    QFETCH(QString, role);
    QFETCH(QString, expected);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT coalesce(string_agg(p.proname, ',' ORDER BY p.proname COLLATE \"C\"), '') FROM pg_proc p "
                 "WHERE p.pronamespace = 'public'::regnamespace AND (p.proname LIKE 'slpm\\_%' OR p.proname LIKE 'spm\\_%') "
                 "AND has_function_privilege($1, p.oid, 'EXECUTE')"), {role}),
             QStringList{expected});
}

void TstSpmCe::developerCreatesLater()
{
    pg::Connection &dev = as(QStringLiteral("spmt_dev"));
    QVERIFY(dev.isOpen());
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE TABLE sales.later (id serial PRIMARY KEY, v text)")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE FUNCTION sales.later_f() RETURNS integer LANGUAGE sql AS 'SELECT 7'")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE VIEW \"Mixed Case\".\"Later V\" AS SELECT v FROM sales.later")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE SEQUENCE \"Mixed Case\".\"Later S\"")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE PROCEDURE \"Mixed Case\".\"Later P\"() LANGUAGE sql AS 'SELECT 1'")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT DISTINCT o FROM (SELECT relowner::regrole::text AS o FROM pg_class WHERE oid IN ('sales.later'::regclass, "
                 "'sales.later_id_seq'::regclass, '\"Mixed Case\".\"Later V\"'::regclass, '\"Mixed Case\".\"Later S\"'::regclass) "
                 "UNION ALL SELECT proowner::regrole::text FROM pg_proc WHERE oid IN ('sales.later_f()'::regprocedure, "
                 "'\"Mixed Case\".\"Later P\"()'::regprocedure)) t")),
             QStringList{group(QStringLiteral("developer"))});
    // Each group's rights on them, at once.
    const QString wri = group(QStringLiteral("writer")), vie = group(QStringLiteral("viewer"));
    QCOMPARE(privileges(wri, QStringLiteral("table"), QStringLiteral("sales.later")), QStringLiteral("SELECT,INSERT,UPDATE,DELETE"));
    QCOMPARE(privileges(vie, QStringLiteral("table"), QStringLiteral("sales.later")), QStringLiteral("SELECT"));
    QCOMPARE(privileges(QStringLiteral("public"), QStringLiteral("table"), QStringLiteral("sales.later")), QString());
    QCOMPARE(privileges(vie, QStringLiteral("table"), QStringLiteral("\"Mixed Case\".\"Later V\"")), QStringLiteral("SELECT"));
    QCOMPARE(privileges(wri, QStringLiteral("sequence"), QStringLiteral("\"Mixed Case\".\"Later S\"")), QStringLiteral("USAGE,SELECT,UPDATE"));
    QCOMPARE(privileges(vie, QStringLiteral("sequence"), QStringLiteral("\"Mixed Case\".\"Later S\"")), QStringLiteral("SELECT"));
    QCOMPARE(privileges(vie, QStringLiteral("function"), QStringLiteral("sales.later_f()")), QStringLiteral("EXECUTE"));
    QCOMPARE(privileges(QStringLiteral("public"), QStringLiteral("function"), QStringLiteral("sales.later_f()")), QString());
    QCOMPARE(privileges(wri, QStringLiteral("function"), QStringLiteral("\"Mixed Case\".\"Later P\"()")), QStringLiteral("EXECUTE"));
    QCOMPARE(privileges(QStringLiteral("public"), QStringLiteral("function"), QStringLiteral("\"Mixed Case\".\"Later P\"()")), QString());
    // The developer's own altering goes on (the owner stays the group).
    QVERIFY(test::execOrFail(dev, QStringLiteral("ALTER TABLE sales.later ADD COLUMN w integer")));

    pg::Connection &writer = as(QStringLiteral("spmt_wri"));
    QVERIFY(test::execOrFail(writer, QStringLiteral("INSERT INTO sales.later (v) VALUES ('by writer')")));
    QVERIFY(test::execOrFail(writer, QStringLiteral("UPDATE sales.later SET w = 1")));
    QCOMPARE(test::queryColumn(writer, QStringLiteral("SELECT sales.later_f()::text")), QStringList{QStringLiteral("7")});
    pg::Connection &viewer = as(QStringLiteral("spmt_vie"));
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT v FROM \"Mixed Case\".\"Later V\"")), QStringList{QStringLiteral("by writer")});
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT v FROM \"Mixed Case\".\"Tab X\"")), QStringList{QStringLiteral("mixed")});
    // The state is readable without superuser (the console reads it so).
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true spm true")});
    QCOMPARE(test::queryColumn(viewer, QStringLiteral("SELECT count(*) FROM slpm_ce.groups WHERE model = 'spm' AND nsp IS NULL")),
             QStringList{QStringLiteral("4")});
    QString problem = test::refusalProblem(viewer.exec(QStringLiteral("INSERT INTO sales.later (v) VALUES ('by viewer')")).error(), "42501",
                                           {QStringLiteral("later")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(writer.exec(QStringLiteral("CREATE TABLE sales.by_writer (a integer)")).error(), "42501",
                                   {QStringLiteral("sales")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(writer.exec(QStringLiteral("DROP TABLE sales.later")).error(), "42501", {QStringLiteral("later")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A developer may not make schemas (the database is admin's).
    problem = test::refusalProblem(dev.exec(QStringLiteral("CREATE SCHEMA by_dev")).error(), "42501", {QStringLiteral("spmt_db")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSpmCe::adminCreatesSchema()
{
    pg::Connection &admin = as(QStringLiteral("spmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE SCHEMA \"Later Schema\"")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE TABLE \"Later Schema\".x (a integer)")));
    // No groups of its own under SPM: the database's groups have their rights there at once.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) || ' ' || count(*) FILTER (WHERE nsp IS NULL) FROM slpm_ce.groups")),
             QStringList{QStringLiteral("4 4")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'Later Schema' "
                 "UNION ALL SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Later Schema\".x'::regclass")),
             (QStringList{group(QStringLiteral("admin")), group(QStringLiteral("developer"))}));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_schema_privilege($1, 'Later Schema', 'CREATE') || ' ' || has_schema_privilege($2, 'Later Schema', 'USAGE') "
                 "|| ' ' || has_schema_privilege($2, 'Later Schema', 'CREATE') || ' ' || has_schema_privilege('public', 'Later Schema', 'USAGE') "
                 "|| ' ' || has_table_privilege($2, '\"Later Schema\".x', 'SELECT') || ' ' || has_table_privilege($2, '\"Later Schema\".x', 'INSERT') "
                 "|| ' ' || has_table_privilege($3, '\"Later Schema\".x', 'INSERT') || ' ' || has_schema_privilege($3, 'Later Schema', 'CREATE')"),
                               {group(QStringLiteral("developer")), group(QStringLiteral("viewer")), group(QStringLiteral("writer"))}),
             QStringList{QStringLiteral("true true false false true false true false")});
    // A developer member works in it at once; a viewer member reads.
    QVERIFY(test::execOrFail(as(QStringLiteral("spmt_dev")), QStringLiteral("CREATE TABLE \"Later Schema\".\"By Dev\" (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Later Schema\".\"By Dev\"'::regclass")),
             QStringList{group(QStringLiteral("developer"))});
    QCOMPARE(test::queryColumn(as(QStringLiteral("spmt_vie")), QStringLiteral("SELECT count(*) FROM \"Later Schema\".\"By Dev\"")),
             QStringList{QStringLiteral("0")});
    // The admin member may migrate (nothing is left).
    QCOMPARE(test::queryColumn(admin, QStringLiteral("CALL spm_migrate()")), QStringList{QStringLiteral("COMPLETED")});
}

void TstSpmCe::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlstate");
    QTest::addColumn<QStringList>("mentions");
    const QString su = QStringLiteral("postgres"), adm = QStringLiteral("spmt_adm"), dev = QStringLiteral("spmt_dev");
    const QString notSupported = QStringLiteral("0A000");
    const QStringList useGrant = {QStringLiteral("spm_grant")};
    QTest::newRow("GRANT as superuser") << su << QStringLiteral("GRANT SELECT ON sales.t TO spmt_nobody") << notSupported << useGrant;
    QTest::newRow("REVOKE as superuser") << su << QStringLiteral("REVOKE SELECT ON sales.t FROM %1").arg(group(QStringLiteral("viewer")))
                                         << notSupported << QStringList{QStringLiteral("spm_revoke")};
    QTest::newRow("GRANT as admin member") << adm << QStringLiteral("GRANT SELECT ON \"Mixed Case\".\"Tab X\" TO spmt_nobody")
                                           << notSupported << useGrant;
    QTest::newRow("GRANT on a schema as admin member") << adm << QStringLiteral("GRANT USAGE ON SCHEMA sales TO spmt_nobody")
                                                       << notSupported << useGrant;
    QTest::newRow("GRANT inside CREATE SCHEMA") << adm << QStringLiteral("CREATE SCHEMA sneaky GRANT SELECT ON sales.t TO spmt_nobody")
                                               << notSupported << useGrant;
    QTest::newRow("GRANT as developer member") << dev << QStringLiteral("GRANT SELECT ON sales.later TO spmt_nobody") << notSupported << useGrant;
    QTest::newRow("GRANT EXECUTE on a function") << dev << QStringLiteral("GRANT EXECUTE ON FUNCTION sales.f(integer) TO PUBLIC")
                                                 << notSupported << useGrant;
    QTest::newRow("REVOKE as developer member") << dev << QStringLiteral("REVOKE SELECT ON sales.later FROM %1").arg(group(QStringLiteral("viewer")))
                                                << notSupported << QStringList{QStringLiteral("spm_revoke")};
    QTest::newRow("ALTER TABLE OWNER TO self") << dev << QStringLiteral("ALTER TABLE sales.later OWNER TO spmt_dev") << notSupported << useGrant;
    QTest::newRow("ALTER FUNCTION OWNER TO") << dev << QStringLiteral("ALTER FUNCTION sales.later_f() OWNER TO spmt_dev")
                                             << notSupported << useGrant;
    QTest::newRow("ALTER TABLE OWNER TO as superuser") << su << QStringLiteral("ALTER TABLE sales.t OWNER TO postgres") << notSupported << useGrant;
    QTest::newRow("ALTER VIEW OWNER TO mixed case") << su << QStringLiteral("ALTER VIEW \"Mixed Case\".\"View X\" OWNER TO spmt_vie")
                                                    << notSupported << useGrant;
    QTest::newRow("ALTER SEQUENCE OWNER TO mixed case") << dev << QStringLiteral("ALTER SEQUENCE \"Mixed Case\".\"Seq X\" OWNER TO spmt_dev")
                                                        << notSupported << useGrant;
    QTest::newRow("ALTER TYPE OWNER TO") << su << QStringLiteral("ALTER TYPE sales.mood OWNER TO spmt_dev") << notSupported << useGrant;
    QTest::newRow("ALTER DEFAULT PRIVILEGES") << dev << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO spmt_nobody")
                                              << notSupported << useGrant;
    QTest::newRow("ALTER DEFAULT PRIVILEGES as superuser") << su << QStringLiteral("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
                                                           << notSupported << useGrant;
    QTest::newRow("ALTER SCHEMA RENAME as admin member") << adm << QStringLiteral("ALTER SCHEMA sales RENAME TO sales2")
                                                         << notSupported << QStringList{QStringLiteral("RENAME"), QStringLiteral("spm_disable")};
    QTest::newRow("ALTER SCHEMA RENAME mixed case as superuser") << su << QStringLiteral("ALTER SCHEMA \"Mixed Case\" RENAME TO mixed")
                                                                 << notSupported << QStringList{QStringLiteral("RENAME"), QStringLiteral("spm_disable")};
    QTest::newRow("ALTER SCHEMA RENAME schema named owner") << su << QStringLiteral("ALTER SCHEMA \"Later Schema\" RENAME TO owner")
                                                           << notSupported << QStringList{QStringLiteral("ALTER SCHEMA")};
    QTest::newRow("ALTER SCHEMA OWNER TO") << adm << QStringLiteral("ALTER SCHEMA sales OWNER TO spmt_adm") << notSupported << useGrant;
    QTest::newRow("ALTER SCHEMA OWNER TO developer") << su << QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(group(QStringLiteral("developer")))
                                                     << notSupported << useGrant;
    for (const char *suffix : {"admin", "developer", "writer", "viewer", "all_users", "ADMIN"})
        QTest::newRow(qPrintable(QStringLiteral("user name ending in %1").arg(QLatin1String(suffix))))
            << adm << QStringLiteral("CALL spm_create_user('\"spmt_x_%1\"')").arg(QLatin1String(suffix)) << QStringLiteral("42939")
            << QStringList{QStringLiteral("reserved")};
    QTest::newRow("user name ending in viewer, into a group") << su << QStringLiteral("CALL spm_create_user('spmt_xviewer', '%1')")
                                                                        .arg(group(QStringLiteral("viewer")))
                                                              << QStringLiteral("42939") << QStringList{QStringLiteral("reserved")};
    QTest::newRow("existing user") << adm << QStringLiteral("CALL spm_create_user('spmt_vie')") << QStringLiteral("42710")
                                   << QStringList{QStringLiteral("spmt_vie")};
    QTest::newRow("group of another database") << adm << QStringLiteral("CALL spm_grant('otherdb_admin', 'spmt_nobody')")
                                               << QStringLiteral("22023") << QStringList{QStringLiteral("otherdb_admin"), QStringLiteral("not a group of database")};
    QTest::newRow("another database's group in create_user") << su << QStringLiteral("CALL spm_create_user('spmt_x', 'otherdb_viewer')")
                                                              << QStringLiteral("22023") << QStringList{QStringLiteral("otherdb_viewer")};
    QTest::newRow("another database's group in revoke") << su << QStringLiteral("CALL spm_revoke('postgres_viewer', 'spmt_vie')")
                                                         << QStringLiteral("22023") << QStringList{QStringLiteral("postgres_viewer")};
    QTest::newRow("an SLPM group name") << adm << QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(kDb + QStringLiteral(".admin"))
                                        << QStringLiteral("22023") << QStringList{QStringLiteral("spmt_db.admin")};
    QTest::newRow("a login role as group") << adm << QStringLiteral("CALL spm_grant('spmt_oldowner', 'spmt_nobody')")
                                           << QStringLiteral("22023") << QStringList{QStringLiteral("spmt_oldowner")};
    QTest::newRow("a group that does not exist") << adm << QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("owner")))
                                                 << QStringLiteral("42704") << QStringList{group(QStringLiteral("owner")), QStringLiteral("does not exist")};
    QTest::newRow("a group as user") << adm << QStringLiteral("CALL spm_grant('%1', '%2')").arg(group(QStringLiteral("admin")), group(QStringLiteral("viewer")))
                                     << QStringLiteral("42939") << QStringList{QStringLiteral("reserved")};
    QTest::newRow("a user that does not exist") << adm << QStringLiteral("CALL spm_grant('%1', 'spmt_x')").arg(group(QStringLiteral("viewer")))
                                                << QStringLiteral("42704") << QStringList{QStringLiteral("spmt_x")};
    QTest::newRow("non-admin calls spm_grant") << QStringLiteral("spmt_vie") << QStringLiteral("CALL spm_grant('%1', 'spmt_vie')").arg(group(QStringLiteral("admin")))
                                               << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_grant")};
    QTest::newRow("writer calls spm_revoke") << QStringLiteral("spmt_wri") << QStringLiteral("CALL spm_revoke('%1', 'spmt_adm')").arg(group(QStringLiteral("admin")))
                                             << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_revoke")};
    QTest::newRow("developer calls spm_create_user") << dev << QStringLiteral("CALL public.spm_create_user('spmt_x')")
                                                     << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied")};
    QTest::newRow("developer calls spm_migrate") << dev << QStringLiteral("CALL public.spm_migrate()")
                                                 << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied")};
    QTest::newRow("admin member calls spm_disable") << adm << QStringLiteral("CALL spm_disable()")
                                                   << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_disable")};
    QTest::newRow("admin member calls spm_enable") << adm << QStringLiteral("CALL spm_enable()")
                                                  << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_enable")};
    QTest::newRow("admin member calls spm_cleanup") << adm << QStringLiteral("CALL spm_cleanup('%1')").arg(kDb)
                                                   << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_cleanup")};
    QTest::newRow("admin member calls slpm_grant") << adm << QStringLiteral("CALL slpm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer")))
                                                  << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure slpm_grant")};
    // One model per database.
    QTest::newRow("slpm_enable while SPM is on") << su << QStringLiteral("CALL slpm_enable()")
        << QStringLiteral("55000") << QStringList{QStringLiteral("SPM"), QStringLiteral("spm_disable()"), QStringLiteral("spm_cleanup"),
                                                  QStringLiteral("slpm_enable()")};
    QTest::newRow("slpm_grant while SPM is on") << su << QStringLiteral("CALL slpm_create_user('spmt_x')")
        << QStringLiteral("55000") << QStringList{QStringLiteral("SPM")};
    QTest::newRow("slpm_disable while SPM is on") << su << QStringLiteral("CALL slpm_disable()")
        << QStringLiteral("55000") << QStringList{QStringLiteral("SPM")};
    QTest::newRow("cleanup while SPM is on") << su << QStringLiteral("CALL spm_cleanup('%1')").arg(kDb)
        << QStringLiteral("55000") << QStringList{QStringLiteral("spm_disable()")};
    QTest::newRow("cleanup of another database that exists") << su << QStringLiteral("CALL spm_cleanup('postgres')")
        << QStringLiteral("42501")
        << QStringList{QStringLiteral("Permission Denied. execute in database postgres, or drop database before call spm_cleanup.")};
    // The extension's own objects.
    QTest::newRow("admin member writes the state") << adm << QStringLiteral("UPDATE slpm_ce.state SET enabled = false, model = NULL")
                                                   << QStringLiteral("42501") << QStringList{QStringLiteral("state")};
    QTest::newRow("admin member writes the groups") << adm << QStringLiteral("DELETE FROM slpm_ce.groups")
                                                    << QStringLiteral("42501") << QStringList{QStringLiteral("groups")};
    QTest::newRow("admin member calls the internal code") << adm << QStringLiteral("SELECT slpm_ce.grant_group('spm', '%1', 'spmt_nobody')")
                                                                       .arg(group(QStringLiteral("admin")))
                                                          << QStringLiteral("42501") << QStringList{QStringLiteral("grant_group")};
    QTest::newRow("admin member drops a procedure") << adm << QStringLiteral("DROP PROCEDURE spm_grant(text, text) CASCADE")
                                                    << QStringLiteral("2BP01") << QStringList{QStringLiteral("slpm_ce")};
    // The same under SET ROLE in a superuser's session: the role set is the one checked.
    QTest::newRow("SET ROLE viewer calls spm_grant") << QStringLiteral("postgres>spmt_vie")
        << QStringLiteral("CALL spm_grant('%1', 'spmt_vie')").arg(group(QStringLiteral("admin")))
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_grant")};
    QTest::newRow("SET ROLE admin member calls spm_enable") << QStringLiteral("postgres>spmt_adm") << QStringLiteral("CALL spm_enable()")
        << QStringLiteral("42501") << QStringList{QStringLiteral("permission denied for procedure spm_enable")};
    QTest::newRow("SET ROLE developer GRANT") << QStringLiteral("postgres>spmt_dev") << QStringLiteral("GRANT SELECT ON sales.later TO spmt_nobody")
        << notSupported << useGrant;
    QTest::newRow("SET ROLE developer ALTER OWNER") << QStringLiteral("postgres>spmt_dev") << QStringLiteral("ALTER TABLE sales.later OWNER TO spmt_dev")
        << notSupported << useGrant;
    QTest::newRow("SET ROLE admin member reserved user name") << QStringLiteral("postgres>spmt_adm") << QStringLiteral("CALL spm_create_user('spmt_xwriter')")
        << QStringLiteral("42939") << QStringList{QStringLiteral("reserved")};
    QTest::newRow("SET ROLE admin member ALTER SCHEMA RENAME") << QStringLiteral("postgres>spmt_adm") << QStringLiteral("ALTER SCHEMA sales RENAME TO s2")
        << notSupported << QStringList{QStringLiteral("spm_disable")};
}

void TstSpmCe::refusals()
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

void TstSpmCe::replicationRoleDoesNotBypass()
{
    // Event triggers are ENABLE ALWAYS: session_replication_role does not silence them, and no
    // setting of a user's turns the model off.
    pg::Connection super;
    QVERIFY(test::openSandbox(super, kDb));
    const QString before = state();
    for (const char *set : {"SET session_replication_role = replica", "SET slpm_ce.enabled = off", "SET spm.enabled = 'off'"}) {
        QVERIFY(test::execOrFail(super, QString::fromLatin1(set)));
        const pg::Result r = super.exec(QStringLiteral("GRANT SELECT ON sales.t TO spmt_nobody"));
        const QString problem = test::refusalProblem(r.error(), "0A000", {QStringLiteral("spm_grant")});
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(set), problem)));
    }
    QCOMPARE(state(), before);
}

void TstSpmCe::plantedProcedureRefused()
{
    // A superuser's unqualified CALL spm_grant(...) searches "$user" first, then public. An admin
    // member may make a schema named after the superuser, and every developer may create in every
    // schema: a routine named like the extension's procedures there would run with a superuser's
    // rights. Creating or renaming a routine to such a name is refused, whoever does it.
    const QString superuser = test::queryColumn(m_conn, QStringLiteral("SELECT current_user")).value(0);
    pg::Connection &admin = as(QStringLiteral("spmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE SCHEMA %1").arg(quoted(superuser))));
    const QString before = state();
    struct Attempt { QString user; QString sql; };
    const QList<Attempt> attempts = {
        {QStringLiteral("spmt_adm"), QStringLiteral("CREATE PROCEDURE %1.spm_grant(group_name text, user_name text) LANGUAGE sql "
                                                    "AS $$ALTER ROLE spmt_adm SUPERUSER$$").arg(quoted(superuser))},
        {QStringLiteral("spmt_dev"), QStringLiteral("CREATE PROCEDURE %1.slpm_grant(text, text) LANGUAGE sql AS 'SELECT 1'").arg(quoted(superuser))},
        {QStringLiteral("spmt_dev"), QStringLiteral("CREATE FUNCTION public.spm_grant(varchar, varchar) RETURNS void LANGUAGE sql AS ''")},
        {QStringLiteral("spmt_dev"), QStringLiteral("CREATE FUNCTION sales.spm_create_user(text) RETURNS void LANGUAGE sql AS ''")},
        {QStringLiteral("spmt_dev"), QStringLiteral("ALTER FUNCTION sales.later_f() RENAME TO spm_migrate")},
        {QStringLiteral("postgres"), QStringLiteral("CREATE FUNCTION public.spm_grant(name, name) RETURNS void LANGUAGE sql AS ''")},
    };
    for (const Attempt &a : attempts) {
        const pg::Result r = as(a.user).exec(a.sql);
        const QString problem = test::refusalProblem(r.error(), "42723", {QStringLiteral("slpm_ce")});
        QVERIFY2(problem.isEmpty(), qPrintable(a.sql + QStringLiteral(": ") + problem));
        QCOMPARE(state(), before);
    }
    // The superuser's call still reaches the extension's procedure.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer")))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_revoke('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT rolsuper::text FROM pg_roles WHERE rolname = 'spmt_adm'")),
             QStringList{QStringLiteral("false")});
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP SCHEMA %1").arg(quoted(superuser))));
}

void TstSpmCe::underSetRole()
{
    // The superuser's session under SET ROLE has the rights of the role set, not its own.
    pg::Connection &vie = as(QStringLiteral("postgres>spmt_vie"));
    QVERIFY(vie.isOpen());
    QCOMPARE(test::queryColumn(vie, QStringLiteral("SELECT count(*) FROM sales.t")), QStringList{QStringLiteral("1")});
    QCOMPARE(test::queryColumn(vie, QStringLiteral("SELECT sales.f(1)::text")), QStringList{QStringLiteral("2")});
    QString problem = test::refusalProblem(vie.exec(QStringLiteral("INSERT INTO sales.t (v) VALUES ('x')")).error(), "42501", {QStringLiteral("t")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(vie.exec(QStringLiteral("SELECT nextval('sales.s')")).error(), "42501", {QStringLiteral("s")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    pg::Connection &wri = as(QStringLiteral("postgres>spmt_wri"));
    QVERIFY(wri.isOpen());
    QVERIFY(test::execOrFail(wri, QStringLiteral("INSERT INTO sales.t (v) VALUES ('by writer')")));
    QVERIFY(test::execOrFail(wri, QStringLiteral("DELETE FROM sales.t WHERE v = 'by writer'")));
    QVERIFY(test::execOrFail(wri, QStringLiteral("SELECT nextval('\"Mixed Case\".\"Seq X\"')")));
    problem = test::refusalProblem(wri.exec(QStringLiteral("CREATE TABLE \"Mixed Case\".w (a integer)")).error(), "42501",
                                   {QStringLiteral("Mixed Case")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(wri.exec(QStringLiteral("TRUNCATE sales.t")).error(), "42501", {QStringLiteral("t")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    pg::Connection &dev = as(QStringLiteral("postgres>spmt_dev"));
    QVERIFY(dev.isOpen());
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE TABLE \"Mixed Case\".\"By Set Role\" (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Mixed Case\".\"By Set Role\"'::regclass")),
             QStringList{group(QStringLiteral("developer"))});
    QCOMPARE(privileges(group(QStringLiteral("viewer")), QStringLiteral("table"), QStringLiteral("\"Mixed Case\".\"By Set Role\"")),
             QStringLiteral("SELECT"));

    // The superuser's session under SET ROLE to an admin member manages the groups as admin.
    pg::Connection &adm = as(QStringLiteral("postgres>spmt_adm"));
    QVERIFY(adm.isOpen());
    QVERIFY(test::execOrFail(adm, QStringLiteral("CALL spm_create_user('spmt_later', '%1')").arg(group(QStringLiteral("writer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('spmt_later', $1, 'MEMBER')::text"), {group(QStringLiteral("writer"))}),
             QStringList{QStringLiteral("true")});
    QVERIFY(test::execOrFail(adm, QStringLiteral("CALL spm_revoke('%1', 'spmt_later')").arg(group(QStringLiteral("writer")))));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role('spmt_later', $1, 'MEMBER')::text"), {group(QStringLiteral("writer"))}),
             QStringList{QStringLiteral("false")});
}

void TstSpmCe::mixedCaseDatabase()
{
    // From spmt_db, a group of "Spm.Db X" is another database's group.
    const QString mixedViewer = kMixedDb + QStringLiteral("_viewer");
    QString before = state();
    QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_grant($1, 'spmt_vie')"), {u'"' + mixedViewer + u'"'}).error(),
                                           "22023", {mixedViewer, QStringLiteral("not a group of database")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);

    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(quoted(kMixedDb))));
    pg::Connection mixed;
    QVERIFY(test::openSandbox(mixed, kMixedDb));
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CREATE TABLE public.m (a integer)")));
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CREATE EXTENSION slpm_ce")));
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_enable()")));
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("CALL spm_migrate(0)")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(mixed, QStringLiteral(
                 "SELECT r.rolname FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role ORDER BY r.rolname COLLATE \"C\"")),
             (QStringList{kMixedDb + QStringLiteral("_admin"), kMixedDb + QStringLiteral("_developer"), mixedViewer,
                          kMixedDb + QStringLiteral("_writer")}));
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()")),
             QStringList{quoted(kMixedDb + QStringLiteral("_admin"))});
    // Quoted inside the literal, the name is taken as it is; unquoted it is folded to lower case
    // and names no group of this database.
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_create_user('spmt_mixdb')")));
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_grant('\"Spm.Db X_viewer\"', 'spmt_mixdb')")));
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("SELECT pg_has_role('spmt_mixdb', $1, 'MEMBER')::text"), {mixedViewer}),
             QStringList{QStringLiteral("true")});
    {
        pg::Connection user;
        QVERIFY(test::openSandbox(user, kMixedDb, QStringLiteral("spmt_mixdb")));
        QCOMPARE(test::queryColumn(user, QStringLiteral("SELECT count(*) FROM public.m")), QStringList{QStringLiteral("0")});
    }
    const pg::Result unquoted = mixed.exec(QStringLiteral("CALL spm_revoke('Spm.Db X_viewer', 'spmt_mixdb')"));
    problem = test::refusalProblem(unquoted.error(), "22023", {QStringLiteral("spm.db x_viewer")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_revoke('\"Spm.Db X_viewer\"', 'spmt_mixdb')")));
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("SELECT pg_has_role('spmt_mixdb', $1, 'MEMBER')::text"), {mixedViewer}),
             QStringList{QStringLiteral("false")});
    // An admin member of that database, through the quoted name too.
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_grant('\"Spm.Db X_admin\"', 'spmt_mixdb')")));
    {
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, kMixedDb, QStringLiteral("spmt_mixdb")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_grant('\"Spm.Db X_writer\"', 'spmt_mixdb')")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CALL spm_revoke('\"Spm.Db X_writer\"', 'spmt_mixdb')")));
        problem = test::refusalProblem(admin.exec(QStringLiteral("CALL spm_grant('%1', 'spmt_mixdb')").arg(group(QStringLiteral("viewer")))).error(),
                                       "22023", {group(QStringLiteral("viewer"))});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Disabled and cleaned up with the database's name quoted.
    QVERIFY(test::execOrFail(mixed, QStringLiteral("CALL spm_disable()")));
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("CALL spm_cleanup('\"Spm.Db X\"')")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(mixed, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'Spm.Db X\\_%'")),
             QStringList{QStringLiteral("0")});
    mixed.close();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(quoted(kMixedDb))));
}

void TstSpmCe::cleanupDroppedDatabase()
{
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(kGoneDb)));
    {
        pg::Connection gone;
        QVERIFY(test::openSandbox(gone, kGoneDb));
        QVERIFY(test::execOrFail(gone, QStringLiteral("CREATE EXTENSION slpm_ce")));
        QVERIFY(test::execOrFail(gone, QStringLiteral("CALL spm_enable()")));
    }
    const QString rolesSql = QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'spmt\\_gone\\_%'");
    QCOMPARE(test::queryColumn(m_conn, rolesSql), QStringList{QStringLiteral("4")});
    // While the database exists, its groups are cleaned up there, not from here.
    const QString before = state();
    QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_cleanup('%1')").arg(kGoneDb)).error(), "42501",
                                           {QStringLiteral("execute in database spmt_gone, or drop database before call spm_cleanup")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
    QVERIFY(test::execOrFail(m_root, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(kGoneDb)));
    // SLPM's cleanup of that name leaves SPM's groups alone (their names and comments are SPM's).
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL slpm_cleanup('%1')").arg(kGoneDb)), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, rolesSql), QStringList{QStringLiteral("4")});
    // SPM's drops them, two per call, without touching this database.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_cleanup('%1', 2)").arg(kGoneDb)),
             QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, rolesSql), QStringList{QStringLiteral("2")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_cleanup('%1', 2)").arg(kGoneDb)), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, rolesSql), QStringList{QStringLiteral("0")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT s.enabled || ' ' || s.model || ' ' || (SELECT count(*) FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role) "
                 "FROM slpm_ce.state s")),
             QStringList{QStringLiteral("true spm 4")});
}

void TstSpmCe::disable()
{
    m_users.clear();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_disable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("false - false")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_database_privilege('public', current_database(), 'CONNECT') || ' ' "
                 "|| has_database_privilege('public', current_database(), 'TEMPORARY') || ' ' "
                 "|| has_schema_privilege('public', 'public', 'USAGE') || ' ' || has_schema_privilege('public', 'public', 'CREATE') || ' ' "
                 "|| has_function_privilege('public', 'sales.f(integer)', 'EXECUTE') || ' ' "
                 "|| has_function_privilege('public', 'sales.later_f()', 'EXECUTE') || ' ' "
                 "|| has_function_privilege('public', '\"Mixed Case\".\"Proc X\"()', 'EXECUTE') || ' ' "
                 "|| has_function_privilege('public', 'public.spm_grant(text, text)', 'EXECUTE')")),
             QStringList{QStringLiteral("true true true true true true true false")});
    // The groups stay, with their members and rights, the developer group still owns; new objects
    // are no longer handed over, and GRANT works again.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role WHERE g.model = 'spm'")),
             QStringList{QStringLiteral("4")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT has_table_privilege('spmt_wri', 'sales.later', 'INSERT') || ' ' || has_table_privilege('spmt_vie', 'sales.t', 'SELECT') "
                 "|| ' ' || pg_has_role('spmt_adm', $1, 'MEMBER') || ' ' "
                 "|| (SELECT relowner::regrole::text FROM pg_class WHERE oid = 'sales.t'::regclass)"), {group(QStringLiteral("admin"))}),
             QStringList{QStringLiteral("true true true ") + group(QStringLiteral("developer"))});
    pg::Connection nobody;
    QVERIFY(test::openSandbox(nobody, kDb, QStringLiteral("spmt_nobody")));
    QVERIFY(test::execOrFail(nobody, QStringLiteral("CREATE TABLE public.free (a integer)")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = 'public.free'::regclass")),
             QStringList{QStringLiteral("spmt_nobody")});
    nobody.close();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT SELECT ON sales.t TO spmt_nobody")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("REVOKE SELECT ON sales.t FROM spmt_nobody")));
    // The procedures that need SPM say it is off; SLPM may not be enabled while SPM's groups are there.
    const pg::Result r = m_conn.exec(QStringLiteral("CALL spm_grant('%1', 'spmt_nobody')").arg(group(QStringLiteral("viewer"))));
    QCOMPARE(r.error().sqlstate, QStringLiteral("55000"));
    QVERIFY2(r.error().message.contains(u"NOT in simple privilege mode"), qPrintable(r.error().toString()));
    const QString disabled = state();
    const QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL slpm_enable()")).error(), "55000",
                                                 {QStringLiteral("SPM"), QStringLiteral("spm_cleanup('spmt_db')")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), disabled);
}

void TstSpmCe::cleanupGroups()
{
    // Counted from the catalog: what the groups own here (the database too), sequences that follow
    // their table left out.
    const QString ownedSql = QStringLiteral(R"SQL(
SELECT count(*) FROM pg_shdepend s JOIN pg_roles r ON r.oid = s.refobjid
 WHERE s.deptype = 'o' AND r.rolname LIKE 'spmt\_db\_%'
   AND s.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE s.classid = 'pg_class'::regclass AND d.classid = s.classid
                      AND d.objid = s.objid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
)SQL");
    int left = test::queryColumn(m_conn, ownedSql).value(0).toInt();
    QVERIFY2(left > 20, qPrintable(QString::number(left)));
    const int batch = 6;
    int calls = 0;
    for (;;) {
        QVERIFY2(++calls < 30, "spm_cleanup never answered COMPLETED");
        const QStringList result = test::queryColumn(m_conn, QStringLiteral("CALL spm_cleanup($1, $2)"), {kDb, QString::number(batch)});
        if (left > batch) {
            QCOMPARE(result, QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
            const int now = test::queryColumn(m_conn, ownedSql).value(0).toInt();
            QCOMPARE(now, left - batch);
            left = now;
            QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM slpm_ce.groups g JOIN pg_roles r ON r.oid = g.role")),
                     QStringList{QStringLiteral("4")});
        } else {
            QCOMPARE(result, QStringList{QStringLiteral("COMPLETED")});
            break;
        }
    }
    QVERIFY(calls > 3);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_cleanup($1)"), {kDb}), QStringList{QStringLiteral("COMPLETED")});
    // The groups are gone, with their memberships; the users stay; what the groups owned is the caller's.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT (SELECT count(*) FROM pg_roles WHERE rolname LIKE 'spmt\\_db\\_%') || ' ' || (SELECT count(*) FROM slpm_ce.groups) "
                 "|| ' ' || (SELECT count(*) FROM pg_roles WHERE rolname IN ('spmt_dev', 'spmt_wri', 'spmt_vie', 'spmt_adm')) || ' ' "
                 "|| (SELECT relowner::regrole::text FROM pg_class WHERE oid = 'sales.t'::regclass) || ' ' "
                 "|| (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'sales') || ' ' "
                 "|| (SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database())")),
             QStringList{QStringLiteral("0 0 4 postgres postgres postgres")});
}

void TstSpmCe::switchModels()
{
    // After SPM's cleanup, SLPM may be enabled; while it is on, SPM is refused, and the other way round.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model FROM slpm_ce.state")),
             QStringList{QStringLiteral("true slpm")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) || ' ' || count(*) FILTER (WHERE model = 'slpm') || ' ' || count(*) FILTER (WHERE nsp IS NULL) FROM slpm_ce.groups")),
             QStringList{QStringLiteral("13 13 1")}); // admin + sales, Mixed Case, public, Later Schema
    QString before = state();
    QString problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_enable()")).error(), "55000",
                                           {QStringLiteral("SLPM"), QStringLiteral("slpm_disable()"), QStringLiteral("slpm_cleanup"),
                                            QStringLiteral("spm_enable()")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_create_user('spmt_x')")).error(), "55000", {QStringLiteral("SLPM")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = test::refusalProblem(m_conn.exec(QStringLiteral("GRANT SELECT ON sales.t TO spmt_nobody")).error(), "0A000",
                                   {QStringLiteral("slpm_grant")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
    // Back: SLPM off and cleaned up, then SPM again, migrated at once.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_disable()")));
    before = state();
    problem = test::refusalProblem(m_conn.exec(QStringLiteral("CALL spm_enable()")).error(), "55000", {QStringLiteral("slpm_cleanup")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(state(), before);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL slpm_cleanup($1, 0)"), {kDb}), QStringList{QStringLiteral("COMPLETED")});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_migrate(0)")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || model || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("true spm true")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT DISTINCT relowner::regrole::text FROM pg_class WHERE relnamespace = 'sales'::regnamespace")),
             QStringList{group(QStringLiteral("developer"))});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_disable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_cleanup($1, 0)"), {kDb}), QStringList{QStringLiteral("COMPLETED")});
}

void TstSpmCe::cleanupTestCase()
{
    if (m_conn.isOpen())
        m_conn.close();
    dropFixture();
    QCOMPARE(test::queryColumn(m_root, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname ILIKE '%spmt%' OR rolname LIKE 'Spm.Db X%'")),
             QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TstSpmCe)
#include "tst_spmce.moc"
