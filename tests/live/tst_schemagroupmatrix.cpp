#include "sandbox.h"

#include "catalog/catalogreader.h"
#include "models/schemagroupmatrixmodel.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/plan.h"
#include "slpm/schemagroupplanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace roledesk;

namespace {

const QString kDb = QStringLiteral("Sgm.Db");
const QString kSchema = QStringLiteral("Ops Ü");
const QString kNoInherit = QStringLiteral("sgm_noinherit");
const QString kNew = QStringLiteral("sgm New\u00e9");
const QString kPlain = QStringLiteral("sgm_plain");

QString q(const QString &name)
{
    return pg::quoteIdent(name);
}

QString group(const QString &rest)
{
    return kDb + u'.' + rest;
}

} // namespace

/// The Schema groups matrix model over a real snapshot, in the cases the page must not hide: a
/// login that the pending plan creates has its row (with the level it gets) before apply and keeps
/// it after; a NOINHERIT member shows its level marked "SET ROLE", and PostgreSQL agrees that it
/// has the group's rights only after SET ROLE.
class TstSchemaGroupMatrix : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pendingNewUserHasARow();
    void noInheritMemberIsMarked();
    void cleanupTestCase();

private:
    std::shared_ptr<const EffectiveRights> rights();
    void dropFixture();

    pg::Connection m_root;
    pg::Connection m_conn;
};

std::shared_ptr<const EffectiveRights> TstSchemaGroupMatrix::rights()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.ok() ? std::make_shared<EffectiveRights>(o.snapshot) : nullptr;
}

void TstSchemaGroupMatrix::dropFixture()
{
    m_conn.close();
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(q(kDb)));
    const QStringList roles = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) OR rolname = ANY ($2::text[]) ORDER BY length(rolname) DESC"),
        {kDb + u'.', QStringLiteral("{%1,%2,\"%3\"}").arg(kNoInherit, kPlain, kNew)});
    for (const QString &r : roles)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(q(r)));
}

void TstSchemaGroupMatrix::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(q(kDb))));
    QVERIFY(test::openSandbox(m_conn, kDb));
    for (const QString &sql : {QStringLiteral("CREATE SCHEMA %1").arg(q(kSchema)),
                               QStringLiteral("CREATE TABLE %1.t (a integer)").arg(q(kSchema)),
                               QStringLiteral("CREATE EXTENSION slpm_ce"), QStringLiteral("CALL slpm_enable()"),
                               QStringLiteral("CALL slpm_migrate()"),
                               QStringLiteral("CREATE ROLE %1 LOGIN NOINHERIT").arg(kNoInherit),
                               QStringLiteral("CREATE ROLE %1 LOGIN").arg(kPlain)})
        QVERIFY(test::execOrFail(m_conn, sql));
    const QString grant = QStringLiteral("CALL slpm_grant($1, $2)");
    QVERIFY(test::execOrFail(m_conn, grant, {q(group(kSchema + QStringLiteral(".writer"))), kNoInherit}));
    QVERIFY(test::execOrFail(m_conn, grant, {q(group(kSchema + QStringLiteral(".writer"))), kPlain}));
}

void TstSchemaGroupMatrix::pendingNewUserHasARow()
{
    SchemaGroupMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRights(rights());
    const SchemaGroupPlanner *planner = model.planner();
    QVERIFY(planner);
    const int column = planner->columnOfSchema(kSchema);
    QVERIFY(column > 0);
    const int known = model.rowCount();
    QCOMPARE(model.rowForUser(kNew), -1);

    // A login created into the viewer group: a row of its own at the end, before apply.
    const EditResult created = planner->createUser(kNew, planner->group(column, GroupLevel::Viewer));
    QCOMPARE(created.changes.size(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPendingChanges(created.changes);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), known + 1);
    const int row = model.rowForUser(kNew);
    QCOMPARE(row, known);
    QVERIFY(model.isNewUser(row));
    QCOMPARE(model.userAt(row), kNew);
    QCOMPARE(model.headerData(row, Qt::Vertical, SchemaGroupMatrixModel::UserRole).toString(), kNew);
    QVERIFY(model.headerData(row, Qt::Vertical).toString().contains(kNew));
    QVERIFY(model.headerData(row, Qt::Vertical).toString() != kNew); // marked as new
    QCOMPARE(model.index(row, column).data(SchemaGroupMatrixModel::LevelRole).toInt(), int(GroupLevel::Viewer));
    QCOMPARE(model.index(row, column).data(SchemaGroupMatrixModel::RoleIndexRole).toInt(), -1);
    QCOMPARE(model.index(row, 0).data(SchemaGroupMatrixModel::LevelRole).toInt(), int(GroupLevel::None));

    // Raised to writer before apply: the planner works on the pending login by name.
    QList<Change> pending = created.changes;
    const EditResult raised = planner->setLevel(kNew, column, GroupLevel::Writer, pending);
    QCOMPARE(raised.changes.size(), 2); // slpm_revoke of viewer, slpm_grant of writer
    pending << raised.changes;
    model.setPendingChanges(pending);
    QCOMPARE(model.rowCount(), known + 1);
    QCOMPARE(model.index(row, column).data(SchemaGroupMatrixModel::LevelRole).toInt(), int(GroupLevel::Writer));

    // Applied for real: the login exists with the writer level, and after a new snapshot the row
    // is an ordinary one (no pending row twice).
    Plan plan;
    for (const Change &c : pending)
        plan.add(c);
    const Snapshot &base = planner->snapshot();
    const ApplyOutcome outcome = PlanApplier::apply(m_conn, plan, &base);
    QVERIFY2(outcome.status == ApplyOutcome::Status::Applied, qPrintable(outcome.error.toString()));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege($1, $2, 'INSERT')"),
                               {kNew, q(kSchema) + QStringLiteral(".t")}),
             QStringList{QStringLiteral("t")});
    model.setRights(rights());
    model.setPendingChanges({});
    QCOMPARE(model.rowCount(), known + 1);
    const int after = model.rowForUser(kNew);
    QVERIFY(after >= 0 && !model.isNewUser(after));
    QCOMPARE(model.index(after, model.planner()->columnOfSchema(kSchema)).data(SchemaGroupMatrixModel::LevelRole).toInt(),
             int(GroupLevel::Writer));

    // Dropping the pending creation takes its row away again.
    model.setPendingChanges(model.planner()->createUser(QStringLiteral("sgm_other"), nullptr).changes);
    QCOMPARE(model.rowCount(), known + 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setPendingChanges({});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), known + 1);
}

void TstSchemaGroupMatrix::noInheritMemberIsMarked()
{
    SchemaGroupMatrixModel model;
    model.setRights(rights());
    const int column = model.planner()->columnOfSchema(kSchema);
    const QModelIndex noInherit = model.index(model.rowForUser(kNoInherit), column);
    const QModelIndex plain = model.index(model.rowForUser(kPlain), column);
    QVERIFY(noInherit.isValid() && plain.isValid());
    QCOMPARE(noInherit.data(SchemaGroupMatrixModel::DirectLevelRole).toInt(), int(GroupLevel::Writer));
    QVERIFY2(noInherit.data().toString().contains(u"SET ROLE"), qPrintable(noInherit.data().toString()));
    QVERIFY(noInherit.data(Qt::ToolTipRole).toString().contains(u"NOINHERIT"));
    QVERIFY(!plain.data().toString().contains(u"SET ROLE"));
    QVERIFY(!plain.data(Qt::ToolTipRole).toString().contains(u"NOINHERIT"));
    // What the mark says is what PostgreSQL does: no right until SET ROLE to the group.
    const QString table = q(kSchema) + QStringLiteral(".t");
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege($1, $2, 'INSERT')"), {kNoInherit, table}),
             QStringList{QStringLiteral("f")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT has_table_privilege($1, $2, 'INSERT')"), {kPlain, table}),
             QStringList{QStringLiteral("t")});
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT pg_has_role($1, $2, 'USAGE')::text || pg_has_role($1, $2, 'MEMBER')::text"),
                               {kNoInherit, group(kSchema + QStringLiteral(".writer"))}),
             QStringList{QStringLiteral("falsetrue")});
}

void TstSchemaGroupMatrix::cleanupTestCase()
{
    if (m_root.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstSchemaGroupMatrix)
#include "tst_schemagroupmatrix.moc"
