#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "policy/planner.h"
#include "policy/policyfile.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QTest>

using namespace roledesk;
using pg::quoteIdent;

namespace {

QString q(const QString &name) { return quoteIdent(name); }

QString driftText(const ConvergencePlan &p)
{
    QStringList lines;
    for (const Drift &d : p.drift)
        lines << d.message;
    return lines.join(u'\n') + u'\n' + p.plan.script();
}

} // namespace

/// Policy as code against the sandbox: the current state exported, written, read back and
/// planned against the same database gives an empty plan (fixture, demo, and a scratch database
/// with hostile names); an edited file gives a plan that, applied, converges (re-plan empty).
class TstPolicyRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportIsConverged_data();
    void exportIsConverged();
    void editedFileConverges_data();
    void editedFileConverges();
    void cleanupTestCase();

private:
    SnapshotPtr read(const QString &database);
    ConvergencePlan applyAndReplan(const DesiredState &desired);

    QString m_db;
    QString m_prefix;
    QString m_owner, m_a, m_b, m_weird, m_long, m_grantor, m_new;
    QString m_schema;
};

SnapshotPtr TstPolicyRoundTrip::read(const QString &database)
{
    pg::Connection conn;
    if (!test::openSandbox(conn, database))
        return {};
    const SnapshotOutcome outcome = CatalogReader::read(conn);
    if (!outcome.ok())
        QTest::qFail(qPrintable(outcome.error.toString()), __FILE__, __LINE__);
    return outcome.snapshot;
}

void TstPolicyRoundTrip::initTestCase()
{
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_db = QStringLiteral("policy_rt_") + tag;
    m_prefix = QStringLiteral("prt") + tag + u'_';
    m_owner = m_prefix + QStringLiteral("owner");
    m_a = m_prefix + QStringLiteral("Alice");
    m_b = m_prefix + QStringLiteral("bob");
    m_grantor = m_prefix + QStringLiteral("regrantor");
    m_new = m_prefix + QStringLiteral("new \"role\"");
    m_weird = m_prefix + QStringLiteral("Wëird \"q\". x");
    m_long = m_prefix + QString(63 - m_prefix.size(), u'z'); // 63 bytes, all ASCII
    m_schema = QStringLiteral("Sch.ema \"ü\"");

    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("roledesk_fixture")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + q(m_db)));
    for (const QString &r : {m_owner, m_a, m_b, m_weird, m_long, m_grantor})
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + q(r)));

    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    const QString s = q(m_schema);
    const QStringList setup = {
        QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(s, q(m_owner)),
        QStringLiteral("SET ROLE %1").arg(q(m_owner)),
        QStringLiteral("CREATE TABLE %1.\"Tab.le 1\" (id int, \"Amount $\" numeric)").arg(s),
        QStringLiteral("CREATE TABLE %1.plain (id int)").arg(s),
        QStringLiteral("CREATE SEQUENCE %1.\"Seq\"").arg(s),
        QStringLiteral("CREATE FUNCTION %1.\"f(x)\"(integer, text) RETURNS int LANGUAGE sql AS 'SELECT 1'").arg(s),
        QStringLiteral("CREATE TYPE %1.mood AS ENUM ('ok')").arg(s),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3, %4").arg(s, q(m_a), q(m_weird), q(m_grantor)),
        QStringLiteral("GRANT SELECT, INSERT ON %1.\"Tab.le 1\" TO %2").arg(s, q(m_a)),
        QStringLiteral("GRANT SELECT (\"Amount $\") ON %1.\"Tab.le 1\" TO %2").arg(s, q(m_weird)),
        QStringLiteral("GRANT SELECT ON %1.plain TO %2 WITH GRANT OPTION").arg(s, q(m_grantor)),
        QStringLiteral("GRANT SELECT ON %1.\"Tab.le 1\" TO %2 WITH GRANT OPTION").arg(s, q(m_grantor)),
        QStringLiteral("GRANT USAGE ON SEQUENCE %1.\"Seq\" TO %2").arg(s, q(m_long)),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION %1.\"f(x)\"(integer, text) FROM PUBLIC").arg(s),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1.\"f(x)\"(integer, text) TO %2").arg(s, q(m_b)),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2").arg(s, q(m_a)),
        QStringLiteral("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
        QStringLiteral("RESET ROLE"),
        QStringLiteral("SET ROLE %1").arg(q(m_grantor)),
        QStringLiteral("GRANT SELECT ON %1.plain TO %2").arg(s, q(m_b)),
        QStringLiteral("GRANT SELECT ON %1.\"Tab.le 1\" TO %2").arg(s, q(m_b)),
        QStringLiteral("RESET ROLE"),
        QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(q(m_a), q(m_b)),
        QStringLiteral("GRANT %1 TO %2").arg(q(m_weird), q(m_long)),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(q(m_db), q(m_a)),
    };
    for (const QString &sql : setup)
        QVERIFY(test::execOrFail(conn, sql));
}

void TstPolicyRoundTrip::cleanupTestCase()
{
    pg::Connection admin;
    if (!test::openSandbox(admin, QStringLiteral("roledesk_fixture")))
        return;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(q(m_db)));
    for (const QString &r : {m_owner, m_a, m_b, m_weird, m_long, m_grantor, m_new})
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + q(r));
}

void TstPolicyRoundTrip::exportIsConverged_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("scoped");
    QTest::addColumn<QString>("extension");
    QTest::newRow("fixture yaml") << u"roledesk_fixture"_qs << false << u"yaml"_qs;
    QTest::newRow("fixture json") << u"roledesk_fixture"_qs << false << u"json"_qs;
    QTest::newRow("demo yaml") << u"roledesk_demo"_qs << false << u"yml"_qs;
    QTest::newRow("scratch scoped yaml") << QString() << true << u"yaml"_qs;
    QTest::newRow("scratch scoped json") << QString() << true << u"json"_qs;
}

void TstPolicyRoundTrip::exportIsConverged()
{
    QFETCH(QString, database);
    QFETCH(bool, scoped);
    QFETCH(QString, extension);
    const SnapshotPtr snapshot = read(database.isEmpty() ? m_db : database);
    QVERIFY(snapshot);
    PolicyScope scope;
    if (scoped) {
        scope.allRoles = false;
        scope.roles = QStringList{m_owner, m_a, m_b, m_weird, m_long, m_grantor, QStringLiteral("PUBLIC")};
        scope.allSchemas = false;
        scope.schemas = QStringList{m_schema};
    }
    const DesiredState state = DesiredState::fromSnapshot(*snapshot, scope);
    QVERIFY(!state.grants.isEmpty());
    QVERIFY2(state.validate().isEmpty(), qPrintable(state.validate().join(u'\n')));

    const auto format = PolicyFile::formatForPath(u"x."_qs + extension);
    QVERIFY(format);
    const QByteArray text = PolicyFile::serialize(state, *format);
    const PolicyLoad loaded = PolicyFile::parse(text, *format, u"policy."_qs + extension);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.state == state);

    const ConvergencePlan plan = planConvergence(loaded.state, *snapshot);
    QVERIFY2(plan.plan.isEmpty() && plan.drift.isEmpty(), qPrintable(driftText(plan)));
    QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(u'\n')));
    if (scoped) {
        // Scoped: nothing of another role appears in the file.
        for (const DesiredGrant &g : state.grants)
            QVERIFY2(g.grantee.isEmpty() || g.grantee.startsWith(m_prefix), qPrintable(g.grantee));
        QCOMPARE(state.roles.size(), 6);
    }
}

ConvergencePlan TstPolicyRoundTrip::applyAndReplan(const DesiredState &desired)
{
    const SnapshotPtr before = read(m_db);
    if (!before)
        return {};
    const ConvergencePlan plan = planConvergence(desired, *before);
    if (plan.plan.isEmpty()) {
        QTest::qFail("the edited file gives an empty plan", __FILE__, __LINE__);
        return plan;
    }
    pg::Connection conn;
    if (!test::openSandbox(conn, m_db))
        return {};
    const ApplyOutcome outcome = PlanApplier::apply(conn, plan.plan, before.get());
    if (!outcome.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("apply failed: %1 in %2\n%3")
                                    .arg(outcome.error.toString(), outcome.failed.sql, plan.plan.script())),
                     __FILE__, __LINE__);
        return {};
    }
    const SnapshotPtr after = read(m_db);
    if (!after)
        return {};
    return planConvergence(desired, *after);
}

void TstPolicyRoundTrip::editedFileConverges_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("grants") << u"grants"_qs;
    QTest::newRow("grant option cascade") << u"cascade"_qs;
    QTest::newRow("public and grantors") << u"public"_qs;
    QTest::newRow("roles and memberships") << u"roles"_qs;
    QTest::newRow("default privileges") << u"defaults"_qs;
    QTest::newRow("drop unlisted") << u"drop"_qs;
}

void TstPolicyRoundTrip::editedFileConverges()
{
    QFETCH(QString, edit);
    const SnapshotPtr snapshot = read(m_db);
    QVERIFY(snapshot);
    PolicyScope scope;
    scope.allRoles = false;
    scope.roles = QStringList{m_owner, m_a, m_b, m_weird, m_long, m_grantor, m_new, QStringLiteral("PUBLIC")};
    scope.allSchemas = false;
    scope.schemas = QStringList{m_schema};
    // Global default privileges belong to every schema: only a file for all schemas governs them.
    scope.allSchemas = edit == u"defaults";
    DesiredState state = DesiredState::fromSnapshot(*snapshot, scope);
    const ObjectRef table{ObjectKind::Table, m_schema, u"Tab.le 1"_qs, {}, {}};
    const ObjectRef plain{ObjectKind::Table, m_schema, u"plain"_qs, {}, {}};
    const ObjectRef function{ObjectKind::Function, m_schema, u"f(x)"_qs, u"integer, text"_qs, {}};
    const ObjectRef type{ObjectKind::Type, m_schema, u"mood"_qs, {}, {}};
    const ObjectRef language{ObjectKind::Language, {}, u"plpgsql"_qs, {}, {}}; // governed with the database
    auto removeGrant = [&](const ObjectRef &o, const QString &grantee) {
        const qsizetype before = state.grants.size();
        state.grants.removeIf([&](const DesiredGrant &g) { return g.object == o && g.grantee == grantee; });
        return state.grants.size() < before;
    };

    if (edit == u"grants") {
        QVERIFY(removeGrant(table, m_a));
        state.grants.push_back({table, m_a, Privilege::Select | Privilege::Update, Privilege::Select, {}});
        state.grants.push_back({{ObjectKind::Column, m_schema, u"Tab.le 1"_qs, {}, u"Amount $"_qs}, m_long,
                                Privilege::Update, {}, {}});
        QVERIFY(removeGrant({ObjectKind::Column, m_schema, u"Tab.le 1"_qs, {}, u"Amount $"_qs}, m_weird));
        state.grants.push_back({{ObjectKind::Sequence, m_schema, u"Seq"_qs, {}, {}}, m_weird, Privilege::Select, {}, {}});
        state.grants.push_back({{ObjectKind::Schema, {}, m_schema, {}, {}}, m_long, Privilege::Usage | Privilege::Create, {}, {}});
    } else if (edit == u"public") {
        // PUBLIC loses its built-in USAGE on the type (NULL ACL) and gets EXECUTE back; the
        // grant made by another grantor goes; the database's built-in TEMPORARY goes.
        QVERIFY(removeGrant(type, {}));
        // The same for the language's built-in USAGE; a role with a quoted name gets it instead.
        QVERIFY(removeGrant(language, {}));
        state.grants.push_back({language, m_weird, Privilege::Usage, {}, {}});
        state.grants.push_back({function, {}, Privilege::Execute, {}, {}});
        QVERIFY(removeGrant(plain, m_b));
        QVERIFY(removeGrant(plain, m_grantor));
        QVERIFY(removeGrant(table, m_b)); // made by the re-grantor: revoked as the re-grantor
        state.grants.push_back({plain, m_grantor, Privilege::Select, {}, {}});
        for (DesiredGrant &g : state.grants)
            if (g.object.kind == ObjectKind::Database && g.grantee.isEmpty())
                g.privileges = Privilege::Connect;
    } else if (edit == u"cascade") {
        // The re-grantor loses its grant option; CASCADE takes bob's SELECT (granted by the
        // re-grantor) with it, and the file still wants bob to have it: granted again.
        bool found = false;
        for (DesiredGrant &g : state.grants)
            if (g.object == plain && g.grantee == m_grantor && g.grantable) {
                g.grantable = {};
                found = true;
            }
        QVERIFY(found);
    } else if (edit == u"roles") {
        state.roles.push_back({m_new, {}, {{m_a, true}}, {}});
        state.roles.back().attributes.login = true;
        state.roles.back().attributes.connectionLimit = 3;
        for (DesiredRole &r : state.roles) {
            if (r.name == m_b) {
                r.memberOf.clear(); // leaves m_a
                r.attributes.createDb = true;
                r.attributes.validUntil = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC);
            }
            if (r.name == m_long)
                for (DesiredMembership &m : r.memberOf)
                    m.admin = true;
        }
        state.grants.push_back({table, m_new, Privilege::Delete, {}, {}});
    } else if (edit == u"defaults") {
        state.defaultPrivileges.removeIf([&](const DesiredDefaultPrivilege &d) { return !d.schema.isEmpty(); });
        state.defaultPrivileges.push_back({m_owner, m_schema, ObjectKind::Sequence, m_weird, Privilege::Usage, Privilege::Usage, {}});
        state.defaultPrivileges.push_back({m_owner, {}, ObjectKind::Type, {}, {}, {}, {}});
        state.defaultPrivileges.push_back({m_owner, {}, ObjectKind::Table, m_long, Privilege::Select, {}, {}});
        // Back to the built-in default: PUBLIC may execute new functions again.
        state.defaultPrivileges.removeIf([&](const DesiredDefaultPrivilege &d) {
            return d.schema.isEmpty() && d.kind == ObjectKind::Function && d.grantee.isEmpty();
        });
    } else if (edit == u"drop") {
        state.scope.dropUnlistedRoles = true;
        state.roles.removeIf([&](const DesiredRole &r) { return r.name == m_new || r.name == m_long; });
        state.grants.removeIf([&](const DesiredGrant &g) { return g.grantee == m_new || g.grantee == m_long; });
        state.defaultPrivileges.removeIf([&](const DesiredDefaultPrivilege &d) { return d.grantee == m_long; });
        for (DesiredRole &r : state.roles)
            r.memberOf.removeIf([&](const DesiredMembership &m) { return m.role == m_long || m.role == m_new; });
    }
    QVERIFY2(state.validate().isEmpty(), qPrintable(state.validate().join(u'\n')));
    // Through the file format, as the CLI does it.
    const PolicyLoad loaded = PolicyFile::parse(PolicyFile::serialize(state, PolicyFile::Format::Yaml),
                                                PolicyFile::Format::Yaml, u"edited.yaml"_qs);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const ConvergencePlan again = applyAndReplan(loaded.state);
    QVERIFY2(again.plan.isEmpty() && again.drift.isEmpty(), qPrintable(driftText(again)));
    if (edit == u"public") {
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, m_db));
        const pg::Result r = conn.exec(QStringLiteral("SELECT has_language_privilege($1, 'plpgsql', 'USAGE'), "
                                                      "has_language_privilege($2, 'plpgsql', 'USAGE')"),
                                       {m_a, m_weird});
        QVERIFY2(r.ok() && r.rows() == 1, qPrintable(r.error().toString()));
        QVERIFY(!r.boolean(0, 0)); // PUBLIC's USAGE is gone
        QVERIFY(r.boolean(0, 1));
    }
}

QTEST_GUILESS_MAIN(TstPolicyRoundTrip)
#include "tst_policyroundtrip.moc"
