// roledesk-reportbench: an audit report of the benchmark catalog (snapshot, rights, the report's
// data, then HTML and PDF written) next to `pg_dump -s` of the same database, alternately
// (report, pg_dump, report, pg_dump...) in the same run, both to /dev/null. The issue asks for a
// report within 2x of pg_dump -s. Reports medians, ranges, the ratio per format, the sizes
// written, the phases and peak memory. Asserts nothing.

#include "benchutil.h"

#include "catalog/catalogreader.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace roledesk;
using bench::err;
using bench::msSince;

namespace {

/// One report made and written: the phases' times and the bytes of each format.
struct ReportRun {
    double snapshotMs = 0;
    double gatherMs = 0;   ///< EffectiveRights and ReportGatherer
    double htmlMs = 0;
    double pdfMs = 0;
    qint64 htmlBytes = 0;
    qint64 pdfBytes = 0;
    qint64 rights = 0;
    int roles = 0;
    int objects = 0;
    bool ok = false;
};

ReportRun makeReport(pg::Connection &conn)
{
    ReportRun run;
    QElapsedTimer t;
    t.start();
    const SnapshotOutcome s = CatalogReader::read(conn);
    run.snapshotMs = msSince(t);
    if (!s.ok()) {
        err() << "reportbench: snapshot failed: " << s.error.toString() << Qt::endl;
        return run;
    }
    t.restart();
    const EffectiveRights rights(s.snapshot);
    ReportInputs in;
    in.rights = &rights;
    in.identity = AuditIdentity::of(*s.snapshot, QStringLiteral("bench"));
    ReportGatherer::Failure failure;
    QString error;
    const std::optional<ReportData> data = ReportGatherer::gather(in, &failure, &error);
    run.gatherMs = msSince(t);
    if (!data) {
        err() << "reportbench: " << error << Qt::endl;
        return run;
    }
    // Written to memory: the device's speed is not the report's.
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        t.restart();
        if (!ReportWriter::write(*data, format, &out, &error)) {
            err() << "reportbench: " << error << Qt::endl;
            return run;
        }
        (format == ReportFormat::Html ? run.htmlMs : run.pdfMs) = msSince(t);
        (format == ReportFormat::Html ? run.htmlBytes : run.pdfBytes) = out.size();
    }
    run.rights = data->rights;
    run.roles = int(s.snapshot->roles.size());
    run.objects = int(s.snapshot->objects.size());
    run.ok = true;
    return run;
}

/// pg_dump -s of \a database to /dev/null: milliseconds, or -1.
double pgDump(const QString &program, const QString &database)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, {QStringLiteral("-s"), QStringLiteral("-d"), database});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err() << "reportbench: pg_dump failed: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    return msSince(t);
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF needs fonts, hence a QGuiApplication; offscreen, as roledesk-cli report runs.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-reportbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An audit report (HTML and PDF) next to pg_dump -s, alternately."));
    parser.addHelpOption();
    bench::CommonOptions common(parser, 3);
    const QCommandLineOption pgDumpOption(QStringLiteral("pg-dump"), QStringLiteral("pg_dump to compare with."),
                                          QStringLiteral("PATH"));
    parser.addOption(pgDumpOption);
    parser.process(app);

    pg::Connection conn;
    if (const pg::Error e = conn.open(common.connectOptions(parser)); !e.isNull()) {
        err() << "reportbench: " << e.toString() << Qt::endl;
        return 1;
    }
    const QString database = conn.database();
    const QString dump = bench::pgProgram(QStringLiteral("pg_dump"), parser.value(pgDumpOption));
    QList<double> snapshot, gather, html, pdf, reportHtml, reportPdf, dumps;
    ReportRun last;
    for (int i = 0; i < common.repeats(parser); ++i) {
        last = makeReport(conn);
        const double d = pgDump(dump, database);
        if (!last.ok || d < 0)
            return 1;
        snapshot << last.snapshotMs;
        gather << last.gatherMs;
        html << last.htmlMs;
        pdf << last.pdfMs;
        // A report of one format is the snapshot, the data and that format's writing.
        reportHtml << last.snapshotMs + last.gatherMs + last.htmlMs;
        reportPdf << last.snapshotMs + last.gatherMs + last.pdfMs;
        dumps << d;
    }
    const auto [maxrss, hwm] = bench::peakMemory();
    const bench::Spread dumpSpread = bench::spread(dumps);
    const double ratioHtml = bench::median(reportHtml) / dumpSpread.median;
    const double ratioPdf = bench::median(reportPdf) / dumpSpread.median;
    if (parser.isSet(common.json)) {
        const QJsonObject out{
            {QStringLiteral("roles"), last.roles},
            {QStringLiteral("objects"), last.objects},
            {QStringLiteral("rights"), double(last.rights)},
            {QStringLiteral("snapshot_ms"), bench::toJson(bench::spread(snapshot))},
            {QStringLiteral("gather_ms"), bench::toJson(bench::spread(gather))},
            {QStringLiteral("html_ms"), bench::toJson(bench::spread(html))},
            {QStringLiteral("pdf_ms"), bench::toJson(bench::spread(pdf))},
            {QStringLiteral("report_html_ms"), bench::toJson(bench::spread(reportHtml))},
            {QStringLiteral("report_pdf_ms"), bench::toJson(bench::spread(reportPdf))},
            {QStringLiteral("pg_dump_ms"), bench::toJson(dumpSpread)},
            {QStringLiteral("ratio_html_pg_dump"), ratioHtml},
            {QStringLiteral("ratio_pdf_pg_dump"), ratioPdf},
            {QStringLiteral("html_bytes"), double(last.htmlBytes)},
            {QStringLiteral("pdf_bytes"), double(last.pdfBytes)},
            {QStringLiteral("peak_mib"), std::max(maxrss, hwm)},
            {QStringLiteral("load"), bench::loadAverage()},
        };
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    out << QStringLiteral("catalog              %1 roles, %2 objects, %3 granted rights\n")
               .arg(last.roles).arg(last.objects).arg(last.rights)
        << QStringLiteral("snapshot             %1 ms\n").arg(bench::shown(bench::spread(snapshot)))
        << QStringLiteral("rights + report data %1 ms\n").arg(bench::shown(bench::spread(gather)))
        << QStringLiteral("HTML written         %1 ms, %2 KiB\n").arg(bench::shown(bench::spread(html))).arg(last.htmlBytes / 1024)
        << QStringLiteral("PDF written          %1 ms, %2 KiB\n").arg(bench::shown(bench::spread(pdf))).arg(last.pdfBytes / 1024)
        << QStringLiteral("report, HTML         %1 ms\n").arg(bench::shown(bench::spread(reportHtml)))
        << QStringLiteral("report, PDF          %1 ms\n").arg(bench::shown(bench::spread(reportPdf)))
        << QStringLiteral("pg_dump -s           %1 ms\n").arg(bench::shown(dumpSpread))
        << QStringLiteral("ratio HTML/pg_dump   %1 (target <= 2)\n").arg(ratioHtml, 0, 'f', 2)
        << QStringLiteral("ratio PDF/pg_dump    %1 (target <= 2)\n").arg(ratioPdf, 0, 'f', 2)
        << QStringLiteral("peak memory          %1 MiB; load %2\n").arg(std::max(maxrss, hwm), 0, 'f', 0).arg(bench::loadAverage(), 0, 'f', 2);
    return 0;
}
