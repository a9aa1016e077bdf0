#include "tst_schemagroupspage.h"

using namespace roledesk;
using namespace sgpage;
using M = SchemaGroupMatrixModel;

void TstSchemaGroupsPage::titleAndCells()
{
    Session session;
    SchemaGroupsPage page(&session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.view()->isVisible());
    QVERIFY(open(session));

    QVERIFY2(page.titleLabel()->text().contains(QStringLiteral("SLPM")), qPrintable(page.titleLabel()->text()));
    QVERIFY2(page.titleLabel()->text().contains(QStringLiteral("slpm_ce 1.0")), qPrintable(page.titleLabel()->text()));
    QVERIFY(page.view()->isVisible());
    // The operations bar (enabled model: migrate, disable, rename) and the drift list are on the page.
    QVERIFY(page.operationsBar()->migrateButton()->isVisible());
    QVERIFY(page.operationsBar()->renameButton()->isVisible());
    QVERIFY(page.driftPanel()->isVisible());
    QCOMPARE(page.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Admin"));
    for (const QString &schema : {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public")}) {
        const int c = column(page, schema);
        QVERIFY2(c > 0, qPrintable(schema));
        QCOMPARE(page.model()->headerData(c, Qt::Horizontal).toString(), schema);
    }
    // Rename acts on the schema of the current cell.
    page.view()->setCurrentIndex(page.proxy()->index(0, column(page, QStringLiteral("Mixed Case"))));
    QCOMPARE(page.operationsBar()->currentSchema(), QStringLiteral("Mixed Case"));
    QVERIFY(page.operationsBar()->renameButton()->isEnabled());
    // Rows: the users, never the groups.
    for (const QString &u : kUsers.mid(0, 4))
        QVERIFY2(page.model()->rowForUser(u) >= 0, qPrintable(u));
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(!page.model()->userAt(row).startsWith(kDb + u'.'));

    // bob: writer in sales, directly; nothing in Mixed Case.
    const QModelIndex bob = cell(page, QStringLiteral("sgp_bob"), QStringLiteral("sales"));
    QCOMPARE(bob.data().toString(), QStringLiteral("writer"));
    QCOMPARE(GroupLevel(bob.data(M::DirectLevelRole).toInt()), GroupLevel::Writer);
    QCOMPARE(GroupLevel(bob.data(M::LevelRole).toInt()), GroupLevel::Writer);
    QVERIFY(!bob.data(M::PendingRole).isValid());
    QVERIFY(!bob.data(M::OnlyInheritedRole).toBool());
    QVERIFY(cell(page, QStringLiteral("sgp_bob"), QStringLiteral("Mixed Case")).data().toString().isEmpty());

    // dan: admin directly; developer of each schema only through the admin group, told apart.
    const QModelIndex danAdmin = cell(page, QStringLiteral("sgp_dan"), {});
    QCOMPARE(GroupLevel(danAdmin.data(M::DirectLevelRole).toInt()), GroupLevel::Admin);
    QCOMPARE(danAdmin.data().toString(), QStringLiteral("admin"));
    const QModelIndex dan = cell(page, QStringLiteral("sgp_dan"), QStringLiteral("Mixed Case"));
    QCOMPARE(GroupLevel(dan.data(M::DirectLevelRole).toInt()), GroupLevel::None);
    QCOMPARE(GroupLevel(dan.data(M::InheritedLevelRole).toInt()), GroupLevel::Developer);
    QCOMPARE(GroupLevel(dan.data(M::LevelRole).toInt()), GroupLevel::Developer);
    QVERIFY2(dan.data().toString().contains(QStringLiteral("developer")), qPrintable(dan.data().toString()));
    QVERIFY(dan.data(M::OnlyInheritedRole).toBool());
    QVERIFY2(dan.data(M::ViaRole).toString().contains(group(QStringLiteral("admin"))), qPrintable(dan.data(M::ViaRole).toString()));
    QVERIFY2(dan.data(Qt::ToolTipRole).toString().contains(group(QStringLiteral("admin"))),
             qPrintable(dan.data(Qt::ToolTipRole).toString()));

    // The sandbox's superuser is marked.
    if (page.model()->rowForUser(m_superuser) >= 0) {
        const QModelIndex su = cell(page, m_superuser, QStringLiteral("sales"));
        QVERIFY(su.data(M::SuperuserRole).toBool());
        QVERIFY(su.data().toString().contains(QStringLiteral("superuser")));
    }

    // The side list: every group, with its direct members.
    QTreeWidget *tree = page.groupTree();
    QCOMPARE(tree->topLevelItemCount(), 1 + 3 * 3);
    QTreeWidgetItem *writers = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(group(QStringLiteral("sales.writer"))))
            writers = tree->topLevelItem(i);
    QVERIFY(writers);
    QStringList members; // bob, and the developer group that slpm_ce puts in writer
    for (int i = 0; i < writers->childCount(); ++i)
        members << writers->child(i)->text(0);
    QVERIFY2(members.contains(QStringLiteral("sgp_bob")), qPrintable(members.join(u',')));
    QVERIFY(!members.contains(QStringLiteral("sgp_ann")));
}

void TstSchemaGroupsPage::keyGrantsAndApplies()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));

    const int sales = column(page, QStringLiteral("sales"));
    QVERIFY(page.selectCell(QStringLiteral("sgp_ann"), sales));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_2);
    QCOMPARE(session.pendingPlan().size(), 1);
    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.at(0).sql, QStringLiteral("CALL slpm_grant($1, $2)"));
    QCOMPARE(statements.at(0).params, (pg::Params{QStringLiteral("\"sgpage_db.sales.writer\""), QStringLiteral("\"sgp_ann\"")}));
    QCOMPARE(session.undoStack()->count(), 1);
    // Marked as pending, at the level it leads to.
    const QModelIndex ann = cell(page, QStringLiteral("sgp_ann"), QStringLiteral("sales"));
    QCOMPARE(GroupLevel(ann.data(M::PendingRole).toInt()), GroupLevel::Writer);
    QCOMPARE(ann.data().toString(), QStringLiteral("writer"));
    // The same key again changes nothing.
    QTest::keyClick(page.view(), Qt::Key_2);
    QCOMPARE(session.pendingPlan().size(), 1);

    QVERIFY(applyAndWait(session));
    QCOMPARE(session.pendingPlan().size(), 0);
    const QModelIndex after = cell(page, QStringLiteral("sgp_ann"), QStringLiteral("sales"));
    QCOMPARE(GroupLevel(after.data(M::DirectLevelRole).toInt()), GroupLevel::Writer);
    QVERIFY(!after.data(M::PendingRole).isValid());
    QCOMPARE(after.data().toString(), QStringLiteral("writer"));

    // 0 takes ann out again (one revoke), applied back to where the fixture was.
    QVERIFY(page.selectCell(QStringLiteral("sgp_ann"), sales));
    QTest::keyClick(page.view(), Qt::Key_0);
    QCOMPARE(session.pendingPlan().statements().size(), 1);
    QCOMPARE(session.pendingPlan().statements().at(0).sql, QStringLiteral("CALL slpm_revoke($1, $2)"));
    QVERIFY(applyAndWait(session));
    QCOMPARE(GroupLevel(cell(page, QStringLiteral("sgp_ann"), QStringLiteral("sales")).data(M::LevelRole).toInt()),
             GroupLevel::None);
}

void TstSchemaGroupsPage::editorChangesWriterToViewer()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));

    QVERIFY(page.selectCell(QStringLiteral("sgp_bob"), column(page, QStringLiteral("sales"))));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return);
    auto *combo = page.view()->findChild<QComboBox *>(QStringLiteral("schemaGroupLevelEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4); // none, viewer, writer, developer
    QCOMPARE(GroupLevel(combo->currentData().toInt()), GroupLevel::Writer);
    const int viewer = combo->findData(int(GroupLevel::Viewer));
    QVERIFY(viewer > 0);
    combo->setCurrentIndex(viewer);
    emit combo->activated(viewer);

    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).sql, QStringLiteral("CALL slpm_revoke($1, $2)"));
    QCOMPARE(statements.at(0).params, (pg::Params{QStringLiteral("\"sgpage_db.sales.writer\""), QStringLiteral("\"sgp_bob\"")}));
    QCOMPARE(statements.at(1).sql, QStringLiteral("CALL slpm_grant($1, $2)"));
    QCOMPARE(statements.at(1).params, (pg::Params{QStringLiteral("\"sgpage_db.sales.viewer\""), QStringLiteral("\"sgp_bob\"")}));
    QCOMPARE(session.undoStack()->count(), 1); // one undo step for both
    const QModelIndex bob = cell(page, QStringLiteral("sgp_bob"), QStringLiteral("sales"));
    QCOMPARE(GroupLevel(bob.data(M::PendingRole).toInt()), GroupLevel::Viewer);
    QCOMPARE(bob.data().toString(), QStringLiteral("viewer"));
    session.undoStack()->undo();
    QCOMPARE(session.pendingPlan().size(), 0);
    QVERIFY(!cell(page, QStringLiteral("sgp_bob"), QStringLiteral("sales")).data(M::PendingRole).isValid());
}

void TstSchemaGroupsPage::adminKeyAndWrongColumn()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));

    // A on the admin column grants admin; pressed again it takes it back (the plan empties).
    QVERIFY(page.selectCell(QStringLiteral("sgp_cat"), 0));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_A);
    QCOMPARE(session.pendingPlan().statements().size(), 1);
    QCOMPARE(session.pendingPlan().statements().at(0).params.value(0).toString(), QStringLiteral("\"sgpage_db.admin\""));
    QTest::keyClick(page.view(), Qt::Key_A);
    QCOMPARE(session.pendingPlan().size(), 0);
    // 2 on the admin column and A on a schema column are refused with a note.
    QTest::keyClick(page.view(), Qt::Key_2);
    QCOMPARE(session.pendingPlan().size(), 0);
    QCOMPARE(page.lastNotes().size(), 1);
    QVERIFY(page.notesBar()->isVisible());
    QVERIFY(page.selectCell(QStringLiteral("sgp_cat"), column(page, QStringLiteral("sales"))));
    QTest::keyClick(page.view(), Qt::Key_A);
    QCOMPARE(session.pendingPlan().size(), 0);
    QCOMPARE(page.lastNotes().size(), 1);
}

void TstSchemaGroupsPage::dropOnGroupAddsUsers()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));

    // The rows of cat and ann dragged from the matrix (as the view makes the data) onto Mixed Case's viewer group.
    const QModelIndexList rows = {page.proxy()->mapFromSource(cell(page, QStringLiteral("sgp_cat"), QStringLiteral("sales"))),
                                  page.proxy()->mapFromSource(cell(page, QStringLiteral("sgp_cat"), {})),
                                  page.proxy()->mapFromSource(cell(page, QStringLiteral("sgp_ann"), {}))};
    std::unique_ptr<QMimeData> mime(page.view()->model()->mimeData(rows));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(M::usersMimeType()));
    QTreeWidget *tree = page.groupTree();
    const QString target = group(QStringLiteral("Mixed Case.viewer"));
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(target))
            item = tree->topLevelItem(i);
    QVERIFY(item);
    tree->scrollToItem(item);
    const QPointF at = tree->visualItemRect(item).center();
    QVERIFY2(tree->itemAt(at.toPoint()) == item, qPrintable(QStringLiteral("%1,%2 in %3x%4").arg(at.x()).arg(at.y())
                                                             .arg(tree->viewport()->width()).arg(tree->viewport()->height())));
    // As a drag does: enter and move (which make the tree the drop target), then the drop.
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(statements.at(i).sql, QStringLiteral("CALL slpm_grant($1, $2)"));
        QCOMPARE(statements.at(i).params.value(0).toString(), QStringLiteral("\"sgpage_db.Mixed Case.viewer\""));
    }
    QCOMPARE(statements.at(0).params.value(1).toString(), QStringLiteral("\"sgp_cat\""));
    QCOMPARE(statements.at(1).params.value(1).toString(), QStringLiteral("\"sgp_ann\""));
    QCOMPARE(session.undoStack()->count(), 1);
    // The side list shows them joining (the tree was refilled: find the group again).
    QTreeWidgetItem *refilled = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, GroupMemberTree::GroupNameRole).toString() == target)
            refilled = tree->topLevelItem(i);
    QVERIFY(refilled);
    QStringList children;
    for (int i = 0; i < refilled->childCount(); ++i)
        children << refilled->child(i)->text(0);
    QVERIFY2(children.contains(QStringLiteral("sgp_cat (pending: joins)")), qPrintable(children.join(u',')));

    // The public method a drop uses: bob (writer in sales) dragged onto sales' developer group.
    QCOMPARE(page.addUsersToGroup({QStringLiteral("sgp_bob")}, group(QStringLiteral("sales.developer"))), 2);
    QCOMPARE(session.pendingPlan().statements().at(2).sql, QStringLiteral("CALL slpm_revoke($1, $2)"));
    QCOMPARE(session.pendingPlan().statements().at(3).params.value(0).toString(), QStringLiteral("\"sgpage_db.sales.developer\""));
    // Without the mouse: the users selected in the matrix, the group current in the list, the button.
    session.clearPendingPlan();
    page.view()->clearSelection();
    QVERIFY(page.selectCell(QStringLiteral("sgp_cat"), 0));
    page.view()->selectionModel()->select(page.view()->currentIndex(), QItemSelectionModel::Select);
    page.view()->selectionModel()->select(page.proxy()->mapFromSource(cell(page, QStringLiteral("sgp_ann"), QStringLiteral("sales"))),
                                          QItemSelectionModel::Select);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, GroupMemberTree::GroupNameRole).toString() == group(QStringLiteral("sales.writer")))
            tree->setCurrentItem(tree->topLevelItem(i));
    QTest::mouseClick(page.addToGroupButton(), Qt::LeftButton);
    QCOMPARE(session.pendingPlan().statements().size(), 2);
    QStringList added;
    for (const Statement &st : session.pendingPlan().statements()) {
        QCOMPARE(st.params.value(0).toString(), QStringLiteral("\"sgpage_db.sales.writer\""));
        added << st.params.value(1).toString();
    }
    added.sort();
    QCOMPARE(added, (QStringList{QStringLiteral("\"sgp_ann\""), QStringLiteral("\"sgp_cat\"")}));

    // An unknown group: a note, nothing added.
    QCOMPARE(page.addUsersToGroup({QStringLiteral("sgp_bob")}, QStringLiteral("nosuch.group")), 0);
    QCOMPARE(page.lastNotes().size(), 1);
}

void TstSchemaGroupsPage::newUser()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));
    QVERIFY(page.newUserButton()->isEnabled());

    // A reserved name is refused with a note and nothing joins the plan.
    QCOMPARE(page.createUser(QStringLiteral("sgp_reportviewer"), QString()), 0);
    QCOMPARE(session.pendingPlan().size(), 0);
    QCOMPARE(page.lastNotes().size(), 1);
    QVERIFY2(page.lastNotes().first().contains(QStringLiteral("sgp_reportviewer")), qPrintable(page.lastNotes().first()));
    QVERIFY(page.notesBar()->isVisible());
    // A taken name too.
    QCOMPARE(page.createUser(QStringLiteral("sgp_bob"), QString()), 0);
    QCOMPARE(session.pendingPlan().size(), 0);

    // A good one joins the plan as CALL slpm_create_user, straight into a group.
    QCOMPARE(page.createUser(QStringLiteral("sgp_newbie"), group(QStringLiteral("sales.viewer"))), 1);
    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.at(0).sql, QStringLiteral("CALL slpm_create_user($1, $2)"));
    QCOMPARE(statements.at(0).params, (pg::Params{QStringLiteral("\"sgp_newbie\""), QStringLiteral("\"sgpage_db.sales.viewer\"")}));
    QVERIFY(page.notesBar()->isHidden());
    session.clearPendingPlan();
}

void TstSchemaGroupsPage::newUserDialog()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));
    // The dialog offers every group, preselects the current cell's column; OK creates the user.
    QVERIFY(page.selectCell(QStringLiteral("sgp_cat"), column(page, QStringLiteral("Mixed Case"))));
    bool filled = false;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = page.findChild<QDialog *>(QStringLiteral("newSchemaGroupUserDialog"));
        if (!dialog)
            return;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newUserName"));
        auto *group = dialog->findChild<QComboBox *>(QStringLiteral("newUserGroup"));
        filled = name && group && group->count() == 1 + 10
                 && group->currentData().toString() == kDb + QStringLiteral(".Mixed Case.viewer");
        if (name)
            QTest::keyClicks(name, QStringLiteral("sgp_newbie"));
        dialog->accept();
    });
    QTest::mouseClick(page.newUserButton(), Qt::LeftButton);
    QVERIFY(filled);
    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.at(0).sql, QStringLiteral("CALL slpm_create_user($1, $2)"));
    QCOMPARE(statements.at(0).params,
             (pg::Params{QStringLiteral("\"sgp_newbie\""), QStringLiteral("\"sgpage_db.Mixed Case.viewer\"")}));
    session.clearPendingPlan();
}

void TstSchemaGroupsPage::mainWindowTab()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SchemaGroupsPage *page = window.schemaGroupsPage();
    QVERIFY(page);
    QTabWidget *tabs = nullptr;
    for (QTabWidget *t : window.findChildren<QTabWidget *>())
        if (t->indexOf(page) >= 0)
            tabs = t;
    QVERIFY(tabs);
    QCOMPARE(tabs->indexOf(page), int(MainWindow::Page::Groups));
    QCOMPARE(tabs->indexOf(window.modelsPage()) + 1, int(MainWindow::Page::Groups)); // right after Models
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Schema &groups"));
    QVERIFY(!page->isVisible());
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->titleLabel()->text(), QStringLiteral("Schema groups — not connected"));
    window.showPage(MainWindow::Page::Matrix);
    QVERIFY(!page->isVisible());
    window.showPage(MainWindow::Page::Groups);
    QVERIFY(page->isVisible());
}

void TstSchemaGroupsPage::filterUsers()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session));
    QVERIFY(page.view()->model()->rowCount() >= 4);
    QTest::keyClicks(page.userFilterEdit(), QStringLiteral("SGP_B"));
    QCOMPARE(page.view()->model()->rowCount(), 1);
    QCOMPARE(page.view()->model()->index(0, 0).data(M::UserRole).toString(), QStringLiteral("sgp_bob"));
    // Keys act on the filtered cell.
    page.view()->setCurrentIndex(page.view()->model()->index(0, column(page, QStringLiteral("sales"))));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_3);
    QCOMPARE(session.pendingPlan().statements().size(), 2);
    QCOMPARE(session.pendingPlan().statements().at(1).params.value(1).toString(), QStringLiteral("\"sgp_bob\""));
    session.clearPendingPlan();
}

void TstSchemaGroupsPage::databaseWithoutGroups()
{
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session, QStringLiteral("postgres")));
    QCOMPARE(page.titleLabel()->text(), QStringLiteral("Standard PostgreSQL permissions: no schema groups"));
    QCOMPARE(page.model()->columnCount(), 0);
    QVERIFY(!page.view()->isVisible());
    QCOMPARE(page.groupTree()->topLevelItemCount(), 0);
    QVERIFY(!page.newUserButton()->isEnabled());
    QCOMPARE(page.createUser(QStringLiteral("sgp_x"), QString()), 0);
}

void TstSchemaGroupsPage::spmDatabase()
{
    // SPM: one column for every schema, spm_* calls, groups {db}_level.
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(pg::quoteIdent(kSpmDb))));
    {
        pg::Connection spm;
        QVERIFY(test::openSandbox(spm, kSpmDb));
        QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE SCHEMA sales")));
        QVERIFY(test::execOrFail(spm, QStringLiteral("CREATE EXTENSION slpm_ce")));
        QVERIFY(test::execOrFail(spm, QStringLiteral("CALL spm_enable()")));
        for (int calls = 0;; ++calls) {
            QVERIFY2(calls < 20, "spm_migrate never answered COMPLETED");
            if (test::queryColumn(spm, QStringLiteral("CALL spm_migrate(0)")) == QStringList{QStringLiteral("COMPLETED")})
                break;
        }
        QVERIFY(test::execOrFail(spm, QStringLiteral("CALL spm_grant($1, $2)"),
                                 {schemagroups::callArgument(kSpmDb + QStringLiteral("_writer")), QStringLiteral("sgp_cat")}));
    }
    Session session;
    SchemaGroupsPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(open(session, kSpmDb));
    QVERIFY2(page.titleLabel()->text().startsWith(QStringLiteral("Schema groups — SPM (slpm_ce")),
             qPrintable(page.titleLabel()->text()));
    QCOMPARE(page.model()->columnCount(), 2);
    QCOMPARE(page.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("All schemas"));
    const QModelIndex cat = page.model()->index(page.model()->rowForUser(QStringLiteral("sgp_cat")), 1);
    QCOMPARE(cat.data().toString(), QStringLiteral("writer"));
    QVERIFY(page.selectCell(QStringLiteral("sgp_cat"), 1));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_1);
    const QList<Statement> statements = session.pendingPlan().statements();
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).sql, QStringLiteral("CALL spm_revoke($1, $2)"));
    QCOMPARE(statements.at(0).params, (pg::Params{QStringLiteral("\"sgpage_spm_db_writer\""), QStringLiteral("\"sgp_cat\"")}));
    QCOMPARE(statements.at(1).sql, QStringLiteral("CALL spm_grant($1, $2)"));
    QCOMPARE(statements.at(1).params, (pg::Params{QStringLiteral("\"sgpage_spm_db_viewer\""), QStringLiteral("\"sgp_cat\"")}));
    QVERIFY(applyAndWait(session));
    QCOMPARE(GroupLevel(page.model()->index(page.model()->rowForUser(QStringLiteral("sgp_cat")), 1)
                            .data(M::DirectLevelRole).toInt()),
             GroupLevel::Viewer);
}

QTEST_MAIN(TstSchemaGroupsPage)
