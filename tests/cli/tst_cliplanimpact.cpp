#include "clirun.h"

#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "policy/planner.h"
#include "policy/policyfile.h"
#include "privileges/impact.h"
#include "sandbox.h"

#include <QCoreApplication>
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
/// after the script (which psql still runs); without --impact the script is unchanged.
class TstCliPlanImpact : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void impactFollowsTheScript();
    void cleanupTestCase();

private:
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

void TstCliPlanImpact::impactFollowsTheScript()
{
    const QString home = m_dir.filePath(QStringLiteral("xdg"));
    const QString policy = m_dir.filePath(QStringLiteral("policy.yaml"));
    const QStringList scope{QStringLiteral("--roles"), m_analyst + u',' + m_group, QStringLiteral("--schemas"), QStringLiteral("ci")};
    const Outcome exported = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), policy} + dsn() + scope, home);
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    PolicyLoad loaded = PolicyFile::load(policy);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    DesiredState state = loaded.state;
    bool found = false;
    for (DesiredRole &r : state.roles) {
        if (r.name == m_analyst) {
            r.memberOf << DesiredMembership{m_group, false};
            found = true;
        }
    }
    QVERIFY(found);
    const qsizetype grants = state.grants.size();
    state.grants.removeIf([&](const DesiredGrant &g) { return g.grantee == m_analyst && g.object.name == u"t0"; });
    QCOMPARE(state.grants.size(), grants - 1);
    QCOMPARE(PolicyFile::save(state, policy), QString());

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
    const PlanImpact impact = computeImpact(EffectiveRights(snap.snapshot), plan.plan.changes());
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

QTEST_GUILESS_MAIN(TstCliPlanImpact)
#include "tst_cliplanimpact.moc"
