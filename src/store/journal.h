#pragma once

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace roledesk {

/// One applied (or attempted) plan, as the journal keeps it.
struct JournalEntry {
    qint64 id = 0;
    QDateTime appliedAt;    ///< UTC
    QString osUser;         ///< the OS account (getpwuid(geteuid())), never the environment
    QString databaseUser;   ///< session_user as the server reported it in the transaction
    QString host;           ///< the machine RoleDesk ran on (QSysInfo::machineHostName)
    QString server;         ///< host:port
    QString systemIdentifier; ///< the server's pg_control_system() identifier ('' when not readable)
    QString database;
    QString kind;           ///< '' or "plan": an applied plan; "model import", "model load"...: a model operation
    QString subject;        ///< what a model operation was on: the model's name
    QString sql;            ///< the script that ran (Plan::script)
    QString result;         ///< "applied", "failed", "conflict", "cancelled", "connection lost"
    QString message;        ///< the error or conflict, for people
    int statements = 0;
    qint64 durationMs = 0;
};

/// The applied-plan journal in the local workspace: who applied what, when, where, and how it
/// went. Append-only; browsed and exported as CSV or SQL. Uses the workspace's thread.
class Journal {
    Q_DECLARE_TR_FUNCTIONS(roledesk::Journal)
public:
    /// A journal over \a ws, which must be open when the journal is used.
    explicit Journal(Workspace *ws);

    /// Appends \a entry (appliedAt defaults to now, osUser to the OS account, host to this
    /// machine); sets entry.id.
    StoreError record(JournalEntry &entry);
    /// The newest entries first; \a filter matches database, users, server, kind, model, result,
    /// message or SQL (case-insensitive substring). At most \a limit entries.
    QList<JournalEntry> list(const QString &filter = {}, int limit = 1000) const;
    /// The entry with \a id, or std::nullopt.
    std::optional<JournalEntry> entry(qint64 id) const;
    /// Every entry, oldest first, as RFC 4180 CSV with a header row.
    StoreError exportCsv(const QString &path) const;
    /// Every entry's SQL, oldest first, each under a header comment (when, who, where, result).
    StoreError exportSql(const QString &path) const;

    /// The operating-system account running RoleDesk, from the system (the effective uid's
    /// passwd entry), not from USER or LOGNAME, which anyone can set.
    static QString currentOsUser();

private:
    Workspace *m_ws;
};

} // namespace roledesk
