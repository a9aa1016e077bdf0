#include "kservestandin.h"

#include "hashembedding.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QThread>

#include <cstdio>
#include <utility>

namespace roledesk::standin {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse error(const QString &message, int status = 400)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, static_cast<Status>(status));
}

QString shapeText(const QJsonArray &shape)
{
    QStringList parts;
    for (const QJsonValue &v : shape)
        parts << (v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString());
    return u'[' + parts.join(u',') + u']';
}

QJsonObject countNs(qint64 count, qint64 ns)
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("ns"), ns}};
}

// Strings of a (possibly nested, row-major) data array; false when an element is not a string.
bool flattenStrings(const QJsonArray &data, QStringList *out)
{
    for (const QJsonValue &v : data) {
        if (v.isArray()) {
            if (!flattenStrings(v.toArray(), out))
                return false;
        } else if (v.isString()) {
            *out << v.toString();
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ApiCategory> apiCategoryFromName(QStringView name)
{
    if (name == u"health")
        return ApiCategory::Health;
    if (name == u"metadata")
        return ApiCategory::Metadata;
    if (name == u"inference")
        return ApiCategory::Inference;
    if (name == u"model-repository")
        return ApiCategory::ModelRepository;
    if (name == u"statistics")
        return ApiCategory::Statistics;
    return std::nullopt;
}

KServeStandin::KServeStandin(StandinOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_repository(m_options.repository)
{
    addRoutes();
}

quint16 KServeStandin::listen(const QHostAddress &address, quint16 port, QString *errorText)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        *errorText = QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port);
    return bound;
}

QStringList KServeStandin::loadModels(const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        if (name == u"*") {
            for (const IndexEntry &e : m_repository.index())
                wanted << e.name;
        } else {
            wanted << name;
        }
    }
    QStringList failures;
    for (const QString &name : std::as_const(wanted)) {
        QString why;
        if (!m_repository.load(name, &why))
            failures << why;
    }
    return failures;
}

void KServeStandin::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto empty200 = [] { return QHttpServerResponse(Status::Ok); };

    m_server.route(QStringLiteral("/v2/health/live"), Method::Get, [=, this](const QHttpServerRequest &r) {
        return serve(ApiCategory::Health, r, empty200);
    });
    m_server.route(QStringLiteral("/v2/health/ready"), Method::Get, [=, this](const QHttpServerRequest &r) {
        return serve(ApiCategory::Health, r, empty200);
    });
    m_server.route(QStringLiteral("/v2"), Method::Get, [this](const QHttpServerRequest &r) {
        return serve(ApiCategory::Metadata, r, [this] { return serverMetadata(); });
    });
    m_server.route(QStringLiteral("/v2/models/stats"), Method::Get, [this](const QHttpServerRequest &r) {
        return serve(ApiCategory::Statistics, r, [this] { return modelStats(QString()); });
    });
    m_server.route(QStringLiteral("/v2/models/<arg>"), Method::Get,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::Metadata, r, [&] { return modelMetadata(model); });
    });
    m_server.route(QStringLiteral("/v2/models/<arg>/ready"), Method::Get,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::Health, r, [&] { return modelReady(model); });
    });
    m_server.route(QStringLiteral("/v2/models/<arg>/infer"), Method::Post,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::Inference, r, [&] { return infer(model, r); });
    });
    m_server.route(QStringLiteral("/v2/models/<arg>/stats"), Method::Get,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::Statistics, r, [&] { return modelStats(model); });
    });
    m_server.route(QStringLiteral("/v2/repository/index"), Method::Post, [this](const QHttpServerRequest &r) {
        return serve(ApiCategory::ModelRepository, r, [&] { return repositoryIndex(r); });
    });
    m_server.route(QStringLiteral("/v2/repository/models/<arg>/load"), Method::Post,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::ModelRepository, r, [&] { return loadModel(model, r); });
    });
    m_server.route(QStringLiteral("/v2/repository/models/<arg>/unload"), Method::Post,
                   [this](const QString &model, const QHttpServerRequest &r) {
        return serve(ApiCategory::ModelRepository, r, [&] { return unloadModel(model); });
    });
    m_server.setMissingHandler([this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        if (m_options.verbose) {
            std::fprintf(stderr, "%s %s -> 404\n", QMetaEnum::fromType<QHttpServerRequest::Method>()
                             .valueToKey(int(r.method())), qPrintable(r.url().path()));
            std::fflush(stderr);
        }
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("Not Found")}}),
                        Status::NotFound);
    });
}

QHttpServerResponse KServeStandin::serve(ApiCategory category, const QHttpServerRequest &request,
                                         const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    const auto answer = [&]() -> QHttpServerResponse {
        if (!m_options.restrictedHeaderName.isEmpty() && m_options.restricted.contains(category)) {
            bool allowed = false;
            for (const auto &[name, value] : request.headers())
                if (name.compare(m_options.restrictedHeaderName, Qt::CaseInsensitive) == 0
                    && value == m_options.restrictedHeaderValue)
                    allowed = true;
            if (!allowed)
                return error(QStringLiteral("This API is restricted, expecting header '%1'")
                                 .arg(QString::fromLatin1(m_options.restrictedHeaderName)), 403);
        }
        if (request.body().size() > m_options.maxBodyBytes)
            return error(QStringLiteral("request body of %1 bytes is over the limit of %2 bytes")
                             .arg(request.body().size()).arg(m_options.maxBodyBytes), 413);
        return handler();
    };
    QHttpServerResponse response = answer();
    if (m_options.verbose) {
        std::fprintf(stderr, "%s %s -> %d (%.1f ms)\n",
                     QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())),
                     qPrintable(request.url().path()), int(response.statusCode()), timer.nsecsElapsed() / 1e6);
        std::fflush(stderr);
    }
    return response;
}

QHttpServerResponse KServeStandin::serverMetadata() const
{
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("roledesk-kserve-standin")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("extensions"), QJsonArray{QStringLiteral("model_repository"), QStringLiteral("statistics")}},
    });
}

QString KServeStandin::unavailableText(const QString &model) const
{
    return m_repository.known(model)
               ? QStringLiteral("Request for unknown model: '%1' has no available versions").arg(model)
               : QStringLiteral("Request for unknown model: '%1' is not found").arg(model);
}

QHttpServerResponse KServeStandin::unavailable(const QString &model) const
{
    return error(unavailableText(model), m_repository.known(model) ? 400 : 404);
}

QHttpServerResponse KServeStandin::modelMetadata(const QString &model)
{
    const ModelState *s = m_repository.state(model);
    if (!s || !s->loaded)
        return unavailable(model);
    const ModelConfig &c = s->config;
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("name"), model},
        {QStringLiteral("versions"), QJsonArray{s->version}},
        {QStringLiteral("platform"), c.platform},
        {QStringLiteral("inputs"), QJsonArray{QJsonObject{{QStringLiteral("name"), c.inputName},
                                                          {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                                                          {QStringLiteral("shape"), QJsonArray{-1}}}}},
        {QStringLiteral("outputs"), QJsonArray{QJsonObject{{QStringLiteral("name"), c.outputName},
                                                           {QStringLiteral("datatype"), QStringLiteral("FP32")},
                                                           {QStringLiteral("shape"), QJsonArray{-1, c.dimension}}}}},
    });
}

QHttpServerResponse KServeStandin::modelReady(const QString &model)
{
    const ModelState *s = m_repository.state(model);
    if (s && s->loaded)
        return QHttpServerResponse(Status::Ok);
    return error(unavailableText(model), 400); // Triton: 400 for any model that is not ready
}

QHttpServerResponse KServeStandin::infer(const QString &model, const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ModelState *s = m_repository.state(model);
    if (!s || !s->loaded)
        return unavailable(model);
    const ModelConfig &c = s->config;
    const auto fail = [&](const QString &message, int status = 400) {
        ++s->stats.failCount;
        s->stats.failNs += timer.nsecsElapsed();
        return error(message, status);
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("failed to parse the request JSON buffer: %1 at %2")
                        .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("failed to parse the request JSON buffer: not a JSON object"));
    const QJsonObject body = doc.object();
    const QJsonArray inputs = body.value(u"inputs").toArray();
    if (inputs.size() != 1)
        return fail(QStringLiteral("expected 1 inputs but got %1 inputs for model '%2'").arg(inputs.size()).arg(model));
    const QJsonObject input = inputs.first().toObject();
    const QString inputName = input.value(u"name").toString();
    if (inputName != c.inputName)
        return fail(QStringLiteral("unexpected inference input '%1' for model '%2'").arg(inputName, model));
    const QString datatype = input.value(u"datatype").toString();
    if (datatype != u"BYTES")
        return fail(QStringLiteral("inference input '%1' data-type is '%2', but model '%3' expects 'BYTES'")
                        .arg(inputName, datatype, model));
    const QJsonArray shape = input.value(u"shape").toArray();
    if (shape.size() != 1 || !shape.first().isDouble() || shape.first().toDouble() < 0
        || shape.first().toDouble() != double(shape.first().toInteger()))
        return fail(QStringLiteral("unexpected shape for input '%1' for model '%2'. Expected [-1], got %3")
                        .arg(inputName, model, shapeText(shape)));
    if (input.value(u"parameters").toObject().contains(u"binary_data_size"))
        return fail(QStringLiteral("binary tensor data is not supported by the stand-in; send \"data\" as JSON"));
    QStringList texts;
    if (!input.value(u"data").isArray() || !flattenStrings(input.value(u"data").toArray(), &texts))
        return fail(QStringLiteral("unable to parse 'data' of input '%1': expected an array of strings").arg(inputName));
    const qint64 count = shape.first().toInteger();
    if (texts.size() != count)
        return fail(QStringLiteral("unexpected number of string elements %1 for inference input '%2', expecting %3")
                        .arg(texts.size()).arg(inputName).arg(count));
    for (const QJsonValue &o : body.value(u"outputs").toArray()) {
        const QString wanted = o.toObject().value(u"name").toString();
        if (wanted != c.outputName)
            return fail(QStringLiteral("unexpected inference output '%1' for model '%2'").arg(wanted, model));
    }

    const Faults &f = c.faults;
    if (f.delayMs > 0)
        QThread::msleep(ulong(f.delayMs)); // one thread: the whole server is busy, like a saturated GPU
    if (f.errorStatus != 0)
        return fail(QStringLiteral("standin_fault: model '%1' answers %2 on purpose").arg(model).arg(f.errorStatus),
                    f.errorStatus);

    QJsonArray data;
    for (const QString &text : std::as_const(texts)) {
        for (const float x : hashEmbedding(text, c.dimension)) {
            if (f.wrongDatatype)
                data.append(qRound(x * 1000));
            else
                data.append(double(x));
        }
    }
    QJsonObject output{{QStringLiteral("name"), c.outputName},
                       {QStringLiteral("datatype"), f.wrongDatatype ? QStringLiteral("INT32") : QStringLiteral("FP32")},
                       {QStringLiteral("shape"), QJsonArray{count, f.wrongShape ? c.dimension + 1 : c.dimension}},
                       {QStringLiteral("data"), data}};
    QJsonObject response{{QStringLiteral("model_name"), model},
                         {QStringLiteral("model_version"), s->version},
                         {QStringLiteral("outputs"), f.noOutputs ? QJsonArray() : QJsonArray{output}}};
    if (body.contains(u"id"))
        response.insert(QStringLiteral("id"), body.value(u"id"));

    ++s->stats.successCount;
    ++s->stats.executionCount;
    s->stats.inferenceCount += count;
    s->stats.successNs += timer.nsecsElapsed();
    s->stats.lastInferenceMs = QDateTime::currentMSecsSinceEpoch();
    if (f.badJson)
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral("{\"model_name\": \"") + model.toUtf8() + QByteArrayLiteral("\", \"outp"));
    return QHttpServerResponse(response);
}

QHttpServerResponse KServeStandin::repositoryIndex(const QHttpServerRequest &request)
{
    bool readyOnly = false;
    if (!request.body().trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isObject())
            return error(QStringLiteral("failed to parse the request JSON buffer: not a JSON object"));
        readyOnly = doc.object().value(u"ready").toBool();
    }
    QJsonArray rows;
    for (const IndexEntry &e : m_repository.index()) {
        if (readyOnly && !e.ready)
            continue;
        QJsonObject row{{QStringLiteral("name"), e.name},
                        {QStringLiteral("state"), e.ready ? QStringLiteral("READY") : QStringLiteral("UNAVAILABLE")},
                        {QStringLiteral("reason"), e.reason}};
        if (!e.version.isEmpty())
            row.insert(QStringLiteral("version"), e.version);
        rows.append(row);
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse KServeStandin::loadModel(const QString &model, const QHttpServerRequest &request)
{
    if (!request.body().trimmed().isEmpty() && !QJsonDocument::fromJson(request.body()).isObject())
        return error(QStringLiteral("failed to parse the request JSON buffer: not a JSON object"));
    QString why;
    if (!m_repository.load(model, &why))
        return error(why);
    return QHttpServerResponse(Status::Ok);
}

QHttpServerResponse KServeStandin::unloadModel(const QString &model)
{
    if (!ModelRepository::validName(model))
        return error(QStringLiteral("failed to unload '%1': not a valid model name").arg(model));
    m_repository.unload(model);
    return QHttpServerResponse(Status::Ok);
}

QHttpServerResponse KServeStandin::modelStats(const QString &model)
{
    QJsonArray stats;
    for (const ModelState &s : m_repository.states()) {
        if (!model.isEmpty() && s.name != model)
            continue;
        const ModelStats &t = s.stats;
        stats.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("last_inference"), t.lastInferenceMs},
            {QStringLiteral("inference_count"), t.inferenceCount},
            {QStringLiteral("execution_count"), t.executionCount},
            {QStringLiteral("inference_stats"),
             QJsonObject{{QStringLiteral("success"), countNs(t.successCount, t.successNs)},
                         {QStringLiteral("fail"), countNs(t.failCount, t.failNs)},
                         {QStringLiteral("queue"), countNs(t.successCount, 0)},
                         {QStringLiteral("compute_input"), countNs(t.successCount, 0)},
                         {QStringLiteral("compute_infer"), countNs(t.successCount, t.successNs)},
                         {QStringLiteral("compute_output"), countNs(t.successCount, 0)},
                         {QStringLiteral("cache_hit"), countNs(0, 0)},
                         {QStringLiteral("cache_miss"), countNs(0, 0)}}},
            {QStringLiteral("batch_stats"), QJsonArray()},
        });
    }
    if (!model.isEmpty() && stats.isEmpty())
        return unavailable(model);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("model_stats"), stats}});
}

} // namespace roledesk::standin
