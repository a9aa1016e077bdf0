#pragma once

#include "pg/connection.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace roledesk {

class EffectiveRights;

/// Reads every database of the server once (DatabaseSweep) on a thread of its own and keeps each
/// database's effective rights, so that the Person page can show any person across all of them
/// without reading again. What was read stays when the sweep is cancelled; a database that could
/// not be read is an entry with its message, never a dialog.
class ServerRightsSweep : public QObject {
    Q_OBJECT
public:
    /// One database of the sweep: its rights, or why it could not be read.
    struct Entry {
        QString database;
        std::shared_ptr<const EffectiveRights> rights; ///< null when it could not be read
        QString error;                                 ///< translated; names the database and the login
    };

    explicit ServerRightsSweep(QObject *parent = nullptr);
    /// Stops a running sweep and waits for its thread.
    ~ServerRightsSweep() override;

    /// Forgets what was read and starts reading every database with \a options (its dbname
    /// replaced by each database's). A running sweep is cancelled first.
    void start(const pg::ConnectOptions &options);
    /// Stops the running sweep (the query in flight too); the databases read so far stay.
    void cancel();
    /// Forgets everything (a running sweep is cancelled).
    void clear();

    bool isRunning() const { return m_running; }
    /// The databases read (or refused) so far, in the server's order.
    const QList<Entry> &entries() const { return m_entries; }
    /// Every database the server listed; empty until listed.
    const QStringList &databases() const { return m_databases; }
    /// The listed databases with no entry: not read yet, or never (cancelled).
    QStringList notRead() const;
    /// Whether the last sweep was cancelled before it read every database.
    bool wasCancelled() const { return m_cancelled; }
    /// Whether a sweep ran to its end (every database read or refused).
    bool isComplete() const { return m_complete; }
    /// Why the databases could not even be listed (translated), or empty.
    QString error() const { return m_error; }
    /// The options of the last start().
    const pg::ConnectOptions &options() const { return m_options; }

signals:
    /// Database \a index of \a count, \a database, is being read.
    void progressed(int index, int count, const QString &database);
    /// An entry was added to entries().
    void databaseRead(const QString &database);
    /// The sweep ended: complete, cancelled, or failed (error()).
    void finished();

private:
    struct Run;
    void onListed(quint64 token, const QStringList &databases);
    void onEntry(quint64 token, const Entry &entry);
    void onFinished(quint64 token, bool cancelled, const QString &error);

    QThreadPool m_pool;            // one thread: the sweep never takes the shared pool's threads
    std::shared_ptr<Run> m_run;    // the running sweep's cancel flag and DatabaseSweep
    quint64 m_token = 0;           // results of older sweeps are dropped
    pg::ConnectOptions m_options;
    QList<Entry> m_entries;
    QStringList m_databases;
    QString m_error;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_complete = false;
};

} // namespace roledesk
