#include "window/mainwindow.h"
#include "privileges/matrixeditactions.h"
#include "privileges/matrixpage.h"
#include "common/messagebar.h"
#include "models/pendingchangesmodel.h"
#include "models/privilegematrixmodel.h"
#include "changes/pendingchangesdock.h"
#include "plan/objectref.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace roledesk;

/// Editing the matrix through the real widgets, live against the sandbox: context menu and
/// keyboard edits, the SQL preview, undo/redo, saving, applying, and an apply whose session is
/// killed from a second connection.
class TstMatrixEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void contextMenuAndKeyboardEdits();
    void undoRedoRestoreExactly();
    void saveWritesScript();
    void applyChangesDatabaseAndClearsPlan();
    void editsDuringApplyStayPending();
    void terminatedApplyKeepsPlanAndDatabase();
    void cleanupTestCase();

private:
    bool open(MainWindow &w, const QString &db);
    QModelIndex select(MainWindow &w, const QString &role, const QString &object);
    bool trigger(MatrixEditActions *actions, const QString &name);
    bool ask(pg::Connection &conn, const QString &sql);
    QString acls(pg::Connection &conn);
    void confirmApplySoon();

    const QString m_db = QStringLiteral("roledesk_edit_gui");
    const QString m_bigDb = QStringLiteral("roledesk_edit_big");
    static constexpr int BigTables = 3000;
};

void TstMatrixEditing::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    for (const QString &db : {m_db, m_bigDb}) {
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db)));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE %1").arg(db)));
    }
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS eg_user"));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE eg_user LOGIN")));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(conn.execScript(QStringLiteral("CREATE SCHEMA eg; CREATE TABLE eg.t1 (id int); CREATE TABLE eg.t2 (id int); "
                                           "CREATE TABLE eg.t3 (id int); GRANT SELECT ON eg.t3 TO eg_user;"))
                .ok());
    pg::Connection big;
    QVERIFY(test::openSandbox(big, m_bigDb));
    QVERIFY(big.execScript(QStringLiteral("CREATE SCHEMA many; GRANT USAGE ON SCHEMA many TO eg_user; "
                                          "DO $$ BEGIN FOR i IN 1..%1 LOOP "
                                          "EXECUTE format('CREATE TABLE many.t%s (id int)', i); END LOOP; END $$;")
                               .arg(BigTables))
                .ok());
}

void TstMatrixEditing::cleanupTestCase()
{
    pg::Connection admin;
    if (!test::openSandbox(admin, QStringLiteral("postgres")))
        return;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_bigDb));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS eg_user"));
}

bool TstMatrixEditing::open(MainWindow &w, const QString &db)
{
    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    w.show();
    w.connectTo(test::sandboxOptions(db));
    if (!shown.wait(30000)) {
        QTest::qFail("no snapshot", __FILE__, __LINE__);
        return false;
    }
    return true;
}

QModelIndex TstMatrixEditing::select(MainWindow &w, const QString &role, const QString &object)
{
    if (!w.matrixPage()->selectCell(role, object))
        return {};
    return w.matrixPage()->view()->currentIndex();
}

bool TstMatrixEditing::trigger(MatrixEditActions *actions, const QString &name)
{
    QMenu *menu = actions->activeMenu();
    if (!menu)
        return false;
    auto *action = menu->findChild<QAction *>(name);
    if (!action)
        return false;
    action->trigger();
    menu->close();
    return true;
}

bool TstMatrixEditing::ask(pg::Connection &conn, const QString &sql)
{
    const pg::Result r = conn.exec(sql);
    if (!r.ok()) {
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return false;
    }
    return r.boolean(0, 0);
}

QString TstMatrixEditing::acls(pg::Connection &conn)
{
    const pg::Result r = conn.exec(QStringLiteral(
        "SELECT coalesce(string_agg(c.relname || '=' || coalesce(c.relacl::text, '-'), ';' ORDER BY c.relname), '') "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'many'"));
    return r.ok() ? r.text(0, 0) : r.error().toString();
}

void TstMatrixEditing::confirmApplySoon()
{
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        if (auto *go = box->findChild<QPushButton *>(QStringLiteral("applyConfirm")))
            go->click();
    });
    poll->start();
}

void TstMatrixEditing::contextMenuAndKeyboardEdits()
{
    MainWindow w;
    QVERIFY(open(w, m_db));
    MatrixEditActions *actions = w.matrixEditActions();
    QTableView *view = w.matrixPage()->view();
    const Session *session = w.session();

    // Right-click eg_user x eg.t1: Grant > SELECT.
    QModelIndex cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t1"));
    QVERIFY(cell.isValid());
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY(actions->activeMenu());
    QVERIFY(trigger(actions, QStringLiteral("grant:SELECT")));
    QCOMPARE(session->pendingPlan().size(), 1);
    QVERIFY(cell.data(PrivilegeMatrixModel::PendingRole).toString().contains(u"SELECT"));

    // Keyboard: Ins on eg.t2 opens the privilege chooser; choose INSERT.
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t2"));
    QVERIFY(cell.isValid());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QVERIFY(actions->activeMenu());
    QCOMPARE(actions->activeMenu()->objectName(), QStringLiteral("privilegeChooser"));
    QVERIFY(trigger(actions, QStringLiteral("grant:INSERT")));
    // Del on eg.t3 revokes the existing SELECT.
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t3"));
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(trigger(actions, QStringLiteral("revoke:SELECT")));
    // PUBLIC is a row like any role.
    cell = select(w, QStringLiteral("PUBLIC"), QStringLiteral("eg.t1"));
    QVERIFY(cell.isValid());
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY(trigger(actions, QStringLiteral("grant:REFERENCES")));

    Plan expected;
    const ObjectRef t1{ObjectKind::Table, QStringLiteral("eg"), QStringLiteral("t1"), {}, {}};
    const ObjectRef t2{ObjectKind::Table, QStringLiteral("eg"), QStringLiteral("t2"), {}, {}};
    const ObjectRef t3{ObjectKind::Table, QStringLiteral("eg"), QStringLiteral("t3"), {}, {}};
    expected.add(GrantPrivileges{t1, QStringLiteral("eg_user"), Privilege::Select, false});
    expected.add(GrantPrivileges{t2, QStringLiteral("eg_user"), Privilege::Insert, false});
    expected.add(RevokePrivileges{t3, QStringLiteral("eg_user"), Privilege::Select, false, false, {}});
    expected.add(GrantPrivileges{t1, QString(), Privilege::References, false});
    QCOMPARE(session->pendingPlan(), expected);
    QCOMPARE(w.pendingChangesDock()->preview()->toPlainText(),
             expected.script(QStringLiteral("RoleDesk plan for database %1").arg(m_db)));
    QVERIFY(w.pendingChangesDock()->preview()->toPlainText().contains(
        u"REVOKE SELECT ON TABLE \"eg\".\"t3\" FROM \"eg_user\";"));
    QCOMPARE(w.pendingChangesDock()->list()->model()->rowCount(), 4);
}

void TstMatrixEditing::undoRedoRestoreExactly()
{
    MainWindow w;
    QVERIFY(open(w, m_db));
    MatrixEditActions *actions = w.matrixEditActions();
    QTableView *view = w.matrixPage()->view();
    Session *session = w.session();
    QModelIndex cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t1"));
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY(trigger(actions, QStringLiteral("grant:ALL")));
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t2"));
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY(trigger(actions, QStringLiteral("grantOption:UPDATE")));
    const Plan two = session->pendingPlan();
    QCOMPARE(two.size(), 2);
    // Revoking what is pending on t1 cancels the pending grant (no statement at all)...
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t1"));
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY(trigger(actions, QStringLiteral("revoke:ALL")));
    QCOMPARE(session->pendingPlan().size(), 1);
    const Plan cancelled = session->pendingPlan();
    // ...and undo brings it back at its old place.
    auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = w.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QCOMPARE(session->pendingPlan(), two);
    undo->trigger();
    undo->trigger();
    QVERIFY(session->pendingPlan().isEmpty());
    QCOMPARE(w.pendingChangesDock()->preview()->toPlainText(), QString());
    redo->trigger();
    redo->trigger();
    QCOMPARE(session->pendingPlan(), two);
    w.pendingChangesDock()->redoButton()->click();
    QCOMPARE(session->pendingPlan(), cancelled);
    // Remove and Clear are undo steps too.
    w.pendingChangesDock()->list()->selectionModel()->select(w.pendingChangesDock()->model()->index(0, 0),
                                                             QItemSelectionModel::Select);
    QTest::mouseClick(w.pendingChangesDock()->removeButton(), Qt::LeftButton);
    QVERIFY(session->pendingPlan().isEmpty());
    w.pendingChangesDock()->undoButton()->click();
    QCOMPARE(session->pendingPlan(), cancelled);
    QTest::mouseClick(w.pendingChangesDock()->clearButton(), Qt::LeftButton);
    QVERIFY(session->pendingPlan().isEmpty());
    undo->trigger();
    QCOMPARE(session->pendingPlan(), cancelled);
}

void TstMatrixEditing::saveWritesScript()
{
    MainWindow w;
    QVERIFY(open(w, m_db));
    QModelIndex cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t2"));
    emit w.matrixPage()->view()->customContextMenuRequested(w.matrixPage()->view()->visualRect(cell).center());
    QVERIFY(trigger(w.matrixEditActions(), QStringLiteral("grant:DELETE")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.sql"));
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [poll] {
        QFileDialog *dialog = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->objectName() == QLatin1String("saveSqlDialog") && top->isVisible())
                dialog = qobject_cast<QFileDialog *>(top);
        if (!dialog)
            return;
        poll->stop();
        
        // The button opens a save dialog for .sql files; the file is written by saveScript().
        QCOMPARE(dialog->defaultSuffix(), QStringLiteral("sql"));
        dialog->reject();
    });
    poll->start();
    QTest::mouseClick(w.pendingChangesDock()->saveButton(), Qt::LeftButton);
    QVERIFY(!poll->isActive());
    QVERIFY(w.pendingChangesDock()->saveScript(path));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" / ") + w.messageBar()->text()));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text, w.pendingChangesDock()->preview()->toPlainText());
    QVERIFY(text.contains(u"GRANT DELETE ON TABLE \"eg\".\"t2\" TO \"eg_user\";"));
    QCOMPARE(w.messageBar()->level(), MessageBar::Level::Info);
}

void TstMatrixEditing::applyChangesDatabaseAndClearsPlan()
{
    MainWindow w;
    QVERIFY(open(w, m_db));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(!ask(conn, QStringLiteral("SELECT has_table_privilege('eg_user', 'eg.t2', 'TRUNCATE')")));
    QModelIndex cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t2"));
    emit w.matrixPage()->view()->customContextMenuRequested(w.matrixPage()->view()->visualRect(cell).center());
    QVERIFY(trigger(w.matrixEditActions(), QStringLiteral("grant:TRUNCATE")));
    QSignalSpy finished(w.session(), &Session::applyFinished);
    QSignalSpy shown(w.session(), &Session::snapshotChanged);
    confirmApplySoon();
    QTest::mouseClick(w.pendingChangesDock()->applyButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000) || finished.size() == 1);
    const auto outcome = finished.front().front().value<ApplyOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QVERIFY(ask(conn, QStringLiteral("SELECT has_table_privilege('eg_user', 'eg.t2', 'TRUNCATE')")));
    QVERIFY(w.session()->pendingPlan().isEmpty());
    QCOMPARE(w.session()->undoStack()->count(), 0);
    QCOMPARE(shown.size(), 1); // the fresh snapshot is shown
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("eg.t2"));
    QVERIFY(cell.data().toString().contains(u'D'));
    QVERIFY(!cell.data(PrivilegeMatrixModel::PendingRole).isValid());
    QCOMPARE(w.messageBar()->level(), MessageBar::Level::Info);
    QVERIFY2(w.messageBar()->text().contains(u"Applied"), qPrintable(w.messageBar()->text()));
}

void TstMatrixEditing::editsDuringApplyStayPending()
{
    MainWindow w;
    QVERIFY(open(w, m_db));
    const ObjectRef t1{ObjectKind::Table, QStringLiteral("eg"), QStringLiteral("t1"), {}, {}};
    const GrantPrivileges first{t1, QStringLiteral("eg_user"), Privilege::References, false};
    const GrantPrivileges during{t1, QStringLiteral("eg_user"), Privilege::Trigger, false};
    QCOMPARE(w.session()->addChanges({first}, QStringLiteral("first")), 1);
    QSignalSpy finished(w.session(), &Session::applyFinished);
    QVERIFY(w.session()->applyPendingPlan());
    // The worker runs on its own thread; this edit lands while the plan is being applied.
    QCOMPARE(w.session()->addChanges({during}, QStringLiteral("during")), 1);
    QVERIFY(finished.wait(30000) || finished.size() == 1);
    const auto outcome = finished.front().front().value<ApplyOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QCOMPARE(w.session()->pendingPlan().changes(), QList<Change>{Change(during)});
    QCOMPARE(w.session()->undoStack()->count(), 0);
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(ask(conn, QStringLiteral("SELECT has_table_privilege('eg_user', 'eg.t1', 'REFERENCES')")));
    QVERIFY(!ask(conn, QStringLiteral("SELECT has_table_privilege('eg_user', 'eg.t1', 'TRIGGER')")));
}

void TstMatrixEditing::terminatedApplyKeepsPlanAndDatabase()
{
    MainWindow w;
    QVERIFY(open(w, m_bigDb));
    pg::Connection watcher;
    QVERIFY(test::openSandbox(watcher, m_bigDb));
    const QString before = acls(watcher);
    // Every table of the schema, every privilege: one "all tables in schema" edit, thousands of grants.
    QModelIndex cell = select(w, QStringLiteral("eg_user"), QStringLiteral("many.t1"));
    QVERIFY(cell.isValid());
    emit w.matrixPage()->view()->customContextMenuRequested(w.matrixPage()->view()->visualRect(cell).center());
    QMenu *menu = w.matrixEditActions()->activeMenu();
    QVERIFY(menu);
    auto *all = menu->findChild<QMenu *>(QStringLiteral("allInSchema:table"));
    QVERIFY(all);
    all->findChild<QAction *>(QStringLiteral("allInSchema:SELECT"))->trigger();
    menu->close();
    // And a second step on top, so the plan is big: UPDATE on every object of the row.
    cell = select(w, QStringLiteral("eg_user"), QStringLiteral("many.t1"));
    emit w.matrixPage()->view()->customContextMenuRequested(w.matrixPage()->view()->visualRect(cell).center());
    menu = w.matrixEditActions()->activeMenu();
    auto *row = menu->findChild<QMenu *>(QStringLiteral("rowMenu"));
    QVERIFY(row);
    row->findChild<QMenu *>(QStringLiteral("grantMenu"))->findChild<QAction *>(QStringLiteral("grant:UPDATE"))->trigger();
    menu->close();
    const Plan plan = w.session()->pendingPlan();
    QVERIFY2(plan.statements().size() >= 2 * BigTables, qPrintable(QString::number(plan.statements().size())));

    QSignalSpy finished(w.session(), &Session::applyFinished);
    confirmApplySoon();
    QTest::mouseClick(w.pendingChangesDock()->applyButton(), Qt::LeftButton);
    QVERIFY(w.session()->isApplying());
    // Kill the applying backend from the second connection once it is inside its transaction.
    bool killed = false;
    for (int i = 0; i < 4000 && !killed && finished.isEmpty(); ++i) {
        const pg::Result r = watcher.exec(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND xact_start IS NOT NULL "
            "AND query ILIKE '%GRANT%'"));
        killed = r.ok() && r.rows() > 0 && r.boolean(0, 0);
        if (!killed)
            QTest::qWait(2);
    }
    QVERIFY2(killed, "the apply was never seen running");
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    const auto outcome = finished.front().front().value<ApplyOutcome>();
    QCOMPARE(int(outcome.status), int(ApplyOutcome::Status::ConnectionLost));
    QCOMPARE(acls(watcher), before);
    QCOMPARE(w.session()->pendingPlan(), plan);
    QCOMPARE(w.session()->pendingPlan().statements().size(), plan.statements().size());
    QCOMPARE(w.messageBar()->level(), MessageBar::Level::Error);
    QVERIFY2(w.messageBar()->text().contains(u"connection was lost"), qPrintable(w.messageBar()->text()));
    QVERIFY(w.pendingChangesDock()->applyButton()->isEnabled());
}

QTEST_MAIN(TstMatrixEditing)
#include "tst_matrixediting.moc"
