#include "sandbox.h"

#include "catalog/catalogquery.h"
#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/plan.h"
#include "plan/planverifier.h"
#include "slpm/groupdrift.h"
#include "slpm/groupoperations.h"
#include "slpm/schemagroupplanner.h"

#include <QTest>

using namespace roledesk;

namespace {

// A dotted, mixed-case database name with a space: every group name of it needs quoting.
const QString kDb = QStringLiteral("Sg.Db X");
const QString kPlainDb = QStringLiteral("sg_plain");
const QString kSpmDb = QStringLiteral("Sg_Spm");
const QStringList kUsers = {QStringLiteral("sg_ann"), QStringLiteral("sg_bob"), QStringLiteral("sg_boss"),
                            QStringLiteral("Sg Mixed\"User"), QStringLiteral("sg_new"), QStringLiteral("sg_team"),
                            QStringLiteral("sg_lost")};

QString q(const QString &name)
{
    return pg::quoteIdent(name);
}

QString group(const QString &rest)
{
    return kDb + u'.' + rest;
}

} // namespace

/// The schema-group engine against slpm_ce in the sandbox: the snapshot detects the model and its
/// groups; GroupOperationRunner enables and migrates batch by batch with progress and cancel;
/// SchemaGroupPlanner reads each user's level per schema (direct, or through admin) and turns a
/// level change into slpm_revoke / slpm_grant calls that the real applier runs and verifies; a
/// user created into a group, a schema renamed with its groups, a refusal for a user who may not
/// call the procedures (nothing changed), and a database without the model.
class TstSchemaGroups : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void standardDatabase();
    void hologresGroupsByName();
    void enableAndMigrate();
    void detectsGroups();
    void levelsAndInheritance();
    void setLevelAppliesCalls();
    void createUser();
    void refusedWithoutTheRight();
    void renameSchema();
    void drift();
    void disableCleanupEnableAgain();
    void simpleModel();
    void cleanupTestCase();

private:
    SnapshotPtr snapshot();
    std::shared_ptr<const EffectiveRights> rights() { return std::make_shared<EffectiveRights>(snapshot()); }
    ApplyOutcome apply(const QList<Change> &changes, pg::Connection &conn, const Snapshot *base);
    QStringList membersOf(const QString &groupName);
    void dropFixture();

    pg::Connection m_root;
    pg::Connection m_conn;
};

SnapshotPtr TstSchemaGroups::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

ApplyOutcome TstSchemaGroups::apply(const QList<Change> &changes, pg::Connection &conn, const Snapshot *base)
{
    Plan plan;
    for (const Change &c : changes)
        plan.add(c);
    return PlanApplier::apply(conn, plan, base);
}

QStringList TstSchemaGroups::membersOf(const QString &groupName)
{
    return test::queryColumn(m_conn, QStringLiteral(
        "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = $1 AND NOT starts_with(m.rolname, $2) ORDER BY 1"),
        {groupName, kDb + u'.'}); // the users, not the groups inside groups (developer in writer)
}

void TstSchemaGroups::dropFixture()
{
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(q(kDb)));
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(q(kPlainDb)));
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(q(kSpmDb)));
    for (const char *level : {"admin", "developer", "writer", "viewer"})
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(q(kSpmDb + u'_' + QLatin1String(level))));
    // Groups of a dropped database are cluster-wide roles: drop those a failed run left behind.
    const QStringList leftovers = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) ORDER BY length(rolname) DESC"), {kDb + u'.'});
    for (const QString &r : leftovers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(q(r)));
    for (const QString &u : kUsers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(q(u)));
}

void TstSchemaGroups::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(q(kDb))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(q(kPlainDb))));
    for (const QString &u : kUsers.mid(0, 4))
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 LOGIN").arg(q(u))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE sg_team NOLOGIN")));
    QVERIFY(test::openSandbox(m_conn, kDb));
    const pg::Result fixture = m_conn.execScript(QStringLiteral(R"SQL(
CREATE SCHEMA sales;
CREATE SCHEMA "Mixed Case";
CREATE TABLE sales.t1 (id integer);
CREATE TABLE sales.t2 (id integer);
CREATE VIEW sales.v AS SELECT id FROM sales.t1;
CREATE SEQUENCE sales.s;
CREATE TABLE "Mixed Case"."Tab X" (id integer);
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE EXTENSION slpm_ce;
)SQL"));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
}

void TstSchemaGroups::standardDatabase()
{
    pg::Connection plain;
    QVERIFY(test::openSandbox(plain, kPlainDb));
    const SnapshotOutcome o = CatalogReader::read(plain);
    QVERIFY2(o.ok(), qPrintable(o.error.toString()));
    QCOMPARE(o.snapshot->groups.model, GroupModel::Standard);
    QCOMPARE(o.snapshot->groups.source, GroupSource::None);
    QVERIFY(o.snapshot->groups.groups.isEmpty());
    QVERIFY(SchemaGroupPlanner(std::make_shared<EffectiveRights>(o.snapshot)).columns().isEmpty());
    // Installed but not enabled: slpm_ce is the source, the model is still the standard one.
    const SnapshotPtr s = snapshot();
    QCOMPARE(s->groups.source, GroupSource::SlpmCe);
    QCOMPARE(s->groups.model, GroupModel::Standard);
    QVERIFY(s->groups.extensionInstalled());
}

void TstSchemaGroups::hologresGroupsByName()
{
    // Hologres keeps no list of its groups: on Hologres they are found by name, for the schemas
    // that exist. (The settings that say the model is on exist only on Hologres.)
    const QStringList roles = {QStringLiteral("sg_plain.admin"), QStringLiteral("sg_plain.S 1.viewer"),
                               QStringLiteral("sg_plain.gone.viewer"), QStringLiteral("sg_plain_writer")};
    for (const QString &r : roles)
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1").arg(q(r))));
    pg::Connection plain;
    QVERIFY(test::openSandbox(plain, kPlainDb));
    QVERIFY(test::execOrFail(plain, QStringLiteral("CREATE SCHEMA \"S 1\"")));
    QVERIFY(beginCatalogSnapshot(plain).ok());
    const pg::Result r = runCatalogQuery(plain, QStringLiteral(":/catalog/groups/hg_groups.sql"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i)
        rows << r.text(i, 1) + u'|' + r.text(i, 2) + u'|' + r.text(i, 4) + u'|' + r.text(i, 5);
    plain.exec(QStringLiteral("ROLLBACK"));
    for (const QString &role : roles)
        m_root.exec(QStringLiteral("DROP ROLE %1").arg(q(role)));
    QCOMPARE(rows, (QStringList{QStringLiteral("sg_plain.admin|admin||slpm"), QStringLiteral("sg_plain.S 1.viewer|viewer|S 1|slpm"),
                                QStringLiteral("sg_plain_writer|writer||spm")}));
}

void TstSchemaGroups::enableAndMigrate()
{
    // Migrate before enabling is refused with the vendor's words, and nothing is counted.
    GroupOperationRequest migrate{GroupOperation::Migrate, GroupModel::Slpm, 2, {}, false};
    GroupOperationOutcome early = GroupOperationRunner::perform(m_conn, migrate);
    QCOMPARE(early.status, GroupOperationOutcome::Status::Failed);
    QVERIFY2(early.message.contains(QStringLiteral("NOT in simple privilege mode")), qPrintable(early.message));

    const GroupOperationOutcome enabled =
        GroupOperationRunner::perform(m_conn, {GroupOperation::Enable, GroupModel::Slpm, 64, {}, false});
    QVERIFY2(enabled.status == GroupOperationOutcome::Status::Done, qPrintable(enabled.message));
    QCOMPARE(enabled.sql, QStringList{QStringLiteral("CALL slpm_enable()")});

    // A cancelled migrate stops before its first call; the next run goes on to COMPLETED.
    std::atomic_bool cancelled{true};
    const GroupOperationOutcome stopped = GroupOperationRunner::perform(m_conn, migrate, {}, &cancelled);
    QCOMPARE(stopped.status, GroupOperationOutcome::Status::Cancelled);
    QCOMPARE(stopped.batches, 0);

    // What the progress says is left (read from slpm_ce's notice after each call) is what the
    // extension's reference list still holds, counted on the spot.
    QList<qint64> left;
    QStringList counted;
    const GroupOperationOutcome done = GroupOperationRunner::perform(m_conn, migrate, [&](int, qint64 l) {
        left << l;
        counted << test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM slpm_ce.objects WHERE owner <> developer AND NOT follows"));
    });
    QVERIFY2(done.status == GroupOperationOutcome::Status::Done, qPrintable(done.message));
    QVERIFY(done.completed);
    // Six objects (the sequence is not owned by a column) in batches of two: three that hand
    // objects over and the one that answers COMPLETED, or fewer if some went at enable.
    QVERIFY2(done.batches >= 2, qPrintable(QString::number(done.batches)));
    QCOMPARE(done.sql.first(), QStringLiteral("CALL slpm_migrate(2)")); // numbers shown bare
    QVERIFY(left.size() == done.batches + 1);
    QVERIFY2(left.first() > 0, qPrintable(QString::number(left.first())));
    QCOMPARE(left.last(), 0);
    for (int i = 1; i < left.size(); ++i)
        QVERIFY(left.at(i) <= left.at(i - 1));
    for (int i = 0; i < left.size(); ++i)
        QCOMPARE(QString::number(left.at(i)), counted.value(i));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'sales.t2'::regclass")),
             QStringList{group(QStringLiteral("sales.developer"))});
}

void TstSchemaGroups::detectsGroups()
{
    const SnapshotPtr s = snapshot();
    const SchemaGroupState &st = s->groups;
    QCOMPARE(st.model, GroupModel::Slpm);
    QCOMPARE(st.source, GroupSource::SlpmCe);
    QVERIFY(st.migrated);
    QVERIFY(st.admin());
    QCOMPARE(st.admin()->name, group(QStringLiteral("admin")));
    // public, sales and "Mixed Case": three groups each, plus admin.
    QCOMPARE(st.groups.size(), 10);
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(s));
    QStringList columns;
    for (const GroupColumn &c : planner.columns())
        columns << (c.admin ? QStringLiteral("<admin>") : c.schema);
    QCOMPARE(columns, (QStringList{QStringLiteral("<admin>"), QStringLiteral("Mixed Case"), QStringLiteral("public"),
                                   QStringLiteral("sales")}));
    const int mixed = planner.columnOfSchema(QStringLiteral("Mixed Case"));
    QVERIFY(planner.group(mixed, GroupLevel::Viewer));
    QCOMPARE(planner.group(mixed, GroupLevel::Viewer)->name, group(QStringLiteral("Mixed Case.viewer")));
    QVERIFY(!planner.group(mixed, GroupLevel::Admin));
    QCOMPARE(planner.levels(0), (QList<GroupLevel>{GroupLevel::None, GroupLevel::Admin}));
    // Rows: login roles and roles in groups, never the groups themselves.
    QStringList users;
    for (int i : planner.users())
        users << s->roles.at(i).name;
    QVERIFY(users.contains(QStringLiteral("sg_ann")));
    QVERIFY(users.contains(QStringLiteral("Sg Mixed\"User")));
    QVERIFY(!users.contains(group(QStringLiteral("sales.viewer"))));
    QVERIFY(!users.contains(QStringLiteral("sg_team"))); // not in any group, cannot log in
}

void TstSchemaGroups::levelsAndInheritance()
{
    // Through the procedures, as a Hologres script does: the boss in admin, the team (a plain
    // role) in sales' writer group, bob a member of the team.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant($1, 'sg_boss')"), {q(group(QStringLiteral("admin")))}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant($1, 'sg_team')"),
                             {q(group(QStringLiteral("sales.writer")))}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT sg_team TO sg_bob")));
    const SnapshotPtr s = snapshot();
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(s));
    const int sales = planner.columnOfSchema(QStringLiteral("sales"));
    const int boss = planner.roleIndex(QStringLiteral("sg_boss")), bob = planner.roleIndex(QStringLiteral("sg_bob"));
    QCOMPARE(planner.cell(boss, 0).direct, GroupLevel::Admin);
    const GroupCell bossSales = planner.cell(boss, sales);
    QCOMPARE(bossSales.direct, GroupLevel::None);
    QCOMPARE(bossSales.inherited, GroupLevel::Developer);
    QCOMPARE(s->roleName(bossSales.via.at(1)), group(QStringLiteral("admin")));
    const GroupCell bobSales = planner.cell(bob, sales);
    QCOMPARE(bobSales.effective(), GroupLevel::Writer);
    QCOMPARE(s->roleName(bobSales.via.at(1)), QStringLiteral("sg_team"));
    QVERIFY(planner.users().contains(planner.roleIndex(QStringLiteral("sg_team"))));
    QCOMPARE(planner.cell(planner.roleIndex(QStringLiteral("sg_ann")), sales).effective(), GroupLevel::None);
    // The audit's via column (and the Why? panel) name the schema group the right comes through.
    const EffectiveRights rightsNow(s);
    int t1 = -1;
    for (int i = 0; i < s->objects.size(); ++i)
        if (s->objects.at(i).schema == u"sales" && s->objects.at(i).name == u"t1")
            t1 = i;
    QVERIFY(t1 >= 0);
    const QString via = rightsNow.viaText(bob, t1, Privilege::Insert);
    QVERIFY2(via.contains(QStringLiteral("member of sg_team > Sg.Db X.sales.writer [schema group: writer of sales]")),
             qPrintable(via));
    // What PostgreSQL says agrees: bob may insert into sales.t1, ann may not.
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege('sg_bob', 'sales.t1', 'INSERT')::text || "
                                                      "has_table_privilege('sg_ann', 'sales.t1', 'SELECT')::text")),
             QStringList{QStringLiteral("truefalse")});
}

void TstSchemaGroups::setLevelAppliesCalls()
{
    SnapshotPtr s = snapshot();
    auto planner = std::make_unique<SchemaGroupPlanner>(std::make_shared<EffectiveRights>(s));
    const QString mixedUser = QStringLiteral("Sg Mixed\"User");
    const int mixed = planner->columnOfSchema(QStringLiteral("Mixed Case"));
    EditResult r = planner->setLevel(mixedUser, mixed, GroupLevel::Writer, {});
    QCOMPARE(r.changes.size(), 1);
    const QList<Statement> st = sqlgen::statements(r.changes.first());
    QCOMPARE(st.size(), 1);
    QCOMPARE(st.first().sql, QStringLiteral("CALL slpm_grant($1, $2)"));
    QCOMPARE(st.first().display(), QStringLiteral("CALL slpm_grant('\"Sg.Db X.Mixed Case.writer\"', '\"Sg Mixed\"\"User\"')"));
    QCOMPARE(planner->pendingLevel(r.changes, mixedUser, mixed), std::optional(GroupLevel::Writer));
    // Setting it back while pending cancels the pending grant: nothing is left to do.
    Plan undo;
    for (const Change &c : r.changes)
        undo.add(c);
    for (const Change &c : planner->setLevel(mixedUser, mixed, GroupLevel::None, r.changes).changes)
        undo.add(c);
    QVERIFY(undo.isEmpty());

    ApplyOutcome out = apply(r.changes, m_conn, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    QCOMPARE(membersOf(group(QStringLiteral("Mixed Case.writer"))), QStringList{mixedUser});

    // writer -> viewer: one revoke, one grant, applied together.
    s = snapshot();
    planner = std::make_unique<SchemaGroupPlanner>(std::make_shared<EffectiveRights>(s));
    r = planner->setLevel(mixedUser, mixed, GroupLevel::Viewer, {});
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(std::get<SchemaGroupCall>(r.changes.at(0)).kind, SchemaGroupCall::Kind::Revoke);
    QCOMPARE(std::get<SchemaGroupCall>(r.changes.at(1)).kind, SchemaGroupCall::Kind::Grant);
    out = apply(r.changes, m_conn, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    QVERIFY(membersOf(group(QStringLiteral("Mixed Case.writer"))).isEmpty());
    QCOMPARE(membersOf(group(QStringLiteral("Mixed Case.viewer"))), QStringList{mixedUser});
    s = snapshot();
    planner = std::make_unique<SchemaGroupPlanner>(std::make_shared<EffectiveRights>(s));
    QCOMPARE(planner->cell(planner->roleIndex(mixedUser), mixed).direct, GroupLevel::Viewer);
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege($1, '\"Mixed Case\".\"Tab X\"', 'SELECT')::text"),
                               {mixedUser}),
             QStringList{QStringLiteral("true")});

    // The boss holds developer through admin: setting viewer in sales says so.
    r = planner->setLevel(QStringLiteral("sg_boss"), planner->columnOfSchema(QStringLiteral("sales")), GroupLevel::Viewer, {});
    QCOMPARE(r.notes.size(), 1);
    QVERIFY2(r.notes.first().contains(group(QStringLiteral("admin"))), qPrintable(r.notes.first()));

    // Dragging two users onto a group: one grant each.
    const SchemaGroup *salesViewer = planner->group(planner->columnOfSchema(QStringLiteral("sales")), GroupLevel::Viewer);
    QVERIFY(salesViewer);
    r = planner->addToGroup({QStringLiteral("sg_ann"), mixedUser}, *salesViewer, {});
    QCOMPARE(r.changes.size(), 2);
    out = apply(r.changes, m_conn, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    QCOMPARE(membersOf(salesViewer->name), (QStringList{mixedUser, QStringLiteral("sg_ann")}));
}

void TstSchemaGroups::createUser()
{
    const SnapshotPtr s = snapshot();
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(s));
    const SchemaGroup *writer = planner.group(planner.columnOfSchema(QStringLiteral("sales")), GroupLevel::Writer);
    QVERIFY(writer);
    for (const QString &bad : {QStringLiteral("etl_writer"), QStringLiteral("Bob_Admin"), QStringLiteral(""),
                               QStringLiteral("sg_ann")}) {
        const EditResult r = planner.createUser(bad, writer);
        QVERIFY2(r.changes.isEmpty(), qPrintable(bad));
        QCOMPARE(r.notes.size(), 1);
    }
    const EditResult r = planner.createUser(QStringLiteral("sg_new"), writer);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(sqlgen::statements(r.changes.first()).first().display(),
             QStringLiteral("CALL slpm_create_user('\"sg_new\"', '\"Sg.Db X.sales.writer\"')"));
    const ApplyOutcome out = apply(r.changes, m_conn, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'sg_new'")),
             QStringList{QStringLiteral("true")});
    QVERIFY(membersOf(writer->name).contains(QStringLiteral("sg_new")));
}

void TstSchemaGroups::refusedWithoutTheRight()
{
    // ann is a viewer, not an admin member: PostgreSQL refuses her the call; nothing changes.
    const SnapshotPtr s = snapshot();
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(s));
    const EditResult r = planner.setLevel(QStringLiteral("sg_ann"), planner.columnOfSchema(QStringLiteral("sales")),
                                          GroupLevel::Developer, {});
    QCOMPARE(r.changes.size(), 2);
    pg::Connection ann;
    QVERIFY(test::openSandbox(ann, kDb, QStringLiteral("sg_ann")));
    const ApplyOutcome out = apply(r.changes, ann, nullptr);
    QVERIFY(!out.ok());
    // Not in admin, she has no USAGE on schema public either (PUBLIC lost it), so PostgreSQL does
    // not even find the procedure for her; with USAGE it would refuse EXECUTE.
    QVERIFY2(out.error.sqlstate == u"42883" || out.error.sqlstate == u"42501", qPrintable(out.error.toString()));
    QVERIFY2(out.error.message.contains(QStringLiteral("slpm_")), qPrintable(out.error.message));
    QVERIFY2(out.error.hint.contains(QStringLiteral("admin group ({db}.admin)")),
             qPrintable(out.error.hint));
    QVERIFY(membersOf(group(QStringLiteral("sales.viewer"))).contains(QStringLiteral("sg_ann")));
    QVERIFY(!membersOf(group(QStringLiteral("sales.developer"))).contains(QStringLiteral("sg_ann")));
    // The boss, an admin member who logs in, may.
    pg::Connection boss;
    QVERIFY(test::openSandbox(boss, kDb, QStringLiteral("sg_boss")));
    const ApplyOutcome allowed = apply(r.changes, boss, nullptr);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error.toString()));
    QCOMPARE(membersOf(group(QStringLiteral("sales.developer"))), QStringList{QStringLiteral("sg_ann")});
}

void TstSchemaGroups::renameSchema()
{
    const SnapshotPtr s = snapshot();
    const Change rename = SchemaGroupCall{SchemaGroupCall::Kind::RenameSchema, GroupModel::Slpm, {}, {},
                                          QStringLiteral("Mixed Case"), QStringLiteral("Mixed Two")};
    QCOMPARE(sqlgen::statements(rename).first().display(),
             QStringLiteral("CALL slpm_rename_schema('\"Mixed Case\"', '\"Mixed Two\"')"));
    Plan plan;
    plan.add(rename);
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    const SnapshotPtr after = snapshot();
    QVERIFY2(verifyPlan(plan, *after).isEmpty(), qPrintable(verifyPlan(plan, *after).value(0).message));
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(after));
    const int col = planner.columnOfSchema(QStringLiteral("Mixed Two"));
    QVERIFY(col > 0);
    QCOMPARE(planner.group(col, GroupLevel::Viewer)->name, group(QStringLiteral("Mixed Two.viewer")));
    // Members stay with the renamed groups.
    QCOMPARE(planner.cell(planner.roleIndex(QStringLiteral("Sg Mixed\"User")), col).direct, GroupLevel::Viewer);
}

void TstSchemaGroups::drift()
{
    // A clean model has no drift (but the sandbox's other logins, which are in no group here).
    QList<GroupDrift> found = GroupDriftFinder::find(*snapshot());
    found.removeIf([](const GroupDrift &d) {
        return d.kind == GroupDrift::Kind::UserInNoGroup && !d.object.contains(QStringLiteral("sg_"));
    });
    QVERIFY2(found.isEmpty(), qPrintable(found.value(0).object + QStringLiteral(": ") + found.value(0).detail));

    // What community PostgreSQL cannot refuse (statements on roles and databases), and a schema
    // dropped with its groups left behind.
    for (const char *sql : {"CREATE ROLE sg_lost LOGIN", "GRANT CONNECT ON DATABASE \"Sg.Db X\" TO sg_lost",
                            "ALTER DATABASE \"Sg.Db X\" OWNER TO sg_boss", "ALTER ROLE \"Sg.Db X.sales.viewer\" LOGIN"})
        QVERIFY(test::execOrFail(m_root, QString::fromLatin1(sql)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE SCHEMA gone")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("DROP SCHEMA gone")));
    // A developer member hands the group's objects to itself (PostgreSQL lets members act as the role).
    pg::Connection ann;
    QVERIFY(test::openSandbox(ann, kDb, QStringLiteral("sg_ann")));
    QVERIFY(test::execOrFail(ann, QStringLiteral("REASSIGN OWNED BY \"Sg.Db X.sales.developer\" TO sg_ann")));
    found = GroupDriftFinder::find(*snapshot());
    QVERIFY(test::execOrFail(m_root, QStringLiteral("ALTER ROLE \"Sg.Db X.sales.viewer\" NOLOGIN")));
    QHash<GroupDrift::Kind, QStringList> byKind;
    for (const GroupDrift &d : found)
        byKind[d.kind] << d.object + QStringLiteral(": ") + d.detail;
    const auto has = [&](GroupDrift::Kind kind, const QString &text) {
        for (const QString &line : byKind.value(kind))
            if (line.contains(text))
                return true;
        return false;
    };
    const QString all = [&] { QStringList l; for (const GroupDrift &d : found) l << d.object + QStringLiteral(": ") + d.detail; return l.join(u'\n'); }();
    QVERIFY2(has(GroupDrift::Kind::UserInNoGroup, QStringLiteral("role sg_lost")), qPrintable(all));
    QVERIFY2(!has(GroupDrift::Kind::UserInNoGroup, QStringLiteral("role sg_bob")), qPrintable(all)); // through sg_team
    QVERIFY2(has(GroupDrift::Kind::RightAroundGroups, QStringLiteral("sg_lost holds CONNECT")), qPrintable(all));
    QVERIFY2(has(GroupDrift::Kind::ModelBroken, QStringLiteral("Owned by sg_boss")), qPrintable(all));
    QVERIFY2(has(GroupDrift::Kind::ModelBroken, QStringLiteral("can log in")), qPrintable(all));
    QVERIFY2(has(GroupDrift::Kind::NotMigrated, QStringLiteral("sales.t2")), qPrintable(all));
    QVERIFY2(has(GroupDrift::Kind::NotMigrated, QStringLiteral("Owned by sg_ann")), qPrintable(all));
    const bool orphan = has(GroupDrift::Kind::OrphanGroup, QStringLiteral("Sg.Db X.gone."));
    const QStringList gone = test::queryColumn(m_conn, QStringLiteral(
        "SELECT count(*)::text FROM pg_roles WHERE rolname LIKE 'Sg.Db X.gone.%'"));
    QCOMPARE(orphan, gone != QStringList{QStringLiteral("0")});
    QCOMPARE(GroupDriftFinder::kindKey(GroupDrift::Kind::RightAroundGroups), QStringLiteral("right_around_groups"));
    // Put the database back for cleanup.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("ALTER DATABASE \"Sg.Db X\" OWNER TO \"Sg.Db X.admin\"")));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE \"Sg.Db X\" FROM sg_lost")));
}

void TstSchemaGroups::disableCleanupEnableAgain()
{
    const GroupOperationOutcome disabled =
        GroupOperationRunner::perform(m_conn, {GroupOperation::Disable, GroupModel::Slpm, 64, {}, false});
    QVERIFY2(disabled.status == GroupOperationOutcome::Status::Done, qPrintable(disabled.message));
    QCOMPARE(disabled.sql, QStringList{QStringLiteral("CALL slpm_disable()")});
    SnapshotPtr s = snapshot();
    QCOMPARE(s->groups.model, GroupModel::Standard);
    QVERIFY(!s->groups.groups.isEmpty()); // kept, with their rights
    QVERIFY(GroupDriftFinder::find(*s).isEmpty()); // no model, no drift
    QVERIFY(SchemaGroupPlanner(std::make_shared<EffectiveRights>(s)).columns().isEmpty());

    QList<int> batches;
    const GroupOperationOutcome cleaned = GroupOperationRunner::perform(
        m_conn, {GroupOperation::Cleanup, GroupModel::Slpm, 2, kDb, false}, [&](int b, qint64 left) {
            batches << b;
            QCOMPARE(left, qint64(-1)); // cleanup cannot tell how much is left
        });
    QVERIFY2(cleaned.status == GroupOperationOutcome::Status::Done && cleaned.completed, qPrintable(cleaned.message));
    QCOMPARE(cleaned.sql.first(), QStringLiteral("CALL slpm_cleanup('\"Sg.Db X\"', 2)"));
    QCOMPARE(batches.size(), cleaned.batches);
    // The journal's account: who and where as the server said it, every call that ran.
    const JournalEntry entry = GroupOperationRunner::journalEntry({GroupOperation::Cleanup, GroupModel::Slpm, 2, kDb, false},
                                                                  cleaned);
    QCOMPARE(entry.kind, QStringLiteral("schema groups cleanup"));
    QCOMPARE(entry.database, kDb);
    QCOMPARE(entry.subject, kDb);
    QCOMPARE(entry.result, QStringLiteral("applied"));
    QCOMPARE(entry.databaseUser, test::queryColumn(m_conn, QStringLiteral("SELECT session_user::text")).value(0));
    QCOMPARE(entry.sql.count(QStringLiteral("CALL slpm_cleanup(")), cleaned.batches);
    QCOMPARE(entry.statements, cleaned.batches);
    s = snapshot();
    QVERIFY2(s->groups.groups.isEmpty(), qPrintable(s->groups.groups.value(0).name));
    QVERIFY(s->groups.orphans.isEmpty());
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*)::text FROM pg_roles WHERE starts_with(rolname, $1)"),
                               {kDb + u'.'}),
             QStringList{QStringLiteral("0")});

    // Hologres' re-enable after a cleanup, then migrate.
    const GroupOperationRequest again{GroupOperation::Enable, GroupModel::Slpm, 64, {}, true};
    QCOMPARE(again.statement().display(), QStringLiteral("CALL slpm_enable('t')"));
    const GroupOperationOutcome enabled = GroupOperationRunner::perform(m_conn, again);
    QVERIFY2(enabled.status == GroupOperationOutcome::Status::Done, qPrintable(enabled.message));
    const GroupOperationOutcome migrated =
        GroupOperationRunner::perform(m_conn, {GroupOperation::Migrate, GroupModel::Slpm, 0, {}, false});
    QVERIFY2(migrated.completed, qPrintable(migrated.message));
    s = snapshot();
    QCOMPARE(s->groups.model, GroupModel::Slpm);
    QVERIFY(s->groups.migrated);
    QVERIFY(s->groups.admin());
}

void TstSchemaGroups::simpleModel()
{
    // SPM: one column for every schema; the calls are spm_*, the groups {db}_level.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(q(kSpmDb))));
    pg::Connection spm;
    QVERIFY(test::openSandbox(spm, kSpmDb));
    QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE SCHEMA a")));
    QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE TABLE a.t (id integer)")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE TABLE a.t%1 (id integer)").arg(i)));
    QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE EXTENSION slpm_ce")));
    {
        // Another session in the middle of a transaction: enabling is refused, nothing changes.
        pg::Connection busy;
        QVERIFY(test::openSandbox(busy, kSpmDb));
        QVERIFY(test::execOrFail(busy, QStringLiteral("BEGIN")));
        QVERIFY(test::execOrFail(busy, QStringLiteral("SELECT 1")));
        const GroupOperationOutcome refused =
            GroupOperationRunner::perform(spm, {GroupOperation::Enable, GroupModel::Spm, 64, {}, false});
        QCOMPARE(refused.status, GroupOperationOutcome::Status::Failed);
        QVERIFY2(refused.message.contains(QStringLiteral("Enable SPM failed: other sessions are running SQL")),
                 qPrintable(refused.message));
        QCOMPARE(test::queryColumn(spm, QStringLiteral("SELECT enabled::text FROM slpm_ce.state")),
                 QStringList{QStringLiteral("false")});
    }
    // The closed session's backend leaves pg_stat_activity a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(test::queryColumn(spm, QStringLiteral(
        "SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend'")), QStringList{QStringLiteral("0")}, 10000);
    const GroupOperationOutcome enabled =
        GroupOperationRunner::perform(spm, {GroupOperation::Enable, GroupModel::Spm, 64, {}, false});
    QVERIFY2(enabled.status == GroupOperationOutcome::Status::Done, qPrintable(enabled.message));
    // A migrate cut off by a lost connection keeps the batches done; running it again goes on.
    const QString pid = test::queryColumn(spm, QStringLiteral("SELECT pg_backend_pid()::text")).value(0);
    const GroupOperationOutcome cut = GroupOperationRunner::perform(
        spm, {GroupOperation::Migrate, GroupModel::Spm, 1, {}, false}, [&](int batches, qint64) {
            if (batches == 2)
                m_root.exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {pid});
        });
    QCOMPARE(cut.status, GroupOperationOutcome::Status::ConnectionLost);
    QCOMPARE(cut.batches, 2);
    QVERIFY2(cut.message.contains(QStringLiteral("The 2 batch")), qPrintable(cut.message));
    const JournalEntry cutEntry = GroupOperationRunner::journalEntry({GroupOperation::Migrate, GroupModel::Spm, 1, {}, false}, cut);
    QCOMPARE(cutEntry.result, QStringLiteral("connection lost"));
    QVERIFY2(cutEntry.sql.endsWith(QStringLiteral("-- not completed: CALL spm_migrate(1);")), qPrintable(cutEntry.sql));
    QCOMPARE(cutEntry.database, kSpmDb);
    spm.close();
    QVERIFY(test::openSandbox(spm, kSpmDb));
    const GroupOperationOutcome migrated =
        GroupOperationRunner::perform(spm, {GroupOperation::Migrate, GroupModel::Spm, 64, {}, false});
    QVERIFY2(migrated.completed, qPrintable(migrated.message));
    QCOMPARE(migrated.sql.first(), QStringLiteral("CALL spm_migrate(64)"));
    const SnapshotOutcome o = CatalogReader::read(spm);
    QVERIFY2(o.ok(), qPrintable(o.error.toString()));
    QCOMPARE(o.snapshot->groups.model, GroupModel::Spm);
    QCOMPARE(o.snapshot->groups.groups.size(), 4);
    SchemaGroupPlanner planner(std::make_shared<EffectiveRights>(o.snapshot));
    QCOMPARE(planner.columns().size(), 2);
    QCOMPARE(planner.columnOfSchema(QStringLiteral("a")), 1);
    const EditResult r = planner.setLevel(QStringLiteral("sg_ann"), 1, GroupLevel::Writer, {});
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(sqlgen::statements(r.changes.first()).first().display(),
             QStringLiteral("CALL spm_grant('\"Sg_Spm_writer\"', '\"sg_ann\"')"));
    const ApplyOutcome out = apply(r.changes, spm, o.snapshot.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    QCOMPARE(test::queryColumn(spm, QStringLiteral("SELECT has_table_privilege('sg_ann', 'a.t', 'INSERT')::text")),
             QStringList{QStringLiteral("true")});
    const SnapshotOutcome after = CatalogReader::read(spm);
    SchemaGroupPlanner again(std::make_shared<EffectiveRights>(after.snapshot));
    QCOMPARE(again.cell(again.roleIndex(QStringLiteral("sg_ann")), 1).direct, GroupLevel::Writer);
    QList<GroupDrift> drift = GroupDriftFinder::find(*after.snapshot);
    drift.removeIf([](const GroupDrift &d) { return d.kind == GroupDrift::Kind::UserInNoGroup; });
    QVERIFY2(drift.isEmpty(), qPrintable(drift.value(0).object + QStringLiteral(": ") + drift.value(0).detail));
    spm.exec(QStringLiteral("CALL spm_disable()"));
    GroupOperationRunner::perform(spm, {GroupOperation::Cleanup, GroupModel::Spm, 0, kSpmDb, false});
}

void TstSchemaGroups::cleanupTestCase()
{
    m_conn.close();
    if (m_root.isOpen()) {
        pg::Connection db;
        if (test::openSandbox(db, kDb)) {
            db.exec(QStringLiteral("CALL slpm_disable()"));
            GroupOperationRunner::perform(db, {GroupOperation::Cleanup, GroupModel::Slpm, 0, kDb, false});
        }
        db.close();
        dropFixture();
    }
}

QTEST_GUILESS_MAIN(TstSchemaGroups)
#include "tst_schemagroups.moc"
