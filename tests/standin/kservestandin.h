#pragma once

#include "modelrepository.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace roledesk::standin {

/// The groups of endpoints that --restrict can put behind the restricted header, named as in
/// Triton's --http-restricted-api.
enum class ApiCategory { Health, Metadata, Inference, ModelRepository, Statistics };

/// "health", "metadata", "inference", "model-repository", "statistics".
std::optional<ApiCategory> apiCategoryFromName(QStringView name);

/// How the server behaves; filled from the command line (see main.cpp).
struct StandinOptions {
    QString repository;
    QByteArray restrictedHeaderName;  ///< empty: nothing is restricted
    QByteArray restrictedHeaderValue;
    QSet<ApiCategory> restricted;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    bool verbose = false;             ///< one line per request on stderr
};

/// A small KServe v2 (Triton-compatible) HTTP server for tests and the demo: health, metadata,
/// infer (text in, hash-embedding out), repository index/load/unload and statistics over the
/// models of a Triton-style repository folder. A stand-in for Triton, not a product feature.
class KServeStandin : public QObject {
    Q_OBJECT
public:
    explicit KServeStandin(StandinOptions options, QObject *parent = nullptr);

    /// Listens on \a address:\a port (0: any free port). Returns the bound port, or 0 with
    /// \a error set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    /// Loads \a names now ("*": every model folder of the repository), like Triton's
    /// --load-model; returns what failed, one message per model.
    QStringList loadModels(const QStringList &names);

private:
    using Handler = std::function<QHttpServerResponse()>;

    void addRoutes();
    QHttpServerResponse serve(ApiCategory category, const QHttpServerRequest &request, const Handler &handler);
    QHttpServerResponse serverMetadata() const;
    QHttpServerResponse modelMetadata(const QString &model);
    QHttpServerResponse modelReady(const QString &model);
    QHttpServerResponse infer(const QString &model, const QHttpServerRequest &request);
    QHttpServerResponse repositoryIndex(const QHttpServerRequest &request);
    QHttpServerResponse loadModel(const QString &model, const QHttpServerRequest &request);
    QHttpServerResponse unloadModel(const QString &model);
    QHttpServerResponse modelStats(const QString &model);
    /// Triton's text for a model that is not loaded (known to the repository or not).
    QString unavailableText(const QString &model) const;
    /// That text as an error: 404 when the server has never heard of the model, else 400.
    QHttpServerResponse unavailable(const QString &model) const;

    StandinOptions m_options;
    ModelRepository m_repository;
    QHttpServer m_server;
};

} // namespace roledesk::standin
