#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "policy/planner.h"
#include "policy/policyfile.h"
#include "sandbox.h"

#include <QTest>

using namespace roledesk;
using pg::quoteIdent;

namespace {

const QString kDb = QStringLiteral("policygroups_db");
QString group(const QString &rest) { return kDb + u'.' + rest; }

const char *const kRoles = R"SQL(
CREATE ROLE plg_ann LOGIN;
CREATE ROLE plg_bob LOGIN;
CREATE ROLE plg_team NOLOGIN;
)SQL";

const char *const kFixture = R"SQL(
CREATE EXTENSION slpm_ce;
CREATE SCHEMA sales;
CREATE SCHEMA "Mixed Case";
CREATE TABLE sales.t (id int);
CREATE TABLE "Mixed Case"."Tab X" (id int);
)SQL";

DesiredGroupMembers *members(DesiredState &state, const QString &name)
{
    for (DesiredGroupMembers &g : state.schemaGroups->groups) {
        if (g.group == name)
            return &g;
    }
    return nullptr;
}

QStringList describeChanges(const Plan &plan)
{
    QStringList out;
    for (const Change &c : plan.changes())
        out << describe(c);
    return out;
}

} // namespace

/// The schema_groups section of policy files against slpm_ce in the sandbox: export writes the
/// model and every group's direct members (and leaves them out of member_of), and checks clean;
/// an edited section plans CALL slpm_grant / slpm_revoke only for listed groups, never plain
/// GRANT / REVOKE of the group roles, and applies; a model mismatch and a missing group are
/// drift with no change.
class TstPolicyGroups : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportIsCleanAndRoundTrips();
    void editedSectionPlansCallsAndApplies();
    void unlistedGroupsAreLeftAlone();
    void modelMismatchIsDriftOnly();
    void missingGroupIsDrift();
    void cleanupTestCase();

private:
    SnapshotPtr read();
    void dropAll();

    pg::Connection m_root;
    pg::Connection m_conn;
};

SnapshotPtr TstPolicyGroups::read()
{
    const SnapshotOutcome outcome = CatalogReader::read(m_conn);
    if (!outcome.ok())
        qWarning("catalog: %s", qPrintable(outcome.error.toString()));
    return outcome.snapshot;
}

void TstPolicyGroups::dropAll()
{
    m_conn.close();
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(kDb)));
    const QStringList roles = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 'policygroups\\_db.%' OR rolname LIKE 'plg\\_%'"));
    for (const QString &role : roles)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdent(role)));
}

void TstPolicyGroups::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(kDb)));
    const pg::Result roles = m_root.execScript(QString::fromUtf8(kRoles));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    QVERIFY(test::openSandbox(m_conn, kDb));
    const pg::Result fixture = m_conn.execScript(QString::fromUtf8(kFixture));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable()")));
    for (int calls = 0; test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate(0)")) != QStringList{u"COMPLETED"_qs};)
        QVERIFY2(++calls < 20, "slpm_migrate never answered COMPLETED");
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant($1, 'plg_bob')"),
                             {u'"' + group(QStringLiteral("sales.writer")) + u'"'}));
}

void TstPolicyGroups::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

void TstPolicyGroups::exportIsCleanAndRoundTrips()
{
    const SnapshotPtr s = read();
    QVERIFY(s);
    const DesiredState state = DesiredState::fromSnapshot(*s);
    QVERIFY(state.schemaGroups);
    QCOMPARE(state.schemaGroups->model, GroupModel::Slpm);
    DesiredState copy = state;
    QVERIFY(members(copy, group(QStringLiteral("admin"))));
    QVERIFY(members(copy, group(QStringLiteral("Mixed Case.viewer"))));
    QCOMPARE(members(copy, group(QStringLiteral("sales.writer")))->members, QStringList{u"plg_bob"_qs});
    // The groups' members are in schema_groups, not in member_of.
    const DesiredRole *bob = state.role(QStringLiteral("plg_bob"));
    QVERIFY(bob);
    QVERIFY(bob->memberOf.isEmpty());
    const ConvergencePlan plan = planConvergence(state, *s);
    QVERIFY2(plan.plan.isEmpty(), qPrintable(describeChanges(plan.plan).join(u'\n')));
    QVERIFY(plan.drift.isEmpty());
    for (PolicyFile::Format format : {PolicyFile::Format::Yaml, PolicyFile::Format::Json}) {
        const QByteArray text = PolicyFile::serialize(state, format);
        QVERIFY(text.contains("schema_groups"));
        QVERIFY(text.contains("policygroups_db.Mixed Case.viewer"));
        const PolicyLoad back = PolicyFile::parse(text, format, u"p"_qs);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(back.state == state);
    }
}

void TstPolicyGroups::editedSectionPlansCallsAndApplies()
{
    const SnapshotPtr s = read();
    QVERIFY(s);
    DesiredState want = DesiredState::fromSnapshot(*s);
    members(want, group(QStringLiteral("sales.writer")))->members = {u"plg_ann"_qs};
    members(want, group(QStringLiteral("Mixed Case.viewer")))->members = {u"plg_team"_qs};
    // A member_of naming a group of the model is left to schema_groups, with a warning.
    for (DesiredRole &r : want.roles) {
        if (r.name == u"plg_ann")
            r.memberOf << DesiredMembership{group(QStringLiteral("sales.viewer")), false};
    }
    const ConvergencePlan plan = planConvergence(want, *s);
    const QStringList expected = {
        describe(SchemaGroupCall{SchemaGroupCall::Kind::Grant, GroupModel::Slpm, group(QStringLiteral("Mixed Case.viewer")),
                                 u"plg_team"_qs, {}, {}}),
        describe(SchemaGroupCall{SchemaGroupCall::Kind::Grant, GroupModel::Slpm, group(QStringLiteral("sales.writer")),
                                 u"plg_ann"_qs, {}, {}}),
        describe(SchemaGroupCall{SchemaGroupCall::Kind::Revoke, GroupModel::Slpm, group(QStringLiteral("sales.writer")),
                                 u"plg_bob"_qs, {}, {}}),
    };
    QCOMPARE(describeChanges(plan.plan), expected);
    QCOMPARE(plan.drift.size(), 3);
    QVERIFY2(plan.warnings.join(u'\n').contains(u"governed by schema_groups"), qPrintable(plan.warnings.join(u'\n')));
    QVERIFY(plan.missingRoles.isEmpty());
    QVERIFY(plan.plan.script().contains(u"CALL slpm_revoke('\"policygroups_db.sales.writer\"', '\"plg_bob\"');"));

    const ApplyOutcome outcome = PlanApplier::apply(m_conn, plan.plan, s.get());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral(
                 "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                 "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = $1 AND m.rolname LIKE 'plg\\_%' ORDER BY 1"),
                 {group(QStringLiteral("sales.writer"))}),
             QStringList{u"plg_ann"_qs});
    const SnapshotPtr after = read();
    QVERIFY(after);
    const ConvergencePlan again = planConvergence(want, *after);
    QVERIFY2(again.plan.isEmpty() && again.drift.isEmpty(), qPrintable(describeChanges(again.plan).join(u'\n')));
}

void TstPolicyGroups::unlistedGroupsAreLeftAlone()
{
    const SnapshotPtr s = read();
    QVERIFY(s);
    DesiredState want = DesiredState::fromSnapshot(*s);
    // Only the Mixed Case viewer group is governed, and it should be empty; ann in sales.writer stays.
    want.schemaGroups->groups = {DesiredGroupMembers{group(QStringLiteral("Mixed Case.viewer")), {}, {}}};
    const ConvergencePlan plan = planConvergence(want, *s);
    QCOMPARE(describeChanges(plan.plan),
             QStringList{describe(SchemaGroupCall{SchemaGroupCall::Kind::Revoke, GroupModel::Slpm,
                                                  group(QStringLiteral("Mixed Case.viewer")), u"plg_team"_qs, {}, {}})});
}

void TstPolicyGroups::modelMismatchIsDriftOnly()
{
    const SnapshotPtr s = read();
    QVERIFY(s);
    DesiredState want = DesiredState::fromSnapshot(*s);
    want.schemaGroups->model = GroupModel::Spm;
    members(want, group(QStringLiteral("sales.writer")))->members = {u"plg_bob"_qs};
    const ConvergencePlan plan = planConvergence(want, *s);
    QVERIFY2(plan.plan.isEmpty(), qPrintable(describeChanges(plan.plan).join(u'\n')));
    QCOMPARE(plan.drift.size(), 1);
    QCOMPARE(plan.drift.front().kind, Drift::Kind::Different);
    QVERIFY2(plan.drift.front().message.contains(u"slpm model, the file wants spm"), qPrintable(plan.drift.front().message));
}

void TstPolicyGroups::missingGroupIsDrift()
{
    const SnapshotPtr s = read();
    QVERIFY(s);
    DesiredState want = DesiredState::fromSnapshot(*s);
    want.schemaGroups->groups << DesiredGroupMembers{group(QStringLiteral("nosuch.viewer")), {u"plg_ann"_qs}, {}};
    const ConvergencePlan plan = planConvergence(want, *s);
    QVERIFY(plan.plan.isEmpty());
    QCOMPARE(plan.drift.size(), 1);
    QCOMPARE(plan.drift.front().kind, Drift::Kind::Missing);
    QVERIFY(plan.drift.front().message.contains(group(QStringLiteral("nosuch.viewer"))));
}

QTEST_GUILESS_MAIN(TstPolicyGroups)
#include "tst_policygroups.moc"
