// Live GUI test: the main window against the sandbox's fixture database.

#include "lineagepanel.h"
#include "mainwindow.h"
#include "matrixpage.h"
#include "membershippage.h"
#include "messagebar.h"
#include "models/membershipmodel.h"
#include "models/privilegematrixmodel.h"
#include "session.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

class TestMainWindow : public QObject {
    Q_OBJECT

    pg::ConnectOptions m_fixture;

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

    bool load(MainWindow &w)
    {
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(m_fixture);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
