// The shared fixture of the SPM tests (see spmcefixture.h).
#include "spmcefixture.h"

using namespace roledesk;

namespace spmt {

void Fixture::createDatabase()
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
}

void Fixture::createMigratedDatabase()
{
    createDatabase();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_enable()")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("CALL spm_migrate(0)")), QStringList{QStringLiteral("COMPLETED")});
    createGroupUsers();
    if (QTest::currentTestFailed())
        return;
    developerCreatesObjects();
    if (QTest::currentTestFailed())
        return;
    adminCreatesLaterSchema();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(test::execOrFail(as(QStringLiteral("spmt_dev")), QStringLiteral("CREATE TABLE \"Later Schema\".\"By Dev\" (a integer)")));
}

void Fixture::createGroupUsers()
{
    for (const auto &[user, grp] : kGroupUsers)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_create_user($1, $2)"), {user, grp}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL spm_create_user('spmt_nobody')")));
}

void Fixture::developerCreatesObjects()
{
    pg::Connection &dev = as(QStringLiteral("spmt_dev"));
    QVERIFY(dev.isOpen());
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE TABLE sales.later (id serial PRIMARY KEY, v text)")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE FUNCTION sales.later_f() RETURNS integer LANGUAGE sql AS 'SELECT 7'")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE VIEW \"Mixed Case\".\"Later V\" AS SELECT v FROM sales.later")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE SEQUENCE \"Mixed Case\".\"Later S\"")));
    QVERIFY(test::execOrFail(dev, QStringLiteral("CREATE PROCEDURE \"Mixed Case\".\"Later P\"() LANGUAGE sql AS 'SELECT 1'")));
}

void Fixture::adminCreatesLaterSchema()
{
    pg::Connection &admin = as(QStringLiteral("spmt_adm"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE SCHEMA \"Later Schema\"")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE TABLE \"Later Schema\".x (a integer)")));
}

void Fixture::dropAll()
{
    if (m_conn.isOpen())
        m_conn.close();
    dropFixture();
    QCOMPARE(test::queryColumn(m_root, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname ILIKE '%spmt%' OR rolname LIKE 'Spm.Db X%'")),
             QStringList{QStringLiteral("0")});
}

void Fixture::dropFixture()
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

QString Fixture::state()
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

pg::Connection &Fixture::as(const QString &user)
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

QString Fixture::privileges(const QString &role, const QString &kind, const QString &object)
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

} // namespace spmt
