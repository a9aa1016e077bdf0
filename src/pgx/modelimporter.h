#pragma once

#include "pgx/modeltask.h"

#include <QCoreApplication>

#include <atomic>

namespace roledesk {

namespace pg { class Connection; }

/// Imports a local ONNX file as a new in-database model (pgx_import_model), all or nothing.
///
/// Before anything is created: the name is checked (ModelName::problem), the metadata must be a
/// JSON object, and the file must exist, be a regular, non-empty, readable file. Then, in ONE
/// transaction: the server-side checks are tried cheaply before any byte is sent (permission,
/// name, duplicate), an upload (or a large object) is created and the file streamed into it in
/// chunks (progress after each; cancel and the file's state checked before each),
/// pgx_import_model makes the model and its function, and the id and function name are read back
/// before COMMIT. Where pgx_inference_ce offers uploads, each chunk is written by the extension
/// into a large object of its own (pgx_upload_write), which the import takes as it is; otherwise
/// (the vendor's pgx_inference, or Transfer::LargeObject) the chunks go into a large object of
/// the importer's with lo_write, which pgx_inference_ce copies into one of its own on import.
/// Either way the importer keeps no handle on the model's file.
/// Any failure or cancel rolls back: no large object, no model row, no function is left.
/// Memory stays at about two chunks whatever the file's size.
class ModelImporter {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelImporter)

public:
    /// Bytes per lo_write or pgx_upload_write. Measured with roledesk-importbench (tests/pgx) on
    /// the sandbox, 128 MiB files, lo_write: 64 KiB 58, 256 KiB 68, 1 MiB 87, 4 MiB 64 MiB/s (psql
    /// \lo_import, 8 KiB writes: 40-64 MiB/s). The server's writing of 2 KiB large-object pages
    /// dominates beyond 1 MiB, while memory keeps growing with the chunk (the buffer plus libpq's
    /// send buffer of the same size).
    static constexpr qint64 DefaultChunkBytes = 1 << 20;

    /// Imports \a request.file as model \a request.model with \a request.metadata (a JSON object
    /// as text; empty means {}), on \a conn as its current role, which becomes the model's owner
    /// (the model's file belongs to the extension).
    /// Blocking (a worker thread); call it outside a transaction. \a progress gets the bytes sent;
    /// \a cancelled is polled between chunks; to stop a statement in flight as well, call
    /// conn.requestCancel() after setting it. On success the outcome carries modelId and
    /// functionName.
    static ModelOutcome import(pg::Connection &conn, const ModelTaskRequest &request,
                               const ModelProgress &progress = {}, const std::atomic_bool *cancelled = nullptr);
};

} // namespace roledesk
