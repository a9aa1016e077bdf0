// roledesk-cli infer: one test inference (or --repeat N of them), through the database as a
// chosen role, or straight to the inference server.
#include "cliapp.h"
#include "clioutput.h"

#include "catalog/modelcatalog.h"
#include "inference/kserveclient.h"
#include "inference/latencystats.h"
#include "inference/sqlinference.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace roledesk {

namespace {

using cli::errorText;
using cli::printTo;
using cli::programName;

/// What one run gave, whichever way it went.
struct Run {
    bool ok = false;
    VectorSummary summary;
    double latencyMs = 0.0;
    QString error;       ///< the whole message, for people
    QJsonObject details; ///< machine-readable error parts (JSON output)
};

/// The inputs of an infer command once parsed.
struct InferSettings {
    QString model;
    QString text;
    QString role;
    bool viaServer = false;
    int repeat = 1;
    int timeoutMs = 0;
    bool json = false;
    KServeSettings server;
    bool serverUrlGiven = false;
};

QJsonArray toJson(const QList<float> &values)
{
    QJsonArray a;
    for (float v : values)
        a.append(double(v));
    return a;
}

/// Runs \a settings.repeat inferences straight to the server, one after the other, in a local
/// event loop; stops at the first failure.
QList<Run> inferOnServer(const InferSettings &settings)
{
    KServeClient client(settings.server);
    QList<Run> runs;
    for (int i = 0; i < settings.repeat; ++i) {
        QEventLoop loop;
        Run run;
        client.infer(settings.model, {settings.text}, &loop, [&](const KServeResult<KServeEmbeddings> &r) {
            run.latencyMs = r.latencyMs;
            if (r.ok()) {
                run.ok = true;
                run.summary = VectorSummary::of(r.value.rowData(0), r.value.dimension);
            } else {
                run.error = r.error.message;
                run.details = {{QStringLiteral("message"), r.error.message},
                               {QStringLiteral("http_status"), r.error.httpStatus},
                               {QStringLiteral("server_message"), r.error.serverMessage}};
            }
            loop.quit();
        });
        loop.exec();
        runs.append(run);
        if (!run.ok)
            break;
    }
    return runs;
}

QString stageName(SqlInferenceResult::Stage stage)
{
    switch (stage) {
    case SqlInferenceResult::Stage::Connect: return QStringLiteral("connect");
    case SqlInferenceResult::Stage::Begin: return QStringLiteral("begin");
    case SqlInferenceResult::Stage::SetRole: return QStringLiteral("set_role");
    case SqlInferenceResult::Stage::Call: return QStringLiteral("call");
    case SqlInferenceResult::Stage::Result: return QStringLiteral("result");
    case SqlInferenceResult::Stage::Done: return QStringLiteral("done");
    }
    return {};
}

/// Runs the inferences through the database; the request is complete (function known).
QList<Run> inferInDatabase(pg::Connection &conn, const SqlInferenceRequest &request, int repeat)
{
    QList<Run> runs;
    for (int i = 0; i < repeat; ++i) {
        const SqlInferenceResult r = SqlInference::run(conn, request);
        Run run;
        run.latencyMs = r.latencyMs;
        run.ok = r.ok();
        run.summary = r.summary;
        if (!r.ok()) {
            run.error = r.describe(request);
            run.details = {{QStringLiteral("message"), r.error.message},
                           {QStringLiteral("sqlstate"), r.error.sqlstate},
                           {QStringLiteral("detail"), r.error.detail},
                           {QStringLiteral("hint"), r.error.hint},
                           {QStringLiteral("stage"), stageName(r.stage)},
                           {QStringLiteral("permission_denied"), r.permissionDenied()}};
        }
        runs.append(run);
        if (!run.ok)
            break;
    }
    return runs;
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 3);
}

} // namespace

ExitCode CliApp::runInfer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Run a test inference with one model and show the vector's dimension, first values and norm, "
        "and the latency; or the exact permission or server error. Through the database (default), the "
        "model's function pgx_inference.pgx_embedding_<id>(text) is called inside a transaction that is "
        "rolled back, optionally as another role (SET LOCAL ROLE: the login must be a superuser or a "
        "member of it); this proves the privilege too. With --via server the request goes straight to "
        "the KServe v2 inference server (Triton)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dsn = dsnOption();
    const QCommandLineOption model(QStringLiteral("model"), tr("The model's name (required)."), QStringLiteral("NAME"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The input text (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), tr("Run as this role (database only)."), QStringLiteral("ROLE"));
    const QCommandLineOption via(QStringLiteral("via"), tr("database (default) or server."), QStringLiteral("WAY"),
                                 QStringLiteral("database"));
    const QCommandLineOption server(QStringLiteral("server"),
        tr("The inference server's URL (http://host:port) for --via server. Without it, the database's "
           "pgx_inference.triton_url setting is used (and pgx_inference.triton_restricted_header)."),
        QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
        tr("Give up after this many ms per inference (server: the HTTP request; database: the statement, "
           "and pgx_inference_ce's call to the server). Default: 10000 for the server, none for the database."),
        QStringLiteral("MS"));
    const QCommandLineOption header(QStringLiteral("header"),
        tr("A header for the server's restricted APIs (--via server)."), QStringLiteral("NAME:VALUE"));
    const QCommandLineOption maxInput(QStringLiteral("max-input-bytes"),
        tr("Refuse larger input texts before sending (--via server; default 1048576, 0: no limit)."),
        QStringLiteral("BYTES"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        tr("Run N times and print latency statistics (min, median, p95, max, mean)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        tr("Output format: text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({help, dsn, model, text, as, via, server, timeout, header, maxInput, repeat, format});

    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("infer")))
        return *stop;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("infer"), message); };

    InferSettings s;
    s.model = parser.value(model);
    s.text = parser.value(text);
    s.role = parser.value(as);
    if (s.model.isEmpty())
        return usage(tr("--model NAME is required"));
    if (!parser.isSet(text))
        return usage(tr("--text TEXT is required"));
    const QString way = parser.value(via);
    if (way != u"database" && way != u"server")
        return usage(tr("unknown --via \"%1\" (expected database or server)").arg(way));
    s.viaServer = way == u"server";
    bool ok = true;
    s.repeat = parser.value(repeat).toInt(&ok);
    if (!ok || s.repeat < 1)
        return usage(tr("--repeat needs a positive number"));
    if (parser.isSet(timeout)) {
        s.timeoutMs = parser.value(timeout).toInt(&ok);
        if (!ok || s.timeoutMs < 1)
            return usage(tr("--timeout-ms needs a positive number of milliseconds"));
    }
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return usage(tr("unknown format \"%1\" (expected text or json)").arg(fmt));
    s.json = fmt == u"json";
    if (s.viaServer && !s.role.isEmpty())
        return usage(tr("--as needs --via database: the inference server knows no database roles"));
    if (!s.viaServer && (parser.isSet(server) || parser.isSet(header) || parser.isSet(maxInput)))
        return usage(tr("--server, --header and --max-input-bytes need --via server"));
    if (parser.isSet(header) && !s.server.setHeader(parser.value(header)))
        return usage(tr("--header needs NAME:VALUE, not \"%1\"").arg(parser.value(header)));
    if (parser.isSet(maxInput)) {
        s.server.maxInputBytes = parser.value(maxInput).toLongLong(&ok);
        if (!ok || s.server.maxInputBytes < 0)
            return usage(tr("--max-input-bytes needs a number of bytes"));
    }
    if (s.timeoutMs > 0)
        s.server.timeoutMs = s.timeoutMs;
    if (parser.isSet(server)) {
        s.server.baseUrl = QUrl(parser.value(server));
        s.serverUrlGiven = true;
        if (!s.server.baseUrl.isValid() || s.server.baseUrl.host().isEmpty()
            || !s.server.baseUrl.scheme().startsWith(QLatin1String("http")))
            return usage(tr("--server needs an http:// or https:// URL, not \"%1\"").arg(parser.value(server)));
    }

    // The database: always for --via database, and for --via server to find the server's URL.
    pg::Connection conn;
    SqlInferenceRequest request;
    request.model = s.model;
    request.text = s.text;
    request.asRole = s.role;
    request.statementTimeoutMs = s.timeoutMs;
    if (!s.viaServer || !s.serverUrlGiven) {
        if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
            return code;
    }
    if (s.viaServer && !s.serverUrlGiven) {
        pg::Error error;
        const KServeSettings configured = SqlInference::serverSettings(conn, &error);
        if (configured.baseUrl.isEmpty())
            return usage(tr("--via server needs --server URL: database %1 sets no pgx_inference.triton_url")
                             .arg(conn.database()));
        s.server.baseUrl = configured.baseUrl;
        if (s.server.headerName.isEmpty()) {
            s.server.headerName = configured.headerName;
            s.server.headerValue = configured.headerValue;
        }
        if (s.timeoutMs <= 0)
            s.server.timeoutMs = configured.timeoutMs;
    }
    if (!s.viaServer) {
        pg::Error error;
        const ModelState state = ModelCatalog::read(conn, &error);
        if (!error.isNull()) {
            printError(errorText(tr("could not read the models"), error));
            return ExitCode::CatalogFailed;
        }
        if (state.flavour == ModelState::Flavour::None) {
            printError(tr("database %1 has no pgx_inference (or pgx_inference_ce) extension").arg(conn.database()));
            return ExitCode::InferenceFailed;
        }
        for (const ModelInfo &m : state.models)
            if (m.name == s.model)
                request.function = m.functionName;
        if (request.function.isEmpty()) {
            printError(tr("model \"%1\" does not exist in database %2, or user %3 may not see it")
                           .arg(s.model, conn.database(), conn.user()));
            return ExitCode::InferenceFailed;
        }
        if (state.flavour == ModelState::Flavour::Community)
            request.serverTimeoutMs = s.timeoutMs;
    }

    const QList<Run> runs = s.viaServer ? inferOnServer(s) : inferInDatabase(conn, request, s.repeat);
    QList<double> latencies;
    for (const Run &r : runs)
        if (r.ok)
            latencies.append(r.latencyMs);
    const LatencyStats stats = LatencyStats::of(latencies);
    const Run &last = runs.last();
    const QString role = s.role.isEmpty() ? conn.user() : s.role;

    if (s.json) {
        QJsonObject out{{QStringLiteral("ok"), last.ok},
                        {QStringLiteral("model"), s.model},
                        {QStringLiteral("via"), way}};
        if (s.viaServer) {
            out.insert(QStringLiteral("server"), s.server.baseUrl.toString());
        } else {
            out.insert(QStringLiteral("function"), request.schema + u'.' + request.function);
            out.insert(QStringLiteral("role"), role);
            out.insert(QStringLiteral("database"), conn.database());
        }
        if (last.ok) {
            out.insert(QStringLiteral("dimension"), last.summary.dimension);
            out.insert(QStringLiteral("first_values"), toJson(last.summary.head));
            out.insert(QStringLiteral("norm"), last.summary.norm);
        } else {
            out.insert(QStringLiteral("error"), last.details);
        }
        out.insert(QStringLiteral("latency_ms"),
                   QJsonObject{{QStringLiteral("runs"), stats.runs}, {QStringLiteral("min"), stats.min},
                               {QStringLiteral("median"), stats.median}, {QStringLiteral("p95"), stats.p95},
                               {QStringLiteral("max"), stats.max}, {QStringLiteral("mean"), stats.mean}});
        printTo(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else if (last.ok) {
        QString out;
        out += tr("model:       %1").arg(s.model)
               + (s.viaServer ? QString() : QStringLiteral(" (%1.%2)").arg(request.schema, request.function)) + u'\n';
        out += (s.viaServer ? tr("via:         server %1").arg(s.server.baseUrl.toDisplayString())
                            : tr("via:         database %1 as role %2").arg(conn.database(), role))
               + u'\n';
        out += tr("dimension:   %1").arg(last.summary.dimension) + u'\n';
        out += tr("first:       %1").arg(last.summary.headText(6)) + u'\n';
        out += tr("norm:        %1").arg(last.summary.norm, 0, 'f', 6) + u'\n';
        if (stats.runs == 1)
            out += tr("latency:     %1 ms").arg(formatMs(stats.median)) + u'\n';
        else
            out += tr("latency:     %n run(s): min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms", nullptr,
                      stats.runs)
                       .arg(formatMs(stats.min), formatMs(stats.median), formatMs(stats.p95), formatMs(stats.max),
                            formatMs(stats.mean))
                   + u'\n';
        printTo(stdout, out);
    }
    if (!last.ok) {
        QString message = last.error;
        if (runs.size() > 1)
            message = tr("run %1 of %2 failed: ").arg(runs.size()).arg(s.repeat) + message;
        printError(message);
        return ExitCode::InferenceFailed;
    }
    return ExitCode::Success;
}

} // namespace roledesk
