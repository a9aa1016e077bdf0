// SPM in slpm_ce, part three of three (spmcefixture.h names the others): over spmt_db enabled,
// migrated and with its users in the groups (as tst_spmce leaves it), the groups of a dropped
// database are cleaned up from here; disable gives PUBLIC its rights back and keeps the groups;
// cleanup drops them batch by batch; one model per database (SLPM refused while SPM is on and the
// other way round) when switching between them. The slots run in order and build on each other.
#include "spmcefixture.h"

using namespace roledesk;
using namespace spmt;

class TstSpmCeLifecycle : public QObject, private Fixture {
    Q_OBJECT
private slots:
    void initTestCase() { createMigratedDatabase(); }
    void cleanupDroppedDatabase();
    void disable();
    void cleanupGroups();
    void switchModels();
    void cleanupTestCase() { dropAll(); }
};

void TstSpmCeLifecycle::cleanupDroppedDatabase()
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

void TstSpmCeLifecycle::disable()
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

void TstSpmCeLifecycle::cleanupGroups()
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

void TstSpmCeLifecycle::switchModels()
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

QTEST_GUILESS_MAIN(TstSpmCeLifecycle)
#include "tst_spmce_lifecycle.moc"
