#pragma once

#include "catalog/catalogreader.h"
#include "catalog/snapshot.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace roledesk {

namespace pg { class Connection; }
struct ConvergencePlan;
struct LintRules;
struct JournalEntry;
struct PolicyRun;
class Plan;
class GroupsCommand;
class PlatformCommand;

/// Process exit codes of roledesk-cli; scripts and CI rely on them, so they never change.
enum class ExitCode : int {
    Success = 0,
    Drift = 1,            ///< `check` found differences (reserved)
    Usage = 2,            ///< bad command line
    ConnectionFailed = 3,
    CatalogFailed = 4,    ///< the catalog could not be read
    OutputFailed = 5,     ///< the output could not be written
    PolicyInvalid = 6,    ///< the policy file could not be read or is not valid
    ApplyFailed = 7,      ///< apply failed, found a conflict, or lost its connection
    AccessDisagrees = 8,  ///< test-access: a real outcome differs from the privilege matrix's prediction
    InferenceFailed = 9,  ///< infer failed (denied, server error, timeout...); test-access could not test every cell
    PlatformInvalid = 10, ///< platform: the platform file or the expectations file could not be read or is not valid
    DirectoryFailed = 11, ///< platform: the directory (import file or LDAP) could not be read
    AuditFileInvalid = 12, ///< audit --compare: a saved audit is damaged, cut short, of another format or database
};

/// The headless command-line front end: parses the command line, dispatches to one subcommand
/// (audit; plan, apply, check and infer join later) and turns its outcome into an exit code.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(roledesk::CliApp)
public:
    /// Runs the command line held by QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList &arguments);

private:
    /// One subcommand: its name, a one-line summary, and the function that runs it with the
    /// arguments that follow its name.
    struct Command {
        QString name;
        QString summary;
        std::function<ExitCode(const QStringList &)> run;
    };

    QList<Command> commands();
    ExitCode runAudit(const QStringList &arguments);
    /// audit --save / --compare [--with] (cliauditsaved.cpp), with runAudit()'s parsed options.
    ExitCode runSavedAudit(const QCommandLineParser &parser);
    // Policy as code (clipolicy.cpp).
    ExitCode runPlan(const QStringList &arguments);
    ExitCode runCheck(const QStringList &arguments);
    ExitCode runApply(const QStringList &arguments);
    ExitCode runExport(const QStringList &arguments);
    // Inference (cliinfer.cpp, cliaccess.cpp).
    ExitCode runInfer(const QStringList &arguments);
    ExitCode runTestAccess(const QStringList &arguments);
    // Schema groups (cligroups.cpp): list, grant, revoke, set-level, create-user, enable...
    ExitCode runGroups(const QStringList &arguments);
    friend class GroupsCommand;
    // Platform roles (cliplatform*.cpp): who-can, what-can, evaluate, check, roles.
    ExitCode runPlatform(const QStringList &arguments);
    friend class PlatformCommand;
    // Separation-of-duties rules (clilint.cpp).
    ExitCode runLint(const QStringList &arguments);
    /// The rules of \a option (a rules file), or the shipped ones when it is not given; prints why
    /// a file cannot be used and returns PolicyInvalid (clilint.cpp; lint and report share it).
    static ExitCode loadRules(const QCommandLineParser &parser, const QCommandLineOption &option, LintRules *rules);
    // One person across every layer and database (cliperson.cpp).
    ExitCode runPerson(const QStringList &arguments);
    // Audit reports, HTML and PDF (clireport.cpp).
    ExitCode runReport(const QStringList &arguments);

    /// The "Exit codes:" section every help text ends with.
    static QString exitCodesHelp();
    /// Prints \a parser's help (with \a usage as the command) plus \a extra and the exit codes.
    static void printHelp(const QCommandLineParser &parser, const QString &usage, const QString &extra);
    /// Prints "roledesk-cli: <message>" to stderr, then any further lines indented.
    static void printError(const QString &message);
    /// Prints \a message and the hint to run "roledesk-cli \a command --help"; returns Usage.
    static ExitCode usageError(const QString &command, const QString &message);
    /// The first steps of a command that takes options only: parses \a arguments, prints the help
    /// for --help and refuses stray arguments. Returns the exit code when the command ends here
    /// (help shown, usage error printed), std::nullopt when it goes on.
    static std::optional<ExitCode> parseOptions(QCommandLineParser &parser, const QStringList &arguments,
                                                const QString &command);
    /// The --dsn option every command that connects takes.
    static QCommandLineOption dsnOption();
    /// Connects to --dsn (else libpq's environment) as application "roledesk-cli"; prints why not.
    /// A --dsn that is neither a connection string, a URI nor a single word is a usage error. When
    /// the server wants a password that was not given and standard input is a terminal, asks for
    /// it without echo and tries once more (cliconnect.cpp). \a used, when given, receives the
    /// options that connected (for more connections to the same server: --all-databases).
    static ExitCode openDatabase(const QCommandLineParser &parser, pg::Connection &conn,
                                 pg::ConnectOptions *used = nullptr);
    /// Reads the catalog on \a conn into \a snapshot and prints its warnings (or hands them to
    /// \a warnings, to be printed later or not at all), or prints why it failed. \a progress and
    /// \a cancelled go to CatalogReader::read(); a cancelled read prints nothing.
    static ExitCode readCatalog(pg::Connection &conn, SnapshotPtr *snapshot, QStringList *warnings = nullptr,
                                const CatalogReader::Progress &progress = {},
                                const std::atomic_bool *cancelled = nullptr);
    // The policy commands' shared steps (clipolicy.cpp).
    /// Like parseOptions() for a command that takes one FILE, stored in \a file.
    static std::optional<ExitCode> parsePolicyCommand(QCommandLineParser &parser, const QStringList &arguments,
                                                      const QString &command, QString *file);
    /// The --no-journal and --workspace options of every command that applies a plan.
    static QList<QCommandLineOption> journalOptions();
    /// Records \a entry in the journal of --workspace (default: the console's), unless --no-journal;
    /// a journal that cannot be written is a warning on stderr, never a failure.
    static void journal(const QCommandLineParser &parser, JournalEntry &entry);
    /// Applies \a plan (made on \a snapshot) on \a conn as `apply` does: one transaction, the
    /// conflict check under lock, the journal (unless --no-journal; --workspace) with \a source as
    /// the script's header, a summary on stdout and a verification against a fresh snapshot.
    /// Returns Success or ApplyFailed.
    static ExitCode applyPlan(const QCommandLineParser &parser, pg::Connection &conn, const Plan &plan,
                              const SnapshotPtr &snapshot, const QString &source);
    /// Loads \a file, connects, reads the catalog and plans the convergence into \a plan. Refuses
    /// (PolicyInvalid, that message alone) a file for another database before reading anything,
    /// and a plan that names roles which neither exist nor are created by the file.
    static ExitCode preparePolicy(const QCommandLineParser &parser, const QString &file, PolicyRun &run,
                                  ConvergencePlan *plan);
};

} // namespace roledesk
