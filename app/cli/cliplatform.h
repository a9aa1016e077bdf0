#pragma once

#include "cliapp.h"

#include "platform/directory.h"
#include "platform/platformevaluation.h"
#include "platform/platformexport.h"
#include "platform/platformfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace roledesk {

/// A platform file loaded for one command: the file, its definition, the directory read (when one
/// was) and the evaluation of both.
struct PlatformRun {
    QString path;                          ///< the platform file as given
    PlatformFile file;
    const PlatformDefinition *definition = nullptr;
    std::optional<Directory> directory;
    PlatformEvaluation evaluation;
    const Directory *directoryOrNull() const { return directory ? &*directory : nullptr; }
};

/// `roledesk-cli platform`: the platform-role questions answered headless (who-can, what-can,
/// evaluate, check, roles) over a platform file and, optionally, an imported or LDAP directory.
/// A friend of CliApp, so that it shares its help, error and usage printing.
class PlatformCommand {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformCommand)
public:
    /// Dispatches `platform <subcommand> ...` (\a arguments start with "roledesk-cli platform").
    static ExitCode run(const QStringList &arguments);
    /// The subcommands, for the help text and the dispatch.
    static QStringList subcommands();

    // The subcommands (cliplatformquery.cpp; check in cliplatformcheck.cpp).
    static ExitCode whoCan(const QStringList &arguments);
    static ExitCode whatCan(const QStringList &arguments);
    static ExitCode evaluate(const QStringList &arguments);
    static ExitCode roles(const QStringList &arguments);
    static ExitCode check(const QStringList &arguments);

    // The steps the subcommands share (cliplatform.cpp).
    /// --help; with \a answers --format and --output; with \a platformFile --file and the directory
    /// options (--directory, --ldap and its overrides, --provider, --progress / --no-progress).
    static void addOptions(QCommandLineParser &parser, bool platformFile, bool answers);
    /// Parses \a arguments of `platform \a sub`; prints its help (\a usage after the command,
    /// \a examples after the options) or a usage error. Takes exactly \a positional arguments;
    /// with \a platformFile, refuses a missing --file and directory options that do not go together.
    /// Returns the exit code when the command ends here.
    static std::optional<ExitCode> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &sub,
                                         const QString &usage, const QString &examples, int positional,
                                         bool platformFile = true);
    /// The first steps of who-can and what-can: the positional argument and --project (\a texts:
    /// the argument's name, its help, --project's help, the examples), parsing, --format into
    /// \a format, loadFile(), --project checked into \a scope. The exit code when the command ends here.
    static std::optional<ExitCode> startQuestion(QCommandLineParser &parser, const QStringList &arguments,
                                                 const QString &sub, const QStringList &texts, PlatformRun &run,
                                                 QString *format, QString *scope);
    /// For commands other than `platform` (lint, report, plan --impact, audit): when \a parser has
    /// --platform-file, that file, the import directory it names (an LDAP one is noted, not read)
    /// and their evaluation into \a run; \a run stays empty without the option. Prints why not
    /// (PlatformInvalid, DirectoryFailed). With \a needLogins, warns when the file maps no login.
    static ExitCode loadForCommand(const QCommandLineParser &parser, bool needLogins, std::optional<PlatformRun> &run);
    /// loadFile() then readDirectory(): what evaluate and check need.
    static ExitCode prepare(const QCommandLineParser &parser, const QString &sub, PlatformRun &run);
    /// Loads and validates --file and finds its definition; prints why not (PlatformInvalid).
    static ExitCode loadFile(const QCommandLineParser &parser, PlatformRun &run);
    /// Reads the directory (--directory, --ldap, or the import the file names; none otherwise) and
    /// evaluates. Prints why not and returns DirectoryFailed or Usage; Success otherwise.
    static ExitCode readDirectory(const QCommandLineParser &parser, const QString &sub, PlatformRun &run);
    /// The --format value as text, csv or json (\a format set), or a usage error printed.
    static std::optional<ExitCode> outputFormat(const QCommandLineParser &parser, const QString &sub, QString *format);
    /// Writes \a bytes to --output (replaced only when complete) or standard output.
    static ExitCode write(const QCommandLineParser &parser, const QByteArray &bytes);
    /// Prints the evaluation's problems on stderr (the file's and directory's warnings were
    /// printed by prepare()).
    static void printProblems(const PlatformRun &run);

    /// The permission \a key names (id or name, any case), or nullptr and \a why: a message with
    /// the close matches.
    static const PlatformPermission *findPermission(const PlatformDefinition &definition, const QString &key,
                                                    QString *why);
    /// The id of the person \a key names (an id, else a name, any case), or empty and \a why.
    static QString findPerson(const PlatformRun &run, const QString &key, QString *why);
    /// Whether \a project is one of the file's; else \a why names the close matches.
    static bool knownProject(const PlatformFile &file, const QString &project, QString *why);
    /// Up to five of \a candidates that look like \a key, closest first, quoted and joined.
    static QString closeMatches(const QString &key, const QStringList &candidates);
    /// The display name of \a person (file first, then directory); empty when it has none.
    static QString personName(const PlatformRun &run, const QString &person);
    /// Why a grant holds, for people: "Project Owner of ml (rule "ml owners" via data-eng > staff)".
    static QString grantWhy(const PlatformDefinition &definition, const PlatformRoleGrant &grant);
    /// The source column of the text tables: manual, or rule "x" via a > b.
    static QString sourceWhy(const PlatformRoleGrant &grant);
    /// A text table: a header row and aligned columns, two spaces apart.
    static QString table(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace roledesk
