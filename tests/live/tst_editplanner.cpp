#include "catalog/catalogreader.h"
#include "plan/editplanner.h"
#include "plan/plan.h"
#include "sandbox.h"

#include <QTest>

using namespace roledesk;

/// EditPlanner against the sandbox: the changes it makes for matrix edits are applied for real
/// and the result is read back with has_*_privilege.
class TstEditPlanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void revokeEveryGrantorsGrant();
    void revokeWherePublicStillGives();
    void revokeWhereGroupStillGives();
    void revokeWithDependentGrantsCascades();
    void columnRevokeNotesTableGrant();
    void grantSkipsWhatIsHeldAndMerges();
    void bulkAllTablesInSchemaAddsUsage();
    void cleanupTestCase();

private:
    std::shared_ptr<const EffectiveRights> read();
    int object(const std::shared_ptr<const EffectiveRights> &r, ObjectKind kind, const QString &schema, const QString &name);
    bool apply(const QList<Change> &changes);
    bool ask(const QString &sql);
    bool script(const QString &sql);

    const QString m_db = QStringLiteral("roledesk_edit_planner");
    pg::Connection m_conn;
};

void TstEditPlanner::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db)));
    QVERIFY(test::execOrFail(admin, QStringLiteral(
        "DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'ep\\_%' LOOP "
        "EXECUTE format('DROP ROLE %I', r); END LOOP; END $$")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE %1").arg(m_db)));
    QVERIFY(test::openSandbox(m_conn, m_db));
    QVERIFY(script(QStringLiteral(R"(
        CREATE ROLE ep_owner; CREATE ROLE ep_granter; CREATE ROLE ep_group; CREATE ROLE ep_user LOGIN;
        CREATE ROLE "ep_Spaced ""role""";
        GRANT ep_group TO ep_user;
        CREATE SCHEMA ep AUTHORIZATION ep_owner;
        CREATE SCHEMA "ep two" AUTHORIZATION ep_owner;
        SET ROLE ep_owner;
        CREATE TABLE ep.t (id int, secret text);
        CREATE TABLE ep.t2 (id int);
        CREATE FUNCTION ep.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
        CREATE TABLE "ep two".a (id int);
        CREATE TABLE "ep two"."B b" (id int);
        CREATE VIEW "ep two".v AS SELECT 1 AS x;
        CREATE SEQUENCE "ep two".s;
        GRANT SELECT ON ep.t TO ep_user;
        GRANT SELECT ON ep.t TO ep_granter WITH GRANT OPTION;
        GRANT SELECT ON ep.t2 TO ep_group;
        GRANT EXECUTE ON FUNCTION ep.f() TO ep_user;
        GRANT USAGE ON SCHEMA ep TO ep_granter, ep_group;
        SET ROLE ep_granter;
        GRANT SELECT ON ep.t TO ep_user;
        RESET ROLE;
    )")));
}

void TstEditPlanner::cleanupTestCase()
{
    m_conn.close();
    pg::Connection admin;
    if (!test::openSandbox(admin, QStringLiteral("postgres")))
        return;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
    admin.exec(QStringLiteral("DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'ep\\_%' "
                              "LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$"));
}

std::shared_ptr<const EffectiveRights> TstEditPlanner::read()
{
    const SnapshotOutcome out = CatalogReader::read(m_conn);
    if (!out.ok()) {
        QTest::qFail(qPrintable(out.error.toString()), __FILE__, __LINE__);
        return {};
    }
    return std::make_shared<const EffectiveRights>(out.snapshot);
}

int TstEditPlanner::object(const std::shared_ptr<const EffectiveRights> &r, ObjectKind kind, const QString &schema,
                           const QString &name)
{
    const Snapshot &s = r->snapshot();
    for (int i = 0; i < s.objects.size(); ++i)
        if (s.objects.at(i).kind == kind && s.objects.at(i).schema == schema && s.objects.at(i).name == name)
            return i;
    return -1;
}

bool TstEditPlanner::apply(const QList<Change> &changes)
{
    Plan plan;
    for (const Change &c : changes)
        plan.add(c);
    if (!test::execOrFail(m_conn, QStringLiteral("BEGIN")))
        return false;
    for (const Statement &s : plan.statements()) {
        if (!test::execOrFail(m_conn, s.sql, s.params)) {
            m_conn.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return test::execOrFail(m_conn, QStringLiteral("COMMIT"));
}

bool TstEditPlanner::script(const QString &sql)
{
    const pg::Result r = m_conn.execScript(sql);
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool TstEditPlanner::ask(const QString &sql)
{
    const pg::Result r = m_conn.exec(sql);
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return false;
    }
    return r.boolean(0, 0);
}

void TstEditPlanner::revokeEveryGrantorsGrant()
{
    auto rights = read();
    QVERIFY(rights);
    const int t = object(rights, ObjectKind::Table, QStringLiteral("ep"), QStringLiteral("t"));
    QVERIFY(t >= 0);
    const EditResult r = EditPlanner(rights).revoke(QStringLiteral("ep_user"), t, Privilege::Select, false);
    QCOMPARE(r.changes.size(), 2); // one per grantor
    QStringList grantors;
    for (const Change &c : r.changes) {
        const auto *rv = std::get_if<RevokePrivileges>(&c);
        QVERIFY(rv);
        QCOMPARE(rv->privileges, Privileges(Privilege::Select));
        QCOMPARE(rv->grantee, QStringLiteral("ep_user"));
        grantors << rv->grantor;
    }
    grantors.sort();
    QCOMPARE(grantors, (QStringList{QString(), QStringLiteral("ep_granter")}));
    QVERIFY(ask(QStringLiteral("SELECT has_table_privilege('ep_user', 'ep.t', 'SELECT')")));
    QVERIFY(apply(r.changes));
    QVERIFY(!ask(QStringLiteral("SELECT has_table_privilege('ep_user', 'ep.t', 'SELECT')")));
    // ep_granter keeps its own grant.
    QVERIFY(ask(QStringLiteral("SELECT has_table_privilege('ep_granter', 'ep.t', 'SELECT WITH GRANT OPTION')")));
}

void TstEditPlanner::revokeWherePublicStillGives()
{
    auto rights = read();
    QVERIFY(rights);
    int f = -1;
    for (int i = 0; i < rights->snapshot().objects.size(); ++i)
        if (rights->snapshot().objects.at(i).kind == ObjectKind::Function && rights->snapshot().objects.at(i).schema == u"ep"
            && rights->snapshot().objects.at(i).baseName == u"f")
            f = i;
    QVERIFY2(f >= 0, "function ep.f() not in the snapshot");
    const EditResult r = EditPlanner(rights).revoke(QStringLiteral("ep_user"), f, Privilege::Execute, false);
    QCOMPARE(r.changes.size(), 1);
    QVERIFY2(r.notes.join(u'\n').contains(u"PUBLIC"), qPrintable(r.notes.join(u'\n')));
    QCOMPARE(r.publicRevokes.size(), 1);
    const auto *pub = std::get_if<RevokePrivileges>(&r.publicRevokes.front());
    QVERIFY(pub);
    QVERIFY(pub->grantee.isEmpty());
    QVERIFY(apply(r.changes));
    // The built-in PUBLIC EXECUTE still gives the right...
    QVERIFY(ask(QStringLiteral("SELECT has_function_privilege('ep_user', 'ep.f()', 'EXECUTE')")));
    // ...until it is revoked from PUBLIC, as offered.
    QVERIFY(apply(r.publicRevokes));
    QVERIFY(!ask(QStringLiteral("SELECT has_function_privilege('ep_user', 'ep.f()', 'EXECUTE')")));
    QVERIFY(ask(QStringLiteral("SELECT has_function_privilege('ep_owner', 'ep.f()', 'EXECUTE')")));
}

void TstEditPlanner::revokeWhereGroupStillGives()
{
    auto rights = read();
    QVERIFY(rights);
    const int t2 = object(rights, ObjectKind::Table, QStringLiteral("ep"), QStringLiteral("t2"));
    const EditResult r = EditPlanner(rights).revoke(QStringLiteral("ep_user"), t2, Privilege::Select, false);
    QVERIFY(r.changes.isEmpty()); // no direct grant
    const QString notes = r.notes.join(u'\n');
    QVERIFY2(notes.contains(u"ep_user → ep_group"), qPrintable(notes));
}

void TstEditPlanner::revokeWithDependentGrantsCascades()
{
    QVERIFY(script(QStringLiteral("SET ROLE ep_granter; GRANT SELECT ON ep.t TO ep_group; RESET ROLE")));
    auto rights = read();
    QVERIFY(rights);
    const int t = object(rights, ObjectKind::Table, QStringLiteral("ep"), QStringLiteral("t"));
    const EditResult r = EditPlanner(rights).revoke(QStringLiteral("ep_granter"), t, Privilege::Select, true);
    QCOMPARE(r.changes.size(), 1);
    const auto *rv = std::get_if<RevokePrivileges>(&r.changes.front());
    QVERIFY(rv);
    QVERIFY(rv->grantOptionOnly);
    QVERIFY(rv->cascade);
    QVERIFY(apply(r.changes));
    QVERIFY(!ask(QStringLiteral("SELECT has_table_privilege('ep_granter', 'ep.t', 'SELECT WITH GRANT OPTION')")));
    QVERIFY(ask(QStringLiteral("SELECT has_table_privilege('ep_granter', 'ep.t', 'SELECT')")));
    QVERIFY(!ask(QStringLiteral("SELECT has_table_privilege('ep_group', 'ep.t', 'SELECT')")));
}

void TstEditPlanner::columnRevokeNotesTableGrant()
{
    QVERIFY(script(QStringLiteral("GRANT SELECT (secret), UPDATE (secret) ON ep.t TO ep_group; "
                                                    "GRANT SELECT ON ep.t TO ep_group")));
    auto rights = read();
    QVERIFY(rights);
    const int col = object(rights, ObjectKind::Column, QStringLiteral("ep"), QStringLiteral("t.secret"));
    QVERIFY(col >= 0);
    const EditResult r = EditPlanner(rights).revoke(QStringLiteral("ep_group"), col, Privilege::Select | Privilege::Update, false);
    QCOMPARE(r.changes.size(), 1);
    const auto *rv = std::get_if<RevokePrivileges>(&r.changes.front());
    QVERIFY(rv);
    QCOMPARE(rv->object.kind, ObjectKind::Column);
    QCOMPARE(rv->object.column, QStringLiteral("secret"));
    QVERIFY2(r.notes.join(u'\n').contains(u"whole table"), qPrintable(r.notes.join(u'\n')));
    QVERIFY(apply(r.changes));
    QVERIFY(!ask(QStringLiteral("SELECT has_column_privilege('ep_group', 'ep.t', 'secret', 'UPDATE')")));
    QVERIFY(ask(QStringLiteral("SELECT has_column_privilege('ep_group', 'ep.t', 'secret', 'SELECT')"))); // the table grant
}

void TstEditPlanner::grantSkipsWhatIsHeldAndMerges()
{
    auto rights = read();
    QVERIFY(rights);
    const int t2 = object(rights, ObjectKind::Table, QStringLiteral("ep"), QStringLiteral("t2"));
    EditPlanner planner(rights);
    // ep_group already holds SELECT on t2: only INSERT is granted; EXECUTE does not apply.
    EditResult r = planner.grant(QStringLiteral("ep_group"), t2, Privilege::Select | Privilege::Insert | Privilege::Execute, false);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(std::get<GrantPrivileges>(r.changes.front()).privileges, Privileges(Privilege::Insert));
    // A selection with the same cell twice and PUBLIC: one GRANT per (grantee, object).
    r = planner.grant(QList<EditTarget>{{QStringLiteral("ep_Spaced \"role\""), t2}, {QStringLiteral("ep_Spaced \"role\""), t2},
                                        {QString(), t2}},
                      Privilege::Delete | Privilege::Update, false);
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(std::get<GrantPrivileges>(r.changes.at(1)).grantee, QString());
    QVERIFY(apply(r.changes));
    QVERIFY(ask(QStringLiteral("SELECT has_table_privilege('ep_Spaced \"role\"', 'ep.t2', 'DELETE')")));
    QVERIFY(ask(QStringLiteral("SELECT has_table_privilege('ep_owner', 'ep.t2', 'UPDATE') AND "
                               "has_table_privilege('ep_user', 'ep.t2', 'UPDATE')"))); // via PUBLIC
}

void TstEditPlanner::bulkAllTablesInSchemaAddsUsage()
{
    auto rights = read();
    QVERIFY(rights);
    EditPlanner planner(rights);
    const QString schema = QStringLiteral("ep two");
    QCOMPARE(planner.objectsInSchema(schema, ObjectKind::Table).size(), 3); // a, "B b", v; not the sequence
    const EditResult r = planner.grantAllInSchema(QStringLiteral("ep_user"), schema, ObjectKind::Table,
                                                  Privilege::Select | Privilege::Insert, false);
    QCOMPARE(r.changes.size(), 4);
    const auto &usage = std::get<GrantPrivileges>(r.changes.front());
    QCOMPARE(usage.object.kind, ObjectKind::Schema);
    QCOMPARE(usage.object.name, schema);
    QCOMPARE(usage.privileges, Privileges(Privilege::Usage));
    for (int i = 1; i < r.changes.size(); ++i)
        QCOMPARE(std::get<GrantPrivileges>(r.changes.at(i)).privileges, Privilege::Select | Privilege::Insert);
    QVERIFY(!ask(QStringLiteral("SELECT has_schema_privilege('ep_user', 'ep two', 'USAGE')")));
    QVERIFY(apply(r.changes));
    QVERIFY(ask(QStringLiteral("SELECT has_schema_privilege('ep_user', 'ep two', 'USAGE')")));
    QVERIFY(ask(QStringLiteral("SELECT bool_and(has_table_privilege('ep_user', c.oid, 'SELECT, INSERT')) "
                               "FROM pg_class c WHERE c.relnamespace = '\"ep two\"'::regnamespace AND c.relkind <> 'S'")));
    QVERIFY(!ask(QStringLiteral("SELECT has_sequence_privilege('ep_user', '\"ep two\".s', 'SELECT')")));
    // Done once: asking again plans nothing, not even USAGE.
    rights = read();
    QVERIFY(rights);
    const EditResult again = EditPlanner(rights).grantAllInSchema(QStringLiteral("ep_user"), schema, ObjectKind::Table,
                                                                  Privilege::Select | Privilege::Insert, false);
    QVERIFY(again.changes.isEmpty());
}

QTEST_GUILESS_MAIN(TstEditPlanner)
#include "tst_editplanner.moc"
