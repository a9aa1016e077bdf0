#include "changes/pendingchangesdock.h"

#include "plan/objectref.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace roledesk;

/// The pending-changes dock in a real main window, live against the sandbox: the SQL preview
/// shows more than a handful of lines by default, and the whole script, COMMIT included, can
/// be reached.
class TstPendingChangesDock : public QObject {
    Q_OBJECT

    const QString m_db = QStringLiteral("roledesk_pendingdock_gui");
    static constexpr int Tables = 12;

    bool open(MainWindow &w)
    {
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.show();
        w.connectTo(test::sandboxOptions(m_db));
        return shown.wait(30000) && QTest::qWaitForWindowExposed(&w);
    }

    // Grants on the first \a count tables, one change (and one statement) each.
    static QList<Change> grants(int count, int first = 1)
    {
        QList<Change> out;
        for (int i = first; i < first + count; ++i) {
            GrantPrivileges g;
            g.object.kind = ObjectKind::Table;
            g.object.schema = QStringLiteral("pd");
            g.object.name = QStringLiteral("t%1").arg(i);
            g.grantee = QStringLiteral("pd_user");
            g.privileges = Privileges(Privilege::Select);
            out << g;
        }
        return out;
    }

    // Lines the preview's viewport has room for.
    static int visibleLines(QPlainTextEdit *preview)
    {
        return preview->viewport()->height() / preview->fontMetrics().lineSpacing();
    }

    // The script's last line that has text: COMMIT.
    static QTextBlock lastLine(QPlainTextEdit *preview)
    {
        QTextBlock b = preview->document()->lastBlock();
        while (b.isValid() && b.text().trimmed().isEmpty())
            b = b.previous();
        return b;
    }

    // True when the script's last line lies wholly inside the preview's viewport.
    static bool lastLineVisible(QPlainTextEdit *preview)
    {
        const QTextCursor at(lastLine(preview));
        return preview->viewport()->rect().contains(preview->cursorRect(at));
    }

private slots:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::sandboxConfigured(&missing), qPrintable(missing));
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db)));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE %1").arg(m_db)));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS pd_user"));
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE pd_user LOGIN")));
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, m_db));
        QVERIFY(conn.execScript(QStringLiteral("CREATE SCHEMA pd; DO $$ BEGIN FOR i IN 1..%1 LOOP "
                                               "EXECUTE format('CREATE TABLE pd.t%s (id int)', i); END LOOP; END $$;")
                                    .arg(Tables + 4))
                    .ok());
    }

    void cleanupTestCase()
    {
        pg::Connection admin;
        if (!test::openSandbox(admin, QStringLiteral("postgres")))
            return;
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS pd_user"));
    }

    // A plan of a dozen statements: the preview shows far more than four lines by default, and
    // the end of the script, COMMIT included, is in view after each change of the plan.
    void previewShowsTheWholeScript()
    {
        MainWindow w;
        QVERIFY(open(w));
        PendingChangesDock *dock = w.pendingChangesDock();
        QPlainTextEdit *preview = dock->preview();
        // Without changes the dock is one line and the undo row: the matrix has the room.
        QTRY_VERIFY(!preview->isVisible());
        const int compact = dock->height();
        QVERIFY2(compact < 120, qPrintable(QString::number(compact)));
        QVERIFY(w.session()->addChanges(grants(Tables), QStringLiteral("grants")) == Tables);
        QTRY_VERIFY(preview->isVisible());
        QTRY_VERIFY(dock->height() > compact + 100);
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("COMMIT")));
        QCOMPARE(lastLine(preview).text(), QStringLiteral("COMMIT;"));
        // (The dock's contents are laid out after the dock itself grew: wait for them.)
        QTRY_VERIFY2(visibleLines(preview) > 8, qPrintable(QStringLiteral("%1 lines in view (viewport %2 px, window %3 px)")
                                                            .arg(visibleLines(preview))
                                                            .arg(preview->viewport()->height())
                                                            .arg(w.height())));
        QVERIFY2(preview->document()->blockCount() > visibleLines(preview), "the script should need scrolling");
        QVERIFY(lastLineVisible(preview));

        // Scrolled back to the top, the end can be reached by scrolling.
        preview->verticalScrollBar()->setValue(0);
        QVERIFY(!lastLineVisible(preview));
        preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum());
        QVERIFY(lastLineVisible(preview));

        // Another edit, undo and redo: the end stays in view.
        preview->verticalScrollBar()->setValue(0);
        QVERIFY(w.session()->addChanges(grants(2, Tables + 1), QStringLiteral("more")) == 2);
        QVERIFY(lastLineVisible(preview));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"t%1\"").arg(Tables + 2)));
        preview->verticalScrollBar()->setValue(0);
        w.session()->undoStack()->undo();
        QVERIFY(lastLineVisible(preview));
        const int open = dock->height();

        // Everything undone: compact again; redo: open again, at the height it had.
        w.session()->undoStack()->undo();
        QTRY_VERIFY(!preview->isVisible());
        QTRY_VERIFY(dock->height() < 120);
        QVERIFY(dock->redoButton()->isVisible() && dock->redoButton()->isEnabled()); // redo stays at hand
        w.session()->undoStack()->redo();
        QTRY_VERIFY(preview->isVisible());
        QTRY_COMPARE(dock->height(), open);

        // A short window squeezes the page above, not the preview below five lines; the end is
        // still reachable by scrolling.
        w.resize(w.width(), 400);
        QTest::qWait(50);
        QVERIFY2(visibleLines(preview) > 4, qPrintable(QStringLiteral("%1 lines in view, window %2 px high")
                                                            .arg(visibleLines(preview)).arg(w.height())));
        preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum());
        QVERIFY(lastLineVisible(preview));
    }
};

QTEST_MAIN(TstPendingChangesDock)
#include "tst_pendingchangesdock.moc"
