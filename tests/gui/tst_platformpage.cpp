// The Platform page on the demo organization (resources/demo/platform, copied): the grid against
// the definition, a permission's holders, a person's rows with why, "Who can…?" exported through
// the page and compared with PlatformExport, a broken file that keeps the current one, an import
// directory, and the page inside MainWindow (tab, menu, Undo keys, closing with unsaved edits).
#include "common/messagebar.h"
#include "models/platformassignmentmodel.h"
#include "models/platformgrantmodel.h"
#include "models/platformgridmodel.h"
#include "models/platformpeoplemodel.h"
#include "platform/platformdocument.h"
#include "platform/platformeditview.h"
#include "platform/platformexport.h"
#include "platform/platformgridheader.h"
#include "platform/platformgridview.h"
#include "platform/platformpage.h"
#include "platform/platformpersonview.h"
#include "platform/platformwhocanview.h"
#include "window/mainwindow.h"

#include "tst_platformfixture.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace roledesk;
using roledesk::test::PlatformDemoCopy;
using roledesk::test::whenModalOpens;

namespace {

/// Exposes the delegate's style option, to see the font a row is drawn in.
struct GrantDelegateProbe : PlatformGrantDelegate {
    using PlatformGrantDelegate::initStyleOption;
};

bool italicIn(const QModelIndex &index)
{
    GrantDelegateProbe probe;
    QStyleOptionViewItem option;
    probe.initStyleOption(&option, index);
    return option.font.italic();
}

/// A grant row as "person|project|role|rule" for comparing a view with the evaluation.
QString key(const QString &person, const QString &project, const QString &role, const QString &rule)
{
    return QStringList{person, project, role, rule}.join(u'|');
}

QStringList rowsOf(const PlatformGrantModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        rows << key(i.data(PlatformGrantModel::PersonIdRole).toString(), i.data(PlatformGrantModel::ProjectRole).toString(),
                    i.data(PlatformGrantModel::RoleIdRole).toString(), i.data(PlatformGrantModel::RuleRole).toString());
    }
    rows.sort();
    return rows;
}

QStringList rowsOf(const QList<PlatformPermissionGrant> &grants)
{
    QStringList rows;
    for (const PlatformPermissionGrant &g : grants)
        rows << key(g.person, g.project, g.because.role, g.because.rule);
    rows.sort();
    return rows;
}

} // namespace

class TestPlatformPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the save dialogs' remembered folder stays out of the user's settings
    }

    void opensDemoAndGridMatchesDefinition()
    {
        PlatformDemoCopy demo;
        QVERIFY(demo.ok());
        PlatformPage page;
        page.show();
        QVERIFY2(page.openFile(demo.path()), qPrintable(page.messageBar()->text()));
        QCOMPARE(page.document()->path(), QFileInfo(demo.path()).absoluteFilePath());
        QVERIFY(page.fileLabel()->text().contains(QStringLiteral("acme.yaml")));
        // The import the file names came with it: people of the directory are there.
        QVERIFY(page.document()->directory());
        QVERIFY(page.document()->evaluation().people().contains(QStringLiteral("alice")));
        QVERIFY(page.document()->evaluation().people().contains(QStringLiteral("ivan")));

        const PlatformDefinition &definition = PlatformDefinition::builtin(page.document()->file().definitionId);
        const QAbstractItemModel *grid = page.gridView()->grid()->model();
        QCOMPARE(grid->rowCount(), definition.permissions.size());
        QCOMPARE(grid->columnCount(), definition.roles.size());
        int held = 0;
        for (int row = 0; row < grid->rowCount(); ++row)
            for (int column = 0; column < grid->columnCount(); ++column) {
                const QModelIndex cell = grid->index(row, column);
                const bool holds = definition.holds(cell.data(PlatformGridModel::RoleIdRole).toString(),
                                                    definition.permissions.at(row).id);
                QCOMPARE(cell.data(PlatformGridModel::HeldRole).toBool(), holds);
                held += holds;
            }
        QVERIFY(held > definition.permissions.size()); // not an empty grid
        // Column headers: abbreviation, and the full name with the scope on hover.
        const PlatformRole *first = definition.role(grid->headerData(0, Qt::Horizontal, PlatformGridModel::RoleIdRole).toString());
        QVERIFY(first);
        QCOMPARE(first->scope, PlatformScope::Organization);
        QVERIFY(grid->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(first->name));

        // The sidebar: the organization with its projects, and the people.
        QCOMPARE(page.organizationView()->model()->index(0, 0).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(page.organizationView()->model()->rowCount(page.organizationView()->model()->index(0, 0)),
                 page.document()->file().projects.size());
        QCOMPARE(page.peopleView()->model()->rowCount(), page.document()->evaluation().people().size());
        page.peopleFilter()->setText(QStringLiteral("Ångström")); // (keyClicks takes Latin-1 only)
        QCOMPARE(page.peopleView()->model()->rowCount(), 1);
        QCOMPARE(page.peopleView()->model()->index(0, 0).data(PlatformPeopleModel::PersonIdRole).toString(), QStringLiteral("zoe"));
    }

    void selectedPermissionShowsHolders()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        const QString permission = page.document()->definition().permissionFor(PlatformAction::AssignProjectRoles);
        QVERIFY(!permission.isEmpty());
        // Selecting the row with the keyboard shows the holders, as the evaluation has them.
        const int row = page.gridView()->model()->rowOfPermission(permission);
        page.gridView()->grid()->setCurrentIndex(page.gridView()->model()->index(row, 2));
        QCOMPARE(page.gridView()->currentPermission(), permission);
        const QList<PlatformPermissionGrant> expected = page.document()->evaluation().whoCan(permission);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rowsOf(page.gridView()->holdersModel()), rowsOf(expected));
        QStringList people;
        for (int r = 0; r < page.gridView()->holdersModel()->rowCount(); ++r)
            people << page.gridView()->holdersModel()->index(r, 0).data(PlatformGrantModel::PersonIdRole).toString();
        QVERIFY(people.contains(QStringLiteral("bob"))); // Project Owner of analytics
        QVERIFY(!people.contains(QStringLiteral("ivan"))); // a Project Viewer may not
    }

    void personViewRowsWithWhy()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        PlatformPersonView *view = page.personView();
        QVERIFY(view->setPerson(QStringLiteral("bob")));
        const PlatformEvaluation &e = page.document()->evaluation();
        const QList<PlatformRoleGrant> roles = e.rolesOf(QStringLiteral("bob"));
        QCOMPARE(view->rolesModel()->rowCount(), roles.size());
        QCOMPARE(view->permissionsModel()->rowCount(), e.permissionsOf(QStringLiteral("bob")).size());
        const int why = view->rolesModel()->columnOf(PlatformGrantModel::Column::Source);
        bool manual = false;
        bool nested = false;
        for (int r = 0; r < view->rolesModel()->rowCount(); ++r) {
            const QModelIndex i = view->rolesModel()->index(r, why);
            const bool fromRule = i.data(PlatformGrantModel::FromRuleRole).toBool();
            QCOMPARE(italicIn(i), fromRule);
            if (fromRule) {
                QCOMPARE(i.data(Qt::ToolTipRole).toString(),
                         PlatformGrantModel::ruleTooltip(i.data(PlatformGrantModel::RuleRole).toString()));
                QVERIFY(i.data().toString().contains(i.data(PlatformGrantModel::RuleRole).toString()));
                // engineering views analytics: bob is in engineering through data-eng.
                nested = nested || i.data().toString().contains(QStringLiteral("data-eng › engineering"));
            } else {
                manual = true;
                QCOMPARE(i.data().toString(), PlatformGrantModel::tr("manual assignment"));
            }
        }
        QVERIFY(manual);
        QVERIFY(nested);
        // Organization rows come first, then projects in the file's order.
        const QStringList projects = page.document()->file().projects;
        int lastRank = -1;
        for (int r = 0; r < view->permissionsModel()->rowCount(); ++r) {
            const QString project = view->permissionsModel()->index(r, 0).data(PlatformGrantModel::ProjectRole).toString();
            const int rank = project.isEmpty() ? -1 : int(projects.indexOf(project));
            QVERIFY2(rank >= lastRank, qPrintable(project));
            lastRank = rank;
        }
        test::grabIfAsked(&page, view, QStringLiteral("platform-person"));
        QVERIFY(!view->setPerson(QStringLiteral("nobody-at-all")));
        QCOMPARE(view->person(), QStringLiteral("bob"));
    }

    void whoCanExportMatchesPlatformExport()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        PlatformWhoCanView *view = page.whoCanView();
        const QString permission = page.document()->definition().permissionFor(PlatformAction::EditProjectRules);
        QVERIFY(view->askWhoCan(permission, QStringLiteral("analytics")));
        QCOMPARE(rowsOf(view->whoModel()), rowsOf(page.document()->evaluation().whoCan(permission, QStringLiteral("analytics"))));
        QVERIFY(view->whoModel()->rowCount() > 0);
        QVERIFY(!view->askWhoCan(QStringLiteral("no-such-permission")));

        // Through the button and its Save As dialog: a name ending in .json writes JSON.
        const QString json = demo.path(QStringLiteral("who.json"));
        whenModalOpens<QFileDialog>([&demo](QFileDialog *dialog) {
            dialog->setDirectory(demo.path(QString()));
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("who.json"));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which checks the name
        });
        QTest::mouseClick(view->whoExportButton(), Qt::LeftButton);
        QTRY_VERIFY2(QFile::exists(json), qPrintable(page.messageBar()->text() + QDir(demo.path(QString())).entryList().join(u' ')));
        const PlatformDocument *d = page.document();
        QCOMPARE(demo.read(QStringLiteral("who.json")),
                 PlatformExport::whoCan(d->evaluation(), d->file(), permission, QStringLiteral("analytics"),
                                        PlatformExport::Format::Json, d->directory()));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Info);
        QVERIFY(page.messageBar()->text().contains(QStringLiteral("who.json")));

        // CSV, and "What can…?" for a person.
        const QString csv = demo.path(QStringLiteral("who.csv"));
        QCOMPARE(view->exportWhoCan(csv, PlatformExport::Format::Csv), QString());
        QCOMPARE(demo.read(QStringLiteral("who.csv")),
                 PlatformExport::whoCan(d->evaluation(), d->file(), permission, QStringLiteral("analytics"),
                                        PlatformExport::Format::Csv, d->directory()));
        QVERIFY(view->askWhatCan(QStringLiteral("zoe")));
        QCOMPARE(view->whatModel()->rowCount(), d->evaluation().permissionsOf(QStringLiteral("zoe")).size());
        const QString what = demo.path(QStringLiteral("what.csv"));
        QCOMPARE(view->exportWhatCan(what, PlatformExport::Format::Csv), QString());
        const QByteArray written = demo.read(QStringLiteral("what.csv"));
        QCOMPARE(written, PlatformExport::whatCan(d->evaluation(), d->file(), QStringLiteral("zoe"),
                                                  PlatformExport::Format::Csv, d->directory()));
        QVERIFY(QString::fromUtf8(written).contains(QStringLiteral("Zoë Ångström")));
        test::grabIfAsked(&page, view, QStringLiteral("platform-whocan"));
        // A folder that does not exist: an error, not a crash.
        QVERIFY(!view->exportWhatCan(demo.path(QStringLiteral("missing/what.csv")), PlatformExport::Format::Csv).isEmpty());
    }

    void brokenFileKeepsTheCurrentOne()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        const int assignments = page.document()->file().assignments.size();
        // An unknown role on one line of an otherwise good file.
        const QList<QByteArray> lines = demo.read().split('\n');
        int line = 0;
        QByteArray broken;
        for (int i = 0; i < lines.size(); ++i) {
            QByteArray l = lines.at(i);
            if (!line && l.contains("role: Project Viewer, project: analytics")) {
                l.replace("Project Viewer", "Project Janitor");
                line = i + 1;
            }
            broken += l + (i + 1 < lines.size() ? "\n" : "");
        }
        QVERIFY(line > 0);
        QVERIFY(demo.write(QStringLiteral("broken.yaml"), broken));
        QVERIFY(!page.openFile(demo.path(QStringLiteral("broken.yaml"))));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Error);
        const QString message = page.messageBar()->text();
        QVERIFY2(message.contains(QStringLiteral("broken.yaml:%1").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("acme.yaml")), qPrintable(message)); // says which file stays
        QCOMPARE(QFileInfo(page.document()->path()).fileName(), QStringLiteral("acme.yaml"));
        QCOMPARE(page.document()->file().assignments.size(), assignments);
        QVERIFY(page.fileLabel()->text().contains(QStringLiteral("acme.yaml")));
        // Not YAML at all.
        QVERIFY(demo.write(QStringLiteral("garbage.yaml"), "people: [unclosed\n  - {"));
        QVERIFY(!page.openFile(demo.path(QStringLiteral("garbage.yaml"))));
        QVERIFY(page.messageBar()->text().contains(QStringLiteral("garbage.yaml")));
        QCOMPARE(QFileInfo(page.document()->path()).fileName(), QStringLiteral("acme.yaml"));
    }

    void importDirectoryAddsPeople()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        QVERIFY(page.openFile(demo.path()));
        QVERIFY(!page.document()->evaluation().people().contains(QStringLiteral("newbie")));
        QByteArray csv = demo.read(QStringLiteral("people.csv"));
        if (!csv.endsWith('\n'))
            csv += '\n';
        csv += "newbie,Nina Newcomer,human,data-eng\n";
        QVERIFY(demo.write(QStringLiteral("more.csv"), csv));
        QVERIFY2(page.loadDirectoryFile(demo.path(QStringLiteral("more.csv"))), qPrintable(page.messageBar()->text()));
        QCOMPARE(page.document()->directoryDescription(), QStringLiteral("more.csv"));
        QVERIFY(page.fileLabel()->text().contains(QStringLiteral("more.csv")));
        QVERIFY(page.document()->evaluation().people().contains(QStringLiteral("newbie")));
        // data-eng is matched by rules: the newcomer has roles in analytics, by rule only.
        const QList<PlatformRoleGrant> grants = page.document()->evaluation().rolesOf(QStringLiteral("newbie"));
        QVERIFY(!grants.isEmpty());
        for (const PlatformRoleGrant &g : grants)
            QCOMPARE(g.source, PlatformRoleGrant::Source::Rule);
        QCOMPARE(page.peopleView()->model()->rowCount(), page.document()->evaluation().people().size());
        // A broken import: the error names the file and line; the directory stays.
        QVERIFY(demo.write(QStringLiteral("bad.csv"), "id,name,kind,groups\n,No Id,human,x\n"));
        QVERIFY(!page.loadDirectoryFile(demo.path(QStringLiteral("bad.csv"))));
        QVERIFY2(page.messageBar()->text().contains(QStringLiteral("bad.csv")), qPrintable(page.messageBar()->text()));
        QCOMPARE(page.document()->directoryDescription(), QStringLiteral("more.csv"));
    }

    void inTheMainWindow()
    {
        PlatformDemoCopy demo;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *pages = w.findChild<QTabWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->tabText(int(MainWindow::Page::Platform)), MainWindow::tr("P&latform"));
        QCOMPARE(pages->widget(int(MainWindow::Page::Platform)), w.platformPage());
        auto *database = w.menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
        QVERIFY(database->actions().contains(w.platformPage()->openAction()));
        w.findChild<QAction *>(QStringLiteral("actionShowPlatform"))->trigger();
        QCOMPARE(pages->currentWidget(), w.platformPage());

        // Edit ▸ Undo follows the Platform page's history while it is shown.
        PlatformPage *page = w.platformPage();
        QVERIFY(page->openFile(demo.path()));
        const int before = page->document()->file().assignments.size();
        PlatformAssignment a;
        a.person = QStringLiteral("frank");
        a.role = page->document()->definition().role(QStringLiteral("Project Viewer"))->id;
        a.project = QStringLiteral("ml");
        QVERIFY(page->editView()->addAssignment(a));
        QCOMPARE(page->document()->file().assignments.size(), before + 1);
        QVERIFY(page->fileLabel()->text().contains(PlatformPage::tr("modified")));
        auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo->isEnabled());
        page->peopleView()->setFocus();
        QTest::keyClick(page->peopleView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->document()->file().assignments.size(), before);
        QVERIFY(!page->document()->isModified());
        QTest::keyClick(page->peopleView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page->document()->file().assignments.size(), before + 1);
        // On another page, Undo is the pending plan's (empty here), not the platform file's.
        w.showPage(MainWindow::Page::Matrix);
        QVERIFY(!undo->isEnabled());

        // Closing with unsaved edits asks; Cancel keeps the window.
        QString question;
        whenModalOpens<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w.close());
        QVERIFY(question.contains(QStringLiteral("acme.yaml")));
        QVERIFY(w.isVisible());

        // A window rebuilt on the session (another language) keeps the file, its unsaved edit and
        // its history.
        std::unique_ptr<MainWindow> rebuilt = w.rebuilt();
        QCOMPARE(rebuilt->platformPage()->document(), page->document());
        PlatformPage *again = rebuilt->platformPage();
        QVERIFY(again->document()->isModified());
        QCOMPARE(again->editView()->assignmentModel()->rowCount(), before + 1);
        QVERIFY(again->fileLabel()->text().contains(QStringLiteral("acme.yaml")));
        rebuilt->showPage(MainWindow::Page::Platform);
        rebuilt->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(again->document()->file().assignments.size(), before);
        rebuilt->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(again->document()->file().assignments.size(), before + 1);
        rebuilt->show();
        whenModalOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(rebuilt->close());
    }
};

QTEST_MAIN(TestPlatformPage)
#include "tst_platformpage.moc"
