#include "tst_slpmce.h"

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


void TstSlpmCe::setSchemaMovesToNewGroups()
{
    // An admin member (it holds every developer group) moves a table with its serial sequence and a
    // function from sales to "Mixed Case": they pass to "Mixed Case"'s groups, and sales' lose them.
    pg::Connection &admin = as(QStringLiteral("slpmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE TABLE sales.moving (id serial PRIMARY KEY, v text)")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE FUNCTION sales.moving_f() RETURNS integer LANGUAGE sql AS 'SELECT 3'")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("ALTER TABLE sales.moving SET SCHEMA \"Mixed Case\"")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("alter function sales.moving_f() set   schema \"Mixed Case\"")));
    const QString developer = pg::quoteIdent(group(QStringLiteral("Mixed Case.developer")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT relowner::regrole::text FROM pg_class WHERE oid IN ('\"Mixed Case\".moving'::regclass, "
                 "'\"Mixed Case\".moving_id_seq'::regclass) UNION ALL SELECT proowner::regrole::text FROM pg_proc "
                 "WHERE oid = '\"Mixed Case\".moving_f()'::regprocedure")),
             QStringList(3, developer));
    // No group of sales keeps a right on them.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT count(*) FROM (SELECT relacl AS acl FROM pg_class WHERE oid IN ('\"Mixed Case\".moving'::regclass, "
                 "'\"Mixed Case\".moving_id_seq'::regclass) UNION ALL SELECT proacl FROM pg_proc "
                 "WHERE oid = '\"Mixed Case\".moving_f()'::regprocedure) o, aclexplode(o.acl) a "
                 "WHERE a.grantee::regrole::text LIKE '%sales%'")),
             QStringList{QStringLiteral("0")});
    const QString rights = QStringLiteral(
        "SELECT has_table_privilege($1, '\"Mixed Case\".moving', 'SELECT') || ' ' || has_table_privilege($1, '\"Mixed Case\".moving', 'INSERT') "
        "|| ' ' || has_sequence_privilege($1, '\"Mixed Case\".moving_id_seq', 'USAGE') "
        "|| ' ' || has_function_privilege($1, '\"Mixed Case\".moving_f()', 'EXECUTE')");
    QCOMPARE(test::queryColumn(m_conn, rights, {group(QStringLiteral("Mixed Case.writer"))}), QStringList{QStringLiteral("true true true true")});
    QCOMPARE(test::queryColumn(m_conn, rights, {group(QStringLiteral("Mixed Case.viewer"))}), QStringList{QStringLiteral("true false false true")});
    QCOMPARE(test::queryColumn(m_conn, rights, {group(QStringLiteral("sales.writer"))}), QStringList{QStringLiteral("false false false false")});
    QCOMPARE(test::queryColumn(m_conn, rights, {QStringLiteral("slpmt_vie")}), QStringList{QStringLiteral("false false false false")});
    QCOMPARE(test::queryColumn(as(QStringLiteral("slpmt_mixvie")), QStringLiteral("SELECT \"Mixed Case\".moving_f()::text")),
             QStringList{QStringLiteral("3")});
    // Moved back: sales' groups again, nothing of "Mixed Case" left.
    QVERIFY(test::execOrFail(admin, QStringLiteral("ALTER TABLE \"Mixed Case\".moving SET SCHEMA sales")));
    const QString back = QStringLiteral(
        "SELECT relowner::regrole::text || ' ' || has_table_privilege($1, 'sales.moving', 'SELECT') || ' ' "
        "|| has_table_privilege($2, 'sales.moving', 'SELECT') || ' ' || has_sequence_privilege($2, 'sales.moving_id_seq', 'USAGE') "
        "FROM pg_class WHERE oid = 'sales.moving'::regclass");
    QCOMPARE(test::queryColumn(m_conn, back, {group(QStringLiteral("Mixed Case.viewer")), group(QStringLiteral("sales.writer"))}),
             QStringList{pg::quoteIdent(group(QStringLiteral("sales.developer"))) + QStringLiteral(" false true true")});
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP TABLE sales.moving")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP FUNCTION \"Mixed Case\".moving_f()")));
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
