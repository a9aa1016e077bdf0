#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <mutex>

namespace roledesk {

/// One database of the sweep: its snapshot, or why it could not be read.
struct SweptDatabase {
    QString database;
    SnapshotPtr snapshot;   ///< null when the database could not be read
    pg::Error error;        ///< the libpq or server error
    QString message;        ///< translated, names the database and the login:
                            ///< "could not connect to database \"x\" as \"y\": ..."
    bool ok() const { return snapshot != nullptr; }
};

/// Reads every database of a server in turn: the databases the login can see (pg_database rows
/// that allow connections and are not templates), each through its own connection with the same
/// options but that dbname, into a Snapshot handed to a callback before the next is read (so only
/// one snapshot need be alive at a time). A database that refuses the connection or whose catalog
/// cannot be read becomes an entry with an error, and the sweep goes on. Knows nothing of people:
/// the console's Person page and roledesk-cli lint / person share it. Blocking; run it on a worker
/// thread in the console (it touches no QObject).
class DatabaseSweep {
    Q_DECLARE_TR_FUNCTIONS(roledesk::DatabaseSweep)
public:
    /// Called before each database is read: \a index of \a count (0-based), its name.
    using Progress = std::function<void(int index, int count, const QString &database)>;
    /// Called with each database's result, in the order of listDatabases().
    using Visit = std::function<void(const SweptDatabase &database)>;

    /// The result of a sweep: how many databases there were and whether it was cancelled.
    struct Outcome {
        QStringList databases;  ///< every database listed, in order
        int read = 0;           ///< databases whose snapshot was read
        int failed = 0;         ///< databases that could not be read (each visited with an error)
        bool cancelled = false; ///< stopped by \a cancelled; the rest were not visited
        pg::Error error;        ///< listing the databases failed (nothing was visited)
        bool ok() const { return error.isNull(); }
    };

    /// The databases of the server the connection \a conn (open) can see, by name: datallowconn
    /// and not datistemplate.
    static QStringList listDatabases(pg::Connection &conn, pg::Error *error = nullptr);

    /// \a options with dbname replaced by \a database. A dbname holding a URI or a key=value
    /// string is expanded first by libpq's own parser, so its other settings are kept.
    static pg::ConnectOptions withDatabase(const pg::ConnectOptions &options, const QString &database);

    /// Connects with \a options, lists the databases, then reads each in turn and calls \a visit.
    /// \a cancelled is polled between databases and between catalog parts; a read in flight is
    /// stopped by cancel() (thread-safe) as well.
    Outcome run(const pg::ConnectOptions &options, const Visit &visit, const Progress &progress = {},
                const std::atomic_bool *cancelled = nullptr);
    /// The same over \a databases (already listed, e.g. a subset).
    Outcome run(const pg::ConnectOptions &options, const QStringList &databases, const Visit &visit,
                const Progress &progress = {}, const std::atomic_bool *cancelled = nullptr);

    /// Thread-safe: stops the query running now (the caller also raises its cancel flag).
    void cancel();

private:
    std::mutex m_mutex;
    pg::Connection *m_current = nullptr;   // guarded by m_mutex
};

} // namespace roledesk
