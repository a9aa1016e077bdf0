#include "standinprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace roledesk::test;

/// roledesk-kserve-standin as a process on a free loopback port, over a temporary repository:
/// every endpoint, the embeddings, the restricted header, each fault mode and the error answers.
class TstStandin : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void health();
    void serverMetadata();
    void loadReadyUnload();
    void embeddings();
    void dimensionFromConfig();
    void badRequests_data();
    void badRequests();
    void unknownModel();
    void loadFailures();
    void faults_data();
    void faults();
    void statistics();
    void oversizeBody();
    void restrictedHeader();
    void everythingRestricted();
    void commandLine();
    void portFile();
    void loadAtStart();

private:
    static QByteArray inferBody(const QStringList &texts);
    HttpReply infer(const QString &model, const QStringList &texts);
    HttpReply load(const QString &model) { return httpPost(m_server.url(QStringLiteral("/v2/repository/models/%1/load").arg(model))); }
    static QList<float> floats(const QJsonArray &data);

    QTemporaryDir m_repo;
    StandinProcess m_server;
};

QByteArray TstStandin::inferBody(const QStringList &texts)
{
    QJsonArray data;
    for (const QString &t : texts)
        data.append(t);
    const QJsonObject input{{QStringLiteral("name"), QStringLiteral("TEXT")},
                            {QStringLiteral("shape"), QJsonArray{texts.size()}},
                            {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                            {QStringLiteral("data"), data}};
    return QJsonDocument(QJsonObject{{QStringLiteral("inputs"), QJsonArray{input}}}).toJson(QJsonDocument::Compact);
}

HttpReply TstStandin::infer(const QString &model, const QStringList &texts)
{
    return httpPost(m_server.url(QStringLiteral("/v2/models/%1/infer").arg(model)), inferBody(texts));
}

QList<float> TstStandin::floats(const QJsonArray &data)
{
    QList<float> out;
    for (const QJsonValue &v : data)
        out << float(v.toDouble());
    return out;
}

namespace {

double dot(const QList<float> &a, const QList<float> &b, qsizetype offsetA = 0, qsizetype offsetB = 0, qsizetype n = -1)
{
    if (n < 0)
        n = a.size();
    double s = 0;
    for (qsizetype i = 0; i < n; ++i)
        s += double(a[offsetA + i]) * double(b[offsetB + i]);
    return s;
}

} // namespace

void TstStandin::initTestCase()
{
    QVERIFY(m_repo.isValid());
    const QString r = m_repo.path();
    QVERIFY(writeStandinModel(r, QStringLiteral("mini"), 384));
    QVERIFY(writeStandinModel(r, QStringLiteral("small.v2-x"), 16));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_datatype"), 8, QStringLiteral("wrong_datatype")));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_shape"), 8, QStringLiteral("wrong_shape")));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_badjson"), 8, QStringLiteral("bad_json")));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_nooutputs"), 8, QStringLiteral("no_outputs")));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_delay"), 8, QStringLiteral("delay_ms:400")));
    QVERIFY(writeStandinModel(r, QStringLiteral("f_error"), 8, QStringLiteral("error:503")));
    QVERIFY(writeStandinModel(r, QStringLiteral("typo"), 8, QStringLiteral("wrong_sahpe")));
    QVERIFY(writeStandinModel(r, QStringLiteral("nofile"), 8));
    QVERIFY(QFile::remove(r + QStringLiteral("/nofile/1/model.onnx")));
    QVERIFY(writeStandinModel(r, QStringLiteral("broken"), 8));
    QFile broken(r + QStringLiteral("/broken/config.pbtxt"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("name: \"broken\"\ninput [ { name: \"TEXT\" data_type: TYPE_STRING dims: [ -1 ] } ]\n");
    broken.close();

    QString why;
    QVERIFY2(m_server.start(r, {QStringLiteral("--max-body-mb"), QStringLiteral("1")}, &why), qPrintable(why));
}

void TstStandin::health()
{
    for (const char *path : {"/v2/health/live", "/v2/health/ready"}) {
        const HttpReply reply = httpGet(m_server.url(QString::fromLatin1(path)));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
    }
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/nothing/here"))).status, 404);
    // The wrong method is not an endpoint either.
    QCOMPARE(httpPost(m_server.url(QStringLiteral("/v2/health/ready"))).status, 404);
}

void TstStandin::serverMetadata()
{
    const HttpReply reply = httpGet(m_server.url(QStringLiteral("/v2")));
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.object();
    QCOMPARE(o.value(u"name").toString(), QStringLiteral("roledesk-kserve-standin"));
    QVERIFY(!o.value(u"version").toString().isEmpty());
    QVERIFY(o.value(u"extensions").toArray().contains(QStringLiteral("model_repository")));
    QVERIFY(o.value(u"extensions").toArray().contains(QStringLiteral("statistics")));
}

void TstStandin::loadReadyUnload()
{
    const auto indexRow = [this](const QString &name, const QByteArray &body = {}) {
        const HttpReply reply = httpPost(m_server.url(QStringLiteral("/v2/repository/index")), body);
        for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).array())
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        return QJsonObject();
    };
    QCOMPARE(indexRow(QStringLiteral("mini")).value(u"state").toString(), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/mini/ready"))).status, 400);
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/mini"))).status, 400);

    HttpReply reply = load(QStringLiteral("mini"));
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.body.isEmpty());
    reply = httpGet(m_server.url(QStringLiteral("/v2/models/mini/ready")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    const QJsonObject row = indexRow(QStringLiteral("mini"));
    QCOMPARE(row.value(u"state").toString(), QStringLiteral("READY"));
    QCOMPARE(row.value(u"version").toString(), QStringLiteral("1"));
    QCOMPARE(row.value(u"reason").toString(), QString());
    QVERIFY(!indexRow(QStringLiteral("mini"), "{\"ready\": true}").isEmpty());
    QVERIFY(indexRow(QStringLiteral("small.v2-x"), "{\"ready\": true}").isEmpty());
    QCOMPARE(indexRow(QStringLiteral("small.v2-x")).value(u"state").toString(), QStringLiteral("UNAVAILABLE"));

    reply = httpGet(m_server.url(QStringLiteral("/v2/models/mini")));
    QCOMPARE(reply.status, 200);
    const QJsonObject meta = reply.object();
    QCOMPARE(meta.value(u"name").toString(), QStringLiteral("mini"));
    QCOMPARE(meta.value(u"versions").toArray(), QJsonArray{QStringLiteral("1")});
    QCOMPARE(meta.value(u"platform").toString(), QStringLiteral("onnxruntime_onnx"));
    const QJsonObject in = meta.value(u"inputs").toArray().first().toObject();
    QCOMPARE(in.value(u"name").toString(), QStringLiteral("TEXT"));
    QCOMPARE(in.value(u"datatype").toString(), QStringLiteral("BYTES"));
    QCOMPARE(in.value(u"shape").toArray(), QJsonArray{-1});
    const QJsonObject out = meta.value(u"outputs").toArray().first().toObject();
    QCOMPARE(out.value(u"name").toString(), QStringLiteral("EMBEDDING"));
    QCOMPARE(out.value(u"datatype").toString(), QStringLiteral("FP32"));
    QCOMPARE(out.value(u"shape").toArray(), (QJsonArray{-1, 384}));

    // Unload: not ready, no inference, listed as unloaded; unloading again is not an error.
    QCOMPARE(httpPost(m_server.url(QStringLiteral("/v2/repository/models/mini/unload"))).status, 200);
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/mini/ready"))).status, 400);
    reply = infer(QStringLiteral("mini"), {QStringLiteral("hello")});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorText(), QStringLiteral("Request for unknown model: 'mini' has no available versions"));
    QCOMPARE(indexRow(QStringLiteral("mini")).value(u"state").toString(), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(indexRow(QStringLiteral("mini")).value(u"reason").toString(), QStringLiteral("unloaded"));
    QCOMPARE(httpPost(m_server.url(QStringLiteral("/v2/repository/models/mini/unload"))).status, 200);
}

void TstStandin::embeddings()
{
    QCOMPARE(load(QStringLiteral("mini")).status, 200);
    const QStringList texts{QStringLiteral("hello"), QStringLiteral("the cat sat on the mat"),
                            QStringLiteral("a cat sat on a mat"), QStringLiteral("quarterly revenue grew 4%"),
                            QStringLiteral("!!!")};
    QJsonObject request = QJsonDocument::fromJson(inferBody(texts)).object();
    request.insert(QStringLiteral("id"), QStringLiteral("req-7"));
    HttpReply reply = httpPost(m_server.url(QStringLiteral("/v2/models/mini/infer")), QJsonDocument(request).toJson());
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject o = reply.object();
    QCOMPARE(o.value(u"model_name").toString(), QStringLiteral("mini"));
    QCOMPARE(o.value(u"model_version").toString(), QStringLiteral("1"));
    QCOMPARE(o.value(u"id").toString(), QStringLiteral("req-7"));
    const QJsonObject out = o.value(u"outputs").toArray().first().toObject();
    QCOMPARE(out.value(u"name").toString(), QStringLiteral("EMBEDDING"));
    QCOMPARE(out.value(u"datatype").toString(), QStringLiteral("FP32"));
    QCOMPARE(out.value(u"shape").toArray(), (QJsonArray{5, 384}));
    const QList<float> all = floats(out.value(u"data").toArray());
    QCOMPARE(all.size(), 5 * 384);

    // Unit norm, every row.
    for (qsizetype row = 0; row < 5; ++row)
        QVERIFY2(std::abs(dot(all, all, row * 384, row * 384, 384) - 1.0) < 1e-5, qPrintable(texts[row]));
    // Deterministic: the same text alone, and again, gives the same row.
    reply = infer(QStringLiteral("mini"), {QStringLiteral("hello")});
    QCOMPARE(reply.status, 200);
    const QList<float> hello = floats(reply.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray());
    QCOMPARE(hello, all.mid(0, 384));
    reply = infer(QStringLiteral("mini"), {QStringLiteral("hello")});
    QCOMPARE(floats(reply.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray()), hello);
    // Case does not matter; shared words make texts closer than unrelated ones.
    reply = infer(QStringLiteral("mini"), {QStringLiteral("HELLO")});
    QCOMPARE(floats(reply.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray()), hello);
    const double catCat = dot(all, all, 384, 2 * 384, 384);
    const double catRevenue = dot(all, all, 384, 3 * 384, 384);
    QVERIFY2(catCat > 0.5 && catCat > catRevenue + 0.3, qPrintable(QStringLiteral("%1 vs %2").arg(catCat).arg(catRevenue)));
    QVERIFY(dot(all, all, 0, 384, 384) < 0.9);
    // An empty batch is a valid request with an empty answer.
    reply = infer(QStringLiteral("mini"), {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"outputs").toArray().first().toObject().value(u"shape").toArray(), (QJsonArray{0, 384}));
}

void TstStandin::dimensionFromConfig()
{
    const QString model = QStringLiteral("small.v2-x");
    QCOMPARE(load(model).status, 200);
    HttpReply reply = infer(model, {QStringLiteral("hello")});
    QCOMPARE(reply.status, 200);
    QJsonObject out = reply.object().value(u"outputs").toArray().first().toObject();
    QCOMPARE(out.value(u"shape").toArray(), (QJsonArray{1, 16}));
    QCOMPARE(out.value(u"data").toArray().size(), 16);
    // A reload reads config.pbtxt again.
    QVERIFY(writeStandinModel(m_repo.path(), model, 32));
    QCOMPARE(load(model).status, 200);
    reply = httpGet(m_server.url(QStringLiteral("/v2/models/%1").arg(model)));
    QCOMPARE(reply.object().value(u"outputs").toArray().first().toObject().value(u"shape").toArray(), (QJsonArray{-1, 32}));
    reply = infer(model, {QStringLiteral("hello")});
    out = reply.object().value(u"outputs").toArray().first().toObject();
    QCOMPARE(out.value(u"data").toArray().size(), 32);
    const QList<float> v = floats(out.value(u"data").toArray());
    QVERIFY(std::abs(dot(v, v) - 1.0) < 1e-5);
}

void TstStandin::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"inputs\": [") << QStringLiteral("failed to parse the request JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("failed to parse the request JSON");
    QTest::newRow("JSON array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no inputs") << QByteArray("{}") << QStringLiteral("expected 1 inputs but got 0");
    QTest::newRow("two inputs")
        << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"BYTES","data":["a"]},)"
                      R"({"name":"TEXT","shape":[1],"datatype":"BYTES","data":["b"]}]})")
        << QStringLiteral("expected 1 inputs but got 2");
    QTest::newRow("wrong input name") << QByteArray(R"({"inputs":[{"name":"TXT","shape":[1],"datatype":"BYTES","data":["a"]}]})")
                                      << QStringLiteral("unexpected inference input 'TXT' for model 'mini'");
    QTest::newRow("wrong datatype") << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"FP32","data":[1.0]}]})")
                                    << QStringLiteral("data-type is 'FP32', but model 'mini' expects 'BYTES'");
    QTest::newRow("wrong shape") << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[1,1],"datatype":"BYTES","data":["a"]}]})")
                                 << QStringLiteral("Expected [-1], got [1,1]");
    QTest::newRow("negative shape") << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[-1],"datatype":"BYTES","data":["a"]}]})")
                                    << QStringLiteral("Expected [-1], got [-1]");
    QTest::newRow("count mismatch") << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[2],"datatype":"BYTES","data":["a"]}]})")
                                    << QStringLiteral("unexpected number of string elements 1 for inference input 'TEXT', expecting 2");
    QTest::newRow("not strings") << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"BYTES","data":[7]}]})")
                                 << QStringLiteral("expected an array of strings");
    QTest::newRow("unknown output")
        << QByteArray(R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"BYTES","data":["a"]}],"outputs":[{"name":"LOGITS"}]})")
        << QStringLiteral("unexpected inference output 'LOGITS' for model 'mini'");
}

void TstStandin::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QCOMPARE(load(QStringLiteral("mini")).status, 200);
    const HttpReply reply = httpPost(m_server.url(QStringLiteral("/v2/models/mini/infer")), body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.errorText().contains(mentions), reply.body.constData());
}

void TstStandin::unknownModel()
{
    HttpReply reply = infer(QStringLiteral("nope"), {QStringLiteral("hello")});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorText(), QStringLiteral("Request for unknown model: 'nope' is not found"));
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/nope"))).status, 404);
    reply = httpGet(m_server.url(QStringLiteral("/v2/models/nope/ready")));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.errorText().contains(u"'nope' is not found"));
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/nope/stats"))).status, 404);
    reply = load(QStringLiteral("nope"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorText(), QStringLiteral("failed to load 'nope', failed to poll from model repository"));
    // Names are folder names, never paths.
    reply = load(QStringLiteral("a%2F..%2Fmini"));
    QVERIFY2(reply.status == 400 || reply.status == 404, qPrintable(QString::number(reply.status)));
}

void TstStandin::loadFailures()
{
    HttpReply reply = load(QStringLiteral("broken"));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.errorText().startsWith(u"failed to load 'broken'") && reply.errorText().contains(u"output dims"),
             reply.body.constData());
    reply = load(QStringLiteral("typo"));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.errorText().contains(u"unknown standin_fault 'wrong_sahpe'"), reply.body.constData());
    reply = load(QStringLiteral("nofile"));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.errorText().contains(u"model.onnx"), reply.body.constData());
    // The index says why.
    reply = httpPost(m_server.url(QStringLiteral("/v2/repository/index")));
    bool seen = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).array()) {
        if (v.toObject().value(u"name").toString() != u"broken")
            continue;
        seen = true;
        QCOMPARE(v.toObject().value(u"state").toString(), QStringLiteral("UNAVAILABLE"));
        QVERIFY(v.toObject().value(u"reason").toString().contains(u"output dims"));
    }
    QVERIFY(seen);
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/broken/ready"))).status, 400);
}

void TstStandin::faults_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("wrong_datatype") << QStringLiteral("f_datatype");
    QTest::newRow("wrong_shape") << QStringLiteral("f_shape");
    QTest::newRow("bad_json") << QStringLiteral("f_badjson");
    QTest::newRow("no_outputs") << QStringLiteral("f_nooutputs");
    QTest::newRow("delay_ms:400") << QStringLiteral("f_delay");
    QTest::newRow("error:503") << QStringLiteral("f_error");
}

void TstStandin::faults()
{
    QFETCH(QString, model);
    QCOMPARE(load(model).status, 200);
    // Only inference misbehaves.
    QCOMPARE(httpGet(m_server.url(QStringLiteral("/v2/models/%1/ready").arg(model))).status, 200);
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = infer(model, {QStringLiteral("hello")});
    const qint64 elapsed = timer.elapsed();
    const QJsonObject out = reply.object().value(u"outputs").toArray().first().toObject();
    if (model == u"f_datatype") {
        QCOMPARE(reply.status, 200);
        QCOMPARE(out.value(u"datatype").toString(), QStringLiteral("INT32"));
        for (const QJsonValue &v : out.value(u"data").toArray())
            QCOMPARE(v.toDouble(), std::round(v.toDouble()));
    } else if (model == u"f_shape") {
        QCOMPARE(reply.status, 200);
        QCOMPARE(out.value(u"shape").toArray(), (QJsonArray{1, 9}));
        QCOMPARE(out.value(u"data").toArray().size(), 8);
    } else if (model == u"f_badjson") {
        QCOMPARE(reply.status, 200);
        QJsonParseError e;
        QJsonDocument::fromJson(reply.body, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
    } else if (model == u"f_nooutputs") {
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object().contains(u"outputs"));
        QVERIFY(reply.object().value(u"outputs").toArray().isEmpty());
    } else if (model == u"f_delay") {
        QCOMPARE(reply.status, 200);
        QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
        QCOMPARE(out.value(u"datatype").toString(), QStringLiteral("FP32"));
    } else if (model == u"f_error") {
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.errorText().contains(u"standin_fault"));
    }
}

void TstStandin::statistics()
{
    const QString model = QStringLiteral("small.v2-x");
    QCOMPARE(load(model).status, 200);
    const auto stats = [&] {
        const HttpReply reply = httpGet(m_server.url(QStringLiteral("/v2/models/%1/stats").arg(model)));
        return reply.object().value(u"model_stats").toArray().first().toObject();
    };
    const QJsonObject before = stats();
    QCOMPARE(before.value(u"name").toString(), model);
    QCOMPARE(before.value(u"version").toString(), QStringLiteral("1"));
    QCOMPARE(infer(model, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}).status, 200);
    QCOMPARE(infer(model, {QStringLiteral("d")}).status, 200);
    QCOMPARE(httpPost(m_server.url(QStringLiteral("/v2/models/%1/infer").arg(model)), "nonsense").status, 400);
    const QJsonObject after = stats();
    const auto delta = [&](const QString &key) { return after.value(key).toInteger() - before.value(key).toInteger(); };
    QCOMPARE(delta(QStringLiteral("inference_count")), 4);
    QCOMPARE(delta(QStringLiteral("execution_count")), 2);
    const auto part = [](const QJsonObject &o, const char *which, const char *what) {
        return o.value(u"inference_stats").toObject().value(QLatin1String(which)).toObject().value(QLatin1String(what)).toInteger();
    };
    QCOMPARE(part(after, "success", "count") - part(before, "success", "count"), 2);
    QCOMPARE(part(after, "fail", "count") - part(before, "fail", "count"), 1);
    QVERIFY(part(after, "success", "ns") > part(before, "success", "ns"));
    QVERIFY(after.value(u"last_inference").toInteger() > 0);
    // All models at once.
    const HttpReply all = httpGet(m_server.url(QStringLiteral("/v2/models/stats")));
    QCOMPARE(all.status, 200);
    QVERIFY(all.object().value(u"model_stats").toArray().size() >= 2);
}

void TstStandin::oversizeBody()
{
    // Started with --max-body-mb 1.
    QByteArray body = inferBody({QString(1024 * 1024 + 512 * 1024, u'x')});
    HttpReply reply = httpPost(m_server.url(QStringLiteral("/v2/models/mini/infer")), body);
    QCOMPARE(reply.status, 413);
    QVERIFY2(reply.errorText().contains(u"over the limit"), reply.body.constData());
    // Just under the limit is served.
    QCOMPARE(load(QStringLiteral("mini")).status, 200);
    body = inferBody({QString(1000 * 1000, u'x')});
    QCOMPARE(httpPost(m_server.url(QStringLiteral("/v2/models/mini/infer")), body).status, 200);
}

void TstStandin::restrictedHeader()
{
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(m_repo.path(), {QStringLiteral("--restricted-header"), QStringLiteral("X-RoleDesk-Key:s3cret"),
                                          QStringLiteral("--restrict"), QStringLiteral("inference,model-repository")},
                          &why), qPrintable(why));
    const HttpHeaders good{{"x-roledesk-key", "s3cret"}}; // header names are case-insensitive
    const HttpHeaders bad{{"X-RoleDesk-Key", "guess"}};
    const QUrl loadUrl = server.url(QStringLiteral("/v2/repository/models/mini/load"));
    const QUrl inferUrl = server.url(QStringLiteral("/v2/models/mini/infer"));

    HttpReply reply = httpPost(loadUrl);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorText(), QStringLiteral("This API is restricted, expecting header 'X-RoleDesk-Key'"));
    QCOMPARE(httpPost(loadUrl, {}, bad).status, 403);
    QCOMPARE(httpPost(loadUrl, {}, good).status, 200);
    QCOMPARE(httpPost(inferUrl, inferBody({QStringLiteral("hello")})).status, 403);
    QCOMPARE(httpPost(inferUrl, inferBody({QStringLiteral("hello")}), bad).status, 403);
    QCOMPARE(httpPost(inferUrl, inferBody({QStringLiteral("hello")}), good).status, 200);
    // Categories not listed stay open.
    QCOMPARE(httpGet(server.url(QStringLiteral("/v2/health/ready"))).status, 200);
    QCOMPARE(httpGet(server.url(QStringLiteral("/v2/models/mini/ready"))).status, 200);
    QCOMPARE(httpGet(server.url(QStringLiteral("/v2/models/mini"))).status, 200);
    QCOMPARE(httpGet(server.url(QStringLiteral("/v2/models/mini/stats"))).status, 200);
    QCOMPARE(httpPost(server.url(QStringLiteral("/v2/repository/index"))).status, 403);
}

void TstStandin::everythingRestricted()
{
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(m_repo.path(), {QStringLiteral("--restricted-header"), QStringLiteral("Key:v")}, &why),
             qPrintable(why));
    for (const char *path : {"/v2/health/live", "/v2", "/v2/models/mini/ready", "/v2/models/stats"}) {
        QCOMPARE(httpGet(server.url(QString::fromLatin1(path))).status, 403);
        QCOMPARE(httpGet(server.url(QString::fromLatin1(path)), {{"Key", "v"}}).status == 403, false);
    }
}

void TstStandin::commandLine()
{
    const auto exitCode = [this](const QStringList &args) {
        QProcess p;
        p.start(StandinProcess::binary(), args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitCode();
    };
    const QString repo = m_repo.path();
    QCOMPARE(exitCode({}), 2);                                                       // no repository
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo + QStringLiteral("/missing")}), 2);
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--restrict"), QStringLiteral("inference")}), 2);
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--restricted-header"), QStringLiteral("K:v"),
                       QStringLiteral("--restrict"), QStringLiteral("inference,everything")}), 2);
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--restricted-header"), QStringLiteral("novalue")}), 2);
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--listen"), QStringLiteral("localhost.example")}), 2);
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--max-body-mb"), QStringLiteral("0")}), 2);
    // A port that is taken: exit 1 with a message.
    QCOMPARE(exitCode({QStringLiteral("--repository"), repo, QStringLiteral("--port"), QString::number(m_server.port())}), 1);
}

void TstStandin::portFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("port"));
    StandinProcess server;
    QString why;
    QVERIFY2(server.start(m_repo.path(), {QStringLiteral("--port-file"), file}, &why), qPrintable(why));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray::number(server.port()) + '\n');
    QVERIFY(server.port() != m_server.port());
}

void TstStandin::loadAtStart()
{
    StandinProcess one;
    QString why;
    QVERIFY2(one.start(m_repo.path(), {QStringLiteral("--load-model"), QStringLiteral("f_shape")}, &why), qPrintable(why));
    QCOMPARE(httpGet(one.url(QStringLiteral("/v2/models/f_shape/ready"))).status, 200);
    QCOMPARE(httpGet(one.url(QStringLiteral("/v2/models/mini/ready"))).status, 400);

    // Every folder; the broken ones are reported and stay unavailable, the server runs.
    StandinProcess all;
    QVERIFY2(all.start(m_repo.path(), {QStringLiteral("--load-model"), QStringLiteral("*")}, &why), qPrintable(why));
    QCOMPARE(httpGet(all.url(QStringLiteral("/v2/models/mini/ready"))).status, 200);
    QCOMPARE(httpGet(all.url(QStringLiteral("/v2/models/small.v2-x/ready"))).status, 200);
    QCOMPARE(httpGet(all.url(QStringLiteral("/v2/models/broken/ready"))).status, 400);
    QTest::qWait(100);
    QVERIFY2(all.output().contains(u"failed to load 'broken'"), qPrintable(all.output()));
}

QTEST_GUILESS_MAIN(TstStandin)
#include "tst_standin.moc"
