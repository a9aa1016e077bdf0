#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"
#include "plan/applier.h"
#include "plan/plan.h"
#include "plan/planverifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

class QUndoStack;

namespace roledesk {

class ApplyWorker;
class EffectiveRights;
class Journal;
class SnapshotLoader;

/// The workspace's link to one database: loads snapshots on a worker thread, keeps the latest
/// one with its effective rights, and reports progress, success and failure as signals. It
/// never blocks the GUI thread and stays usable after any failure.
class Session : public QObject {
    Q_OBJECT
public:
    /// Idle (with or without a snapshot) or loading.
    enum class State { Idle, Loading };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Starts loading from \a options (a newer call supersedes a running one).
    void connectTo(const pg::ConnectOptions &options);
    /// Loads again with the last options; does nothing before the first connectTo().
    void refresh();
    /// Stops the running load; the previous snapshot stays shown.
    void cancel();

    State state() const { return m_state; }
    /// Emits stateChanged(), snapshotChanged() (when there is a snapshot) and pendingPlanChanged()
    /// again, for views that joined late (a window rebuilt in another language).
    void announce();
    bool hasOptions() const { return !m_options.isEmpty(); }
    /// The rights of the latest snapshot, or nullptr.
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// "user@host:port/db — PostgreSQL x" of the latest snapshot.
    QString summary() const { return m_summary; }
    /// The options of the last connectTo() (empty before).
    const pg::ConnectOptions &options() const { return m_options; }

    // --- The pending plan: edits not yet applied. Every edit is one undo command.

    /// The changes waiting to be applied, in the order they were made.
    const Plan &pendingPlan() const { return m_plan; }
    /// Undo and redo of pending-plan edits (owned by the session).
    QUndoStack *undoStack() const { return m_undo; }
    /// Adds \a changes to the plan as one undo command named \a text. A change that undoes a
    /// pending one cancels it (Plan::add); undo restores the plan exactly. Returns how many of
    /// the changes altered the plan (0: nothing was pushed).
    int addChanges(const QList<Change> &changes, const QString &text);
    /// Removes the changes at \a indexes (into pendingPlan().changes()) as one undo command.
    void removeChanges(const QList<int> &indexes, const QString &text);
    /// Replaces the whole plan as one undo command (e.g. a plan computed from a policy file).
    void replacePendingPlan(const Plan &plan, const QString &text);
    /// Empties the plan as one undo command (undoable).
    void clearPendingPlan();
    /// Empties the plan and forgets its undo history (after the plan was applied).
    void discardPendingPlan();
    /// The database identity the pending plan belongs to (Snapshot::identity(), or host:port/oid
    /// when the server's identifier cannot be read); empty before the first snapshot.
    QString planIdentity() const { return m_identity; }

    // --- Applying the pending plan (on a worker thread, with a connection of its own).

    /// Records every apply attempt in \a journal (may be null; not owned).
    void setJournal(Journal *journal) { m_journal = journal; }
    /// The journal applies are recorded in, or nullptr.
    Journal *journal() const { return m_journal; }
    /// Starts applying the pending plan, checked against the latest snapshot. False (and
    /// nothing starts) when the plan is empty, an apply or a load is running, or there is no
    /// snapshot. applyFinished() follows; on success the plan and its undo history are cleared.
    bool applyPendingPlan();
    /// Stops a running apply (rolled back).
    void cancelApply();
    bool isApplying() const { return m_applying; }

signals:
    /// The state changed (loading started or ended).
    void stateChanged(roledesk::Session::State state);
    /// A part of the catalog was read.
    void progressed(int done, int total, const QString &part);
    /// A new snapshot is ready.
    void snapshotChanged(std::shared_ptr<const roledesk::EffectiveRights> rights);
    /// Loading failed; \a error names the cause. Not emitted when the user cancelled.
    void loadFailed(const roledesk::pg::Error &error);
    /// The user cancelled a load.
    void loadCancelled();
    /// The pending plan changed (an edit, undo, redo, clear or apply).
    void pendingPlanChanged();
    /// A snapshot of another database arrived: the pending plan (\a changes changes) and its undo
    /// history, made on \a database, were set aside; they come back on reconnecting to it.
    void pendingPlanSetAside(int changes, const QString &database);
    /// Connecting back to \a database brought its set-aside plan (\a changes changes) back.
    void pendingPlanRestored(int changes, const QString &database);
    /// Applying started: \a statements will run against the latest snapshot's database.
    void applyStarted(int statements);
    /// \a done of \a total statements ran (not yet committed).
    void applyProgressed(int done, int total);
    /// Applying ended. A fresh snapshot, when one could be read, was announced by
    /// snapshotChanged() just before; \a differences: what the fresh snapshot does not show.
    void applyFinished(const roledesk::ApplyOutcome &outcome, const QList<roledesk::PlanDifference> &differences);

private:
    void setState(State state);
    void onProgressed(quint64 token, int done, int total, const QString &part);
    void onLoaded(quint64 token, SnapshotPtr snapshot, const QString &summary);
    void onFailed(quint64 token, const pg::Error &error);
    void onApplied(const ApplyOutcome &outcome, const SnapshotPtr &after, const QList<PlanDifference> &differences);
    void record(const ApplyOutcome &outcome);
    void setPlan(const Plan &plan);
    void pushPlan(const Plan &after, const QString &text);
    QString identityOf(const Snapshot &snapshot) const;
    void setAsidePlan();
    void restorePlan(const QString &identity);

    /// A plan set aside with its undo history, per database identity.
    struct AsidePlan {
        struct Step {
            QString text;
            Plan before;
            Plan after;
        };
        QList<Step> steps;
        int index = 0;
        Plan plan;
        QString database;
    };

    friend class PlanEditCommand;

    QThread m_thread;
    SnapshotLoader *m_loader = nullptr; // lives on m_thread, deleted when it finishes
    pg::ConnectOptions m_options;
    quint64 m_token = 0;                // the load the GUI waits for; 0: none
    State m_state = State::Idle;
    std::shared_ptr<const EffectiveRights> m_rights;
    QString m_summary;
    Plan m_plan;
    QUndoStack *m_undo = nullptr;
    QThread m_applyThread;
    ApplyWorker *m_applier = nullptr; // lives on m_applyThread
    bool m_applying = false;
    Plan m_applyingPlan;              // the plan being applied, for the journal
    Journal *m_journal = nullptr;
    QString m_identity;                 // the database identity the plan belongs to
    QString m_identityDatabase;         // its database name
    QHash<QString, AsidePlan> m_aside;  // plans set aside, by database identity
};

} // namespace roledesk
