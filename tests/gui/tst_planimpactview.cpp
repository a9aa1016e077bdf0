#include "changes/pendingchangesdock.h"
#include "changes/planimpactview.h"

#include "models/planimpactmodel.h"
#include "privileges/impact.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace roledesk;

/// The Impact tab of the pending-changes dock in a real main window, live against the sandbox:
/// it appears beside the SQL preview, its rows are computeImpact's for the pending plan, it
/// follows the plan through edits and undo, and a plan that changes nothing shows why.
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
        for (QString &row : rows)
            row = row.section(u'|', 0, 0) + u'|' + (row.section(u'|', 0, 0).isEmpty() ? QString() : row.section(u'|', 1, 1))
                  + u'|' + row.section(u'|', 2);
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
};

QTEST_MAIN(TstPlanImpactView)
#include "tst_planimpactview.moc"
