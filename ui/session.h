#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

namespace roledesk {

class EffectiveRights;
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
    bool hasOptions() const { return !m_options.isEmpty(); }
    /// The rights of the latest snapshot, or nullptr.
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// "user@host:port/db — PostgreSQL x" of the latest snapshot.
    QString summary() const { return m_summary; }

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

private:
    void setState(State state);
    void onProgressed(quint64 token, int done, int total, const QString &part);
    void onLoaded(quint64 token, SnapshotPtr snapshot, const QString &summary);
    void onFailed(quint64 token, const pg::Error &error);

    QThread m_thread;
    SnapshotLoader *m_loader = nullptr; // lives on m_thread, deleted when it finishes
    pg::ConnectOptions m_options;
    quint64 m_token = 0;                // the load the GUI waits for; 0: none
    State m_state = State::Idle;
    std::shared_ptr<const EffectiveRights> m_rights;
    QString m_summary;
};

} // namespace roledesk
