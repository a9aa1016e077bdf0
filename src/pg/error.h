#pragma once

#include <QMetaType>
#include <QString>

namespace roledesk::pg {

/// An error reported by the server or by libpq, kept as a value: core code never shows dialogs.
struct Error {
    QString sqlstate;   ///< five-character SQLSTATE, empty for client-side failures
    QString severity;   ///< ERROR, FATAL, PANIC, WARNING, NOTICE...
    QString message;    ///< primary message
    QString detail;
    QString hint;
    QString context;
    QString statement;  ///< the statement that failed, if any
    bool connectionLost = false; ///< the connection is unusable after this error

    /// True when this value carries no error.
    bool isNull() const { return message.isEmpty() && sqlstate.isEmpty(); }
    /// One line per part, for logs and message boxes: message, then detail and hint.
    QString toString() const;

    /// A client-side error (no SQLSTATE) with the given message.
    static Error client(const QString &message);
};

/// Well-known SQLSTATEs RoleDesk reacts to.
namespace sqlstate {
inline constexpr auto InsufficientPrivilege = "42501";
inline constexpr auto QueryCanceled = "57014";
inline constexpr auto AdminShutdown = "57P01";
inline constexpr auto InvalidPassword = "28P01";
inline constexpr auto InvalidAuthorization = "28000";
inline constexpr auto ConnectionFailure = "08006";
inline constexpr auto UndefinedObject = "42704";
} // namespace sqlstate

} // namespace roledesk::pg

Q_DECLARE_METATYPE(roledesk::pg::Error)
