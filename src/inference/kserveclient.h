#pragma once

#include "inference/kserveprotocol.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace roledesk {

/// How a KServeClient reaches its server.
struct KServeSettings {
    QUrl baseUrl;                 ///< http://host:port (a path prefix is kept: http://h/triton)
    int timeoutMs = 10000;        ///< per request, from sending to the complete answer; <= 0: none
    QByteArray headerName;        ///< restricted-API header sent with every request (empty: none)
    QByteArray headerValue;
    qint64 maxInputBytes = 1 << 20; ///< infer() refuses texts larger than this (UTF-8) before sending; <= 0: no limit
    QString inputName = KServeProtocol::defaultInputName(); ///< the model's text input

    /// Parses "NAME:VALUE" (spaces around VALUE trimmed) into the header fields; false when
    /// \a spec has no name or no colon.
    bool setHeader(const QString &spec);
};

/// An asynchronous KServe v2 (Triton) client over HTTP, on QNetworkAccessManager: it never blocks,
/// so the GUI thread and a CLI event loop can both use it. It lives on the thread that created it.
///
/// Every call sends one request and returns its id at once; \a callback then runs exactly once,
/// on this object's thread, with the result: the data when ok(), else a KServeError whose message
/// names the URL or model and the cause (not reachable, no answer within N ms, restricted API,
/// model not loaded, HTTP status with the server's text, bad JSON, wrong datatype or shape).
/// Latency is measured per request, from sending to the parsed answer. When \a context is given
/// and destroyed before the answer, the callback is dropped; destroying the client aborts what is
/// in flight without calling back. A text-embedding model takes one BYTES input (settings'
/// inputName, "TEXT") and answers one FP32 output of shape [n, dim], as pgx_inference's models do.
class KServeClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const KServeResult<T> &)>;
    /// For calls without data (load, unload).
    using DoneCallback = std::function<void(const KServeOutcome &)>;

    explicit KServeClient(QObject *parent = nullptr);
    explicit KServeClient(const KServeSettings &settings, QObject *parent = nullptr);
    ~KServeClient() override;

    /// Takes effect for requests sent afterwards.
    void setSettings(const KServeSettings &settings) { m_settings = settings; }
    const KServeSettings &settings() const { return m_settings; }

    /// GET /v2/health/live and /v2/health/ready: true on 200, false on another 4xx (the protocol's
    /// "no"); errors only when no usable answer came (or 403).
    quint64 serverLive(QObject *context, Callback<bool> callback);
    quint64 serverReady(QObject *context, Callback<bool> callback);
    /// GET /v2: server name, version and protocol extensions.
    quint64 serverMetadata(QObject *context, Callback<KServeServerMetadata> callback);
    /// GET /v2/models/{model}/ready: true on 200, false on 4xx (not loaded, unknown model), with
    /// the server's reason, if it gave one, in KServeOutcome::reason.
    quint64 modelReady(const QString &model, QObject *context, Callback<bool> callback);
    /// GET /v2/models/{model}.
    quint64 modelMetadata(const QString &model, QObject *context, Callback<KServeModelMetadata> callback);
    /// GET /v2/models/{model}/stats.
    quint64 modelStats(const QString &model, QObject *context, Callback<QList<KServeModelStats>> callback);
    /// POST /v2/models/{model}/infer with \a texts as one BYTES input of shape [n]; the answer is
    /// checked (FP32, shape [n, dim], n * dim finite values). Texts over maxInputBytes are refused
    /// without sending (InputTooLarge, reported asynchronously like every other answer).
    quint64 infer(const QString &model, const QStringList &texts, QObject *context,
                  Callback<KServeEmbeddings> callback);
    /// POST /v2/repository/index: every model in the repository with its state.
    quint64 repositoryIndex(QObject *context, Callback<QList<KServeRepositoryModel>> callback);
    /// POST /v2/repository/models/{model}/load and /unload (restricted APIs on most servers).
    quint64 loadModel(const QString &model, QObject *context, DoneCallback callback);
    quint64 unloadModel(const QString &model, QObject *context, DoneCallback callback);

    /// Ends request \a id: its callback runs with a Cancelled error (unless it already ran).
    void abort(quint64 id);
    /// Ends every request in flight the same way.
    void abortAll();
    /// Requests sent and not yet answered.
    int pendingCount() const { return int(m_pending.size()); }

    /// The URL of \a path ("/v2/health/ready") under the base URL.
    QUrl endpoint(const QString &path) const;

private:
    /// What one finished HTTP exchange left, before the endpoint's own parsing.
    struct Exchange {
        QUrl url;
        int httpStatus = 0;
        QByteArray body;
        KServeError error;  ///< transport, timeout, cancel, 403 and other HTTP errors
        QElapsedTimer timer; ///< started just before sending
    };
    using Handler = std::function<void(Exchange &)>;
    /// Which request this is, for the messages: the model it concerns, if any, and what it does.
    struct Subject {
        QString model;
        QString action; ///< "inference", "metadata request"... (translated)
        bool readiness = false; ///< a 4xx answer means "no", not an error
    };
    struct Pending {
        QPointer<QNetworkReply> reply;
        bool timedOut = false;
        bool cancelled = false;
    };

    quint64 send(const QByteArray &verb, const QString &path, const QByteArray &body, const Subject &subject,
                 QObject *context, Handler handler);
    /// Runs \a handler asynchronously with \a error, without sending anything.
    quint64 refuse(const QUrl &url, const KServeError &error, QObject *context, Handler handler);
    void finish(quint64 id, QNetworkReply *reply, const Subject &subject, Exchange &exchange);
    KServeError transportError(QNetworkReply *reply, const Pending &pending, const QUrl &url) const;
    KServeError httpError(int status, const QByteArray &body, const QUrl &url, const Subject &subject) const;
    /// Turns a finished exchange into a typed result: \a parse(exchange, &value, &reason, &problem)
    /// runs only when the exchange succeeded; a problem becomes a BadResponse naming model or URL.
    template <typename T, typename Parse>
    static Handler typed(Callback<T> callback, QString model, Parse parse);
    /// A readiness answer: 2xx is yes, 4xx is no (with the server's reason).
    static bool readiness(Exchange &x, bool *ready, QString *reason, QString *problem);
    static QString modelPath(const QString &model, const QString &tail);

    QNetworkAccessManager *m_network = nullptr;
    KServeSettings m_settings;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace roledesk
