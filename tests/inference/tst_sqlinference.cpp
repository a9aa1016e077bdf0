#include "extensionserver.h"
#include "sandbox.h"

#include "inference/kserveclient.h"
#include "inference/sqlinference.h"
#include "inference/sqlinferenceworker.h"
#include "pg/identifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace roledesk;

namespace {

// Cluster-wide names, all starting with inft_ (distinct from the other live tests' roles).
const QStringList kRoles = {QStringLiteral("inft_caller"), QStringLiteral("inft_denied"), QStringLiteral("inft_admin")};

const char *setupSql = R"SQL(
CREATE ROLE inft_caller LOGIN;
CREATE ROLE inft_denied LOGIN;
CREATE ROLE inft_admin LOGIN IN ROLE inft_caller;
CREATE SCHEMA inft_s;
GRANT USAGE ON SCHEMA inft_s TO inft_caller, inft_denied;
CREATE TABLE inft_s.calls (t text);
GRANT INSERT ON inft_s.calls TO PUBLIC;
-- A stand-in for a model function: records its call (which the rollback must undo) and answers
-- [length(t), 3, 4].
CREATE FUNCTION inft_s.embed(t text) RETURNS real[] LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO inft_s.calls VALUES (t);
    RETURN ARRAY[length(t), 3, 4]::real[];
END $$;
REVOKE EXECUTE ON FUNCTION inft_s.embed(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION inft_s.embed(text) TO inft_caller;
CREATE FUNCTION inft_s."odd ""name"""(t text) RETURNS real[] LANGUAGE sql AS $$ SELECT ARRAY[1, 2]::real[] $$;
CREATE FUNCTION inft_s.nan(t text) RETURNS real[] LANGUAGE sql AS $$ SELECT ARRAY[1, 'NaN']::real[] $$;
CREATE FUNCTION inft_s.nothing(t text) RETURNS real[] LANGUAGE sql AS $$ SELECT NULL::real[] $$;
CREATE FUNCTION inft_s.slow(t text) RETURNS real[] LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_sleep(5);
    RETURN ARRAY[1]::real[];
END $$;
CREATE FUNCTION inft_s.fails(t text) RETURNS real[] LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'model "m" is not loaded' USING ERRCODE = 'object_not_in_prerequisite_state';
END $$;
)SQL";

SqlInferenceRequest request(const QString &function, const QString &text = QStringLiteral("hello"),
                            const QString &role = {})
{
    SqlInferenceRequest r;
    r.model = QStringLiteral("m");
    r.schema = QStringLiteral("inft_s");
    r.function = function;
    r.text = text;
    r.asRole = role;
    return r;
}

} // namespace

/// SqlInference and SqlInferenceWorker against the sandbox (roledesk_models): the vector, its
/// summary and latency; the exact error and stage for a permission denied, a refused SET ROLE, an
/// unknown role, a failure inside the function, NULL and NaN answers, a statement timeout; the
/// transaction always rolled back; the worker's repeats, cancel and connection failure.
class TstSqlInference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void asConnectedUser();
    void asRoleAllowed();
    void asRoleDenied();
    void setRoleRefused();
    void unknownRole();
    void failsInside();
    void badResults();
    void statementTimeout();
    void quotedName();
    void serverSettings();
    void throughExtension();
    void workerRepeats();
    void workerCancel();
    void workerConnectFailure();
    void cleanupTestCase();

private:
    void dropFixture();
    bool noTransactionOpen(pg::Connection &conn);

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
};

void TstSqlInference::dropFixture()
{
    m_conn.exec(QStringLiteral("DROP SCHEMA IF EXISTS inft_s CASCADE"));
    test::dropModelFixture(m_conn, {QStringLiteral("inft.e2e")}, kRoles);
}

bool TstSqlInference::noTransactionOpen(pg::Connection &conn)
{
    // SAVEPOINT outside a transaction block fails with 25P01.
    const pg::Result r = conn.exec(QStringLiteral("SAVEPOINT probe"));
    return !r.ok() && r.error().sqlstate == u"25P01";
}

void TstSqlInference::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    const pg::Result r = m_conn.execScript(QString::fromUtf8(setupSql));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
}

void TstSqlInference::asConnectedUser()
{
    const QString text = QStringLiteral("it's; DROP TABLE x; --");
    const SqlInferenceResult r = SqlInference::run(m_conn, request(QStringLiteral("embed"), text));
    QVERIFY2(r.ok(), qPrintable(r.describe(request(QStringLiteral("embed")))));
    QCOMPARE(r.stage, SqlInferenceResult::Stage::Done);
    QCOMPARE(r.values, (QList<float>{float(text.size()), 3.0f, 4.0f}));
    QCOMPARE(r.summary.dimension, 3);
    QCOMPARE(r.summary.head, r.values);
    QVERIFY(std::abs(r.summary.norm - std::sqrt(double(text.size() * text.size()) + 25.0)) < 1e-6);
    QVERIFY(r.latencyMs > 0.0);
    QCOMPARE(r.role, m_conn.user());
    QCOMPARE(r.connectedUser, m_conn.user());
    QCOMPARE(r.statement, QStringLiteral("SELECT \"inft_s\".\"embed\"($1)"));
    QVERIFY(r.describe(request(QStringLiteral("embed"))).contains(QStringLiteral("3 values")));
    // Rolled back: the function's insert is gone and no transaction is left open.
    QVERIFY(noTransactionOpen(m_conn));
    const pg::Result calls = m_conn.exec(QStringLiteral("SELECT count(*) FROM inft_s.calls"));
    QVERIFY(calls.ok());
    QCOMPARE(calls.integer(0, 0), 0);
}

void TstSqlInference::asRoleAllowed()
{
    const SqlInferenceResult r = SqlInference::run(m_conn, request(QStringLiteral("embed"), QStringLiteral("ab"),
                                                                   QStringLiteral("inft_caller")));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.role, QStringLiteral("inft_caller"));
    QCOMPARE(r.values.first(), 2.0f);
    // The role was local to the rolled-back transaction.
    const pg::Result who = m_conn.exec(QStringLiteral("SELECT current_user"));
    QCOMPARE(who.text(0, 0), m_conn.user());
    QVERIFY(noTransactionOpen(m_conn));
}

void TstSqlInference::asRoleDenied()
{
    const SqlInferenceRequest req = request(QStringLiteral("embed"), QStringLiteral("x"), QStringLiteral("inft_denied"));
    const SqlInferenceResult r = SqlInference::run(m_conn, req);
    QVERIFY(!r.ok());
    QCOMPARE(r.stage, SqlInferenceResult::Stage::Call);
    QCOMPARE(r.error.sqlstate, QStringLiteral("42501"));
    QVERIFY(r.permissionDenied());
    QVERIFY(!r.failedInsideFunction());
    QCOMPARE(r.error.message, QStringLiteral("permission denied for function embed"));
    const QString text = r.describe(req);
    QVERIFY2(text.startsWith(QStringLiteral("Permission denied: role inft_denied may not use model \"m\" "
                                            "(function inft_s.embed(text)).")),
             qPrintable(text));
    // The result carries what was asked: wherever it travels it names the same function.
    QCOMPARE(r.request.function, req.function);
    QCOMPARE(r.describe(), text);
    QVERIFY2(text.contains(QStringLiteral("permission denied for function embed (SQLSTATE 42501)")), qPrintable(text));
    QVERIFY(noTransactionOpen(m_conn));
}

void TstSqlInference::setRoleRefused()
{
    // inft_denied is no member of inft_caller and no superuser: SET ROLE is refused.
    pg::Connection plain;
    QVERIFY(test::openSandbox(plain, m_db, QStringLiteral("inft_denied")));
    const SqlInferenceRequest req = request(QStringLiteral("embed"), QStringLiteral("x"), QStringLiteral("inft_caller"));
    const SqlInferenceResult r = SqlInference::run(plain, req);
    QCOMPARE(r.stage, SqlInferenceResult::Stage::SetRole);
    QCOMPARE(r.error.sqlstate, QStringLiteral("42501"));
    QVERIFY(!r.permissionDenied()); // not the model's privilege: the test could not run
    QCOMPARE(r.connectedUser, QStringLiteral("inft_denied"));
    const QString text = r.describe(req);
    QVERIFY2(text.contains(QStringLiteral("Cannot run as role inft_caller: the connected user inft_denied is neither "
                                          "a member of inft_caller nor a superuser")),
             qPrintable(text));
    QVERIFY(noTransactionOpen(plain));

    // A member may.
    pg::Connection member;
    QVERIFY(test::openSandbox(member, m_db, QStringLiteral("inft_admin")));
    const SqlInferenceResult ok = SqlInference::run(member, req);
    QVERIFY2(ok.ok(), qPrintable(ok.describe(req)));
    QCOMPARE(ok.role, QStringLiteral("inft_caller"));
}

void TstSqlInference::unknownRole()
{
    const SqlInferenceRequest req = request(QStringLiteral("embed"), QStringLiteral("x"), QStringLiteral("inft ghost\""));
    const SqlInferenceResult r = SqlInference::run(m_conn, req);
    QCOMPARE(r.stage, SqlInferenceResult::Stage::SetRole);
    QVERIFY2(r.error.message.contains(QStringLiteral("role \"inft ghost\"\" does not exist")), qPrintable(r.error.message));
    QVERIFY(noTransactionOpen(m_conn));
}

void TstSqlInference::failsInside()
{
    const SqlInferenceRequest req = request(QStringLiteral("fails"));
    const SqlInferenceResult r = SqlInference::run(m_conn, req);
    QCOMPARE(r.stage, SqlInferenceResult::Stage::Call);
    QCOMPARE(r.error.sqlstate, QStringLiteral("55000"));
    QVERIFY(r.failedInsideFunction());
    QVERIFY(!r.permissionDenied());
    QVERIFY2(r.describe(req).startsWith(QStringLiteral("Role %1 may use model \"m\", but the inference failed:").arg(m_conn.user())),
             qPrintable(r.describe(req)));
    QVERIFY(r.describe(req).contains(QStringLiteral("model \"m\" is not loaded (SQLSTATE 55000)")));
}

void TstSqlInference::badResults()
{
    const SqlInferenceResult nan = SqlInference::run(m_conn, request(QStringLiteral("nan")));
    QCOMPARE(nan.stage, SqlInferenceResult::Stage::Result);
    QVERIFY2(nan.error.message.contains(QStringLiteral("element 1 is NaN")), qPrintable(nan.error.message));
    QVERIFY(nan.describe(request(QStringLiteral("nan"))).contains(QStringLiteral("unusable result")));
    const SqlInferenceResult null = SqlInference::run(m_conn, request(QStringLiteral("nothing")));
    QCOMPARE(null.stage, SqlInferenceResult::Stage::Result);
    QVERIFY2(null.error.message.contains(QStringLiteral("NULL")), qPrintable(null.error.message));
    QVERIFY(noTransactionOpen(m_conn));
}

void TstSqlInference::statementTimeout()
{
    SqlInferenceRequest req = request(QStringLiteral("slow"));
    req.statementTimeoutMs = 200;
    QElapsedTimer t;
    t.start();
    const SqlInferenceResult r = SqlInference::run(m_conn, req);
    QCOMPARE(r.stage, SqlInferenceResult::Stage::Call);
    QCOMPARE(r.error.sqlstate, QStringLiteral("57014"));
    QVERIFY(!r.failedInsideFunction());
    QVERIFY(t.elapsed() < 3000);
    // SET LOCAL: the session's own timeout is back.
    QCOMPARE(m_conn.exec(QStringLiteral("SHOW statement_timeout")).text(0, 0), QStringLiteral("0"));
}

void TstSqlInference::quotedName()
{
    const SqlInferenceResult r = SqlInference::run(m_conn, request(QStringLiteral("odd \"name\"")));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.statement, QStringLiteral("SELECT \"inft_s\".\"odd \"\"name\"\"\"($1)"));
    QCOMPARE(r.values, (QList<float>{1.0f, 2.0f}));
}

void TstSqlInference::serverSettings()
{
    // What this session sees of the settings: the URL as pgx_inference_ce takes it, configured
    // (for the transaction); the header and the timeout as any session may set them.
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(test::execOrFail(conn, QStringLiteral("BEGIN")));
    QVERIFY(test::configure(conn, "pgx_inference.triton_url", QStringLiteral("http://127.0.0.1:1/triton")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SET LOCAL pgx_inference.triton_restricted_header = 'X-Key: s3cret'")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SET LOCAL pgx_inference.triton_timeout_ms = '2500'")));
    pg::Error error;
    KServeSettings s = SqlInference::serverSettings(conn, &error);
    QVERIFY(error.isNull());
    QCOMPARE(s.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:1/triton")));
    QCOMPARE(s.headerName, QByteArray("X-Key"));
    QCOMPARE(s.headerValue, QByteArray("s3cret"));
    QCOMPARE(s.timeoutMs, 2500);
    QVERIFY(test::configure(conn, "pgx_inference.triton_url", QString()));
    QVERIFY(test::execOrFail(conn, QStringLiteral("RESET pgx_inference.triton_timeout_ms")));
    s = SqlInference::serverSettings(conn, &error);
    QVERIFY(test::execOrFail(conn, QStringLiteral("ROLLBACK")));
    QVERIFY(error.isNull());
    QVERIFY(s.baseUrl.isEmpty());
    QCOMPARE(s.timeoutMs, KServeSettings().timeoutMs);
}

void TstSqlInference::throughExtension()
{
    // A real pgx_inference_ce model, loaded into an inference server of this test's own and
    // inferred through the database: the same vector as the server gives KServeClient directly.
    test::ExtensionServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // Configured for the superuser's sessions in the database; this connection opens afterwards.
    test::ConfiguredSettings configured(m_db);
    QVERIFY(server.configure(configured));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_import_model('inft.e2e', lo_from_bytea(0, '\\x01'), "
                                                  "'{\"dimension\": 16}')")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_load_model('inft.e2e')")));
    const pg::Result fn = conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name('inft.e2e')"));
    QVERIFY(fn.ok());
    QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO inft_caller, inft_denied")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO inft_caller")
                                       .arg(pg::quoteIdent(fn.text(0, 0)))));

    SqlInferenceRequest req;
    req.model = QStringLiteral("inft.e2e");
    req.function = fn.text(0, 0);
    req.text = QStringLiteral("hello world");
    req.asRole = QStringLiteral("inft_caller");
    req.serverTimeoutMs = 5000;
    const SqlInferenceResult r = SqlInference::run(conn, req);
    QVERIFY2(r.ok(), qPrintable(r.describe(req)));
    QCOMPARE(r.summary.dimension, 16);
    QVERIFY(std::abs(r.summary.norm - 1.0) < 1e-5);
    QVERIFY(r.latencyMs > 0.0);

    KServeSettings settings;
    settings.baseUrl = QUrl(server.url());
    KServeClient client(settings);
    std::optional<KServeResult<KServeEmbeddings>> direct;
    client.infer(req.model, {req.text}, nullptr, [&](const KServeResult<KServeEmbeddings> &d) { direct = d; });
    QVERIFY(QTest::qWaitFor([&] { return direct.has_value(); }, 10000));
    QVERIFY2(direct->ok(), qPrintable(direct->error.message));
    QCOMPARE(r.values, direct->value.row(0));

    // Denied by the ACL, before the server is asked.
    req.asRole = QStringLiteral("inft_denied");
    QVERIFY(SqlInference::run(conn, req).permissionDenied());

    // A session whose server differs from the configured one: the role may still use the model
    // (EXECUTE was checked first), but the extension refuses the session, whatever its role.
    pg::Connection redirected;
    QVERIFY(test::openSandbox(redirected, m_db));
    QVERIFY(test::execOrFail(redirected, QStringLiteral("SET pgx_inference.triton_url = 'http://127.0.0.1:9'")));
    req.asRole = QStringLiteral("inft_caller");
    const SqlInferenceResult refused = SqlInference::run(redirected, req);
    QCOMPARE(refused.stage, SqlInferenceResult::Stage::Call);
    QCOMPARE(refused.error.sqlstate, QStringLiteral("42501"));
    QVERIFY(!refused.permissionDenied());
    QVERIFY(refused.failedInsideFunction());
    const QString told = refused.describe(req);
    QVERIFY2(told.startsWith(QStringLiteral("Role inft_caller may use model \"inft.e2e\", but the inference failed:"))
                 && told.contains(QStringLiteral("setting pgx_inference.triton_url differs from its configured value")),
             qPrintable(told));
    // The ACL still comes first.
    req.asRole = QStringLiteral("inft_denied");
    QVERIFY(SqlInference::run(redirected, req).permissionDenied());

    // Unloaded: the role may use the model, but the inference fails inside the function.
    QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_unload_model('inft.e2e')")));
    req.asRole = QStringLiteral("inft_caller");
    const SqlInferenceResult unloaded = SqlInference::run(conn, req);
    QCOMPARE(unloaded.stage, SqlInferenceResult::Stage::Call);
    QVERIFY(unloaded.failedInsideFunction());
    QVERIFY2(unloaded.error.message.contains(QStringLiteral("not loaded")), qPrintable(unloaded.error.message));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SELECT pgx_inference.pgx_drop_model('inft.e2e')")));
}

void TstSqlInference::workerRepeats()
{
    QThread thread;
    auto *worker = new SqlInferenceWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy ran(worker, &SqlInferenceWorker::ranOnce);
    QSignalSpy finished(worker, &SqlInferenceWorker::finished);
    QMetaObject::invokeMethod(worker, "run", Qt::QueuedConnection, Q_ARG(quint64, 7),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::SqlInferenceRequest, request(QStringLiteral("embed"), QStringLiteral("abc"),
                                                                           QStringLiteral("inft_caller"))),
                              Q_ARG(int, 5));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(ran.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(ran.at(i).at(0).toULongLong(), 7ull);
        QCOMPARE(ran.at(i).at(1).toInt(), i);
        QCOMPARE(ran.at(i).at(2).toInt(), 5);
        const auto r = ran.at(i).at(3).value<SqlInferenceResult>();
        QVERIFY(r.ok());
        QCOMPARE(r.values.first(), 3.0f);
    }
    QCOMPARE(finished.first().at(1).toInt(), 5);
    QCOMPARE(finished.first().at(2).toBool(), false);

    // A denied run stops the series at once.
    ran.clear();
    finished.clear();
    QMetaObject::invokeMethod(worker, "run", Qt::QueuedConnection, Q_ARG(quint64, 8),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::SqlInferenceRequest, request(QStringLiteral("embed"), QStringLiteral("abc"),
                                                                           QStringLiteral("inft_denied"))),
                              Q_ARG(int, 5));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(ran.size(), 1);
    QVERIFY(ran.first().at(3).value<SqlInferenceResult>().permissionDenied());
    QCOMPARE(finished.first().at(1).toInt(), 0);
    thread.quit();
    thread.wait();
}

void TstSqlInference::workerCancel()
{
    QThread thread;
    auto *worker = new SqlInferenceWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy ran(worker, &SqlInferenceWorker::ranOnce);
    QSignalSpy finished(worker, &SqlInferenceWorker::finished);
    QElapsedTimer t;
    t.start();
    QMetaObject::invokeMethod(worker, "run", Qt::QueuedConnection, Q_ARG(quint64, 1),
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::SqlInferenceRequest, request(QStringLiteral("slow"))), Q_ARG(int, 3));
    // Cancel once the call is running (a cancel before the run starts is not this test's case).
    QTRY_VERIFY_WITH_TIMEOUT(m_conn.exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE state = 'active' "
                                                        "AND query LIKE '%inft_s%slow%' AND pid <> pg_backend_pid()"))
                                 .rows() == 1,
                             10000);
    worker->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY2(t.elapsed() < 4500, "cancel did not stop the running call");
    QCOMPARE(ran.size(), 1);
    const auto r = ran.first().at(3).value<SqlInferenceResult>();
    QCOMPARE(r.error.sqlstate, QStringLiteral("57014"));
    QCOMPARE(finished.first().at(2).toBool(), true);
    thread.quit();
    thread.wait();
}

void TstSqlInference::workerConnectFailure()
{
    SqlInferenceWorker worker; // run on this thread: blocking, but the signals are the same
    QSignalSpy ran(&worker, &SqlInferenceWorker::ranOnce);
    QSignalSpy finished(&worker, &SqlInferenceWorker::finished);
    worker.run(3, test::sandboxOptions(QStringLiteral("roledesk_no_such_db")), request(QStringLiteral("embed")), 2);
    QCOMPARE(ran.size(), 1);
    const auto r = ran.first().at(3).value<SqlInferenceResult>();
    QCOMPARE(r.stage, SqlInferenceResult::Stage::Connect);
    QVERIFY2(r.error.message.contains(QStringLiteral("roledesk_no_such_db")), qPrintable(r.error.message));
    QVERIFY(r.describe(request(QStringLiteral("embed"))).startsWith(QStringLiteral("Could not connect")));
    QCOMPARE(finished.size(), 1);
}

void TstSqlInference::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstSqlInference)
#include "tst_sqlinference.moc"
