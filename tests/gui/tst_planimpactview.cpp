#include "changes/pendingchangesdock.h"
#include "changes/planimpactview.h"

#include "lint/personlogins.h"
#include "models/planimpactmodel.h"
#include "platform/platformdocument.h"
#include "privileges/impact.h"
#include "privileges/impactpeople.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace roledesk;

/// The Impact tab of the pending-changes dock in a real main window, live against the sandbox:
/// it appears beside the SQL preview, its rows are computeImpact's for the pending plan, it
/// follows the plan through edits and undo, and a plan that changes nothing shows why; with the
/// session's platform file open, each login's person is named and counted.
class TstPlanImpactView : public QObject {
    Q_OBJECT

    const QString m_db = QStringLiteral("roledesk_planimpact_gui");
    static constexpr int Tables = 15;

    /// Rows of the view as text, to compare with computeImpact's.
    static QStringList shownRows(const PlanImpactModel *m)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(r, c).data().toString();
            out << cells.join(u'|');
        }
        return out;
    }

    static QStringList expectedRows(const PlanImpact &impact, const QList<Change> &changes)
    {
        PlanImpactModel model;
        QStringList texts;
        for (const Change &c : changes)
            texts << describe(c);
        model.setImpact(impact, texts);
        return withoutNoteObjects(shownRows(&model));
    }

    static QStringList withoutNoteObjects(QStringList rows)
    {
        // A note (no role) describes its change in the object column, in the view's own words.
        for (QString &row : rows) {
            QStringList cells = row.split(u'|');
            if (cells.value(PlanImpactModel::RoleColumn).isEmpty() && cells.size() > PlanImpactModel::ObjectColumn)
                cells[PlanImpactModel::ObjectColumn].clear();
            row = cells.join(u'|');
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::sandboxConfigured(&missing), qPrintable(missing));
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
        cleanupTestCase();
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE %1").arg(m_db)));
        for (const char *r : {"pv_user", "pv_group"})
            QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE %1").arg(QLatin1String(r))));
        pg::Connection db;
        QVERIFY(test::openSandbox(db, m_db));
        QVERIFY(test::execOrFail(db, QStringLiteral("CREATE SCHEMA pv")));
        QVERIFY(test::execOrFail(db, QStringLiteral("GRANT USAGE ON SCHEMA pv TO pv_group")));
        for (int i = 1; i <= Tables; ++i) {
            QVERIFY(test::execOrFail(db, QStringLiteral("CREATE TABLE pv.t%1 (id int)").arg(i)));
            QVERIFY(test::execOrFail(db, QStringLiteral("GRANT SELECT ON pv.t%1 TO pv_group").arg(i)));
        }
        QVERIFY(test::execOrFail(db, QStringLiteral("GRANT SELECT ON pv.t1 TO pv_user")));
    }

    void cleanupTestCase()
    {
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db)));
        for (const char *r : {"pv_user", "pv_group"})
            QVERIFY(test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(r))));
    }

    void tabShowsTheImpactOfThePlan()
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.show();
        w.connectTo(test::sandboxOptions(m_db));
        QVERIFY(shown.wait(30000));
        PendingChangesDock *dock = w.pendingChangesDock();
        QVERIFY(dock);
        PlanImpactView *view = dock->impactView();
        QVERIFY(view);
        QCOMPARE(dock->tabs()->indexOf(view), 1);
        QCOMPARE(dock->tabs()->indexOf(dock->preview()), 0);

        // A membership that opens every table, then a revoke that a group still covers.
        GrantPrivileges regrant;
        regrant.object.kind = ObjectKind::Table;
        regrant.object.schema = QStringLiteral("pv");
        regrant.object.name = QStringLiteral("t2");
        regrant.grantee = QStringLiteral("pv_user");
        regrant.privileges = Privilege::Select;
        RevokePrivileges covered;
        covered.object = regrant.object;
        covered.object.name = QStringLiteral("t1");
        covered.grantee = QStringLiteral("pv_user");
        covered.privileges = Privilege::Select;
        QSignalSpy ready(view, &PlanImpactView::impactShown);
        QCOMPARE(w.session()->addChanges({GrantMembership{QStringLiteral("pv_group"), QStringLiteral("pv_user"), false}},
                                         QStringLiteral("member")),
                 1);
        // A second edit at once: the first plan's result, if it comes, is stale and dropped.
        QCOMPARE(w.session()->addChanges({covered, regrant}, QStringLiteral("revoke")), 2);
        dock->tabs()->setCurrentWidget(view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && ready.count() > 0, 30000);
        QVERIFY(view->table()->isVisible());

        const QList<Change> changes = w.session()->pendingPlan().changes();
        const PlanImpact expected = computeImpact(w.session()->rights(), changes);
        QCOMPARE(withoutNoteObjects(shownRows(view->model())), expectedRows(expected, changes));
        // pv_user gains SELECT on every table but t1 (held) and USAGE on the schema; the revoke and
        // the grant of t2 (covered by the membership before it) change nothing, with their reasons.
        QCOMPARE(expected.gained, Tables);
        QCOMPARE(expected.notes.size(), 1);
        QCOMPARE(expected.notes.front().change, 1);
        QVERIFY2(expected.notes.front().reason.contains(QStringLiteral("pv_group")), qPrintable(expected.notes.front().reason));
        QCOMPARE(view->summary()->text(), ImpactText::summary(expected));

        // Undo the revoke and the grant: the view follows the plan.
        ready.clear();
        w.session()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && ready.count() > 0, 30000);
        QCOMPARE(view->model()->rowCount(), Tables);
        w.session()->undoStack()->undo();
        QTRY_COMPARE(view->model()->rowCount(), 0);
    }

    void personColumnFollowsThePlatformFile()
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.show();
        w.connectTo(test::sandboxOptions(m_db));
        QVERIFY(shown.wait(30000));
        PlanImpactView *view = w.pendingChangesDock()->impactView();
        QVERIFY(view->table()->isColumnHidden(PlanImpactModel::PersonColumn));
        QSignalSpy ready(view, &PlanImpactView::impactShown);
        QCOMPARE(w.session()->addChanges({GrantMembership{QStringLiteral("pv_group"), QStringLiteral("pv_user"), false}},
                                         QStringLiteral("member")),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && ready.count() > 0, 30000);
        QCOMPARE(view->model()->rowCount(), Tables);
        QCOMPARE(view->model()->index(0, PlanImpactModel::PersonColumn).data().toString(), QString());

        // The session's platform file: uma's login is pv_user; the tab names her without recomputing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("platform.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("platform: edb-hybrid-manager\norganization: Acme\nprojects: [ml]\npeople:\n  - {id: uma}\n  - {id: vic}\n"
                   "assignments: []\nrules: []\nlogins:\n  lists:\n    - {person: uma, roles: [pv_user]}\n"
                   "    - {person: vic, roles: [pv_group]}\n");
        file.close();
        auto *document = w.session()->findChild<PlatformDocument *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(document);
        QCOMPARE(document->open(path), QString());
        QVERIFY(!view->table()->isColumnHidden(PlanImpactModel::PersonColumn));
        for (int r = 0; r < Tables; ++r)
            QCOMPARE(view->model()->index(r, PlanImpactModel::PersonColumn).data().toString(), QStringLiteral("uma"));
        const PlanImpact &impact = view->model()->impact();
        const PersonLogins logins = PersonLogins::resolve(document->file().logins, document->evaluation().people(),
                                                          impact.before->snapshot());
        const ImpactPeople people = ImpactPeople::map(impact, logins);
        QCOMPARE(people.gaining(), QStringList{QStringLiteral("uma")});
        QVERIFY(people.losing().isEmpty());
        QVERIFY2(view->summary()->text().startsWith(ImpactText::summary(impact)), qPrintable(view->summary()->text()));
        QVERIFY2(view->summary()->text().endsWith(people.summary()), qPrintable(view->summary()->text()));

        // A new plan keeps the people: the undo empties the plan, a redo computes it again.
        w.session()->undoStack()->undo();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        ready.clear();
        w.session()->undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && ready.count() > 0, 30000);
        QCOMPARE(view->model()->index(0, PlanImpactModel::PersonColumn).data().toString(), QStringLiteral("uma"));
        w.session()->undoStack()->undo();
    }
};

QTEST_MAIN(TstPlanImpactView)
#include "tst_planimpactview.moc"
