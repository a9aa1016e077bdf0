#pragma once

#include "inenglish.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace roledesk::test {

/// What one run of roledesk-cli as a process did.
struct CliOutcome {
    int exitCode = -1; ///< -1: it crashed or did not finish in time
    QString out;
    QString err;
};

/// Runs the roledesk-cli under test (ROLEDESK_CLI_BINARY) with \a arguments in \a environment
/// (English unless told otherwise), standard input a closed pipe (never a terminal), and waits for
/// it (two minutes at most).
inline CliOutcome runCliProcess(const QStringList &arguments, const QProcessEnvironment &environment = inEnglish())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// runCliProcess in English with XDG_DATA_HOME at \a dataHome, so that a run never journals
/// into the user's own workspace.
inline CliOutcome runCliWithDataHome(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment env = inEnglish();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return runCliProcess(arguments, env);
}

/// The outcome for a failure message: exit code, stdout and stderr.
inline QString describe(const CliOutcome &o)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(o.exitCode).arg(o.out, o.err);
}

} // namespace roledesk::test
