#pragma once

#include "pg/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <cstdio>

namespace roledesk {
struct AuditStats;
enum class ExitCode : int;
}

namespace roledesk::cli {

/// The program name every message starts with.
inline constexpr auto programName = "roledesk-cli";

/// libpq messages can span lines ("connection to server ... failed: ..."): one line for stderr.
QString oneLine(const QString &text);

/// Writes \a text to \a stream (stdout or stderr) in the locale's encoding, flushed.
void printTo(FILE *stream, const QString &text);

/// "what: message (SQLSTATE x)" plus DETAIL and HINT lines, for a server or libpq error.
QString errorText(const QString &what, const pg::Error &e);

/// \a path made absolute, as every message that names a file shows it.
QString absolutePath(const QString &path);

/// "could not write <absolute path>: <why>" for an output file that would not open, why as
/// WriteFailure::reason() tells it (missing folder, read-only file, a folder that takes no new
/// file, a device's own refusal). \a openError is what OutputFile::open() said.
QString openFailure(const QString &path, const QString &openError);

/// The progress `audit` shows on standard error: the catalog's parts as they are read, then roles
/// done of all with rows and bytes written, at most about once a second, and a last line with the
/// totals. On a terminal one line rewritten in place; elsewhere (--progress) a line each time.
/// Standard output never gets any of it.
class AuditProgress {
    Q_DECLARE_TR_FUNCTIONS(AuditProgress) // the context lupdate gives it
public:
    /// Shows nothing unless \a enabled.
    explicit AuditProgress(bool enabled);
    /// True when progress is shown without --progress: standard error is a terminal, and the rows
    /// do not go to that terminal too (\a rowsToStdout with standard output a terminal).
    static bool wantedByDefault(bool rowsToStdout);
    /// After each part of the catalog: \a done of \a total, \a part just read.
    void catalog(int done, int total, const QString &part);
    /// Whenever the exporter reports: what it has written so far.
    void rows(const AuditStats &soFar);
    /// At the end: the totals when \a complete, else just clears the line for the error message.
    void finish(const AuditStats &stats, bool complete);
    /// Clears the line rewritten in place (terminal), before another message goes to stderr.
    void clearLine();

private:
    void show(const QString &text, bool force);

    bool m_enabled = false;
    bool m_terminal = false;
    bool m_lineOpen = false;
    qint64 m_last = -1;
    QElapsedTimer m_clock;
};

/// While it lives, SIGINT (Ctrl+C) and SIGTERM raise flag() instead of ending the program, so that
/// the work in progress can stop cleanly and take back its partial output; a second signal ends
/// the program at once. The previous handling comes back when it goes.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    /// Raised by the first signal; hand it to whatever polls for cancellation.
    const std::atomic_bool &flag() const;
    bool raised() const { return flag().load(); }
    /// Prints "roledesk-cli: \a message" to stderr, then ends the program by the signal that came,
    /// as a shell expects of an interrupted command (status 128 + signal). Clean up first.
    ExitCode stop(const QString &message) const;
};

} // namespace roledesk::cli
