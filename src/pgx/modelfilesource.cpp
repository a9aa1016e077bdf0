#include "pgx/modelfilesource.h"

#include "pg/connection.h"
#include "pg/largeobject.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>

namespace roledesk::pgxdetail {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Where the chunks go: an upload of the extension's, or a large object of the caller's.
class Sink {
public:
    explicit Sink(pg::Connection &conn) : m_conn(conn), m_lo(conn) {}

    pg::Error create(ModelTaskRequest::Transfer transfer)
    {
        if (transfer == ModelTaskRequest::Transfer::Auto) {
            // pg_proc, not to_regprocedure: readable whatever the schema's privileges.
            const pg::Result offered = m_conn.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                " WHERE n.nspname = 'pgx_inference' AND p.proname = 'pgx_upload_write')"));
            if (!offered.ok())
                return offered.error();
            m_upload = offered.boolean(0, 0);
        }
        if (!m_upload)
            return m_lo.create();
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_upload_begin()"));
        if (!r.ok())
            return r.error();
        m_oid = r.oid(0, 0);
        return {};
    }
    quint32 oid() const { return m_upload ? m_oid : m_lo.oid(); }

    pg::Error write(const char *data, qint64 size)
    {
        if (!m_upload)
            return m_lo.write(data, size);
        // The chunk's bytes as they are, bound in binary format: no copy, no hex.
        const pg::Result r = m_conn.exec(
            QStringLiteral("SELECT pgx_inference.pgx_upload_write($1::oid, $2::bytea)"),
            {QString::number(m_oid), QVariant::fromValue(pg::Bytes{QByteArray::fromRawData(data, qsizetype(size))})});
        if (!r.ok())
            return r.error();
        m_written += size;
        if (r.integer(0, 0) != m_written)
            return pg::Error::client(QCoreApplication::translate("roledesk::ModelImporter",
                                                                 "Upload %1 holds %2 bytes where %3 were sent.")
                                         .arg(m_oid)
                                         .arg(r.integer(0, 0))
                                         .arg(m_written));
        return {};
    }
    pg::Error close() { return m_upload ? pg::Error() : m_lo.close(); }

private:
    pg::Connection &m_conn;
    pg::LargeObject m_lo;
    bool m_upload = false;
    quint32 m_oid = 0;
    qint64 m_written = 0;
};

} // namespace

QString ModelFileSource::open(const QString &path, QString *osError)
{
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return tr("File \"%1\" does not exist.").arg(shown(path));
    if (info.isDir())
        return tr("\"%1\" is a folder, not a model file.").arg(shown(path));
    if (!info.isFile())
        return tr("\"%1\" is not a regular file (a device, a pipe or a socket), so it cannot be imported.")
            .arg(shown(path));
    m_size = info.size();
    m_modified = info.lastModified();
    if (m_size == 0)
        return tr("File \"%1\" is empty.").arg(shown(path));
    // Unbuffered: chunks go straight from the kernel into the one chunk buffer.
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (osError)
            *osError = m_file.errorString();
        return tr("Cannot read file \"%1\": %2.").arg(shown(path), m_file.errorString());
    }
    return {};
}

QString ModelFileSource::changedSinceOpen() const
{
    const QFileInfo now(m_path); // a fresh stat each time
    if (!now.exists())
        return tr("File \"%1\" was deleted or moved while it was read.").arg(shown(m_path));
    if (now.size() != m_size)
        return tr("File \"%1\" changed size while it was read (%2 bytes at the start, %3 bytes now).")
            .arg(shown(m_path))
            .arg(m_size)
            .arg(now.size());
    if (now.lastModified() != m_modified)
        return tr("File \"%1\" was modified while it was read.").arg(shown(m_path));
    return {};
}

ModelFileSource::Streamed ModelFileSource::stream(pg::Connection &conn, qint64 chunkBytes,
                                                  ModelTaskRequest::Transfer transfer, const ModelProgress &progress,
                                                  const std::atomic_bool *cancelled)
{
    using Kind = Streamed::Kind;
    Streamed out;
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    const auto fileProblem = [&out](const QString &message, const QString &osError = {}) {
        out.kind = Kind::FileProblem;
        out.message = message;
        out.osError = osError;
        return out;
    };
    const auto database = [&out, &isCancelled](const pg::Error &e) {
        // A cancel request in flight makes lo_write fail: that is the cancel, not an error.
        out.kind = isCancelled() ? Kind::Cancelled : Kind::Database;
        out.error = e;
        return out;
    };
    if (isCancelled()) {
        out.kind = Kind::Cancelled;
        return out;
    }
    Sink lo(conn);
    if (const pg::Error e = lo.create(transfer); !e.isNull())
        return database(e);
    out.oid = lo.oid();

    // One buffer for the whole file: memory stays at one chunk (plus libpq's send buffer of the same size).
    QByteArray buffer(int(qMin(chunkBytes, m_size)), Qt::Uninitialized);
    qint64 done = 0;
    if (progress)
        progress(0, m_size);
    while (done < m_size) {
        if (isCancelled()) {
            out.kind = Kind::Cancelled;
            return out;
        }
        if (const QString changed = changedSinceOpen(); !changed.isEmpty())
            return fileProblem(changed);
        const qint64 want = qMin<qint64>(buffer.size(), m_size - done);
        const qint64 n = m_file.read(buffer.data(), want);
        if (n < 0)
            return fileProblem(tr("Cannot read file \"%1\" after %2 bytes: %3.")
                                   .arg(shown(m_path))
                                   .arg(done)
                                   .arg(m_file.errorString()),
                               m_file.errorString());
        if (n == 0)
            return fileProblem(tr("File \"%1\" ended after %2 of %3 bytes: it was truncated while it was read.")
                                   .arg(shown(m_path))
                                   .arg(done)
                                   .arg(m_size));
        if (const pg::Error e = lo.write(buffer.constData(), n); !e.isNull())
            return database(e);
        done += n;
        if (progress)
            progress(done, m_size);
    }
    // The last chunk's callback may have seen the file change; and it must not have grown.
    if (const QString changed = changedSinceOpen(); !changed.isEmpty())
        return fileProblem(changed);
    if (isCancelled()) {
        out.kind = Kind::Cancelled;
        return out;
    }
    if (const pg::Error e = lo.close(); !e.isNull())
        return database(e);
    out.kind = Kind::Done;
    return out;
}

std::optional<quint32> streamModelFile(pg::Connection &conn, Transaction &tx, TaskOutcome &task, ModelFileSource &source,
                                       qint64 chunkBytes, ModelTaskRequest::Transfer transfer,
                                       const ModelProgress &progress, const std::atomic_bool *cancelled,
                                       ModelOutcome *ended)
{
    const ModelFileSource::Streamed streamed =
        source.stream(conn, chunkBytesFor(chunkBytes), transfer, [&](qint64 done, qint64 total) {
            task.outcome().bytesDone = done;
            if (progress)
                progress(done, total);
        }, cancelled);
    if (streamed.kind == ModelFileSource::Streamed::Kind::Done)
        return streamed.oid;
    tx.rollback();
    switch (streamed.kind) {
    case ModelFileSource::Streamed::Kind::Cancelled: *ended = task.cancelled(); break;
    case ModelFileSource::Streamed::Kind::FileProblem: *ended = task.fileProblem(streamed.message, streamed.osError); break;
    case ModelFileSource::Streamed::Kind::Database:
    case ModelFileSource::Streamed::Kind::Done: *ended = task.failed(conn, streamed.error, cancelled); break;
    }
    return std::nullopt;
}

} // namespace roledesk::pgxdetail
