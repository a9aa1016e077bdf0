#include "clirun.h"

#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "policy/planner.h"
#include "policy/policyfile.h"
#include "privileges/impact.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace roledesk;
using pg::quoteIdent;

namespace {

using Outcome = test::CliOutcome;
using test::describe;
const auto runCli = test::runCliWithDataHome;

} // namespace

/// roledesk-cli plan --impact as a process against a scratch database: a policy that makes the
/// analyst a member of a group opening every table, and revokes a grant a group still covers,
/// prints each gain with its path and the revoke as "no effect" with its reason, as SQL comments
/// after the script (which psql still runs); without --impact the script is unchanged. With
/// --impact-output the impact is JSON in a file of its own and the script is plain; with
/// --platform-file each login's person is named and the people who gain are counted.
class TstCliPlanImpact : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void impactFollowsTheScript();
    void impactAsJsonWithPeople();
    void impactOptionsRefused();
    void cleanupTestCase();

private:
    /// Writes the policy the tests plan: the analyst joins the group, its own grant on t0 goes.
    QString writePolicy();
    QStringList dsn() const { return {QStringLiteral("--dsn"), QStringLiteral("dbname=%1").arg(m_db)}; }

    QTemporaryDir m_dir;
    QTranslator m_english;
    QString m_db, m_analyst, m_group;
    static constexpr int Tables = 12;
};

void TstCliPlanImpact::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // roledesk-cli speaks English through its catalogue (plural forms: "1 role", "11 rights"); the
    // texts this process computes to compare with must come from the same catalogue.
    const QString english = qEnvironmentVariable("ROLEDESK_BINARY_DIR") + QStringLiteral("/app/roledesk_en.qm");
    QVERIFY2(m_english.load(english), qPrintable(english));
    QCoreApplication::installTranslator(&m_english);
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_db = QStringLiteral("cliimpact_") + tag;
    m_analyst = QStringLiteral("ci%1 anälyst \"x\"\nline").arg(tag); // a line break must stay inside its comment
    m_group = QStringLiteral("ci%1_readers").arg(tag);
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + quoteIdent(m_db)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + quoteIdent(m_analyst)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + quoteIdent(m_group)));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(test::execOrFail(conn, QStringLiteral("CREATE SCHEMA ci")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT USAGE ON SCHEMA ci TO %1, %2").arg(quoteIdent(m_group), quoteIdent(m_analyst))));
    for (int i = 0; i < Tables; ++i) {
        QVERIFY(test::execOrFail(conn, QStringLiteral("CREATE TABLE ci.t%1 (id int)").arg(i)));
        QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT SELECT ON ci.t%1 TO %2").arg(i).arg(quoteIdent(m_group))));
    }
    QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT SELECT ON ci.t0 TO %1").arg(quoteIdent(m_analyst))));
}

void TstCliPlanImpact::cleanupTestCase()
{
    pg::Connection admin;
    if (!test::openSandbox(admin, QStringLiteral("postgres")))
        return;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(m_db)));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + quoteIdent(m_analyst));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + quoteIdent(m_group));
}

QString TstCliPlanImpact::writePolicy()
{
    const QString home = m_dir.filePath(QStringLiteral("xdg"));
    const QString policy = m_dir.filePath(QStringLiteral("policy.yaml"));
    const QStringList scope{QStringLiteral("--roles"), m_analyst + u',' + m_group, QStringLiteral("--schemas"), QStringLiteral("ci")};
    const Outcome exported = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), policy} + dsn() + scope, home);
    if (exported.exitCode != 0) {
        qWarning("%s", qPrintable(describe(exported)));
        return {};
    }
    PolicyLoad loaded = PolicyFile::load(policy);
    if (!loaded.ok())
        return {};
    DesiredState state = loaded.state;
    bool found = false;
    for (DesiredRole &r : state.roles) {
        if (r.name == m_analyst) {
            r.memberOf << DesiredMembership{m_group, false};
            found = true;
        }
    }
    const qsizetype removed = state.grants.removeIf([&](const DesiredGrant &g) { return g.grantee == m_analyst && g.object.name == u"t0"; });
    if (!found || removed != 1)
        return {};
    return PolicyFile::save(state, policy).isEmpty() ? policy : QString();
}

void TstCliPlanImpact::impactFollowsTheScript()
{
    const QString home = m_dir.filePath(QStringLiteral("xdg"));
    const QString policy = writePolicy();
    QVERIFY(!policy.isEmpty());

    const Outcome plain = runCli(QStringList{QStringLiteral("plan"), policy} + dsn(), home);
    QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
    QVERIFY(!plain.out.contains(QStringLiteral("Impact")));
    const Outcome withImpact = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--impact"), policy} + dsn(), home);
    QVERIFY2(withImpact.exitCode == 0, qPrintable(describe(withImpact)));
    QVERIFY2(withImpact.out.startsWith(plain.out), qPrintable(describe(withImpact)));
    const QStringList comment = withImpact.out.mid(plain.out.size()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : comment)
        QVERIFY2(line.startsWith(QStringLiteral("-- ")), qPrintable(line));

    // The same impact, computed here on a fresh snapshot of the same plan.
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    const SnapshotOutcome snap = CatalogReader::read(conn);
    QVERIFY(snap.ok());
    const ConvergencePlan plan = planConvergence(PolicyFile::load(policy).state, *snap.snapshot);
    const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(snap.snapshot), plan.plan.changes());
    QCOMPARE(impact.gained, Tables - 1); // t0 it held already
    QCOMPARE(impact.lost, 0);
    QCOMPARE(impact.notes.size(), 1);
    QCOMPARE(comment.size(), 1 + impact.gained + int(impact.notes.size()));
    QCOMPARE(comment.front(), QStringLiteral("-- Impact: ") + ImpactText::summary(impact));
    const QString analyst = QString(quoteIdent(m_analyst)).replace(u'\n', u' ');
    for (int i = 1; i < Tables; ++i)
        QVERIFY2(comment.contains(QStringLiteral("-- gained: %1 SELECT on ci.t%2 through member of %3").arg(analyst).arg(i).arg(m_group)),
                 qPrintable(comment.join(u'\n')));
    QVERIFY2(comment.last().contains(QStringLiteral("no effect: ")) && comment.last().contains(QStringLiteral("still holds SELECT on ci.t0 through member of ") + m_group),
             qPrintable(comment.last()));
}

/// A platform file giving the analyst to ann (its name quoted as YAML needs) and the group to bob.
static QByteArray platformFile(const QString &analyst, const QString &group)
{
    const auto yaml = [](QString s) {
        return u'"' + s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n")) + u'"';
    };
    return QStringLiteral("platform: edb-hybrid-manager\n"
                          "organization: Acme\n"
                          "projects: [ml]\n"
                          "people:\n"
                          "  - {id: ann}\n"
                          "  - {id: bob}\n"
                          "assignments: []\n"
                          "rules: []\n"
                          "logins:\n"
                          "  lists:\n"
                          "    - {person: ann, roles: [%1]}\n"
                          "    - {person: bob, roles: [%2]}\n")
        .arg(yaml(analyst), yaml(group))
        .toUtf8();
}

void TstCliPlanImpact::impactAsJsonWithPeople()
{
    const QString home = m_dir.filePath(QStringLiteral("xdg"));
    const QString policy = writePolicy();
    QVERIFY(!policy.isEmpty());
    const QString platform = m_dir.filePath(QStringLiteral("platform.yaml"));
    {
        QFile f(platform);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(platformFile(m_analyst, m_group));
    }
    const QString json = m_dir.filePath(QStringLiteral("impact.json"));
    const Outcome plain = runCli(QStringList{QStringLiteral("plan"), policy} + dsn(), home);
    QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
    const Outcome run = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--impact-output"), json,
                                           QStringLiteral("--platform-file"), platform, policy} + dsn(), home);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, plain.out); // the script alone: the impact went to its file
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.value(u"database").toString(), m_db);
    const QJsonObject counts = doc.value(u"counts").toObject();
    QCOMPARE(counts.value(u"gained").toInt(), Tables - 1);
    QCOMPARE(counts.value(u"lost").toInt(), 0);
    QCOMPARE(counts.value(u"people_gaining").toInt(), 1);
    QCOMPARE(counts.value(u"people_losing").toInt(), 0);
    QCOMPARE(doc.value(u"people").toObject().value(u"gaining").toArray(), QJsonArray{QStringLiteral("ann")});
    const QJsonArray rows = doc.value(u"rows").toArray();
    QCOMPARE(rows.size(), Tables - 1);
    QStringList objects;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value(u"role").toString(), m_analyst); // the line break and quotes come back whole
        QCOMPARE(row.value(u"people").toArray(), QJsonArray{QStringLiteral("ann")});
        QCOMPARE(row.value(u"object_type").toString(), QStringLiteral("table"));
        QCOMPARE(row.value(u"privilege").toString(), QStringLiteral("SELECT"));
        QCOMPARE(row.value(u"effect").toString(), QStringLiteral("gained"));
        QCOMPARE(row.value(u"grantable").toBool(true), false);
        QCOMPARE(row.value(u"through").toString(), QStringLiteral("member of ") + m_group);
        objects << row.value(u"object").toString();
    }
    for (int i = 1; i < Tables; ++i)
        QVERIFY2(objects.contains(QStringLiteral("ci.t%1").arg(i)), qPrintable(objects.join(u' ')));
    const QJsonArray notes = doc.value(u"notes").toArray();
    QCOMPARE(notes.size(), 1);
    const QJsonObject note = notes.at(0).toObject();
    QCOMPARE(note.value(u"kind").toString(), QStringLiteral("no_effect"));
    QVERIFY2(note.value(u"description").toString().startsWith(QStringLiteral("revoke SELECT on table ci.t0")),
             qPrintable(note.value(u"description").toString()));
    QCOMPARE(note.value(u"change").toInt(), 2); // counted from 1, as the comments count

    QVERIFY2(note.value(u"reason").toString().contains(QStringLiteral("still holds SELECT on ci.t0")), qPrintable(note.value(u"reason").toString()));

    // As comments: the person beside the role, and the people counted under the summary.
    const Outcome comments = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--impact"), QStringLiteral("--platform-file"),
                                                platform, policy} + dsn(), home);
    QVERIFY2(comments.exitCode == 0, qPrintable(describe(comments)));
    const QStringList lines = comments.out.mid(plain.out.size()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + (Tables - 1) + 1);
    // The catalogue may not have this message's English plural forms yet: either form is right.
    static const QRegularExpression people(QStringLiteral("^-- People: 1 person(\\(s\\))? gains? rights, 0 (people|person\\(s\\)) lose rights$"));
    QVERIFY2(people.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
    const QString analyst = QString(quoteIdent(m_analyst)).replace(u'\n', u' ');
    QVERIFY2(lines.contains(QStringLiteral("-- gained: %1 (person: ann) SELECT on ci.t3 through member of %2").arg(analyst, m_group)),
             qPrintable(lines.join(u'\n')));
}

void TstCliPlanImpact::impactOptionsRefused()
{
    const QString home = m_dir.filePath(QStringLiteral("xdg"));
    const QString policy = m_dir.filePath(QStringLiteral("unused.yaml"));
    // Both to standard output, and a platform file with nothing to name people in: usage errors,
    // before any file or database is read.
    const Outcome both = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--impact-output"), QStringLiteral("-"), policy} + dsn(), home);
    QVERIFY2(both.exitCode == 2 && both.err.contains(QStringLiteral("--impact-output")), qPrintable(describe(both)));
    const Outcome people = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--platform-file"), policy, policy} + dsn(), home);
    QVERIFY2(people.exitCode == 2 && people.err.contains(QStringLiteral("--platform-file")), qPrintable(describe(people)));
    // A platform file that is not there: the platform command's code, before the database.
    const Outcome missing = runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--impact"), QStringLiteral("--platform-file"),
                                               m_dir.filePath(QStringLiteral("none.yaml")), policy, QStringLiteral("--dsn"),
                                               QStringLiteral("dbname=no_such_database_h4")}, home);
    QVERIFY2(missing.exitCode == 10, qPrintable(describe(missing)));
}

QTEST_GUILESS_MAIN(TstCliPlanImpact)
#include "tst_cliplanimpact.moc"
