// Live GUI test, offscreen: Database ▸ Check separation of duties on a scratch database of the
// sandbox: superuser and CREATEROLE logins made for real, a platform file whose people own them
// (one login given to two people), the filter, the path of a violation, another rules file (and a
// broken one), CSV export, and the menu entry. The expected logins come from pg_roles, not from
// the engine the dialog runs.
#include "audit/lintdialog.h"
#include "catalog/catalogreader.h"
#include "csv.h"
#include "models/lintviolationmodel.h"
#include "pg/identifier.h"
#include "pg/result.h"
#include "platform/platformdocument.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "tst_platformfixture.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("roledesk_lintdialog");
const QString prefix = QStringLiteral("lintdlg_");
const QString hostile = QStringLiteral("lintdlg_Ann \"x\".é");

} // namespace

/// LintDialog against real roles.
class TstLintDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginsWithoutPeople();
    void peopleFromPlatformFile();
    void filterPathAndExport();
    void rulesFiles();
    void menuEntry();

private:
    std::shared_ptr<const EffectiveRights> rightsNow();
    bool check(LintDialog &dialog, const PlatformDocument *platform = nullptr);
    /// The violations shown: "rule|person|login" for the rows of the scratch logins and people.
    QStringList shown(const LintDialog &dialog) const;
    QStringList scratchLogins(const QString &condition);
    QString write(const QString &name, const QByteArray &text);
    pg::Connection m_admin;
    pg::Connection m_db;
    QTemporaryDir m_dir;
};

std::shared_ptr<const EffectiveRights> TstLintDialog::rightsNow()
{
    const SnapshotOutcome read = CatalogReader::read(m_db);
    if (!read.ok()) {
        qWarning() << read.error.toString();
        return {};
    }
    return std::make_shared<const EffectiveRights>(read.snapshot);
}

bool TstLintDialog::check(LintDialog &dialog, const PlatformDocument *platform)
{
    QSignalSpy finished(&dialog, &LintDialog::finished);
    dialog.check(rightsNow(), platform);
    return finished.wait(60000);
}

QStringList TstLintDialog::shown(const LintDialog &dialog) const
{
    QStringList out;
    const QAbstractItemModel *m = dialog.table()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const auto cell = [&](int column) { return m->index(row, column).data().toString(); };
        const QString login = cell(LintViolationModel::LoginColumn);
        const QString person = m->index(row, LintViolationModel::PersonColumn).data().toString();
        if (login.startsWith(prefix) || person == u"ann" || person == u"bob")
            out << cell(LintViolationModel::RuleColumn) + u'|' + person + u'|' + login;
    }
    out.sort();
    return out;
}

QStringList TstLintDialog::scratchLogins(const QString &condition)
{
    QStringList out;
    const pg::Result r = m_admin.exec(
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin AND ") + condition
            + QStringLiteral(" AND starts_with(rolname, $1) ORDER BY 1"),
        {prefix});
    for (int row = 0; row < r.rows(); ++row)
        out << r.text(row, 0);
    return out;
}

QString TstLintDialog::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

void TstLintDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_admin, QStringLiteral("postgres")));
    test::dropScratch(m_admin, {database}, prefix, prefix);
    for (const QString &sql : {QStringLiteral("CREATE ROLE lintdlg_root LOGIN SUPERUSER"),
                               QStringLiteral("CREATE ROLE lintdlg_maker LOGIN CREATEROLE"),
                               QStringLiteral("CREATE ROLE ") + pg::quoteIdent(hostile) + QStringLiteral(" LOGIN CREATEROLE"),
                               QStringLiteral("CREATE ROLE lintdlg_plain LOGIN"),
                               QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database)})
        QVERIFY(test::execOrFail(m_admin, sql));
    QVERIFY(test::openSandbox(m_db, database));
}

void TstLintDialog::cleanupTestCase()
{
    m_db.close();
    test::dropScratch(m_admin, {database}, prefix, prefix);
}

void TstLintDialog::loginsWithoutPeople()
{
    LintDialog dialog;
    dialog.show();
    QVERIFY(check(dialog));
    // What PostgreSQL says, not what the engine says: every scratch superuser and CREATEROLE login.
    QStringList expected;
    for (const QString &login : scratchLogins(QStringLiteral("rolsuper")))
        expected << QStringLiteral("superuser-login|(nobody)|") + login;
    for (const QString &login : scratchLogins(QStringLiteral("rolcreaterole AND NOT rolsuper")))
        expected << QStringLiteral("createrole-login|(nobody)|") + login;
    expected.sort();
    QCOMPARE(expected.size(), 3);
    QCOMPARE(shown(dialog), expected);
    // The bootstrap superuser cannot lose SUPERUSER: the shipped rule leaves it out.
    const pg::Result bootstrap = m_admin.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10"));
    QCOMPARE(bootstrap.rows(), 1);
    const QAbstractItemModel *m = dialog.table()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        QVERIFY(m->index(row, LintViolationModel::LoginColumn).data().toString() != bootstrap.text(0, 0));
    QVERIFY2(dialog.status().contains(database), qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains(QStringLiteral("violations: ")), qPrintable(dialog.status()));
}

void TstLintDialog::peopleFromPlatformFile()
{
    const QString path = write(QStringLiteral("acme.yaml"), QByteArrayLiteral(
        "platform: edb-hybrid-manager\n"
        "organization: Acme\n"
        "projects: [analytics]\n"
        "people:\n"
        "  - {id: ann, name: Ann, provider: native}\n"
        "  - {id: bob, name: Bob, provider: native}\n"
        "  - {id: cy, name: Cy, provider: native}\n"
        "assignments:\n"
        "  - {person: ann, role: Organization Owner}\n"
        "  - {person: ann, role: Platform Admin}\n"
        "logins:\n"
        "  lists:\n"
        "    - {person: ann, roles: [\"lintdlg_Ann \\\"x\\\".\u00e9\", lintdlg_maker]}\n"
        "    - {person: bob, roles: [lintdlg_root, lintdlg_maker]}\n"));
    QVERIFY(!path.isEmpty());
    PlatformDocument document;
    QCOMPARE(document.open(path), QString());

    LintDialog dialog;
    dialog.show();
    QVERIFY(check(dialog, &document));
    const QStringList rows = shown(dialog);
    QVERIFY2(rows.contains(QStringLiteral("organization-owner-and-platform-admin|ann|")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("superuser-login|bob|lintdlg_root")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("createrole-login|ann|") + hostile), qPrintable(rows.join(u'\n')));
    // A login of two people stays theirs both, and the notes name both.
    QVERIFY2(rows.contains(QStringLiteral("createrole-login|ann|lintdlg_maker")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("createrole-login|bob|lintdlg_maker")), qPrintable(rows.join(u'\n')));
    const QString notes = dialog.notes();
    QVERIFY2(notes.contains(QStringLiteral("lintdlg_maker")) && notes.contains(QStringLiteral("ann"))
                 && notes.contains(QStringLiteral("bob")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("cy")), qPrintable(notes)); // no login
    test::grabIfAsked(&dialog, &dialog, QStringLiteral("lint"));
}

void TstLintDialog::filterPathAndExport()
{
    LintDialog dialog;
    dialog.show();
    QVERIFY(check(dialog));
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("lintdlg_root"));
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    dialog.table()->setFocus();
    dialog.table()->setCurrentIndex(dialog.table()->model()->index(0, 0));
    const QString path = dialog.pathView()->toPlainText();
    QVERIFY2(path.contains(QStringLiteral("lintdlg_root")), qPrintable(path));
    QVERIFY2(path.contains(QStringLiteral("superuser-login")), qPrintable(path)); // the rule and its description

    const QString csvPath = m_dir.filePath(QStringLiteral("violations.csv"));
    QVERIFY2(dialog.exportCsv(csvPath), qPrintable(dialog.status()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = test::parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("person"),
                                         QStringLiteral("login"), QStringLiteral("database"), QStringLiteral("message"),
                                         QStringLiteral("path")}));
    QCOMPARE(records.at(1).at(0), QStringLiteral("error"));
    QCOMPARE(records.at(1).at(3), QStringLiteral("lintdlg_root"));
    QCOMPARE(records.at(1).at(4), database);

    // A folder cannot be written to: said, not thrown.
    QVERIFY(!dialog.exportCsv(m_dir.path()));
    QVERIFY2(dialog.status().contains(QDir::toNativeSeparators(m_dir.path())), qPrintable(dialog.status()));
}

void TstLintDialog::rulesFiles()
{
    LintDialog dialog;
    dialog.show();
    QVERIFY(check(dialog));
    const QStringList before = shown(dialog);

    // A broken file: the error names file and line; the rules in use stay.
    const QString broken = write(QStringLiteral("broken.yaml"), QByteArrayLiteral(
        "version: 1\nrules:\n  - name: x\n    severity: fatal\n    when: {login_attribute: superuser}\n"));
    QVERIFY(!dialog.useRulesFile(broken));
    QVERIFY2(dialog.notes().contains(QStringLiteral("broken.yaml:")), qPrintable(dialog.notes()));
    QCOMPARE(shown(dialog), before);

    // Only the superuser rule: the CREATEROLE logins are no longer shown.
    const QString only = write(QStringLiteral("only-superusers.yaml"), QByteArrayLiteral(
        "version: 1\nrules:\n  - name: no-superusers\n    severity: warning\n    when: {login_attribute: superuser}\n"));
    QSignalSpy finished(&dialog, &LintDialog::finished);
    QVERIFY(dialog.useRulesFile(only));
    QVERIFY(finished.wait(60000));
    QStringList expected;
    for (const QString &login : scratchLogins(QStringLiteral("rolsuper")))
        expected << QStringLiteral("no-superusers|(nobody)|") + login;
    QCOMPARE(shown(dialog), expected);

    dialog.useShippedRules();
    QVERIFY(finished.wait(60000));
    QCOMPARE(shown(dialog), before);
}

void TstLintDialog::menuEntry()
{
    MainWindow w;
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
    QVERIFY(menu);
    QAction *lint = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == u"actionCheckDuties")
            lint = a;
    QVERIFY(lint);
    QVERIFY(!lint->isEnabled()); // nothing loaded
    QSignalSpy shownSnapshot(&w, &MainWindow::snapshotShown);
    w.connectTo(test::sandboxOptions(database));
    QVERIFY(shownSnapshot.wait(60000) || !shownSnapshot.isEmpty());
    QVERIFY(lint->isEnabled());
    lint->trigger();
    auto *dialog = w.findChild<LintDialog *>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &LintDialog::finished);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY2(dialog->status().contains(database), qPrintable(dialog->status()));
}

QTEST_MAIN(TstLintDialog)
#include "tst_lintdialog.moc"
