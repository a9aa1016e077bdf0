#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace roledesk {

// The KServe v2 ("open inference protocol") wire format as Triton speaks it over HTTP: what the
// requests carry and what the answers mean. Pure functions, no network: KServeClient sends and
// receives, these build and check the bodies.

/// Why one request to an inference server failed; None when it did not.
enum class KServeErrorKind {
    None,
    Unreachable,   ///< connection refused, host not found, no route: nothing answers at the URL
    Network,       ///< another transport failure (connection closed mid-answer, TLS...)
    Timeout,       ///< no complete answer within the configured time
    Forbidden,     ///< HTTP 403: a restricted API and the required header missing or wrong
    ModelNotReady, ///< the model is unknown to the server or not loaded
    InputTooLarge, ///< refused before sending (over the client's limit), or HTTP 413
    HttpStatus,    ///< any other HTTP error status; the server's {"error"} text is kept
    BadResponse,   ///< the answer is not what the protocol promises: bad JSON, wrong datatype or shape
    Cancelled,     ///< abort() or abortAll() ended it
};

/// One failed request, as a value: the kind, the HTTP status (0 when none came), the server's own
/// {"error": ...} text, and a translated sentence naming the URL or model and the cause.
struct KServeError {
    KServeErrorKind kind = KServeErrorKind::None;
    int httpStatus = 0;
    QString serverMessage; ///< the server's {"error"} text, verbatim; may be empty
    QString message;       ///< the whole explanation for people (translated)

    bool isNull() const { return kind == KServeErrorKind::None; }
};

/// What every answer carries, successful or not.
struct KServeOutcome {
    QUrl url;               ///< the endpoint asked
    int httpStatus = 0;     ///< 0 when no HTTP answer came
    double latencyMs = 0.0; ///< from sending the request to the parsed answer (or the failure)
    QString reason;         ///< a readiness "no": the server's {"error"} text, if it sent one
    KServeError error;

    bool ok() const { return error.isNull(); }
};

/// An answer with its data; \c value is meaningful only when ok().
template <typename T>
struct KServeResult : KServeOutcome {
    T value{};
};

/// One input or output tensor as model metadata describes it.
struct KServeTensorSpec {
    QString name;
    QString datatype;    ///< BYTES, FP32, INT64...
    QList<qint64> shape; ///< -1 for a variable dimension

    bool operator==(const KServeTensorSpec &) const = default;
};

/// GET /v2: who the server is.
struct KServeServerMetadata {
    QString name;
    QString version;
    QStringList extensions;
};

/// GET /v2/models/{m}.
struct KServeModelMetadata {
    QString name;
    QStringList versions;
    QString platform;     ///< "onnxruntime_onnx"...
    QList<KServeTensorSpec> inputs;
    QList<KServeTensorSpec> outputs;
};

/// GET /v2/models/{m}/stats: one entry per model version the server reports.
struct KServeModelStats {
    QString name;
    QString version;
    QDateTime lastInference;  ///< invalid when never used
    qint64 inferenceCount = 0;
    qint64 executionCount = 0;
    qint64 successCount = 0;
    qint64 successNs = 0;     ///< total time of the successful requests
    qint64 failCount = 0;
    qint64 failNs = 0;
    qint64 queueNs = 0;
    qint64 computeInferNs = 0;
    QJsonObject raw;          ///< the whole entry, for details this struct leaves out

    /// Mean time of a successful request in ms; 0 when there was none.
    double meanSuccessMs() const { return successCount > 0 ? double(successNs) / double(successCount) / 1e6 : 0.0; }
};

/// One row of POST /v2/repository/index.
struct KServeRepositoryModel {
    QString name;
    QString version;
    QString state;   ///< READY, UNAVAILABLE, LOADING... (empty: never loaded)
    QString reason;
};

/// The embeddings an infer call returned: \c rows vectors of \c dimension values, row-major.
struct KServeEmbeddings {
    QString modelName;
    QString modelVersion;
    QString outputName;
    int rows = 0;
    int dimension = 0;
    QList<float> values; ///< rows * dimension values

    /// Values of row \a row (a copy).
    QList<float> row(int row) const { return values.mid(qsizetype(row) * dimension, dimension); }
    const float *rowData(int row) const { return values.constData() + qsizetype(row) * dimension; }
};

/// Builds and checks KServe v2 bodies. Problems come back as translated sentences without the
/// URL; KServeClient puts the URL and the model in front of them.
class KServeProtocol {
    Q_DECLARE_TR_FUNCTIONS(roledesk::KServeProtocol)
public:
    /// The name of the text input RoleDesk sends (and the compat extension sends) by default.
    static QString defaultInputName() { return QStringLiteral("TEXT"); }

    /// {"inputs":[{"name":inputName,"shape":[n],"datatype":"BYTES","data":[texts...]}]}, compact.
    static QByteArray inferRequestBody(const QStringList &texts, const QString &inputName = defaultInputName());

    /// Size in bytes that \a texts take as UTF-8, what a maximum input size is checked against.
    static qint64 inputBytes(const QStringList &texts);

    /// The {"error": "..."} text of an error answer; empty when \a body has none.
    static QString errorText(const QByteArray &body);

    /// Checks an infer answer and takes its first FP32 output: datatype FP32, shape [rows, dim]
    /// with rows == \a expectedRows and dim > 0, rows * dim values (flat, or nested as rows), every
    /// one a finite number. False with \a problem naming what was expected and what came.
    static bool parseEmbeddings(const QByteArray &body, int expectedRows, KServeEmbeddings *out, QString *problem);

    static bool parseServerMetadata(const QByteArray &body, KServeServerMetadata *out, QString *problem);
    static bool parseModelMetadata(const QByteArray &body, KServeModelMetadata *out, QString *problem);
    static bool parseModelStats(const QByteArray &body, QList<KServeModelStats> *out, QString *problem);
    static bool parseRepositoryIndex(const QByteArray &body, QList<KServeRepositoryModel> *out, QString *problem);

    /// "[1, 384]": a shape as people read it.
    static QString shapeText(const QList<qint64> &shape);
};

} // namespace roledesk
