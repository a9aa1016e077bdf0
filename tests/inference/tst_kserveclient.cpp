#include "inference/kserveclient.h"
#include "standinprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <optional>

using namespace roledesk;
using roledesk::test::StandinProcess;

namespace {

/// Waits for the one callback of a KServeClient call; \a call gets the callback to pass on.
template <typename Result, typename Call>
std::optional<Result> await(Call call, int timeoutMs = 20000)
{
    std::optional<Result> out;
    call([&out](const Result &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs); // a timeout leaves it empty
    return out;
}

const int dimension = 16;

KServeSettings settingsFor(const QUrl &url, int timeoutMs)
{
    KServeSettings s;
    s.baseUrl = url;
    s.timeoutMs = timeoutMs;
    return s;
}

} // namespace

/// KServeClient against roledesk-kserve-standin started on a free port over a temporary
/// repository: every endpoint, and every bad input the issue lists (server down, timeout, 403,
/// model not loaded, wrong datatype, wrong shape, bad JSON, huge input refused before sending or
/// by the server's 413), with the messages they give.
class TstKServeClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void health();
    void serverMetadata();
    void modelReady();
    void modelMetadata();
    void inferOne();
    void inferSeveral();
    void statistics();
    void repositoryAndLoad();
    void serverDown();
    void noUrl();
    void timeout();
    void stayResponsive();
    void restricted();
    void modelNotLoaded();
    void wrongDatatype();
    void wrongShape();
    void badJsonAndNoOutputs();
    void serverError();
    void hugeInputRefusedBeforeSending();
    void hugeInputRefusedByServer();
    void abortAndContext();

private:
    KServeSettings settings(const StandinProcess &server, int timeoutMs = 10000) const;
    std::optional<KServeResult<KServeEmbeddings>> infer(KServeClient &client, const QString &model,
                                                        const QStringList &texts);
    qint64 requestsSeen(const QString &model);

    QTemporaryDir m_repo;
    StandinProcess m_server;
    StandinProcess m_restricted; // --restricted-header X-RoleDesk-Key:open-sesame --restrict inference,model-repository
    StandinProcess m_small;      // --max-body-mb 1
};

KServeSettings TstKServeClient::settings(const StandinProcess &server, int timeoutMs) const
{
    return settingsFor(server.url(), timeoutMs);
}

std::optional<KServeResult<KServeEmbeddings>> TstKServeClient::infer(KServeClient &client, const QString &model,
                                                                    const QStringList &texts)
{
    return await<KServeResult<KServeEmbeddings>>([&](auto cb) { client.infer(model, texts, nullptr, cb); });
}

qint64 TstKServeClient::requestsSeen(const QString &model)
{
    KServeClient client(settings(m_server));
    const auto stats = await<KServeResult<QList<KServeModelStats>>>([&](auto cb) { client.modelStats(model, nullptr, cb); });
    if (!stats || !stats->ok() || stats->value.isEmpty())
        return -1;
    return stats->value.first().successCount + stats->value.first().failCount;
}

void TstKServeClient::initTestCase()
{
    QVERIFY(m_repo.isValid());
    using test::writeStandinModel;
    const QString dir = m_repo.path();
    QVERIFY(writeStandinModel(dir, QStringLiteral("embed"), dimension));
    QVERIFY(writeStandinModel(dir, QStringLiteral("spare"), 8));
    QVERIFY(writeStandinModel(dir, QStringLiteral("idle"), 8));            // never loaded
    QVERIFY(writeStandinModel(dir, QStringLiteral("wrongtype"), 4, QStringLiteral("wrong_datatype")));
    QVERIFY(writeStandinModel(dir, QStringLiteral("wrongshape"), 4, QStringLiteral("wrong_shape")));
    QVERIFY(writeStandinModel(dir, QStringLiteral("badjson"), 4, QStringLiteral("bad_json")));
    QVERIFY(writeStandinModel(dir, QStringLiteral("nooutputs"), 4, QStringLiteral("no_outputs")));
    QVERIFY(writeStandinModel(dir, QStringLiteral("broken"), 4, QStringLiteral("error:503")));
    QVERIFY(writeStandinModel(dir, QStringLiteral("slow"), 4, QStringLiteral("delay_ms:1500")));

    QString error;
    QVERIFY2(m_server.start(dir, {}, &error), qPrintable(error));
    QVERIFY2(m_restricted.start(dir, {QStringLiteral("--restricted-header"), QStringLiteral("X-RoleDesk-Key:open-sesame"),
                                      QStringLiteral("--restrict"), QStringLiteral("inference,model-repository")},
                                &error),
             qPrintable(error));
    QVERIFY2(m_small.start(dir, {QStringLiteral("--max-body-mb"), QStringLiteral("1")}, &error), qPrintable(error));

    // Loading goes through the client too (load is one of the endpoints under test).
    KServeClient client(settings(m_server));
    for (const char *m : {"embed", "spare", "wrongtype", "wrongshape", "badjson", "nooutputs", "broken", "slow"}) {
        const auto r = await<KServeOutcome>([&](auto cb) { client.loadModel(QString::fromLatin1(m), nullptr, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
    }
    KServeSettings withKey = settings(m_restricted);
    QVERIFY(withKey.setHeader(QStringLiteral("X-RoleDesk-Key: open-sesame")));
    KServeClient keyed(withKey);
    const auto loaded = await<KServeOutcome>([&](auto cb) { keyed.loadModel(QStringLiteral("embed"), nullptr, cb); });
    QVERIFY(loaded && loaded->ok());
    KServeClient small(settings(m_small));
    const auto loadedSmall = await<KServeOutcome>([&](auto cb) { small.loadModel(QStringLiteral("embed"), nullptr, cb); });
    QVERIFY(loadedSmall && loadedSmall->ok());
}

void TstKServeClient::health()
{
    KServeClient client(settings(m_server));
    const auto live = await<KServeResult<bool>>([&](auto cb) { client.serverLive(nullptr, cb); });
    QVERIFY(live);
    QVERIFY2(live->ok(), qPrintable(live->error.message));
    QVERIFY(live->value);
    QCOMPARE(live->httpStatus, 200);
    QCOMPARE(live->url, m_server.url(QStringLiteral("/v2/health/live")));
    QVERIFY(live->latencyMs > 0.0);
    const auto ready = await<KServeResult<bool>>([&](auto cb) { client.serverReady(nullptr, cb); });
    QVERIFY(ready && ready->ok() && ready->value);
    QCOMPARE(client.pendingCount(), 0);
}

void TstKServeClient::serverMetadata()
{
    KServeClient client(settings(m_server));
    const auto r = await<KServeResult<KServeServerMetadata>>([&](auto cb) { client.serverMetadata(nullptr, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value.name, QStringLiteral("roledesk-kserve-standin"));
    QVERIFY(r->value.extensions.contains(QStringLiteral("statistics")));
}

void TstKServeClient::modelReady()
{
    KServeClient client(settings(m_server));
    const auto yes = await<KServeResult<bool>>([&](auto cb) { client.modelReady(QStringLiteral("embed"), nullptr, cb); });
    QVERIFY(yes && yes->ok());
    QVERIFY(yes->value);
    // Not ready is an answer, not an error, and it keeps the server's reason.
    const auto idle = await<KServeResult<bool>>([&](auto cb) { client.modelReady(QStringLiteral("idle"), nullptr, cb); });
    QVERIFY(idle && idle->ok());
    QVERIFY(!idle->value);
    QCOMPARE(idle->httpStatus, 400);
    QVERIFY2(idle->reason.contains(QStringLiteral("no available versions")), qPrintable(idle->reason));
    const auto unknown = await<KServeResult<bool>>([&](auto cb) { client.modelReady(QStringLiteral("nope"), nullptr, cb); });
    QVERIFY(unknown && unknown->ok() && !unknown->value);
}

void TstKServeClient::modelMetadata()
{
    KServeClient client(settings(m_server));
    const auto r = await<KServeResult<KServeModelMetadata>>([&](auto cb) { client.modelMetadata(QStringLiteral("embed"), nullptr, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.message));
    QCOMPARE(r->value.name, QStringLiteral("embed"));
    QCOMPARE(r->value.versions, QStringList{QStringLiteral("1")});
    QCOMPARE(r->value.platform, QStringLiteral("onnxruntime_onnx"));
    QCOMPARE(r->value.inputs.first().name, QStringLiteral("TEXT"));
    QCOMPARE(r->value.outputs.first().shape, (QList<qint64>{-1, dimension}));
}

void TstKServeClient::inferOne()
{
    KServeClient client(settings(m_server));
    const auto r = infer(client, QStringLiteral("embed"), {QStringLiteral("hello world")});
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.message));
    QCOMPARE(r->value.rows, 1);
    QCOMPARE(r->value.dimension, dimension);
    QCOMPARE(r->value.outputName, QStringLiteral("EMBEDDING"));
    QCOMPARE(r->value.modelName, QStringLiteral("embed"));
    QVERIFY(r->latencyMs > 0.0);

    // The same numbers as a plain HTTP request to the same endpoint, parsed independently.
    const test::HttpReply direct = test::httpPost(m_server.url(QStringLiteral("/v2/models/embed/infer")),
                                                  KServeProtocol::inferRequestBody({QStringLiteral("hello world")}));
    QCOMPARE(direct.status, 200);
    const QJsonArray data = direct.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray();
    QCOMPARE(data.size(), dimension);
    double norm = 0;
    for (int i = 0; i < dimension; ++i) {
        QCOMPARE(r->value.values.at(i), float(data.at(i).toDouble()));
        norm += double(r->value.values.at(i)) * double(r->value.values.at(i));
    }
    QVERIFY(std::abs(std::sqrt(norm) - 1.0) < 1e-4); // the stand-in normalises its vectors
}

void TstKServeClient::inferSeveral()
{
    KServeClient client(settings(m_server));
    const QStringList texts{QStringLiteral("alpha"), QStringLiteral("beta gamma"), QStringLiteral("alpha")};
    const auto r = infer(client, QStringLiteral("embed"), texts);
    QVERIFY(r && r->ok());
    QCOMPARE(r->value.rows, 3);
    QCOMPARE(r->value.values.size(), 3 * dimension);
    QCOMPARE(r->value.row(0), r->value.row(2));
    QVERIFY(r->value.row(0) != r->value.row(1));
}

void TstKServeClient::statistics()
{
    const qint64 before = requestsSeen(QStringLiteral("spare"));
    QVERIFY(before >= 0);
    KServeClient client(settings(m_server));
    for (int i = 0; i < 3; ++i)
        QVERIFY(infer(client, QStringLiteral("spare"), {QStringLiteral("x")})->ok());
    const auto r = await<KServeResult<QList<KServeModelStats>>>([&](auto cb) { client.modelStats(QStringLiteral("spare"), nullptr, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value.size(), 1);
    QCOMPARE(r->value.first().name, QStringLiteral("spare"));
    QCOMPARE(r->value.first().successCount, before + 3);
    QVERIFY(r->value.first().lastInference.isValid());
    QVERIFY(r->value.first().meanSuccessMs() > 0.0);
}

void TstKServeClient::repositoryAndLoad()
{
    KServeClient client(settings(m_server));
    auto index = await<KServeResult<QList<KServeRepositoryModel>>>([&](auto cb) { client.repositoryIndex(nullptr, cb); });
    QVERIFY(index && index->ok());
    const auto stateOf = [&](const QString &name) {
        for (const KServeRepositoryModel &m : index->value)
            if (m.name == name)
                return m.state;
        return QStringLiteral("(missing)");
    };
    QCOMPARE(stateOf(QStringLiteral("embed")), QStringLiteral("READY"));
    QCOMPARE(stateOf(QStringLiteral("idle")), QStringLiteral("UNAVAILABLE"));

    const auto unloaded = await<KServeOutcome>([&](auto cb) { client.unloadModel(QStringLiteral("spare"), nullptr, cb); });
    QVERIFY(unloaded && unloaded->ok());
    auto ready = await<KServeResult<bool>>([&](auto cb) { client.modelReady(QStringLiteral("spare"), nullptr, cb); });
    QVERIFY(ready && ready->ok() && !ready->value);
    const auto loaded = await<KServeOutcome>([&](auto cb) { client.loadModel(QStringLiteral("spare"), nullptr, cb); });
    QVERIFY(loaded && loaded->ok());
    ready = await<KServeResult<bool>>([&](auto cb) { client.modelReady(QStringLiteral("spare"), nullptr, cb); });
    QVERIFY(ready && ready->ok() && ready->value);

    // A load the server refuses is an HTTP error with its text.
    const auto refused = await<KServeOutcome>([&](auto cb) { client.loadModel(QStringLiteral("no-such-model"), nullptr, cb); });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error.kind, KServeErrorKind::HttpStatus);
    QCOMPARE(refused->error.httpStatus, 400);
    QVERIFY2(refused->error.message.contains(QStringLiteral("no-such-model")), qPrintable(refused->error.message));
}

void TstKServeClient::serverDown()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    KServeClient client(settingsFor(url, 5000));
    const auto r = infer(client, QStringLiteral("embed"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::Unreachable);
    QCOMPARE(r->httpStatus, 0);
    QVERIFY2(r->error.message.contains(QStringLiteral("inference server at http://127.0.0.1:%1 is not reachable").arg(port)),
             qPrintable(r->error.message));
    const auto live = await<KServeResult<bool>>([&](auto cb) { client.serverLive(nullptr, cb); });
    QVERIFY(live && live->error.kind == KServeErrorKind::Unreachable);
    QVERIFY(!live->value);
}

void TstKServeClient::noUrl()
{
    KServeClient client;
    const auto r = infer(client, QStringLiteral("embed"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::Unreachable);
    QVERIFY2(r->error.message.contains(QStringLiteral("no inference server URL")), qPrintable(r->error.message));
}

void TstKServeClient::timeout()
{
    KServeClient client(settings(m_server, 300));
    QElapsedTimer t;
    t.start();
    const auto r = infer(client, QStringLiteral("slow"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::Timeout);
    QVERIFY2(r->error.message.contains(QStringLiteral("no answer within 300 ms")), qPrintable(r->error.message));
    QVERIFY2(r->error.message.contains(m_server.url().toDisplayString()), qPrintable(r->error.message));
    QVERIFY2(t.elapsed() < 1400, "the timeout did not cut the 1500 ms delay short");
    QVERIFY(r->latencyMs >= 290.0);
    // A longer timeout waits the delay out.
    client.setSettings(settings(m_server, 10000));
    const auto patient = infer(client, QStringLiteral("slow"), {QStringLiteral("x")});
    QVERIFY(patient);
    QVERIFY2(patient->ok(), qPrintable(patient->error.message));
    QVERIFY(patient->latencyMs >= 1400.0);
}

void TstKServeClient::stayResponsive()
{
    // A slow answer does not block the thread that asked: its timers keep firing meanwhile.
    KServeClient client(settings(m_server));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    std::optional<KServeResult<KServeEmbeddings>> out;
    client.infer(QStringLiteral("slow"), {QStringLiteral("x")}, nullptr, [&](const auto &r) { out = r; });
    QVERIFY(!out); // never answered inside the call
    QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 10000));
    QVERIFY2(out->ok(), qPrintable(out->error.message));
    QVERIFY2(ticks >= 30, qPrintable(QStringLiteral("only %1 ticks during a 1500 ms answer").arg(ticks)));
}

void TstKServeClient::restricted()
{
    KServeClient bare(settings(m_restricted));
    const auto refused = infer(bare, QStringLiteral("embed"), {QStringLiteral("x")});
    QVERIFY(refused);
    QCOMPARE(refused->error.kind, KServeErrorKind::Forbidden);
    QCOMPARE(refused->error.httpStatus, 403);
    QVERIFY2(refused->error.serverMessage.contains(QStringLiteral("expecting header 'X-RoleDesk-Key'")),
             qPrintable(refused->error.serverMessage));
    QVERIFY2(refused->error.message.startsWith(QStringLiteral("restricted API: the server requires a header")),
             qPrintable(refused->error.message));
    QVERIFY(refused->error.message.contains(QStringLiteral("X-RoleDesk-Key")));
    // Health is not restricted on this server.
    const auto live = await<KServeResult<bool>>([&](auto cb) { bare.serverLive(nullptr, cb); });
    QVERIFY(live && live->ok() && live->value);

    KServeSettings wrong = settings(m_restricted);
    QVERIFY(wrong.setHeader(QStringLiteral("X-RoleDesk-Key:guess")));
    KServeClient guessing(wrong);
    const auto guessed = infer(guessing, QStringLiteral("embed"), {QStringLiteral("x")});
    QVERIFY(guessed);
    QCOMPARE(guessed->error.kind, KServeErrorKind::Forbidden);
    QVERIFY2(guessed->error.message.contains(QStringLiteral("with the header X-RoleDesk-Key that was sent")),
             qPrintable(guessed->error.message));

    KServeSettings right = settings(m_restricted);
    QVERIFY(right.setHeader(QStringLiteral("X-RoleDesk-Key:open-sesame")));
    KServeClient keyed(right);
    const auto ok = infer(keyed, QStringLiteral("embed"), {QStringLiteral("x")});
    QVERIFY(ok);
    QVERIFY2(ok->ok(), qPrintable(ok->error.message));
    // Model-repository calls are restricted too.
    const auto index = await<KServeResult<QList<KServeRepositoryModel>>>([&](auto cb) { bare.repositoryIndex(nullptr, cb); });
    QVERIFY(index && index->error.kind == KServeErrorKind::Forbidden);
}

void TstKServeClient::modelNotLoaded()
{
    KServeClient client(settings(m_server));
    const auto idle = infer(client, QStringLiteral("idle"), {QStringLiteral("x")});
    QVERIFY(idle);
    QCOMPARE(idle->error.kind, KServeErrorKind::ModelNotReady);
    QCOMPARE(idle->error.httpStatus, 400);
    QVERIFY2(idle->error.message.startsWith(QStringLiteral("model \"idle\" is not loaded on the inference server at %1")
                                                .arg(m_server.url().toDisplayString())),
             qPrintable(idle->error.message));
    QVERIFY(idle->error.message.contains(QStringLiteral("no available versions")));

    const auto unknown = infer(client, QStringLiteral("nope"), {QStringLiteral("x")});
    QVERIFY(unknown);
    QCOMPARE(unknown->error.kind, KServeErrorKind::ModelNotReady);
    QCOMPARE(unknown->error.httpStatus, 404);

    const auto meta = await<KServeResult<KServeModelMetadata>>([&](auto cb) { client.modelMetadata(QStringLiteral("idle"), nullptr, cb); });
    QVERIFY(meta && meta->error.kind == KServeErrorKind::ModelNotReady);
}

void TstKServeClient::wrongDatatype()
{
    KServeClient client(settings(m_server));
    const auto r = infer(client, QStringLiteral("wrongtype"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::BadResponse);
    QCOMPARE(r->httpStatus, 200);
    QVERIFY2(r->error.message.contains(QStringLiteral("model \"wrongtype\"")), qPrintable(r->error.message));
    QVERIFY2(r->error.message.contains(QStringLiteral("datatype INT32 where FP32 was expected")), qPrintable(r->error.message));
}

void TstKServeClient::wrongShape()
{
    KServeClient client(settings(m_server));
    const auto r = infer(client, QStringLiteral("wrongshape"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::BadResponse);
    QVERIFY2(r->error.message.contains(QStringLiteral("shape [1, 5], which needs 5 values, but 4 came")),
             qPrintable(r->error.message));
}

void TstKServeClient::badJsonAndNoOutputs()
{
    KServeClient client(settings(m_server));
    const auto bad = infer(client, QStringLiteral("badjson"), {QStringLiteral("x")});
    QVERIFY(bad);
    QCOMPARE(bad->error.kind, KServeErrorKind::BadResponse);
    QVERIFY2(bad->error.message.contains(QStringLiteral("not valid JSON")), qPrintable(bad->error.message));
    const auto none = infer(client, QStringLiteral("nooutputs"), {QStringLiteral("x")});
    QVERIFY(none);
    QCOMPARE(none->error.kind, KServeErrorKind::BadResponse);
    QVERIFY2(none->error.message.contains(QStringLiteral("no outputs")), qPrintable(none->error.message));
}

void TstKServeClient::serverError()
{
    KServeClient client(settings(m_server));
    const auto r = infer(client, QStringLiteral("broken"), {QStringLiteral("x")});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::HttpStatus);
    QCOMPARE(r->error.httpStatus, 503);
    QVERIFY2(r->error.serverMessage.startsWith(QStringLiteral("standin_fault:")), qPrintable(r->error.serverMessage));
    QVERIFY2(r->error.message.contains(QStringLiteral("answered HTTP 503")), qPrintable(r->error.message));
    QVERIFY(r->error.message.contains(r->error.serverMessage));
}

void TstKServeClient::hugeInputRefusedBeforeSending()
{
    const qint64 before = requestsSeen(QStringLiteral("embed"));
    QVERIFY(before >= 0);
    KServeSettings s = settings(m_server);
    s.maxInputBytes = 1000;
    KServeClient client(s);
    const auto r = infer(client, QStringLiteral("embed"), {QString(1001, u'x')});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::InputTooLarge);
    QCOMPARE(r->httpStatus, 0);
    QVERIFY2(r->error.message.contains(QStringLiteral("1001 bytes, over the limit of 1000 bytes")), qPrintable(r->error.message));
    QCOMPARE(requestsSeen(QStringLiteral("embed")), before); // nothing reached the server
    // Exactly at the limit is sent (multi-byte characters counted as UTF-8).
    QVERIFY(infer(client, QStringLiteral("embed"), {QString(500, QChar(0xE9))})->ok());
    QCOMPARE(requestsSeen(QStringLiteral("embed")), before + 1);
}

void TstKServeClient::hugeInputRefusedByServer()
{
    KServeSettings s = settings(m_small);
    s.maxInputBytes = 0; // no limit of our own: the server's 1 MiB applies
    KServeClient client(s);
    const auto r = infer(client, QStringLiteral("embed"), {QString(2 * 1024 * 1024, u'x')});
    QVERIFY(r);
    QCOMPARE(r->error.kind, KServeErrorKind::InputTooLarge);
    QCOMPARE(r->error.httpStatus, 413);
    QVERIFY2(r->error.message.contains(QStringLiteral("refused the input as too large (HTTP 413)")), qPrintable(r->error.message));
}

void TstKServeClient::abortAndContext()
{
    KServeClient client(settings(m_server));
    std::optional<KServeResult<KServeEmbeddings>> out;
    const quint64 id = client.infer(QStringLiteral("slow"), {QStringLiteral("x")}, nullptr, [&](const auto &r) { out = r; });
    QCOMPARE(client.pendingCount(), 1);
    QTest::qWait(50);
    client.abort(id);
    QVERIFY(out);
    QCOMPARE(out->error.kind, KServeErrorKind::Cancelled);
    QCOMPARE(client.pendingCount(), 0);

    // A destroyed context drops the callback; other requests still answer.
    bool called = false;
    auto *context = new QObject;
    client.serverLive(context, [&](const auto &) { called = true; });
    delete context;
    const auto live = await<KServeResult<bool>>([&](auto cb) { client.serverLive(this, cb); });
    QVERIFY(live && live->ok());
    QTest::qWait(50);
    QVERIFY(!called);

    // abortAll() answers every request once, as cancelled.
    int cancelled = 0;
    for (int i = 0; i < 3; ++i)
        client.serverLive(nullptr, [&](const auto &r) { cancelled += r.error.kind == KServeErrorKind::Cancelled; });
    client.abortAll();
    QCOMPARE(cancelled, 3);
    QCOMPARE(client.pendingCount(), 0);
    QTest::qWait(1600); // let the aborted slow request finish on the single-threaded server
}

QTEST_GUILESS_MAIN(TstKServeClient)
#include "tst_kserveclient.moc"
