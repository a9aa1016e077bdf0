// roledesk-cli audit --save / --compare / --with, run as a process against the sandbox: real
// GRANTs and memberships on a scratch database, and saved files damaged by hand.
#include "clirun.h"
#include "pg/connection.h"
#include "pg/identifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("roledesk_savedaudit");

const char *rolesSql = R"SQL(
CREATE ROLE savedaudit_reader NOLOGIN;
CREATE ROLE savedaudit_alice LOGIN IN ROLE savedaudit_reader;
CREATE ROLE savedaudit_bob LOGIN;
CREATE ROLE "savedaudit_Zoë ""q"", \x" NOLOGIN;
)SQL";

const char *objectsSql = R"SQL(
CREATE SCHEMA s;
CREATE TABLE s.t1 (id int);
CREATE TABLE s.t2 (id int);
GRANT USAGE ON SCHEMA s TO savedaudit_reader;
GRANT SELECT ON s.t1 TO savedaudit_reader;
CREATE TABLE s."Tab ""1""	tab" (id int);
GRANT UPDATE ON s."Tab ""1""	tab" TO "savedaudit_Zoë ""q"", \x";
)SQL";

} // namespace

/// audit --save and --compare against the live sandbox.
class TstCliAuditSaved : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unchangedIsEqual();
    void grantIsExactlyTheChange();
    void membershipWithLineage();
    void badFiles_data();
    void badFiles();
    void otherServer();
    void platformRoles();
    void usage_data();
    void usage();

private:
    test::CliOutcome run(const QStringList &args);
    QString save(const QString &name);
    void sql(const QString &statement);
    QJsonObject compareJson(const QStringList &args, int expectedExit);
    void dropAll();
    pg::Connection m_admin;
    pg::Connection m_db;
    QTemporaryDir m_dir;
};

test::CliOutcome TstCliAuditSaved::run(const QStringList &args)
{
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("PGDATABASE"), database);
    return test::runCliProcess(QStringList{QStringLiteral("audit")} + args, env);
}

QString TstCliAuditSaved::save(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const test::CliOutcome o = run({QStringLiteral("--save"), path});
    if (o.exitCode != 0)
        qWarning().noquote() << test::describe(o);
    return o.exitCode == 0 ? path : QString();
}

void TstCliAuditSaved::sql(const QString &statement)
{
    const pg::Result r = m_db.exec(statement);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
}

QJsonObject TstCliAuditSaved::compareJson(const QStringList &args, int expectedExit)
{
    const test::CliOutcome o = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (o.exitCode != expectedExit) {
        qWarning().noquote() << test::describe(o);
        return {};
    }
    return QJsonDocument::fromJson(o.out.toUtf8()).object();
}

void TstCliAuditSaved::dropAll()
{
    m_db.close();
    m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(database) + QStringLiteral(" WITH (FORCE)"));
    for (const char *role : {"savedaudit_alice", "savedaudit_bob", "savedaudit_reader", "savedaudit_Zoë \"q\", \\x"})
        m_admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(QString::fromUtf8(role)));
}

void TstCliAuditSaved::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT"))
        QFAIL("PGHOST and PGPORT must name the sandbox (eval \"$(tests/sandbox/sandbox.sh env)\")");
    QVERIFY(m_dir.isValid());
    const pg::Error err = m_admin.open({{QStringLiteral("dbname"), QStringLiteral("postgres")}});
    QVERIFY2(err.isNull(), qPrintable(err.toString()));
    dropAll();
    QVERIFY(m_admin.execScript(QString::fromUtf8(rolesSql)).ok());
    QVERIFY(m_admin.exec(QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database)).ok());
    QVERIFY(m_db.open({{QStringLiteral("dbname"), database}}).isNull());
    const pg::Result objects = m_db.execScript(QString::fromUtf8(objectsSql));
    QVERIFY2(objects.ok(), qPrintable(objects.error().toString()));
}

void TstCliAuditSaved::cleanupTestCase()
{
    if (m_admin.isOpen())
        dropAll();
}

void TstCliAuditSaved::unchangedIsEqual()
{
    const QString old = save(QStringLiteral("unchanged.json"));
    QVERIFY(!old.isEmpty());
    const test::CliOutcome o = run({QStringLiteral("--compare"), old});
    QVERIFY2(o.exitCode == 0, qPrintable(test::describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("No differences.")), qPrintable(o.out));
    // The file holds what the issue asks: identity, rights with lineage, memberships.
    QFile f(old);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY2(!doc.isEmpty(), "a saved audit is one JSON document");
    QCOMPARE(doc.value(QStringLiteral("format_version")).toInt(), 1);
    const QJsonObject id = doc.value(QStringLiteral("identity")).toObject();
    QCOMPARE(id.value(QStringLiteral("database")).toString(), database);
    QVERIFY(!id.value(QStringLiteral("system_identifier")).toString().isEmpty());
    QVERIFY(doc.value(QStringLiteral("memberships")).toArray().contains(
        QJsonArray{QStringLiteral("savedaudit_alice|savedaudit_reader"), QString()}));
    QVERIFY(doc.value(QStringLiteral("rights")).toArray().contains(
        QJsonArray{QStringLiteral("savedaudit_alice"), QStringLiteral("table"), QStringLiteral("s"), QStringLiteral("t1"),
                   QStringLiteral("SELECT"), false, QStringLiteral("member of savedaudit_reader")}));
    // Names that need escapes come back as they are (the reader's own decoder agrees: no differences above).
    QVERIFY(doc.value(QStringLiteral("rights")).toArray().contains(
        QJsonArray{QStringLiteral("savedaudit_Zoë \"q\", \\x"), QStringLiteral("table"), QStringLiteral("s"),
                   QStringLiteral("Tab \"1\"\ttab"), QStringLiteral("UPDATE"), false, QStringLiteral("direct")}));
    QCOMPARE(doc.value(QStringLiteral("rights_count")).toInt(), doc.value(QStringLiteral("rights")).toArray().size());
}

void TstCliAuditSaved::grantIsExactlyTheChange()
{
    const QString old = save(QStringLiteral("before-grant.json"));
    QVERIFY(!old.isEmpty());
    sql(QStringLiteral("GRANT INSERT ON s.t2 TO savedaudit_bob WITH GRANT OPTION"));
    const QJsonObject c = compareJson({QStringLiteral("--compare"), old}, 1);
    sql(QStringLiteral("REVOKE INSERT ON s.t2 FROM savedaudit_bob CASCADE"));
    const QJsonArray diffs = c.value(QStringLiteral("differences")).toArray();
    QCOMPARE(diffs.size(), 1);
    const QJsonObject d = diffs.at(0).toObject();
    QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("right"));
    QCOMPARE(d.value(QStringLiteral("change")).toString(), QStringLiteral("gained"));
    QCOMPARE(d.value(QStringLiteral("role")).toString(), QStringLiteral("savedaudit_bob"));
    QCOMPARE(d.value(QStringLiteral("object_schema")).toString(), QStringLiteral("s"));
    QCOMPARE(d.value(QStringLiteral("object_name")).toString(), QStringLiteral("t2"));
    QCOMPARE(d.value(QStringLiteral("privilege")).toString(), QStringLiteral("INSERT"));
    QCOMPARE(d.value(QStringLiteral("grantable")).toBool(), true);
    QCOMPARE(d.value(QStringLiteral("via")).toString(), QStringLiteral("direct"));
    // Revoked again: equal to the old audit once more.
    const test::CliOutcome back = run({QStringLiteral("--compare"), old});
    QVERIFY2(back.exitCode == 0, qPrintable(test::describe(back)));
}

void TstCliAuditSaved::membershipWithLineage()
{
    const QString old = save(QStringLiteral("before-member.json"));
    QVERIFY(!old.isEmpty());
    sql(QStringLiteral("GRANT savedaudit_reader TO savedaudit_bob"));
    const QString now = save(QStringLiteral("after-member.json"));
    sql(QStringLiteral("REVOKE savedaudit_reader FROM savedaudit_bob"));
    QVERIFY(!now.isEmpty());

    // Two saved files, no database: what bob gained, each through the new membership.
    const QJsonObject c = compareJson({QStringLiteral("--compare"), old, QStringLiteral("--with"), now}, 1);
    QSet<QString> rights;
    QStringList memberships;
    for (const QJsonValue &v : c.value(QStringLiteral("differences")).toArray()) {
        const QJsonObject d = v.toObject();
        QCOMPARE(d.value(QStringLiteral("change")).toString(), QStringLiteral("gained"));
        if (d.value(QStringLiteral("kind")) == QStringLiteral("membership")) {
            memberships << d.value(QStringLiteral("item")).toString();
            continue;
        }
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("right"));
        QCOMPARE(d.value(QStringLiteral("role")).toString(), QStringLiteral("savedaudit_bob"));
        QCOMPARE(d.value(QStringLiteral("via")).toString(), QStringLiteral("member of savedaudit_reader"));
        rights << d.value(QStringLiteral("privilege")).toString() + u' ' + d.value(QStringLiteral("object_name")).toString();
    }
    QCOMPARE(memberships, QStringList{QStringLiteral("savedaudit_bob|savedaudit_reader")});
    QCOMPARE(rights, (QSet<QString>{QStringLiteral("USAGE s"), QStringLiteral("SELECT t1")}));

    // The other way round: lost, with the lineage the older side had.
    const QJsonObject back = compareJson({QStringLiteral("--compare"), now, QStringLiteral("--with"), old}, 1);
    QCOMPARE(back.value(QStringLiteral("summary")).toObject().value(QStringLiteral("right")).toObject()
                 .value(QStringLiteral("lost")).toInt(), 2);
    // And as text, with the lineage on the line.
    const test::CliOutcome text = run({QStringLiteral("--compare"), old, QStringLiteral("--with"), now});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QStringLiteral("+ savedaudit_bob: SELECT on table s.t1 (member of savedaudit_reader)")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("+ savedaudit_bob member of savedaudit_reader")), qPrintable(text.out));
}

void TstCliAuditSaved::badFiles_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QStringLiteral("garbage") << QStringLiteral("this is not a RoleDesk saved audit");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("this is not a RoleDesk saved audit");
    QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("incomplete: the file ends at line");
    QTest::newRow("other version") << QStringLiteral("version")
                                   << QStringLiteral("format version 7; this RoleDesk reads version 1");
    QTest::newRow("damaged row") << QStringLiteral("row") << QStringLiteral("damaged at line");
    QTest::newRow("row removed") << QStringLiteral("remove") << QStringLiteral("it says it holds");
}

void TstCliAuditSaved::badFiles()
{
    QFETCH(QString, edit);
    QFETCH(QString, message);
    const QString path = save(QStringLiteral("bad-%1.json").arg(edit));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    QList<QByteArray> lines = content.split('\n');
    const qsizetype firstRight = lines.indexOf("\"rights\": [") + 1;
    QVERIFY(firstRight > 0 && lines.size() > firstRight + 2);
    if (edit == u"garbage")
        content = "not json at all\n";
    else if (edit == u"empty")
        content.clear();
    else if (edit == u"truncate")
        content.truncate(content.indexOf(lines.at(firstRight + 1)) + 10);
    else if (edit == u"version")
        content.replace("\"format_version\":1", "\"format_version\":7");
    else if (edit == u"row")
        content.replace(lines.at(firstRight + 1), lines.at(firstRight + 1).left(12));
    else if (edit == u"remove") {
        lines.removeAt(firstRight + 1);
        content = lines.join('\n');
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    const test::CliOutcome o = run({QStringLiteral("--compare"), path});
    QVERIFY2(o.exitCode == 12, qPrintable(test::describe(o)));
    QVERIFY2(o.err.contains(path) && o.err.contains(message), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    // The same refusal when the file is the newer of two.
    const QString good = save(QStringLiteral("good-%1.json").arg(edit));
    const test::CliOutcome with = run({QStringLiteral("--compare"), good, QStringLiteral("--with"), path});
    QVERIFY2(with.exitCode == 12 && with.err.contains(message), qPrintable(test::describe(with)));
}

void TstCliAuditSaved::otherServer()
{
    const QString path = save(QStringLiteral("other-server.json"));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    const QRegularExpression sid(QStringLiteral("\"system_identifier\":\"(\\d+)\""));
    const QRegularExpressionMatch m = sid.match(QString::fromUtf8(content));
    QVERIFY(m.hasMatch());
    content.replace(m.captured(0).toUtf8(), "\"system_identifier\":\"1234567890\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    const test::CliOutcome o = run({QStringLiteral("--compare"), path});
    QVERIFY2(o.exitCode == 12, qPrintable(test::describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("two different servers")) && o.err.contains(QStringLiteral("1234567890"))
                 && o.err.contains(m.captured(1)),
             qPrintable(o.err));
    const test::CliOutcome allowed = run({QStringLiteral("--compare"), path, QStringLiteral("--allow-other-database")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(test::describe(allowed)));
}

void TstCliAuditSaved::platformRoles()
{
    // The platform file of the platform tests, with the directory import it names, in a folder of its own.
    const QDir fixtures(qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/platform/cli"));
    const QString yaml = m_dir.filePath(QStringLiteral("acme.yaml"));
    QFile::remove(yaml);
    QFile::remove(m_dir.filePath(QStringLiteral("people.json")));
    QVERIFY(QFile::copy(fixtures.filePath(QStringLiteral("acme.yaml")), yaml));
    QVERIFY(QFile::copy(fixtures.filePath(QStringLiteral("people.json")), m_dir.filePath(QStringLiteral("people.json"))));
    const QString old = m_dir.filePath(QStringLiteral("platform.json"));
    const test::CliOutcome saved = run({QStringLiteral("--save"), old, QStringLiteral("--platform-file"), yaml});
    QVERIFY2(saved.exitCode == 0, qPrintable(test::describe(saved)));

    // A new manual assignment in the platform file: exactly that grant is added.
    QFile f(yaml);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray content = f.readAll();
    const QByteArray anchor = "assignments:\n";
    QVERIFY(content.contains(anchor));
    content.replace(anchor, anchor + "  - {person: ivan, role: Project Viewer, project: ml}\n");
    QVERIFY(f.resize(0) && f.seek(0) && f.write(content) == content.size());
    f.close();
    const QJsonObject c = compareJson({QStringLiteral("--compare"), old, QStringLiteral("--platform-file"), yaml}, 1);
    const QJsonArray diffs = c.value(QStringLiteral("differences")).toArray();
    QCOMPARE(diffs.size(), 1);
    const QJsonObject d = diffs.at(0).toObject();
    QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("platform_role"));
    QCOMPARE(d.value(QStringLiteral("change")).toString(), QStringLiteral("gained"));
    const QStringList item = d.value(QStringLiteral("item")).toString().split(u'|');
    QCOMPARE(item.size(), 3);
    QCOMPARE(item.at(0), QStringLiteral("ivan"));
    QCOMPARE(item.at(2), QStringLiteral("ml"));
    QCOMPARE(d.value(QStringLiteral("detail")).toString(), QStringLiteral("manual"));
    // Without a platform file now, platform roles are not compared (not all "removed").
    const test::CliOutcome without = run({QStringLiteral("--compare"), old});
    QVERIFY2(without.exitCode == 0, qPrintable(test::describe(without)));
    // A platform file that cannot be read: the platform command's exit code, before any database work.
    const test::CliOutcome broken = run({QStringLiteral("--save"), m_dir.filePath(QStringLiteral("x.json")),
                                         QStringLiteral("--platform-file"), fixtures.filePath(QStringLiteral("broken.yaml"))});
    QVERIFY2(broken.exitCode == 10 && broken.err.contains(QStringLiteral("broken.yaml")), qPrintable(test::describe(broken)));
}

void TstCliAuditSaved::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("with alone") << QStringList{QStringLiteral("--with"), QStringLiteral("x.json")}
                                << QStringLiteral("--with needs --compare");
    QTest::newRow("allow alone") << QStringList{QStringLiteral("--save"), QStringLiteral("x.json"),
                                                QStringLiteral("--allow-other-database")}
                                 << QStringLiteral("--allow-other-database goes with --compare");
    QTest::newRow("csv compare") << QStringList{QStringLiteral("--compare"), QStringLiteral("x.json"),
                                                QStringLiteral("--format"), QStringLiteral("csv")}
                                 << QStringLiteral("expected text or json");
}

void TstCliAuditSaved::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::CliOutcome o = run(args);
    QVERIFY2(o.exitCode == 2 && o.err.contains(message), qPrintable(test::describe(o)));
}

QTEST_GUILESS_MAIN(TstCliAuditSaved)
#include "tst_cliauditsaved.moc"
