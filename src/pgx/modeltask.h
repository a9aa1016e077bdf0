#pragma once

#include "pg/error.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace roledesk {

/// The operations on in-database models (pgx_inference / pgx_inference_ce) that RoleDesk runs.
enum class ModelTask {
    Import,         ///< a local ONNX file becomes a new model (pgx_import_model)
    Load,           ///< pgx_load_model
    Unload,         ///< pgx_unload_model
    Drop,           ///< pgx_drop_model (refused while the model is loaded)
    UpdateMetadata, ///< pgx_update_model(name, NULL, metadata)
    ReplaceFile,    ///< a local file becomes the model's new file (pgx_update_model(name, lo, NULL))
    Export,         ///< the model's file is saved to a local file (pgx_read_model_file, in parts)
};

/// Progress of a task that streams a file: \a done of \a total bytes. Called on the thread
/// running the task; \a done never decreases.
using ModelProgress = std::function<void(qint64 done, qint64 total)>;

/// One model task, as a value a ModelTaskRunner carries to its thread. Build it with the
/// named constructors.
struct ModelTaskRequest {
    ModelTask task = ModelTask::Load;
    QString model;     ///< the model's name
    QString file;      ///< Import / ReplaceFile: the file to read; Export: the file to write
    QString metadata;  ///< Import / UpdateMetadata: a JSON object as text ("" means {})
    /// Import / ReplaceFile / Export: bytes per large-object write or file part; 0 means the
    /// measured default (ModelImporter::DefaultChunkBytes). For tests and benchmarks.
    qint64 chunkBytes = 0;
    /// Import / ReplaceFile: how the file reaches the server.
    enum class Transfer {
        Auto,        ///< an upload where the extension offers one (pgx_upload_begin / pgx_upload_write:
                     ///< written into the extension's own large object, taken without a copy),
                     ///< else LargeObject
        LargeObject, ///< a large object of the caller's, written with lo_write (what the vendor's
                     ///< pgx_import_model takes; pgx_inference_ce copies it on import)
    };
    Transfer transfer = Transfer::Auto;

    static ModelTaskRequest importFile(const QString &model, const QString &file, const QString &metadata = {});
    static ModelTaskRequest load(const QString &model);
    static ModelTaskRequest unload(const QString &model);
    static ModelTaskRequest drop(const QString &model);
    static ModelTaskRequest updateMetadata(const QString &model, const QString &metadata);
    static ModelTaskRequest replaceFile(const QString &model, const QString &file);
    static ModelTaskRequest exportFile(const QString &model, const QString &file);
};

/// What a model task did. \c message is the text for people: it names the model and the cause
/// (the missing role, the size limit's numbers, the file and the OS error...); \c error keeps
/// the server's (or libpq's, or the OS's) error as it came.
struct ModelOutcome {
    enum class Status {
        Done,
        Failed,         ///< refused or failed; nothing was changed (the transaction was rolled back)
        Cancelled,      ///< cancel() was honoured; nothing was changed
        ConnectionLost, ///< the session ended (server shutdown, pg_terminate_backend); nothing was committed
    };
    /// Why a task failed, so that a GUI can react (offer to unload, point at the name field...).
    enum class Cause {
        None,
        InvalidName,      ///< breaks the model name rules (checked before the server: ModelName::problem)
        DuplicateName,    ///< a model of that name exists (42710)
        NotFound,         ///< no such model (42704); also when the role may not call the extension's
                          ///< function at all, but the extension says the model does not exist
        PermissionDenied, ///< 42501: the role lacks EXECUTE on the extension's function (a model role)
                          ///< or the extension refused it this model; the message names what is missing
        ModelLoaded,      ///< a loaded model cannot be deleted (55006): unload it first
        SizeLimit,        ///< loading would exceed the total loaded model size limit (54000)
        SessionSetting,   ///< 42501 for any role: this session's value of one of the extension's
                          ///< server settings differs from the configured one (ExtensionSettings)
        InvalidMetadata,  ///< the metadata is not a JSON object, or larger than the extension takes
        File,             ///< the local file: missing, not a regular file, empty, unreadable,
                          ///< deleted or changed while read, or cannot be written
        NoExtension,      ///< the database has no pgx_inference schema or functions
        Server,           ///< another server error (see \c error)
    };

    ModelTask task = ModelTask::Load;
    Status status = Status::Failed;
    Cause cause = Cause::None;
    QString model;
    QString file;             ///< the local file of an Import / ReplaceFile / Export
    QString message;          ///< for people; empty when Done
    pg::Error error;          ///< the underlying error; null when Done
    int modelId = 0;          ///< Import: the new model's id
    QString functionName;     ///< Import: its function, e.g. pgx_embedding_7 (EXECUTE on it = use)
    qint64 bytesDone = 0;     ///< bytes streamed (Import / ReplaceFile / Export)
    qint64 bytesTotal = 0;    ///< the file's size (Import / ReplaceFile / Export)
    qint64 elapsedMs = 0;
    // Who and where, read by ModelTaskRunner from the server on the task's own connection (for
    // the journal); empty when the task never connected or the server could not be asked.
    QString sessionUser;      ///< session_user: the role that logged in and performed the task
    QString database;         ///< current_database()
    QString server;           ///< host:port of the connection (the socket folder for a local socket)
    QString systemIdentifier; ///< pg_control_system()'s identifier ('' when the role may not read it)

    /// True when the task did what it was asked to.
    bool ok() const { return status == Status::Done; }
};

/// "Import", "Load", ... for people (translated), e.g. for a progress dialog's title.
QString modelTaskTitle(ModelTask task);

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::ModelTaskRequest)
Q_DECLARE_METATYPE(roledesk::ModelOutcome)
