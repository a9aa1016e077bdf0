#include "inference/kserveclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace roledesk {

namespace {

bool isReachabilityError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError: // the TCP connect itself timed out
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

/// A 4xx/5xx answer about a model that says the server does not have it ready: Triton answers 400
/// "Request for unknown model: 'm' is not found" or "... has no available versions", others 404.
bool saysModelNotReady(int status, const QString &serverText)
{
    static const QRegularExpression pattern(
        QStringLiteral("unknown model|not found|not ready|not loaded|unavailable|no available version|is not served"),
        QRegularExpression::CaseInsensitiveOption);
    if (status == 404)
        return true;
    return (status == 400 || status == 409 || status == 503) && pattern.match(serverText).hasMatch();
}

QString base(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

} // namespace

bool KServeSettings::setHeader(const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString name = spec.left(colon).trimmed();
    if (name.isEmpty() || name.contains(u' '))
        return false;
    headerName = name.toLatin1();
    headerValue = spec.mid(colon + 1).trimmed().toUtf8();
    return true;
}

KServeClient::KServeClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

KServeClient::KServeClient(const KServeSettings &settings, QObject *parent) : KServeClient(parent)
{
    m_settings = settings;
}

KServeClient::~KServeClient()
{
    // No callbacks into a half-destroyed client: replies are cut loose and aborted silently.
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids) {
        const QPointer<QNetworkReply> reply = m_pending.value(id).reply;
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_pending.clear();
}

QUrl KServeClient::endpoint(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::TolerantMode);
    return url;
}

QString KServeClient::modelPath(const QString &model, const QString &tail)
{
    return QStringLiteral("/v2/models/") + QString::fromLatin1(QUrl::toPercentEncoding(model)) + tail;
}

quint64 KServeClient::refuse(const QUrl &url, const KServeError &error, QObject *context, Handler handler)
{
    const quint64 id = m_nextId++;
    auto exchange = std::make_shared<Exchange>();
    exchange->url = url;
    exchange->error = error;
    exchange->timer.start();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // Asynchronous like every answer, so callers never see their callback run inside the call.
    QTimer::singleShot(0, this, [exchange, guard, hasContext, handler = std::move(handler)] {
        if (hasContext && !guard)
            return;
        handler(*exchange);
    });
    return id;
}

quint64 KServeClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Subject &subject,
                           QObject *context, Handler handler)
{
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.host().isEmpty()) {
        KServeError e;
        e.kind = KServeErrorKind::Unreachable;
        e.message = tr("no inference server URL is configured (\"%1\" is not a URL with a host)")
                        .arg(m_settings.baseUrl.toDisplayString());
        return refuse(m_settings.baseUrl, e, context, std::move(handler));
    }
    const quint64 id = m_nextId++;
    QNetworkRequest request(endpoint(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_settings.headerName.isEmpty())
        request.setRawHeader(m_settings.headerName, m_settings.headerValue);

    auto exchange = std::make_shared<Exchange>();
    exchange->url = request.url();
    exchange->timer.start();
    QNetworkReply *reply = verb == "GET" ? m_network->get(request) : m_network->post(request, body);
    m_pending.insert(id, Pending{reply, false, false});

    if (m_settings.timeoutMs > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        // A coarse timer may fire up to 5% early; the promise is "no answer within N ms".
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, id] {
            const auto it = m_pending.find(id);
            if (it == m_pending.end() || !it->reply)
                return;
            it->timedOut = true;
            QNetworkReply *r = it->reply;
            r->abort(); // finishes the reply synchronously; `it` is gone afterwards
        });
        timer->start(m_settings.timeoutMs);
    }

    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply, subject, exchange, guard, hasContext, handler = std::move(handler)] {
                finish(id, reply, subject, *exchange);
                if (hasContext && !guard)
                    return;
                handler(*exchange);
            });
    return id;
}

void KServeClient::finish(quint64 id, QNetworkReply *reply, const Subject &subject, Exchange &exchange)
{
    const Pending pending = m_pending.take(id);
    reply->deleteLater();
    exchange.httpStatus = pending.timedOut || pending.cancelled
        ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exchange.httpStatus == 0) { // an aborted reply is closed: nothing to read
        exchange.error = transportError(reply, pending, exchange.url);
        return;
    }
    exchange.body = reply->readAll();
    if (exchange.httpStatus >= 200 && exchange.httpStatus < 300)
        return;
    // A readiness "no" is an answer, not an error.
    if (subject.readiness && exchange.httpStatus >= 400 && exchange.httpStatus < 500 && exchange.httpStatus != 403)
        return;
    exchange.error = httpError(exchange.httpStatus, exchange.body, exchange.url, subject);
}

KServeError KServeClient::transportError(QNetworkReply *reply, const Pending &pending, const QUrl &url) const
{
    KServeError e;
    if (pending.cancelled) {
        e.kind = KServeErrorKind::Cancelled;
        e.message = tr("the request to %1 was cancelled").arg(url.toDisplayString());
    } else if (pending.timedOut) {
        e.kind = KServeErrorKind::Timeout;
        e.message = tr("no answer within %1 ms from the inference server at %2 (%3)")
                        .arg(m_settings.timeoutMs)
                        .arg(base(url), url.path());
    } else if (isReachabilityError(reply->error())) {
        e.kind = KServeErrorKind::Unreachable;
        e.message = tr("inference server at %1 is not reachable: %2").arg(base(url), reply->errorString());
    } else {
        e.kind = KServeErrorKind::Network;
        e.message = tr("the connection to the inference server at %1 failed before a complete answer (%2): %3")
                        .arg(base(url), url.path(), reply->errorString());
    }
    return e;
}

KServeError KServeClient::httpError(int status, const QByteArray &body, const QUrl &url, const Subject &subject) const
{
    KServeError e;
    e.httpStatus = status;
    e.serverMessage = KServeProtocol::errorText(body);
    if (e.serverMessage.isEmpty() && !body.isEmpty() && body.size() < 500)
        e.serverMessage = QString::fromUtf8(body).trimmed();
    const QString said = e.serverMessage.isEmpty() ? tr("(no error text)") : e.serverMessage;
    const QString where = url.toDisplayString();
    if (status == 403) {
        e.kind = KServeErrorKind::Forbidden;
        e.message = m_settings.headerName.isEmpty()
            ? tr("restricted API: the server requires a header for %1 (HTTP 403) and none is configured; "
                 "the server said: %2")
                  .arg(where, said)
            : tr("restricted API: the server refused %1 (HTTP 403) with the header %2 that was sent; "
                 "the server said: %3")
                  .arg(where, QString::fromLatin1(m_settings.headerName), said);
    } else if (status == 413) {
        e.kind = KServeErrorKind::InputTooLarge;
        e.message = tr("the inference server at %1 refused the input as too large (HTTP 413): %2").arg(where, said);
    } else if (!subject.model.isEmpty() && saysModelNotReady(status, e.serverMessage)) {
        e.kind = KServeErrorKind::ModelNotReady;
        e.message = tr("model \"%1\" is not loaded on the inference server at %2 (HTTP %3): %4")
                        .arg(subject.model, base(url))
                        .arg(status)
                        .arg(said);
    } else {
        e.kind = KServeErrorKind::HttpStatus;
        e.message = tr("the inference server at %1 answered HTTP %2 to %3: %4").arg(base(url)).arg(status).arg(subject.action, said);
    }
    return e;
}

template <typename T, typename Parse>
KServeClient::Handler KServeClient::typed(Callback<T> callback, QString model, Parse parse)
{
    return [callback = std::move(callback), model = std::move(model), parse](Exchange &x) {
        KServeResult<T> r;
        r.url = x.url;
        r.httpStatus = x.httpStatus;
        r.error = x.error;
        if (r.error.isNull()) {
            QString problem;
            if (!parse(x, &r.value, &r.reason, &problem)) {
                r.error.kind = KServeErrorKind::BadResponse;
                r.error.httpStatus = x.httpStatus;
                r.error.message = model.isEmpty()
                    ? tr("unexpected answer from %1: %2").arg(x.url.toDisplayString(), problem)
                    : tr("unexpected answer from model \"%1\" at %2: %3")
                          .arg(model, x.url.toDisplayString(), problem);
            }
        }
        r.latencyMs = double(x.timer.nsecsElapsed()) / 1e6;
        callback(r);
    };
}

bool KServeClient::readiness(Exchange &x, bool *ready, QString *reason, QString *)
{
    *ready = x.httpStatus >= 200 && x.httpStatus < 300;
    if (!*ready)
        *reason = KServeProtocol::errorText(x.body);
    return true;
}

quint64 KServeClient::serverLive(QObject *context, Callback<bool> callback)
{
    return send("GET", QStringLiteral("/v2/health/live"), {}, {{}, tr("the liveness check"), true}, context,
                typed<bool>(std::move(callback), {}, readiness));
}

quint64 KServeClient::serverReady(QObject *context, Callback<bool> callback)
{
    return send("GET", QStringLiteral("/v2/health/ready"), {}, {{}, tr("the readiness check"), true}, context,
                typed<bool>(std::move(callback), {}, readiness));
}

quint64 KServeClient::serverMetadata(QObject *context, Callback<KServeServerMetadata> callback)
{
    return send("GET", QStringLiteral("/v2"), {}, {{}, tr("the server metadata request"), false}, context,
                typed<KServeServerMetadata>(std::move(callback), {},
                    [](Exchange &x, KServeServerMetadata *v, QString *, QString *problem) {
                        return KServeProtocol::parseServerMetadata(x.body, v, problem);
                    }));
}

quint64 KServeClient::modelReady(const QString &model, QObject *context, Callback<bool> callback)
{
    return send("GET", modelPath(model, QStringLiteral("/ready")), {},
                {model, tr("the readiness check of model \"%1\"").arg(model), true}, context,
                typed<bool>(std::move(callback), model, readiness));
}

quint64 KServeClient::modelMetadata(const QString &model, QObject *context, Callback<KServeModelMetadata> callback)
{
    return send("GET", modelPath(model, {}), {}, {model, tr("the metadata request of model \"%1\"").arg(model), false},
                context,
                typed<KServeModelMetadata>(std::move(callback), model,
                    [](Exchange &x, KServeModelMetadata *v, QString *, QString *problem) {
                        return KServeProtocol::parseModelMetadata(x.body, v, problem);
                    }));
}

quint64 KServeClient::modelStats(const QString &model, QObject *context, Callback<QList<KServeModelStats>> callback)
{
    return send("GET", modelPath(model, QStringLiteral("/stats")), {},
                {model, tr("the statistics request of model \"%1\"").arg(model), false}, context,
                typed<QList<KServeModelStats>>(std::move(callback), model,
                    [](Exchange &x, QList<KServeModelStats> *v, QString *, QString *problem) {
                        return KServeProtocol::parseModelStats(x.body, v, problem);
                    }));
}

quint64 KServeClient::infer(const QString &model, const QStringList &texts, QObject *context,
                            Callback<KServeEmbeddings> callback)
{
    const int rows = int(texts.size());
    Handler handler = typed<KServeEmbeddings>(std::move(callback), model,
        [rows](Exchange &x, KServeEmbeddings *v, QString *, QString *problem) {
            return KServeProtocol::parseEmbeddings(x.body, rows, v, problem);
        });
    const QString path = modelPath(model, QStringLiteral("/infer"));
    const qint64 bytes = KServeProtocol::inputBytes(texts);
    if (m_settings.maxInputBytes > 0 && bytes > m_settings.maxInputBytes) {
        KServeError e;
        e.kind = KServeErrorKind::InputTooLarge;
        e.message = tr("the input is %1 bytes, over the limit of %2 bytes: not sent to model \"%3\" at %4")
                        .arg(bytes)
                        .arg(m_settings.maxInputBytes)
                        .arg(model, base(m_settings.baseUrl));
        return refuse(endpoint(path), e, context, std::move(handler));
    }
    return send("POST", path, KServeProtocol::inferRequestBody(texts, m_settings.inputName),
                {model, tr("the inference with model \"%1\"").arg(model), false}, context, std::move(handler));
}

quint64 KServeClient::repositoryIndex(QObject *context, Callback<QList<KServeRepositoryModel>> callback)
{
    return send("POST", QStringLiteral("/v2/repository/index"), QByteArrayLiteral("{}"),
                {{}, tr("the repository index request"), false}, context,
                typed<QList<KServeRepositoryModel>>(std::move(callback), {},
                    [](Exchange &x, QList<KServeRepositoryModel> *v, QString *, QString *problem) {
                        return KServeProtocol::parseRepositoryIndex(x.body, v, problem);
                    }));
}

quint64 KServeClient::loadModel(const QString &model, QObject *context, DoneCallback callback)
{
    return send("POST", QStringLiteral("/v2/repository/models/") + QString::fromLatin1(QUrl::toPercentEncoding(model))
                    + QStringLiteral("/load"),
                QByteArrayLiteral("{}"), {{}, tr("loading model \"%1\"").arg(model), false}, context,
                typed<bool>([callback = std::move(callback)](const KServeResult<bool> &r) { callback(r); }, model,
                            [](Exchange &, bool *done, QString *, QString *) { return *done = true; }));
}

quint64 KServeClient::unloadModel(const QString &model, QObject *context, DoneCallback callback)
{
    return send("POST", QStringLiteral("/v2/repository/models/") + QString::fromLatin1(QUrl::toPercentEncoding(model))
                    + QStringLiteral("/unload"),
                QByteArrayLiteral("{}"), {{}, tr("unloading model \"%1\"").arg(model), false}, context,
                typed<bool>([callback = std::move(callback)](const KServeResult<bool> &r) { callback(r); }, model,
                            [](Exchange &, bool *done, QString *, QString *) { return *done = true; }));
}

void KServeClient::abort(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply)
        return;
    it->cancelled = true;
    QNetworkReply *reply = it->reply;
    reply->abort(); // finishes synchronously; `it` is gone afterwards
}

void KServeClient::abortAll()
{
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        abort(id);
}

} // namespace roledesk
