// roledesk-cli report: the audit report an auditor signs, as HTML or PDF.
#include "cliapp.h"
#include "clioutput.h"
#include "cliplatform.h"

#include "export/outputfile.h"
#include "lint/lintrules.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QLocale>

#include <unistd.h>

namespace roledesk {

using namespace cli;

/// Texts of the report command, under one translation context.
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ReportCommand)
};

namespace {

/// A line on stderr per phase and per tenth of it, when progress is wanted.
class PhaseMeter {
public:
    explicit PhaseMeter(bool enabled) : m_enabled(enabled) {}
    void show(const QString &phase, int permille)
    {
        if (!m_enabled || (phase == m_phase && permille / 100 == m_step))
            return;
        m_phase = phase;
        m_step = permille / 100;
        printTo(stderr, QStringLiteral("%1: %2: %3%\n").arg(QLatin1String(programName), phase).arg(permille / 10));
    }

private:
    bool m_enabled;
    QString m_phase;
    int m_step = -1;
};

} // namespace

ExitCode CliApp::runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommand::tr(
        "Write the audit report of one database: a cover with the database identity, the time and a SHA-256 of "
        "the content; a summary with charts; rights by role and schema; roles, grant options, memberships, "
        "schema groups, model access, platform roles, separation-of-duties violations and the changes since a "
        "saved audit. HTML is self-contained; PDF is A4. The report is in the language of LANG."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        ReportCommand::tr("html (default), pdf, or json (the canonical data the hash covers)."), QStringLiteral("FORMAT"),
        QStringLiteral("html"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        ReportCommand::tr("The report file (required; replaced only when complete)."), QStringLiteral("FILE"));
    const QCommandLineOption data(QStringLiteral("data"),
        ReportCommand::tr("Also write the canonical JSON the cover's SHA-256 is of, to check it with sha256sum."),
        QStringLiteral("FILE"));
    const QCommandLineOption platformFile(QStringLiteral("platform-file"),
        ReportCommand::tr("The platform file (YAML): platform roles, people per role, and whose logins are whose."),
        QStringLiteral("FILE"));
    const QCommandLineOption rulesFile(QStringLiteral("rules"),
        ReportCommand::tr("Separation-of-duties rules (YAML); default: the shipped rules."), QStringLiteral("FILE"));
    const QCommandLineOption since(QStringLiteral("since"),
        ReportCommand::tr("A saved audit (audit --save) to show the changes since."), QStringLiteral("OLD.json"));
    const QCommandLineOption progress(QStringLiteral("progress"),
        ReportCommand::tr("Show progress on standard error even when it is not a terminal."));
    const QCommandLineOption noProgress(QStringLiteral("no-progress"), ReportCommand::tr("Never show progress."));
    parser.addOptions({help, dsnOption(), format, output, data, platformFile, rulesFile, since, progress, noProgress});
    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("report")))
        return *stop;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("report"), message); };
    const std::optional<ReportFormat> fmt = ReportWriter::formatFromName(parser.value(format));
    if (!fmt)
        return usage(ReportCommand::tr("unknown format \"%1\" (expected html, pdf or json)").arg(parser.value(format)));
    if (!parser.isSet(output))
        return usage(ReportCommand::tr("no output file given (--output FILE)"));

    // Every file before the database: a typo should not wait for a large catalog.
    LintRules rules;
    if (const ExitCode code = loadRules(parser, rulesFile, &rules); code != ExitCode::Success)
        return code;
    std::optional<PlatformRun> platform;
    if (const ExitCode code = PlatformCommand::loadForCommand(parser, false, platform); code != ExitCode::Success)
        return code;
    OutputFile file(parser.value(output));
    if (!file.open()) {
        printError(openFailure(parser.value(output), file.errorString()));
        return ExitCode::OutputFailed;
    }
    std::optional<OutputFile> dataFile;
    if (parser.isSet(data)) {
        dataFile.emplace(parser.value(data));
        if (!dataFile->open()) {
            printError(openFailure(parser.value(data), dataFile->errorString()));
            return ExitCode::OutputFailed;
        }
    }
    const auto cancelAll = [&] {
        file.cancel();
        if (dataFile)
            dataFile->cancel();
    };

    const bool showProgress = !parser.isSet(noProgress) && (parser.isSet(progress) || ::isatty(STDERR_FILENO) == 1);
    PhaseMeter phases(showProgress);
    pg::Connection conn;
    SnapshotPtr snapshot;
    if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    const InterruptGuard interrupt;
    const QString reading = ReportCommand::tr("Reading the catalog");
    const ExitCode read = readCatalog(
        conn, &snapshot, nullptr,
        [&](int done, int total, const QString &) { phases.show(reading, done * 1000 / std::max(1, total)); },
        &interrupt.flag());
    if (interrupt.raised()) {
        cancelAll();
        return interrupt.stop(tr("interrupted while reading the catalog; nothing was written"));
    }
    if (read != ExitCode::Success)
        return read;
    const QString host = conn.host() + u':' + conn.port();
    conn.close();

    const EffectiveRights rights(snapshot);
    ReportInputs inputs;
    inputs.rights = &rights;
    inputs.identity = AuditIdentity::of(*snapshot, host);
    if (platform) {
        inputs.platformFile = &platform->file;
        inputs.platform = &platform->evaluation;
    }
    inputs.rules = &rules;
    inputs.rulesSource = parser.isSet(rulesFile) ? absolutePath(parser.value(rulesFile)) : QString();
    inputs.sincePath = parser.isSet(since) ? absolutePath(parser.value(since)) : QString();
    ReportGatherer::Failure failure = ReportGatherer::Failure::None;
    QString error;
    std::optional<ReportData> report = ReportGatherer::gather(
        inputs, &failure, &error, [&](const QString &phase, int permille) { phases.show(phase, permille); },
        &interrupt.flag());
    if (!report) {
        cancelAll();
        if (interrupt.raised())
            return interrupt.stop(tr("interrupted; %1 was not written").arg(absolutePath(parser.value(output))));
        printError(error);
        return failure == ReportGatherer::Failure::SavedAudit ? ExitCode::AuditFileInvalid : ExitCode::OutputFailed;
    }
    report->language = QLocale().name().section(u'_', 0, 0);
    if (report->language == u"C")
        report->language = QStringLiteral("en");

    phases.show(ReportCommand::tr("Writing the report"), 0);
    const bool written = ReportWriter::write(*report, *fmt, file.device(), &error)
                         && (!dataFile || ReportWriter::write(*report, ReportFormat::Json, dataFile->device(), &error));
    if (interrupt.raised()) {
        cancelAll();
        return interrupt.stop(tr("interrupted; %1 was not written").arg(absolutePath(parser.value(output))));
    }
    if (!written || !file.commit() || (dataFile && !dataFile->commit())) {
        cancelAll();
        printError(tr("could not write %1: %2")
                       .arg(absolutePath(parser.value(output)), error.isEmpty() ? file.errorString() : error));
        return ExitCode::OutputFailed;
    }
    printTo(stdout, ReportCommand::tr("Wrote the report of %1 to %2 (SHA-256 %3)")
                        .arg(inputs.identity.describe(), absolutePath(parser.value(output)), report->sha256())
                        + u'\n');
    return ExitCode::Success;
}

} // namespace roledesk
