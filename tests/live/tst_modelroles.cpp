#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/applyworker.h"
#include "plan/modelaccessplanner.h"
#include "plan/planverifier.h"
#include "sandbox.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>

using namespace roledesk;
using Kind = ModelAccessColumn::Kind;

/// The model access edits applied for real to pgx_inference_ce in roledesk_models, through
/// PlanApplier and ApplyWorker: each grant and revoke of a model role and of the use of a model
/// (with the USAGE it needs), made by ModelAccessPlanner on role names with quotes, dots, spaces,
/// capitals and non-ASCII letters, then proven by what the roles can do (import, use, ask for the
/// loaded size) or are refused (42501); the model roles are memberships of the group roles
/// pgx_model_owner and pgx_system_administrator, so one made with plain GRANT counts, and one held
/// through another role shows as inherited; the conflict check refuses a model role that someone
/// else granted or revoked since the snapshot.
class TstModelRoles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelOwnerGrantLetsImport();
    void systemAdministratorRoundTrip();
    void useGrantedAndRevokedThroughWorker();
    void modelOwnerRevoked();
    void heldThroughGroupRoles();
    void conflictWhenSomeoneElseChangedTheMembership();
    void cleanupTestCase();

private:
    void dropFixture();
    SnapshotPtr snapshot();
    /// Runs \a sql as \a role (SET ROLE) and commits; the error, null on success.
    pg::Error runAs(const QString &role, const QString &sql, const pg::Params &params = {});
    /// Toggles (role, column) on a fresh snapshot and applies the changes with PlanApplier.
    ApplyOutcome toggleAndApply(const QString &role, Kind kind, const QList<Change> &expected,
                                const QStringList &sql, const QString &model = {});
    bool holds(const Snapshot &s, const QString &role, ModelRole kind) const;

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    // Quotes, dots, spaces, capitals and non-ASCII letters; "mra" keeps them apart from other tests.
    const QString m_owner = QStringLiteral("MRA Mo \"del\".\u00fc");
    const QString m_user = QStringLiteral("mra.\u00dcser \"q\" x");
    const QString m_admin = QStringLiteral("Mra \u00c4dmin.ops's");
    const QString m_model = QStringLiteral("mra.model-1");
    QString m_function;
};

void TstModelRoles::dropFixture()
{
    test::dropModelFixture(m_conn, {m_model, QStringLiteral("mra.refused")}, {m_owner, m_user, m_admin});
}

SnapshotPtr TstModelRoles::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

pg::Error TstModelRoles::runAs(const QString &role, const QString &sql, const pg::Params &params)
{
    pg::Connection c;
    if (!test::openSandbox(c, m_db))
        return pg::Error::client(QStringLiteral("no connection"));
    if (const pg::Result r = c.exec(QStringLiteral("SET ROLE ") + pg::quoteIdent(role)); !r.ok())
        return r.error();
    const pg::Result r = c.exec(sql, params);
    return r.ok() ? pg::Error{} : r.error();
}

bool TstModelRoles::holds(const Snapshot &s, const QString &role, ModelRole kind) const
{
    for (const ModelRoleGrant &g : s.models.roles)
        if (g.role == role && g.kind == kind)
            return true;
    return false;
}

ApplyOutcome TstModelRoles::toggleAndApply(const QString &role, Kind kind, const QList<Change> &expected,
                                           const QStringList &sql, const QString &model)
{
    const SnapshotPtr before = snapshot();
    if (!before)
        return {};
    const ModelAccessPlanner planner(std::make_shared<EffectiveRights>(before));
    const int column = model.isEmpty() ? planner.columnOf(kind) : planner.modelColumn(model);
    const EditResult edit = planner.toggle(role, column, {});
    Plan plan;
    for (const Change &c : edit.changes)
        plan.add(c);
    QStringList got;
    for (const Statement &s : plan.statements())
        got << s.display();
    if (plan.changes() != expected || got != sql) {
        qWarning() << "planned" << got << "expected" << sql << edit.notes;
        return {};
    }
    const ApplyOutcome outcome = PlanApplier::apply(m_conn, plan, before.get());
    if (!outcome.ok()) {
        qWarning() << outcome.error.toString() << outcome.failed.display();
        return outcome;
    }
    const SnapshotPtr after = snapshot();
    const QList<PlanDifference> differences = after ? verifyPlan(plan, *after) : QList<PlanDifference>{};
    if (!after || !differences.isEmpty()) {
        for (const PlanDifference &d : differences)
            qWarning() << d.message;
        ApplyOutcome failed;
        failed.status = ApplyOutcome::Status::Failed;
        return failed;
    }
    return outcome;
}

void TstModelRoles::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    for (const QString &role : {m_owner, m_user, m_admin})
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg::quoteIdent(role))));
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    QCOMPARE(s->models.flavour, ModelState::Flavour::Community);
    QVERIFY(s->models.rolesKnown);
}

void TstModelRoles::modelOwnerGrantLetsImport()
{
    const QString import = QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x0102'), '{}')");
    QCOMPARE(runAs(m_owner, import, {QStringLiteral("mra.refused")}).sqlstate, QStringLiteral("42501"));

    const ApplyOutcome o = toggleAndApply(
        m_owner, Kind::ModelOwner, {ModelRoleChange{m_owner, ModelRole::ModelOwner, true}},
        {QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('MRA Mo \"del\".\u00fc', 'model_owner')")});
    QVERIFY(o.ok());
    const SnapshotPtr after = snapshot();
    QVERIFY(holds(*after, m_owner, ModelRole::ModelOwner));

    // The grant took effect: the role imports a model (and owns it and its function).
    const pg::Error e = runAs(m_owner, import, {m_model});
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {m_model});
    QVERIFY(fn.ok() && fn.rows() == 1);
    m_function = fn.text(0, 0);
    const SnapshotPtr withModel = snapshot();
    const ModelAccessPlanner planner(std::make_shared<EffectiveRights>(withModel));
    const int column = planner.modelColumn(m_model);
    QVERIFY(column >= 0);
    const ModelAccessCell own = planner.cell(planner.roleIndex(m_owner), column);
    QVERIFY(own.owner);
    QVERIFY(!planner.editable(planner.roleIndex(m_owner), column));
}

void TstModelRoles::systemAdministratorRoundTrip()
{
    const QString loadedSize = QStringLiteral("SELECT pgx_inference.pgx_total_loaded_model_size()");
    QCOMPARE(runAs(m_admin, loadedSize).sqlstate, QStringLiteral("42501"));
    QVERIFY(toggleAndApply(m_admin, Kind::SystemAdministrator,
                           {ModelRoleChange{m_admin, ModelRole::SystemAdministrator, true}},
                           {QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('Mra \u00c4dmin.ops''s', "
                                           "'system_administrator')")})
                .ok());
    pg::Error e = runAs(m_admin, loadedSize);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));

    QVERIFY(toggleAndApply(m_admin, Kind::SystemAdministrator,
                           {ModelRoleChange{m_admin, ModelRole::SystemAdministrator, false}},
                           {QStringLiteral("SELECT pgx_inference.pgx_revoke_model_role('Mra \u00c4dmin.ops''s', "
                                           "'system_administrator')")})
                .ok());
    QVERIFY(!holds(*snapshot(), m_admin, ModelRole::SystemAdministrator));
    QCOMPARE(runAs(m_admin, loadedSize).sqlstate, QStringLiteral("42501"));
}

void TstModelRoles::useGrantedAndRevokedThroughWorker()
{
    QVERIFY(!m_function.isEmpty());
    const QString call = QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_function);
    QCOMPARE(runAs(m_user, call).sqlstate, QStringLiteral("42501"));

    // Grant: the role has no USAGE on the schema, so the edit carries it too.
    const SnapshotPtr before = snapshot();
    const ModelAccessPlanner planner(std::make_shared<EffectiveRights>(before));
    const int column = planner.modelColumn(m_model);
    const EditResult grant = planner.toggle(m_user, column, {});
    Plan plan;
    for (const Change &c : grant.changes)
        plan.add(c);
    QStringList sql;
    for (const Statement &s : plan.statements())
        sql << s.sql;
    QCOMPARE(sql, (QStringList{QStringLiteral("GRANT USAGE ON SCHEMA \"pgx_inference\" TO \"mra.\u00dcser \"\"q\"\" x\""),
                               QStringLiteral("GRANT EXECUTE ON FUNCTION \"pgx_inference\".\"%1\"(text) TO "
                                              "\"mra.\u00dcser \"\"q\"\" x\"").arg(m_function)}));

    ApplyWorker worker;
    QSignalSpy finished(&worker, &ApplyWorker::finished);
    worker.apply(test::sandboxOptions(m_db), plan, before);
    QCOMPARE(finished.count(), 1);
    auto outcome = finished.at(0).at(0).value<ApplyOutcome>();
    auto after = finished.at(0).at(1).value<SnapshotPtr>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QVERIFY(finished.at(0).at(2).value<QList<PlanDifference>>().isEmpty());
    QVERIFY(after);
    {
        const ModelAccessPlanner p(std::make_shared<EffectiveRights>(after));
        const int user = p.roleIndex(m_user);
        QVERIFY(p.cell(user, p.modelColumn(m_model)).direct);
        QVERIFY(p.cell(user, p.columnOf(Kind::SchemaUsage)).direct);
    }

    // The role passes the EXECUTE check: the call succeeds, or fails for another reason (no
    // inference server, model not loaded), never for lack of privilege.
    const pg::Error used = runAs(m_user, call);
    QVERIFY2(used.sqlstate != QLatin1String("42501"), qPrintable(used.toString()));
    const pg::Error metadata = runAs(m_user, QStringLiteral("SELECT pgx_inference.pgx_get_model_metadata($1)"), {m_model});
    QVERIFY2(metadata.isNull(), qPrintable(metadata.toString()));

    // Revoke: toggling the same cell on the fresh snapshot takes the use away (USAGE stays).
    const ModelAccessPlanner again(std::make_shared<EffectiveRights>(after));
    const EditResult revoke = again.toggle(m_user, again.modelColumn(m_model), {});
    QCOMPARE(revoke.changes.size(), 1);
    Plan revokePlan;
    revokePlan.add(revoke.changes.first());
    QCOMPARE(revokePlan.statements().first().sql,
             QStringLiteral("REVOKE EXECUTE ON FUNCTION \"pgx_inference\".\"%1\"(text) FROM \"mra.\u00dcser \"\"q\"\" x\"")
                 .arg(m_function));
    finished.clear();
    worker.apply(test::sandboxOptions(m_db), revokePlan, after);
    QCOMPARE(finished.count(), 1);
    outcome = finished.at(0).at(0).value<ApplyOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QVERIFY(finished.at(0).at(2).value<QList<PlanDifference>>().isEmpty());
    QCOMPARE(runAs(m_user, call).sqlstate, QStringLiteral("42501"));
}

void TstModelRoles::modelOwnerRevoked()
{
    QVERIFY(toggleAndApply(m_owner, Kind::ModelOwner, {ModelRoleChange{m_owner, ModelRole::ModelOwner, false}},
                           {QStringLiteral("SELECT pgx_inference.pgx_revoke_model_role('MRA Mo \"del\".\u00fc', "
                                           "'model_owner')")})
                .ok());
    QVERIFY(!holds(*snapshot(), m_owner, ModelRole::ModelOwner));
    QCOMPARE(runAs(m_owner, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x01'), '{}')"),
                   {QStringLiteral("mra.refused")})
                 .sqlstate,
             QStringLiteral("42501"));
}

void TstModelRoles::heldThroughGroupRoles()
{
    // A plain GRANT of the group role is the model role; a member of a role that has it holds it
    // through that role (as pg_has_role says), and a toggle gives it a direct grant.
    const QString team = QStringLiteral("MRA team.ü");
    const auto cleanup = qScopeGuard([&] { m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(team)); });
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(pg::quoteIdent(team))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT pgx_system_administrator TO ") + pg::quoteIdent(team)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT %1 TO %2").arg(pg::quoteIdent(team), pg::quoteIdent(m_user))));
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    QVERIFY(holds(*s, team, ModelRole::SystemAdministrator));
    QVERIFY(holds(*s, m_user, ModelRole::SystemAdministrator));
    QVERIFY(!holds(*s, m_user, ModelRole::ModelOwner));
    for (const ModelRoleGrant &g : s->models.roles) {
        if (g.kind == ModelRole::SystemAdministrator && (g.role == team || g.role == m_user))
            QCOMPARE(g.direct, g.role == team);
    }
    const ModelAccessPlanner planner(std::make_shared<EffectiveRights>(s));
    const int column = planner.columnOf(Kind::SystemAdministrator);
    const ModelAccessCell teamCell = planner.cell(planner.roleIndex(team), column);
    QVERIFY(teamCell.direct);
    const ModelAccessCell userCell = planner.cell(planner.roleIndex(m_user), column);
    QVERIFY(!userCell.direct);
    QVERIFY(userCell.inherited);
    QCOMPARE(userCell.via.size(), 2);
    QCOMPARE(s->roleName(userCell.via.last()), team);
    const EditResult edit = planner.toggle(m_user, column, {});
    QCOMPARE(edit.changes, (QList<Change>{ModelRoleChange{m_user, ModelRole::SystemAdministrator, true}}));
    QVERIFY(edit.notes.join(u' ').contains(team));

    // Without inheritance the server does not count it, and neither does the console.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER ROLE %1 NOINHERIT").arg(pg::quoteIdent(m_user))));
    const SnapshotPtr noInherit = snapshot();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER ROLE %1 INHERIT").arg(pg::quoteIdent(m_user))));
    QVERIFY(noInherit);
    QVERIFY(!holds(*noInherit, m_user, ModelRole::SystemAdministrator));
    const ModelAccessPlanner p2(std::make_shared<EffectiveRights>(noInherit));
    QVERIFY(!p2.cell(p2.roleIndex(m_user), column).held());
}

void TstModelRoles::conflictWhenSomeoneElseChangedTheMembership()
{
    pg::Connection other;
    QVERIFY(test::openSandbox(other, m_db));
    // The model role is a membership of pgx_model_owner.
    const auto rows = [this] {
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT count(*) FROM pg_auth_members m "
                                                        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = $1 "
                                                        "AND m.roleid = 'pgx_model_owner'::regrole"),
                                         {m_user});
        return r.ok() ? int(r.integer(0, 0)) : -1;
    };
    const QString membership = QStringLiteral("membership pgx_model_owner \u2192 ") + m_user;
    const QString grantedBy = QStringLiteral("granted by ") + other.user();
    const QString notMember = QStringLiteral("(not a member)");

    // The plan expects no membership; someone grants it meanwhile.
    SnapshotPtr base = snapshot();
    Plan grant;
    grant.add(ModelRoleChange{m_user, ModelRole::ModelOwner, true});
    QVERIFY(test::execOrFail(other, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, 'model_owner')"), {m_user}));
    ApplyOutcome o = PlanApplier::apply(m_conn, grant, base.get());
    QCOMPARE(o.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(o.conflicts.size(), 1);
    QCOMPARE(o.conflicts.first().object, membership);
    QCOMPARE(o.conflicts.first().expected, notMember);
    QCOMPARE(o.conflicts.first().found, grantedBy);
    QCOMPARE(o.statementsRun, 0);
    QCOMPARE(rows(), 1);

    // The plan expects it present; someone revokes it meanwhile.
    base = snapshot();
    QVERIFY(holds(*base, m_user, ModelRole::ModelOwner));
    Plan revoke;
    revoke.add(ModelRoleChange{m_user, ModelRole::ModelOwner, false});
    QVERIFY(test::execOrFail(other, QStringLiteral("SELECT pgx_inference.pgx_revoke_model_role($1, 'model_owner')"), {m_user}));
    o = PlanApplier::apply(m_conn, revoke, base.get());
    QCOMPARE(o.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(o.conflicts.first().expected, grantedBy);
    QCOMPARE(o.conflicts.first().found, notMember);
    QCOMPARE(rows(), 0);

    // Unchanged since the snapshot: the same plan goes through.
    o = PlanApplier::apply(m_conn, grant, snapshot().get());
    QVERIFY2(o.ok(), qPrintable(o.error.toString()));
    QCOMPARE(rows(), 1);

    o = PlanApplier::apply(m_conn, revoke, snapshot().get());
    QVERIFY2(o.ok(), qPrintable(o.error.toString()));
    QCOMPARE(rows(), 0);

    // A writer that got in before the lock: the apply (a superuser's) waits for the lock on
    // pg_auth_members, then reads the memberships again and sees the grant committed meanwhile.
    base = snapshot();
    QVERIFY(test::execOrFail(other, QStringLiteral("BEGIN")));
    QVERIFY(test::execOrFail(other, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, 'model_owner')"), {m_user}));
    ApplyOutcome waited;
    std::thread applier([&] {
        pg::Connection c;
        if (c.open(test::sandboxOptions(m_db)).isNull())
            waited = PlanApplier::apply(c, grant, base.get());
    });
    bool waiting = false;
    for (int i = 0; i < 200 && !waiting; ++i) {
        const pg::Result r = m_conn.exec(
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE relation = 'pg_catalog.pg_auth_members'::regclass "
                           "AND mode = 'ShareRowExclusiveLock' AND NOT granted"));
        waiting = r.ok() && r.integer(0, 0) == 1;
        if (!waiting)
            QThread::msleep(50);
    }
    const bool committed = other.exec(QStringLiteral("COMMIT")).ok();
    applier.join();
    QVERIFY(waiting);
    QVERIFY(committed);
    QCOMPARE(waited.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(waited.conflicts.size(), 1);
    QCOMPARE(waited.conflicts.first().found, grantedBy);
    QCOMPARE(rows(), 1);
}

void TstModelRoles::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstModelRoles)
#include "tst_modelroles.moc"
