#include "clirun.h"
#include "pg/identifier.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <vector>

#include <cerrno>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace roledesk;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

/// What roledesk-cli did on a pseudo-terminal: everything it showed there (stdout and stderr
/// both, and whatever the terminal echoed), and how many password prompts it printed.
struct TerminalRun {
    int exitCode = -1;
    QByteArray screen;
    int prompts = 0;
};

const QByteArray promptText = "Password for user ";

/// The environment of every run: no password from anywhere but the prompt.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = test::inEnglish();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/roledesk-no-passfile"));
    return env;
}

Outcome runCli(const QStringList &arguments)
{
    return test::runCliProcess(arguments, cliEnvironment()); // standard input: a pipe, not a terminal
}

/// Runs roledesk-cli with its standard input, output and error on a new pseudo-terminal, and
/// types \a answer (and Enter) after each password prompt it shows.
TerminalRun runOnTerminal(const QStringList &arguments, const QByteArray &answer)
{
    // Everything the child needs is built before fork(): after it, only exec.
    std::vector<QByteArray> storage;
    storage.push_back(QByteArray(ROLEDESK_CLI_BINARY));
    for (const QString &a : arguments)
        storage.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString &e : cliEnvironment().toStringList())
        envStorage.push_back(e.toUtf8());
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    TerminalRun run;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        qWarning("forkpty: %s", strerror(errno));
        return run;
    }
    if (pid == 0) {
        execve(argv.front(), argv.data(), envp.data());
        _exit(127);
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        pollfd fd{master, POLLIN, 0};
        if (poll(&fd, 1, 200) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO: the child closed the terminal (it exited)
        run.screen.append(buffer, n);
        const int prompts = int(run.screen.count(promptText));
        for (; run.prompts < prompts; ++run.prompts) {
            const QByteArray line = answer + '\n';
            if (write(master, line.constData(), size_t(line.size())) != line.size())
                qWarning("could not type on the terminal: %s", strerror(errno));
        }
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == 0) {
        kill(pid, SIGKILL); // it hangs: the test fails on its exit code
        waitpid(pid, &status, 0);
    }
    close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

QString describe(const TerminalRun &r)
{
    return QStringLiteral("exit %1, %2 prompt(s)\nterminal:\n%3").arg(r.exitCode).arg(r.prompts).arg(QString::fromUtf8(r.screen));
}

} // namespace

/// roledesk-cli's connection step as a process against the sandbox: --dsn checks, and the
/// password asked for on a terminal (a pseudo-terminal against the sandbox's TCP port, where
/// logins need a password) but never when standard input is not a terminal.
class TstCliConnect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void singleWordIsADatabase();
    void promptsOnATerminal();
    void wrongPasswordIsAskedOnce();
    void neverPromptsWithoutATerminal();
    void givenPasswordIsNotAskedFor();

private:
    /// A DSN for the sandbox over TCP as the test's own login, with no password in it.
    QString tcpDsn() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres connect_timeout=10 user=%2")
            .arg(qEnvironmentVariable("PGPORT"), m_login);
    }
    QStringList audit(const QString &dsn, const QString &output) const
    {
        return {QStringLiteral("audit"), QStringLiteral("--dsn"), dsn, QStringLiteral("--output"), output,
                QStringLiteral("--granted-only")};
    }

    QTemporaryDir m_dir;
    QString m_login;
    QByteArray m_password;
};

void TstCliConnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_login = QStringLiteral("cliconnect_") + tag;
    m_password = "Sesame-" + tag.toLatin1() + "-x";
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("roledesk_fixture")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(m_login)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                                        .arg(pg::quoteIdent(m_login), pg::quoteLiteral(QString::fromLatin1(m_password)))));
}

void TstCliConnect::cleanupTestCase()
{
    pg::Connection admin;
    if (test::openSandbox(admin, QStringLiteral("roledesk_fixture")))
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(m_login));
}

void TstCliConnect::singleWordIsADatabase()
{
    // libpq takes a word without '=' as a database name; the README keeps that working.
    const QString output = m_dir.filePath(QStringLiteral("word.csv"));
    const Outcome o = runCli(audit(QStringLiteral("roledesk_fixture"), output));
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(QFileInfo(output).size() > 0);
}

void TstCliConnect::promptsOnATerminal()
{
    const QString output = m_dir.filePath(QStringLiteral("prompted.csv"));
    const TerminalRun r = runOnTerminal(audit(tcpDsn(), output), m_password);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.prompts, 1);
    QVERIFY2(r.screen.contains(promptText + m_login.toUtf8() + ": "), qPrintable(describe(r)));
    QVERIFY2(!r.screen.contains(m_password), qPrintable(describe(r))); // typed without echo
    QVERIFY(QFileInfo(output).size() > 0);
}

void TstCliConnect::wrongPasswordIsAskedOnce()
{
    const QString output = m_dir.filePath(QStringLiteral("refused.csv"));
    const TerminalRun r = runOnTerminal(audit(tcpDsn(), output), "not-the-password");
    QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
    QCOMPARE(r.prompts, 1); // tried once more, then gave up
    QVERIFY2(r.screen.contains("password authentication failed"), qPrintable(describe(r)));
    QVERIFY(!r.screen.contains("not-the-password"));
    QVERIFY(!QFileInfo::exists(output));
}

void TstCliConnect::neverPromptsWithoutATerminal()
{
    const QString output = m_dir.filePath(QStringLiteral("pipe.csv"));
    const Outcome o = runCli(audit(tcpDsn(), output));
    QVERIFY2(o.exitCode == 3, qPrintable(describe(o)));
    QVERIFY2(!o.err.contains(QString::fromLatin1(promptText)), qPrintable(describe(o)));
    QVERIFY2(o.err.startsWith(QStringLiteral("roledesk-cli: could not connect to the database: ")), qPrintable(describe(o)));
    // Says why nobody was asked, and where a password can be given instead.
    QVERIFY2(o.err.contains(QStringLiteral("standard input is not a terminal")), qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("PGPASSWORD")), qPrintable(describe(o)));
    QVERIFY(!QFileInfo::exists(output));
}

void TstCliConnect::givenPasswordIsNotAskedFor()
{
    // A password in --dsn is the user's answer: right, it connects; wrong, no prompt either.
    const QString output = m_dir.filePath(QStringLiteral("given.csv"));
    const QString right = tcpDsn() + QStringLiteral(" password=") + QString::fromLatin1(m_password);
    const TerminalRun ok = runOnTerminal(audit(right, output), "unused");
    QVERIFY2(ok.exitCode == 0 && ok.prompts == 0, qPrintable(describe(ok)));
    const TerminalRun wrong = runOnTerminal(audit(tcpDsn() + QStringLiteral(" password=wrong"), output), "unused");
    QVERIFY2(wrong.exitCode == 3 && wrong.prompts == 0, qPrintable(describe(wrong)));
}

QTEST_GUILESS_MAIN(TstCliConnect)
#include "tst_cliconnect.moc"
