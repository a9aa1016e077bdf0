// GUI test (offscreen, no database): the first hour's window — a first size that fits the screen,
// docks that do not widen it, layout remembered between runs, the Connect dialog opening on the
// current connection, and save dialogs starting in the documents folder, then the last folder used.
#include "common/savedialogs.h"
#include "common/windowgeometry.h"
#include "window/connectiondialog.h"
#include "window/mainwindow.h"
#include "changes/pendingchangesdock.h"
#include "window/session.h"
#include "store/connectionprofile.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <functional>

using namespace roledesk;

namespace {

/// Runs \a inspect on the first modal dialog of type T that opens, then closes it with \a accept.
template <typename T>
void whenModalOpens(std::function<void(T *)> inspect)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, inspect] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            inspect(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT

private slots:
    void fittedSize_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1366x768 laptop, panel at the bottom") << QRect(0, 0, 1366, 728) << QSize(1350, 688);
        QTest::newRow("full HD") << QRect(0, 0, 1920, 1040) << QSize(1500, 900);
        QTest::newRow("tall and narrow") << QRect(0, 0, 1024, 1280) << QSize(1008, 900);
        QTest::newRow("second screen at an offset") << QRect(1920, 0, 1280, 800) << QSize(1264, 760);
        QTest::newRow("no screen known") << QRect() << QSize(1500, 900);
    }

    void fittedSize()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, expected);
        QCOMPARE(fittedWindowSize(available, QSize(1500, 900)), expected);
    }

    void windowFitsScreenAndDocksDoNotWidenIt()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        qInfo("offscreen screen: available %dx%d", available.width(), available.height());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
        const int width = window.width();
        // Every dock open at once: the Why? panel, the pending changes and the policy drift.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= available.width(),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), width);
    }

    void layoutRememberedBetweenRuns()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        QSize saved;
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(640, 480);
            first.findChild<QDockWidget *>(QStringLiteral("policyDriftDock"))->show();
            first.findChild<QDockWidget *>(QStringLiteral("whyDock"))->hide();
            QCoreApplication::processEvents();
            saved = first.size();
            saveWindowLayout(&first, settings);
        }
        MainWindow second;
        QVERIFY(restoreWindowLayout(&second, settings));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), saved);
        QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("policyDriftDock"))->isVisible());
        QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("whyDock"))->isVisible());

        QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        MainWindow third;
        QVERIFY(!restoreWindowLayout(&third, empty));
    }

    void profileFromConnectOptions()
    {
        const ConnectionProfile p = ConnectionProfile::fromConnectOptions(
            {{QStringLiteral("dbname"), QStringLiteral("host=/var/tmp/sock port=54320 dbname=roledesk_demo user=postgres")}});
        QCOMPARE(p.host, QStringLiteral("/var/tmp/sock"));
        QCOMPARE(p.port, QStringLiteral("54320"));
        QCOMPARE(p.database, QStringLiteral("roledesk_demo"));
        QCOMPARE(p.user, QStringLiteral("postgres"));
        QVERIFY(p.connectionString.isEmpty());

        const ConnectionProfile uri = ConnectionProfile::fromConnectOptions(
            {{QStringLiteral("dbname"), QStringLiteral("postgresql://alice@db.example:5433/sales?sslmode=require")}});
        QCOMPARE(uri.host, QStringLiteral("db.example"));
        QCOMPARE(uri.port, QStringLiteral("5433"));
        QCOMPARE(uri.database, QStringLiteral("sales"));
        QCOMPARE(uri.user, QStringLiteral("alice"));
        QCOMPARE(uri.sslmode, QStringLiteral("require"));

        // Fields after the string override it; a password is never carried into the fields.
        const ConnectionProfile fields = ConnectionProfile::fromConnectOptions(
            {{QStringLiteral("host"), QStringLiteral("h")}, {QStringLiteral("dbname"), QStringLiteral("d")},
             {QStringLiteral("user"), QStringLiteral("u")}, {QStringLiteral("password"), QStringLiteral("secret")}});
        QCOMPARE(fields.database, QStringLiteral("d"));
        QVERIFY(!fields.connectionString.contains(QStringLiteral("secret")));

        const ConnectionProfile service = ConnectionProfile::fromConnectOptions(
            {{QStringLiteral("dbname"), QStringLiteral("service=prod password=secret")}});
        QVERIFY(service.connectionString.contains(QStringLiteral("service")));
        QVERIFY(!service.connectionString.contains(QStringLiteral("secret")));
    }

    void connectDialogOpensOnCurrentConnection()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        // Nothing listens there: the attempt fails, the settings stay the session's.
        window.connectTo({{QStringLiteral("dbname"),
                           QStringLiteral("host=%1 port=1 dbname=roledesk_models user=postgres connect_timeout=2").arg(dir.path())}});
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() != Session::State::Loading, 10000);
        ConnectionProfile shown;
        whenModalOpens<ConnectionDialog>([&shown](ConnectionDialog *dialog) {
            shown = dialog->profile();
            dialog->reject();
        });
        window.showConnectDialog();
        QCOMPARE(shown.host, dir.path());
        QCOMPARE(shown.port, QStringLiteral("1"));
        QCOMPARE(shown.database, QStringLiteral("roledesk_models"));
        QCOMPARE(shown.user, QStringLiteral("postgres"));
    }

    void saveDialogsStartInDocumentsThenLastFolder()
    {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        QSettings().remove(QStringLiteral("dialogs"));
        QCOMPARE(saveDialogStart(), documents);
        QCOMPARE(saveDialogStart(QStringLiteral("plan.sql")), QDir(documents).filePath(QStringLiteral("plan.sql")));

        // The pending changes' own dialog starts there too, and remembers where it saved.
        QTemporaryDir elsewhere;
        MainWindow window;
        QString opened;
        whenModalOpens<QFileDialog>([&](QFileDialog *dialog) {
            opened = dialog->directory().absolutePath();
            dialog->selectFile(QDir(elsewhere.path()).filePath(QStringLiteral("mine.sql")));
            QMetaObject::invokeMethod(dialog, "accept");
        });
        window.pendingChangesDock()->save();
        QCOMPARE(opened, QDir(documents).absolutePath());
        QCOMPARE(saveDialogStart(), elsewhere.path());

        // A static save dialog (journal, policy, model file) opens in the remembered folder.
        whenModalOpens<QFileDialog>([&](QFileDialog *dialog) {
            opened = dialog->directory().absolutePath();
            dialog->reject();
        });
        QVERIFY(askSaveFileName(&window, QStringLiteral("t"), QStringLiteral("j.csv"), QStringLiteral("*.csv")).isEmpty());
        QCOMPARE(opened, QDir(elsewhere.path()).absolutePath());
    }
};

int main(int argc, char *argv[])
{
    // Settings and documents in a folder of the test's own, not the user's.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RoleDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    TestWindowLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
