// roledesk-cli's connection step: --dsn checked before libpq sees it, and a password asked for
// on the terminal when the server wants one that was not given.
#include "cliapp.h"
#include "clioutput.h"

#include "pg/connection.h"

#include <QCommandLineParser>

#include <libpq-fe.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace roledesk {

namespace {

using cli::errorText;
using cli::programName;

/// libpq's own test (recognized_connection_string): a URI, or anything with '=' in it, is a
/// connection string; everything else is a database name.
bool isConnectionString(const QString &dsn)
{
    return dsn.startsWith(QLatin1String("postgresql://")) || dsn.startsWith(QLatin1String("postgres://"))
           || dsn.contains(u'=');
}

using ConninfoPtr = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

/// The options \a dsn sets (libpq parses it as psql would); null with \a error set when it cannot.
ConninfoPtr parseConninfo(const QString &dsn, QString *error)
{
    char *message = nullptr;
    ConninfoPtr options(PQconninfoParse(dsn.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options && error)
        *error = message ? QString::fromUtf8(message).trimmed() : CliApp::tr("out of memory");
    if (message)
        PQfreemem(message);
    return options;
}

QString optionValue(const PQconninfoOption *options, const char *keyword)
{
    for (const PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, keyword) == 0)
            return o->val ? QString::fromUtf8(o->val) : QString();
    }
    return {};
}

/// Why \a dsn cannot be what --dsn means, or empty when libpq can use it. A single word without
/// spaces is a database name, as libpq and psql take it; a phrase with spaces is a mistake.
QString dsnProblem(const QString &dsn)
{
    if (dsn.isEmpty())
        return {}; // "not set": libpq's environment applies
    const QString expected = CliApp::tr("Expected key=value pairs (\"host=db dbname=app user=alice\") or a URI "
                                "(\"postgresql://alice@db/app\"); a single word is taken as a database name.");
    if (!isConnectionString(dsn)) {
        for (const QChar c : dsn) {
            if (c.isSpace())
                return CliApp::tr("--dsn \"%1\" is not a connection string or URI").arg(dsn) + u'\n' + expected;
        }
        return {};
    }
    QString error;
    if (!parseConninfo(dsn, &error))
        return CliApp::tr("--dsn \"%1\" is not a valid connection string or URI: %2").arg(dsn, cli::oneLine(error)) + u'\n'
               + expected;
    return {};
}

/// The value \a keyword will have: \a dsn's, else libpq's default (environment, then built-in).
QString connectValue(const QString &dsn, const char *keyword)
{
    if (isConnectionString(dsn)) {
        if (const ConninfoPtr options = parseConninfo(dsn, nullptr)) {
            const QString value = optionValue(options.get(), keyword);
            if (!value.isEmpty())
                return value;
        }
    }
    const ConninfoPtr defaults(PQconndefaults(), &PQconninfoFree);
    return optionValue(defaults.get(), keyword);
}

termios savedTerminal;

void restoreTerminalAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Turns the terminal's echo off for its lifetime, and back on even when the user interrupts.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        struct sigaction action = {};
        action.sa_handler = &restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < int(std::size(m_signals)); ++i)
            sigaction(m_signals[i], &action, &m_previous[i]);
        m_installed = true;
        // TCSANOW, not TCSAFLUSH: a password typed (or pasted) as soon as the prompt showed must
        // not be thrown away.
        m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        if (!m_installed)
            return;
        for (int i = 0; i < int(std::size(m_signals)); ++i)
            sigaction(m_signals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    static constexpr int m_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_previous[std::size(m_signals)] = {};
    bool m_installed = false;
    bool m_active = false;
};

/// Prints \a prompt on the terminal and reads one line from standard input (a terminal) without
/// echo; std::nullopt at end of input.
std::optional<QString> readPassword(const QString &prompt)
{
    // The prompt goes to the terminal itself, so that it shows even when stderr is redirected.
    FILE *tty = std::fopen("/dev/tty", "w");
    FILE *out = tty ? tty : stderr;
    char *line = nullptr;
    size_t size = 0;
    ssize_t length = -1;
    {
        // Echo goes off before the prompt shows, so that nothing typed after it is ever echoed.
        const EchoOff quiet;
        std::fputs(prompt.toLocal8Bit().constData(), out);
        std::fflush(out);
        length = getline(&line, &size, stdin);
    }
    std::fputc('\n', out); // the newline typed was not echoed
    std::fflush(out);
    if (tty)
        std::fclose(tty);
    std::optional<QString> password;
    if (length >= 0) {
        QByteArray bytes(line, length);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        password = QString::fromLocal8Bit(bytes);
    }
    std::free(line);
    return password;
}

} // namespace

QCommandLineOption CliApp::dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"),
        tr("libpq connection string (\"host=db dbname=app\") or URI (\"postgresql://alice@db/app\"); a "
           "single word is a database name. Without it, libpq's environment applies (PGHOST, PGPORT, "
           "PGUSER, PGDATABASE, PGPASSWORD, PGPASSFILE...). When the server asks for a password that "
           "was not given, it is asked for on the terminal (never when standard input is not one)."),
        QStringLiteral("DSN"));
}

ExitCode CliApp::openDatabase(const QCommandLineParser &parser, pg::Connection &conn, pg::ConnectOptions *used)
{
    const QString dsn = parser.isSet(QStringLiteral("dsn")) ? parser.value(QStringLiteral("dsn")) : QString();
    if (const QString problem = dsnProblem(dsn); !problem.isEmpty()) {
        printError(problem);
        return ExitCode::Usage;
    }
    pg::ConnectOptions connect;
    if (!dsn.isEmpty())
        connect.push_back({QStringLiteral("dbname"), dsn}); // libpq expands it
    connect.push_back({QStringLiteral("application_name"), QLatin1String(programName)});
    pg::Error e = conn.open(connect);

    // The server wants a password (pg::Connection marks that, as libpq's PQconnectionNeedsPassword
    // says, with SQLSTATE 28P01) and none was given on purpose: ask on the terminal, once, as psql
    // does; never where no one can answer (CI, scripts, a pipe on standard input).
    const bool needsPassword = !e.isNull() && e.sqlstate == QLatin1String(pg::sqlstate::InvalidPassword)
                               && connectValue(dsn, "password").isEmpty();
    const bool terminal = isatty(STDIN_FILENO) == 1;
    if (needsPassword && terminal) {
        const std::optional<QString> password =
            readPassword(tr("Password for user %1: ").arg(connectValue(dsn, "user")));
        if (password && !password->isEmpty()) {
            connect.push_back({QStringLiteral("password"), *password}); // after dbname: it wins
            e = conn.open(connect);
        }
    } else if (needsPassword && e.hint.isEmpty()) {
        e.hint = tr("The server asks for a password and standard input is not a terminal, so none was "
                    "asked for: give it in --dsn (password=...), in PGPASSWORD or in a password file "
                    "(PGPASSFILE, ~/.pgpass).");
    }
    if (!e.isNull()) {
        printError(errorText(tr("could not connect to the database"), e));
        return ExitCode::ConnectionFailed;
    }
    if (used)
        *used = connect; // with the password asked for, so that a sweep need not ask again
    return ExitCode::Success;
}

} // namespace roledesk
