#include "clirun.h"
#include "pg/identifier.h"
#include "policy/policyfile.h"
#include "sandbox.h"
#include "store/journal.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace roledesk;
using pg::quoteIdent;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

Outcome runCli(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome); // never the user's own workspace
    return test::runCliProcess(arguments, env);
}

} // namespace

/// roledesk-cli plan / check / apply / export run as a process against a scratch database of the
/// sandbox: exit codes, export then check without drift, an edited file's drift and SQL, apply
/// converging (a second check exits 0) and journalling.
class TstCliPolicy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usageAndErrors();
    void exportThenCheckIsClean_data();
    void exportThenCheckIsClean();
    void editedFileDriftsPlansAndApplies();
    void otherDatabaseIsRefusedFirstAndAlone();
    void missingRolesAreRefused();
    void exportWarnsAboutUnknownNames();
    void unwritableOutputSaysWhy();
    void countsReadNaturallyInEnglish();
    void speaksTheSystemLanguage_data();
    void speaksTheSystemLanguage();
    void cleanupTestCase();

private:
    QStringList dsn() const { return {QStringLiteral("--dsn"), QStringLiteral("dbname=") + m_db}; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The ACL of the scratch table and the roles named like this test's, as text: what a
    /// refused command must leave as it was.
    QString databaseState();
    /// Runs plan, check and apply (without journal) on \a policy.
    QList<Outcome> planCheckApply(const QString &policy);
    /// Exports the scoped state to \a file and loads it back.
    DesiredState exportScoped(const QString &file);
    QStringList scopeArgs() const
    {
        return {QStringLiteral("--roles"), QStringList{m_owner, m_reader, QStringLiteral("PUBLIC")}.join(u','),
                QStringLiteral("--schemas"), m_schema};
    }

    QTemporaryDir m_dir;
    QString m_db, m_owner, m_reader, m_schema;
};

void TstCliPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_db = QStringLiteral("clipolicy_") + tag;
    m_owner = QStringLiteral("cp%1_Owner").arg(tag);
    m_reader = QStringLiteral("cp%1 rëader \"x\"").arg(tag);
    m_schema = QStringLiteral("cli.Schema");
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("roledesk_fixture")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + quoteIdent(m_db)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + quoteIdent(m_owner)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + quoteIdent(m_reader) + QStringLiteral(" LOGIN")));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    const QString s = quoteIdent(m_schema);
    for (const QString &sql : {
             QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(s, quoteIdent(m_owner)),
             QStringLiteral("CREATE TABLE %1.orders (id int)").arg(s),
             QStringLiteral("ALTER TABLE %1.orders OWNER TO %2").arg(s, quoteIdent(m_owner)),
             QStringLiteral("CREATE FUNCTION %1.f() RETURNS int LANGUAGE sql AS 'SELECT 1'").arg(s),
             QStringLiteral("ALTER FUNCTION %1.f() OWNER TO %2").arg(s, quoteIdent(m_owner)),
             QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, quoteIdent(m_reader)),
             QStringLiteral("GRANT INSERT ON %1.orders TO %2").arg(s, quoteIdent(m_reader)),
         })
        QVERIFY(test::execOrFail(conn, sql));
}

void TstCliPolicy::cleanupTestCase()
{
    pg::Connection admin;
    if (!test::openSandbox(admin, QStringLiteral("roledesk_fixture")))
        return;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(m_db)));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + quoteIdent(m_owner));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + quoteIdent(m_reader));
}

void TstCliPolicy::usageAndErrors()
{
    const QString home = path(QStringLiteral("xdg"));
    QCOMPARE(runCli({QStringLiteral("check")}, home).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("plan"), QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}, home).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("export")}, home).exitCode, 2); // --output is required
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--output"), path(QStringLiteral("x.txt"))}, home).exitCode, 2);

    const Outcome help = runCli({QStringLiteral("apply"), QStringLiteral("--help")}, home);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--no-journal")));
    QVERIFY(help.out.contains(QStringLiteral("7  apply failed")));

    QCOMPARE(runCli({QStringLiteral("check"), path(QStringLiteral("policy.txt"))}, home).exitCode, 6);
    // A file that is not there is named by its absolute path, even when given relative.
    const Outcome missing = runCli({QStringLiteral("check"), QStringLiteral("no-such-policy.yaml")}, home);
    QCOMPARE(missing.exitCode, 6);
    QVERIFY2(missing.err.startsWith(QStringLiteral("roledesk-cli: %1: cannot read: ")
                                        .arg(QDir::current().absoluteFilePath(QStringLiteral("no-such-policy.yaml")))),
             qPrintable(describe(missing)));

    QFile bad(path(QStringLiteral("bad.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("version: 1\n"
              "grants:\n"
              "  - type: table\n"
              "    schema: s\n"
              "    name: t\n"
              "    grantee: alice\n"
              "    privileges: [SELEKT]\n");
    bad.close();
    const Outcome invalid = runCli(QStringList{QStringLiteral("plan"), bad.fileName()} + dsn(), home);
    QCOMPARE(invalid.exitCode, 6);
    QVERIFY2(invalid.err.contains(QStringLiteral("bad.yaml:7: unknown privilege SELEKT for a table")), qPrintable(describe(invalid)));

    QFile good(path(QStringLiteral("empty.json")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"version": 1, "scope": {"roles": ["nobody"], "schemas": ["none"]}})");
    good.close();
    const Outcome noServer = runCli({QStringLiteral("check"), good.fileName(), QStringLiteral("--dsn"),
                                     QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2")}, home);
    QCOMPARE(noServer.exitCode, 3);
}

void TstCliPolicy::exportThenCheckIsClean_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("scoped");
    QTest::newRow("scoped yaml") << u"scoped.yaml"_qs << true;
    QTest::newRow("scoped json") << u"scoped.json"_qs << true;
    QTest::newRow("everything yml") << u"all.yml"_qs << false;
}

void TstCliPolicy::exportThenCheckIsClean()
{
    QFETCH(QString, file);
    QFETCH(bool, scoped);
    const QString home = path(QStringLiteral("xdg"));
    const QString policy = path(file);
    QStringList args = QStringList{QStringLiteral("export"), QStringLiteral("--output"), policy} + dsn();
    if (scoped)
        args += scopeArgs();
    const Outcome exported = runCli(args, home);
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    const PolicyLoad loaded = PolicyFile::load(policy);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.database, m_db);
    QCOMPARE(loaded.state.scope.allRoles, !scoped);

    const Outcome check = runCli(QStringList{QStringLiteral("check"), policy} + dsn(), home);
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    QVERIFY(check.out.isEmpty());
    const Outcome plan = runCli(QStringList{QStringLiteral("plan"), policy} + dsn(), home);
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains(QStringLiteral("BEGIN;\nCOMMIT;")), qPrintable(describe(plan)));
}

void TstCliPolicy::editedFileDriftsPlansAndApplies()
{
    const QString home = path(QStringLiteral("xdg"));
    const QString policy = path(QStringLiteral("edited.yaml"));
    const Outcome exported = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), policy} + dsn() + scopeArgs(), home);
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));

    // The reader gets SELECT instead of INSERT; PUBLIC loses its built-in EXECUTE on f().
    PolicyLoad loaded = PolicyFile::load(policy);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    DesiredState state = loaded.state;
    const ObjectRef orders{ObjectKind::Table, m_schema, u"orders"_qs, {}, {}};
    const ObjectRef f{ObjectKind::Function, m_schema, u"f"_qs, {}, {}};
    bool changed = false, publicFound = false;
    for (DesiredGrant &g : state.grants)
        if (g.object == orders && g.grantee == m_reader) {
            g.privileges = Privilege::Select;
            changed = true;
        }
    const qsizetype before = state.grants.size();
    state.grants.removeIf([&](const DesiredGrant &g) { return g.object == f && g.grantee.isEmpty(); });
    publicFound = state.grants.size() < before;
    QVERIFY(changed);
    QVERIFY(publicFound);
    QCOMPARE(PolicyFile::save(state, policy), QString());

    const Outcome check = runCli(QStringList{QStringLiteral("check"), policy} + dsn(), home);
    QVERIFY2(check.exitCode == 1, qPrintable(describe(check)));
    const QStringList lines = check.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(check.out.contains(QStringLiteral("missing: %1 lacks SELECT on table cli.Schema.orders").arg(m_reader))
                 || check.out.contains(QStringLiteral("missing: ") + m_reader),
             qPrintable(describe(check)));
    QVERIFY2(check.out.contains(QStringLiteral("extra: PUBLIC has EXECUTE on function")), qPrintable(describe(check)));

    const QString script = path(QStringLiteral("plan.sql"));
    const Outcome plan = runCli(QStringList{QStringLiteral("plan"), policy, QStringLiteral("--output"), script} + dsn(), home);
    QVERIFY2(plan.exitCode == 0, qPrintable(describe(plan)));
    QFile sqlFile(script);
    QVERIFY(sqlFile.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(sqlFile.readAll());
    const QString reader = quoteIdent(m_reader);
    for (const QString &expected : {
             QStringLiteral("GRANT SELECT ON TABLE \"cli.Schema\".\"orders\" TO %1;\n").arg(reader),
             QStringLiteral("REVOKE INSERT ON TABLE \"cli.Schema\".\"orders\" FROM %1;\n").arg(reader),
             QStringLiteral("REVOKE EXECUTE ON FUNCTION \"cli.Schema\".\"f\"() FROM PUBLIC;\n"),
         })
        QVERIFY2(sql.contains(expected), qPrintable(expected + u'\n' + sql));
    QVERIFY(sql.indexOf(QStringLiteral("GRANT SELECT")) < sql.indexOf(QStringLiteral("REVOKE INSERT")));

    const QString workspace = path(QStringLiteral("ws.sqlite"));
    // USER is anyone's to set: the journal records the OS account and the server's session_user.
    QProcessEnvironment mallory = test::inEnglish();
    mallory.insert(QStringLiteral("XDG_DATA_HOME"), home);
    mallory.insert(QStringLiteral("USER"), QStringLiteral("mallory"));
    mallory.insert(QStringLiteral("LOGNAME"), QStringLiteral("mallory"));
    const Outcome apply = test::runCliProcess(
        QStringList{QStringLiteral("apply"), policy, QStringLiteral("--workspace"), workspace} + dsn(), mallory);
    QVERIFY2(apply.exitCode == 0, qPrintable(describe(apply)));
    QVERIFY(apply.out.contains(QStringLiteral("Applied 3 changes")));

    const Outcome again = runCli(QStringList{QStringLiteral("check"), policy} + dsn(), home);
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    const Outcome nothing = runCli(QStringList{QStringLiteral("apply"), policy, QStringLiteral("--no-journal")} + dsn(), home);
    QVERIFY2(nothing.exitCode == 0 && nothing.out.contains(QStringLiteral("Nothing to apply")), qPrintable(describe(nothing)));

    Workspace ws(workspace);
    QVERIFY(ws.open().isNull());
    const QList<JournalEntry> entries = Journal(&ws).list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().result, QStringLiteral("applied"));
    QCOMPARE(entries.front().database, m_db);
    QVERIFY(entries.front().sql.contains(QStringLiteral("FROM PUBLIC;")));
    QVERIFY(entries.front().statements >= 3);
    QCOMPARE(entries.front().osUser, QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name));
    QCOMPARE(entries.front().host, QSysInfo::machineHostName());
    QCOMPARE(entries.front().kind, QStringLiteral("plan"));
    QVERIFY(!entries.front().systemIdentifier.isEmpty());
    {
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, m_db));
        QCOMPARE(entries.front().databaseUser, conn.exec(QStringLiteral("SELECT session_user")).text(0, 0));
    }

    // A file for another database is refused by apply.
    state.database = QStringLiteral("some_other_db");
    QCOMPARE(PolicyFile::save(state, policy), QString());
    QCOMPARE(runCli(QStringList{QStringLiteral("apply"), policy, QStringLiteral("--no-journal")} + dsn(), home).exitCode, 6);
}

QString TstCliPolicy::databaseState()
{
    pg::Connection conn;
    if (!test::openSandbox(conn, m_db))
        return {};
    const pg::Result r = conn.exec(QStringLiteral(
        "SELECT coalesce((SELECT relacl::text FROM pg_catalog.pg_class WHERE oid = $1::regclass), '') || ' / ' || "
        "coalesce((SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_catalog.pg_roles "
        "          WHERE starts_with(rolname, $2)), '')"),
        {quoteIdent(m_schema) + QStringLiteral(".orders"), QStringLiteral("cp%1").arg(QCoreApplication::applicationPid())});
    return r.ok() && r.rows() == 1 ? r.text(0, 0) : r.error().toString();
}

DesiredState TstCliPolicy::exportScoped(const QString &file)
{
    const Outcome exported = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), file} + dsn() + scopeArgs(),
                                    path(QStringLiteral("xdg")));
    if (exported.exitCode != 0)
        qWarning("%s", qPrintable(describe(exported)));
    return PolicyFile::load(file).state;
}

QList<Outcome> TstCliPolicy::planCheckApply(const QString &policy)
{
    QList<Outcome> outcomes;
    for (const QString &command : {QStringLiteral("plan"), QStringLiteral("check"), QStringLiteral("apply")}) {
        QStringList args = QStringList{command, policy} + dsn();
        if (command == u"apply")
            args << QStringLiteral("--no-journal");
        outcomes << runCli(args, path(QStringLiteral("xdg")));
    }
    return outcomes;
}

void TstCliPolicy::otherDatabaseIsRefusedFirstAndAlone()
{
    const QString policy = path(QStringLiteral("other.yaml"));
    DesiredState state = exportScoped(policy);
    QCOMPARE(state.database, m_db);
    // Everything in it would look missing and every grant here extra: the refusal must come
    // before any of that, and instead of it.
    state.database = QStringLiteral("some_other_db");
    for (DesiredGrant &g : state.grants)
        if (g.object.kind == ObjectKind::Table)
            g.privileges |= Privilege::Update;
    QCOMPARE(PolicyFile::save(state, policy), QString());
    const QString before = databaseState();
    for (const Outcome &o : planCheckApply(policy)) {
        QVERIFY2(o.exitCode == 6, qPrintable(describe(o)));
        QVERIFY2(o.out.isEmpty(), qPrintable(describe(o)));
        const QStringList lines = o.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, qPrintable(describe(o)));
        QCOMPARE(lines.front(), QStringLiteral("roledesk-cli: %1 is written for database some_other_db, but the connection "
                                               "is to database %2: nothing was compared, planned or changed")
                                    .arg(policy, m_db));
        QVERIFY2(!o.err.contains(QStringLiteral("warning")), qPrintable(describe(o)));
    }
    QCOMPARE(databaseState(), before);
}

void TstCliPolicy::missingRolesAreRefused()
{
    const QString policy = path(QStringLiteral("ghosts.yaml"));
    const QString tag = QString::number(QCoreApplication::applicationPid());
    const QString ghost = QStringLiteral("cp%1_ghost").arg(tag);
    const QString ghost2 = QStringLiteral("cp%1 Ghost Two").arg(tag);
    const QString created = QStringLiteral("cp%1_created").arg(tag);
    DesiredState state = exportScoped(policy);
    const ObjectRef orders{ObjectKind::Table, m_schema, u"orders"_qs, {}, {}};
    state.scope.roles << ghost << ghost2 << created;
    // Grants to roles that are not there (one of them twice), next to changes that could run:
    // a role the file creates, with a grant, and more rights for the reader.
    state.roles.push_back({created, {}, {}, {}});
    state.grants.push_back({orders, ghost, Privilege::Select, {}, {}});
    state.grants.push_back({orders, created, Privilege::Select, {}, {}});
    state.grants.push_back({ObjectRef{ObjectKind::Schema, {}, m_schema, {}, {}}, ghost, Privilege::Usage, {}, {}});
    state.grants.push_back({ObjectRef{ObjectKind::Schema, {}, m_schema, {}, {}}, ghost2, Privilege::Usage, {}, {}});
    for (DesiredGrant &g : state.grants)
        if (g.object == orders && g.grantee == m_reader)
            g.privileges |= Privilege::Update;
    QCOMPARE(PolicyFile::save(state, policy), QString());
    const QString before = databaseState();
    for (const Outcome &o : planCheckApply(policy)) {
        QVERIFY2(o.exitCode == 6, qPrintable(describe(o)));
        QVERIFY2(o.out.isEmpty(), qPrintable(describe(o))); // no script, no drift list
        QVERIFY2(o.err.startsWith(QStringLiteral("roledesk-cli: %1 cannot be applied to database %2: it names 2 roles that do not exist")
                                      .arg(policy, m_db)),
                 qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QStringLiteral("\n  ") + ghost + QStringLiteral(" (named at ghosts.yaml:")), qPrintable(describe(o)));
        QVERIFY2(o.err.contains(QStringLiteral("\n  ") + quoteIdent(ghost2) + QStringLiteral(" (named at ghosts.yaml:")), qPrintable(describe(o)));
        QVERIFY2(!o.err.contains(created), qPrintable(describe(o)));
    }
    QCOMPARE(databaseState(), before);
}

void TstCliPolicy::exportWarnsAboutUnknownNames()
{
    const QString home = path(QStringLiteral("xdg"));
    const QStringList scope{QStringLiteral("--roles"), m_owner + QStringLiteral(",nosuchrole"), QStringLiteral("--schemas"),
                            m_schema + QStringLiteral(",nosuchschema")};
    const QString lenient = path(QStringLiteral("lenient.yaml"));
    const Outcome warned = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), lenient} + dsn() + scope, home);
    QVERIFY2(warned.exitCode == 0, qPrintable(describe(warned)));
    QVERIFY2(warned.err.contains(QStringLiteral("roledesk-cli: warning: --roles: role nosuchrole does not exist\n")),
             qPrintable(describe(warned)));
    QVERIFY2(warned.err.contains(QStringLiteral("roledesk-cli: warning: --schemas: schema nosuchschema does not exist in database ")
                                 + m_db),
             qPrintable(describe(warned)));
    QVERIFY(!warned.err.contains(m_owner));
    QVERIFY(PolicyFile::load(lenient).ok());

    const QString strict = path(QStringLiteral("strict.yaml"));
    const Outcome refused = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--strict"), QStringLiteral("--output"), strict}
                                       + dsn() + scope, home);
    QVERIFY2(refused.exitCode == 2, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QStringLiteral("role nosuchrole does not exist")), qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QStringLiteral("schema nosuchschema does not exist")), qPrintable(describe(refused)));
    QVERIFY(!QFileInfo::exists(strict));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("strict*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TstCliPolicy::unwritableOutputSaysWhy()
{
    const QString home = path(QStringLiteral("xdg"));
    const QString policy = path(QStringLiteral("writable.yaml"));
    exportScoped(policy);
    // /proc/version exists and takes no writes, and /proc takes no new file: the message must
    // say so (as the system words it), not only that something is missing.
    const QList<std::pair<QStringList, QString>> runs{
        {QStringList{QStringLiteral("audit"), QStringLiteral("--output"), QStringLiteral("/proc/version")} + dsn(),
         QStringLiteral("/proc/version")},
        {QStringList{QStringLiteral("plan"), policy, QStringLiteral("--output"), QStringLiteral("/proc/version")} + dsn(),
         QStringLiteral("/proc/version")},
        {QStringList{QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("/proc/version.yaml")} + dsn(),
         QStringLiteral("/proc/version.yaml")},
    };
    for (const auto &[args, file] : runs) {
        const Outcome o = runCli(args, home);
        QVERIFY2(o.exitCode == 5, qPrintable(describe(o)));
        const QString first = o.err.section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("roledesk-cli: could not write %1: ").arg(file)), qPrintable(describe(o)));
        QVERIFY2(first.contains(QStringLiteral("Permission denied")) || first.contains(QStringLiteral("cannot create a file in /proc: ")),
                 qPrintable(describe(o)));
    }
    // A folder that is not there is named.
    const Outcome noFolder = runCli(QStringList{QStringLiteral("plan"), policy, QStringLiteral("--output"),
                                                path(QStringLiteral("no/such/folder/plan.sql"))} + dsn(), home);
    QCOMPARE(noFolder.exitCode, 5);
    QVERIFY2(noFolder.err.contains(QStringLiteral("the folder %1 does not exist").arg(path(QStringLiteral("no/such/folder")))),
             qPrintable(describe(noFolder)));
}

void TstCliPolicy::countsReadNaturallyInEnglish()
{
    // One more right for the reader: one difference, one change. The C locale reads English with
    // its plural forms (from roledesk_en.qm), not the source's "(s)".
    const QString home = path(QStringLiteral("xdg"));
    const QString policy = path(QStringLiteral("one.yaml"));
    DesiredState state = exportScoped(policy);
    const ObjectRef orders{ObjectKind::Table, m_schema, u"orders"_qs, {}, {}};
    bool found = false;
    for (DesiredGrant &g : state.grants)
        if (g.object == orders && g.grantee == m_reader && !(g.privileges & Privilege::Update)) {
            g.privileges |= Privilege::Update;
            found = true;
        }
    QVERIFY(found);
    QCOMPARE(PolicyFile::save(state, policy), QString());

    const Outcome check = runCli(QStringList{QStringLiteral("check"), policy} + dsn(), home);
    QVERIFY2(check.exitCode == 1, qPrintable(describe(check)));
    QVERIFY2(check.err.endsWith(QStringLiteral("roledesk-cli: 1 difference from one.yaml\n")), qPrintable(describe(check)));

    const Outcome apply = runCli(QStringList{QStringLiteral("apply"), policy, QStringLiteral("--no-journal")} + dsn(), home);
    QVERIFY2(apply.exitCode == 0, qPrintable(describe(apply)));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Applied 1 change \\((\\d+) (statements?)\\) to (.+) in \\d+ ms\\.\n"))
            .match(apply.out);
    QVERIFY2(m.hasMatch(), qPrintable(describe(apply)));
    QCOMPARE(m.captured(2), m.captured(1) == u"1" ? QStringLiteral("statement") : QStringLiteral("statements"));
    QCOMPARE(m.captured(3), m_db);
    QVERIFY2(!(check.err + apply.out + apply.err).contains(QStringLiteral("(s)")), qPrintable(describe(apply)));
}

void TstCliPolicy::speaksTheSystemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::newRow("Japanese") << u"ja"_qs << u"ja_JP.UTF-8"_qs;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_qs << u"zh_CN.UTF-8"_qs;
}

void TstCliPolicy::speaksTheSystemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    // What the build's catalogue says (the one roledesk-cli embeds), not a string written here.
    QTranslator catalogue;
    const QString file = qEnvironmentVariable("ROLEDESK_BINARY_DIR") + QStringLiteral("/app/roledesk_%1.qm").arg(language);
    QVERIFY2(catalogue.load(file), qPrintable(file));
    const auto tr = [&](const char *source) {
        const QString text = catalogue.translate("roledesk::CliApp", source);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    };
    const QString noFile = tr("no policy file given");
    QVERIFY2(noFile != u"no policy file given", qPrintable(noFile)); // the catalogue translates it

    // LANG and LC_ALL as a user's shell sets them, whether or not the locale is generated here:
    // Qt reads them itself.
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
    const Outcome usage = test::runCliProcess({QStringLiteral("check")}, env);
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err, QStringLiteral("roledesk-cli: ") + noFile + QStringLiteral("\n  ")
                            + tr("Run \"%1 %2 --help\" for usage.").arg(QStringLiteral("roledesk-cli"), QStringLiteral("check"))
                            + u'\n');

    const Outcome help = test::runCliProcess({QStringLiteral("apply"), QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    for (const char *source : {"Do not record the outcome in the journal.", "The policy file (.yaml, .yml or .json)."}) {
        QVERIFY2(tr(source) != QLatin1String(source), source);
        QVERIFY2(help.out.contains(tr(source)), qPrintable(describe(help)));
    }
    QVERIFY2(help.out.contains(QStringLiteral("roledesk-cli apply ")), qPrintable(describe(help)));
    QVERIFY2(help.out.contains(QStringLiteral("--no-journal")), qPrintable(describe(help)));
}

QTEST_GUILESS_MAIN(TstCliPolicy)
#include "tst_clipolicy.moc"
