#include "plan/plan.h"

#include <QTest>

using namespace roledesk;

Q_DECLARE_METATYPE(roledesk::Change)

/// Generated SQL compared with the exact expected text; tests/live/tst_planexecution runs the
/// same kinds of statements against the sandbox.
class TstSqlGenerator : public QObject {
    Q_OBJECT
private slots:
    void statements_data();
    void statements();
    void modelRoleParams_data();
    void modelRoleParams();
    void display();
    void planCancelsInverse();
    void modelRoleInPlan();
    void planScript();
    void sortByPhase();
};

namespace {

ObjectRef table(const QString &schema, const QString &name)
{
    return {ObjectKind::Table, schema, name, {}, {}};
}

} // namespace

void TstSqlGenerator::statements_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("sql");

    QTest::newRow("grant table")
        << Change(GrantPrivileges{table(u"sales"_qs, u"orders"_qs), u"analysts"_qs, Privilege::Select | Privilege::Insert, false})
        << QStringList{u"GRANT SELECT, INSERT ON TABLE \"sales\".\"orders\" TO \"analysts\""_qs};
    QTest::newRow("grant with option to PUBLIC")
        << Change(GrantPrivileges{table(u"s"_qs, u"t"_qs), {}, Privilege::Select, true})
        << QStringList{u"GRANT SELECT ON TABLE \"s\".\"t\" TO PUBLIC WITH GRANT OPTION"_qs};
    QTest::newRow("weird names")
        << Change(GrantPrivileges{table(u"Wëird \"S\".x"_qs, u"Tab le"_qs), u"say \"hi\""_qs, Privilege::Update, false})
        << QStringList{u"GRANT UPDATE ON TABLE \"Wëird \"\"S\"\".x\".\"Tab le\" TO \"say \"\"hi\"\"\""_qs};
    QTest::newRow("column")
        << Change(GrantPrivileges{{ObjectKind::Column, u"hr"_qs, u"employees"_qs, {}, u"Salary"_qs}, u"hr_managers"_qs,
                                  Privilege::Select | Privilege::Update, false})
        << QStringList{u"GRANT SELECT (\"Salary\"), UPDATE (\"Salary\") ON TABLE \"hr\".\"employees\" TO \"hr_managers\""_qs};
    QTest::newRow("function")
        << Change(GrantPrivileges{{ObjectKind::Function, u"pgx_inference"_qs, u"pgx_embedding_1"_qs, u"text"_qs, {}},
                                  u"alice"_qs, Privilege::Execute, false})
        << QStringList{u"GRANT EXECUTE ON FUNCTION \"pgx_inference\".\"pgx_embedding_1\"(text) TO \"alice\""_qs};
    QTest::newRow("procedure no args")
        << Change(RevokePrivileges{{ObjectKind::Procedure, u"ops"_qs, u"close_month"_qs, {}, {}}, {}, Privilege::Execute,
                                   false, false, {}})
        << QStringList{u"REVOKE EXECUTE ON PROCEDURE \"ops\".\"close_month\"() FROM PUBLIC"_qs};
    QTest::newRow("database")
        << Change(RevokePrivileges{{ObjectKind::Database, {}, u"app"_qs, {}, {}}, {}, Privilege::Connect | Privilege::Temporary,
                                   false, false, {}})
        << QStringList{u"REVOKE CONNECT, TEMPORARY ON DATABASE \"app\" FROM PUBLIC"_qs};
    QTest::newRow("schema")
        << Change(GrantPrivileges{{ObjectKind::Schema, {}, u"ml"_qs, {}, {}}, u"ml_engineers"_qs, Privilege::Usage | Privilege::Create, false})
        << QStringList{u"GRANT USAGE, CREATE ON SCHEMA \"ml\" TO \"ml_engineers\""_qs};
    QTest::newRow("sequence")
        << Change(GrantPrivileges{{ObjectKind::Sequence, u"s"_qs, u"q"_qs, {}, {}}, u"app"_qs, Privilege::Usage, false})
        << QStringList{u"GRANT USAGE ON SEQUENCE \"s\".\"q\" TO \"app\""_qs};
    QTest::newRow("type")
        << Change(RevokePrivileges{{ObjectKind::Type, u"s"_qs, u"mood"_qs, {}, {}}, {}, Privilege::Usage, false, false, {}})
        << QStringList{u"REVOKE USAGE ON TYPE \"s\".\"mood\" FROM PUBLIC"_qs};
    QTest::newRow("language")
        << Change(GrantPrivileges{{ObjectKind::Language, {}, u"plpgsql"_qs, {}, {}}, u"Dev \"Team\""_qs, Privilege::Usage, true})
        << QStringList{u"GRANT USAGE ON LANGUAGE \"plpgsql\" TO \"Dev \"\"Team\"\"\" WITH GRANT OPTION"_qs};
    QTest::newRow("language revoke from PUBLIC")
        << Change(RevokePrivileges{{ObjectKind::Language, {}, u"plpgsql"_qs, {}, {}}, {}, Privilege::Usage, false, false, {}})
        << QStringList{u"REVOKE USAGE ON LANGUAGE \"plpgsql\" FROM PUBLIC"_qs};
    QTest::newRow("language revoke another grantor's grant")
        << Change(RevokePrivileges{{ObjectKind::Language, {}, u"pl python"_qs, {}, {}}, u"bob"_qs, Privilege::Usage, false,
                                   true, u"alice"_qs})
        << QStringList{u"SET LOCAL ROLE \"alice\""_qs, u"REVOKE USAGE ON LANGUAGE \"pl python\" FROM \"bob\" CASCADE"_qs,
                       u"RESET ROLE"_qs};
    QTest::newRow("view is granted as TABLE")
        << Change(GrantPrivileges{{ObjectKind::View, u"r"_qs, u"v"_qs, {}, {}}, u"x"_qs, Privilege::Select, false})
        << QStringList{u"GRANT SELECT ON TABLE \"r\".\"v\" TO \"x\""_qs};
    QTest::newRow("revoke grant option cascade")
        << Change(RevokePrivileges{table(u"s"_qs, u"t"_qs), u"alice"_qs, Privilege::Select, true, true, {}})
        << QStringList{u"REVOKE GRANT OPTION FOR SELECT ON TABLE \"s\".\"t\" FROM \"alice\" CASCADE"_qs};
    QTest::newRow("revoke another grantor's grant")
        << Change(RevokePrivileges{table(u"s"_qs, u"t"_qs), u"bob"_qs, Privilege::Select, false, false, u"alice"_qs})
        << QStringList{u"SET LOCAL ROLE \"alice\""_qs, u"REVOKE SELECT ON TABLE \"s\".\"t\" FROM \"bob\""_qs, u"RESET ROLE"_qs};
    QTest::newRow("membership")
        << Change(GrantMembership{u"analysts"_qs, u"Ünïcode"_qs, true})
        << QStringList{u"GRANT \"analysts\" TO \"Ünïcode\" WITH ADMIN OPTION"_qs};
    QTest::newRow("revoke admin option")
        << Change(RevokeMembership{u"g"_qs, u"m"_qs, true})
        << QStringList{u"REVOKE ADMIN OPTION FOR \"g\" FROM \"m\""_qs};
    QTest::newRow("revoke membership")
        << Change(RevokeMembership{u"g"_qs, u"m"_qs, false}) << QStringList{u"REVOKE \"g\" FROM \"m\""_qs};

    RoleAttributes all;
    all.superuser = false;
    all.createDb = true;
    all.createRole = false;
    all.inherit = false;
    all.login = true;
    all.replication = false;
    all.bypassRls = false;
    all.connectionLimit = 5;
    all.validUntil = QDateTime(QDate(2031, 12, 31), QTime(23, 0), Qt::UTC);
    all.passwordVerifier = u"SCRAM-SHA-256$4096:c2FsdA==$a'b"_qs;
    QTest::newRow("create role, every attribute")
        << Change(CreateRole{u"new.role"_qs, all})
        << QStringList{u"CREATE ROLE \"new.role\" WITH NOSUPERUSER CREATEDB NOCREATEROLE NOINHERIT LOGIN NOREPLICATION "
                       "NOBYPASSRLS CONNECTION LIMIT 5 VALID UNTIL '2031-12-31 23:00:00+00' "
                       "PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a''b'"_qs};
    QTest::newRow("create role, defaults") << Change(CreateRole{u"plain"_qs, {}}) << QStringList{u"CREATE ROLE \"plain\""_qs};
    RoleAttributes some;
    some.validUntil = QDateTime();
    some.passwordVerifier = QString();
    some.connectionLimit = -1;
    QTest::newRow("alter role and rename")
        << Change(AlterRole{u"a"_qs, some, u"B"_qs})
        << QStringList{u"ALTER ROLE \"a\" WITH CONNECTION LIMIT -1 VALID UNTIL 'infinity' PASSWORD NULL"_qs,
                       u"ALTER ROLE \"a\" RENAME TO \"B\""_qs};
    QTest::newRow("rename only") << Change(AlterRole{u"a"_qs, {}, u"b"_qs}) << QStringList{u"ALTER ROLE \"a\" RENAME TO \"b\""_qs};
    QTest::newRow("drop role flow")
        << Change(DropRole{u"leaver"_qs, u"data_owner"_qs, true})
        << QStringList{u"REASSIGN OWNED BY \"leaver\" TO \"data_owner\""_qs, u"DROP OWNED BY \"leaver\""_qs,
                       u"DROP ROLE \"leaver\""_qs};
    QTest::newRow("default grant in schema")
        << Change(DefaultPrivilegesChange{true, u"etl"_qs, u"sales"_qs, ObjectKind::Table, u"analysts"_qs, Privilege::Select, false})
        << QStringList{u"ALTER DEFAULT PRIVILEGES FOR ROLE \"etl\" IN SCHEMA \"sales\" GRANT SELECT ON TABLES TO \"analysts\""_qs};
    QTest::newRow("default revoke global from PUBLIC")
        << Change(DefaultPrivilegesChange{false, u"etl"_qs, {}, ObjectKind::Function, {}, Privilege::Execute, false})
        << QStringList{u"ALTER DEFAULT PRIVILEGES FOR ROLE \"etl\" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"_qs};
    QTest::newRow("default revoke grant option on types")
        << Change(DefaultPrivilegesChange{false, u"o"_qs, u"s"_qs, ObjectKind::Type, u"x"_qs, Privilege::Usage, true})
        << QStringList{u"ALTER DEFAULT PRIVILEGES FOR ROLE \"o\" IN SCHEMA \"s\" REVOKE GRANT OPTION FOR USAGE ON TYPES FROM \"x\""_qs};
    QTest::newRow("default grant on schemas with option")
        << Change(DefaultPrivilegesChange{true, u"o"_qs, {}, ObjectKind::Schema, u"x"_qs, Privilege::Usage, true})
        << QStringList{u"ALTER DEFAULT PRIVILEGES FOR ROLE \"o\" GRANT USAGE ON SCHEMAS TO \"x\" WITH GRANT OPTION"_qs};
    RoleAttributes backslash;
    backslash.passwordVerifier = u"md5\\'); DROP ROLE x; --"_qs;
    QTest::newRow("password verifier with a backslash")
        << Change(AlterRole{u"a"_qs, backslash, {}})
        << QStringList{u"ALTER ROLE \"a\" WITH PASSWORD E'md5\\\\''); DROP ROLE x; --'"_qs};
    // Model roles: the role name and the kind are bound; modelRoleParams() checks the values.
    QTest::newRow("grant model owner")
        << Change(ModelRoleChange{u"Mo \"del\".\u00fc"_qs, ModelRole::ModelOwner, true})
        << QStringList{u"SELECT pgx_inference.pgx_grant_model_role($1, $2)"_qs};
    QTest::newRow("revoke system administrator")
        << Change(ModelRoleChange{u"it's Ops"_qs, ModelRole::SystemAdministrator, false})
        << QStringList{u"SELECT pgx_inference.pgx_revoke_model_role($1, $2)"_qs};
}

void TstSqlGenerator::statements()
{
    QFETCH(Change, change);
    QFETCH(QStringList, sql);
    QStringList got;
    for (const Statement &s : sqlgen::statements(change, 7)) {
        got << s.sql;
        QCOMPARE(s.change, 7);
        QVERIFY(!s.object.isEmpty());
        // Only function calls take bound values; a utility statement has none to take.
        QCOMPARE(s.params.isEmpty(), !std::holds_alternative<ModelRoleChange>(change));
        if (s.params.isEmpty())
            QCOMPARE(s.display(), s.sql);
    }
    QCOMPARE(got, sql);
}

void TstSqlGenerator::modelRoleParams_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QVariantList>("params");
    QTest::addColumn<QString>("display");

    // The role name goes as it is (a string, not an identifier), whatever it holds.
    QTest::newRow("grant model owner")
        << Change(ModelRoleChange{u"Mo \"del\".\u00fc"_qs, ModelRole::ModelOwner, true})
        << QVariantList{u"Mo \"del\".\u00fc"_qs, u"model_owner"_qs}
        << u"SELECT pgx_inference.pgx_grant_model_role('Mo \"del\".\u00fc', 'model_owner')"_qs;
    QTest::newRow("revoke system administrator, quote in name")
        << Change(ModelRoleChange{u"it's Ops"_qs, ModelRole::SystemAdministrator, false})
        << QVariantList{u"it's Ops"_qs, u"system_administrator"_qs}
        << u"SELECT pgx_inference.pgx_revoke_model_role('it''s Ops', 'system_administrator')"_qs;
    // Built to break out of a '...' literal when standard_conforming_strings is off: bound, it
    // is only a name; shown, it is an E'' literal that reads the same under either setting.
    const QString crafted = u"x\\'); CREATE ROLE pwned SUPERUSER; --"_qs;
    QTest::newRow("grant system administrator, crafted name")
        << Change(ModelRoleChange{crafted, ModelRole::SystemAdministrator, true})
        << QVariantList{crafted, u"system_administrator"_qs}
        << u"SELECT pgx_inference.pgx_grant_model_role(E'x\\\\''); CREATE ROLE pwned SUPERUSER; --', "
           "'system_administrator')"_qs;
}

void TstSqlGenerator::modelRoleParams()
{
    QFETCH(Change, change);
    QFETCH(QVariantList, params);
    QFETCH(QString, display);
    const QList<Statement> list = sqlgen::statements(change, 3);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().params, params);
    QVERIFY(!list.first().sql.contains(params.first().toString()));
    QCOMPARE(list.first().display(), display);
}

void TstSqlGenerator::display()
{
    // $n inside a quoted identifier or literal is text, not a parameter; $n past the last
    // parameter stays as it is; a null value shows as NULL.
    const Statement s{u"SELECT f($1, \"a$1\", 'b$2', E'c\\'$1', $2, $3, $10)"_qs, -1, {},
                      {u"v'1"_qs, QVariant()}};
    QCOMPARE(s.display(), u"SELECT f('v''1', \"a$1\", 'b$2', E'c\\'$1', NULL, $3, $10)"_qs);
}

void TstSqlGenerator::planCancelsInverse()
{
    Plan plan;
    const GrantPrivileges g{table(u"s"_qs, u"t"_qs), u"a"_qs, Privilege::Select, false};
    QCOMPARE(plan.add(g), Plan::AddResult::Added);
    QCOMPARE(plan.add(g), Plan::AddResult::Duplicate);
    QCOMPARE(plan.add(GrantMembership{u"g"_qs, u"a"_qs, false}), Plan::AddResult::Added);
    QCOMPARE(plan.add(RevokePrivileges{table(u"s"_qs, u"t"_qs), u"a"_qs, Privilege::Select, false, false, {}}),
             Plan::AddResult::Cancelled);
    QCOMPARE(plan.size(), 1);
    QVERIFY(std::holds_alternative<GrantMembership>(plan.changes().first()));
    // A revoke of someone else's grant has no simple inverse and is kept.
    QCOMPARE(plan.add(RevokePrivileges{table(u"s"_qs, u"t"_qs), u"a"_qs, Privilege::Select, false, false, u"b"_qs}),
             Plan::AddResult::Added);
    QCOMPARE(plan.statements().size(), 4);
    QCOMPARE(plan.statements().at(1).change, 1);
}

void TstSqlGenerator::modelRoleInPlan()
{
    Plan plan;
    const ModelRoleChange grant{u"Mo \"del\".\u00fc"_qs, ModelRole::ModelOwner, true};
    QCOMPARE(plan.add(grant), Plan::AddResult::Added);
    QCOMPARE(plan.add(grant), Plan::AddResult::Duplicate);
    // The other model role, and the same role revoked, are different changes; a revoke of the
    // pending grant cancels it.
    QCOMPARE(plan.add(ModelRoleChange{grant.role, ModelRole::SystemAdministrator, false}), Plan::AddResult::Added);
    QCOMPARE(plan.add(ModelRoleChange{grant.role, ModelRole::ModelOwner, false}), Plan::AddResult::Cancelled);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(inverseOf(grant), std::optional<Change>(ModelRoleChange{grant.role, ModelRole::ModelOwner, false}));

    Plan script;
    script.add(ModelRoleChange{u"ops"_qs, ModelRole::SystemAdministrator, true});
    QCOMPARE(script.script(),
             u"BEGIN;\n-- grant model role system_administrator to ops\n"
             "SELECT pgx_inference.pgx_grant_model_role('ops', 'system_administrator');\nCOMMIT;\n"_qs);

    // Model role grants come after the roles are created, revokes before the roles are dropped.
    Plan phases;
    phases.add(DropRole{u"old"_qs, {}, false});
    phases.add(ModelRoleChange{u"old"_qs, ModelRole::ModelOwner, false});
    phases.add(ModelRoleChange{u"new"_qs, ModelRole::ModelOwner, true});
    phases.add(CreateRole{u"new"_qs, {}});
    phases.sortByPhase();
    QVERIFY(std::holds_alternative<CreateRole>(phases.changes().at(0)));
    QCOMPARE(phases.changes().at(1), Change(ModelRoleChange{u"new"_qs, ModelRole::ModelOwner, true}));
    QCOMPARE(phases.changes().at(2), Change(ModelRoleChange{u"old"_qs, ModelRole::ModelOwner, false}));
    QVERIFY(std::holds_alternative<DropRole>(phases.changes().at(3)));
}

void TstSqlGenerator::planScript()
{
    Plan plan;
    plan.add(GrantPrivileges{table(u"s"_qs, u"line\nbreak"_qs), u"a"_qs, Privilege::Select, false});
    plan.add(CreateRole{u"r"_qs, {}});
    QCOMPARE(plan.script(u"RoleDesk plan\nfor db"_qs),
             u"-- RoleDesk plan\n-- for db\nBEGIN;\n"
             "-- grant SELECT on table s.\"line break\" to a\n"
             "GRANT SELECT ON TABLE \"s\".\"line\nbreak\" TO \"a\";\n"
             "-- create role r\nCREATE ROLE \"r\";\nCOMMIT;\n"_qs);
}

void TstSqlGenerator::sortByPhase()
{
    Plan plan;
    plan.add(DropRole{u"old"_qs, {}, false});
    plan.add(RevokePrivileges{table(u"s"_qs, u"t"_qs), u"x"_qs, Privilege::Select, false, false, {}});
    plan.add(GrantPrivileges{table(u"s"_qs, u"t"_qs), u"new"_qs, Privilege::Select, false});
    plan.add(CreateRole{u"new"_qs, {}});
    plan.sortByPhase();
    QVERIFY(std::holds_alternative<CreateRole>(plan.changes().at(0)));
    QVERIFY(std::holds_alternative<GrantPrivileges>(plan.changes().at(1)));
    QVERIFY(std::holds_alternative<RevokePrivileges>(plan.changes().at(2)));
    QVERIFY(std::holds_alternative<DropRole>(plan.changes().at(3)));
}

QTEST_APPLESS_MAIN(TstSqlGenerator)
#include "tst_sqlgenerator.moc"
