#pragma once

#include "pgx/modeltask.h"
#include "store/journal.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace roledesk {

namespace pg { class Connection; }

/// The operations on an existing in-database model, each through the extension's functions on
/// \a conn as its current role, blocking (a worker thread), called outside a transaction. Each
/// returns a ModelOutcome whose message names the model and the cause: the missing role, the
/// size limit's numbers (load), "unload it first" (delete), the file and the OS error.
/// Streaming tasks take \a progress (bytes) and poll \a cancelled between chunks; to stop a
/// statement in flight as well, call conn.requestCancel() after setting it.
class ModelOperations {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelOperations)

public:
    /// pgx_load_model: needs the system_administrator role (or extension owner); may fail with
    /// Cause::SizeLimit when pgx_inference.total_loaded_model_size_limit would be exceeded, and
    /// with Cause::SessionSetting when this session's value of a server setting is not the
    /// configured one.
    static ModelOutcome load(pg::Connection &conn, const QString &model);
    /// pgx_unload_model: needs the system_administrator role (or extension owner).
    static ModelOutcome unload(pg::Connection &conn, const QString &model);
    /// pgx_drop_model: the model's owner (with model_owner), a system_administrator or the
    /// extension owner; a loaded model is refused with Cause::ModelLoaded.
    static ModelOutcome drop(pg::Connection &conn, const QString &model);
    /// pgx_update_model(model, NULL, metadata): \a metadata must be a JSON object ("" means {}).
    static ModelOutcome updateMetadata(pg::Connection &conn, const QString &model, const QString &metadata);
    /// Streams \a file into a new upload or large object (see ModelTaskRequest::Transfer) and
    /// makes it the model's file (pgx_update_model(model, lo, NULL): pgx_inference_ce takes an
    /// upload as it is, copies a large object of the caller's into one of its own, and removes the
    /// old file), in one transaction, with the same checks as ModelImporter; the owner's check runs
    /// before any byte is sent.
    static ModelOutcome replaceFile(pg::Connection &conn, const QString &model, const QString &file,
                                    const ModelProgress &progress = {}, const std::atomic_bool *cancelled = nullptr,
                                    qint64 chunkBytes = 0,
                                    ModelTaskRequest::Transfer transfer = ModelTaskRequest::Transfer::Auto);
    /// Saves the model's file to \a file, read in parts with pgx_read_model_file inside one
    /// repeatable-read transaction (so a concurrent replacement cannot mix two files). Written
    /// through a temporary file that replaces \a file only when complete: on error or cancel no
    /// partial file is left and an existing \a file is untouched.
    static ModelOutcome exportFile(pg::Connection &conn, const QString &model, const QString &file,
                                   const ModelProgress &progress = {}, const std::atomic_bool *cancelled = nullptr,
                                   qint64 partBytes = 0);

    /// Runs \a request (any task, Import included) with the functions above.
    static ModelOutcome run(pg::Connection &conn, const ModelTaskRequest &request,
                            const ModelProgress &progress = {}, const std::atomic_bool *cancelled = nullptr);

    /// The extension calls \a request makes, for people and the journal: values shown as
    /// literals (Statement::display), a streamed file as a comment line and "<large object>".
    static QString callsText(const ModelTaskRequest &request);
    /// The journal's account of \a request ended as \a outcome: kind ("model load", ...), the
    /// model as subject, callsText(), who and where as the task's connection reported them
    /// (ModelOutcome::sessionUser...), result ("applied", "failed", "cancelled", "connection
    /// lost") and the error for people. std::nullopt for an export, which changes nothing in the
    /// database.
    static std::optional<JournalEntry> journalEntry(const ModelTaskRequest &request, const ModelOutcome &outcome);
};

} // namespace roledesk
