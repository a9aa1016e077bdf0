#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "pg/pipeline.h"
#include "plan/applier.h"
#include "plan/applyworker.h"
#include "plan/planverifier.h"
#include "sandbox.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

using namespace roledesk;
using pg::quoteIdent;

/// The literal-injection attack on a database whose owner turned standard_conforming_strings off
/// (ALTER DATABASE / ALTER ROLE ... IN DATABASE ... SET): role names and a password built to
/// break out of a '...' literal under that setting, granted a model role (pgx_inference_ce),
/// created with PASSWORD and VALID UNTIL, through PlanApplier, ApplyWorker and the exported
/// script run by psql. Every RoleDesk session has the setting on, the applier refuses a session
/// where it is off, and nothing is injected: no role appears or changes beyond the plan.
class TstLiteralInjection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theDatabaseSaysOff();
    void everySessionIsConforming();
    void quoteLiteralReadsTheSameEitherWay();
    void bytesBoundInBinary();
    void modelRoleGrantedToCraftedNames();
    void applierRefusesANonConformingSession();
    void createRoleWithCraftedPassword();
    void exportedScriptUnderPsql();
    void cleanupTestCase();

private:
    void dropEverything();
    SnapshotPtr snapshot();
    /// Every role with its attributes, password and expiry, and every membership, as sorted lines.
    QStringList roleState();
    /// The lines of \a after that are not in \a before.
    static QStringList added(const QStringList &before, const QStringList &after);
    bool holds(const Snapshot &s, const QString &role, ModelRole kind) const;
    bool roleExists(const QString &role);
    /// Logs in over TCP (scram-sha-256 in the sandbox) as \a role with \a password.
    pg::Error logIn(const QString &role, const QString &password);

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_literalinjection");
    // Under standard_conforming_strings = off, '\'' is a quote inside the literal: the rest of
    // each name would run as SQL if it were written as '...' with only the quotes doubled.
    const QString m_pwned = QStringLiteral("lii_pwned");
    const QString m_breakout = QStringLiteral("lii a\\'); CREATE ROLE lii_pwned SUPERUSER; --");
    // One statement (the extended protocol takes no second one): would grant the victim
    // system_administrator instead of giving the crafted role model_owner.
    const QString m_victim = QStringLiteral("lii b'");
    const QString m_escalate = QStringLiteral("lii b\\', 'system_administrator') --");
    const QString m_created = QStringLiteral("lii \"c\\'); CREATE ROLE lii_pwned SUPERUSER; --");
    const QString m_plainPassword = QStringLiteral("lii d");
    const QString m_scripted = QStringLiteral("lii e\\'); CREATE ROLE lii_pwned SUPERUSER; --");
    const QString m_craftedPassword = QStringLiteral("\\'); CREATE ROLE lii_pwned SUPERUSER; --");
};

void TstLiteralInjection::dropEverything()
{
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + quoteIdent(m_db)
                                        + QStringLiteral(" WITH (FORCE)")));
    for (const QString &role : {m_pwned, m_breakout, m_victim, m_escalate, m_created, m_plainPassword, m_scripted})
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS ") + quoteIdent(role)));
}

SnapshotPtr TstLiteralInjection::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

QStringList TstLiteralInjection::roleState()
{
    const pg::Result r = m_conn.exec(QStringLiteral(
        "SELECT format('role %s super=%s createrole=%s login=%s password=%s until=%s', a.rolname, a.rolsuper, "
        "              a.rolcreaterole, a.rolcanlogin, a.rolpassword, a.rolvaliduntil) "
        "  FROM pg_catalog.pg_authid a "
        "UNION ALL "
        "SELECT format('member %s of %s admin=%s', m.member::regrole, m.roleid::regrole, m.admin_option) "
        "  FROM pg_catalog.pg_auth_members m "
        "ORDER BY 1"));
    QStringList out;
    for (int i = 0; r.ok() && i < r.rows(); ++i)
        out << r.text(i, 0);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().toString()));
    return out;
}

QStringList TstLiteralInjection::added(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (const QString &line : after)
        if (!before.contains(line))
            out << line;
    return out;
}

bool TstLiteralInjection::holds(const Snapshot &s, const QString &role, ModelRole kind) const
{
    for (const ModelRoleGrant &g : s.models.roles)
        if (g.role == role && g.kind == kind)
            return true;
    return false;
}

bool TstLiteralInjection::roleExists(const QString &role)
{
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1"), {role});
    return r.ok() && r.rows() == 1;
}

pg::Error TstLiteralInjection::logIn(const QString &role, const QString &password)
{
    pg::Connection c;
    return c.open({{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                   {QStringLiteral("port"), qEnvironmentVariable("PGPORT")},
                   {QStringLiteral("dbname"), m_db},
                   {QStringLiteral("user"), role},
                   {QStringLiteral("password"), password}});
}

void TstLiteralInjection::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    for (const QString &role : {m_breakout, m_escalate, m_created, m_scripted})
        QVERIFY(role.toUtf8().size() < 64); // not truncated to NAMEDATALEN
    dropEverything();
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + quoteIdent(m_db)));
    // What a database owner may do, and the same for the applying role in that database.
    QVERIFY(test::execOrFail(admin, QStringLiteral("ALTER DATABASE %1 SET standard_conforming_strings = off")
                                        .arg(quoteIdent(m_db))));
    QVERIFY(test::execOrFail(admin, QStringLiteral("ALTER ROLE CURRENT_USER IN DATABASE %1 "
                                                   "SET standard_conforming_strings = off").arg(quoteIdent(m_db))));
    for (const QString &role : {m_breakout, m_victim, m_escalate})
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + quoteIdent(role)));

    QVERIFY(test::openSandbox(m_conn, m_db));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE EXTENSION pgx_inference_ce")));
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    QCOMPARE(s->models.flavour, ModelState::Flavour::Community);
}

void TstLiteralInjection::theDatabaseSaysOff()
{
    // A session that asks for nothing (psql, a plain libpq client) reads '...' the old way here.
    const QByteArray conninfo = QStringLiteral("host='%1' port='%2' user='%3' dbname='%4'")
                                    .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"),
                                         qEnvironmentVariable("PGUSER", QStringLiteral("postgres")), m_db)
                                    .toUtf8();
    qunsetenv("PGOPTIONS");
    PGconn *raw = PQconnectdb(conninfo.constData());
    QVERIFY(raw);
    const bool connected = PQstatus(raw) == CONNECTION_OK;
    const QString setting = connected ? QString::fromUtf8(PQparameterStatus(raw, "standard_conforming_strings")) : QString();
    const QString error = QString::fromUtf8(PQerrorMessage(raw));
    PQfinish(raw);
    QVERIFY2(connected, qPrintable(error));
    QCOMPARE(setting, QStringLiteral("off"));
}

void TstLiteralInjection::everySessionIsConforming()
{
    QVERIFY(m_conn.standardConformingStrings());
    const pg::Result r = m_conn.exec(QStringLiteral(
        "SELECT setting, source FROM pg_catalog.pg_settings WHERE name = 'standard_conforming_strings'"));
    QVERIFY(r.ok() && r.rows() == 1);
    QCOMPARE(r.text(0, 0), QStringLiteral("on"));
    QCOMPARE(r.text(0, 1), QStringLiteral("client")); // from the startup packet: RESET ALL keeps it
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ALL")));
    QVERIFY(m_conn.standardConformingStrings());

    // A caller's own server options still arrive, but cannot turn the setting off: not as an
    // "options" keyword, not inside a connection string, not through PGOPTIONS.
    const auto check = [&](const pg::ConnectOptions &options, const QString &workMem) {
        pg::Connection c;
        const pg::Error e = c.open(options);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        QVERIFY(c.standardConformingStrings());
        const pg::Result shown = c.exec(QStringLiteral("SELECT current_setting('standard_conforming_strings'), "
                                                       "current_setting('work_mem')"));
        QVERIFY(shown.ok());
        QCOMPARE(shown.text(0, 0), QStringLiteral("on"));
        QCOMPARE(shown.text(0, 1), workMem);
    };
    pg::ConnectOptions keyword = test::sandboxOptions(m_db);
    keyword.push_back({QStringLiteral("options"), QStringLiteral("-c standard_conforming_strings=off -c work_mem=7MB")});
    check(keyword, QStringLiteral("7MB"));
    if (QTest::currentTestFailed())
        return;
    pg::ConnectOptions dsn = test::sandboxOptions({});
    dsn.removeIf([](const auto &kv) { return kv.first == u"dbname"; });
    dsn.prepend({QStringLiteral("dbname"), QStringLiteral("dbname='%1' options='-c work_mem=8MB "
                                                          "-c standard_conforming_strings=off'").arg(m_db)});
    check(dsn, QStringLiteral("8MB"));
    if (QTest::currentTestFailed())
        return;
    qputenv("PGOPTIONS", "-c standard_conforming_strings=off -c work_mem=9MB");
    check(test::sandboxOptions(m_db), QStringLiteral("9MB"));
    qunsetenv("PGOPTIONS");
}

void TstLiteralInjection::quoteLiteralReadsTheSameEitherWay()
{
    pg::Connection c;
    QVERIFY(test::openSandbox(c, m_db));
    const QStringList values{m_breakout, m_escalate, m_craftedPassword, QStringLiteral("a\\b"), QStringLiteral("\\"),
                             QStringLiteral("it's"), QStringLiteral("\\\\''\\'"), QStringLiteral("\u00fc\\n")};
    for (const char *setting : {"off", "on"}) {
        QVERIFY(test::execOrFail(c, QStringLiteral("SET standard_conforming_strings = ") + QLatin1String(setting)));
        for (const QString &v : values) {
            const pg::Result r = c.exec(QStringLiteral("SELECT ") + pg::quoteLiteral(v));
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r.text(0, 0), v);
        }
    }
    // The form quoteLiteral wrote before (quotes doubled only) does not survive the setting: the
    // statement breaks, or reads another value. This is what made the attack possible.
    QVERIFY(test::execOrFail(c, QStringLiteral("SET standard_conforming_strings = off")));
    QString old = m_escalate;
    old.replace(u'\'', QStringLiteral("''"));
    const pg::Result r = c.exec(QStringLiteral("SELECT '%1'").arg(old));
    QVERIFY(!r.ok() || r.text(0, 0) != m_escalate);
}

// pg::Bytes: raw bytes bound in binary format arrive as they are, whatever they hold (NUL, quotes,
// backslashes, the attack strings, every byte value), under either setting, beside text
// parameters, alone and through the pipeline; and an empty value is an empty bytea, not NULL.
void TstLiteralInjection::bytesBoundInBinary()
{
    pg::Connection c;
    QVERIFY(test::openSandbox(c, m_db));
    QByteArray every;
    for (int i = 0; i < 256; ++i)
        every.append(char(i));
    const QList<QByteArray> values{every, m_escalate.toUtf8(), m_breakout.toUtf8(), QByteArray("\\x41'\0", 6),
                                   QByteArray(3 << 20, '\''), QByteArray()};
    const QString sql = QStringLiteral("SELECT $2::bytea = decode($1, 'hex'), octet_length($2::bytea), $3::text");
    for (const char *setting : {"off", "on"}) {
        QVERIFY(test::execOrFail(c, QStringLiteral("SET standard_conforming_strings = ") + QLatin1String(setting)));
        for (const QByteArray &v : values) {
            const pg::Result r = c.exec(sql, {QString::fromLatin1(v.toHex()), QVariant::fromValue(pg::Bytes{v}), m_escalate});
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QVERIFY(r.boolean(0, 0));
            QCOMPARE(r.integer(0, 1), v.size());
            QCOMPARE(r.text(0, 2), m_escalate);
        }
    }
    QVERIFY(test::execOrFail(c, QStringLiteral("BEGIN")));
    QList<pg::PipelineStatement> statements;
    for (const QByteArray &v : values)
        statements.append({QStringLiteral("SELECT 1 / ($2::bytea = decode($1, 'hex'))::int"), // 1 / 0 when they differ
                           {QString::fromLatin1(v.toHex()), QVariant::fromValue(pg::Bytes{v})}});
    const pg::PipelineOutcome out = pg::runPipeline(c, statements, 2);
    QVERIFY2(out.error.isNull(), qPrintable(out.error.toString()));
    QCOMPARE(out.completed, values.size());
    QVERIFY(test::execOrFail(c, QStringLiteral("ROLLBACK")));
}

void TstLiteralInjection::modelRoleGrantedToCraftedNames()
{
    const QStringList before = roleState();
    QVERIFY(!before.isEmpty());

    // Through ApplyWorker (its own session, opened from the options as the console does).
    SnapshotPtr base = snapshot();
    QVERIFY(base);
    Plan first;
    first.add(ModelRoleChange{m_breakout, ModelRole::ModelOwner, true});
    ApplyWorker worker;
    QSignalSpy finished(&worker, &ApplyWorker::finished);
    worker.apply(test::sandboxOptions(m_db), first, base);
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<ApplyOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString() + u'\n' + outcome.failed.display()));
    QVERIFY(finished.at(0).at(2).value<QList<PlanDifference>>().isEmpty());

    // Through PlanApplier on this session.
    base = snapshot();
    Plan second;
    second.add(ModelRoleChange{m_escalate, ModelRole::ModelOwner, true});
    const ApplyOutcome o = PlanApplier::apply(m_conn, second, base.get());
    QVERIFY2(o.ok(), qPrintable(o.error.toString() + u'\n' + o.failed.display()));
    QCOMPARE(o.statementsRun, 1);
    QVERIFY(m_conn.standardConformingStrings());

    // Exactly the two grants, to the crafted names as they are; the victim got nothing.
    QVERIFY(!roleExists(m_pwned));
    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    QVERIFY(verifyPlan(first, *after).isEmpty());
    QVERIFY(verifyPlan(second, *after).isEmpty());
    QVERIFY(holds(*after, m_breakout, ModelRole::ModelOwner));
    QVERIFY(holds(*after, m_escalate, ModelRole::ModelOwner));
    QVERIFY(!holds(*after, m_victim, ModelRole::ModelOwner));
    QVERIFY(!holds(*after, m_victim, ModelRole::SystemAdministrator));
    QVERIFY(!holds(*after, m_breakout, ModelRole::SystemAdministrator));
    QVERIFY(!holds(*after, m_escalate, ModelRole::SystemAdministrator));
    // The roles and their attributes are as they were; new memberships only of the two, only in
    // the model owners' group.
    const QStringList now = roleState();
    for (const QString &line : added(before, now)) {
        QVERIFY2(line.startsWith(u"member ") && line.contains(u" of pgx_model_owner admin=f")
                     && (line.contains(m_breakout) || line.contains(m_escalate)),
                 qPrintable(line));
    }
    QVERIFY2(added(now, before).isEmpty(), qPrintable(added(now, before).join(u'\n')));
}

void TstLiteralInjection::applierRefusesANonConformingSession()
{
    // Something turned the setting off in the applying session: nothing runs.
    const QStringList before = roleState();
    const SnapshotPtr base = snapshot();
    QVERIFY(base);
    Plan plan;
    plan.add(ModelRoleChange{m_breakout, ModelRole::ModelOwner, false});
    plan.add(CreateRole{m_pwned, {}});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET standard_conforming_strings = off")));
    QVERIFY(!m_conn.standardConformingStrings());
    const ApplyOutcome o = PlanApplier::apply(m_conn, plan, base.get());
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET standard_conforming_strings = on")));
    QCOMPARE(o.status, ApplyOutcome::Status::Failed);
    QVERIFY2(o.error.message.contains(QLatin1String("standard_conforming_strings")), qPrintable(o.error.message));
    QCOMPARE(o.statementsRun, 0);
    QCOMPARE(roleState(), before);
    QVERIFY(!roleExists(m_pwned));
}

void TstLiteralInjection::createRoleWithCraftedPassword()
{
    const QStringList before = roleState();
    const SnapshotPtr base = snapshot();
    QVERIFY(base);
    // A verifier computed by libpq (what the role dialog sends), and a password the server
    // hashes itself; both go into PASSWORD '...', a literal that cannot be bound.
    pg::Error encryptError;
    const QString verifier = m_conn.encryptPassword(m_created, m_craftedPassword, &encryptError);
    QVERIFY2(encryptError.isNull(), qPrintable(encryptError.toString()));
    RoleAttributes withVerifier;
    withVerifier.login = true;
    withVerifier.validUntil = QDateTime(QDate(2031, 12, 31), QTime(23, 0), Qt::UTC);
    withVerifier.passwordVerifier = verifier;
    RoleAttributes withPassword;
    withPassword.login = true;
    withPassword.validUntil = QDateTime(); // infinity
    withPassword.passwordVerifier = m_craftedPassword;
    Plan plan;
    plan.add(CreateRole{m_created, withVerifier});
    plan.add(CreateRole{m_plainPassword, withPassword});
    QVERIFY(plan.statements().at(1).sql.contains(QStringLiteral("PASSWORD E'")));
    const ApplyOutcome o = PlanApplier::apply(m_conn, plan, base.get());
    QVERIFY2(o.ok(), qPrintable(o.error.toString() + u'\n' + o.failed.display()));

    QVERIFY(!roleExists(m_pwned));
    const pg::Result r = m_conn.exec(
        QStringLiteral("SELECT rolname, rolpassword, rolvaliduntil = '2031-12-31 23:00:00+00', rolvaliduntil = 'infinity' "
                       "FROM pg_catalog.pg_authid WHERE rolname IN ($1, $2) ORDER BY rolname <> $1"),
        {m_created, m_plainPassword});
    QVERIFY(r.ok());
    QCOMPARE(r.rows(), 2);
    QCOMPARE(r.text(0, 0), m_created);
    QCOMPARE(r.text(0, 1), verifier);
    QVERIFY(r.boolean(0, 2));
    QCOMPARE(r.text(1, 0), m_plainPassword);
    QVERIFY(r.boolean(1, 3));
    // The password is exactly the crafted text: it logs in, and a near miss does not.
    pg::Error e = logIn(m_plainPassword, m_craftedPassword);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    QVERIFY(!logIn(m_plainPassword, QString(m_craftedPassword).remove(u'\\')).isNull());
    e = logIn(m_created, m_craftedPassword);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));

    const QStringList now = roleState();
    const QStringList newLines = added(before, now);
    QCOMPARE(newLines.size(), 2);
    for (const QString &line : newLines)
        QVERIFY2(line.startsWith(QStringLiteral("role ") + m_created + QStringLiteral(" super=f createrole=f"))
                     || line.startsWith(QStringLiteral("role ") + m_plainPassword + QStringLiteral(" super=f createrole=f")),
                 qPrintable(line));
    QVERIFY(added(now, before).isEmpty());
}

void TstLiteralInjection::exportedScriptUnderPsql()
{
    // The script a person saves or the journal keeps, run by psql in a session that has the
    // database's setting (off): the inlined values read the same there.
    const QString psql = qEnvironmentVariable("ROLEDESK_PGBIN") + QStringLiteral("/psql");
    QVERIFY2(QFileInfo(psql).isExecutable(), qPrintable(psql + QStringLiteral(" (ROLEDESK_PGBIN) is not there")));
    const QStringList before = roleState();
    RoleAttributes attributes;
    attributes.login = true;
    attributes.validUntil = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    attributes.passwordVerifier = m_craftedPassword;
    Plan plan;
    plan.add(CreateRole{m_scripted, attributes});
    plan.add(ModelRoleChange{m_scripted, ModelRole::SystemAdministrator, true});
    plan.add(ModelRoleChange{m_breakout, ModelRole::ModelOwner, false});
    const QString script = QStringLiteral("SHOW standard_conforming_strings;\n") + plan.script(QStringLiteral("test"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGOPTIONS"));
    p.setProcessEnvironment(env);
    p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_db, QStringLiteral("-f"), QStringLiteral("-")});
    QVERIFY(p.waitForStarted());
    p.write(script.toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(err + u'\n' + script));
    QVERIFY2(out.startsWith(QLatin1String("off")), qPrintable(out)); // the attack's setting was in force

    QVERIFY(!roleExists(m_pwned));
    QVERIFY(roleExists(m_scripted));
    const pg::Error e = logIn(m_scripted, m_craftedPassword);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    QVERIFY(holds(*after, m_scripted, ModelRole::SystemAdministrator));
    QVERIFY(!holds(*after, m_breakout, ModelRole::ModelOwner));
    QVERIFY(verifyPlan(plan, *after).isEmpty());
    const QStringList now = roleState();
    for (const QString &line : added(before, now))
        QVERIFY2(line.contains(m_scripted), qPrintable(line));
    for (const QString &line : added(now, before))
        QVERIFY2(line.contains(m_breakout) && line.contains(u"pgx_model_owner"), qPrintable(line));
}

void TstLiteralInjection::cleanupTestCase()
{
    m_conn.close();
    dropEverything();
}

QTEST_GUILESS_MAIN(TstLiteralInjection)
#include "tst_literalinjection.moc"
