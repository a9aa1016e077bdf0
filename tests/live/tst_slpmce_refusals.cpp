// What slpm_ce refuses while SLPM is on (nothing changes after a refusal), what settings and an
// attacker's SECURITY DEFINER function cannot get around, and renaming a schema with its groups.
#include "tst_slpmce.h"

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
        "SELECT g.kind || ' ' || g.role::oid::text || ' ' || r.rolname || ' ' || g.nspname FROM slpm_ce.groups g "
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

