// The executable specification of SPM in slpm_ce (resources/extensions/slpm_ce), part one of three
// (spmcefixture.h names the others): Hologres' simple permission model at database level on
// community PostgreSQL 15. A fresh database with objects in a lower-case and a mixed-case schema is
// enabled and migrated in batches of two; users join each group through spm_create_user /
// spm_grant, as the superuser and as an admin member who logs in; every group's rights on every
// kind of object of both schemas are read back with has_*_privilege, also for objects and a schema
// made later. The slots run in order and build on each other.
#include "spmcefixture.h"

using namespace roledesk;
using namespace spmt;

class TstSpmCe : public QObject, private Fixture {
    Q_OBJECT
private slots:
    void initTestCase();
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
    void cleanupTestCase() { dropAll(); }

private:
    /// The objects of the managed schemas that the developer group does not own yet, counted from
    /// the catalog without the extension's help.
    int notHandedOver();
};

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

void TstSpmCe::initTestCase()
{
    createDatabase();
    if (QTest::currentTestFailed())
        return;
    // Installed, not enabled; anyone may read the state and the groups (none yet).
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE spmt_oldowner")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') || ' ' || migrated FROM slpm_ce.state")),
             QStringList{QStringLiteral("false - false")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM (SELECT role, kind, nsp, model FROM slpm_ce.groups) g")),
             QStringList{QStringLiteral("0")});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
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
    createGroupUsers();
    if (QTest::currentTestFailed())
        return;

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
    developerCreatesObjects();
    if (QTest::currentTestFailed())
        return;
    pg::Connection &dev = as(QStringLiteral("spmt_dev"));
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
    adminCreatesLaterSchema();
    if (QTest::currentTestFailed())
        return;
    pg::Connection &admin = as(QStringLiteral("spmt_adm"));
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

QTEST_GUILESS_MAIN(TstSpmCe)
#include "tst_spmce.moc"
