#include "privileges/lineagepanel.h"
#include "modelfixture.h"

#include "plan/objectref.h"
#include "privileges/matrixpage.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

using namespace roledesk;
using namespace roledesk::testing;

class TestLineagePanel : public QObject {
    Q_OBJECT

    std::shared_ptr<EffectiveRights> m_rights;

    int role(const char *name) const
    {
        const Snapshot &s = m_rights->snapshot();
        for (int i = 0; i < s.roles.size(); ++i)
            if (s.roles.at(i).name == QLatin1String(name))
                return i;
        return -1;
    }

    const QString m_db = QStringLiteral("roledesk_lineage_gui");

    // A main window on the sandbox database, the Why? panel shown.
    bool open(MainWindow &w)
    {
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.show();
        w.connectTo(test::sandboxOptions(m_db));
        return shown.wait(30000);
    }

    // The panel's text: its plain lines and what the text browser shows.
    static QString why(MainWindow &w)
    {
        auto *text = w.lineagePanel()->findChild<QTextBrowser *>(QStringLiteral("lineageText"));
        return w.lineagePanel()->plainText() + QStringLiteral("\n---\n") + (text ? text->toPlainText() : QString());
    }

    static ObjectRef table(const char *name)
    {
        ObjectRef ref;
        ref.kind = ObjectKind::Table;
        ref.schema = QStringLiteral("lp");
        ref.name = QString::fromLatin1(name);
        return ref;
    }

    static Privileges select() { return Privileges(Privilege::Select); }

    static RevokePrivileges revokeSelect(const char *name, const char *grantee)
    {
        RevokePrivileges r;
        r.object = table(name);
        r.grantee = QString::fromLatin1(grantee);
        r.privileges = select();
        return r;
    }

private slots:
    void initTestCase()
    {
        m_rights = std::make_shared<EffectiveRights>(makeSnapshot());
        QString missing;
        QVERIFY2(test::sandboxConfigured(&missing), qPrintable(missing));
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db)));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE %1").arg(m_db)));
        for (const char *r : {"lp_user", "lp_other", "lp_readers"})
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(r)));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE lp_user LOGIN")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE lp_other LOGIN")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE lp_readers NOLOGIN")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("GRANT lp_readers TO lp_user")));
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, m_db));
        QVERIFY(conn.execScript(QStringLiteral("CREATE SCHEMA lp; GRANT USAGE ON SCHEMA lp TO PUBLIC; "
                                               "CREATE TABLE lp.t1 (id int); CREATE TABLE lp.t2 (id int); "
                                               "CREATE TABLE lp.t3 (id int); GRANT SELECT ON lp.t2 TO lp_user; "
                                               "GRANT SELECT ON lp.t3 TO lp_user, lp_readers;"))
                    .ok());
    }

    void cleanupTestCase()
    {
        pg::Connection admin;
        if (!test::openSandbox(admin, QStringLiteral("postgres")))
            return;
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
        for (const char *r : {"lp_user", "lp_other", "lp_readers"})
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(r)));
    }

    // An edit shows the cell's state after the plan, marked pending; undo takes it away, redo
    // brings it back, and so does the plan's clear.
    void pendingGrantFollowsThePlan()
    {
        MainWindow w;
        QVERIFY(open(w));
        Session *session = w.session();
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_user"), QStringLiteral("lp.t1")));
        QVERIFY2(why(w).contains(QStringLiteral("✘ SELECT: not held")), qPrintable(why(w)));
        QVERIFY(!why(w).contains(QStringLiteral("pending")));

        QCOMPARE(session->addChanges({GrantPrivileges{table("t1"), QStringLiteral("lp_user"), select(), false}},
                                     QStringLiteral("grant")), 1);
        const QString shown = why(w);
        QVERIFY2(shown.contains(QStringLiteral("✘ SELECT: not held [pending]")), qPrintable(shown)); // now, marked
        QVERIFY2(shown.contains(QStringLiteral("GRANT SELECT (pending) → will be granted: direct grant to lp_user by ")),
                 qPrintable(shown)); // and after the plan
        QVERIFY2(shown.contains(QStringLiteral("The pending plan changes 1 privilege(s) here.")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("INSERT: not held [pending]")), qPrintable(shown)); // only what changes
        // The widget shows it too, badge and all.
        auto *text = w.lineagePanel()->findChild<QTextBrowser *>(QStringLiteral("lineageText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("GRANT SELECT (pending)")));

        session->undoStack()->undo();
        QVERIFY2(!why(w).contains(QStringLiteral("pending")), qPrintable(why(w)));
        QVERIFY(why(w).contains(QStringLiteral("✘ SELECT: not held")));
        session->undoStack()->redo();
        QVERIFY2(why(w).contains(QStringLiteral("GRANT SELECT (pending)")), qPrintable(why(w)));
        session->clearPendingPlan();
        QVERIFY2(!why(w).contains(QStringLiteral("pending")), qPrintable(why(w)));
    }

    // A pending revoke: held now, not held after.
    void pendingRevokeWillBeRevoked()
    {
        MainWindow w;
        QVERIFY(open(w));
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_user"), QStringLiteral("lp.t2")));
        QCOMPARE(w.session()->addChanges({revokeSelect("t2", "lp_user")},
                                         QStringLiteral("revoke")), 1);
        const QString shown = why(w);
        QVERIFY2(shown.contains(QStringLiteral("✔ SELECT: held [pending]")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("REVOKE SELECT (pending) → will be revoked: not held after the plan")),
                 qPrintable(shown));
        // Another cell the plan does not touch shows no pending mark.
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_user"), QStringLiteral("lp.t1")));
        QVERIFY2(!why(w).contains(QStringLiteral("pending")), qPrintable(why(w)));
    }

    // Applied, the plan is gone: the panel explains the fresh snapshot, with nothing pending.
    void applyLeavesTheLiveState()
    {
        MainWindow w;
        QVERIFY(open(w));
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_other"), QStringLiteral("lp.t2")));
        w.session()->addChanges({GrantPrivileges{table("t2"), QStringLiteral("lp_other"), select(), false}},
                                QStringLiteral("grant"));
        QVERIFY2(why(w).contains(QStringLiteral("GRANT SELECT (pending) → will be granted")), qPrintable(why(w)));
        QSignalSpy finished(w.session(), &Session::applyFinished);
        QVERIFY(w.session()->applyPendingPlan());
        QVERIFY(finished.wait(30000));
        QVERIFY(w.session()->pendingPlan().isEmpty());
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_other"), QStringLiteral("lp.t2")));
        const QString shown = why(w);
        QVERIFY2(shown.contains(QStringLiteral("✔ SELECT: held")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("direct grant to lp_other by ")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("pending")), qPrintable(shown));
    }

    // The state after the plan comes from the effective-rights engine: a revoked direct grant
    // that a group still gives stays held, and a new membership grants through the group.
    void afterStateIsEffectiveRights()
    {
        MainWindow w;
        QVERIFY(open(w));
        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_user"), QStringLiteral("lp.t3")));
        w.session()->addChanges({revokeSelect("t3", "lp_user")},
                                QStringLiteral("revoke"));
        QString shown = why(w);
        QVERIFY2(shown.contains(QStringLiteral("REVOKE SELECT (pending) → still held after the plan: through membership "
                                               "lp_user → lp_readers")), qPrintable(shown));
        w.session()->clearPendingPlan();

        QVERIFY(w.matrixPage()->selectCell(QStringLiteral("lp_other"), QStringLiteral("lp.t3")));
        w.session()->addChanges({GrantMembership{QStringLiteral("lp_readers"), QStringLiteral("lp_other"), false}},
                                QStringLiteral("join"));
        shown = why(w);
        QVERIFY2(shown.contains(QStringLiteral("after the plan (pending) → will be granted: through membership "
                                               "lp_other → lp_readers")), qPrintable(shown));
    }

    void emptyHint()
    {
        LineagePanel panel;
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
    }

    void explains_data()
    {
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<int>("object");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("inherited and direct")
            << QByteArray("alice") << int(OrdersTable)
            << QStringList{QStringLiteral("alice on table sales.orders"),
                           QStringLiteral("through membership alice → analysts → readers, granted to readers by app_owner"),
                           QStringLiteral("direct grant to alice by app_owner — with grant option"),
                           QStringLiteral("✘ INSERT: not held")};
        QTest::newRow("PUBLIC") << QByteArray("bob") << int(TotalsView)
                                << QStringList{QStringLiteral("granted to PUBLIC (every role) by app_owner")};
        QTest::newRow("owner") << QByteArray("app_owner") << int(OrdersTable)
                               << QStringList{QStringLiteral("owner of the object"), QStringLiteral("✔ SELECT: held, grantable")};
        QTest::newRow("superuser") << QByteArray("postgres") << int(EmpTable)
                                   << QStringList{QStringLiteral("postgres is a superuser")};
        QTest::newRow("predefined") << QByteArray("auditor") << int(OrdersTable)
                                    << QStringList{QStringLiteral("through membership auditor → pg_read_all_data (predefined role)")};
        QTest::newRow("nothing") << QByteArray("bob") << int(OrdersTable)
                                 << QStringList{QStringLiteral("bob holds no privilege on this object.")};
        QTest::newRow("column") << QByteArray("alice") << int(EmpIdColumn)
                                << QStringList{QStringLiteral("alice on column hr.emp.id"),
                                               QStringLiteral("direct grant to alice by app_owner")};
    }

    void explains()
    {
        QFETCH(QByteArray, role);
        QFETCH(int, object);
        QFETCH(QStringList, expected);
        LineagePanel panel;
        panel.showCell(m_rights, this->role(role.constData()), object);
        const QString text = panel.plainText();
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(e, text)));
    }

    void keywordsNeverBreak()
    {
        LineagePanel panel;
        panel.resize(90, 400);
        panel.show();
        panel.showCell(m_rights, role("alice"), OrdersTable);
        auto *text = panel.findChild<QTextBrowser *>(QStringLiteral("lineageText"));
        QVERIFY(text);
        QTextDocument *doc = text->document();
        doc->setTextWidth(60); // narrower than "REFERENCES": a cell may wrap its prose, not a keyword
        int keywords = 0;
        for (QTextBlock b = doc->begin(); b != doc->end(); b = b.next()) {
            const QString t = b.text();
            if (t != QLatin1String("TRUNCATE") && t != QLatin1String("REFERENCES"))
                continue;
            ++keywords;
            doc->documentLayout()->blockBoundingRect(b);
            QCOMPARE(b.layout()->lineCount(), 1);
        }
        QVERIFY(keywords > 0);
    }

    void clearAndInvalid()
    {
        LineagePanel panel;
        panel.showCell(m_rights, role("alice"), OrdersTable);
        panel.showCell(m_rights, -1, OrdersTable);
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
        panel.showCell(nullptr, 0, 0);
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a cell")));
    }
};

QTEST_MAIN(TestLineagePanel)
#include "tst_lineagepanel.moc"
