#pragma once

#include "cliapp.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

class SchemaGroupPlanner;

/// The subcommands of `roledesk-cli groups`: the listing (cligroupslist.cpp), membership changes
/// applied as plans and the model-wide operations (cligroups.cpp). A friend of CliApp, so that it
/// shares its steps (connect, read the catalog, apply and journal a plan).
class GroupsCommand {
    Q_DECLARE_TR_FUNCTIONS(roledesk::GroupsCommand)
public:
    /// `groups [--format text|csv|json] [--output FILE]`: the model in force, its groups with their
    /// direct members, and each user's level per schema.
    static ExitCode list(const QStringList &arguments);
    /// `groups grant|revoke|set-level|create-user ...`: a plan of schema-group calls, applied like
    /// `apply` applies a policy's plan, or printed with --dry-run.
    static ExitCode change(const QString &subcommand, const QStringList &arguments);
    /// `groups enable|migrate|disable|cleanup`: GroupOperationRunner::perform, batch by batch.
    static ExitCode operation(const QString &subcommand, const QStringList &arguments);

    /// The subcommands, for the help text and the dispatch.
    static QStringList subcommands();
    /// The text of `groups --help` after the options: subcommands and examples.
    static QString overviewHelp();

private:
    /// Parses a subcommand's line \a arguments; prints its help (\a usage after the command,
    /// \a examples after the options) or a usage error. Takes \a least to \a most positional
    /// arguments (-1: no limit). Returns the exit code when the command ends here.
    static std::optional<ExitCode> parseSub(QCommandLineParser &parser, const QStringList &arguments,
                                            const QString &sub, const QString &usage, const QString &examples,
                                            int least, int most);
    /// Prints \a plan's script with \a header on stdout (--dry-run).
    static ExitCode printScript(const Plan &plan, const QString &header);
};

} // namespace roledesk
