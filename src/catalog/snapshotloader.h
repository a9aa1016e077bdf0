#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace roledesk {

/// Reads a Snapshot on a worker thread with a connection of its own. Create it, move it to a
/// QThread, then call requestLoad() and cancel() from the GUI thread; results arrive as queued
/// signals carrying the token requestLoad() returned, so a caller can drop stale ones.
class SnapshotLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject *parent = nullptr);
    ~SnapshotLoader() override;

    /// Registers the metatypes the signals carry; called by the constructor, safe to repeat.
    static void registerMetaTypes();

    /// Thread-safe: cancels whatever runs and queues a load with \a options on the loader's
    /// thread. Returns the token the signals of this load will carry.
    quint64 requestLoad(const pg::ConnectOptions &options);

    /// Thread-safe: stops the running load (between catalog parts and inside a running query)
    /// and every load queued before this call. A cancelled load emits failed() with
    /// SQLSTATE 57014, unless it was already stale.
    void cancel();

    /// The token of the most recent requestLoad().
    quint64 latestToken() const { return m_latest.load(); }

    /// "user@host:port/database" plus the server version, for a status bar.
    static QString connectionSummary(const pg::Connection &conn);

public slots:
    /// Runs one load (blocking, on the loader's thread). Skipped when \a token is no longer the
    /// latest by the time it starts.
    void load(quint64 token, const roledesk::pg::ConnectOptions &options);

signals:
    /// A catalog part is done.
    void progressed(quint64 token, int done, int total, const QString &part);
    /// The snapshot was read; \a summary describes the connection.
    void loaded(quint64 token, roledesk::SnapshotPtr snapshot, const QString &summary);
    /// Connecting or reading failed, or the load was cancelled (SQLSTATE 57014).
    void failed(quint64 token, const roledesk::pg::Error &error);

private:
    pg::Connection m_conn;
    std::atomic<quint64> m_latest{0};
    std::atomic_bool m_cancelled{false};
    std::mutex m_stateMutex;       // orders cancel() against the start of a load
    quint64 m_cancelledUpTo = 0;   // guarded by m_stateMutex
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::pg::ConnectOptions)
