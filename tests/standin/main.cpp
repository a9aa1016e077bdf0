// roledesk-kserve-standin: a small KServe v2 server that stands in for Triton Inference Server in
// RoleDesk's tests and demo (Triton cannot run here). Test and demo infrastructure, not a product
// feature: it serves hashed-token "embeddings", not a neural network.
//
// Command line
//   --listen ADDRESS            address to listen on (default 127.0.0.1: loopback only)
//   --port N                    TCP port; 0 (the default) picks a free one
//   --repository DIR            model repository folder (required; must exist)
//   --port-file FILE            write the bound port (decimal, newline) to FILE once listening
//   --restricted-header NAME:VALUE
//                               header that restricted endpoints require (like Triton's
//                               --http-restricted-api=<categories>:NAME=VALUE)
//   --restrict CATEGORIES       comma list of health, metadata, inference, model-repository,
//                               statistics; without the header these answer 403
//                               {"error": "This API is restricted, expecting header 'NAME'"}.
//                               A header without --restrict restricts every category.
//   --max-body-mb N             request bodies over N MiB answer 413 (default 16)
//   --load-model NAME           load NAME at start (repeatable; "*" loads every model folder of the
//                               repository, like Triton's --load-model=*); a model that fails to
//                               load is reported on stderr and stays unavailable
//   --verbose                   one line per request on stderr
// Once listening it prints "listening on http://ADDRESS:PORT" on stdout (flushed) and serves until
// killed (SIGTERM/SIGINT).
//
// Endpoints (KServe v2 / Triton HTTP; errors are {"error": "..."})
//   GET  /v2/health/live, /v2/health/ready        200, empty body               [health]
//   GET  /v2                                      server metadata               [metadata]
//   GET  /v2/models/M                             model metadata (loaded only)  [metadata]
//   GET  /v2/models/M/ready                       200 when loaded, else 400     [health]
//   POST /v2/models/M/infer                       see below                     [inference]
//   GET  /v2/models/stats, /v2/models/M/stats     Triton statistics JSON        [statistics]
//   POST /v2/repository/index                     [{name, version, state, reason}]; body
//                                                 {"ready": true} lists only READY models
//   POST /v2/repository/models/M/load, /unload    200, empty body               [model-repository]
//   anything else                                 404
// A model that is not loaded answers 404 "Request for unknown model: 'M' is not found" when the
// repository has no folder for it, else 400 "... has no available versions".
//
// Inference: one input, named as the config's input (TEXT), datatype BYTES, shape [n], "data" the
// n strings. The answer is {"model_name", "model_version", "id" (echoed), "outputs": [{"name":
// the config's output (EMBEDDING), "datatype": "FP32", "shape": [n, dim], "data": n x dim floats
// row-major}]}; each row is the L2-normalised hash embedding of a text (hashembedding.h). Wrong
// input name, datatype, shape, element count, a requested output other than the model's, or a
// body that is not JSON: 400 with Triton's wording.
//
// Repository: DIR/M/config.pbtxt and DIR/M/<version>/model.onnx (any bytes: the file is not
// read, only required to exist; the highest numeric version folder holding one is served).
// Models load only on request (Triton's --model-control-mode=explicit); each load rereads
// config.pbtxt. From it the stand-in takes: name (must match the folder when given), platform
// (default onnxruntime_onnx), the first input's name, the first output's name and dims (the
// last entry is the embedding dimension, required), and the parameter standin_fault:
//   parameters { key: "standin_fault" value: { string_value: "wrong_shape,delay_ms:500" } }
// a comma list of faults, applied to infer only:
//   wrong_datatype   output datatype INT32 with integer data (x * 1000, rounded)
//   wrong_shape      output shape [n, dim + 1] with n x dim values
//   bad_json         200 with a truncated JSON body
//   no_outputs       200 with "outputs": []
//   delay_ms:N       answer after N ms (0-600000); the server is single-threaded, so everything
//                    waits, as behind a saturated GPU
//   error:S          answer HTTP status S (400-599) with {"error": "standin_fault: ..."}
// An unknown fault makes the load fail, so a typo shows.

#include "kservestandin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace roledesk::standin;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "roledesk-kserve-standin: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-kserve-standin"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KServe v2 stand-in for Triton (RoleDesk tests and demo)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption repositoryOption(QStringLiteral("repository"), QStringLiteral("Model repository folder."),
                                              QStringLiteral("dir"));
    const QCommandLineOption portFileOption(QStringLiteral("port-file"), QStringLiteral("Write the bound port here."),
                                            QStringLiteral("file"));
    const QCommandLineOption headerOption(QStringLiteral("restricted-header"),
                                          QStringLiteral("Header restricted endpoints require."),
                                          QStringLiteral("name:value"));
    const QCommandLineOption restrictOption(QStringLiteral("restrict"),
                                            QStringLiteral("Restricted categories: health, metadata, inference, "
                                                           "model-repository, statistics."),
                                            QStringLiteral("categories"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-mb"), QStringLiteral("Largest request body (MiB)."),
                                           QStringLiteral("mb"), QStringLiteral("16"));
    const QCommandLineOption loadOption(QStringLiteral("load-model"), QStringLiteral("Load this model at start (* = all)."),
                                        QStringLiteral("name"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log each request on stderr."));
    parser.addOptions({listenOption, portOption, repositoryOption, portFileOption, headerOption, restrictOption,
                       maxBodyOption, loadOption, verboseOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    StandinOptions options;
    options.verbose = parser.isSet(verboseOption);
    options.repository = parser.value(repositoryOption);
    if (options.repository.isEmpty())
        return usageError(QStringLiteral("--repository DIR is required"));
    if (!QFileInfo(options.repository).isDir())
        return usageError(QStringLiteral("repository folder %1 does not exist").arg(options.repository));
    options.repository = QDir(options.repository).absolutePath();

    bool ok = false;
    const int maxBodyMb = parser.value(maxBodyOption).toInt(&ok);
    if (!ok || maxBodyMb <= 0)
        return usageError(QStringLiteral("--max-body-mb needs a positive number"));
    options.maxBodyBytes = qint64(maxBodyMb) * 1024 * 1024;

    if (parser.isSet(headerOption)) {
        const QString header = parser.value(headerOption);
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return usageError(QStringLiteral("--restricted-header needs NAME:VALUE"));
        options.restrictedHeaderName = header.left(colon).trimmed().toLatin1();
        options.restrictedHeaderValue = header.mid(colon + 1).trimmed().toLatin1();
        const QStringList names = parser.isSet(restrictOption)
                                      ? parser.value(restrictOption).split(u',', Qt::SkipEmptyParts)
                                      : QStringList{QStringLiteral("health"), QStringLiteral("metadata"),
                                                    QStringLiteral("inference"), QStringLiteral("model-repository"),
                                                    QStringLiteral("statistics")};
        for (const QString &name : names) {
            const std::optional<ApiCategory> category = apiCategoryFromName(name.trimmed());
            if (!category)
                return usageError(QStringLiteral("unknown category '%1' in --restrict").arg(name));
            options.restricted.insert(*category);
        }
    } else if (parser.isSet(restrictOption)) {
        return usageError(QStringLiteral("--restrict needs --restricted-header NAME:VALUE"));
    }

    const QHostAddress address(parser.value(listenOption));
    if (address.isNull())
        return usageError(QStringLiteral("--listen needs an IP address, not '%1'").arg(parser.value(listenOption)));
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port needs a number from 0 to 65535"));

    KServeStandin server(options);
    for (const QString &failure : server.loadModels(parser.values(loadOption)))
        std::fprintf(stderr, "roledesk-kserve-standin: %s\n", qPrintable(failure));
    QString error;
    const quint16 bound = server.listen(address, quint16(port), &error);
    if (bound == 0) {
        std::fprintf(stderr, "roledesk-kserve-standin: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(portFileOption)) {
        // Written whole or not at all, so a script polling for it never reads half a number.
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(bound) + '\n') < 0 || !file.commit()) {
            std::fprintf(stderr, "roledesk-kserve-standin: cannot write %s: %s\n",
                         qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']' : address.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
