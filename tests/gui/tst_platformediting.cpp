// Editing on the Platform page, on the demo organization (copied): an assignment added through its
// dialog (roles offered by scope, Estate Ingester for machine users only), undo and redo, an edit
// refused for a Project Viewer with the missing permission named, a rule edit as Project Owner
// allowed in the own project only, and saving through the difference dialog.
#include "common/messagebar.h"
#include "models/platformassignmentmodel.h"
#include "models/platformrulemodel.h"
#include "platform/platformdocument.h"
#include "platform/platformeditdialogs.h"
#include "platform/platformeditview.h"
#include "platform/platformpage.h"
#include "platform/platformsavedialog.h"

#include "tst_platformfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace roledesk;
using roledesk::test::PlatformDemoCopy;
using roledesk::test::whenModalOpens;

namespace {

QStringList comboData(const QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data << combo->itemData(i).toString();
    return data;
}

QString roleId(const PlatformPage &page, const QString &name)
{
    const PlatformRole *role = page.document()->definition().role(name);
    return role ? role->id : QString();
}

int ruleRow(const PlatformFile &file, const QString &project)
{
    for (int i = 0; i < file.rules.size(); ++i)
        if (file.rules.at(i).project == project)
            return i;
    return -1;
}

} // namespace

class TestPlatformEditing : public QObject {
    Q_OBJECT

private slots:
    void addAssignmentThroughDialogThenUndoRedo()
    {
        PlatformDemoCopy demo;
        QVERIFY(demo.ok());
        PlatformPage page;
        page.show();
        QVERIFY(page.openFile(demo.path()));
        page.showTab(PlatformPage::Tab::Editing);
        const PlatformFile before = page.document()->file();
        const QString viewer = roleId(page, QStringLiteral("Project Viewer"));
        const QString ingester = roleId(page, QStringLiteral("Estate Ingester"));
        QStringList offeredToHuman;
        QStringList offeredToMachine;
        QStringList organizationRoles;
        whenModalOpens<PlatformAssignmentDialog>([&](PlatformAssignmentDialog *dialog) {
            dialog->scopeCombo()->setCurrentIndex(dialog->scopeCombo()->findData(QString()));
            organizationRoles = comboData(dialog->roleCombo());
            dialog->scopeCombo()->setCurrentIndex(dialog->scopeCombo()->findData(QStringLiteral("ml")));
            dialog->personCombo()->setCurrentIndex(dialog->personCombo()->findData(QStringLiteral("ingest-bot")));
            offeredToMachine = comboData(dialog->roleCombo());
            dialog->personCombo()->setCurrentIndex(dialog->personCombo()->findData(QStringLiteral("frank")));
            offeredToHuman = comboData(dialog->roleCombo());
            dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(viewer));
            dialog->accept();
        });
        QTest::mouseClick(page.editView()->addAssignmentButton(), Qt::LeftButton);

        // Roles of the chosen scope only; the machine-only role for the machine user only.
        for (const QString &id : organizationRoles)
            QCOMPARE(page.document()->definition().role(id)->scope, PlatformScope::Organization);
        QVERIFY(!organizationRoles.isEmpty());
        QVERIFY(offeredToMachine.contains(ingester));
        QVERIFY(!offeredToHuman.contains(ingester));
        QVERIFY(offeredToHuman.contains(viewer));
        for (const QString &id : offeredToHuman)
            QCOMPARE(page.document()->definition().role(id)->scope, PlatformScope::Project);

        const PlatformAssignment added{QStringLiteral("frank"), viewer, QStringLiteral("ml"), 0};
        QCOMPARE(page.document()->file().assignments.size(), before.assignments.size() + 1);
        PlatformAssignment last = page.document()->file().assignments.last();
        last.line = 0;
        QCOMPARE(last, added);
        QCOMPARE(page.editView()->assignmentModel()->rowCount(), before.assignments.size() + 1);
        bool granted = false;
        for (const PlatformRoleGrant &g : page.document()->evaluation().rolesOf(QStringLiteral("frank")))
            granted = granted || (g.role == viewer && g.project == QLatin1String("ml") && g.source == PlatformRoleGrant::Source::Manual);
        QVERIFY(granted);
        QVERIFY(page.document()->isModified());
        QVERIFY(page.fileLabel()->text().contains(PlatformPage::tr("modified")));

        // Undo restores the file exactly; redo brings the edit back.
        QVERIFY(page.undoAction()->isEnabled());
        page.undoAction()->trigger();
        QCOMPARE(page.document()->file().assignments, before.assignments);
        QVERIFY(!page.document()->isModified());
        QVERIFY(!page.fileLabel()->text().contains(PlatformPage::tr("modified")));
        page.redoAction()->trigger();
        QCOMPARE(page.document()->file().assignments.size(), before.assignments.size() + 1);
        QVERIFY(page.document()->isModified());

        // An edit the file format refuses (the same assignment twice) is not taken.
        QVERIFY(!page.editView()->addAssignment(added));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Error);
        QCOMPARE(page.document()->undoStack()->count(), 1);
    }

    void refusedForProjectViewer()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        page.setActingPerson(QStringLiteral("ivan")); // Project Viewer of analytics
        QCOMPARE(page.document()->actingPerson(), QStringLiteral("ivan"));
        QCOMPARE(page.actingPersonCombo()->currentData().toString(), QStringLiteral("ivan"));
        const PlatformFile before = page.document()->file();
        PlatformAssignment a{QStringLiteral("frank"), roleId(page, QStringLiteral("Project Editor")), QStringLiteral("analytics"), 0};
        QVERIFY(!page.editView()->addAssignment(a));
        QCOMPARE(page.document()->file().assignments, before.assignments);
        QCOMPARE(page.document()->undoStack()->count(), 0);
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Error);
        const QString needed = page.document()->definition()
                                   .permission(page.document()->definition().permissionFor(PlatformAction::AssignProjectRoles))->name;
        QVERIFY2(page.messageBar()->text().contains(needed), qPrintable(page.messageBar()->text()));
        // Removing a rule is refused too, and names the rule permission.
        QVERIFY(!page.editView()->removeRule(ruleRow(before, QStringLiteral("analytics"))));
        const QString rules = page.document()->definition()
                                  .permission(page.document()->definition().permissionFor(PlatformAction::EditProjectRules))->name;
        QVERIFY2(page.messageBar()->text().contains(rules), qPrintable(page.messageBar()->text()));
        QCOMPARE(page.document()->file().rules, before.rules);
        test::grabIfAsked(&page, page.editView(), QStringLiteral("platform-edit-refused"));
    }

    void projectOwnerEditsOwnProjectRulesOnly()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // F2 is a shortcut of the visible table
        QVERIFY(page.openFile(demo.path()));
        page.setActingPerson(QStringLiteral("bob")); // Project Owner of analytics
        const PlatformFile before = page.document()->file();
        const int own = ruleRow(before, QStringLiteral("analytics"));
        const int other = ruleRow(before, QStringLiteral("ml"));
        QVERIFY(own >= 0 && other >= 0);

        // Through the rule dialog: another group for the analytics rule.
        page.showTab(PlatformPage::Tab::Editing);
        page.editView()->rulesView()->setCurrentIndex(page.editView()->ruleModel()->index(own, 0));
        QString dialogScope;
        whenModalOpens<PlatformRuleDialog>([&dialogScope](PlatformRuleDialog *dialog) {
            dialogScope = dialog->scopeCombo()->currentData().toString();
            dialog->groupsEdit()->setText(QStringLiteral("analysts"));
            dialog->accept();
        });
        page.editView()->rulesView()->setFocus();
        QTest::keyClick(page.editView()->rulesView(), Qt::Key_F2);
        QCOMPARE(dialogScope, QStringLiteral("analytics"));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Info);
        const PlatformRule changed = page.document()->file().rules.at(own);
        QCOMPARE(changed.name, before.rules.at(own).name);
        QVERIFY(changed.conditions.contains(PlatformCondition{PlatformCondition::Kind::Group, QStringLiteral("analysts")}));
        // frank (analysts) now gets the rule's roles in analytics.
        bool byRule = false;
        for (const PlatformRoleGrant &g : page.document()->evaluation().rolesOf(QStringLiteral("frank")))
            byRule = byRule || (g.rule == changed.name && g.project == QLatin1String("analytics"));
        QVERIFY(byRule);

        // The ml rule is not bob's to change.
        PlatformRule ml = before.rules.at(other);
        ml.conditions.append({PlatformCondition::Kind::Group, QStringLiteral("analysts")});
        QVERIFY(!page.editView()->replaceRule(other, ml));
        QCOMPARE(page.document()->file().rules.at(other), before.rules.at(other));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(page.messageBar()->text().contains(QStringLiteral("ml")));
        // Nor may a new organization rule be added.
        PlatformRule org{QStringLiteral("everyone administers"), {}, {{PlatformCondition::Kind::Group, QStringLiteral("staff")}},
                         {roleId(page, QStringLiteral("Organization Administrator"))}, 0};
        QVERIFY(!page.editView()->addRule(org));
        QCOMPARE(page.document()->file().rules.size(), before.rules.size());
        QCOMPARE(page.document()->undoStack()->count(), 1);
    }

    void saveShowsDiffAndWrites()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        const QByteArray original = demo.read();
        PlatformAssignment a{QStringLiteral("heidi"), roleId(page, QStringLiteral("Project Editor")), QStringLiteral("migration"), 0};
        QVERIFY(page.editView()->addAssignment(a));
        const QByteArray text = page.document()->text();

        // Cancel: nothing written, still modified.
        whenModalOpens<PlatformSaveDialog>([](PlatformSaveDialog *dialog) { dialog->reject(); });
        QVERIFY(!page.save());
        QCOMPARE(demo.read(), original);
        QVERIFY(page.document()->isModified());

        // Save: the dialog showed exactly the difference from the file on disk.
        QString shown;
        whenModalOpens<PlatformSaveDialog>([&shown](PlatformSaveDialog *dialog) {
            shown = dialog->diffView()->toPlainText();
            dialog->accept();
        });
        page.saveAction()->trigger();
        QCOMPARE(shown, PlatformFileFormat::diff(original, text));
        QStringList added;
        for (const QString &line : shown.split(u'\n'))
            if (line.startsWith(u'+') && !line.startsWith(QLatin1String("+++")))
                added << line;
        QVERIFY2(added.size() == 1 && added.constFirst().contains(QStringLiteral("heidi")), qPrintable(shown));
        QCOMPARE(demo.read(), text);
        QVERIFY(!page.document()->isModified());
        const PlatformFileLoad again = PlatformFileFormat::load(demo.path());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.file.assignments.size(), page.document()->file().assignments.size());

        // Save As to a new file: the dialog says it is new, and the page follows the new path.
        const QString copy = demo.path(QStringLiteral("copy.yaml"));
        QVERIFY(page.editView()->removeAssignment(int(page.document()->file().assignments.size()) - 1));
        whenModalOpens<PlatformSaveDialog>([](PlatformSaveDialog *dialog) { dialog->accept(); });
        QVERIFY(page.saveTo(copy));
        QCOMPARE(page.document()->path(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(demo.read(QStringLiteral("copy.yaml")), page.document()->text());
        QCOMPARE(demo.read(), text); // the first file kept what was saved there
    }

    void keyboard()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        page.resize(1400, 800); // the whole toolbar in view (a narrow one folds its end away)
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.openFile(demo.path()));
        page.peopleFilter()->setFocus();
        // Tab order: filter → people → the centre tabs.
        QTest::keyClick(page.peopleFilter(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page.peopleView()));
        // Ctrl+S saves through the difference dialog.
        bool asked = false;
        whenModalOpens<PlatformSaveDialog>([&asked](PlatformSaveDialog *dialog) {
            asked = true;
            dialog->reject();
        });
        QTest::keyClick(page.peopleView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(asked);
        page.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.peopleView()->setFocus();
        // Alt+Y opens Load directory's menu (import file or LDAP).
        QStringList offered;
        QTimer popupWatch;
        popupWatch.setInterval(20);
        connect(&popupWatch, &QTimer::timeout, this, [&] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                popupWatch.stop();
                for (const QAction *a : popup->actions())
                    offered << a->objectName();
                popup->close();
            }
        });
        popupWatch.start();
        QTest::keyClick(page.peopleView(), Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY2(!offered.isEmpty(), "no popup");
        QCOMPARE(offered, QStringList({QStringLiteral("actionLoadDirectoryFile"), QStringLiteral("actionLoadDirectoryLdap")}));
        // Alt+A goes to "Act as"; the Assignments tab's table takes Insert for a new assignment.
        page.activateWindow(); // back from the menu
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(page.peopleView(), Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page.actingPersonCombo()));
        page.showTab(PlatformPage::Tab::Editing);
        page.editView()->assignmentsView()->setFocus();
        bool opened = false;
        whenModalOpens<PlatformAssignmentDialog>([&opened](PlatformAssignmentDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        QTest::keyClick(page.editView()->assignmentsView(), Qt::Key_Insert);
        QVERIFY(opened);
        QCOMPARE(page.document()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestPlatformEditing)
#include "tst_platformediting.moc"
