#pragma once

#include "pg/error.h"
#include "pg/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_cancel;

namespace roledesk::pg {

/// libpq connection keywords and values (host, port, dbname, user, sslmode, ...). A dbname
/// holding a URI or a "key=value" string is expanded by libpq, so a DSN can be passed as dbname.
using ConnectOptions = QList<std::pair<QString, QString>>;

/// Raw bytes bound as one parameter in binary format (bytea's binary form is the bytes
/// themselves): no hex text to build on the client or to decode on the server. The bytes are
/// shared, not copied (QByteArray::fromRawData wraps a buffer the caller keeps alive).
struct Bytes {
    QByteArray data;
};

/// Bound statement parameters. A null QVariant is SQL NULL; a pg::Bytes is sent in binary
/// format; everything else is sent as text.
using Params = QList<QVariant>;

/// Params as libpq takes them (UTF-8 text, booleans as t/f, nullptr for NULL, pg::Bytes as binary
/// with its length), kept alive for as long as this object lives. For code that calls
/// PQsendQueryParams itself (the pipeline).
class EncodedParams {
public:
    explicit EncodedParams(const Params &params);
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.empty() ? nullptr : m_values.data(); }
    /// Lengths and formats for PQsendQueryParams: nullptr when every parameter is text.
    const int *lengths() const { return m_binary ? m_lengths.data() : nullptr; }
    const int *formats() const { return m_binary ? m_formats.data() : nullptr; }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    bool m_binary = false;
};

/// One libpq connection: RAII, bound parameters only, errors as values, cancel from any thread.
/// A Connection is used by one thread at a time; requestCancel() may be called from any thread.
class Connection {
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Connects (blocking; call from a worker thread). Returns a null Error on success.
    /// Every session runs with standard_conforming_strings on (asked for in the startup packet,
    /// which outranks ALTER DATABASE / ALTER ROLE ... SET, and checked once connected): open()
    /// fails rather than hand out a session where it is off.
    Error open(const ConnectOptions &options);
    /// Whether the server last reported standard_conforming_strings as on. The server reports
    /// every change of it, so this holds for the statement about to be sent.
    bool standardConformingStrings() const;
    void close();
    bool isOpen() const;

    /// Runs one statement with \a params bound as $1, $2, ...
    Result exec(const QString &sql, const Params &params = {});
    /// Like exec(), but the server sends the result columns in binary format: raw bytes for
    /// bytea (no hex text to decode), network byte order for numbers. For large bytea values.
    Result execBinary(const QString &sql, const Params &params = {});
    /// Runs a script of several statements (no parameters), e.g. an extension's SQL.
    Result execScript(const QString &sql);

    /// A password verifier for \a user computed on the client by libpq (PQencryptPasswordConn)
    /// with the server's password_encryption, so the plain password never travels in SQL.
    /// Needs an open connection (it may query the server); empty with \a error set on failure.
    QString encryptPassword(const QString &user, const QString &password, Error *error = nullptr);

    /// Asks the server to cancel the statement in progress. Thread-safe; harmless when idle.
    void requestCancel();

    /// Called for each NOTICE/WARNING the server sends, on the thread running exec().
    void setNoticeHandler(std::function<void(const Error &)> handler);

    int serverVersion() const;                 ///< e.g. 150006
    QString parameterStatus(const char *name) const; ///< server_version, session_authorization...
    QString user() const;
    QString database() const;
    QString host() const;
    QString port() const;
    pg_conn *handle() const { return m_conn.get(); }

    /// Reads a Qt resource holding SQL (":/catalog/roles.sql"); empty when missing.
    static QString sqlResource(const QString &path);

private:
    Error connect(const ConnectOptions &options, bool conformingAtStartup);
    Result send(const QString &sql, const Params &params, int resultFormat);
    Result collect(const QString &sql);
    Error errorFromResult(const struct pg_result *res, const QString &statement) const;
    Error connectionError() const;
    static void noticeReceiver(void *arg, const struct pg_result *res);

    struct ConnDeleter { void operator()(pg_conn *c) const; };
    std::unique_ptr<pg_conn, ConnDeleter> m_conn;
    std::mutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
    std::function<void(const Error &)> m_noticeHandler;
};

} // namespace roledesk::pg

Q_DECLARE_METATYPE(roledesk::pg::Bytes)
