#pragma once

#include "pg/connection.h"
#include "pg/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace roledesk {

/// How the password of a saved profile is obtained; the password itself is never part of it.
enum class PasswordPolicy {
    AskEachTime, ///< typed by the user on every connect
    Keychain,    ///< kept in the system keychain (PasswordVault), key = profile name
};

/// Stable text form of a PasswordPolicy, as stored in the workspace ("ask", "keychain").
QString passwordPolicyToString(PasswordPolicy policy);
/// Parses passwordPolicyToString() output; anything unknown is AskEachTime.
PasswordPolicy passwordPolicyFromString(const QString &text);

/// A saved way to reach one PostgreSQL server. Holds no password, ever.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;        ///< unique key in the ProfileStore
    QString host;        ///< host name, IP address or Unix socket folder
    QString port;
    QString database;
    QString user;
    QString sslmode;     ///< disable, allow, prefer, require, verify-ca, verify-full (or empty)
    QString sslrootcert;
    QString sslcert;
    QString sslkey;
    QString sslcrl;
    /// A libpq URI, a "key=value" string or "service=name". When set it is the base, and the
    /// fields above override it only where they are non-empty.
    QString connectionString;
    PasswordPolicy passwordPolicy = PasswordPolicy::AskEachTime;

    /// libpq keywords for Connection::open(); \a password is added when non-empty.
    pg::ConnectOptions toConnectOptions(const QString &password) const;
    /// "user@host:port/db" for lists; parts not set are left out, a bare connection string is shown.
    QString summary() const;
    /// Checks the fields (port 1..65535, known sslmode, parseable connection string). Returns a
    /// translated message naming the first problem, or an empty string when all is well.
    QString validate() const;
    /// True when the port is empty (libpq's default) or a number from 1 to 65535.
    bool hasValidPort() const;
    /// True when the connection string carries a password, which must never be saved.
    bool connectionStringHasPassword() const;

    /// The sslmode values libpq accepts, in order of increasing strictness.
    static QStringList sslModes();
    /// The fields of \a options (as toConnectOptions() or a --dsn start gives them), spread into
    /// host, port, database, user and SSL files so that each can be changed on its own: a
    /// connection string in a dbname is expanded. A password or a service name, which the fields
    /// cannot hold, keeps the connection string instead (the password left out). No name.
    static ConnectionProfile fromConnectOptions(const pg::ConnectOptions &options);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/// Why a connection attempt failed, as far as libpq's message and SQLSTATE tell.
enum class ConnectFailure {
    None,
    PasswordRequired,  ///< the server wants a password and none was given
    WrongPassword,     ///< password authentication failed
    Refused,           ///< nothing listens on that host and port
    NoSocket,          ///< no server on that Unix socket
    UnknownHost,       ///< the host name does not resolve
    Timeout,           ///< the server did not answer in time
    UnknownDatabase,
    UnknownUser,
    NotAllowed,        ///< no pg_hba.conf entry for this host, user and database
    Ssl,               ///< TLS negotiation or certificate problem
    InvalidOptions,    ///< malformed connection string, unknown service, bad option value
    Other,
};

/// Classifies a connection error so that the UI can name the cause in words.
ConnectFailure classifyConnectError(const pg::Error &error);

/// The outcome of one connection check: the error, or what the server told about itself.
struct ConnectionCheck {
    pg::Error error;         ///< null on success
    ConnectFailure failure = ConnectFailure::None;
    QString serverVersion;   ///< e.g. "15.6"
    QString user;            ///< the user the session runs as
    QString database;
    QString host;
    QString port;

    /// True when the connection was established.
    bool ok() const { return error.isNull(); }
};

/// Opens a fresh connection with \a options, reads the server's identity and closes it again.
/// Blocking: run it on a worker thread.
ConnectionCheck checkConnection(const pg::ConnectOptions &options);

} // namespace roledesk
