#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "plan/applier.h"
#include "plan/plan.h"
#include "plan/planverifier.h"

#include <QObject>

#include <atomic>

namespace roledesk {

/// Applies a plan on a worker thread with a connection of its own, then reads a fresh snapshot
/// and verifies the plan against it. Create it, move it to a QThread, invoke apply() queued (or
/// through a queued signal), call cancel() from any thread.
///
/// After any outcome in which the connection still works (Applied, Conflict, Failed, Cancelled)
/// a fresh snapshot is read so the UI can refresh; differences are computed only for Applied.
/// After ConnectionLost (or when the re-read fails) a reconnect is tried once for the re-read;
/// if that fails too, \c after is null.
class ApplyWorker : public QObject {
    Q_OBJECT
public:
    explicit ApplyWorker(QObject *parent = nullptr);
    ~ApplyWorker() override;

    /// Registers the metatypes the signals carry; called by the constructor, safe to repeat.
    static void registerMetaTypes();

    /// Thread-safe: cancels the apply in progress (rolled back) or the snapshot read after it.
    void cancel();

public slots:
    /// Connects with \a options, applies \a plan checked against \a base (null: no check),
    /// reads a fresh snapshot and emits finished(). Blocking, on the worker's thread.
    void apply(const roledesk::pg::ConnectOptions &options, const roledesk::Plan &plan,
               const roledesk::SnapshotPtr &base);

signals:
    /// \a done of \a total statements have run (not yet committed).
    void progressed(int done, int total);
    /// The apply ended; \a after may be null (see the class doc); \a differences is verifyPlan()
    /// of an Applied plan against \a after, empty otherwise.
    void finished(const roledesk::ApplyOutcome &outcome, const roledesk::SnapshotPtr &after,
                  const QList<roledesk::PlanDifference> &differences);

private:
    pg::Connection m_conn;
    std::atomic_bool m_cancelled{false};
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::Plan)
