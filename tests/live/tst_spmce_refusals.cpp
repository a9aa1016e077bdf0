// SPM in slpm_ce, part two of three (spmcefixture.h names the others): over spmt_db enabled, migrated
// and with its users in the groups (as tst_spmce leaves it), every refusal leaves the catalog as it
// was: GRANT, REVOKE, ALTER ... OWNER TO, ALTER DEFAULT PRIVILEGES and schema renames; reserved and
// foreign group names; the procedures of the other model; the extension's own objects; routines
// planted to catch the unqualified calls; the same under SET ROLE. A mixed-case dotted database
// name takes its groups double-quoted. The slots run in order and build on each other.
#include "spmcefixture.h"

using namespace roledesk;
using namespace spmt;

class TstSpmCeRefusals : public QObject, private Fixture {
    Q_OBJECT
private slots:
    void initTestCase() { createMigratedDatabase(); }
    void plantedRoutineRefused();
    void refusals_data();
    void refusals();
    void replicationRoleDoesNotBypass();
    void plantedProcedureRefused();
    void underSetRole();
    void mixedCaseDatabase();
    void cleanupTestCase() { dropAll(); }
};

void TstSpmCeRefusals::plantedRoutineRefused()
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

void TstSpmCeRefusals::refusals_data()
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

void TstSpmCeRefusals::refusals()
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

void TstSpmCeRefusals::replicationRoleDoesNotBypass()
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

void TstSpmCeRefusals::plantedProcedureRefused()
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

void TstSpmCeRefusals::underSetRole()
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

void TstSpmCeRefusals::mixedCaseDatabase()
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

QTEST_GUILESS_MAIN(TstSpmCeRefusals)
#include "tst_spmce_refusals.moc"
