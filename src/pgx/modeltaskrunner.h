#pragma once

#include "pg/connection.h"
#include "pgx/modeltask.h"

#include <QObject>

#include <atomic>
#include <mutex>

namespace roledesk {

/// Runs model tasks (import, load, unload, delete, metadata, file replacement, export) one at a
/// time on a worker thread, each with a connection of its own opened from the options given.
///
/// Use: create it without a parent, move it to a QThread, connect progressed() and finished()
/// (they cross threads queued, carrying values), then call start() from the GUI thread; call
/// cancel() from any thread. Quit the thread after cancel() and delete the runner when the
/// thread has finished (connect QThread::finished to deleteLater), as Session does for
/// ApplyWorker.
///
///     auto *runner = new ModelTaskRunner;
///     runner->moveToThread(&m_modelThread);
///     connect(&m_modelThread, &QThread::finished, runner, &QObject::deleteLater);
///     connect(runner, &ModelTaskRunner::progressed, dialog, &ImportDialog::setProgress);
///     connect(runner, &ModelTaskRunner::finished, this, &Page::onModelTaskFinished);
///     m_modelThread.start();
///     runner->start(options, ModelTaskRequest::importFile(name, path, metadataJson));
///
/// Every task started gets exactly one finished(); a task cancelled before it began finishes
/// as Cancelled without connecting.
class ModelTaskRunner : public QObject {
    Q_OBJECT
public:
    explicit ModelTaskRunner(QObject *parent = nullptr);
    ~ModelTaskRunner() override;

    /// Registers the metatypes the signals and slots carry; called by the constructor, safe to repeat.
    static void registerMetaTypes();

    /// Thread-safe: queues \a request to run on the runner's thread with a connection opened
    /// from \a options (the user it connects as performs the task). Returns the task's number,
    /// which finished() and progressed() carry.
    quint64 start(const roledesk::pg::ConnectOptions &options, const roledesk::ModelTaskRequest &request);

    /// Thread-safe: cancels the running task (between chunks, and the statement in flight on
    /// the server) and every task queued before this call. Nothing of a cancelled task is kept.
    void cancel();

public slots:
    /// Runs one task, blocking, on the runner's thread; start() queues this. Emits progressed()
    /// while it streams and finished() once.
    void run(quint64 task, const roledesk::pg::ConnectOptions &options, const roledesk::ModelTaskRequest &request);

signals:
    /// \a done of \a total bytes of task \a task are streamed (Import, ReplaceFile, Export): first
    /// 0, then at most every 50 ms, and always the last step; \a done never decreases within a task.
    void progressed(quint64 task, qint64 done, qint64 total);
    /// Task \a task ended; see ModelOutcome (status, cause, message for people).
    void finished(quint64 task, const roledesk::ModelOutcome &outcome);

private:
    pg::Connection m_conn;
    std::atomic_bool m_cancelled{false};
    std::atomic<quint64> m_latest{0};
    std::mutex m_stateMutex;       // orders cancel() against the start of a task
    quint64 m_cancelledUpTo = 0;   // guarded by m_stateMutex
};

} // namespace roledesk
