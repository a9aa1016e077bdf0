#pragma once

#include "inference/sqlinference.h"
#include "pg/connection.h"

#include <QObject>

#include <atomic>

namespace roledesk {

/// Runs test inferences through the database for the GUI, on a worker thread with a connection
/// of its own (kept open between runs with the same options). Create it, move it to a QThread,
/// invoke run() queued, call cancel() from any thread; results arrive as queued signals carrying
/// the caller's token, so stale ones can be dropped.
class SqlInferenceWorker : public QObject {
    Q_OBJECT
public:
    explicit SqlInferenceWorker(QObject *parent = nullptr);
    ~SqlInferenceWorker() override;

    /// Registers the metatypes the signals carry; called by the constructor, safe to repeat.
    static void registerMetaTypes();

    /// Thread-safe: stops the run in progress (a 57014 error at the Call stage) and its repeats
    /// left; a run that has not started yet is not affected.
    void cancel();

public slots:
    /// Runs \a request \a repeat times (at least once), emitting ranOnce() after each, then
    /// finished(). Stops at the first failure or on cancel(). Blocking, on the worker's thread.
    void run(quint64 token, const roledesk::pg::ConnectOptions &options,
             const roledesk::SqlInferenceRequest &request, int repeat = 1);
    /// Closes the connection (e.g. when the GUI disconnects).
    void disconnectFromDatabase();

signals:
    /// Run \a index (0-based) of \a total is done.
    void ranOnce(quint64 token, int index, int total, const roledesk::SqlInferenceResult &result);
    /// All runs of \a token are done, \a completed of them succeeded; \a cancelled when cancel() stopped them.
    void finished(quint64 token, int completed, bool cancelled);

private:
    pg::Connection m_conn;
    pg::ConnectOptions m_options; // what m_conn is open with
    std::atomic_bool m_cancelled{false};
};

} // namespace roledesk
