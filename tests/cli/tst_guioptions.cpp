// The GUI program's command line, run as a process (offscreen): --help names every option, an
// unknown --page or --language is refused with the valid values, and --save-profile stores a connection profile
// (what app/run.sh does for the demo databases) without opening a window.
#include "inenglish.h"
#include "store/profilestore.h"
#include "store/workspace.h"

#include <QProcess>
#include <QSettings>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runGui(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment env = test::inEnglish(); // the console follows the system's language too
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLEDESK_GUI_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestGuiOptions : public QObject {
    Q_OBJECT

private slots:
    void helpNamesEveryOption()
    {
        QTemporaryDir dir;
        const Outcome o = runGui({QStringLiteral("--help")}, dir.path());
        QCOMPARE(o.exitCode, 0);
        for (const char *option : {"--dsn", "--page", "--select", "--edit", "--screenshot", "--save-profile", "--language", "--version"})
            QVERIFY2(o.out.contains(QLatin1String(option)), option);
        for (const char *page : {"privileges", "memberships", "defaults", "models", "modelaccess", "inference", "groups", "roledialog"})
            QVERIFY2(o.out.contains(QLatin1String(page)), page);
    }

    void unknownPageIsAnError()
    {
        QTemporaryDir dir;
        const Outcome o = runGui({QStringLiteral("--page"), QStringLiteral("privilges")}, dir.path());
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("privilges")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("privileges, memberships, defaults, models, modelaccess, inference, groups, roledialog")),
                 qPrintable(o.err));
    }

    void unknownLanguageIsAnError()
    {
        QTemporaryDir dir;
        for (const QString &bad : {QStringLiteral("de"), QStringLiteral("ja_JP"), QString()}) {
            const Outcome o = runGui({QStringLiteral("--language"), bad}, dir.path());
            QCOMPARE(o.exitCode, 2);
            QVERIFY2(o.err.contains(QStringLiteral("unknown language \"%1\"").arg(bad)), qPrintable(o.err));
            QVERIFY2(o.err.contains(QStringLiteral("en, ja, zh_CN")), qPrintable(o.err));
        }
    }

    // --language applies to this run's messages, in every language the console speaks, and the
    // saved choice (none here) stays as it was.
    void languageForOneRun()
    {
        QTemporaryDir dir;
        const QString dsn = QStringLiteral("host=/tmp port=5432 dbname=somewhere");
        const char *source = "Saved the connection profile \"%1\" (%2) in %3.";
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QTranslator catalogue;
            QVERIFY(catalogue.load(qEnvironmentVariable("ROLEDESK_BINARY_DIR") + QStringLiteral("/app/roledesk_")
                                   + language + QStringLiteral(".qm")));
            QString expected = catalogue.translate("roledesk::RoleDeskApp", source);
            if (expected.isEmpty())
                expected = QString::fromUtf8(source); // English: the source text
            QVERIFY(language == QLatin1String("en") || expected != QString::fromUtf8(source));
            const Outcome o = runGui({QStringLiteral("--language"), language, QStringLiteral("--save-profile"),
                                      QStringLiteral("p"), QStringLiteral("--dsn"), dsn}, dir.path());
            QVERIFY2(o.exitCode == 0, qPrintable(o.err));
            QVERIFY2(o.out.startsWith(expected.left(expected.indexOf(QStringLiteral("%1")))), qPrintable(o.out));
        }
        QSettings saved(dir.path() + QStringLiteral("/config/RoleDesk/RoleDesk.conf"), QSettings::IniFormat);
        QVERIFY(!saved.contains(QStringLiteral("interface/language")));
    }

    void saveProfileStoresTheDemoConnection()
    {
        QTemporaryDir dir;
        const QString dsn = QStringLiteral("host=/var/tmp/roledesk/sandbox/run port=54320 dbname=roledesk_models user=postgres");
        Outcome o = runGui({QStringLiteral("--save-profile"), QStringLiteral("demo: roledesk_models"),
                            QStringLiteral("--dsn"), dsn}, dir.path());
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        // Saving again replaces it (the sandbox's port may change between runs).
        o = runGui({QStringLiteral("--save-profile"), QStringLiteral("demo: roledesk_models"), QStringLiteral("--dsn"), dsn},
                   dir.path());
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));

        Workspace workspace(dir.path() + QStringLiteral("/RoleDesk/RoleDesk/workspace.sqlite"));
        QVERIFY(workspace.open().message.isEmpty());
        ProfileStore store(&workspace);
        QCOMPARE(store.names(), QStringList{QStringLiteral("demo: roledesk_models")});
        const auto p = store.profile(QStringLiteral("demo: roledesk_models"));
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("/var/tmp/roledesk/sandbox/run"));
        QCOMPARE(p->port, QStringLiteral("54320"));
        QCOMPARE(p->database, QStringLiteral("roledesk_models"));
        QCOMPARE(p->user, QStringLiteral("postgres"));

        o = runGui({QStringLiteral("--save-profile"), QStringLiteral("x")}, dir.path());
        QCOMPARE(o.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
