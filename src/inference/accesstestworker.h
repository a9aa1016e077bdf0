#pragma once

#include "catalog/snapshot.h"
#include "inference/accesstester.h"
#include "pg/connection.h"

#include <QObject>

#include <atomic>

namespace roledesk {

/// Runs an access test (AccessTester) for the GUI on a worker thread with a connection of its
/// own. Create it, move it to a QThread, invoke run() queued, call cancel() from any thread;
/// results arrive as queued signals carrying the caller's token.
class AccessTestWorker : public QObject {
    Q_OBJECT
public:
    explicit AccessTestWorker(QObject *parent = nullptr);
    ~AccessTestWorker() override;

    /// Registers the metatypes the signals carry; called by the constructor, safe to repeat.
    static void registerMetaTypes();

    /// Thread-safe: stops the test between cells and inside a running call; finished() follows
    /// with the cells done so far and AccessReport::cancelled set.
    void cancel();

public slots:
    /// Connects with \a options and tests every cell against \a base: its models
    /// (Snapshot::models) and its rights are what the matrix shows, so the predictions are exactly
    /// the matrix's. A null \a base reads a fresh snapshot first. Blocking, on the worker's thread.
    void run(quint64 token, const roledesk::pg::ConnectOptions &options,
             const roledesk::AccessTestOptions &test, const roledesk::SnapshotPtr &base);

signals:
    /// \a done of \a total cells are tested; \a cell is the latest.
    void progressed(quint64 token, int done, int total, const roledesk::AccessCell &cell);
    /// The test ended; AccessReport::error names what stopped it early, if anything did.
    void finished(quint64 token, const roledesk::AccessReport &report);

private:
    pg::Connection m_conn;
    std::atomic_bool m_cancelled{false};
};

} // namespace roledesk
