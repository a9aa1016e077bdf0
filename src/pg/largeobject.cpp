#include "pg/largeobject.h"

#include "pg/connection.h"

#include <libpq-fe.h>
#include <libpq/libpq-fs.h>

#include <climits>

namespace roledesk::pg {

namespace {

Error errorOf(PGconn *conn)
{
    if (!conn) {
        Error e = Error::client(QStringLiteral("not connected"));
        e.connectionLost = true;
        return e;
    }
    // libpq prefixes server errors with their severity ("ERROR:  ..."); keep the message only.
    QString text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    QString severity = QStringLiteral("ERROR");
    for (const char *prefix : {"ERROR:", "FATAL:", "PANIC:"}) {
        if (text.startsWith(QLatin1String(prefix))) {
            severity = QString::fromLatin1(prefix).chopped(1);
            text = text.mid(int(qstrlen(prefix))).trimmed();
            break;
        }
    }
    Error e = Error::client(text.isEmpty() ? QStringLiteral("large object operation failed") : text);
    e.severity = severity;
    e.connectionLost = PQstatus(conn) != CONNECTION_OK || severity != u"ERROR";
    return e;
}

} // namespace

LargeObject::LargeObject(Connection &conn) : m_conn(conn) {}

LargeObject::~LargeObject()
{
    if (m_fd >= 0 && m_conn.isOpen())
        lo_close(m_conn.handle(), m_fd);
}

Error LargeObject::lastError() const
{
    return errorOf(m_conn.handle());
}

Error LargeObject::create()
{
    if (!m_conn.isOpen())
        return lastError();
    const Oid oid = lo_create(m_conn.handle(), InvalidOid);
    if (oid == InvalidOid)
        return lastError();
    return open(oid, Mode::Write);
}

Error LargeObject::open(quint32 oid, Mode mode)
{
    if (m_fd >= 0)
        close();
    if (!m_conn.isOpen())
        return lastError();
    m_oid = oid;
    // INV_WRITE alone gives a descriptor that can read too; INV_READ alone reads the snapshot.
    m_fd = lo_open(m_conn.handle(), oid, mode == Mode::Write ? INV_WRITE : INV_READ);
    return m_fd < 0 ? lastError() : Error();
}

Error LargeObject::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return Error::client(QStringLiteral("large object is not open"));
    while (size > 0) {
        // The server takes at most INT_MAX bytes per call.
        const int part = int(qMin<qint64>(size, INT_MAX / 2));
        const int n = lo_write(m_conn.handle(), m_fd, data, size_t(part));
        if (n < 0)
            return lastError();
        if (n == 0)
            return Error::client(QStringLiteral("the server wrote no bytes of the large object"));
        data += n;
        size -= n;
    }
    return {};
}

qint64 LargeObject::read(char *data, qint64 max, Error *error)
{
    if (m_fd < 0) {
        if (error)
            *error = Error::client(QStringLiteral("large object is not open"));
        return -1;
    }
    const int n = lo_read(m_conn.handle(), m_fd, data, size_t(qMin<qint64>(max, INT_MAX / 2)));
    if (n < 0) {
        if (error)
            *error = lastError();
        return -1;
    }
    if (error)
        *error = Error();
    return n;
}

Error LargeObject::close()
{
    if (m_fd < 0)
        return {};
    const int fd = m_fd;
    m_fd = -1;
    if (lo_close(m_conn.handle(), fd) < 0)
        return lastError();
    return {};
}

Error LargeObject::unlink(Connection &conn, quint32 oid)
{
    if (!conn.isOpen())
        return errorOf(conn.handle());
    if (lo_unlink(conn.handle(), oid) < 0)
        return errorOf(conn.handle());
    return {};
}

} // namespace roledesk::pg
