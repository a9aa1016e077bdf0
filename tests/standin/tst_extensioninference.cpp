#include "sandbox.h"
#include "standinprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace roledesk;
using namespace roledesk::test;

/// pgx_inference_ce (resources/extensions/pgx_inference_ce) against the KServe v2 stand-in: load
/// writes the model's files into the repository and loads it on the server, pgx_embedding_<id>
/// returns the server's vector to a permitted user only, and every failure (no server, server
/// stopped, restricted API, broken answers, timeout, no plpython3u, a session pointing the
/// extension elsewhere) is a clear error. Uses the sandbox's stand-in (ROLEDESK_STANDIN_URL) and,
/// for failures, private stand-ins on the same repository.
class TstExtensionInference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void loadThroughExtension();
    void inferenceAsPermittedUser();
    void inferenceRefused();
    void noServerConfigured();
    void sessionCannotRedirect();
    void serverStopped();
    void restrictedHeader();
    void brokenAnswers_data();
    void brokenAnswers();
    void unload();
    void withoutPlpython();
    void cleanupTestCase();

private:
    void dropFixture();
    QString modelFolder(const QString &model) const { return m_repository + u'/' + model; }
    static QList<float> realArray(const QString &text);

    pg::Connection m_conn;
    QUrl m_url;           // the sandbox's stand-in
    QString m_repository; // its repository folder
    QString m_fn;         // pgx_embedding_<id> of m_model
    QString m_fnB;
    const QString m_db = QStringLiteral("roledesk_models");
    const QString m_model = QStringLiteral("exi.model-a");  // dimension 48, permitted to exi_user
    const QString m_modelB = QStringLiteral("exi_model-b"); // default dimension, not loaded
    const QString m_noPythonDb = QStringLiteral("roledesk_exi_nopython");
};

namespace {

const QStringList kRoles = {QStringLiteral("exi_mo"), QStringLiteral("exi_sa"), QStringLiteral("exi_user"),
                            QStringLiteral("exi_other")};

QList<float> directInfer(const QUrl &base, const QString &model, const QString &text)
{
    const QJsonObject input{{QStringLiteral("name"), QStringLiteral("TEXT")},
                            {QStringLiteral("shape"), QJsonArray{1}},
                            {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                            {QStringLiteral("data"), QJsonArray{text}}};
    const HttpReply reply = httpPost(base.resolved(QUrl(QStringLiteral("/v2/models/%1/infer").arg(model))),
                                     QJsonDocument(QJsonObject{{QStringLiteral("inputs"), QJsonArray{input}}}).toJson());
    QList<float> out;
    for (const QJsonValue &v : reply.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray())
        out << float(v.toDouble());
    return out;
}

} // namespace

QList<float> TstExtensionInference::realArray(const QString &text)
{
    QList<float> out;
    if (!text.startsWith(u'{') || !text.endsWith(u'}'))
        return out;
    for (const QString &x : text.mid(1).chopped(1).split(u',', Qt::SkipEmptyParts))
        out << x.toFloat();
    return out;
}

void TstExtensionInference::dropFixture()
{
    m_conn.exec(QStringLiteral("ROLLBACK"));
    m_conn.exec(QStringLiteral("RESET ROLE"));
    for (const QString &model : {m_model, m_modelB}) {
        m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model(name) FROM pgx_inference.pgx_models "
                                   "WHERE name = $1 AND loaded"), {model});
        m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_drop_model(name) FROM pgx_inference.pgx_models "
                                   "WHERE name = $1"), {model});
    }
    for (const QString &role : kRoles) {
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
        if (r.ok() && r.rows() == 1) {
            m_conn.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            m_conn.exec(QStringLiteral("DROP ROLE %1").arg(role));
        }
    }
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_noPythonDb));
}

void TstExtensionInference::initTestCase()
{
    QString why;
    QVERIFY2(sandboxConfigured(&why), qPrintable(why));
    m_url = QUrl(qEnvironmentVariable("ROLEDESK_STANDIN_URL"));
    m_repository = qEnvironmentVariable("ROLEDESK_STANDIN_REPOSITORY");
    QVERIFY2(m_url.isValid() && !m_url.isEmpty() && !m_repository.isEmpty(),
             "ROLEDESK_STANDIN_URL / ROLEDESK_STANDIN_REPOSITORY are not set: the sandbox runs without the "
             "KServe stand-in (build roledesk-kserve-standin, restart the sandbox, eval its env)");
    QCOMPARE(httpGet(m_url.resolved(QUrl(QStringLiteral("/v2/health/ready")))).status, 200);
    QVERIFY(openSandbox(m_conn, m_db));
    const pg::Result url = m_conn.exec(QStringLiteral("SELECT current_setting('pgx_inference.triton_url', true)"));
    QVERIFY(url.ok());
    QCOMPARE(url.text(0, 0), m_url.toString()); // the sandbox configured the database for it
    dropFixture();

    QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE ROLE exi_mo NOLOGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE ROLE exi_sa LOGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE ROLE exi_user LOGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE ROLE exi_other LOGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('exi_mo', 'model_owner')")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('exi_sa', 'system_administrator')")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO exi_user, exi_other")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_mo")));
    const pg::Result a = m_conn.exec(
        QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x4f4e4e58d00d'), "
                       "'{\"dimension\": 48}')"), {m_model});
    const pg::Result b = m_conn.exec(
        QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x0102'), '{}')"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.error().toString() + b.error().toString()));
    m_fn = QStringLiteral("pgx_embedding_%1").arg(a.integer(0, 0));
    m_fnB = QStringLiteral("pgx_embedding_%1").arg(b.integer(0, 0));
    QVERIFY(execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO exi_user").arg(m_fn)));
}

void TstExtensionInference::init()
{
    // A failed check leaves its transaction or role behind: start each test clean.
    m_conn.exec(QStringLiteral("ROLLBACK"));
    m_conn.exec(QStringLiteral("RESET ROLE"));
}

void TstExtensionInference::loadThroughExtension()
{
    QCOMPARE(httpGet(m_url.resolved(QUrl(QStringLiteral("/v2/models/%1/ready").arg(m_model)))).status, 400);
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_sa")));
    const pg::Result load = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_model});
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QVERIFY2(load.ok(), qPrintable(load.error().toString()));

    // The server has it, from the files the extension wrote.
    QCOMPARE(httpGet(m_url.resolved(QUrl(QStringLiteral("/v2/models/%1/ready").arg(m_model)))).status, 200);
    const HttpReply meta = httpGet(m_url.resolved(QUrl(QStringLiteral("/v2/models/%1").arg(m_model))));
    QCOMPARE(meta.object().value(u"outputs").toArray().first().toObject().value(u"shape").toArray(), (QJsonArray{-1, 48}));
    QFile config(modelFolder(m_model) + QStringLiteral("/config.pbtxt"));
    QVERIFY2(config.open(QIODevice::ReadOnly), qPrintable(config.fileName()));
    const QByteArray text = config.readAll();
    QVERIFY2(text.contains("name: \"exi.model-a\"") && text.contains("platform: \"onnxruntime_onnx\"")
                 && text.contains("TYPE_STRING") && text.contains("TYPE_FP32") && text.contains("dims: [ -1, 48 ]"),
             text.constData());
    QFile model(modelFolder(m_model) + QStringLiteral("/1/model.onnx"));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(model.readAll(), QByteArray::fromHex("4f4e4e58d00d")); // the large object, byte for byte
    // The config and the extension's marker, and no temporary files left.
    QCOMPARE(QDir(modelFolder(m_model)).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral(".pgx_inference_ce"), QStringLiteral("config.pbtxt")}));

    const pg::Result status = m_conn.exec(
        QStringLiteral("SELECT availability, reason FROM pgx_inference.pgx_triton_model_status WHERE name = $1"), {m_model});
    QVERIFY(status.ok() && status.rows() == 1);
    QCOMPARE(status.text(0, 0), QStringLiteral("READY"));
    QVERIFY(status.isNull(0, 1));
}

void TstExtensionInference::inferenceAsPermittedUser()
{
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_user")));
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    const pg::Result twice = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello') = pgx_inference.%1('hello'), "
                                                        "pgx_inference.%1(NULL) IS NULL").arg(m_fn));
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const QList<float> v = realArray(r.text(0, 0));
    QCOMPARE(v.size(), 48);
    double norm = 0;
    for (const float x : v)
        norm += double(x) * double(x);
    QVERIFY2(std::abs(std::sqrt(norm) - 1.0) < 1e-5, qPrintable(r.text(0, 0)));
    // Exactly what the server answers when asked directly.
    QCOMPARE(v, directInfer(m_url, m_model, QStringLiteral("hello")));
    QVERIFY(v != directInfer(m_url, m_model, QStringLiteral("goodbye")));
    QVERIFY2(twice.ok(), qPrintable(twice.error().toString()));
    QVERIFY(twice.boolean(0, 0));
    QVERIFY(twice.boolean(0, 1));
}

void TstExtensionInference::inferenceRefused()
{
    // Without EXECUTE on the model's function PostgreSQL itself refuses.
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_other")));
    pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
    QVERIFY2(r.error().message.contains(m_fn), qPrintable(r.error().message));
    // What runs behind it is not callable: the per-model inference function only by the model's
    // owner, the internal one and the HTTP and file functions by nobody.
    const QString infer = QStringLiteral("pgx_model_%1_infer").arg(m_fn.mid(14));
    const QString inferB = QStringLiteral("pgx_model_%1_infer").arg(m_fnB.mid(14));
    for (const QString &sql : {QStringLiteral("SELECT pgx_inference.%1('hello')").arg(infer),
                               QStringLiteral("SELECT pgx_inference.pgx_infer(%1, 'hello')").arg(m_fn.mid(14)),
                               QStringLiteral("SELECT pgx_inference.pgx_http('GET', 'http://127.0.0.1:1', '/', NULL, NULL, 100)"),
                               QStringLiteral("SELECT pgx_inference.pgx_write_model_files('/tmp', 'x', 0, '', '')"),
                               QStringLiteral("SELECT pgx_inference.pgx_remove_model_files('/tmp', 'x', '')"),
                               QStringLiteral("SELECT pgx_inference.pgx_model_folder_state('/tmp', 'x', '')")}) {
        r = m_conn.exec(sql);
        QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
        QVERIFY2(r.error().message.startsWith(u"permission denied for function"), qPrintable(r.error().message));
    }
    // A permitted user cannot reach another model, nor its own model's inference function directly.
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_user")));
    for (const QString &fn : {inferB, infer}) {
        r = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(fn));
        QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
    }
    r = m_conn.exec(QStringLiteral("SELECT array_length(pgx_inference.%1('hello'), 1)").arg(m_fn));
    QVERIFY2(r.ok() && r.integer(0, 0) == 48, qPrintable(r.error().toString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstExtensionInference::noServerConfigured()
{
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(configure(m_conn, "pgx_inference.triton_url", QString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL ROLE exi_user")));
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QCOMPARE(r.error().sqlstate, QStringLiteral("0A000"));
    QVERIFY2(r.error().message.contains(u"no inference server configured (pgx_inference.triton_url)")
                 && r.error().message.contains(m_model), qPrintable(r.error().message));

    // Load and unload then only record the state, and say so.
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(configure(m_conn, "pgx_inference.triton_url", QString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB}));
    const pg::Result s = m_conn.exec(QStringLiteral("SELECT loaded, reason FROM pgx_inference.pgx_models WHERE name = $1"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QVERIFY(s.ok() && s.boolean(0, 0));
    QVERIFY2(s.text(0, 1).contains(u"no inference server is configured"), qPrintable(s.text(0, 1)));
    QVERIFY(!QFileInfo::exists(modelFolder(m_modelB)));
}

void TstExtensionInference::sessionCannotRedirect()
{
    // An ordinary session may not point the extension at another server or folder.
    pg::Connection user;
    QVERIFY(openSandbox(user, m_db, QStringLiteral("exi_user")));
    QVERIFY(execOrFail(user, QStringLiteral("SET pgx_inference.triton_url = 'http://127.0.0.1:9'")));
    pg::Result r = user.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
    QVERIFY2(r.error().message.contains(u"pgx_inference.triton_url"), qPrintable(r.error().toString()));
    QVERIFY(execOrFail(user, QStringLiteral("RESET pgx_inference.triton_url")));
    r = user.exec(QStringLiteral("SELECT array_length(pgx_inference.%1('hello'), 1)").arg(m_fn));
    QVERIFY2(r.ok() && r.integer(0, 0) == 48, qPrintable(r.error().toString()));

    pg::Connection admin;
    QVERIFY(openSandbox(admin, m_db, QStringLiteral("exi_sa")));
    QVERIFY(execOrFail(admin, QStringLiteral("SET pgx_inference.triton_model_repository_path = '/tmp'")));
    r = admin.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB});
    QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
    QVERIFY2(r.error().message.contains(u"pgx_inference.triton_model_repository_path"), qPrintable(r.error().toString()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/%1").arg(m_modelB)));

    // Nor may a superuser's session: the code that changed the value may have run as anyone.
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL pgx_inference.triton_url = 'http://127.0.0.1:9'")));
    r = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QCOMPARE(r.error().sqlstate, QStringLiteral("42501"));
    QVERIFY2(r.error().message.contains(u"pgx_inference.triton_url"), qPrintable(r.error().toString()));
}

void TstExtensionInference::serverStopped()
{
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(m_repository, {}, &why), qPrintable(why));
    const QString url = server.url().toString();
    server.stop();

    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(configure(m_conn, "pgx_inference.triton_url", url));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SAVEPOINT s")));
    const pg::Result infer = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK TO SAVEPOINT s")));
    const pg::Result load = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));

    QCOMPARE(infer.error().sqlstate, QStringLiteral("08001"));
    QVERIFY2(infer.error().message.contains(QStringLiteral("inference server %1 is unreachable").arg(url)),
             qPrintable(infer.error().toString()));
    QCOMPARE(load.error().sqlstate, QStringLiteral("08001"));
    QVERIFY2(load.error().message.startsWith(QStringLiteral("could not load model \"%1\"").arg(m_modelB))
                 && load.error().message.contains(url), qPrintable(load.error().toString()));
    QVERIFY2(!QFileInfo::exists(modelFolder(m_modelB)), "the files of a failed load stay in the repository");
}

void TstExtensionInference::restrictedHeader()
{
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(m_repository, {QStringLiteral("--restricted-header"), QStringLiteral("X-Exi-Key:s3cret"),
                                         QStringLiteral("--restrict"), QStringLiteral("inference,model-repository")},
                          &why), qPrintable(why));
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(configure(m_conn, "pgx_inference.triton_url", server.url().toString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SAVEPOINT s")));
    const pg::Result refused = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK TO SAVEPOINT s")));
    const bool filesLeft = QFileInfo::exists(modelFolder(m_modelB));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL pgx_inference.triton_restricted_header = 'X-Exi-Key: s3cret'")));
    const pg::Result load = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_modelB});
    const pg::Result infer = m_conn.exec(QStringLiteral("SELECT array_length(pgx_inference.%1('hi'), 1)").arg(m_fnB));
    const pg::Result unload = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {m_modelB});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));

    QCOMPARE(refused.error().sqlstate, QStringLiteral("28000"));
    QVERIFY2(refused.error().message.contains(u"HTTP 403")
                 && refused.error().message.contains(u"This API is restricted, expecting header 'X-Exi-Key'"),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().hint.contains(u"pgx_inference.triton_restricted_header"), qPrintable(refused.error().hint));
    QVERIFY2(!filesLeft, "the files of a refused load stay in the repository");
    QVERIFY2(load.ok(), qPrintable(load.error().toString()));
    QVERIFY2(infer.ok() && infer.integer(0, 0) == 384, qPrintable(infer.error().toString()));
    QVERIFY2(unload.ok(), qPrintable(unload.error().toString()));
    QVERIFY(!QFileInfo::exists(modelFolder(m_modelB)));
}

void TstExtensionInference::brokenAnswers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("sqlstate");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong datatype") << QStringLiteral("wrong_datatype") << QStringLiteral("58000") << QStringLiteral("sent datatype INT32");
    QTest::newRow("wrong shape") << QStringLiteral("wrong_shape") << QStringLiteral("58000") << QStringLiteral("sent shape [1, 49] with 48 values");
    QTest::newRow("not JSON") << QStringLiteral("bad_json") << QStringLiteral("58000") << QStringLiteral("that is not JSON");
    QTest::newRow("no outputs") << QStringLiteral("no_outputs") << QStringLiteral("58000") << QStringLiteral("sent no output");
    QTest::newRow("HTTP 503") << QStringLiteral("error:503") << QStringLiteral("58000") << QStringLiteral("answered HTTP 503 to POST /v2/models/exi.model-a/infer");
    QTest::newRow("timeout") << QStringLiteral("delay_ms:1500") << QStringLiteral("08001") << QStringLiteral("within 300 ms");
}

void TstExtensionInference::brokenAnswers()
{
    QFETCH(QString, fault);
    QFETCH(QString, sqlstate);
    QFETCH(QString, mentions);
    // A private stand-in serving the same model name from its own folder, misbehaving on purpose.
    QTemporaryDir dir;
    QVERIFY(writeStandinModel(dir.path(), m_model, 48, fault));
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(dir.path(), {}, &why), qPrintable(why));
    QCOMPARE(httpPost(server.url(QStringLiteral("/v2/repository/models/%1/load").arg(m_model))).status, 200);

    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(configure(m_conn, "pgx_inference.triton_url", server.url().toString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL pgx_inference.triton_timeout_ms = 300")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL ROLE exi_user")));
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QCOMPARE(r.error().sqlstate, sqlstate);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().toString()));
    QVERIFY2(r.error().message.contains(server.url().toString()), qPrintable(r.error().message));
}

void TstExtensionInference::unload()
{
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_sa")));
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {m_model});
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(httpGet(m_url.resolved(QUrl(QStringLiteral("/v2/models/%1/ready").arg(m_model)))).status, 400);
    QVERIFY(!QFileInfo::exists(modelFolder(m_model)));
    const pg::Result status = m_conn.exec(
        QStringLiteral("SELECT availability, reason FROM pgx_inference.pgx_triton_model_status WHERE name = $1"), {m_model});
    QVERIFY(status.ok() && status.rows() == 1);
    QCOMPARE(status.text(0, 0), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(status.text(0, 1), QStringLiteral("unloaded"));

    QVERIFY(execOrFail(m_conn, QStringLiteral("SET ROLE exi_user")));
    const pg::Result infer = m_conn.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(m_fn));
    QVERIFY(execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QCOMPARE(infer.error().sqlstate, QStringLiteral("55000"));
    QVERIFY2(infer.error().message.contains(u"not loaded"), qPrintable(infer.error().message));
}

void TstExtensionInference::withoutPlpython()
{
    // A database without plpython3u: the extension installs; with a server configured, load and
    // inference say what is missing; once plpython3u exists, they work without reinstalling.
    QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1").arg(m_noPythonDb)));
    pg::Connection db;
    QVERIFY(openSandbox(db, m_noPythonDb));
    QVERIFY(execOrFail(db, QStringLiteral("CREATE EXTENSION pgx_inference_ce")));
    const pg::Result imported = db.exec(QStringLiteral(
        "SELECT pgx_inference.pgx_import_model('exi_nopy', lo_from_bytea(0, '\\x00'), '{\"dimension\": 8}')"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const QString fn = QStringLiteral("pgx_embedding_%1").arg(imported.integer(0, 0));
    QVERIFY(configure(db, "pgx_inference.triton_url", m_url.toString(), false));
    QVERIFY(configure(db, "pgx_inference.triton_model_repository_path", m_repository, false));

    pg::Result r = db.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model('exi_nopy')"));
    QCOMPARE(r.error().sqlstate, QStringLiteral("0A000"));
    QVERIFY2(r.error().message.contains(u"needs plpython3u"), qPrintable(r.error().toString()));
    QVERIFY2(r.error().hint.contains(u"CREATE EXTENSION plpython3u"), qPrintable(r.error().hint));
    // Loaded without the server (state only), inference still needs PL/Python.
    QVERIFY(execOrFail(db, QStringLiteral("BEGIN")));
    QVERIFY(configure(db, "pgx_inference.triton_url", QString()));
    QVERIFY(execOrFail(db, QStringLiteral("SELECT pgx_inference.pgx_load_model('exi_nopy')")));
    QVERIFY(configure(db, "pgx_inference.triton_url", m_url.toString()));
    r = db.exec(QStringLiteral("SELECT pgx_inference.%1('hello')").arg(fn));
    db.exec(QStringLiteral("ROLLBACK"));
    QCOMPARE(r.error().sqlstate, QStringLiteral("0A000"));
    QVERIFY2(r.error().message.contains(u"needs plpython3u"), qPrintable(r.error().toString()));

    QVERIFY(execOrFail(db, QStringLiteral("CREATE EXTENSION plpython3u")));
    QVERIFY(execOrFail(db, QStringLiteral("SELECT pgx_inference.pgx_load_model('exi_nopy')")));
    r = db.exec(QStringLiteral("SELECT array_length(pgx_inference.%1('hello'), 1)").arg(fn));
    QVERIFY2(r.ok() && r.integer(0, 0) == 8, qPrintable(r.error().toString()));
    QVERIFY(execOrFail(db, QStringLiteral("SELECT pgx_inference.pgx_unload_model('exi_nopy')")));
    QVERIFY(!QFileInfo::exists(modelFolder(QStringLiteral("exi_nopy"))));
    db.close();
    QVERIFY(execOrFail(m_conn, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_noPythonDb)));
}

void TstExtensionInference::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstExtensionInference)
#include "tst_extensioninference.moc"
