#include "cliapp.h"
#include "clioutput.h"

#include "catalog/catalogreader.h"
#include "export/auditexporter.h"
#include "export/outputfile.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace roledesk {

namespace {

using cli::errorText;
using cli::oneLine;
using cli::printTo;
using cli::programName;

int code(ExitCode c)
{
    return static_cast<int>(c);
}

} // namespace

QString CliApp::exitCodesHelp()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  drift found (check)\n"
              "  2  usage error (also: a --dsn that is not a connection string or URI; export --strict\n"
              "     with --roles or --schemas naming a role or schema that does not exist)\n"
              "  3  connection failed\n"
              "  4  catalog could not be read\n"
              "  5  output could not be written\n"
              "  6  policy file could not be read or is invalid, is written for another database, or\n"
              "     names roles that neither exist nor are created by it (plan, check, apply)\n"
              "  7  apply failed or found a conflict\n"
              "  8  test-access: an outcome disagrees with the privilege matrix\n"
              "  9  infer failed (permission denied, server error, timeout...), or test-access\n"
              "     could not test every cell\n")
           // Its own text, so that the translations of the codes above stay as they are.
           + tr(" 10  platform: the platform file or the expectations file could not be read or is invalid\n"
                " 11  platform: the directory (import file or LDAP server) could not be read\n")
           + tr(" 12  audit --compare: a saved audit is damaged, cut short, of another format version, or of\n"
                "     another server or database (without --allow-other-database)\n");
}

void CliApp::printHelp(const QCommandLineParser &parser, const QString &usage, const QString &extra)
{
    // helpText() names the binary by its path; show the command as it is typed instead. Found by
    // the path, not by "Usage: ", which Qt's own catalogue translates.
    QString text = parser.helpText();
    const QString binary = QCoreApplication::arguments().value(0);
    const qsizetype at = binary.isEmpty() ? -1 : text.indexOf(binary);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, binary.size(), usage);
    printTo(stdout, text + extra + u'\n' + exitCodesHelp());
}

void CliApp::printError(const QString &message)
{
    const QStringList lines = message.split(u'\n');
    QString out = QLatin1String(programName) + QStringLiteral(": ") + lines.front() + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        out += QStringLiteral("  ") + lines.at(i) + u'\n';
    printTo(stderr, out);
}

QList<CliApp::Command> CliApp::commands()
{
    return {
        {QStringLiteral("audit"),
         tr("Export every role's effective rights on every object (CSV, JSON or HTML)."),
         [this](const QStringList &args) { return runAudit(args); }},
        {QStringLiteral("plan"), tr("Print the SQL that makes the database match a policy file."),
         [this](const QStringList &args) { return runPlan(args); }},
        {QStringLiteral("check"), tr("List the differences from a policy file; exit 1 on drift (for CI)."),
         [this](const QStringList &args) { return runCheck(args); }},
        {QStringLiteral("apply"), tr("Apply the plan for a policy file in one transaction, and journal it."),
         [this](const QStringList &args) { return runApply(args); }},
        {QStringLiteral("export"), tr("Write the current roles, grants and default privileges as a policy file."),
         [this](const QStringList &args) { return runExport(args); }},
        {QStringLiteral("infer"), tr("Run a test inference through the database (as a role) or on the inference server."),
         [this](const QStringList &args) { return runInfer(args); }},
        {QStringLiteral("test-access"), tr("Run the inference as every role on every model; compare with the matrix."),
         [this](const QStringList &args) { return runTestAccess(args); }},
        {QStringLiteral("groups"), tr("List schema groups (SLPM/SPM) and members; grant, revoke, enable, migrate..."),
         [this](const QStringList &args) { return runGroups(args); }},
        {QStringLiteral("platform"), tr("Platform roles: who can, what can, evaluate rules against a directory, check."),
         [this](const QStringList &args) { return runPlatform(args); }},
        {QStringLiteral("lint"), tr("Check separation-of-duties rules (people, logins, roles); exit 1 on a violation."),
         [this](const QStringList &args) { return runLint(args); }},
        {QStringLiteral("person"), tr("One person's platform roles, logins, memberships, groups, models and rights, with why."),
         [this](const QStringList &args) { return runPerson(args); }},
        {QStringLiteral("report"), tr("Write the audit report an auditor signs (HTML or PDF) with a SHA-256 of its content."),
         [this](const QStringList &args) { return runReport(args); }},
    };
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RoleDesk on the command line: audit PostgreSQL privileges, and check or apply policy "
           "files, without the GUI."));
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 QStringLiteral("<command> [options]"));

    const QList<Command> all = commands();
    QString list = u'\n' + tr("Commands:") + u'\n';
    for (const Command &c : all)
        list += QStringLiteral("  %1  %2\n").arg(c.name, -11).arg(c.summary);
    list += tr("Run \"%1 <command> --help\" for a command's options.").arg(QLatin1String(programName))
            + u'\n';

    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u'\n' + tr("Run \"%1 --help\" for usage.").arg(QLatin1String(programName)));
        return code(ExitCode::Usage);
    }
    if (parser.isSet(help)) {
        printHelp(parser, QLatin1String(programName), list);
        return code(ExitCode::Success);
    }
    if (parser.isSet(version)) {
        printTo(stdout, QStringLiteral("%1 %2\n").arg(QLatin1String(programName),
                                                      QCoreApplication::applicationVersion()));
        return code(ExitCode::Success);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(tr("no command given") + u'\n' + tr("Run \"%1 --help\" for usage.").arg(QLatin1String(programName)));
        return code(ExitCode::Usage);
    }
    for (const Command &c : all) {
        if (c.name == positional.front()) {
            // The command's parser sees "roledesk-cli audit" as its program name.
            QStringList rest = positional.mid(1);
            rest.prepend(QLatin1String(programName) + u' ' + c.name);
            return code(c.run(rest));
        }
    }
    printError(tr("unknown command \"%1\"").arg(positional.front()) + u'\n'
               + tr("Run \"%1 --help\" for usage.").arg(QLatin1String(programName)));
    return code(ExitCode::Usage);
}

ExitCode CliApp::runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Export the effective rights of every role on every object of one database: one row per "
        "role, object and applicable privilege, with whether it is granted, grantable, and how "
        "(\"via\"). CSV columns: role,object_type,object_schema,object_name,privilege,granted,grantable,via."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dsn = dsnOption();
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        tr("Output format: csv (default), json or html."), QStringLiteral("FORMAT"),
        QStringLiteral("csv"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to FILE instead of standard output. A regular file is replaced only when complete; "
           "a device or FIFO is written in place (a FIFO waits for its reader); a symlink keeps pointing "
           "at its target, which is written."),
        QStringLiteral("FILE"));
    const QCommandLineOption noPredefined(QStringLiteral("no-predefined"),
        tr("Leave out the built-in pg_* roles."));
    const QCommandLineOption grantedOnly(QStringLiteral("granted-only"),
        tr("Only rows whose privilege is granted (CSV, JSON; the HTML report always lists only those). "
           "This is what an auditor usually wants: who holds what, and how. Without it every role x "
           "object x privilege is a row, held or not, which grows to billions of rows on a large "
           "catalog: use the full export to prove an absence."));
    const QCommandLineOption progress(QStringLiteral("progress"),
        tr("Show progress on standard error even when it is not a terminal (a line about every "
           "second: roles done of all, rows and bytes written; then a last line with the totals). "
           "By default progress is shown, on one line rewritten in place, only when standard error "
           "is a terminal and the rows do not go to that terminal."));
    const QCommandLineOption noProgress(QStringLiteral("no-progress"), tr("Never show progress."));
    parser.addOptions({help, dsn, format, output, noPredefined, grantedOnly, progress, noProgress});
    // Saved audits (cliauditsaved.cpp).
    const QList<QCommandLineOption> saved{
        {QStringLiteral("save"), tr("Save the audit (granted rights with lineage, memberships, schema groups, "
                                    "model roles, the database identity and time) as JSON to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("compare"), tr("Compare the saved audit OLD with the database now (or with --with): print the "
                                       "differences (--format text or json); exit 1 when there are any."),
         QStringLiteral("OLD")},
        {QStringLiteral("with"), tr("With --compare: compare with this saved audit instead of the database."),
         QStringLiteral("NEW")},
        {QStringLiteral("allow-other-database"), tr("With --compare: compare audits of different servers or databases.")},
        {QStringLiteral("platform-file"), tr("With --save or --compare (now): add the platform role grants of this "
                                             "platform file (and of the directory import it names)."),
         QStringLiteral("FILE")}};
    parser.addOptions(saved);

    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("audit")))
        return *stop;
    for (const QCommandLineOption &option : saved)
        if (parser.isSet(option))
            return runSavedAudit(parser);
    AuditOptions options;
    const auto fmt = AuditExporter::formatFromName(parser.value(format));
    if (!fmt)
        return usageError(QStringLiteral("audit"),
                          tr("unknown format \"%1\" (expected csv, json or html)").arg(parser.value(format)));
    options.format = *fmt;
    options.includePredefined = !parser.isSet(noPredefined);
    options.grantedOnly = parser.isSet(grantedOnly);

    // Open the output first: no point reading a large catalog into a file that cannot be written.
    std::unique_ptr<OutputFile> file;
    QFile standardOutput;
    QIODevice *device = nullptr;
    const QString path = parser.value(output);
    const bool toStdout = path.isEmpty() || path == u"-";
    if (!toStdout) {
        file = std::make_unique<OutputFile>(path);
        if (!file->open()) {
            printError(cli::openFailure(path, file->errorString()));
            return ExitCode::OutputFailed;
        }
        device = file->device();
    } else {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            printError(tr("could not write to standard output: %1").arg(standardOutput.errorString()));
            return ExitCode::OutputFailed;
        }
        device = &standardOutput;
    }
    const bool showProgress = !parser.isSet(noProgress)
                              && (parser.isSet(progress) || cli::AuditProgress::wantedByDefault(toStdout));
    cli::AuditProgress meter(showProgress);

    pg::Connection conn;
    SnapshotPtr snapshot;
    QStringList warnings;
    if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    // From here on Ctrl+C (or SIGTERM) stops at the next part of the catalog or piece of the
    // export, so that the partial output goes (a regular file is not created or keeps its old
    // content); a second one ends the program at once.
    const cli::InterruptGuard interrupt;
    const ExitCode read = readCatalog(conn, &snapshot, &warnings,
                                      [&](int done, int total, const QString &part) { meter.catalog(done, total, part); },
                                      &interrupt.flag());
    meter.clearLine();
    if (interrupt.raised()) {
        if (file)
            file->cancel();
        return interrupt.stop(tr("interrupted while reading the catalog; nothing was written"));
    }
    if (read != ExitCode::Success)
        return read;
    for (const QString &w : std::as_const(warnings))
        printError(tr("warning: %1").arg(oneLine(w)));
    conn.close();

    const EffectiveRights rights(snapshot);
    AuditExporter exporter(rights, options);
    exporter.setProgress([&](const AuditStats &soFar) { meter.rows(soFar); });
    exporter.setCancelFlag(&interrupt.flag());
    const bool exported = exporter.write(device);
    meter.finish(exporter.stats(), exported);
    if (exporter.cancelled()) {
        if (file)
            file->cancel();
        return interrupt.stop(file && !file->isInPlace()
                                  ? tr("interrupted; %1 was not written").arg(cli::absolutePath(path))
                                  : tr("interrupted; the output is incomplete"));
    }
    const bool written = exported && (!file || file->commit());
    if (!written) {
        const QString why = exporter.errorString().isEmpty() && file ? file->errorString()
                                                                     : exporter.errorString();
        printError(tr("could not write %1: %2")
                       .arg(file ? cli::absolutePath(path) : tr("to standard output"), why));
        return ExitCode::OutputFailed;
    }
    if (!file)
        standardOutput.flush();
    return ExitCode::Success;
}

ExitCode CliApp::usageError(const QString &command, const QString &message)
{
    printError(message + u'\n' + tr("Run \"%1 %2 --help\" for usage.").arg(QLatin1String(programName), command));
    return ExitCode::Usage;
}

ExitCode CliApp::readCatalog(pg::Connection &conn, SnapshotPtr *snapshot, QStringList *warnings,
                               const CatalogReader::Progress &progress, const std::atomic_bool *cancelled)
{
    const SnapshotOutcome outcome = CatalogReader::read(conn, progress, cancelled);
    if (!outcome.ok()) {
        if (cancelled && cancelled->load())
            return ExitCode::CatalogFailed; // the caller says why

        printError(errorText(tr("could not read the catalog"), outcome.error));
        return ExitCode::CatalogFailed;
    }
    if (warnings)
        *warnings = outcome.snapshot->warnings;
    else
        for (const QString &w : outcome.snapshot->warnings)
            printError(tr("warning: %1").arg(oneLine(w)));
    *snapshot = outcome.snapshot;
    return ExitCode::Success;
}

std::optional<ExitCode> CliApp::parseOptions(QCommandLineParser &parser, const QStringList &arguments,
                                             const QString &command)
{
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, QLatin1String(programName) + u' ' + command, {});
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().front()));
    return std::nullopt;
}

} // namespace roledesk
