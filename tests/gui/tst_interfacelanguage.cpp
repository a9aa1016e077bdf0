// Live GUI test: View ▸ Language switches the interface at run time, keeps the session (snapshot,
// pending plan, undo history) and is remembered; the system's language stays the default.

#include "changes/pendingchangesdock.h"
#include "models/privilegematrixmodel.h"
#include "plan/change.h"
#include "privileges/matrixpage.h"
#include "sandbox.h"
#include "window/interfacelanguage.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace roledesk;

class TestInterfaceLanguage : public QObject {
    Q_OBJECT

    QString m_catalogues; // the build's roledesk_<lang>.qm
    pg::ConnectOptions m_demo;

    /// What \a source of MainWindow reads in \a language, from the build's own catalogue.
    QString expected(const QString &language, const char *source) const
    {
        QTranslator t;
        if (!t.load(m_catalogues + QStringLiteral("/roledesk_") + language + QStringLiteral(".qm")))
            return {};
        return t.translate("roledesk::MainWindow", source);
    }

    static QAction *languageAction(MainWindow &w, const QString &code)
    {
        return w.findChild<QAction *>(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
    }

    static QString tabText(MainWindow &w, int index)
    {
        return w.findChild<QTabWidget *>(QStringLiteral("pages"))->tabText(index);
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
        qputenv("ROLEDESK_NO_KEYCHAIN", "1");
        m_demo = test::sandboxOptions(QStringLiteral("roledesk_demo"));
        m_catalogues = qEnvironmentVariable("ROLEDESK_BINARY_DIR") + QStringLiteral("/app");
        QVERIFY2(QFile::exists(m_catalogues + QStringLiteral("/roledesk_ja.qm")), qPrintable(m_catalogues));
        QSettings().remove(QStringLiteral("interface"));
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("interface")); }

    void unknownLanguagesAreRefused()
    {
        InterfaceLanguage language(m_catalogues);
        QVERIFY(language.apply(QString(), false));
        QVERIFY(!language.apply(QStringLiteral("klingon")));
        QVERIFY(!language.apply(QStringLiteral("ja_JP"))); // offered as "ja" only
        QCOMPARE(language.current(), QString());
        QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("xx"));
        QCOMPARE(InterfaceLanguage::saved(), QString()); // a bad saved value means the system's
        QSettings().remove(QStringLiteral("interface"));
    }

    // The menu offers the system default and the three languages, each by its own name, and
    // marks the one in effect.
    void menuOffersEveryLanguage()
    {
        InterfaceLanguage language(m_catalogues);
        language.apply(QString(), false);
        MainWindow w;
        w.setInterfaceLanguage(&language);
        auto *menu = w.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                names << a->text();
        QCOMPARE(names.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("日本語"), QStringLiteral("简体中文")}));
        QVERIFY(languageAction(w, QString())->isChecked());
        QVERIFY(!languageAction(w, QStringLiteral("ja"))->isChecked());
    }

    // Choosing 日本語 rebuilds the window in Japanese on the same session: the snapshot, the
    // pending change, its undo history, the page and the plan's SQL are all still there; the
    // choice is remembered; English brings the English texts back.
    void switchesAtRunTimeKeepingTheSession()
    {
        const QString japanese = expected(QStringLiteral("ja"), "&Privileges");
        const QString chinese = expected(QStringLiteral("zh_CN"), "&Privileges");
        QVERIFY(!japanese.isEmpty() && japanese != QStringLiteral("&Privileges"));
        QVERIFY(!chinese.isEmpty() && chinese != japanese);

        InterfaceLanguage language(m_catalogues);
        language.apply(QStringLiteral("en"), false);
        auto w = std::make_unique<MainWindow>();
        w->setInterfaceLanguage(&language);
        w->show();
        QSignalSpy shown(w.get(), &MainWindow::snapshotShown);
        w->connectTo(m_demo);
        QVERIFY(shown.wait(60000));
        QCOMPARE(tabText(*w, 0), QStringLiteral("&Privileges"));

        Session *session = w->session();
        const auto rights = session->rights();
        const ObjectRef table{ObjectKind::Table, QStringLiteral("public"), QStringLiteral("language_t"), {}, {}};
        QCOMPARE(session->addChanges({GrantPrivileges{table, QStringLiteral("postgres"), Privilege::Select, false}},
                                     QStringLiteral("first")), 1);
        QCOMPARE(session->addChanges({GrantPrivileges{table, QStringLiteral("postgres"), Privilege::Update, false}},
                                     QStringLiteral("second")), 1);
        session->undoStack()->undo();
        w->showPage(MainWindow::Page::Memberships);

        QSignalSpy changed(&language, &InterfaceLanguage::languageChanged);
        languageAction(*w, QStringLiteral("ja"))->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(InterfaceLanguage::saved(), QStringLiteral("ja"));
        QVERIFY(!w->isBusy());
        std::unique_ptr<MainWindow> ja = w->rebuilt();
        w.reset();
        ja->show();

        QCOMPARE(tabText(*ja, 0), japanese);
        QCOMPARE(ja->session(), session);
        QCOMPARE(ja->session()->rights(), rights); // no reload: the same snapshot
        QCOMPARE(session->pendingPlan().size(), 1);
        QCOMPARE(session->undoStack()->count(), 2);
        QVERIFY(session->undoStack()->canRedo());
        QCOMPARE(ja->findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex(), int(MainWindow::Page::Memberships));
        QVERIFY(ja->matrixPage()->model()->rowCount() > 0);
        QVERIFY2(ja->pendingChangesDock()->preview()->toPlainText().contains(QStringLiteral("language_t")),
                 qPrintable(ja->pendingChangesDock()->preview()->toPlainText()));
        QVERIFY(languageAction(*ja, QStringLiteral("ja"))->isChecked());
        // The rebuilt window's undo actions drive the same history.
        auto *redo = ja->findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(redo && redo->isEnabled());
        redo->trigger();
        QCOMPARE(session->pendingPlan().size(), 2);

        // Another language, then English again.
        languageAction(*ja, QStringLiteral("zh_CN"))->trigger();
        std::unique_ptr<MainWindow> zh = ja->rebuilt();
        ja.reset();
        QCOMPARE(tabText(*zh, 0), chinese);
        languageAction(*zh, QStringLiteral("en"))->trigger();
        std::unique_ptr<MainWindow> en = zh->rebuilt();
        zh.reset();
        QCOMPARE(tabText(*en, 0), QStringLiteral("&Privileges"));
        QCOMPARE(InterfaceLanguage::saved(), QStringLiteral("en"));
        QCOMPARE(en->session()->pendingPlan().size(), 2);

        // The system default forgets the choice.
        languageAction(*en, QString())->trigger();
        QCOMPARE(InterfaceLanguage::saved(), QString());
        QVERIFY(QSettings().value(QStringLiteral("interface/language")).isNull());
    }

    // Counts read naturally: English plural forms come from the English catalogue, and the C
    // locale (no LANG) reads English too.
    void pluralsInEnglish()
    {
        InterfaceLanguage language(m_catalogues);
        for (const QString &code : {QStringLiteral("en"), QString()}) {
            QVERIFY(language.apply(code, false));
            const auto changes = [](int n) {
                return QCoreApplication::translate("roledesk::PendingChangesDock", "%n change(s)", nullptr, n);
            };
            if (code.isEmpty() && QLocale::system().language() != QLocale::C && QLocale::system().language() != QLocale::English)
                continue; // a machine in another language: covered by the explicit "en"
            QCOMPARE(changes(1), QStringLiteral("1 change"));
            QCOMPARE(changes(2), QStringLiteral("2 changes"));
            QCOMPARE(changes(0), QStringLiteral("0 changes"));
        }
        // Japanese has one form.
        QVERIFY(language.apply(QStringLiteral("ja"), false));
        const QString one = QCoreApplication::translate("roledesk::PendingChangesDock", "%n change(s)", nullptr, 1);
        QVERIFY2(!one.contains(QStringLiteral("(s)")) && one.contains(u'1'), qPrintable(one));
        QVERIFY(language.apply(QStringLiteral("en"), false));
    }

    // A window with running work is busy: a language change waits rather than cutting it short.
    void busyWhileLoading()
    {
        MainWindow w;
        QVERIFY(!w.isBusy());
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(m_demo);
        QVERIFY(w.isBusy());
        QVERIFY(shown.wait(60000));
        QVERIFY(!w.isBusy());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RoleDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_interfacelanguage"));
    TestInterfaceLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_interfacelanguage.moc"
