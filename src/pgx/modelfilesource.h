#pragma once

// Internal to src/pgx: the local file of an import or a file replacement. Not for the GUI.

#include "pg/error.h"
#include "pgx/modeltask.h"
#include "pgx/taskoutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace roledesk {

namespace pg { class Connection; }

namespace pgxdetail {

/// A local model file: checked before anything is created on the server, then streamed into a
/// new large object in chunks while watching that it stays the file it was (deleted, truncated,
/// grown or rewritten files are refused, so a model never holds half a file). The large object is
/// an upload of the extension's (pgx_upload_write, one bound bytea per chunk in binary format)
/// where the extension offers uploads, else one of the caller's (lo_write).
class ModelFileSource {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelImporter)

public:
    /// What stream() did.
    struct Streamed {
        enum class Kind { Done, Cancelled, FileProblem, Database };
        Kind kind = Kind::Done;
        quint32 oid = 0;      ///< Done: the new large object (or upload)
        QString message;      ///< FileProblem: names the file and what happened to it
        QString osError;      ///< FileProblem: the OS's words, when it gave some
        pg::Error error;      ///< Database: the error of lo_create / lo_write or pgx_upload_*
    };

    /// Checks that \a path is an existing, regular, non-empty, readable file and opens it.
    /// Empty on success; otherwise a message naming the file (and \a osError the OS's error).
    QString open(const QString &path, QString *osError);
    qint64 size() const { return m_size; }

    /// Streams the whole file into a new upload or large object (as \a transfer asks), inside the
    /// caller's transaction (which the caller rolls back on anything but Done). Before each chunk
    /// \a cancelled is polled and the path is looked at again; after each, \a progress is called.
    Streamed stream(pg::Connection &conn, qint64 chunkBytes, ModelTaskRequest::Transfer transfer,
                    const ModelProgress &progress, const std::atomic_bool *cancelled);

private:
    /// Empty while the path still names a file of the size and time seen at open().
    QString changedSinceOpen() const;

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    QDateTime m_modified;
};

/// The streaming step of an import or a file replacement: streams \a source into a new upload or
/// large object (as \a transfer asks, in chunks of \a chunkBytes) inside \a tx, counting the
/// bytes into \a task's outcome and passing them to \a progress. Returns the large object; or, when the file could not be streamed (cancelled, a file problem,
/// a database error), rolls \a tx back, sets \a ended to the outcome the task returns and returns
/// nothing.
std::optional<quint32> streamModelFile(pg::Connection &conn, Transaction &tx, TaskOutcome &task, ModelFileSource &source,
                                       qint64 chunkBytes, ModelTaskRequest::Transfer transfer,
                                       const ModelProgress &progress, const std::atomic_bool *cancelled,
                                       ModelOutcome *ended);

} // namespace pgxdetail
} // namespace roledesk
