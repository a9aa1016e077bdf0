// roledesk-cli audit --save / --compare [--with]: saved audits and what changed between two.
#include "cliapp.h"
#include "clioutput.h"
#include "cliplatform.h"

#include "audit/auditcomparison.h"
#include "audit/savedaudit.h"
#include "audit/savedauditreader.h"
#include "export/outputfile.h"
#include "pg/connection.h"
#include "platform/directory.h"
#include "platform/platformdefinition.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace roledesk {

namespace {

using cli::absolutePath;
using cli::printTo;

/// One line per difference, grouped by kind and change, with a summary last.
QString comparisonText(const AuditComparison &c)
{
    using Kind = AuditDifference::Kind;
    QString out = CliApp::tr("Older: %1, taken %2").arg(c.older.describe(), c.older.takenAt.toString(Qt::ISODate))
                  + u'\n'
                  + CliApp::tr("Newer: %1, taken %2").arg(c.newer.describe(), c.newer.takenAt.toString(Qt::ISODate))
                  + u'\n';
    const auto section = [&](Kind kind, bool gained, const QString &title) {
        QString lines;
        for (const AuditDifference &d : c.differences) {
            if (d.kind != kind || d.gained != gained)
                continue;
            const QString sign = gained ? QStringLiteral("  + ") : QStringLiteral("  - ");
            if (kind == Kind::Right || kind == Kind::GrantOption) {
                const QString object = d.right.schema.isEmpty() ? d.right.name : d.right.schema + u'.' + d.right.name;
                lines += sign + CliApp::tr("%1: %2 on %3 %4 (%5)")
                                    .arg(d.right.role, d.right.privilege, d.right.objectType, object, d.right.via)
                         + u'\n';
            } else {
                const QStringList parts = d.item.split(u'|');
                const QString item = kind == Kind::Membership && parts.size() == 2
                    ? CliApp::tr("%1 member of %2").arg(parts.at(0), parts.at(1))
                    : kind == Kind::ModelRole && parts.size() == 2 ? CliApp::tr("%1 holds %2").arg(parts.at(0), parts.at(1))
                    : kind == Kind::PlatformRole && parts.size() == 3
                        ? (parts.at(2).isEmpty() ? CliApp::tr("%1 holds %2 (organization)").arg(parts.at(0), parts.at(1))
                                                 : CliApp::tr("%1 holds %2 in project %3").arg(parts.at(0), parts.at(1), parts.at(2)))
                        : d.item;
                lines += sign + item + (d.detail.isEmpty() ? QString() : QStringLiteral(" (") + d.detail + u')') + u'\n';
            }
        }
        if (!lines.isEmpty())
            out += u'\n' + title + u'\n' + lines;
    };
    section(Kind::Right, true, CliApp::tr("Rights gained (with their lineage now):"));
    section(Kind::Right, false, CliApp::tr("Rights lost (with their lineage then):"));
    section(Kind::GrantOption, true, CliApp::tr("Grant options gained:"));
    section(Kind::GrantOption, false, CliApp::tr("Grant options lost:"));
    section(Kind::Membership, true, CliApp::tr("Memberships added:"));
    section(Kind::Membership, false, CliApp::tr("Memberships removed:"));
    section(Kind::SchemaGroup, true, CliApp::tr("Schema groups added:"));
    section(Kind::SchemaGroup, false, CliApp::tr("Schema groups removed:"));
    section(Kind::ModelRole, true, CliApp::tr("Model roles added:"));
    section(Kind::ModelRole, false, CliApp::tr("Model roles removed:"));
    section(Kind::PlatformRole, true, CliApp::tr("Platform roles added:"));
    section(Kind::PlatformRole, false, CliApp::tr("Platform roles removed:"));
    out += u'\n'
           + (c.equal() ? CliApp::tr("No differences.")
                        : CliApp::tr("%1: %2 gained, %3 lost.")
                              .arg(CliApp::tr("%n difference(s)", nullptr, int(c.differences.size())),
                                   CliApp::tr("%n right(s)", nullptr, int(c.count(Kind::Right, true))),
                                   QString::number(c.count(Kind::Right, false))))
           + u'\n';
    return out;
}

} // namespace

ExitCode CliApp::runSavedAudit(const QCommandLineParser &parser)
{
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("audit"), message); };
    const QString savePath = parser.value(QStringLiteral("save"));
    const QString olderPath = parser.value(QStringLiteral("compare"));
    const QString newerPath = parser.value(QStringLiteral("with"));
    const bool comparing = parser.isSet(QStringLiteral("compare"));
    if (parser.isSet(QStringLiteral("with")) && !comparing)
        return usage(tr("--with needs --compare OLD.json"));
    if (parser.isSet(QStringLiteral("with")) && parser.isSet(QStringLiteral("save")))
        return usage(tr("--save takes the audit of the database now; --with compares two saved files"));
    if (parser.isSet(QStringLiteral("allow-other-database")) && !comparing)
        return usage(tr("--allow-other-database goes with --compare"));
    const bool withPlatform = parser.isSet(QStringLiteral("platform-file"));
    if (withPlatform && (parser.isSet(QStringLiteral("with")) || (!comparing && !parser.isSet(QStringLiteral("save")))))
        return usage(tr("--platform-file goes with --save or --compare OLD (without --with)"));
    for (const char *option : {"output", "no-predefined"})
        if (parser.isSet(QLatin1String(option)))
            return usage(tr("--%1 does not go with --save or --compare").arg(QLatin1String(option)));
    const QString fmt = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (!comparing && parser.isSet(QStringLiteral("format")))
        return usage(tr("--format goes with --compare (a saved audit is always JSON)"));
    if (fmt != u"text" && fmt != u"json")
        return usage(tr("unknown format \"%1\" for --compare (expected text or json)").arg(fmt));

    // The older file is read before anything else: a damaged one needs no database.
    std::unique_ptr<SavedAuditReader> older;
    if (comparing) {
        older = std::make_unique<SavedAuditReader>(absolutePath(olderPath));
        if (!older->open()) {
            printError(older->error());
            return ExitCode::AuditFileInvalid;
        }
    }
    const auto otherDatabase = [&](const AuditIdentity &newer) {
        const QString why = AuditComparison::otherDatabase(older->identity(), newer);
        if (why.isEmpty() || parser.isSet(QStringLiteral("allow-other-database")))
            return false;
        printError(why + u'\n' + tr("(--allow-other-database compares them all the same)"));
        return true;
    };

    std::optional<PlatformRun> platformRun;
    if (const ExitCode code = PlatformCommand::loadForCommand(parser, false, platformRun); code != ExitCode::Success)
        return code;
    const PlatformEvaluation *platform = platformRun ? &platformRun->evaluation : nullptr;

    std::unique_ptr<SavedAuditReader> newer;
    ScratchAudit scratch; // the audit of now, when it is not to be kept
    if (parser.isSet(QStringLiteral("with"))) {
        newer = std::make_unique<SavedAuditReader>(absolutePath(newerPath));
    } else {
        pg::Connection conn;
        SnapshotPtr snapshot;
        if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
            return code;
        const cli::InterruptGuard interrupt;
        if (const ExitCode code = readCatalog(conn, &snapshot, nullptr, {}, &interrupt.flag());
            code != ExitCode::Success)
            return interrupt.raised() ? interrupt.stop(tr("interrupted while reading the catalog")) : code;
        const QString host = conn.host() + u':' + conn.port();
        conn.close();
        const AuditIdentity identity = AuditIdentity::of(*snapshot, host);
        if (comparing && otherDatabase(identity))
            return ExitCode::AuditFileInvalid;

        const EffectiveRights rights(snapshot);
        QString error;
        QString written;
        if (parser.isSet(QStringLiteral("save"))) {
            OutputFile file(savePath);
            const bool ok = file.open()
                            && SavedAuditWriter::write(rights, identity, file.device(), &error, {}, &interrupt.flag(),
                                                       platform);
            if (interrupt.raised()) {
                file.cancel();
                return interrupt.stop(tr("interrupted; %1 was not written").arg(absolutePath(savePath)));
            }
            if (!ok || !file.commit()) {
                printError(tr("could not write %1: %2").arg(absolutePath(savePath), error.isEmpty() ? file.errorString() : error));
                return ExitCode::OutputFailed;
            }
            written = file.targetPath();
            if (!comparing)
                printTo(stdout, tr("Saved the audit of %1 to %2").arg(identity.describe(), absolutePath(savePath)) + u'\n');
        } else {
            if (!scratch.write(rights, identity, &error, &interrupt.flag(), platform)) {
                if (interrupt.raised())
                    return interrupt.stop(tr("interrupted"));
                printError(error);
                return ExitCode::OutputFailed;
            }
            written = scratch.fileName();
        }
        if (!comparing)
            return ExitCode::Success;
        newer = std::make_unique<SavedAuditReader>(written);
    }
    if (!newer->open()) {
        printError(newer->error());
        return ExitCode::AuditFileInvalid;
    }
    if (otherDatabase(newer->identity()))
        return ExitCode::AuditFileInvalid;

    const AuditComparison comparison = AuditComparison::compare(*older, *newer);
    if (!comparison.ok()) {
        printError(comparison.error);
        return ExitCode::AuditFileInvalid;
    }
    if (fmt == u"json")
        printTo(stdout, QString::fromUtf8(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented)));
    else
        printTo(stdout, comparisonText(comparison));
    return comparison.equal() ? ExitCode::Success : ExitCode::Drift;
}

} // namespace roledesk
