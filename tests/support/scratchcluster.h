#pragma once

#include "pg/connection.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace roledesk::test {

/// Path of a PostgreSQL 15 program (ROLEDESK_PGBIN, else Debian's /usr/lib/postgresql/15/bin).
QString pgBin(const QString &tool);

/// Runs \a program; true when it exits 0, else \a error holds its output. \a stderrText gets
/// what it wrote to stderr either way.
bool runProgram(const QString &program, const QStringList &args, QString *error, QString *stderrText = nullptr);

/// -h/-p/-U of the sandbox (tests/run.sh's PGHOST and PGPORT, user postgres) for pg_dump & co.
QStringList sandboxToolArgs();

/// A second PostgreSQL cluster in a temporary folder: Unix socket only (in that folder), on a free
/// port number. Stopped and removed on destruction, so a failed check leaves nothing running.
/// initdb and the server refuse to run as root: as root, they run as the sandbox server's account.
class ScratchCluster {
public:
    ~ScratchCluster() { stop(); }

    bool start(QString *error);
    void stop();

    pg::ConnectOptions options(const QString &db) const;
    /// -h/-p/-U for the command-line tools.
    QStringList connectArgs() const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// True when the sandbox is configured and initdb is there; else \a why says what is missing.
    static bool usable(QString *why);
    /// pg_dumpall -g of the sandbox and pg_dump -Fc of its database \a db, into this cluster's folder.
    bool dumpFromSandbox(const QString &db, QString *error) const;
    /// start(), dumpFromSandbox(\a db), then \a admin connected to the new cluster's postgres
    /// database, where filler roles and schemas are made first so that the restored roles and
    /// schemas get other OIDs than the source's (the OID counter is the cluster's).
    bool startWithDump(const QString &db, pg::Connection *admin, QString *error);
    /// Loads the dumped globals (only "role ... already exists" may be refused: roles a test made
    /// beforehand, and postgres), creates database \a db from template0 and pg_restores the dump
    /// into it with --exit-on-error. False with \a error otherwise.
    bool restoreDump(const QString &db, QString *error) const;

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString socketDir() const { return m_dir.filePath(QStringLiteral("run")); }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace roledesk::test
