#include "sandbox.h"

#include "pg/identifier.h"

#include <QTest>

using namespace roledesk;

/// Attacks on pgx_inference_ce as a security boundary that turn a privileged session's identity
/// against it, or plant objects before it is installed: code of an attacker's that a superuser's
/// ANALYZE runs, an attacker's SECURITY DEFINER function that a model owner calls, a schema or a
/// model role made beforehand. Each must fail with nothing changed (memberships, model rows, files).
class TstPgxAttacks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void expressionIndexUnderAnalyze();
    void definerFunctionOfAnAttacker();
    void squattedSchema_data();
    void squattedSchema();
    void modelRoleMadeBeforehand();
    void cleanupTestCase();

private:
    void dropFixture();
    /// Who holds the model roles, and the models there are: what no attack may change.
    QString state();

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    const QString m_squatDb = QStringLiteral("pgxa_squat");
    const QString m_victimModel = QStringLiteral("pgxa.victim-model");
};

namespace {

const QStringList kRoles = {QStringLiteral("pgxa_attacker"), QStringLiteral("pgxa_victim"),
                            QStringLiteral("pgxa_dbowner")};

} // namespace

QString TstPgxAttacks::state()
{
    const QStringList holders = test::queryColumn(m_conn, QStringLiteral(
        "SELECT g.rolname || ' > ' || m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN ('pgx_model_owner', 'pgx_system_administrator') "
        "ORDER BY 1"));
    const QStringList models = test::queryColumn(m_conn, QStringLiteral(
        "SELECT name || ' ' || owner::text || ' ' || size || ' ' || loaded FROM pgx_inference.pgx_models ORDER BY id"));
    const QStringList supers = test::queryColumn(m_conn, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE rolsuper ORDER BY 1"));
    return holders.join(u'\n') + QStringLiteral("\n--\n") + models.join(u'\n') + QStringLiteral("\n--\n")
           + supers.join(u'\n');
}

void TstPgxAttacks::dropFixture()
{
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_squatDb));
    m_conn.exec(QStringLiteral("DROP SCHEMA IF EXISTS pgxa_lair CASCADE"));
    test::dropModelFixture(m_conn, {m_victimModel}, kRoles);
}

void TstPgxAttacks::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    for (const QString &role : kRoles)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    // The attacker has a schema of its own to create tables and functions in, and is a model
    // owner itself (so it may call the file functions at all).
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE SCHEMA pgxa_lair AUTHORIZATION pgxa_attacker")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('pgxa_attacker', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('pgxa_victim', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE pgxa_victim")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(
        "SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x5345435245540a'), '{}')"), {m_victimModel}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstPgxAttacks::expressionIndexUnderAnalyze()
{
    // The attacker's function tries every way to a model role and to the models, swallows each
    // refusal (so ANALYZE goes on unnoticed) and logs it. A superuser's ANALYZE evaluates it as the
    // table's owner, inside the superuser's session.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE pgxa_attacker")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE TABLE pgxa_lair.log (attempt text, outcome text)")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(R"SQL(
CREATE FUNCTION pgxa_lair.evil_work() RETURNS void LANGUAGE plpgsql VOLATILE AS $f$
DECLARE
    attempt text;
BEGIN
    FOREACH attempt IN ARRAY ARRAY[
        'SELECT pgx_inference.pgx_grant_model_role(''pgxa_attacker'', ''system_administrator'')',
        'GRANT pgx_system_administrator TO pgxa_attacker',
        'SET ROLE postgres',
        'SELECT set_config(''role'', ''postgres'', false)',
        'UPDATE pgx_inference.pgx_models SET loaded = true',
        'DELETE FROM pgx_inference.pgx_models',
        'SELECT pgx_inference.pgx_read_model_file(''pgxa.victim-model'', 0, 100)',
        'SELECT pgx_inference.pgx_drop_model(''pgxa.victim-model'')'] LOOP
        BEGIN
            EXECUTE attempt;
            INSERT INTO pgxa_lair.log VALUES (attempt, 'done');
        EXCEPTION WHEN OTHERS THEN
            INSERT INTO pgxa_lair.log VALUES (attempt, SQLERRM);
        END;
    END LOOP;
END
$f$)SQL")));
    // An index expression must be IMMUTABLE; it may still call a volatile function.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(
        "CREATE FUNCTION pgxa_lair.evil(x integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS "
        "$f$ BEGIN PERFORM pgxa_lair.evil_work(); RETURN x; END $f$")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE TABLE pgxa_lair.bait (x integer)")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("INSERT INTO pgxa_lair.bait SELECT generate_series(1, 3)")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE INDEX ON pgxa_lair.bait (pgxa_lair.evil(x))")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("TRUNCATE pgxa_lair.log"))); // what building the index logged

    const QString before = state();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ANALYZE pgxa_lair.bait")));
    QCOMPARE(state(), before);

    // The function did run under ANALYZE, and each attempt met a refusal.
    const QStringList log = test::queryColumn(m_conn, QStringLiteral(
        "SELECT attempt || ' => ' || outcome FROM pgxa_lair.log ORDER BY ctid"));
    QVERIFY2(!log.isEmpty(), "the attacker's function never ran under ANALYZE: the test proves nothing");
    for (const QString &line : log) {
        QVERIFY2(!line.endsWith(u"=> done") || line.contains(u"UPDATE") || line.contains(u"DELETE"), qPrintable(line));
        QVERIFY2(line.contains(u"permission denied") || line.contains(u"must have admin option on role")
                     || line.contains(u"cannot set parameter \"role\"")
                     || line.contains(u"cannot execute SET ROLE") || line.endsWith(u"=> done"),
                 qPrintable(line));
    }
    // UPDATE and DELETE may "succeed" on the rows row-level security lets the attacker see (none).
    QVERIFY(!test::queryColumn(m_conn, QStringLiteral("SELECT 1 FROM pgxa_lair.log WHERE attempt LIKE '%pgx_grant_model_role%' "
                                                      "AND outcome = 'permission denied for function pgx_grant_model_role'")).isEmpty());
}

void TstPgxAttacks::definerFunctionOfAnAttacker()
{
    // The victim, a model owner, calls a SECURITY DEFINER function of the attacker's (say, a
    // helper it was offered). Inside it the attacker's rights count, not the victim's.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE pgxa_attacker")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(R"SQL(
CREATE FUNCTION pgxa_lair.helper(what text) RETURNS bytea LANGUAGE sql SECURITY DEFINER AS $f$
    SELECT CASE what WHEN 'file' THEN pgx_inference.pgx_get_model_file('pgxa.victim-model')
                     WHEN 'part' THEN pgx_inference.pgx_read_model_file('pgxa.victim-model', 0, 3)
                     WHEN 'drop' THEN (SELECT NULL::bytea FROM pgx_inference.pgx_drop_model('pgxa.victim-model'))
                     WHEN 'meta' THEN convert_to(pgx_inference.pgx_get_model_metadata('pgxa.victim-model')::text, 'UTF8')
                     WHEN 'update' THEN (SELECT NULL::bytea FROM pgx_inference.pgx_update_model('pgxa.victim-model', NULL, '{"pwned": true}'))
                     WHEN 'use' THEN (SELECT NULL::bytea FROM pgx_inference.pgx_get_function_by_model_name('pgxa.victim-model'))
    END
$f$)SQL")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgxa_lair TO pgxa_victim")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));

    const QString before = state();
    const QString metadata = test::queryColumn(m_conn, QStringLiteral(
        "SELECT metadata::text FROM pgx_inference.pgx_models WHERE name = $1"), {m_victimModel}).value(0);
    // The same calls as the victim itself work: the refusals below are the attacker's, not a broken fixture.
    pg::Connection victim;
    QVERIFY(test::openSandbox(victim, m_db, QStringLiteral("pgxa_victim")));
    const pg::Result own = victim.exec(QStringLiteral("SELECT pgx_inference.pgx_read_model_file($1, 0, 3)"), {m_victimModel});
    QVERIFY2(own.ok() && own.rows() == 1, qPrintable(own.error().toString()));
    for (const char *what : {"file", "part", "drop", "meta", "update", "use"}) {
        const pg::Result r = victim.exec(QStringLiteral("SELECT pgxa_lair.helper($1)"), {QString::fromLatin1(what)});
        const QString problem = test::refusalProblem(r.error(), "42501", {m_victimModel});
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), problem)));
        // The role whose rights counted is the attacker's, and the refusal says so.
        QVERIFY2(r.error().detail.contains(u"\"pgxa_attacker\""), qPrintable(r.error().toString()));
    }
    QCOMPARE(state(), before);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT metadata::text FROM pgx_inference.pgx_models WHERE name = $1"),
                               {m_victimModel}).value(0), metadata);
}

void TstPgxAttacks::squattedSchema_data()
{
    QTest::addColumn<QString>("plant");
    QTest::newRow("empty schema") << QString();
    QTest::newRow("schema with a planted function")
        << QStringLiteral("CREATE FUNCTION pgx_inference.lo_get(oid) RETURNS bytea LANGUAGE sql AS 'SELECT NULL::bytea'");
    QTest::newRow("schema with a planted table")
        << QStringLiteral("CREATE TABLE pgx_inference.pgx_models (id int)");
}

void TstPgxAttacks::squattedSchema()
{
    QFETCH(QString, plant);
    // A database owner (no superuser) creates schema pgx_inference before a superuser installs the
    // extension into its database.
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_squatDb));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1 OWNER pgxa_dbowner").arg(m_squatDb)));
    {
        pg::Connection owner;
        QVERIFY(test::openSandbox(owner, m_squatDb, QStringLiteral("pgxa_dbowner")));
        QVERIFY(test::execOrFail(owner, QStringLiteral("CREATE SCHEMA pgx_inference")));
        if (!plant.isEmpty())
            QVERIFY(test::execOrFail(owner, plant));
    }
    pg::Connection super;
    QVERIFY(test::openSandbox(super, m_squatDb));
    const pg::Result r = super.exec(QStringLiteral("CREATE EXTENSION pgx_inference_ce"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().sqlstate, QStringLiteral("42P06"));
    QVERIFY2(r.error().message.contains(u"schema pgx_inference already exists and was not created for pgx_inference_ce"),
             qPrintable(r.error().toString()));
    QVERIFY2(r.error().detail.contains(u"pgxa_dbowner"), qPrintable(r.error().detail));
    QVERIFY(test::queryColumn(super, QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'pgx_inference_ce'")).isEmpty());
    QVERIFY(test::queryColumn(super, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'pgxa_dbowner' AND rolsuper")).isEmpty());

    // After the schema is gone, the same superuser installs it (the refusal was about the schema).
    QVERIFY(test::execOrFail(super, QStringLiteral("DROP SCHEMA pgx_inference CASCADE")));
    QVERIFY(test::execOrFail(super, QStringLiteral("CREATE EXTENSION pgx_inference_ce")));
    super.close();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_squatDb)));
}

void TstPgxAttacks::modelRoleMadeBeforehand()
{
    // A model role that can log in (or carries other powers) is not taken as a model role. The
    // roles are cluster-wide and exist already: give one LOGIN inside a transaction that is rolled
    // back, and install into a scratch database in it.
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_squatDb));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1").arg(m_squatDb)));
    pg::Connection super;
    QVERIFY(test::openSandbox(super, m_squatDb));
    for (const char *attribute : {"LOGIN", "CREATEROLE", "BYPASSRLS"}) {
        QVERIFY(test::execOrFail(super, QStringLiteral("BEGIN")));
        QVERIFY(test::execOrFail(super, QStringLiteral("ALTER ROLE pgx_system_administrator %1").arg(QString::fromLatin1(attribute))));
        const pg::Result r = super.exec(QStringLiteral("CREATE EXTENSION pgx_inference_ce"));
        super.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(!r.ok(), attribute);
        QVERIFY2(r.error().message.contains(u"role \"pgx_system_administrator\" exists and is not a plain group role"),
                 qPrintable(r.error().toString()));
    }
    QVERIFY(test::queryColumn(super, QStringLiteral(
        "SELECT 1 FROM pg_roles WHERE rolname = 'pgx_system_administrator' AND (rolcanlogin OR rolcreaterole OR rolbypassrls)")).isEmpty());
    super.close();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_squatDb)));
}

void TstPgxAttacks::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstPgxAttacks)
#include "tst_pgxattacks.moc"
