#pragma once

#include "pg/connection.h"

#include <QString>
#include <QStringList>

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

/// The first column of every row of \a sql, as text; on error, one row naming the error (so that a
/// QCOMPARE against the expected rows shows it).
QStringList queryColumn(pg::Connection &conn, const QString &sql, const pg::Params &params = {});

/// Empty when \a e is a refusal with \a sqlstate whose message names each of \a mentions; otherwise
/// what happened instead (no error at all: the refused statement succeeded), for QVERIFY2.
QString refusalProblem(const pg::Error &e, const char *sqlstate, const QStringList &mentions);

/// Every entry below \a dir (hidden ones too; links listed, not followed) as a path relative to it, sorted.
QStringList listFiles(const QString &dir);

/// The operating-system account the sandbox's server runs as when the tests run as root
/// (ROLEDESK_SANDBOX_USER, default postgres, as tests/sandbox/sandbox.sh uses).
QString sandboxServerAccount();

/// Hands \a path and everything below it (links themselves, not their targets) to that account
/// when running as root, as the sandbox's own folders are; true when done or not needed.
bool chownToSandboxServer(const QString &path);

/// True when \a path belongs to that account (always when not running as root).
bool ownedBySandboxServer(const QString &path);

/// Sets pgx_inference_ce's server setting \a setting (a pgx_inference.* name) the one way the
/// extension accepts, in the transaction open on \a conn (a superuser's): configured for the
/// database (ALTER DATABASE ... SET, which goes with the transaction's rollback) and the session's
/// value the same (set_config; for the transaction only when \a local). Use with QVERIFY.
bool configure(pg::Connection &conn, const char *setting, const QString &value, bool local = true);

/// pgx_inference_ce's server settings configured, committed, for the sessions that one login role
/// opens in one database (ALTER ROLE ... IN DATABASE ... SET): for a setting that several
/// connections or a child process (roledesk-cli) need. Only connections opened afterwards have the
/// value; the role's sessions opened before now differ from it, and the extension refuses them.
/// Each setting set here is RESET when this goes, also after a failed check.
class ConfiguredSettings {
public:
    /// For \a role (default: the sandbox's superuser) in \a database.
    explicit ConfiguredSettings(const QString &database, const QString &role = {});
    ~ConfiguredSettings();
    ConfiguredSettings(const ConfiguredSettings &) = delete;
    ConfiguredSettings &operator=(const ConfiguredSettings &) = delete;

    /// Configures \a setting = \a value for the role, on a superuser connection of its own, or
    /// fails the calling test. Use with QVERIFY.
    bool set(const char *setting, const QString &value);
    /// RESETs every setting set so far.
    void reset();

private:
    pg::Connection m_conn;
    QString m_database;
    QString m_role;
    QStringList m_names;
};

/// Leaves nothing of a model test behind in a database with pgx_inference_ce: as the connection's
/// own (superuser) role, unloads and deletes those of \a models that exist, then drops those of
/// \a roles that exist, with their model-role rows, what they own and their grants.
void dropModelFixture(pg::Connection &conn, const QStringList &models, const QStringList &roles);

/// Leaves nothing of a scratch fixture behind, as \a root (a superuser): drops \a databases
/// (WITH FORCE), then every role whose name starts with \a memberPrefix, then every role whose
/// name starts with \a groupPrefix (members first, so that no membership holds a group up).
/// Cluster roles that other databases share are left alone.
void dropScratch(pg::Connection &root, const QStringList &databases, const QString &memberPrefix,
                 const QString &groupPrefix);

} // namespace roledesk::test
