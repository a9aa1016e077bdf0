// Live GUI test: the main window against the sandbox's fixture database.

#include "privileges/lineagepanel.h"
#include "window/mainwindow.h"
#include "privileges/matrixpage.h"
#include "roles/membershippage.h"
#include "common/messagebar.h"
#include "models/membershipmodel.h"
#include "models/privilegematrixmodel.h"
#include "sandbox.h"
#include "plan/change.h"
#include "window/session.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

class TestMainWindow : public QObject {
    Q_OBJECT

    pg::ConnectOptions m_fixture;
    const QString m_restrictedDb = QStringLiteral("roledesk_gui_restricted");
    const QString m_limitedLogin = QStringLiteral("roledesk_gui_limited");

    static int rowOf(const QAbstractItemModel *m, const QString &name)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->headerData(r, Qt::Vertical).toString() == name)
                return r;
        return -1;
    }

    static int columnOf(const QAbstractItemModel *m, const QString &qualified)
    {
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal, PrivilegeMatrixModel::SortKeyRole).toString() == qualified)
                return c;
        return -1;
    }

    bool load(MainWindow &w) { return load(w, m_fixture); }

    bool load(MainWindow &w, const pg::ConnectOptions &options)
    {
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(options);
        if (!shown.wait(60000) && shown.isEmpty())
            return false;
        return w.session()->state() == Session::State::Idle;
    }

private slots:
    void initTestCase()
    {
        const QString host = qEnvironmentVariable("PGHOST");
        const QString port = qEnvironmentVariable("PGPORT");
        if (host.isEmpty() || port.isEmpty())
            QFAIL("PGHOST and PGPORT must point at the sandbox (tests/sandbox/sandbox.sh env)");
        qputenv("ROLEDESK_NO_KEYCHAIN", "1");
        m_fixture = {{QStringLiteral("host"), host},
                     {QStringLiteral("port"), port},
                     {QStringLiteral("user"), qEnvironmentVariable("PGUSER", QStringLiteral("postgres"))},
                     {QStringLiteral("dbname"), QStringLiteral("roledesk_fixture")}};
    }

    void loadsAndExplainsByKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.cancelAction()->isEnabled());
        QVERIFY(load(w));
        QVERIFY(!w.cancelAction()->isEnabled());
        QVERIFY(w.refreshAction()->isEnabled());

        QTableView *view = w.matrixPage()->view();
        const QAbstractItemModel *m = view->model();
        QVERIFY(rowOf(m, QStringLiteral("fx_alice")) >= 0);
        QVERIFY(rowOf(m, QStringLiteral("fx_g_readers")) >= 0);
        QCOMPARE(rowOf(m, QStringLiteral("pg_read_all_data")), -1); // predefined hidden by default
        QVERIFY(columnOf(m, QStringLiteral("sales.orders")) >= 0);
        QVERIFY(columnOf(m, QStringLiteral("sales.products")) >= 0);

        // Narrow to fx_alice, then walk to sales.orders with the keyboard.
        QLineEdit *roleFilter = w.matrixPage()->roleFilterEdit();
        QTest::keyClicks(roleFilter, QStringLiteral("fx_alice"));
        QCOMPARE(m->rowCount(), 1);
        const int column = columnOf(m, QStringLiteral("sales.orders"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->currentIndex().column(), 0);
        for (int i = 0; i < column; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), column);
        QVERIFY(view->currentIndex().data().toString().contains(u'r'));

        const QString why = w.lineagePanel()->plainText();
        QVERIFY2(why.contains(QStringLiteral("fx_alice on table sales.orders")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("fx_alice → fx_g4 → fx_g3 → fx_g2 → fx_g1_base")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("not held")), qPrintable(why));

        // The memberships page has the same snapshot.
        MembershipModel *members = w.membershipPage()->model();
        int alice = -1;
        for (int r = 0; r < members->rowCount(); ++r)
            if (members->index(r, 0).data().toString() == QLatin1String("fx_alice"))
                alice = r;
        QVERIFY(alice >= 0);
        QCOMPARE(members->index(0, 0, members->index(alice, 0)).data().toString().isEmpty(), false);
    }

    // While loading the status bar says where it connects and what it reads, never "Not
    // connected"; the progress bar keeps to its numbers (a part's name would be cut off).
    void statusWhileLoading()
    {
        MainWindow w;
        w.show();
        auto *summary = w.findChild<QLabel *>(QStringLiteral("connectionSummary"));
        auto *progress = w.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
        QVERIFY(summary && progress);
        QCOMPARE(summary->text(), QStringLiteral("Not connected"));
        QStringList seen;
        connect(w.session(), &Session::progressed, this, [&] { seen << summary->text() + u'|' + progress->text(); });
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(m_fixture);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Connecting to ")) && summary->text().contains(QStringLiteral("roledesk_fixture")),
                 qPrintable(summary->text()));
        QVERIFY(shown.wait(60000));
        QVERIFY(!seen.isEmpty());
        for (const QString &s : std::as_const(seen)) {
            QVERIFY2(s.startsWith(QStringLiteral("Reading ")) && s.contains(QStringLiteral("roledesk_fixture")), qPrintable(s));
            QVERIFY2(QRegularExpression(QStringLiteral("\\|\\d+ of \\d+$")).match(s).hasMatch(), qPrintable(s));
        }
        QCOMPARE(summary->text(), w.session()->summary());
    }

    void nameFilterNarrowsRows()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w));
        const QAbstractItemModel *m = w.matrixPage()->view()->model();
        const int all = m->rowCount();
        QVERIFY(all > 5);
        // Ctrl+F puts the focus in the role filter.
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.matrixPage()->roleFilterEdit()->hasFocus());
        QTest::keyClicks(w.matrixPage()->roleFilterEdit(), QStringLiteral("fx_g_"));
        QVERIFY(m->rowCount() > 0);
        QVERIFY(m->rowCount() < all);
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(m->headerData(r, Qt::Vertical).toString().contains(QLatin1String("fx_g_")));
        w.matrixPage()->roleFilterEdit()->clear();
        QCOMPARE(m->rowCount(), all);
    }

    void failedConnectionShowsMessageBar()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w));
        const int rows = w.matrixPage()->view()->model()->rowCount();
        QSignalSpy failed(w.session(), &Session::loadFailed);
        w.connectTo({{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                     {QStringLiteral("port"), QStringLiteral("1")},
                     {QStringLiteral("dbname"), QStringLiteral("nowhere")},
                     {QStringLiteral("user"), QStringLiteral("nobody")},
                     {QStringLiteral("connect_timeout"), QStringLiteral("5")}});
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(w.messageBar()->text().contains(QStringLiteral("Could not connect")), qPrintable(w.messageBar()->text()));
        QVERIFY2(w.messageBar()->text().contains(QStringLiteral("127.0.0.1")) || w.messageBar()->text().contains(QStringLiteral("refused")),
                 qPrintable(w.messageBar()->text()));
        // Still usable: Connect enabled, not loading, the last snapshot still shown.
        QVERIFY(w.connectAction()->isEnabled());
        QVERIFY(!w.cancelAction()->isEnabled());
        QCOMPARE(w.session()->state(), Session::State::Idle);
        QCOMPARE(w.matrixPage()->view()->model()->rowCount(), rows);
        // And a good connection afterwards works and clears the bar.
        QVERIFY(load(w));
        QVERIFY(!w.messageBar()->isVisible());
    }

    void cancelDuringLoad()
    {
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        QSignalSpy cancelled(w.session(), &Session::loadCancelled);
        w.connectTo(m_fixture);
        QCOMPARE(w.session()->state(), Session::State::Loading);
        QVERIFY(w.cancelAction()->isEnabled());
        w.cancelAction()->trigger();
        QCOMPARE(w.session()->state(), Session::State::Idle);
        QVERIFY(!w.cancelAction()->isEnabled());
        QVERIFY(w.connectAction()->isEnabled());
        QCOMPARE(cancelled.count(), 1);
        // Whatever the worker still finishes is dropped.
        QTest::qWait(2000);
        QCOMPARE(shown.count(), 0);
        QVERIFY(!w.messageBar()->isVisible());
        // The loader is ready for the next load: Refresh (F5) loads again.
        QVERIFY(w.refreshAction()->isEnabled());
        w.refreshAction()->trigger();
        QVERIFY(shown.wait(60000));
        QVERIFY(w.matrixPage()->view()->model()->rowCount() > 0);
    }

    void newerLoadSupersedesOlder()
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(m_fixture);
        pg::ConnectOptions demo = m_fixture;
        demo.last().second = QStringLiteral("roledesk_demo");
        w.connectTo(demo);
        QVERIFY(shown.wait(60000));
        QTest::qWait(500);
        QCOMPARE(shown.count(), 1);
        QVERIFY(w.windowTitle().contains(QStringLiteral("roledesk_demo")));
    }

    // A plan belongs to the database it was made on: connecting to another sets it aside with
    // its undo history (Redo brings nothing back there), connecting back restores both.
    void planSetAsideOnOtherDatabase()
    {
        MainWindow w;
        pg::ConnectOptions demo = m_fixture;
        demo.last().second = QStringLiteral("roledesk_demo");
        pg::ConnectOptions models = m_fixture;
        models.last().second = QStringLiteral("roledesk_models");
        QVERIFY(load(w, demo));
        const ObjectRef table{ObjectKind::Table, QStringLiteral("public"), QStringLiteral("aside_t"), {}, {}};
        Session *s = w.session();
        QCOMPARE(s->addChanges({GrantPrivileges{table, QStringLiteral("postgres"), Privilege::Select, false}},
                               QStringLiteral("first")), 1);
        QCOMPARE(s->addChanges({GrantPrivileges{table, QStringLiteral("postgres"), Privilege::Update, false}},
                               QStringLiteral("second")), 1);
        s->undoStack()->undo();
        QCOMPARE(s->pendingPlan().size(), 1);

        QSignalSpy aside(s, &Session::pendingPlanSetAside);
        QVERIFY(load(w, models));
        QCOMPARE(aside.size(), 1);
        QVERIFY(s->pendingPlan().isEmpty());
        QCOMPARE(s->undoStack()->count(), 0);
        QVERIFY(!s->undoStack()->canRedo());
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"roledesk_demo") && message.contains(u"set aside") && message.contains(u'1'),
                 qPrintable(message));
        s->undoStack()->redo(); // what Edit > Redo does
        QVERIFY(s->pendingPlan().isEmpty());

        QVERIFY(load(w, demo));
        QCOMPARE(s->pendingPlan().size(), 1);
        QCOMPARE(s->undoStack()->count(), 2);
        QCOMPARE(s->undoStack()->index(), 1);
        QVERIFY(w.statusBar()->currentMessage().contains(u"restored"));
        s->undoStack()->redo();
        QCOMPARE(s->pendingPlan().size(), 2);
    }

    // The server ends the loader's session while it reads the catalog (what a fast shutdown or
    // pg_terminate_backend does): the bar names the cause, the last snapshot stays, and F5 works.
    void serverEndsSessionMidLoad()
    {
        const QString appName = QStringLiteral("roledesk_gui_midload");
        pg::ConnectOptions options = m_fixture;
        options << std::pair{QStringLiteral("application_name"), appName};
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(load(w, options));
        const QAbstractItemModel *m = w.matrixPage()->view()->model();
        const int rows = m->rowCount();
        const int columns = m->columnCount();
        QVERIFY(rows > 5);
        QVERIFY(columns > 5);

        // pg_default_acl is read last: hold it so that the refresh blocks there, mid-load.
        pg::Connection locker, watcher;
        QVERIFY(test::openSandbox(locker, QStringLiteral("roledesk_fixture")));
        QVERIFY(test::openSandbox(watcher, QStringLiteral("roledesk_fixture")));
        QVERIFY(test::execOrFail(locker, QStringLiteral("BEGIN")));
        QVERIFY(test::execOrFail(locker, QStringLiteral("LOCK TABLE pg_catalog.pg_default_acl IN ACCESS EXCLUSIVE MODE")));
        QSignalSpy failed(w.session(), &Session::loadFailed);
        QSignalSpy progressed(w.session(), &Session::progressed);
        w.refreshAction()->trigger();
        QCOMPARE(w.session()->state(), Session::State::Loading);
        QVERIFY(w.cancelAction()->isEnabled());
        QVERIFY(!w.refreshAction()->isEnabled());

        int pid = 0;
        QElapsedTimer timer;
        timer.start();
        while (pid == 0 && timer.elapsed() < 20000) {
            const pg::Result r = watcher.exec(QStringLiteral(
                "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'"), {appName});
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            if (r.rows() == 1)
                pid = int(r.integer(0, 0));
            else
                QTest::qWait(20);
        }
        QVERIFY2(pid != 0, "the loader never blocked on pg_default_acl");
        QTRY_VERIFY(progressed.count() > 3); // genuinely mid-load: several parts were read
        QVERIFY(test::execOrFail(watcher, QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));

        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<pg::Error>();
        QCOMPARE(error.sqlstate, QString::fromLatin1(pg::sqlstate::AdminShutdown));
        QVERIFY(error.connectionLost);
        QVERIFY(test::execOrFail(locker, QStringLiteral("ROLLBACK")));

        // The bar names the cause: the server's own words, not a vague "could not connect".
        QTRY_VERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->level(), MessageBar::Level::Error);
        const QString text = w.messageBar()->text();
        QVERIFY2(text.contains(QStringLiteral("terminating connection due to administrator command")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("lost while reading the catalog")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Could not connect")), qPrintable(text));
        const auto *label = w.messageBar()->findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(label);
        QVERIFY2(label->toolTip().contains(QStringLiteral("57P01")), qPrintable(label->toolTip()));

        // Usable again, and the last snapshot is still shown.
        QCOMPARE(w.session()->state(), Session::State::Idle);
        QVERIFY(w.connectAction()->isEnabled());
        QVERIFY(w.refreshAction()->isEnabled());
        QVERIFY(!w.cancelAction()->isEnabled());
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("loadProgress"))->isVisible());
        QVERIFY(w.session()->rights());
        QCOMPARE(m->rowCount(), rows);
        QCOMPARE(m->columnCount(), columns);
        QVERIFY(w.matrixPage()->view()->isVisible());

        // With the lock gone, F5 loads the snapshot and clears the bar.
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &w);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(w.session()->state(), Session::State::Loading);
        QVERIFY(shown.wait(60000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(w.session()->state(), Session::State::Idle);
        QVERIFY(!w.messageBar()->isVisible());
        QCOMPARE(m->rowCount(), rows);
        QCOMPARE(m->columnCount(), columns);
    }

    // A login that may not read pg_default_acl: the snapshot still loads and the bar says which
    // part is missing.
    void loginWithoutRightsOnPartOfCatalog()
    {
        pg::Connection super;
        QVERIFY(test::openSandbox(super, QStringLiteral("postgres")));
        super.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_restrictedDb));
        super.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_limitedLogin));
        QVERIFY(test::execOrFail(super, QStringLiteral("CREATE DATABASE %1").arg(m_restrictedDb)));
        QVERIFY(test::execOrFail(super, QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_limitedLogin)));
        {
            pg::Connection admin;
            QVERIFY(test::openSandbox(admin, m_restrictedDb));
            QVERIFY(test::execOrFail(admin, QStringLiteral("REVOKE SELECT ON pg_catalog.pg_default_acl FROM PUBLIC")));
        }

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(load(w, test::sandboxOptions(m_restrictedDb, m_limitedLogin)));
        QVERIFY(w.windowTitle().contains(m_restrictedDb));

        // The matrix is filled: the login's own row, and CONNECT on its database from PUBLIC.
        const QAbstractItemModel *m = w.matrixPage()->view()->model();
        QVERIFY(m->columnCount() > 0);
        const int row = rowOf(m, m_limitedLogin);
        QVERIFY(row >= 0);
        const int column = columnOf(m, m_restrictedDb);
        QVERIFY(column >= 0);
        const QModelIndex cell = m->index(row, column);
        QVERIFY2(cell.data().toString().contains(u'c'), qPrintable(cell.data().toString()));
        QCOMPARE(cell.data(PrivilegeMatrixModel::SourceRole).toInt(), int(RightSource::Public));

        QTRY_VERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->level(), MessageBar::Level::Warning);
        const QString text = w.messageBar()->text();
        QVERIFY2(text.contains(QStringLiteral("pg_default_acl")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("permission denied")), qPrintable(text));
        QVERIFY(w.refreshAction()->isEnabled());
        QVERIFY(w.connectAction()->isEnabled());
    }

    void cleanupTestCase()
    {
        pg::Connection super;
        if (test::sandboxConfigured(nullptr) && super.open(test::sandboxOptions(QStringLiteral("postgres"))).isNull()) {
            super.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_restrictedDb));
            super.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_limitedLogin));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
