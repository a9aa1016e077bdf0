#include "clirun.h"
#include "pg/identifier.h"
#include "sandbox.h"

#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace roledesk;
using pg::quoteIdent;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

const QString kDb = QStringLiteral("h1cp_db");
const QString kClosed = QStringLiteral("h1cp_closed");
// Read after h1cp_db by --all-databases; the interrupt test holds its catalog up with a lock.
const QString kMore = QStringLiteral("h1cp_more");

// pat has two logins (pat, pat_ops); pat_ops is in a group with SELECT on a table; sam lists pat_ops
// too (a login of two people). nia has no login. The closed database refuses pat.
const char *const kRoles = R"SQL(
CREATE ROLE h1cp_readers NOLOGIN;
CREATE ROLE h1cp_pat LOGIN;
CREATE ROLE h1cp_pat_ops LOGIN IN ROLE h1cp_readers;
)SQL";

const QByteArray kPlatform =
    "platform: edb-hybrid-manager\n"
    "organization: Acme\n"
    "projects: [ml]\n"
    "people:\n"
    "  - {id: h1cp_pat, name: Pat Example}\n"
    "  - {id: h1cp_sam}\n"
    "  - {id: h1cp_nia, name: Nia}\n"
    "assignments:\n"
    "  - {person: h1cp_pat, role: project-viewer, project: ml}\n"
    "rules: []\n"
    "logins:\n"
    "  same_name: true\n"
    "  patterns: [\"{id}_%\"]\n";

} // namespace

/// roledesk-cli person against scratch databases of the sandbox: text and JSON, --output, exit
/// codes (clean, a login of two people, unknown person with close matches, usage), a person with
/// no login, --all-databases with a database the login may not connect to.
class TstCliPerson : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usage();
    void text();
    void json();
    void output();
    void unknownPerson();
    void noLogin();
    void loginOfTwoPeople();
    void allDatabases();
    void interrupted();
    void cleanupTestCase();

private:
    Outcome person(const QStringList &arguments, const QString &user = {})
    {
        const QString dsn = QStringLiteral("dbname=") + kDb + (user.isEmpty() ? QString() : QStringLiteral(" user=") + user);
        return test::runCliProcess(QStringList{QStringLiteral("person"), QStringLiteral("--dsn"), dsn} + arguments);
    }
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    void dropAll() { test::dropScratch(m_root, {kDb, kClosed, kMore}, QStringLiteral("h1cp_"), QStringLiteral("h1cp_")); }

    QTemporaryDir m_dir;
    pg::Connection m_root;
    QString m_platform;
};

void TstCliPerson::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    for (const QString &db : {kDb, kClosed, kMore})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(db)));
    const pg::Result roles = m_root.execScript(QString::fromUtf8(kRoles));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(quoteIdent(kClosed))));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, kDb));
    const pg::Result fixture = conn.execScript(QStringLiteral(
        "CREATE SCHEMA s; CREATE TABLE s.t (x int); GRANT USAGE ON SCHEMA s TO h1cp_readers; "
        "GRANT SELECT ON s.t TO h1cp_readers WITH GRANT OPTION"));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));
    m_platform = write(QStringLiteral("acme.yaml"), kPlatform);
}

void TstCliPerson::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

void TstCliPerson::usage()
{
    const Outcome help = test::runCliProcess({QStringLiteral("person"), QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
    for (const char *word : {"--platform-file", "--all-databases", "--format", "--output", "lineage", "Exit codes:"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const Outcome main = test::runCliProcess({QStringLiteral("--help")});
    QVERIFY2(main.out.contains(u"  person "), qPrintable(main.out));
    QCOMPARE(person({QStringLiteral("h1cp_pat")}).exitCode, 2);   // no platform file
    QCOMPARE(person({QStringLiteral("--platform-file"), m_platform}).exitCode, 2);   // no person
    QCOMPARE(person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform, QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
    const Outcome bad = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_dir.filePath(QStringLiteral("missing.yaml"))});
    QVERIFY2(bad.exitCode == 10 && bad.out.isEmpty(), qPrintable(describe(bad)));
}

void TstCliPerson::text()
{
    const Outcome o = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    for (const QString &line : {u"person h1cp_pat (Pat Example)\n"_qs,
                                u"platform roles:\n  Project Viewer of ml  (manual)\n"_qs,
                                u"logins:\n  h1cp_pat  (same name)\n  h1cp_pat_ops  (pattern {id}_%)\n"_qs,
                                u"\ndatabase h1cp_db\n"_qs,
                                u"  login h1cp_pat_ops (pattern {id}_%)\n    attributes: LOGIN, INHERIT\n    may connect: yes, PUBLIC\n"_qs,
                                u"    memberships:\n      h1cp_readers  h1cp_pat_ops > h1cp_readers\n"_qs,
                                u"      SELECT on table s.t [grantable]: member of h1cp_readers\n"_qs,
                                u"  login h1cp_pat (same name)\n"_qs})
        QVERIFY2(o.out.contains(line), qPrintable(line + u"\n---\n"_qs + o.out));
    QVERIFY2(o.out.contains(QRegularExpression(u"rights through PUBLIC alone, not listed: \\d+"_qs)), qPrintable(o.out));
    QVERIFY2(!o.out.contains(u"problem:"_qs), qPrintable(o.out));
    // By display name, any case.
    const Outcome byName = person({QStringLiteral("pat example"), QStringLiteral("--platform-file"), m_platform});
    QVERIFY2(byName.exitCode == 0 && byName.out == o.out, qPrintable(describe(byName)));
}

void TstCliPerson::json()
{
    const Outcome o = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform,
                              QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(root.value(u"person").toString(), u"h1cp_pat"_qs);
    QCOMPARE(root.value(u"name").toString(), u"Pat Example"_qs);
    QCOMPARE(root.value(u"no_login").toBool(true), false);
    const QJsonObject role = root.value(u"platform_roles").toArray().at(0).toObject();
    QCOMPARE(role.value(u"role").toString(), u"project-viewer"_qs);
    QCOMPARE(role.value(u"project").toString(), u"ml"_qs);
    QCOMPARE(role.value(u"source").toString(), u"manual"_qs);
    const QJsonArray dbs = root.value(u"databases").toArray();
    QCOMPARE(dbs.size(), 1);
    QCOMPARE(dbs.at(0).toObject().value(u"database").toString(), kDb);
    QVERIFY(dbs.at(0).toObject().value(u"error").isNull());
    const QJsonArray logins = dbs.at(0).toObject().value(u"logins").toArray();
    QCOMPARE(logins.size(), 2);
    QJsonObject ops;
    for (const QJsonValue &l : logins)
        if (l.toObject().value(u"login").toString() == u"h1cp_pat_ops")
            ops = l.toObject();
    QVERIFY(ops.value(u"may_connect").toBool());
    QCOMPARE(ops.value(u"memberships").toArray().at(0).toObject().value(u"chain").toArray(),
             (QJsonArray{u"h1cp_pat_ops"_qs, u"h1cp_readers"_qs}));
    QStringList rights;
    for (const QJsonValue &r : ops.value(u"rights").toArray()) {
        const QJsonObject x = r.toObject();
        rights << QStringLiteral("%1 %2 %3 %4 %5").arg(x.value(u"privilege").toString(), x.value(u"kind").toString(),
                                                      x.value(u"object").toString(),
                                                      x.value(u"grantable").toBool() ? u"grantable"_qs : u"-"_qs,
                                                      x.value(u"lineage").toString());
    }
    QCOMPARE(rights, (QStringList{u"USAGE schema s - member of h1cp_readers"_qs,
                                  u"SELECT table s.t grantable member of h1cp_readers"_qs}));
}

void TstCliPerson::output()
{
    const QString path = m_dir.filePath(QStringLiteral("pat.json"));
    const Outcome o = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform,
                              QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--output"), path});
    QVERIFY2(o.exitCode == 0 && o.out.isEmpty(), qPrintable(describe(o)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"person").toString(), u"h1cp_pat"_qs);
    const Outcome denied = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform,
                                   QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/such/dir/x.txt"))});
    QVERIFY2(denied.exitCode == 5, qPrintable(describe(denied)));
}

void TstCliPerson::unknownPerson()
{
    const Outcome o = person({QStringLiteral("h1cp_pta"), QStringLiteral("--platform-file"), m_platform});
    QVERIFY2(o.exitCode == 2 && o.out.isEmpty(), qPrintable(describe(o)));
    QVERIFY2(o.err.contains(u"unknown person \"h1cp_pta\"; did you mean \"h1cp_pat\""_qs), qPrintable(describe(o)));
}

void TstCliPerson::noLogin()
{
    const Outcome o = person({QStringLiteral("h1cp_nia"), QStringLiteral("--platform-file"), m_platform});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(u"person h1cp_nia (Nia)\nplatform roles:\n  none\nlogins:\n  none: this person has no database login\n"_qs),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(u"problem: h1cp_nia has no database login"_qs), qPrintable(o.out));
    const Outcome j = person({QStringLiteral("h1cp_nia"), QStringLiteral("--platform-file"), m_platform, QStringLiteral("-f"), QStringLiteral("json")});
    QVERIFY(QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"no_login").toBool());
}

void TstCliPerson::loginOfTwoPeople()
{
    const QString twice = write(QStringLiteral("twice.yaml"), kPlatform + "  lists:\n    - {person: h1cp_sam, roles: [h1cp_pat_ops]}\n");
    for (const QString &who : {u"h1cp_pat"_qs, u"h1cp_sam"_qs}) {
        const Outcome o = person({who, QStringLiteral("--platform-file"), twice});
        QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
        QVERIFY2(o.out.contains(u"problem: login \"h1cp_pat_ops\" is matched by more than one person: h1cp_pat, h1cp_sam\n"_qs),
                 qPrintable(o.out));
        QVERIFY2(o.out.contains(u"  login h1cp_pat_ops ("_qs), qPrintable(o.out));   // still shown, for both
    }
}

void TstCliPerson::allDatabases()
{
    // As pat: the closed database refuses him; reported on stderr and in the output, exit 0.
    const Outcome o = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform,
                              QStringLiteral("--all-databases"), QStringLiteral("-f"), QStringLiteral("json")},
                             QStringLiteral("h1cp_pat"));
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(u"could not connect to database \"h1cp_closed\" as \"h1cp_pat\""_qs), qPrintable(describe(o)));
    const QJsonArray dbs = QJsonDocument::fromJson(o.out.toUtf8()).object().value(u"databases").toArray();
    QStringList names;
    QString closedError;
    bool dbRead = false;
    for (const QJsonValue &d : dbs) {
        const QJsonObject x = d.toObject();
        names << x.value(u"database").toString();
        if (x.value(u"database").toString() == kClosed)
            closedError = x.value(u"error").toString();
        if (x.value(u"database").toString() == kDb)
            dbRead = x.value(u"error").isNull() && x.value(u"logins").toArray().size() == 2;
    }
    const QStringList server = test::queryColumn(m_root, QStringLiteral(
        "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname COLLATE \"C\""));
    QCOMPARE(names, server);
    QVERIFY2(closedError.contains(u"h1cp_closed"_qs) && closedError.contains(u"h1cp_pat"_qs), qPrintable(closedError));
    QVERIFY(dbRead);
    const Outcome t = person({QStringLiteral("h1cp_pat"), QStringLiteral("--platform-file"), m_platform, QStringLiteral("--all-databases")},
                             QStringLiteral("h1cp_pat"));
    QVERIFY2(t.exitCode == 0, qPrintable(describe(t)));
    QVERIFY2(t.out.contains(u"\ndatabase h1cp_closed\n  not read: could not connect to database \"h1cp_closed\" as \"h1cp_pat\""_qs),
             qPrintable(t.out));
}

void TstCliPerson::interrupted()
{
    // Ctrl+C while --all-databases reads another database: the read of h1cp_more is held up, for
    // certain, by a lock on pg_default_acl (only the part "default privileges" reads it); the
    // program stops, writes nothing, says so and ends by the signal, as a shell expects.
    pg::Connection locker;
    QVERIFY(test::openSandbox(locker, kMore));
    QVERIFY(locker.exec(QStringLiteral("BEGIN")).ok());
    QVERIFY(locker.exec(QStringLiteral("LOCK TABLE pg_catalog.pg_default_acl IN ACCESS EXCLUSIVE MODE")).ok());
    QProcess p;
    p.setProcessEnvironment(test::inEnglish());
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), {QStringLiteral("person"), QStringLiteral("h1cp_pat"), QStringLiteral("--dsn"),
                                                  QStringLiteral("dbname=") + kDb, QStringLiteral("--platform-file"), m_platform,
                                                  QStringLiteral("--all-databases")});
    QVERIFY(p.waitForStarted(10000));
    bool blocked = false;
    for (int i = 0; i < 600 && !blocked && p.state() == QProcess::Running; ++i) {
        const QStringList n = test::queryColumn(m_root, QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'roledesk-cli' "
            "AND wait_event_type = 'Lock'"), {kMore});
        blocked = n.value(0).toInt() > 0;
        if (!blocked)
            QTest::qWait(100);
    }
    QVERIFY2(blocked, "roledesk-cli person never waited for the lock in h1cp_more");
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")).ok());
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);   // ended by SIGINT, after stopping cleanly
    QVERIFY2(err.contains("roledesk-cli: interrupted; nothing was written"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliPerson)
#include "tst_cliperson.moc"
