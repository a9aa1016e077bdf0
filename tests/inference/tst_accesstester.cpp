#include "extensionserver.h"
#include "sandbox.h"

#include "catalog/catalogreader.h"
#include "inference/accesstester.h"
#include "inference/accesstestworker.h"
#include "pg/identifier.h"
#include "privileges/effectiverights.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace roledesk;

namespace {

// Cluster-wide names, all starting with iat_ (distinct from the other live tests' roles).
const QStringList kRoles = {QStringLiteral("iat_mo"),     QStringLiteral("iat_mu"),     QStringLiteral("iat_grp"),
                            QStringLiteral("iat_member"), QStringLiteral("iat_noinh"),  QStringLiteral("iat_none"),
                            QStringLiteral("iat_nousage"), QStringLiteral("iat_super"), QStringLiteral("iat_tester")};
const QString kUsed = QStringLiteral("iat.used");        // owned by iat_mo; EXECUTE to iat_mu, iat_grp, iat_nousage
const QString kPrivate = QStringLiteral("iat_private");  // owned by iat_mo; no grants

// The roles tested, and whether each may use kUsed and kPrivate (what PostgreSQL decides).
struct Expectation {
    const char *role;
    bool used;
    bool priv;
};
const Expectation kExpected[] = {
    {"iat_mo", true, true},        // owner of both (and USAGE through pgx_grant_model_role)
    {"iat_mu", true, false},       // EXECUTE granted directly
    {"iat_member", true, false},   // EXECUTE through iat_grp, inherited
    {"iat_noinh", false, false},   // member of iat_grp, but NOINHERIT
    {"iat_none", false, false},    // USAGE on the schema only
    {"iat_nousage", false, false}, // EXECUTE, but no USAGE on the schema
    {"iat_super", true, true},     // superuser
};

int roleIndex(const Snapshot &s, const QString &name)
{
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).name == name)
            return i;
    return -1;
}

} // namespace

/// AccessTester and AccessTestWorker against pgx_inference_ce in roledesk_models: every role x
/// model cell really run, set beside the privilege engine's prediction (direct grant, inherited,
/// NOINHERIT, owner, superuser, schema USAGE missing); a stale snapshot's disagreement flagged;
/// a connected user that may not SET ROLE; unknown roles and models; progress and cancel.
class TstAccessTester : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultRoles();
    void predictions();
    void gridAgrees();
    void throughServer();
    void staleSnapshotDisagrees();
    void notAMember();
    void unknownNames();
    void worker();
    void workerCancel();
    void cleanupTestCase();

private:
    void dropFixture();
    SnapshotPtr snapshot();
    QStringList testedRoles() const;
    const ModelInfo *model(const Snapshot &s, const QString &name) const;

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    QString m_usedFn;
};

void TstAccessTester::dropFixture()
{
    test::dropModelFixture(m_conn, {kUsed, kPrivate}, kRoles);
}

SnapshotPtr TstAccessTester::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("%s", qPrintable(o.error.toString()));
    return o.snapshot;
}

QStringList TstAccessTester::testedRoles() const
{
    QStringList roles;
    for (const Expectation &e : kExpected)
        roles << QString::fromLatin1(e.role);
    return roles;
}

const ModelInfo *TstAccessTester::model(const Snapshot &s, const QString &name) const
{
    for (const ModelInfo &m : s.models.models)
        if (m.name == name)
            return &m;
    return nullptr;
}

void TstAccessTester::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    const pg::Result r = m_conn.execScript(QStringLiteral(R"SQL(
CREATE ROLE iat_mo LOGIN;
CREATE ROLE iat_mu LOGIN;
CREATE ROLE iat_grp NOLOGIN;
CREATE ROLE iat_member LOGIN IN ROLE iat_grp;
CREATE ROLE iat_noinh LOGIN NOINHERIT IN ROLE iat_grp;
CREATE ROLE iat_none LOGIN;
CREATE ROLE iat_nousage LOGIN;
CREATE ROLE iat_super LOGIN SUPERUSER;
CREATE ROLE iat_tester LOGIN IN ROLE iat_mu;
SELECT pgx_inference.pgx_grant_model_role('iat_mo', 'model_owner');
GRANT USAGE ON SCHEMA pgx_inference TO iat_mu, iat_grp, iat_none, iat_tester;
)SQL"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE iat_mo")));
    for (const QString &name : {kUsed, kPrivate})
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x0102'), "
                                                        "'{\"dimension\": 8}')"),
                                 {name}));
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {kUsed});
    QVERIFY(fn.ok());
    m_usedFn = fn.text(0, 0);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO iat_mu, iat_grp, iat_nousage")
                                         .arg(pg::quoteIdent(m_usedFn))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstAccessTester::defaultRoles()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const QStringList roles = AccessTester::defaultRoles(*s);
    for (const char *r : {"iat_mo", "iat_mu", "iat_member", "iat_noinh", "iat_super", "postgres"})
        QVERIFY2(roles.contains(QString::fromLatin1(r)), r);
    QVERIFY(!roles.contains(QStringLiteral("iat_grp"))); // cannot log in
    for (const QString &r : roles)
        QVERIFY2(!r.startsWith(QStringLiteral("pg_")), qPrintable(r));
    QStringList sorted = roles;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(roles, sorted);
}

void TstAccessTester::predictions()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const EffectiveRights rights(s);
    const ModelInfo *used = model(*s, kUsed);
    const ModelInfo *priv = model(*s, kPrivate);
    QVERIFY(used && priv);
    for (const Expectation &e : kExpected) {
        const int role = roleIndex(*s, QString::fromLatin1(e.role));
        QVERIFY2(role >= 0, e.role);
        const AccessPrediction p = AccessTester::predict(rights, role, *used);
        QVERIFY(p.known);
        QVERIFY2(p.allowed() == e.used, e.role);
        QCOMPARE(AccessTester::predict(rights, role, *priv).allowed(), e.priv);
    }
    // How it is explained.
    const auto predictFor = [&](const char *name) {
        return AccessTester::predict(rights, roleIndex(*s, QString::fromLatin1(name)), *used);
    };
    QVERIFY(predictFor("iat_super").superuser);
    QCOMPARE(predictFor("iat_member").via, QStringLiteral("member of iat_grp"));
    QVERIFY(predictFor("iat_nousage").execute);
    QVERIFY(!predictFor("iat_nousage").schemaUsage);
    QVERIFY(predictFor("iat_mo").via.contains(QStringLiteral("owner")));
    // A model whose function the snapshot lacks cannot be predicted.
    ModelInfo ghost = *used;
    ghost.functionOid = 0;
    QVERIFY(!AccessTester::predict(rights, 0, ghost).known);
}

void TstAccessTester::gridAgrees()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const EffectiveRights rights(s);
    AccessTestOptions options;
    options.roles = testedRoles();
    options.models = {kUsed, kPrivate};
    QList<int> progress;
    const AccessReport report = AccessTester::run(m_conn, rights, s->models.models, options,
                                                  [&](int done, int total, const AccessCell &) {
                                                      progress << done;
                                                      QCOMPARE(total, 14);
                                                  });
    QVERIFY2(report.error.isNull(), qPrintable(report.error.toString()));
    QCOMPARE(report.connectedUser, m_conn.user());
    QVERIFY(report.connectedAsSuperuser);
    QCOMPARE(report.roles, options.roles);
    QCOMPARE(report.models.size(), 2);
    QCOMPARE(report.cells.size(), 14);
    QCOMPARE(progress.size(), 14);
    QCOMPARE(progress.last(), 14);
    for (int i = 0; i < report.roles.size(); ++i) {
        const Expectation &e = kExpected[i];
        for (int m = 0; m < 2; ++m) {
            const AccessCell &c = report.cell(i, m);
            const bool expected = m == 0 ? e.used : e.priv;
            const QString what = QStringLiteral("%1 on %2: %3 — %4")
                                     .arg(c.role, c.model, AccessTester::outcomeName(c.actual), c.result.error.toString());
            QCOMPARE(c.role, QString::fromLatin1(e.role));
            QVERIFY2(c.tested(), qPrintable(what));
            QVERIFY2(c.actualAllowed() == expected, qPrintable(what));
            QVERIFY2(!c.disagrees(), qPrintable(what));
            if (!expected) {
                QCOMPARE(c.actual, AccessOutcome::Denied);
                QCOMPARE(c.result.error.sqlstate, QStringLiteral("42501"));
            }
        }
    }
    QCOMPARE(report.disagreements(), 0);
    QCOMPARE(report.undetermined(), 0);
    QVERIFY(report.allAgree());
    // The superuser row is marked as such.
    QVERIFY(report.cell(6, 0).predicted.superuser);
    QVERIFY(!report.cell(1, 0).predicted.superuser);
}

void TstAccessTester::throughServer()
{
    // With both models loaded into a server of this test's own, every allowed cell returns a
    // vector (Allowed, not AllowedButFailed); the denied ones are still refused by the ACL.
    test::ExtensionServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // Configured for the superuser's sessions in the database; this connection opens afterwards.
    test::ConfiguredSettings configured(m_db);
    QVERIFY(server.configure(configured));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    for (const QString &name : {kUsed, kPrivate})
        QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {name}));
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const EffectiveRights rights(s);
    AccessTestOptions options;
    options.roles = testedRoles();
    options.models = {kUsed, kPrivate};
    options.serverTimeoutMs = 5000;
    const AccessReport report = AccessTester::run(conn, rights, s->models.models, options);
    for (const QString &name : {kUsed, kPrivate})
        QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {name}));

    QVERIFY2(report.error.isNull(), qPrintable(report.error.toString()));
    for (int i = 0; i < report.roles.size(); ++i) {
        for (int m = 0; m < 2; ++m) {
            const AccessCell &c = report.cell(i, m);
            const bool expected = m == 0 ? kExpected[i].used : kExpected[i].priv;
            QVERIFY2(c.actual == (expected ? AccessOutcome::Allowed : AccessOutcome::Denied),
                     qPrintable(QStringLiteral("%1 on %2: %3 %4").arg(c.role, c.model, AccessTester::outcomeName(c.actual),
                                                                      c.result.error.toString())));
            if (expected)
                QCOMPARE(c.result.summary.dimension, 8);
        }
    }
    QVERIFY(report.allAgree());
}

void TstAccessTester::staleSnapshotDisagrees()
{
    // The matrix was read, then iat_mu lost EXECUTE: the grid shows the difference.
    const SnapshotPtr before = snapshot();
    QVERIFY(before);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("REVOKE EXECUTE ON FUNCTION pgx_inference.%1(text) FROM iat_mu")
                                         .arg(pg::quoteIdent(m_usedFn))));
    const EffectiveRights rights(before);
    AccessTestOptions options;
    options.roles = {QStringLiteral("iat_mu"), QStringLiteral("iat_none")};
    options.models = {kUsed};
    const AccessReport report = AccessTester::run(m_conn, rights, before->models.models, options);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO iat_mu")
                                         .arg(pg::quoteIdent(m_usedFn))));
    QVERIFY2(report.error.isNull(), qPrintable(report.error.toString()));
    const AccessCell &mu = report.cell(0, 0);
    QVERIFY(mu.predicted.allowed());
    QCOMPARE(mu.actual, AccessOutcome::Denied);
    QVERIFY(mu.disagrees());
    QVERIFY(!report.cell(1, 0).disagrees());
    QCOMPARE(report.disagreements(), 1);
    QVERIFY(!report.allAgree());
}

void TstAccessTester::notAMember()
{
    // iat_tester may act as iat_mu (a member) but not as iat_none: that row cannot be tested.
    pg::Connection tester;
    QVERIFY(test::openSandbox(tester, m_db, QStringLiteral("iat_tester")));
    const SnapshotPtr s = snapshot();
    const EffectiveRights rights(s);
    AccessTestOptions options;
    options.roles = {QStringLiteral("iat_mu"), QStringLiteral("iat_none")};
    options.models = {kUsed, kPrivate};
    const AccessReport report = AccessTester::run(tester, rights, s->models.models, options);
    QVERIFY(report.error.isNull());
    QVERIFY(!report.connectedAsSuperuser);
    QVERIFY(report.cell(0, 0).actualAllowed());
    QCOMPARE(report.cell(0, 1).actual, AccessOutcome::Denied);
    for (int m = 0; m < 2; ++m) {
        const AccessCell &c = report.cell(1, m);
        QCOMPARE(c.actual, AccessOutcome::Undetermined);
        QCOMPARE(c.result.stage, SqlInferenceResult::Stage::SetRole);
        QVERIFY(!c.disagrees());
        SqlInferenceRequest req;
        req.model = c.model;
        req.asRole = c.role;
        QVERIFY2(c.result.describe(req).contains(QStringLiteral("the connected user iat_tester is neither a member of "
                                                                "iat_none nor a superuser")),
                 qPrintable(c.result.describe(req)));
    }
    QCOMPARE(report.undetermined(), 2);
    QVERIFY(!report.allAgree());
}

void TstAccessTester::unknownNames()
{
    const SnapshotPtr s = snapshot();
    const EffectiveRights rights(s);
    AccessTestOptions options;
    options.roles = {QStringLiteral("iat_mu")};
    options.models = {QStringLiteral("iat_no_such_model")};
    const AccessReport noModel = AccessTester::run(m_conn, rights, s->models.models, options);
    QVERIFY(!noModel.error.isNull());
    QVERIFY2(noModel.error.message.contains(QStringLiteral("model \"iat_no_such_model\" does not exist")),
             qPrintable(noModel.error.message));
    QVERIFY(noModel.cells.isEmpty());

    options.roles = {QStringLiteral("iat_ghost")};
    options.models = {kUsed};
    const AccessReport noRole = AccessTester::run(m_conn, rights, s->models.models, options);
    QVERIFY(noRole.error.isNull());
    QCOMPARE(noRole.cells.size(), 1);
    QCOMPARE(noRole.cells.first().actual, AccessOutcome::Undetermined);
    QVERIFY(noRole.cells.first().result.error.message.contains(QStringLiteral("role \"iat_ghost\" does not exist")));
}

void TstAccessTester::worker()
{
    QThread thread;
    auto *w = new AccessTestWorker;
    w->moveToThread(&thread);
    connect(&thread, &QThread::finished, w, &QObject::deleteLater);
    thread.start();
    QSignalSpy progressed(w, &AccessTestWorker::progressed);
    QSignalSpy finished(w, &AccessTestWorker::finished);
    AccessTestOptions options;
    options.roles = testedRoles();
    options.models = {kUsed, kPrivate};
    QMetaObject::invokeMethod(w, "run", Qt::QueuedConnection, Q_ARG(quint64, 42),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::AccessTestOptions, options), Q_ARG(roledesk::SnapshotPtr, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(progressed.size(), 14);
    QCOMPARE(progressed.last().at(0).toULongLong(), 42ull);
    const auto report = finished.first().at(1).value<AccessReport>();
    QVERIFY2(report.error.isNull(), qPrintable(report.error.toString()));
    QCOMPARE(report.cells.size(), 14);
    QVERIFY(report.allAgree());

    // A connection that fails ends with the error.
    finished.clear();
    QMetaObject::invokeMethod(w, "run", Qt::QueuedConnection, Q_ARG(quint64, 43),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(QStringLiteral("roledesk_nope"))),
                              Q_ARG(roledesk::AccessTestOptions, options), Q_ARG(roledesk::SnapshotPtr, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(finished.first().at(1).value<AccessReport>().error.message.contains(QStringLiteral("roledesk_nope")));
    thread.quit();
    thread.wait();
}

void TstAccessTester::workerCancel()
{
    QThread thread;
    auto *w = new AccessTestWorker;
    w->moveToThread(&thread);
    connect(&thread, &QThread::finished, w, &QObject::deleteLater);
    thread.start();
    QSignalSpy progressed(w, &AccessTestWorker::progressed);
    QSignalSpy finished(w, &AccessTestWorker::finished);
    // Cancel after the first cell.
    connect(w, &AccessTestWorker::progressed, this, [w](quint64, int done) {
        if (done == 1)
            w->cancel();
    }, Qt::DirectConnection);
    AccessTestOptions options;
    options.roles = testedRoles();
    options.models = {kUsed, kPrivate};
    QMetaObject::invokeMethod(w, "run", Qt::QueuedConnection, Q_ARG(quint64, 1),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::AccessTestOptions, options), Q_ARG(roledesk::SnapshotPtr, snapshot()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto report = finished.first().at(1).value<AccessReport>();
    QVERIFY(report.cancelled);
    QVERIFY(!report.allAgree());
    QCOMPARE(report.cells.size(), 14); // every cell listed, those not run marked so
    QCOMPARE(report.cells.at(0).actual == AccessOutcome::NotRun, false);
    QCOMPARE(report.cells.at(1).actual, AccessOutcome::NotRun);
    QCOMPARE(report.cells.last().actual, AccessOutcome::NotRun);
    thread.quit();
    thread.wait();
}

void TstAccessTester::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstAccessTester)
#include "tst_accesstester.moc"
