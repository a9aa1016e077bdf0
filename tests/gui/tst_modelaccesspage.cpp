#include "common/matrixdelegate.h"
#include "common/messagebar.h"
#include "models/modelaccesspage.h"
#include "models/modelaccessmodel.h"
#include "pg/identifier.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/session.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace roledesk;
using Kind = ModelAccessColumn::Kind;
using State = ModelAccessModel::CellState;

/// The model access page on real widgets over roledesk_models: Space on a cell puts the exact
/// statement in the session's pending plan (undo and redo restore it), applying it changes the
/// database and the fresh snapshot shows it; the use of a model brings the schema USAGE along and
/// lets the role past the EXECUTE check; read-only cells refuse with a note; filter and "all roles".
class TstModelAccessPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void spaceGrantsModelOwnerAndApplies();
    void useBringsUsageAndApplies();
    void readOnlyCellsAndFilters();
    void databaseWithoutExtension();
    void cleanupTestCase();

private:
    void dropFixture();
    bool open(Session &session);
    bool applyAndWait(Session &session);
    QModelIndex sourceCell(ModelAccessPage &page, const QString &role, int column) const;

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    // "mag" keeps these apart from the other tests' roles and models.
    const QString m_user = QStringLiteral("MAG Gui \"user\".\u00fc");
    const QString m_modelUser = QStringLiteral("mag m\u00f6del.user");
    const QString m_model = QStringLiteral("mag.gui-model");
    QString m_function;
};

void TstModelAccessPage::dropFixture()
{
    test::dropModelFixture(m_conn, {m_model}, {m_user, m_modelUser});
}

void TstModelAccessPage::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    for (const QString &role : {m_user, m_modelUser})
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE ") + pg::quoteIdent(role) + QStringLiteral(" LOGIN")));
    // Imported by the superuser (the extension owner), who then owns the model's function.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x0102'), '{}')"),
                             {m_model}));
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {m_model});
    QVERIFY(fn.ok() && fn.rows() == 1);
    m_function = fn.text(0, 0);
}

void TstModelAccessPage::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

bool TstModelAccessPage::open(Session &session)
{
    QSignalSpy loaded(&session, &Session::snapshotChanged);
    session.connectTo(test::sandboxOptions(m_db));
    if (!loaded.wait(30000)) {
        QTest::qFail("no snapshot", __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool TstModelAccessPage::applyAndWait(Session &session)
{
    QSignalSpy finished(&session, &Session::applyFinished);
    if (!session.applyPendingPlan() || !finished.wait(30000)) {
        QTest::qFail("the apply did not run", __FILE__, __LINE__);
        return false;
    }
    const auto outcome = finished.at(0).at(0).value<ApplyOutcome>();
    const auto differences = finished.at(0).at(1).value<QList<PlanDifference>>();
    if (!outcome.ok() || !differences.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("apply: %1 %2").arg(outcome.error.toString())
                                    .arg(differences.isEmpty() ? QString() : differences.first().message)),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

QModelIndex TstModelAccessPage::sourceCell(ModelAccessPage &page, const QString &role, int column) const
{
    return page.model()->index(page.model()->rowForRole(role), column);
}

void TstModelAccessPage::spaceGrantsModelOwnerAndApplies()
{
    Session session;
    ModelAccessPage page(&session); // before the snapshot: it must follow snapshotChanged
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.view()->isVisible()); // nothing to show yet
    QVERIFY(open(session));
    QVERIFY(page.view()->isVisible());
    const int column = page.model()->columnOf(Kind::ModelOwner);
    QVERIFY(column >= 0);
    QVERIFY(page.model()->columnForModel(m_model) >= 0);
    QVERIFY(page.model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"may import models"));

    QVERIFY(page.selectCell(m_user, column));
    page.view()->setFocus();
    QCOMPARE(State(sourceCell(page, m_user, column).data(ModelAccessModel::CellStateRole).toInt()), State::NotHeld);
    QTest::keyClick(page.view(), Qt::Key_Space);
    const Plan &plan = session.pendingPlan();
    QCOMPARE(plan.changes(), (QList<Change>{ModelRoleChange{m_user, ModelRole::ModelOwner, true}}));
    QCOMPARE(plan.statements().size(), 1);
    QCOMPARE(plan.statements().first().display(),
             QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('MAG Gui \"user\".\u00fc', 'model_owner')"));
    QVERIFY(sourceCell(page, m_user, column).data(ModelAccessModel::PendingRole).isValid());

    // One undo step, restored exactly.
    session.undoStack()->undo();
    QVERIFY(session.pendingPlan().isEmpty());
    QVERIFY(!sourceCell(page, m_user, column).data(ModelAccessModel::PendingRole).isValid());
    session.undoStack()->redo();
    QCOMPARE(session.pendingPlan().size(), 1);

    QVERIFY(applyAndWait(session));
    QVERIFY(session.pendingPlan().isEmpty());
    const QModelIndex held = sourceCell(page, m_user, column);
    QCOMPARE(State(held.data(ModelAccessModel::CellStateRole).toInt()), State::Held);
    QCOMPARE(held.data(ModelAccessModel::SourceRole).toInt(), int(RightSource::Direct));
    QVERIFY(!held.data(ModelAccessModel::PendingRole).isValid());
    // The model role is a membership of the group role pgx_model_owner.
    const pg::Result row = m_conn.exec(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r "
                                                      "ON r.oid = m.member WHERE r.rolname = $1 "
                                                      "AND m.roleid = 'pgx_model_owner'::regrole"),
                                       {m_user});
    QVERIFY(row.ok());
    QCOMPARE(row.integer(0, 0), qint64(1));

    // Space on the same cell now revokes it, applied the same way.
    QVERIFY(page.selectCell(m_user, column));
    QTest::keyClick(page.view(), Qt::Key_Space);
    QCOMPARE(session.pendingPlan().statements().first().display(),
             QStringLiteral("SELECT pgx_inference.pgx_revoke_model_role('MAG Gui \"user\".\u00fc', 'model_owner')"));
    QVERIFY(applyAndWait(session));
    QCOMPARE(State(sourceCell(page, m_user, column).data(ModelAccessModel::CellStateRole).toInt()), State::NotHeld);
}

void TstModelAccessPage::useBringsUsageAndApplies()
{
    Session session;
    QVERIFY(open(session));
    ModelAccessPage page(&session);
    page.show();
    const int column = page.model()->columnForModel(m_model);
    QVERIFY(column >= 0);
    const QString call = QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_function);
    const auto callAs = [&](const QString &role) {
        pg::Connection c;
        if (!test::openSandbox(c, m_db) || !c.exec(QStringLiteral("SET ROLE ") + pg::quoteIdent(role)).ok())
            return QStringLiteral("no connection");
        const pg::Result r = c.exec(call);
        return r.ok() ? QString() : r.error().sqlstate;
    };
    QCOMPARE(callAs(m_modelUser), QStringLiteral("42501"));

    QVERIFY(page.selectCell(m_modelUser, column));
    QTest::keyClick(page.view(), Qt::Key_Space);
    QStringList sql;
    for (const Statement &s : session.pendingPlan().statements())
        sql << s.sql;
    const QString grantee = QStringLiteral("\"mag m\u00f6del.user\"");
    QCOMPARE(sql, (QStringList{QStringLiteral("GRANT USAGE ON SCHEMA \"pgx_inference\" TO ") + grantee,
                               QStringLiteral("GRANT EXECUTE ON FUNCTION \"pgx_inference\".\"%1\"(text) TO %2")
                                   .arg(m_function, grantee)}));
    QVERIFY(page.lastNotes().join(u' ').contains(u"also gets USAGE"));

    // Space again takes the use back out of the plan; the USAGE stays pending (its own cell).
    QTest::keyClick(page.view(), Qt::Key_Space);
    QCOMPARE(session.pendingPlan().size(), 1);
    QVERIFY(sourceCell(page, m_modelUser, page.model()->columnOf(Kind::SchemaUsage))
                .data(ModelAccessModel::PendingRole).isValid());
    QVERIFY(!sourceCell(page, m_modelUser, column).data(ModelAccessModel::PendingRole).isValid());
    QTest::keyClick(page.view(), Qt::Key_Space);
    QCOMPARE(session.pendingPlan().size(), 2); // the use again, without a second USAGE grant

    QVERIFY(applyAndWait(session));
    QCOMPARE(sourceCell(page, m_modelUser, column).data(ModelAccessModel::SourceRole).toInt(), int(RightSource::Direct));
    QCOMPARE(sourceCell(page, m_modelUser, page.model()->columnOf(Kind::SchemaUsage)).data(ModelAccessModel::SourceRole).toInt(),
             int(RightSource::Direct));
    // Past the EXECUTE check: success, or a failure that is not a privilege error (no inference server).
    QVERIFY(callAs(m_modelUser) != QLatin1String("42501"));
}

void TstModelAccessPage::readOnlyCellsAndFilters()
{
    Session session;
    QVERIFY(open(session));
    ModelAccessPage page(&session);
    page.show();
    auto *notes = page.findChild<MessageBar *>(QStringLiteral("modelAccessNotes"));
    QVERIFY(notes);

    // The extension owner column is read-only: Space adds nothing and says why.
    QVERIFY(page.selectCell(m_user, page.model()->columnOf(Kind::ExtensionOwner)));
    QTest::keyClick(page.view(), Qt::Key_Space);
    QVERIFY(session.pendingPlan().isEmpty());
    QVERIFY(notes->isVisible());
    QVERIFY(notes->text().contains(u"It is not granted"));
    // The model's owner (the superuser who imported it) always may use it.
    QVERIFY(page.selectCell(QStringLiteral("postgres"), page.model()->columnForModel(m_model)));
    QVERIFY(!page.view()->currentIndex().data(ModelAccessModel::EditableRole).toBool());
    QTest::keyClick(page.view(), Qt::Key_Space);
    QVERIFY(session.pendingPlan().isEmpty());

    // Filter by name (non-ASCII, case-insensitive), then every role.
    const int all = page.view()->model()->rowCount();
    QVERIFY(all >= 3);
    QTest::keyClicks(page.roleFilterEdit(), QStringLiteral("M\u00d6DEL"));
    QCOMPARE(page.view()->model()->rowCount(), 1);
    QCOMPARE(page.view()->model()->headerData(0, Qt::Vertical).toString(), m_modelUser);
    page.roleFilterEdit()->clear();
    QCOMPARE(page.view()->model()->rowCount(), all);
    QCOMPARE(page.model()->rowForRole(QStringLiteral("pg_monitor")), -1);
    page.showAllRolesBox()->click();
    QVERIFY(page.model()->rowForRole(QStringLiteral("pg_monitor")) >= 0);
    QVERIFY(page.view()->model()->rowCount() > all);

    // Every colour a cell shows is explained in the legend (the sandbox has roles that get
    // USAGE through pg_read_all_data, the owner's cells, direct and inherited grants).
    auto *legend = page.findChild<QWidget *>(QStringLiteral("modelAccessLegend"));
    QVERIFY(legend);
    QSet<QRgb> explained;
    for (const QLabel *chip : legend->findChildren<QLabel *>())
        if (chip->autoFillBackground())
            explained.insert(chip->palette().color(QPalette::Window).rgb());
    QSet<int> shown;
    const ModelAccessModel *model = page.model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (const QVariant source = model->index(row, column).data(ModelAccessModel::SourceRole); source.isValid())
                shown.insert(source.toInt());
    QVERIFY(shown.contains(int(RightSource::Predefined)));
    for (int source : std::as_const(shown))
        QVERIFY2(explained.contains(MatrixDelegate::sourceColor(RightSource(source)).rgb()),
                 qPrintable(QStringLiteral("no legend entry for source %1").arg(source)));
}

void TstModelAccessPage::databaseWithoutExtension()
{
    Session session;
    ModelAccessPage page(&session);
    page.show();
    QSignalSpy loaded(&session, &Session::snapshotChanged);
    session.connectTo(test::sandboxOptions(QStringLiteral("roledesk_fixture")));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(page.model()->columnCount(), 0);
    QVERIFY(!page.view()->isVisible());
    auto *hint = page.findChild<QLabel *>(QStringLiteral("modelAccessEmptyHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(u"no in-database model extension"));
    QVERIFY(page.toggleCurrent() == 0);
}

QTEST_MAIN(TstModelAccessPage)
#include "tst_modelaccesspage.moc"
