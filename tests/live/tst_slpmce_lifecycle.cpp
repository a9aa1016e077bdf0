// slpm_disable, enabling again, slpm_cleanup (also of a dropped database) and enabling after it.
#include "tst_slpmce.h"

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
        "SELECT role::oid::text FROM slpm_ce.groups WHERE nsp = '\"Renamed Schema\"'::regnamespace AND kind = 'viewer'")).value(0);
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
    const QStringList groupOids = test::queryColumn(m_conn, QStringLiteral("SELECT role::oid::text FROM slpm_ce.groups ORDER BY role::oid"));
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

