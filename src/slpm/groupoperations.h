#pragma once

#include "pg/connection.h"
#include "plan/sqlgenerator.h"
#include "slpm/schemagroups.h"
#include "store/journal.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>

namespace roledesk {

/// The model-wide operations of the schema-group models, which are not plan changes: each runs
/// on its own (slpm_enable refuses to run beside other sessions' SQL, migrate and cleanup commit
/// batch by batch).
enum class GroupOperation {
    Enable,   ///< CALL slpm_enable() / spm_enable(); with reenable: slpm_enable('t') after cleanup
    Migrate,  ///< CALL slpm_migrate(batch) / spm_migrate, repeated until it answers COMPLETED
    Disable,  ///< CALL slpm_disable() / spm_disable()
    Cleanup,  ///< CALL slpm_cleanup(db, batch) / spm_cleanup, repeated until COMPLETED
};

/// One operation, as a value a GroupOperationRunner carries to its thread.
struct GroupOperationRequest {
    GroupOperation operation = GroupOperation::Enable;
    GroupModel model = GroupModel::Slpm;
    int batch = 64;        ///< Migrate / Cleanup: objects per call (the vendor's default)
    QString database;      ///< Cleanup: the database whose groups go (required; usually the current one)
    bool reenable = false; ///< Enable (SLPM): slpm_enable('t'), Hologres' re-enable after cleanup

    /// The statement of one call (one batch for Migrate and Cleanup); values bound.
    Statement statement() const;
    /// A translated one-line name of the operation ("Enable SLPM", "Migrate objects to SPM").
    QString title() const;
};

/// What an operation did. \c message is for people: it names the operation and the cause.
struct GroupOperationOutcome {
    enum class Status {
        Done,
        Failed,         ///< refused or failed; the batch in flight was rolled back, earlier ones stay
        Cancelled,      ///< cancel() was honoured between or during batches; earlier batches stay
        ConnectionLost, ///< the session ended; earlier batches stay, the one in flight did not commit
    };
    Status status = Status::Done;
    int batches = 0;            ///< calls that committed
    bool completed = false;     ///< Migrate / Cleanup: the last call answered COMPLETED
    QString message;
    pg::Error error;            ///< the server's error as it came (Failed, ConnectionLost)
    QStringList sql;            ///< the statements that ran and committed, as people read them
    QString failedSql;          ///< the statement that failed or was cancelled, as people read it
    // Who performed it and where, as the server said on the operation's own connection: the journal's.
    QString sessionUser, database, server, systemIdentifier;
    qint64 elapsedMs = 0;
};

/// Runs schema-group operations one at a time on a worker thread, each with a connection of its
/// own, as ModelTaskRunner does for model tasks: move it to a QThread, connect the signals, call
/// start() from the GUI thread and cancel() from any thread. Migrate and cleanup commit after each
/// batch, so a cancelled or cut-off run is resumed by running it again.
class GroupOperationRunner : public QObject {
    Q_OBJECT
public:
    explicit GroupOperationRunner(QObject *parent = nullptr);
    ~GroupOperationRunner() override;

    static void registerMetaTypes();

    /// Thread-safe: queues \a request on the runner's thread with a connection opened from
    /// \a options. Returns the task's number, which the signals carry.
    quint64 start(const roledesk::pg::ConnectOptions &options, const roledesk::GroupOperationRequest &request);
    /// Thread-safe: cancels the running operation (the call in flight on the server too) and every
    /// operation queued before this call.
    void cancel();

    /// Blocking, on the caller's thread and \a conn (outside a transaction): what run() does.
    /// \a progress gets (batches done, objects left or -1 when unknown) after each batch.
    /// The journal's account of \a request ended as \a outcome: kind "schema groups enable" (migrate,
    /// disable, cleanup), the database as subject, the calls that ran, who and where.
    static JournalEntry journalEntry(const GroupOperationRequest &request, const GroupOperationOutcome &outcome);

    static GroupOperationOutcome perform(pg::Connection &conn, const GroupOperationRequest &request,
                                         const std::function<void(int, qint64)> &progress = {},
                                         const std::atomic_bool *cancelled = nullptr);

public slots:
    void run(quint64 task, const roledesk::pg::ConnectOptions &options, const roledesk::GroupOperationRequest &request);

signals:
    /// After each committed batch of task \a task: \a batches done, \a left objects still to hand
    /// over (-1 when the server cannot tell, as on Hologres).
    void progressed(quint64 task, int batches, qint64 left);
    /// Task \a task ended.
    void finished(quint64 task, const roledesk::GroupOperationOutcome &outcome);

private:
    pg::Connection m_conn;
    std::atomic_bool m_cancelled{false};
    std::atomic<quint64> m_latest{0};
    std::mutex m_stateMutex;
    quint64 m_cancelledUpTo = 0;
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::GroupOperationRequest)
Q_DECLARE_METATYPE(roledesk::GroupOperationOutcome)
