#include "clirun.h"
#include "pg/identifier.h"
#include "sandbox.h"
#include "store/journal.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace roledesk;
using pg::quoteIdent;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

const QString kDb = QStringLiteral("cligroups_db");
const QString kStdDb = QStringLiteral("cligroups_std"); // no model enabled
QString group(const QString &rest) { return kDb + u'.' + rest; }

// Roles are cluster-wide: created here, dropped with the groups in cleanup.
const char *const kRoles = R"SQL(
CREATE ROLE clg_ann LOGIN;
CREATE ROLE clg_bob LOGIN;
CREATE ROLE clg_team NOLOGIN;
CREATE ROLE clg_carl LOGIN IN ROLE clg_team;
)SQL";

// Objects that migrate hands over, in a lower-case and a mixed-case schema.
const char *const kFixture = R"SQL(
CREATE EXTENSION slpm_ce;
CREATE SCHEMA sales;
CREATE SCHEMA "Mixed Case";
CREATE TABLE sales.t1 (id int);
CREATE TABLE sales.t2 (id int);
CREATE TABLE sales.t3 (id int);
CREATE VIEW sales.v AS SELECT id FROM sales.t1;
CREATE TABLE "Mixed Case"."Tab X" (id int);
CREATE TABLE "Mixed Case"."Tab Y" (id int);
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS int LANGUAGE sql AS 'SELECT 1';
DO $$ BEGIN FOR i IN 1..150 LOOP EXECUTE format('CREATE TABLE sales.bulk_%s (id int)', i); END LOOP; END $$;
)SQL";

} // namespace

/// roledesk-cli groups run as a process against a database of the sandbox with slpm_ce: enable and
/// migrate on a fresh database reach COMPLETED; the listing in text, CSV and JSON; grant with
/// --dry-run prints the CALL and changes nothing; grant, revoke, set-level and create-user change
/// pg_auth_members; refusals (reserved user name, unknown group, a role that is no group, no
/// model enabled) change nothing. The slots run in order and build on each other.
class TstCliGroups : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usage();
    void enableAndMigrate();
    void listText();
    void listCsv();
    void listJson();
    void drift();
    void grantDryRunChangesNothing();
    void grantAndRevoke();
    void setLevel();
    void createUser();
    void refusals();
    void policyFileSchemaGroups();
    void noModelEnabled();
    void cleanupTestCase();

private:
    Outcome run(const QStringList &arguments, const QString &db = kDb)
    {
        QProcessEnvironment env = test::inEnglish();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))); // never the user's own workspace
        return test::runCliProcess(QStringList{QStringLiteral("groups")} + arguments
                                       + QStringList{QStringLiteral("--dsn"), QStringLiteral("dbname=") + db},
                                   env);
    }
    /// The direct groups of \a role, sorted, read from pg_auth_members.
    QStringList groupsOf(const QString &role)
    {
        pg::Connection conn;
        if (!test::openSandbox(conn, kDb))
            return {QStringLiteral("(no connection)")};
        return test::queryColumn(conn, QStringLiteral(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = $1 ORDER BY 1"), {role});
    }
    void dropAll();

    QTemporaryDir m_dir;
    pg::Connection m_root;
};

void TstCliGroups::dropAll()
{
    test::dropScratch(m_root, {kDb, kStdDb}, QStringLiteral("clg_"), kDb + u'.');
}

void TstCliGroups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(kDb)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(kStdDb)));
    const pg::Result roles = m_root.execScript(QString::fromUtf8(kRoles));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, kDb));
    const pg::Result fixture = conn.execScript(QString::fromUtf8(kFixture));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    // conn closes here: slpm_enable refuses while another session is in the database.
}

void TstCliGroups::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

void TstCliGroups::usage()
{
    const Outcome help = test::runCliProcess({QStringLiteral("groups"), QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
    for (const char *word : {"grant GROUP USER", "set-level", "enable", "migrate", "cleanup", "kind,name,level,schema",
                             "\"levels\"", "Exit codes:"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const Outcome grantHelp = test::runCliProcess({QStringLiteral("groups"), QStringLiteral("grant"), QStringLiteral("--help")});
    QVERIFY2(grantHelp.exitCode == 0 && grantHelp.out.contains(u"--dry-run") && grantHelp.out.contains(u"Example"),
             qPrintable(describe(grantHelp)));
    QCOMPARE(test::runCliProcess({QStringLiteral("groups"), QStringLiteral("nonsense")}).exitCode, 2);
    QCOMPARE(test::runCliProcess({QStringLiteral("groups"), QStringLiteral("grant"), QStringLiteral("onlygroup")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--batch"), QStringLiteral("many")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("enable"), QStringLiteral("--model"), QStringLiteral("xyz")}).exitCode, 2);
}

void TstCliGroups::enableAndMigrate()
{
    // --dry-run prints the call and changes nothing.
    const Outcome dry = run({QStringLiteral("enable"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0 && dry.out.contains(u"CALL slpm_enable();"), qPrintable(describe(dry)));
    const Outcome dryMigrate = run({QStringLiteral("migrate"), QStringLiteral("--model"), QStringLiteral("slpm"),
                                    QStringLiteral("--batch"), QStringLiteral("3"), QStringLiteral("--dry-run")});
    QVERIFY2(dryMigrate.exitCode == 0 && dryMigrate.out.contains(u"CALL slpm_migrate(3);"), qPrintable(describe(dryMigrate)));
    QVERIFY(!test::queryColumn(m_root, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"),
                               {group(QStringLiteral("admin"))}).size());

    const Outcome enable = run({QStringLiteral("enable"), QStringLiteral("--model"), QStringLiteral("slpm")});
    QVERIFY2(enable.exitCode == 0, qPrintable(describe(enable)));
    QCOMPARE(test::queryColumn(m_root, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ANY($1::text[])"),
                               {QStringLiteral("{\"%1\",\"%2\",\"%3\"}").arg(group(QStringLiteral("admin")),
                                    group(QStringLiteral("sales.viewer")), group(QStringLiteral("Mixed Case.developer")))}),
             QStringList{QStringLiteral("3")});
    // Ctrl+C after the first batch: cancelled, the batches done stay, and running it again goes on.
    {
        QProcess p;
        QProcessEnvironment env = test::inEnglish();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROLEDESK_CLI_BINARY), {QStringLiteral("groups"), QStringLiteral("migrate"), QStringLiteral("--batch"),
                                                      QStringLiteral("1"), QStringLiteral("--dsn"), QStringLiteral("dbname=") + kDb});
        p.closeWriteChannel();
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        while (!err.contains("batch 1") && p.waitForReadyRead(30000))
            err += p.readAllStandardError();
        QVERIFY2(err.contains("batch 1"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 7 && err.contains("cancelled"), err.constData());
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, kDb));
        QCOMPARE(test::queryColumn(conn, QStringLiteral("SELECT migrated::text FROM slpm_ce.state")),
                 QStringList{QStringLiteral("false")});
    }
    const QString workspace = m_dir.filePath(QStringLiteral("groups-ws.sqlite"));
    const Outcome migrate = run({QStringLiteral("migrate"), QStringLiteral("--batch"), QStringLiteral("40"),
                                 QStringLiteral("--workspace"), workspace});
    QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate)));
    {
        // Journalled like every change: the calls that ran, who (as the server said) and where.
        Workspace ws(workspace);
        QVERIFY(ws.open().isNull());
        const QList<JournalEntry> entries = Journal(&ws).list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().kind, QStringLiteral("schema groups migrate"));
        QCOMPARE(entries.front().result, QStringLiteral("applied"));
        QCOMPARE(entries.front().database, kDb);
        QVERIFY2(entries.front().sql.startsWith(QStringLiteral("CALL slpm_migrate(40);")), qPrintable(entries.front().sql));
        QVERIFY(entries.front().statements >= 2);
        QVERIFY(!entries.front().databaseUser.isEmpty());
    }
    QVERIFY2(migrate.err.contains(u"batch 1") && migrate.err.contains(u"batch 2"), qPrintable(describe(migrate)));
    QVERIFY2(migrate.out.contains(u"completed", Qt::CaseInsensitive), qPrintable(describe(migrate)));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, kDb));
    QCOMPARE(test::queryColumn(conn, QStringLiteral("SELECT migrated::text FROM slpm_ce.state")),
             QStringList{QStringLiteral("true")});
    QCOMPARE(test::queryColumn(conn, QStringLiteral("SELECT relowner::regrole::text FROM pg_class WHERE oid = '\"Mixed Case\".\"Tab X\"'::regclass")),
             QStringList{quoteIdent(group(QStringLiteral("Mixed Case.developer")))});
    // Members for the listing: bob writes sales directly, carl views Mixed Case through clg_team.
    QVERIFY(test::execOrFail(conn, QStringLiteral("CALL slpm_grant($1, 'clg_bob')"),
                             {u'"' + group(QStringLiteral("sales.writer")) + u'"'}));
    QVERIFY(test::execOrFail(conn, QStringLiteral("CALL slpm_grant($1, 'clg_team')"),
                             {u'"' + group(QStringLiteral("Mixed Case.viewer")) + u'"'}));
}

void TstCliGroups::listText()
{
    const Outcome o = run({});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"Database cligroups_db: model slpm (source slpm_ce"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"migrated"), qPrintable(o.out));
    for (const QString &name : {group(QStringLiteral("admin")), group(QStringLiteral("sales.writer")),
                                group(QStringLiteral("Mixed Case.viewer"))})
        QVERIFY2(o.out.contains(name), qPrintable(name + u'\n' + o.out));
    QVERIFY2(o.out.contains(u"clg_bob: sales writer"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"clg_carl: Mixed Case viewer (via clg_team)"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"clg_ann: -"), qPrintable(o.out));
}

void TstCliGroups::listCsv()
{
    const QString file = m_dir.filePath(QStringLiteral("groups.csv"));
    const Outcome o = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), file});
    QVERIFY2(o.exitCode == 0 && o.out.isEmpty(), qPrintable(describe(o)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("kind,name,level,schema,member,direct,via"));
    QVERIFY2(lines.contains(QStringLiteral("group,cligroups_db.sales.writer,writer,sales,clg_bob,,")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("group,cligroups_db.Mixed Case.viewer,viewer,Mixed Case,clg_team,,")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("group,cligroups_db.admin,admin,,,,")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("user,clg_bob,writer,sales,,true,")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("user,clg_carl,viewer,Mixed Case,,false,clg_team")), qPrintable(lines.join(u'\n')));
}

void TstCliGroups::drift()
{
    // clg_ann can log in but is in no group yet: she lost CONNECT. Exit 1, as check does on drift.
    const Outcome o = run({QStringLiteral("--drift"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    const QStringList lines = o.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("kind,object,detail"));
    bool ann = false, bob = false;
    for (const QString &line : lines) {
        ann = ann || line.startsWith(QStringLiteral("user_in_no_group,role clg_ann,"));
        bob = bob || line.contains(QStringLiteral("role clg_bob,"));
    }
    QVERIFY2(ann && !bob, qPrintable(o.out));
    const Outcome j = run({QStringLiteral("--drift"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(j.exitCode, 1);
    const QJsonArray rows = QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"drift").toArray();
    QCOMPARE(rows.size(), lines.size() - 1);
    QCOMPARE(rows.first().toObject().value(u"kind").toString().isEmpty(), false);
}

void TstCliGroups::listJson()
{
    const Outcome o = run({QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(o.out));
    QCOMPARE(root.value(u"model").toString(), QStringLiteral("slpm"));
    QCOMPARE(root.value(u"source").toString(), QStringLiteral("slpm_ce"));
    QCOMPARE(root.value(u"database").toString(), kDb);
    QVERIFY(root.value(u"migrated").toBool());
    QJsonObject mixedViewer, admin;
    for (const QJsonValue &g : root.value(u"groups").toArray()) {
        if (g[u"name"].toString() == group(QStringLiteral("Mixed Case.viewer")))
            mixedViewer = g.toObject();
        if (g[u"name"].toString() == group(QStringLiteral("admin")))
            admin = g.toObject();
    }
    QCOMPARE(mixedViewer.value(u"level").toString(), QStringLiteral("viewer"));
    QCOMPARE(mixedViewer.value(u"schema").toString(), QStringLiteral("Mixed Case"));
    QCOMPARE(mixedViewer.value(u"members").toArray(), QJsonArray{QStringLiteral("clg_team")});
    QVERIFY(admin.value(u"schema").isNull());
    QCOMPARE(admin.value(u"level").toString(), QStringLiteral("admin"));
    QJsonObject carl, bob;
    for (const QJsonValue &u : root.value(u"users").toArray()) {
        if (u[u"name"].toString() == u"clg_carl")
            carl = u.toObject();
        if (u[u"name"].toString() == u"clg_bob")
            bob = u.toObject();
    }
    const QJsonObject carlMixed = carl.value(u"levels").toObject().value(u"Mixed Case").toObject();
    QCOMPARE(carlMixed.value(u"level").toString(), QStringLiteral("viewer"));
    QCOMPARE(carlMixed.value(u"direct").toBool(true), false);
    QCOMPARE(carlMixed.value(u"via").toString(), QStringLiteral("clg_team"));
    const QJsonObject bobSales = bob.value(u"levels").toObject().value(u"sales").toObject();
    QCOMPARE(bobSales.value(u"level").toString(), QStringLiteral("writer"));
    QVERIFY(bobSales.value(u"direct").toBool());
    QVERIFY(bobSales.value(u"via").isNull());
    QCOMPARE(bob.value(u"levels").toObject().size(), 1);
}

void TstCliGroups::grantDryRunChangesNothing()
{
    const Outcome o = run({QStringLiteral("grant"), group(QStringLiteral("sales.viewer")), QStringLiteral("clg_ann"),
                           QStringLiteral("--dry-run")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"CALL slpm_grant('\"cligroups_db.sales.viewer\"', '\"clg_ann\"');"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"BEGIN") && o.out.contains(u"COMMIT"), qPrintable(o.out));
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList());
    // Mixed case: the whole name double-quoted inside the literal.
    const Outcome mixed = run({QStringLiteral("grant"), group(QStringLiteral("Mixed Case.writer")), QStringLiteral("clg_ann"),
                               QStringLiteral("clg_bob"), QStringLiteral("--dry-run")});
    QVERIFY2(mixed.exitCode == 0, qPrintable(describe(mixed)));
    QVERIFY2(mixed.out.contains(u"CALL slpm_grant('\"cligroups_db.Mixed Case.writer\"', '\"clg_bob\"');"), qPrintable(mixed.out));
    QCOMPARE(groupsOf(QStringLiteral("clg_bob")), QStringList{group(QStringLiteral("sales.writer"))});
}

void TstCliGroups::grantAndRevoke()
{
    const Outcome grant = run({QStringLiteral("grant"), group(QStringLiteral("Mixed Case.writer")), QStringLiteral("clg_ann"),
                               QStringLiteral("clg_bob")});
    QVERIFY2(grant.exitCode == 0 && grant.out.contains(u"Applied 2 changes"), qPrintable(describe(grant)));
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList{group(QStringLiteral("Mixed Case.writer"))});
    QCOMPARE(groupsOf(QStringLiteral("clg_bob")),
             (QStringList{group(QStringLiteral("Mixed Case.writer")), group(QStringLiteral("sales.writer"))}));
    // Again: nothing to do, said so.
    const Outcome again = run({QStringLiteral("grant"), group(QStringLiteral("Mixed Case.writer")), QStringLiteral("clg_ann")});
    QVERIFY2(again.exitCode == 0 && again.err.contains(u"already a member") && again.out.contains(u"Nothing to apply"),
             qPrintable(describe(again)));
    const Outcome revoke = run({QStringLiteral("revoke"), group(QStringLiteral("Mixed Case.writer")), QStringLiteral("clg_bob"),
                                QStringLiteral("--no-journal")});
    QVERIFY2(revoke.exitCode == 0, qPrintable(describe(revoke)));
    QCOMPARE(groupsOf(QStringLiteral("clg_bob")), QStringList{group(QStringLiteral("sales.writer"))});
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList{group(QStringLiteral("Mixed Case.writer"))});
}

void TstCliGroups::setLevel()
{
    // ann writes Mixed Case: set-level viewer swaps the group.
    const Outcome dry = run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("Mixed Case"),
                             QStringLiteral("viewer"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0 && dry.out.contains(u"CALL slpm_revoke('\"cligroups_db.Mixed Case.writer\"', '\"clg_ann\"');")
                 && dry.out.contains(u"CALL slpm_grant('\"cligroups_db.Mixed Case.viewer\"', '\"clg_ann\"');"),
             qPrintable(describe(dry)));
    const Outcome o = run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("Mixed Case"),
                           QStringLiteral("viewer")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList{group(QStringLiteral("Mixed Case.viewer"))});
    const Outcome none = run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("Mixed Case"),
                              QStringLiteral("none")});
    QVERIFY2(none.exitCode == 0, qPrintable(describe(none)));
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList());
    const Outcome admin = run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("-"),
                               QStringLiteral("admin")});
    QVERIFY2(admin.exitCode == 0, qPrintable(describe(admin)));
    QCOMPARE(groupsOf(QStringLiteral("clg_ann")), QStringList{group(QStringLiteral("admin"))});
    // carl views Mixed Case through clg_team: none directly, and the note says what stays.
    const Outcome carl = run({QStringLiteral("set-level"), QStringLiteral("clg_carl"), QStringLiteral("Mixed Case"),
                              QStringLiteral("none"), QStringLiteral("--dry-run")});
    QVERIFY2(carl.exitCode == 0 && carl.err.contains(u"through clg_team"), qPrintable(describe(carl)));
    QCOMPARE(run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("nosuchschema"),
                  QStringLiteral("viewer")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("set-level"), QStringLiteral("clg_ann"), QStringLiteral("sales"),
                  QStringLiteral("owner")}).exitCode, 2);
}

void TstCliGroups::createUser()
{
    const Outcome o = run({QStringLiteral("create-user"), QStringLiteral("clg_dan"), QStringLiteral("--group"),
                           group(QStringLiteral("sales.viewer"))});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(groupsOf(QStringLiteral("clg_dan")), QStringList{group(QStringLiteral("sales.viewer"))});
    QCOMPARE(test::queryColumn(m_root, QStringLiteral("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = 'clg_dan'")),
             QStringList{QStringLiteral("true")});
    const Outcome taken = run({QStringLiteral("create-user"), QStringLiteral("clg_dan")});
    QVERIFY2(taken.exitCode == 2 && taken.err.contains(u"already exists"), qPrintable(describe(taken)));
}

void TstCliGroups::refusals()
{
    const auto before = [this] {
        return groupsOf(QStringLiteral("clg_ann")) + groupsOf(QStringLiteral("clg_bob"));
    };
    const QStringList state = before();
    const Outcome reserved = run({QStringLiteral("grant"), group(QStringLiteral("sales.viewer")), QStringLiteral("clg_ann"),
                                  QStringLiteral("clg_viewer")});
    QVERIFY2(reserved.exitCode == 2 && reserved.err.contains(u"reserved") && reserved.err.contains(u"clg_viewer"),
             qPrintable(describe(reserved)));
    const Outcome reservedUser = run({QStringLiteral("create-user"), QStringLiteral("clg_Sales_Admin")});
    QVERIFY2(reservedUser.exitCode == 2 && reservedUser.err.contains(u"reserved"), qPrintable(describe(reservedUser)));
    QVERIFY(test::queryColumn(m_root, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'clg_Sales_Admin'")).isEmpty());
    const Outcome unknown = run({QStringLiteral("grant"), group(QStringLiteral("nope.viewer")), QStringLiteral("clg_ann")});
    QVERIFY2(unknown.exitCode == 2 && unknown.err.contains(u"unknown group"), qPrintable(describe(unknown)));
    const Outcome notGroup = run({QStringLiteral("grant"), QStringLiteral("clg_team"), QStringLiteral("clg_ann")});
    QVERIFY2(notGroup.exitCode == 2 && notGroup.err.contains(u"not a group of the slpm model"), qPrintable(describe(notGroup)));
    const Outcome noUser = run({QStringLiteral("grant"), group(QStringLiteral("sales.viewer")), QStringLiteral("clg_ghost")});
    QVERIFY2(noUser.exitCode == 2 && noUser.err.contains(u"does not exist"), qPrintable(describe(noUser)));
    QCOMPARE(before(), state);
}

void TstCliGroups::policyFileSchemaGroups()
{
    // plan, check and apply of a policy file's schema_groups section, and export writing it.
    const QString file = m_dir.filePath(QStringLiteral("groups.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("version: 1\n"
            "database: cligroups_db\n"
            "scope: {roles: [clg_ann, clg_bob], schemas: [sales], database: false}\n"
            "schema_groups:\n"
            "  model: slpm\n"
            "  members:\n"
            "    \"cligroups_db.sales.writer\": [clg_ann, clg_bob]\n");
    f.close();
    const auto policy = [this](const QString &command, const QStringList &more = {}) {
        QProcessEnvironment env = test::inEnglish();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        return test::runCliProcess(QStringList{command} + more + QStringList{QStringLiteral("--dsn"), QStringLiteral("dbname=") + kDb},
                                   env);
    };
    const Outcome check = policy(QStringLiteral("check"), {file});
    QVERIFY2(check.exitCode == 1 && check.out.contains(u"missing: clg_ann is not a member of group cligroups_db.sales.writer"),
             qPrintable(describe(check)));
    const Outcome plan = policy(QStringLiteral("plan"), {file});
    QVERIFY2(plan.exitCode == 0 && plan.out.contains(u"CALL slpm_grant('\"cligroups_db.sales.writer\"', '\"clg_ann\"');")
                 && !plan.out.contains(u"GRANT "),
             qPrintable(describe(plan)));
    const Outcome apply = policy(QStringLiteral("apply"), {file, QStringLiteral("--no-journal")});
    QVERIFY2(apply.exitCode == 0, qPrintable(describe(apply)));
    QVERIFY(groupsOf(QStringLiteral("clg_ann")).contains(group(QStringLiteral("sales.writer"))));
    const Outcome clean = policy(QStringLiteral("check"), {file});
    QVERIFY2(clean.exitCode == 0, qPrintable(describe(clean)));
    const QString exported = m_dir.filePath(QStringLiteral("exported.yaml"));
    const Outcome exp = policy(QStringLiteral("export"), {QStringLiteral("--roles"), QStringLiteral("clg_ann,clg_bob"),
                                                          QStringLiteral("--schemas"), QStringLiteral("sales"),
                                                          QStringLiteral("--output"), exported});
    QVERIFY2(exp.exitCode == 0, qPrintable(describe(exp)));
    QFile e(exported);
    QVERIFY(e.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(e.readAll());
    QVERIFY2(text.contains(u"schema_groups:") && text.contains(u"model: slpm")
                 && text.contains(u"cligroups_db.sales.writer: [clg_ann, clg_bob]"),
             qPrintable(text));
    const Outcome exportedCheck = policy(QStringLiteral("check"), {exported});
    QVERIFY2(exportedCheck.exitCode == 0, qPrintable(describe(exportedCheck)));
}

void TstCliGroups::noModelEnabled()
{
    const Outcome list = run({}, kStdDb);
    QVERIFY2(list.exitCode == 0 && list.out.contains(u"no schema-group model is enabled"), qPrintable(describe(list)));
    const Outcome json = run({QStringLiteral("--format"), QStringLiteral("json")}, kStdDb);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"model").toString(), QStringLiteral("standard"));
    QCOMPARE(root.value(u"source").toString(), QStringLiteral("none"));
    const Outcome grant = run({QStringLiteral("grant"), QStringLiteral("cligroups_std.public.viewer"), QStringLiteral("clg_ann")},
                              kStdDb);
    QVERIFY2(grant.exitCode == 7 && grant.err.contains(u"no schema-group model is enabled"), qPrintable(describe(grant)));
}

QTEST_GUILESS_MAIN(TstCliGroups)
#include "tst_cligroups.moc"
