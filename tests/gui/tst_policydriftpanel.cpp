#include "catalog/catalogreader.h"
#include "window/mainwindow.h"
#include "privileges/matrixpage.h"
#include "models/privilegematrixmodel.h"
#include "policy/policyfile.h"
#include "policy/policydriftpanel.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/session.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

/// Comparing with a policy file in the console: drift listed, missing and extra rights marked
/// on the matrix cells, the converging plan added to the pending changes.
class TstPolicyDriftPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void compareMarksCells();
    void unreadableFile();

private:
    pg::Connection m_conn;
};

void TstPolicyDriftPanel::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_fixture")));
    cleanupTestCase();
    for (const char *sql : {"CREATE ROLE rdt_pol_a", "CREATE SCHEMA rdt_pol_s", "CREATE TABLE rdt_pol_s.t_have (id int)",
                            "CREATE TABLE rdt_pol_s.t_want (id int)", "GRANT USAGE ON SCHEMA rdt_pol_s TO rdt_pol_a",
                            "GRANT SELECT ON rdt_pol_s.t_have TO rdt_pol_a"})
        QVERIFY(test::execOrFail(m_conn, QString::fromUtf8(sql)));
}

void TstPolicyDriftPanel::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    m_conn.exec(QStringLiteral("DROP SCHEMA IF EXISTS rdt_pol_s CASCADE"));
    m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS rdt_pol_a"));
}

void TstPolicyDriftPanel::compareMarksCells()
{
    const SnapshotPtr s = CatalogReader::read(m_conn).snapshot;
    QVERIFY(s);
    PolicyScope scope;
    scope.allRoles = false;
    scope.roles = {QStringLiteral("rdt_pol_a")};
    scope.allSchemas = false;
    scope.schemas = {QStringLiteral("rdt_pol_s")};
    scope.database = false;
    DesiredState desired = DesiredState::fromSnapshot(*s, scope);
    bool removed = false;
    for (int i = 0; i < desired.grants.size(); ++i)
        if (desired.grants.at(i).object.name == QLatin1String("t_have")) {
            desired.grants.removeAt(i);
            removed = true;
            break;
        }
    QVERIFY(removed);
    DesiredGrant want;
    want.object.kind = ObjectKind::Table;
    want.object.schema = QStringLiteral("rdt_pol_s");
    want.object.name = QStringLiteral("t_want");
    want.grantee = QStringLiteral("rdt_pol_a");
    want.privileges = Privilege::Select;
    desired.grants << want;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.yaml"));
    QVERIFY(PolicyFile::save(desired, path).isEmpty());

    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.connectTo(test::sandboxOptions(QStringLiteral("roledesk_fixture")));
    QVERIFY(shown.wait(30000));
    window.comparePolicy(path);
    PolicyDriftPanel *panel = window.policyDriftPanel();
    QVERIFY2(panel->error().isEmpty(), qPrintable(panel->error()));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->view()->model()->rowCount(), panel->result().drift.size() + panel->result().warnings.size());

    const Snapshot &shownSnapshot = window.session()->rights()->snapshot();
    PrivilegeMatrixModel *model = window.matrixPage()->model();
    int missing = 0, extra = 0;
    for (const Drift &d : panel->result().drift) {
        if (d.roleIndex < 0 || d.objectIndex < 0)
            continue;
        const QModelIndex cell = model->index(model->rowForRole(d.roleIndex), model->columnForObject(d.objectIndex));
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(PrivilegeMatrixModel::DriftRole).toInt(), int(d.kind));
        const QString object = shownSnapshot.objects.at(d.objectIndex).name;
        if (d.kind == Drift::Kind::Missing && object == QLatin1String("t_want"))
            ++missing;
        if (d.kind == Drift::Kind::Extra && object == QLatin1String("t_have"))
            ++extra;
    }
    QCOMPARE(missing, 1);
    QCOMPARE(extra, 1);
    // A cell without drift carries no mark.
    const int row = model->rowForRole(panel->result().drift.first().roleIndex);
    int unmarked = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        unmarked += model->index(row, c).data(PrivilegeMatrixModel::DriftRole).isValid() ? 0 : 1;
    QVERIFY(unmarked > 0);

    QVERIFY(window.session()->pendingPlan().isEmpty());
    QTest::mouseClick(panel->addPlanButton(), Qt::LeftButton);
    QCOMPARE(window.session()->pendingPlan().changes(), panel->result().plan.changes());
    QVERIFY(!window.session()->pendingPlan().isEmpty());
}

void TstPolicyDriftPanel::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("roles: [ {name: \n");
    f.close();
    PolicyDriftPanel panel;
    const SnapshotPtr s = CatalogReader::read(m_conn).snapshot;
    QVERIFY(!panel.compare(path, *s));
    QVERIFY(!panel.error().isEmpty());
    QVERIFY(!panel.addPlanButton()->isEnabled());
}

QTEST_MAIN(TstPolicyDriftPanel)
#include "tst_policydriftpanel.moc"
