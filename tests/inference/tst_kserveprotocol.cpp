#include "inference/kserveclient.h"
#include "inference/kserveprotocol.h"
#include "inference/latencystats.h"
#include "inference/sqlinference.h"
#include "inference/vectorsummary.h"

#include <QTest>

#include <cmath>

using namespace roledesk;

/// The KServe v2 wire format without a network: request bodies, the checks on infer answers
/// (datatype, shape, values), the other answers; PostgreSQL real[] text, vector summaries and
/// latency statistics.
class TstKServeProtocol : public QObject {
    Q_OBJECT
private slots:
    void requestBody();
    void embeddings();
    void nestedData();
    void badEmbeddings_data();
    void badEmbeddings();
    void errorText();
    void metadataAndStats();
    void repositoryIndex();
    void header_data();
    void header();
    void endpoint();
    void realArray_data();
    void realArray();
    void badRealArray_data();
    void badRealArray();
    void summary();
    void latencyStats();
};

void TstKServeProtocol::requestBody()
{
    QCOMPARE(KServeProtocol::inferRequestBody({QStringLiteral("hello"), QStringLiteral("wörld \"q\"")}),
             QByteArray(R"({"inputs":[{"data":["hello","wörld \"q\""],"datatype":"BYTES","name":"TEXT","shape":[2]}]})"));
    QCOMPARE(KServeProtocol::inferRequestBody({QStringLiteral("x")}, QStringLiteral("INPUT_0")),
             QByteArray(R"({"inputs":[{"data":["x"],"datatype":"BYTES","name":"INPUT_0","shape":[1]}]})"));
    QCOMPARE(KServeProtocol::inputBytes({QStringLiteral("ab"), QStringLiteral("ö")}), 4);
}

void TstKServeProtocol::embeddings()
{
    const QByteArray body = R"({"model_name":"m","model_version":"1","outputs":[{"name":"EMBEDDING","datatype":"FP32",
        "shape":[2,3],"data":[0.5,-0.5,1,2,3e-2,-4]}]})";
    KServeEmbeddings e;
    QString problem;
    QVERIFY2(KServeProtocol::parseEmbeddings(body, 2, &e, &problem), qPrintable(problem));
    QCOMPARE(e.modelName, QStringLiteral("m"));
    QCOMPARE(e.modelVersion, QStringLiteral("1"));
    QCOMPARE(e.outputName, QStringLiteral("EMBEDDING"));
    QCOMPARE(e.rows, 2);
    QCOMPARE(e.dimension, 3);
    QCOMPARE(e.row(0), (QList<float>{0.5f, -0.5f, 1.0f}));
    QCOMPARE(e.row(1), (QList<float>{2.0f, 0.03f, -4.0f}));
    QCOMPARE(e.rowData(1)[2], -4.0f);
}

void TstKServeProtocol::nestedData()
{
    const QByteArray body = R"({"outputs":[{"name":"o","datatype":"FP32","shape":[2,2],"data":[[1,2],[3,4]]}]})";
    KServeEmbeddings e;
    QString problem;
    QVERIFY2(KServeProtocol::parseEmbeddings(body, 2, &e, &problem), qPrintable(problem));
    QCOMPARE(e.values, (QList<float>{1, 2, 3, 4}));
}

void TstKServeProtocol::badEmbeddings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("not json") << QByteArray(R"({"outputs": [)") << 1 << QStringList{QStringLiteral("not valid JSON")};
    QTest::newRow("a list") << QByteArray("[1,2]") << 1 << QStringList{QStringLiteral("not a JSON object")};
    QTest::newRow("no outputs") << QByteArray(R"({"outputs":[]})") << 1 << QStringList{QStringLiteral("no outputs")};
    QTest::newRow("INT32") << QByteArray(R"({"outputs":[{"name":"E","datatype":"INT32","shape":[1,2],"data":[1,2]}]})")
                           << 1 << QStringList{QStringLiteral("INT32"), QStringLiteral("FP32"), QStringLiteral("\"E\"")};
    QTest::newRow("no datatype") << QByteArray(R"({"outputs":[{"name":"E","shape":[1,2],"data":[1,2]}]})") << 1
                                 << QStringList{QStringLiteral("FP32")};
    QTest::newRow("rank 1") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[2],"data":[1,2]}]})")
                            << 1 << QStringList{QStringLiteral("[2]"), QStringLiteral("[1, dim]")};
    QTest::newRow("rows") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,2],"data":[1,2]}]})")
                          << 2 << QStringList{QStringLiteral("[1, 2]"), QStringLiteral("[2, dim]")};
    QTest::newRow("zero dim") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,0],"data":[]}]})")
                              << 1 << QStringList{QStringLiteral("[1, 0]")};
    QTest::newRow("count") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,3],"data":[1,2]}]})")
                           << 1 << QStringList{QStringLiteral("[1, 3]"), QStringLiteral("3 values"), QStringLiteral("2 came")};
    QTest::newRow("string") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,2],"data":[1,"NaN"]}]})")
                            << 1 << QStringList{QStringLiteral("value 1"), QStringLiteral("\"NaN\""), QStringLiteral("finite")};
    QTest::newRow("overflow") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,2],"data":[1e39,1]}]})")
                              << 1 << QStringList{QStringLiteral("value 0"), QStringLiteral("finite")};
    QTest::newRow("null") << QByteArray(R"({"outputs":[{"name":"E","datatype":"FP32","shape":[1,2],"data":[null,1]}]})")
                          << 1 << QStringList{QStringLiteral("null")};
}

void TstKServeProtocol::badEmbeddings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, rows);
    QFETCH(QStringList, mentions);
    KServeEmbeddings e;
    QString problem;
    QVERIFY(!KServeProtocol::parseEmbeddings(body, rows, &e, &problem));
    for (const QString &m : mentions)
        QVERIFY2(problem.contains(m), qPrintable(problem + QStringLiteral(" lacks ") + m));
    QCOMPARE(e.rows, 0); // nothing half-filled
}

void TstKServeProtocol::errorText()
{
    QCOMPARE(KServeProtocol::errorText(R"({"error":"Request for unknown model: 'x' is not found"})"),
             QStringLiteral("Request for unknown model: 'x' is not found"));
    QCOMPARE(KServeProtocol::errorText("<html>bad gateway</html>"), QString());
    QCOMPARE(KServeProtocol::errorText({}), QString());
}

void TstKServeProtocol::metadataAndStats()
{
    KServeServerMetadata server;
    QString problem;
    QVERIFY(KServeProtocol::parseServerMetadata(R"({"name":"triton","version":"2.41","extensions":["a","b"]})", &server, &problem));
    QCOMPARE(server.name, QStringLiteral("triton"));
    QCOMPARE(server.extensions, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

    KServeModelMetadata model;
    QVERIFY(KServeProtocol::parseModelMetadata(R"({"name":"m","versions":["1",2],"platform":"onnxruntime_onnx",
        "inputs":[{"name":"TEXT","datatype":"BYTES","shape":[-1]}],
        "outputs":[{"name":"E","datatype":"FP32","shape":[-1,384]}]})", &model, &problem));
    QCOMPARE(model.versions, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(model.inputs.size(), 1);
    QCOMPARE(model.outputs.first(), (KServeTensorSpec{QStringLiteral("E"), QStringLiteral("FP32"), {-1, 384}}));
    QVERIFY(!KServeProtocol::parseModelMetadata(R"({"versions":[]})", &model, &problem));

    QList<KServeModelStats> stats;
    QVERIFY(KServeProtocol::parseModelStats(R"({"model_stats":[{"name":"m","version":"1","last_inference":1700000000000,
        "inference_count":7,"execution_count":5,"inference_stats":{"success":{"count":4,"ns":8000000},
        "fail":{"count":1,"ns":100},"queue":{"count":4,"ns":10},"compute_infer":{"count":4,"ns":900}}}]})", &stats, &problem));
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.first().inferenceCount, 7);
    QCOMPARE(stats.first().executionCount, 5);
    QCOMPARE(stats.first().successCount, 4);
    QCOMPARE(stats.first().failCount, 1);
    QCOMPARE(stats.first().computeInferNs, 900);
    QCOMPARE(stats.first().meanSuccessMs(), 2.0);
    QCOMPARE(stats.first().lastInference.toMSecsSinceEpoch(), 1700000000000);
    QVERIFY(!KServeProtocol::parseModelStats(R"({"other":1})", &stats, &problem));
    QVERIFY(problem.contains(QStringLiteral("model_stats")));
}

void TstKServeProtocol::repositoryIndex()
{
    QList<KServeRepositoryModel> rows;
    QString problem;
    QVERIFY(KServeProtocol::parseRepositoryIndex(
        R"([{"name":"a","version":"1","state":"READY","reason":""},{"name":"b","state":"UNAVAILABLE","reason":"unloaded"}])",
        &rows, &problem));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).name, QStringLiteral("b"));
    QCOMPARE(rows.at(1).reason, QStringLiteral("unloaded"));
    QVERIFY(!KServeProtocol::parseRepositoryIndex(R"({"a":1})", &rows, &problem));
}

void TstKServeProtocol::header_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QStringLiteral("X-Key:secret") << true << QByteArray("X-Key") << QByteArray("secret");
    QTest::newRow("spaces") << QStringLiteral(" X-Key : a:b ") << true << QByteArray("X-Key") << QByteArray("a:b");
    QTest::newRow("empty value") << QStringLiteral("X-Key:") << true << QByteArray("X-Key") << QByteArray();
    QTest::newRow("no colon") << QStringLiteral("X-Key") << false << QByteArray() << QByteArray();
    QTest::newRow("no name") << QStringLiteral(":v") << false << QByteArray() << QByteArray();
    QTest::newRow("space in name") << QStringLiteral("X Key:v") << false << QByteArray() << QByteArray();
}

void TstKServeProtocol::header()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    KServeSettings s;
    QCOMPARE(s.setHeader(spec), ok);
    QCOMPARE(s.headerName, name);
    QCOMPARE(s.headerValue, value);
}

void TstKServeProtocol::endpoint()
{
    KServeClient client;
    client.setSettings({QUrl(QStringLiteral("http://h:8000")), 1000, {}, {}, 0, QStringLiteral("TEXT")});
    QCOMPARE(client.endpoint(QStringLiteral("/v2/health/ready")), QUrl(QStringLiteral("http://h:8000/v2/health/ready")));
    client.setSettings({QUrl(QStringLiteral("http://h:8000/triton/")), 1000, {}, {}, 0, QStringLiteral("TEXT")});
    QCOMPARE(client.endpoint(QStringLiteral("/v2")).toString(), QStringLiteral("http://h:8000/triton/v2"));
}

void TstKServeProtocol::realArray_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<float>>("values");
    QTest::newRow("plain") << QStringLiteral("{0.5,-1,2e-05}") << QList<float>{0.5f, -1.0f, 2e-05f};
    QTest::newRow("one") << QStringLiteral("{3}") << QList<float>{3.0f};
    QTest::newRow("empty") << QStringLiteral("{}") << QList<float>{};
    QTest::newRow("spaces") << QStringLiteral(" { 1 , 2 } ") << QList<float>{1.0f, 2.0f};
    QTest::newRow("bounds") << QStringLiteral("[0:1]={7,8}") << QList<float>{7.0f, 8.0f};
    QTest::newRow("2-D") << QStringLiteral("{{1,2},{3,4}}") << QList<float>{1, 2, 3, 4};
}

void TstKServeProtocol::realArray()
{
    QFETCH(QString, text);
    QFETCH(QList<float>, values);
    QString problem;
    const std::optional<QList<float>> parsed = SqlInference::parseRealArray(text, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(*parsed, values);
}

void TstKServeProtocol::badRealArray_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");
    QTest::newRow("NaN") << QStringLiteral("{1,NaN}") << QStringLiteral("element 1 is NaN");
    QTest::newRow("Infinity") << QStringLiteral("{-Infinity}") << QStringLiteral("element 0 is -Infinity");
    QTest::newRow("NULL") << QStringLiteral("{1,NULL}") << QStringLiteral("element 1 is NULL");
    QTest::newRow("word") << QStringLiteral("{abc}") << QStringLiteral("abc");
    QTest::newRow("not array") << QStringLiteral("1,2") << QStringLiteral("not an array");
    QTest::newRow("open") << QStringLiteral("{{1,2}") << QStringLiteral("unbalanced");
}

void TstKServeProtocol::badRealArray()
{
    QFETCH(QString, text);
    QFETCH(QString, mention);
    QString problem;
    QVERIFY(!SqlInference::parseRealArray(text, &problem));
    QVERIFY2(problem.contains(mention), qPrintable(problem));
}

void TstKServeProtocol::summary()
{
    const QList<float> v{3.0f, -4.0f, 0.0f, 1.0f};
    const VectorSummary s = VectorSummary::of(v, 2);
    QCOMPARE(s.dimension, 4);
    QCOMPARE(s.head, (QList<float>{3.0f, -4.0f}));
    QCOMPARE(s.norm, std::sqrt(26.0));
    QCOMPARE(s.headText(1), QStringLiteral("3.0, -4.0, ..."));
    QCOMPARE(VectorSummary::of(v, 10).headText(0), QStringLiteral("3, -4, 0, 1"));
    QCOMPARE(VectorSummary::of(QList<float>{}).norm, 0.0);
}

void TstKServeProtocol::latencyStats()
{
    const LatencyStats odd = LatencyStats::of({5.0, 1.0, 3.0});
    QCOMPARE(odd.runs, 3);
    QCOMPARE(odd.min, 1.0);
    QCOMPARE(odd.median, 3.0);
    QCOMPARE(odd.max, 5.0);
    QCOMPARE(odd.mean, 3.0);
    QCOMPARE(odd.p95, 5.0);
    const LatencyStats even = LatencyStats::of({4.0, 1.0, 2.0, 3.0});
    QCOMPARE(even.median, 2.5);
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred << double(i);
    const LatencyStats h = LatencyStats::of(hundred);
    QCOMPARE(h.p95, 95.0); // nearest rank
    QCOMPARE(h.median, 50.5);
    QCOMPARE(LatencyStats::percentile({}, 0.5), 0.0);
    QCOMPARE(LatencyStats::of({}).runs, 0);
}

QTEST_GUILESS_MAIN(TstKServeProtocol)
#include "tst_kserveprotocol.moc"
