#pragma once

#include "pg/error.h"

#include <QtGlobal>

namespace roledesk::pg {

class Connection;

/// One large object opened on a connection through libpq's lo_* calls (the fast-path protocol,
/// no SQL text and no bytea encoding). A descriptor lives only until the end of the
/// connection's transaction: create or open it inside BEGIN ... COMMIT. Errors are values; libpq
/// reports lo_* failures as text only, so their Error carries no SQLSTATE, but connectionLost is
/// set when the session ended (pg_terminate_backend, a server crash).
class LargeObject {
public:
    enum class Mode { Read, Write };

    explicit LargeObject(Connection &conn);
    /// Closes the descriptor if it is still open (errors ignored: the transaction's end closes it anyway).
    ~LargeObject();
    LargeObject(const LargeObject &) = delete;
    LargeObject &operator=(const LargeObject &) = delete;

    /// Creates an empty large object owned by the current role (lo_create with a server-chosen
    /// OID) and opens it for writing.
    Error create();
    /// Opens the large object \a oid.
    Error open(quint32 oid, Mode mode);
    /// Writes all \a size bytes at the current position (one lo_write per call: the caller picks
    /// the chunk size, which libpq sends as one message).
    Error write(const char *data, qint64 size);
    /// Reads up to \a max bytes into \a data; the count read (0 at the end), or -1 with \a error set.
    qint64 read(char *data, qint64 max, Error *error);
    /// Closes the descriptor (the object stays).
    Error close();

    quint32 oid() const { return m_oid; }
    bool isOpen() const { return m_fd >= 0; }

    /// Deletes the large object \a oid (lo_unlink).
    static Error unlink(Connection &conn, quint32 oid);

private:
    Error lastError() const;

    Connection &m_conn;
    quint32 m_oid = 0;
    int m_fd = -1;
};

} // namespace roledesk::pg
