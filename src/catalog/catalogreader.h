#pragma once

#include "catalog/snapshot.h"
#include "pg/error.h"

#include <QString>

#include <atomic>
#include <functional>

namespace roledesk {

namespace pg { class Connection; }

/// Result of reading a snapshot: a snapshot, or the error that stopped the read.
struct SnapshotOutcome {
    SnapshotPtr snapshot;
    pg::Error error;
    bool ok() const { return snapshot != nullptr; }
};

/// Reads the catalog of the connected database into a Snapshot, in one read-only
/// repeatable-read transaction. The queries are the .sql files under resources/catalog.
/// A part the login may not read (permission denied) becomes a warning, not a failure.
class CatalogReader {
public:
    /// Called after each part with the number of parts done, their total and the part's name.
    using Progress = std::function<void(int done, int total, const QString &part)>;

    /// Blocking; run it on a worker thread. \a cancelled is polled between parts; to stop a
    /// running query as well, call Connection::requestCancel().
    static SnapshotOutcome read(pg::Connection &conn, const Progress &progress = {},
                                const std::atomic_bool *cancelled = nullptr);

    /// Parses the acl column the catalog queries return ("grantee:grantor:PRIV:bool,...").
    static QList<AclEntry> parseAcl(QStringView text);
};

} // namespace roledesk
