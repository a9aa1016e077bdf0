#pragma once

#include "pg/connection.h"

#include <QString>

namespace roledesk::test {

/// Connection options for a database of the test sandbox, taken from the environment that
/// tests/run.sh exports (PGHOST, PGPORT, PGUSER). Empty when the sandbox is not configured.
pg::ConnectOptions sandboxOptions(const QString &database, const QString &user = {});

/// True when PGHOST and PGPORT are set; otherwise \a why says what is missing. Live tests QFAIL
/// (never skip) when this is false.
bool sandboxConfigured(QString *why);

/// Opens a connection to \a database in the sandbox as \a user (default: the superuser) or
/// fails the calling test. Use with QVERIFY(open(...)).
bool openSandbox(pg::Connection &conn, const QString &database, const QString &user = {});

/// Runs \a sql on \a conn and fails the calling test on error.
bool execOrFail(pg::Connection &conn, const QString &sql, const pg::Params &params = {});

/// Leaves nothing of a model test behind in a database with pgx_inference_ce: as the connection's
/// own (superuser) role, unloads and deletes those of \a models that exist, then drops those of
/// \a roles that exist, with their model-role rows, what they own and their grants.
void dropModelFixture(pg::Connection &conn, const QStringList &models, const QStringList &roles);

} // namespace roledesk::test
