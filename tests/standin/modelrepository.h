#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace roledesk::standin {

/// What a model misbehaves with on purpose, from the config.pbtxt parameter "standin_fault"
/// (a comma list; see main.cpp). Faults touch the infer endpoint only.
struct Faults {
    bool wrongDatatype = false; ///< the output says INT32 (and holds integers) instead of FP32
    bool wrongShape = false;    ///< the output shape is [n, dim + 1] while the data has n x dim values
    bool badJson = false;       ///< 200 with a body that is not JSON
    bool noOutputs = false;     ///< 200 with "outputs": []
    int delayMs = 0;            ///< the answer waits this long (the whole server waits with it)
    int errorStatus = 0;        ///< when not 0, answer with this HTTP status and {"error": ...}
};

/// The parts of a Triton config.pbtxt that the stand-in uses.
struct ModelConfig {
    QString platform = QStringLiteral("onnxruntime_onnx");
    QString inputName = QStringLiteral("TEXT");
    QString outputName = QStringLiteral("EMBEDDING");
    int dimension = 0;          ///< the last entry of the first output's dims
    Faults faults;
};

/// Reads a config.pbtxt (protobuf text format, parsed tolerantly) of the model in folder
/// \a modelName. Empty with \a error set when the text cannot be parsed or names no output
/// dimension.
std::optional<ModelConfig> parseModelConfig(const QString &text, const QString &modelName, QString *error);

/// Counters of Triton's statistics extension for one model.
struct ModelStats {
    qint64 inferenceCount = 0;  ///< inputs inferred (batch items)
    qint64 executionCount = 0;  ///< requests executed
    qint64 successCount = 0;
    qint64 successNs = 0;
    qint64 failCount = 0;
    qint64 failNs = 0;
    qint64 lastInferenceMs = 0; ///< milliseconds since the epoch
};

/// A model the server has seen: loaded, or tried and failed, or unloaded.
struct ModelState {
    QString name;
    bool loaded = false;
    QString version;            ///< the version folder that was loaded ("1")
    QString reason;             ///< why it is not ready; empty when loaded
    ModelConfig config;
    ModelStats stats;
};

/// One row of POST /v2/repository/index.
struct IndexEntry {
    QString name;
    QString version;            ///< may be empty for a model never loaded without a version folder
    bool ready = false;
    QString reason;
};

/// A Triton-style model repository: ROOT/<model>/config.pbtxt and ROOT/<model>/<version>/model.onnx.
/// Models load and unload explicitly (like Triton's --model-control-mode=explicit); a load reads
/// the files again, so a changed config takes effect on the next load.
class ModelRepository {
public:
    explicit ModelRepository(QString root);

    QString root() const { return m_root; }
    /// Names the stand-in serves: letters, digits, "_", "." and "-", not "." or ".." (no paths).
    static bool validName(const QString &name);
    /// A model folder exists, or the server has state for the model.
    bool known(const QString &name) const;
    /// Every model folder and every model with state, by name.
    QList<IndexEntry> index() const;
    /// Loads (or reloads) \a name. On failure \a error holds Triton-like text; a model that was
    /// loaded stays loaded with its previous config, as Triton keeps serving the old version.
    bool load(const QString &name, QString *error);
    /// Unloads \a name; unloading a model that is not loaded succeeds (nothing to do).
    void unload(const QString &name);
    /// The state of \a name, or nullptr when it was never loaded.
    ModelState *state(const QString &name);
    const QMap<QString, ModelState> &states() const { return m_states; }

private:
    QString highestVersion(const QString &name) const;

    QString m_root;
    QMap<QString, ModelState> m_states;
};

} // namespace roledesk::standin
