#include "scratchcluster.h"

#include "sandbox.h"

#include "pg/identifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <unistd.h>

namespace roledesk::test {

namespace {

bool runAsServerAccount(const QString &program, const QStringList &args, QString *error)
{
    if (geteuid() != 0)
        return runProgram(program, args, error);
    return runProgram(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), sandboxServerAccount(), QStringLiteral("--"), program} + args,
                      error);
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : quint16(0);
}

} // namespace

QString pgBin(const QString &tool)
{
    return qEnvironmentVariable("ROLEDESK_PGBIN", QStringLiteral("/usr/lib/postgresql/15/bin")) + u'/' + tool;
}

bool runProgram(const QString &program, const QStringList &args, QString *error, QString *stderrText)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(180000);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    if (stderrText)
        *stderrText = err;
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QStringLiteral("%1 %2 failed: %3%4").arg(program, args.join(u' '), err, QString::fromLocal8Bit(p.readAllStandardOutput()));
    return false;
}

QStringList sandboxToolArgs()
{
    return {QStringLiteral("-h"), qEnvironmentVariable("PGHOST"), QStringLiteral("-p"), qEnvironmentVariable("PGPORT"),
            QStringLiteral("-U"), QStringLiteral("postgres")};
}

bool ScratchCluster::start(QString *error)
{
    if (!m_dir.isValid() || !(m_port = freePort())) {
        *error = QStringLiteral("no temporary folder or free port");
        return false;
    }
    // The server's account must reach the folder and own the data and socket folders.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    for (const QString &sub : {QStringLiteral("data"), QStringLiteral("run")}) {
        if (!QDir(m_dir.path()).mkdir(sub)) {
            *error = QStringLiteral("cannot create ") + m_dir.filePath(sub);
            return false;
        }
        if (!chownToSandboxServer(m_dir.filePath(sub))) {
            *error = QStringLiteral("cannot hand %1 to %2").arg(m_dir.filePath(sub), sandboxServerAccount());
            return false;
        }
    }
    if (!runAsServerAccount(pgBin(QStringLiteral("initdb")),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                             QStringLiteral("--auth-local=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                            error))
        return false;
    const QString options = QStringLiteral("-c listen_addresses='' -c port=%1 -c unix_socket_directories='%2' "
                                           "-c fsync=off -c max_connections=20")
                                .arg(m_port)
                                .arg(socketDir());
    m_started = true;
    return runAsServerAccount(pgBin(QStringLiteral("pg_ctl")),
                              {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("run/server.log")),
                               QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                               QStringLiteral("start")},
                              error);
}

void ScratchCluster::stop()
{
    if (!m_started)
        return;
    QString ignored;
    runAsServerAccount(pgBin(QStringLiteral("pg_ctl")),
                       {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                        QStringLiteral("stop")},
                       &ignored);
    m_started = false;
}

pg::ConnectOptions ScratchCluster::options(const QString &db) const
{
    return {{QStringLiteral("host"), socketDir()}, {QStringLiteral("port"), QString::number(m_port)},
            {QStringLiteral("dbname"), db}, {QStringLiteral("user"), QStringLiteral("postgres")}};
}

QStringList ScratchCluster::connectArgs() const
{
    return {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
            QStringLiteral("postgres")};
}

bool ScratchCluster::usable(QString *why)
{
    if (!sandboxConfigured(why))
        return false;
    if (!QFileInfo(pgBin(QStringLiteral("initdb"))).isExecutable()) {
        *why = pgBin(QStringLiteral("initdb")) + QStringLiteral(" is missing");
        return false;
    }
    return true;
}

bool ScratchCluster::dumpFromSandbox(const QString &db, QString *error) const
{
    return runProgram(pgBin(QStringLiteral("pg_dumpall")),
                      sandboxToolArgs() + QStringList{QStringLiteral("-g"), QStringLiteral("-f"), file(QStringLiteral("globals.sql"))}, error)
           && runProgram(pgBin(QStringLiteral("pg_dump")),
                         sandboxToolArgs() + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), file(QStringLiteral("db.dump")), db},
                         error);
}

bool ScratchCluster::startWithDump(const QString &db, pg::Connection *admin, QString *error)
{
    if (!start(error) || !dumpFromSandbox(db, error))
        return false;
    if (const pg::Error e = admin->open(options(QStringLiteral("postgres"))); !e.isNull()) {
        *error = e.toString();
        return false;
    }
    for (int i = 0; i < 11; ++i) {
        for (const QString &sql : {QStringLiteral("CREATE ROLE scratch_filler_%1").arg(i), QStringLiteral("CREATE SCHEMA scratch_filler_%1").arg(i)}) {
            if (const pg::Result r = admin->exec(sql); !r.ok()) {
                *error = r.error().toString();
                return false;
            }
        }
    }
    return true;
}

bool ScratchCluster::restoreDump(const QString &db, QString *error) const
{
    QString psqlErrors;
    QString ignored;
    runProgram(pgBin(QStringLiteral("psql")),
               connectArgs() + QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("postgres"),
                                           QStringLiteral("-f"), file(QStringLiteral("globals.sql"))},
               &ignored, &psqlErrors);
    static const QRegularExpression errorLine(QStringLiteral("ERROR:  (.*)"));
    for (auto m = errorLine.globalMatch(psqlErrors); m.hasNext();) {
        const QString line = m.next().captured(1);
        if (!line.startsWith(u"role ") || !line.endsWith(u" already exists")) {
            *error = psqlErrors;
            return false;
        }
    }
    pg::Connection admin;
    if (const pg::Error e = admin.open(options(QStringLiteral("postgres"))); !e.isNull()) {
        *error = e.toString();
        return false;
    }
    if (const pg::Result r = admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(pg::quoteIdent(db))); !r.ok()) {
        *error = r.error().toString();
        return false;
    }
    return runProgram(pgBin(QStringLiteral("pg_restore")),
                      connectArgs() + QStringList{QStringLiteral("--exit-on-error"), QStringLiteral("-d"), db, file(QStringLiteral("db.dump"))},
                      error);
}

} // namespace roledesk::test
