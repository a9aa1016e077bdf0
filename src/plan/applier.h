#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"
#include "plan/plan.h"
#include "plan/sqlgenerator.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace roledesk {

/// Something a plan touches that changed since the snapshot it was made on, for people.
struct ApplyConflict {
    QString object;   ///< "table sales.orders", "role alice", "membership analysts → bob"
    QString expected; ///< as the snapshot had it
    QString found;    ///< as the database has it now
};

/// What PlanApplier::apply() did.
struct ApplyOutcome {
    enum class Status { Applied, Conflict, Failed, Cancelled, ConnectionLost };
    Status status = Status::Failed;
    QList<ApplyConflict> conflicts; ///< Conflict: what moved since the snapshot
    Statement failed;               ///< Failed: the statement that failed, with its object
    pg::Error error;                ///< Failed / Cancelled / ConnectionLost: the server's error
    int statementsRun = 0;          ///< statements the server executed (all rolled back unless Applied)
    qint64 elapsedMs = 0;
    // What the conflict check did (all zero when it was skipped: no snapshot given).
    int objectsCompared = 0;        ///< objects whose ACL was compared with the snapshot's
    int rowsLocked = 0;             ///< catalog rows locked before the comparison (superusers only)
    qint64 checkMs = 0;             ///< of elapsedMs: the check (read, lock, read again, compare)
    // Read from the server in the apply transaction (empty when it ended before): the journal's
    // "who" and "where".
    QString sessionUser;            ///< session_user: the role that logged in and applied
    QString database;               ///< current_database()
    QString systemIdentifier;       ///< the server's pg_control_system() identifier ('' when not readable)
    bool wrongDatabase = false;     ///< Failed: the plan was made on another database (identity)
    bool ok() const { return status == Status::Applied; }
};

/// Applies a plan in one transaction, after checking under lock that what it touches has not
/// changed since the snapshot it was made on. Nothing is committed unless every statement succeeded.
///
/// Locking: every applier takes one transaction-scoped advisory lock, so RoleDesk appliers run one
/// after another. A superuser also locks, before the check, the catalog rows the check reads
/// (pg_class, pg_proc, pg_type, pg_namespace, pg_database, pg_attribute, pg_authid, pg_default_acl
/// rows: SELECT ... FOR UPDATE) and, for membership and default-privilege changes, the tables
/// pg_auth_members and pg_default_acl (SHARE ROW EXCLUSIVE), so no other session can change them
/// until the commit. A non-superuser may not lock catalog rows (FOR UPDATE needs UPDATE rights on
/// the catalog): only the advisory lock holds, and a change made by another tool between the check
/// and the statements is not seen.
///
/// A model role change is, in pgx_inference_ce, a membership of the group role pgx_model_owner or
/// pgx_system_administrator, checked and locked like any membership change; with the vendor's
/// pgx_inference, whose storage of the model roles is not documented, it is not checked.
class PlanApplier {
public:
    using Progress = std::function<void(int done, int total)>;

    /// Runs \a plan on \a conn (blocking; a worker thread). \a base: the snapshot the plan was
    /// made on, or nullptr to skip the conflict check. A plan whose \a base is of another database
    /// identity (Snapshot::identity()) than the connected one fails before any statement runs. \a progress is called between batches;
    /// \a cancelled is polled between batches (and a running batch is cancelled on the server).
    static ApplyOutcome apply(pg::Connection &conn, const Plan &plan, const Snapshot *base,
                              const Progress &progress = {},
                              const std::atomic_bool *cancelled = nullptr);
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::ApplyOutcome)
