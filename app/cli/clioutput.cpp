#include "clioutput.h"
#include "cliapp.h"
#include "export/auditexporter.h"
#include "export/writefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QLocale>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace roledesk::cli {

QString oneLine(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts).join(u' ').simplified();
}

void printTo(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    out.flush();
}

QString errorText(const QString &what, const pg::Error &e)
{
    QString out = what + QStringLiteral(": ") + oneLine(e.message);
    if (!e.sqlstate.isEmpty())
        out += QStringLiteral(" (SQLSTATE %1)").arg(e.sqlstate);
    if (!e.detail.isEmpty())
        out += QStringLiteral("\nDETAIL: ") + oneLine(e.detail);
    if (!e.hint.isEmpty())
        out += QStringLiteral("\nHINT: ") + oneLine(e.hint);
    return out;
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString openFailure(const QString &path, const QString &openError)
{
    const QString file = absolutePath(path);
    return CliApp::tr("could not write %1: %2").arg(file, WriteFailure::reason(file, openError));
}

namespace {

// Progress at most this often (ms): enough to see it move, too seldom to cost anything.
constexpr qint64 progressInterval = 1000;

std::atomic_bool interrupted{false};
volatile std::sig_atomic_t interruptSignal = 0;
struct sigaction previousInt {};
struct sigaction previousTerm {};

extern "C" void onInterrupt(int signal)
{
    interruptSignal = signal;
    interrupted.store(true);
}

} // namespace

AuditProgress::AuditProgress(bool enabled)
    : m_enabled(enabled), m_terminal(::isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
}

bool AuditProgress::wantedByDefault(bool rowsToStdout)
{
    return ::isatty(STDERR_FILENO) == 1 && !(rowsToStdout && ::isatty(STDOUT_FILENO) == 1);
}

void AuditProgress::show(const QString &text, bool force)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (!force && m_last >= 0 && now - m_last < progressInterval)
        return;
    m_last = now;
    const QString line = QLatin1String(programName) + QStringLiteral(": audit: ") + text;
    if (m_terminal) {
        printTo(stderr, u'\r' + line + QStringLiteral("\x1b[K"));
        m_lineOpen = true;
    } else {
        printTo(stderr, line + u'\n');
    }
}

void AuditProgress::catalog(int done, int total, const QString &part)
{
    show(tr("reading the catalog: %1 (%2 of %3)").arg(part).arg(done).arg(total), done == 1);
}

void AuditProgress::rows(const AuditStats &soFar)
{
    // The first report (nothing written yet) shows at once: the export has begun.
    show(tr("%1 of %2 roles, %L3 rows, %4 written")
             .arg(soFar.roles).arg(soFar.rolesTotal).arg(soFar.rows)
             .arg(QLocale().formattedDataSize(soFar.bytes)),
         soFar.rows == 0 && soFar.roles == 0);
}

void AuditProgress::finish(const AuditStats &stats, bool complete)
{
    if (complete) {
        show(tr("done: %1 of %2 roles, %L3 rows (%L4 granted), %5 written")
                 .arg(stats.roles).arg(stats.rolesTotal).arg(stats.rows).arg(stats.granted)
                 .arg(QLocale().formattedDataSize(stats.bytes)),
             true);
        if (m_lineOpen)
            printTo(stderr, QStringLiteral("\n"));
        m_lineOpen = false;
    } else {
        clearLine();
    }
}

void AuditProgress::clearLine()
{
    if (m_lineOpen)
        printTo(stderr, QStringLiteral("\r\x1b[K"));
    m_lineOpen = false;
}

InterruptGuard::InterruptGuard()
{
    interrupted.store(false);
    interruptSignal = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND; // the second signal finds the default: ends the program
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
}

const std::atomic_bool &InterruptGuard::flag() const
{
    return interrupted;
}

ExitCode InterruptGuard::stop(const QString &message) const
{
    printTo(stderr, QLatin1String(programName) + QStringLiteral(": ") + message + u'\n');
    const int signal = interruptSignal ? int(interruptSignal) : SIGINT;
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return ExitCode::OutputFailed; // not reached: the signal ends the program
}

} // namespace roledesk::cli
