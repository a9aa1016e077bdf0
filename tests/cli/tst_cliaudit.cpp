#include "inenglish.h"
#include "pg/connection.h"
#include "pg/identifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include "csv.h"

#include <QTest>
#include <QXmlStreamReader>

#include <QDir>
#include <QRegularExpression>

#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("roledesk_cliaudit");

// Roles are cluster-wide: all of this test's start with cliaudit_ and are dropped again.
const char *rolesSql = R"SQL(
CREATE ROLE cliaudit_reader NOLOGIN;
CREATE ROLE cliaudit_writer NOLOGIN IN ROLE cliaudit_reader;
CREATE ROLE "cliaudit_user, ""quoted""" LOGIN IN ROLE cliaudit_writer;
CREATE ROLE cliaudit_noinherit LOGIN NOINHERIT IN ROLE cliaudit_writer;
CREATE ROLE "cliaudit_Zoë" LOGIN IN ROLE pg_read_all_data;
CREATE ROLE cliaudit_owner NOLOGIN;
)SQL";

const char *objectsSql = R"SQL(
CREATE SCHEMA "sales, eu" AUTHORIZATION cliaudit_owner;
CREATE TABLE "sales, eu"."Orders ""2024""
Q1" (id int, note text);
CREATE TABLE "sales, eu".plain (id int, secret text);
CREATE VIEW "sales, eu"."v<b>&" AS SELECT 1 AS one;
CREATE SEQUENCE "sales, eu".seq;
CREATE FUNCTION "sales, eu".f(integer, text) RETURNS int LANGUAGE sql AS 'select $1';
CREATE PROCEDURE "sales, eu"."Proc"() LANGUAGE sql AS 'select 1';
CREATE TYPE "sales, eu".mood AS ENUM ('ok', 'sad');
ALTER TABLE "sales, eu"."Orders ""2024""
Q1" OWNER TO cliaudit_owner;
ALTER FUNCTION "sales, eu".f(integer, text) OWNER TO cliaudit_owner;
GRANT USAGE ON SCHEMA "sales, eu" TO cliaudit_reader;
GRANT CREATE ON SCHEMA "sales, eu" TO cliaudit_writer WITH GRANT OPTION;
GRANT SELECT ON ALL TABLES IN SCHEMA "sales, eu" TO cliaudit_reader;
GRANT INSERT, UPDATE ON "sales, eu"."Orders ""2024""
Q1" TO cliaudit_writer WITH GRANT OPTION;
GRANT SELECT (id) ON "sales, eu".plain TO cliaudit_noinherit;
GRANT USAGE ON SEQUENCE "sales, eu".seq TO cliaudit_writer;
REVOKE EXECUTE ON FUNCTION "sales, eu".f(integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "sales, eu".f(integer, text) TO cliaudit_writer;
REVOKE SELECT ON "sales, eu".plain FROM cliaudit_reader;
ALTER TABLE "sales, eu".plain OWNER TO cliaudit_owner;
REVOKE TRUNCATE ON "sales, eu".plain FROM cliaudit_owner;
REVOKE USAGE ON TYPE "sales, eu".mood FROM PUBLIC;
GRANT USAGE ON TYPE "sales, eu".mood TO "cliaudit_user, ""quoted""";
REVOKE CONNECT ON DATABASE roledesk_cliaudit FROM PUBLIC;
GRANT CONNECT ON DATABASE roledesk_cliaudit TO cliaudit_reader;
)SQL";

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

using test::parseCsv;

} // namespace

/// roledesk-cli audit, run as a process against the sandbox database.
class TstCliAudit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvMatchesServer();
    void filters();
    void json();
    void html();
    void outputToFifo();
    void outputToDevNull();
    void progress();
    void progressOnTerminal();
    void interrupted();
    void help_data();
    void help();
    void errors_data();
    void errors();

private:
    Outcome run(const QStringList &args);
    void dropAll(pg::Connection &admin);
    pg::Connection m_admin;
};

Outcome TstCliAudit::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("PGDATABASE"), database);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), args);
    Outcome o;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        qWarning() << "roledesk-cli did not finish:" << p.errorString();
        return o;
    }
    o.exitCode = p.exitCode();
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

void TstCliAudit::dropAll(pg::Connection &admin)
{
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(database) + QStringLiteral(" WITH (FORCE)"));
    const pg::Result roles = admin.exec(QStringLiteral(
        "SELECT rolname FROM pg_catalog.pg_roles WHERE starts_with(rolname, $1) ORDER BY 1 DESC"),
        {QStringLiteral("cliaudit_")});
    for (int i = 0; i < roles.rows(); ++i)
        admin.exec(QStringLiteral("DROP ROLE ") + pg::quoteIdent(roles.text(i, 0)));
}

void TstCliAudit::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT"))
        QFAIL("PGHOST and PGPORT must name the sandbox (eval \"$(tests/sandbox/sandbox.sh env)\")");
    const pg::Error err = m_admin.open({{QStringLiteral("dbname"), QStringLiteral("postgres")}});
    QVERIFY2(err.isNull(), qPrintable(err.toString()));
    dropAll(m_admin);
    const pg::Result roles = m_admin.execScript(QString::fromUtf8(rolesSql));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    const pg::Result db = m_admin.exec(QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database));
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    pg::Connection conn;
    const pg::Error err2 = conn.open({{QStringLiteral("dbname"), database}});
    QVERIFY2(err2.isNull(), qPrintable(err2.toString()));
    const pg::Result objects = conn.execScript(QString::fromUtf8(objectsSql));
    QVERIFY2(objects.ok(), qPrintable(objects.error().toString()));
}

void TstCliAudit::cleanupTestCase()
{
    if (m_admin.isOpen())
        dropAll(m_admin);
}

void TstCliAudit::csvMatchesServer()
{
    const Outcome o = run({QStringLiteral("audit")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.isEmpty(), o.err.constData());
    QVERIFY(o.out.startsWith("role,object_type,object_schema,object_name,privilege,granted,grantable,via\r\n"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(o.out));
    QVERIFY(records.size() > 1);

    // Ask PostgreSQL about every row it has a has_*_privilege function for, in one bound query.
    QJsonArray rows;
    QList<int> recordOf;
    QSet<QString> kinds;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &f = records.at(i);
        QCOMPARE(f.size(), 8);
        if (f.at(1) == u"column")
            continue; // "table.column" cannot be split back unambiguously
        kinds.insert(f.at(1));
        rows.append(QJsonObject{{QStringLiteral("role"), f.at(0)}, {QStringLiteral("kind"), f.at(1)},
                                {QStringLiteral("schema"), f.at(2)}, {QStringLiteral("name"), f.at(3)},
                                {QStringLiteral("priv"), f.at(4)}});
        recordOf << i;
    }
    for (const char *kind : {"database", "schema", "table", "view", "sequence", "function", "procedure", "type"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    pg::Connection conn;
    QVERIFY(conn.open({{QStringLiteral("dbname"), database}}).isNull());
    // Routine names are printed under search_path = pg_catalog, as the catalog reader does.
    QVERIFY(conn.exec(QStringLiteral("SET search_path = pg_catalog")).ok());
    // Each row is asked twice: the privilege itself (granted) and WITH GRANT OPTION (grantable).
    const pg::Result res = conn.exec(QStringLiteral(R"SQL(
        SELECT r.ord::int,
               CASE r.v->>'kind'
                 WHEN 'database' THEN has_database_privilege(r.v->>'role', r.v->>'name', p.priv)
                 WHEN 'schema' THEN has_schema_privilege(r.v->>'role', r.v->>'name', p.priv)
                 WHEN 'function' THEN has_function_privilege(r.v->>'role', format('%I.%s', r.v->>'schema', r.v->>'name'), p.priv)
                 WHEN 'procedure' THEN has_function_privilege(r.v->>'role', format('%I.%s', r.v->>'schema', r.v->>'name'), p.priv)
                 WHEN 'sequence' THEN has_sequence_privilege(r.v->>'role', format('%I.%I', r.v->>'schema', r.v->>'name'), p.priv)
                 WHEN 'type' THEN has_type_privilege(r.v->>'role', format('%I.%I', r.v->>'schema', r.v->>'name'), p.priv)
                 ELSE has_table_privilege(r.v->>'role', format('%I.%I', r.v->>'schema', r.v->>'name'), p.priv)
               END AS granted,
               p.grantable
        FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(v, ord)
        CROSS JOIN LATERAL (VALUES (r.v->>'priv', false),
                                   (r.v->>'priv' || ' WITH GRANT OPTION', true)) AS p(priv, grantable)
        ORDER BY r.ord, p.grantable)SQL"),
        {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    QVERIFY2(res.ok(), qPrintable(res.error().toString()));
    QCOMPARE(res.rows(), 2 * rows.size());
    int granted = 0;
    int denied = 0;
    int grantableOnly = 0; // an owner who revoked a right from itself keeps the grant option
    for (int i = 0; i < res.rows(); ++i) {
        const QStringList &f = records.at(recordOf.at(int(res.integer(i, 0)) - 1));
        const bool option = res.boolean(i, 2);
        const QString expected = res.boolean(i, 1) ? QStringLiteral("true") : QStringLiteral("false");
        QVERIFY2(f.at(option ? 6 : 5) == expected,
                 qPrintable(f.join(u'|') + (option ? QStringLiteral(" grantable") : QStringLiteral(" granted"))
                            + QStringLiteral(": server says ") + expected));
        if (!option) {
            (res.boolean(i, 1) ? granted : denied)++;
            QCOMPARE(f.at(7).isEmpty(), f.at(5) == u"false"); // via exactly when granted
        } else if (f.at(5) == u"false" && res.boolean(i, 1)) {
            ++grantableOnly;
        }
    }
    QVERIFY(granted > 0);
    QVERIFY(denied > 0);
    QVERIFY(grantableOnly > 0);
}

void TstCliAudit::filters()
{
    const Outcome o = run({QStringLiteral("audit"), QStringLiteral("--granted-only"), QStringLiteral("--no-predefined")});
    QCOMPARE(o.exitCode, 0);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(o.out));
    QVERIFY(records.size() > 1);
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(5), QStringLiteral("true"));
        QVERIFY(!records.at(i).at(0).startsWith(QStringLiteral("pg_")));
    }
}

void TstCliAudit::json()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.json"));
    const Outcome o = run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--output"), path});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject meta = doc.object().value(u"metadata").toObject();
    QCOMPARE(meta.value(u"database").toString(), database);
    QCOMPARE(meta.value(u"current_user").toString(), qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    QVERIFY(meta.value(u"server_version").toString().size() > 1);
    QVERIFY(QDateTime::fromString(meta.value(u"taken_at").toString(), Qt::ISODate).isValid());
    QCOMPARE(meta.value(u"generator").toString(), QStringLiteral("roledesk-cli"));
    const QJsonArray rows = doc.object().value(u"rows").toArray();
    const Outcome csv = run({QStringLiteral("audit")});
    QCOMPARE(rows.size(), parseCsv(QString::fromUtf8(csv.out)).size() - 1);
    bool tricky = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.value(u"granted").isBool());
        QVERIFY(row.value(u"grantable").isBool());
        tricky = tricky || row.value(u"object_name").toString() == QStringLiteral("Orders \"2024\"\nQ1");
    }
    QVERIFY(tricky);
}

void TstCliAudit::html()
{
    const Outcome o = run({QStringLiteral("audit"), QStringLiteral("-f"), QStringLiteral("html")});
    QCOMPARE(o.exitCode, 0);
    const QString text = QString::fromUtf8(o.out);
    QXmlStreamReader xml(text);
    QStringList cells;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"td")
            cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(cells.contains(QStringLiteral("v<b>&")));
    QVERIFY(cells.contains(QString::fromUtf8("cliaudit_Zo\u00eb")));
    QVERIFY(text.contains(QStringLiteral("v&lt;b&gt;&amp;")));
    QVERIFY(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
}

namespace {

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

void TstCliAudit::outputToFifo()
{
    // `-o FIFO` writes into the FIFO (a temporary file renamed over it would leave its reader
    // waiting for ever) and the FIFO stays.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("audit.fifo"));
    const QString received = dir.filePath(QStringLiteral("received.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.setStandardOutputFile(received);
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted(10000));
    const Outcome o = run({QStringLiteral("audit"), QStringLiteral("-o"), fifo});
    const bool delivered = reader.waitForFinished(10000);
    if (!delivered) {
        reader.kill();
        reader.waitForFinished(5000);
    }
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.isEmpty(), o.err.constData());
    QVERIFY(o.out.isEmpty());
    QVERIFY2(delivered, "the FIFO's reader got no end of file: roledesk-cli did not write into the FIFO");
    QVERIFY2(isFifo(fifo), "the FIFO was replaced");
    QFile file(received);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("role,object_type,object_schema,object_name,privilege,granted,grantable,via\r\n"));
    QCOMPARE(csv, run({QStringLiteral("audit")}).out);
}

void TstCliAudit::outputToDevNull()
{
    // Run as root, a rename over /dev/null turned it into a regular file. Only root can make a
    // device node, and only root could replace one: as root the test writes to a node of its own
    // (the same device as /dev/null), so a regression cannot break the machine's /dev/null; as
    // anyone else to /dev/null itself, where no file can be made, so success means written in place.
    QTemporaryDir dir;
    QString devNull = dir.filePath(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(devNull).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        devNull = QStringLiteral("/dev/null");
    QVERIFY(isCharacterDevice(devNull));
    const Outcome o = run({QStringLiteral("audit"), QStringLiteral("--output"), devNull});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.isEmpty(), o.err.constData());
    QVERIFY(o.out.isEmpty());
    QVERIFY2(isCharacterDevice(devNull), qPrintable(devNull + QStringLiteral(" is no longer a character device")));
    QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
}

void TstCliAudit::progress()
{
    // --progress: standard error tells what was done, the last line the totals; standard output
    // carries the rows alone, byte for byte those of a run without it.
    const QStringList args{QStringLiteral("audit"), QStringLiteral("--granted-only")};
    const Outcome quiet = run(args); // standard error is no terminal: no progress by default
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    const Outcome o = run(args + QStringList{QStringLiteral("--progress")});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, quiet.out);
    const QStringList lines = QString::fromUtf8(o.err).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, o.err.constData()); // catalog, start of the export, totals
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QStringLiteral("roledesk-cli: audit: ")), qPrintable(line));
        QVERIFY2(!line.contains(u'\r'), qPrintable(line)); // no terminal: a line each time
    }
    QVERIFY(lines.front().contains(QStringLiteral("reading the catalog")));
    static const QRegularExpression totals(
        QStringLiteral(R"(done: (\d+) of (\d+) roles, ([\d,]+) rows \(([\d,]+) granted\), .+ written$)"));
    const QRegularExpressionMatch m = totals.match(lines.back());
    QVERIFY2(m.hasMatch(), qPrintable(lines.back()));
    QCOMPARE(m.captured(1), m.captured(2));
    const qsizetype rows = parseCsv(QString::fromUtf8(o.out)).size() - 1;
    QCOMPARE(m.captured(3).remove(u',').toLongLong(), rows);
    QCOMPARE(m.captured(4).remove(u',').toLongLong(), rows);
    const Outcome never = run(args + QStringList{QStringLiteral("--progress"), QStringLiteral("--no-progress")});
    QCOMPARE(never.exitCode, 0);
    QVERIFY2(never.err.isEmpty(), never.err.constData());
}

void TstCliAudit::progressOnTerminal()
{
    // With standard error a terminal and the rows in a file, progress shows by default on one line
    // rewritten in place (carriage returns), ended by the totals and a line break.
    int master = -1;
    int slave = -1;
    QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QProcess p;
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("PGDATABASE"), database);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel); // replaced by the terminal below
    p.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), {QStringLiteral("audit"), QStringLiteral("-o"), path});
    QVERIFY(p.waitForStarted(10000));
    ::close(slave);
    QByteArray terminal;
    const auto drain = [&] {
        char buffer[4096];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            terminal.append(buffer, n);
    };
    while (!p.waitForFinished(50))
        drain();
    drain();
    ::close(master);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(terminal.contains("\rroledesk-cli: audit: done: "), terminal.constData());
    QVERIFY2(terminal.contains("\rroledesk-cli: audit: reading the catalog"), terminal.constData());
    QVERIFY2(terminal.endsWith("written\x1b[K\r\n"), terminal.constData()); // CRLF: the terminal's
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("role,object_type,"));
}

void TstCliAudit::interrupted()
{
    // Ctrl+C while the catalog is read: the program stops at the next part, takes back its
    // unfinished output (the file keeps its old content, nothing else is left beside it), says
    // so, and ends by the signal as a shell expects. The catalog read is held up, for certain, by
    // a lock this test holds on pg_default_acl, which only the part "default privileges" reads.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
    }
    pg::Connection locker;
    QVERIFY(locker.open({{QStringLiteral("dbname"), database}}).isNull());
    QVERIFY(locker.exec(QStringLiteral("BEGIN")).ok());
    QVERIFY(locker.exec(QStringLiteral("LOCK TABLE pg_catalog.pg_default_acl IN ACCESS EXCLUSIVE MODE")).ok());
    QProcess p;
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("PGDATABASE"), database);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), {QStringLiteral("audit"), QStringLiteral("-o"), path});
    QVERIFY(p.waitForStarted(10000));
    const QString waiting = QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = $1 "
        "AND application_name = 'roledesk-cli' AND wait_event_type = 'Lock'");
    bool blocked = false;
    for (int i = 0; i < 600 && !blocked && p.state() == QProcess::Running; ++i) {
        // Asked on another connection: inside the locker's transaction the view would not change.
        const pg::Result r = m_admin.exec(waiting, {database});
        blocked = r.ok() && r.integer(0, 0) > 0;
        if (!blocked)
            QTest::qWait(100);
    }
    QVERIFY2(blocked, "roledesk-cli never waited for the lock on pg_default_acl");
    // The signal is pending before the lock goes: the handler runs before the read can go on.
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")).ok());
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by SIGINT, after cleaning up
    QVERIFY2(err.contains("roledesk-cli: interrupted while reading the catalog; nothing was written"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old content\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("audit.csv")});
}

void TstCliAudit::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("global") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("audit")};
    QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--help")}
                           << QStringList{QStringLiteral("--dsn"), QStringLiteral("--format"), QStringLiteral("--output"),
                                          QStringLiteral("--no-predefined"), QStringLiteral("--granted-only"),
                                          // which export an auditor usually wants, and how outputs are written
                                          QStringLiteral("auditor"), QStringLiteral("FIFO"),
                                          QStringLiteral("--progress"), QStringLiteral("--no-progress"),
                                          QStringLiteral("terminal")}; // (help text is wrapped)
}

void TstCliAudit::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, 0);
    const QString text = QString::fromUtf8(o.out);
    QVERIFY(text.contains(QStringLiteral("Exit codes")));
    for (const char *line : {"0  success", "1  drift", "2  usage error", "3  connection failed",
                             "4  catalog could not be read", "5  output could not be written"})
        QVERIFY2(text.contains(QLatin1String(line)), line);
    for (const QString &m : mentions)
        QVERIFY2(text.contains(m), qPrintable(m));
}

void TstCliAudit::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad host") << QStringList{QStringLiteral("audit"), QStringLiteral("--dsn"),
                                             QStringLiteral("host=nonexistent.invalid connect_timeout=5")}
                              << 3 << QStringLiteral("could not connect");
    QTest::newRow("bad dsn URI") << QStringList{QStringLiteral("audit"), QStringLiteral("--dsn"),
                                                QStringLiteral("postgresql://127.0.0.1:1/x?connect_timeout=5")}
                                 << 3 << QStringLiteral("could not connect");
    // libpq would take a phrase without '=' as a database name; refused before connecting.
    QTest::newRow("not a dsn") << QStringList{QStringLiteral("audit"), QStringLiteral("--dsn"), QStringLiteral("this is not a dsn")}
                               << 2 << QStringLiteral("--dsn \"this is not a dsn\" is not a connection string or URI");
    QTest::newRow("broken dsn") << QStringList{QStringLiteral("audit"), QStringLiteral("--dsn"), QStringLiteral("host=127.0.0.1 port")}
                                << 2 << QStringLiteral("missing \"=\" after \"port\"");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << QStringLiteral("unknown format \"xml\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("audit"), QStringLiteral("--bogus")} << 2
                                    << QStringLiteral("bogus");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << QStringLiteral("unknown command");
    QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("no command");
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("audit"), QStringLiteral("--output"),
                                                      QStringLiteral("/nonexistent-roledesk-dir/audit.csv")}
                                       << 5 << QStringLiteral("/nonexistent-roledesk-dir/audit.csv");
}

void TstCliAudit::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY(o.out.isEmpty());
    const QString err = QString::fromUtf8(o.err);
    QVERIFY2(err.startsWith(QStringLiteral("roledesk-cli: ")), qPrintable(err));
    QVERIFY2(err.section(u'\n', 0, 0).contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TstCliAudit)
#include "tst_cliaudit.moc"
