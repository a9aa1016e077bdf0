// roledesk-auditbench: how long `roledesk-cli audit --granted-only` takes next to `pg_dump -s` of
// the same database, the two run alternately (ABAB...) in the same run, both to /dev/null; then the
// full CSV export once, next to pg_dump again. Reports medians, ranges, ratios, the rows and bytes
// the audit wrote (from its --progress totals), roledesk-cli's peak memory (wait4's ru_maxrss), the
// machine's load and the catalog's scale. Then a saved audit (audit --save) and its comparison with
// the database now (audit --compare, which takes and saves the audit of now itself) and with the
// saved file (--compare --with, no database), each once, next to a pg_dump run right after it.
// Asserts nothing.

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstring>
#include <vector>

extern char **environ;

using namespace roledesk;
using bench::msSince;

namespace {

/// One program run: its time, peak memory and what it said on stderr.
struct Measure {
    double ms = 0;
    double peakMiB = 0;
    bool ok = false;
    QByteArray err;
    qint64 rows = -1;   ///< roledesk-cli's "done:" line
    QString written;    ///< likewise, as it prints the size
};

/// Runs \a program with \a args, stdout to /dev/null and stderr to a file read back after, and
/// waits for it with wait4() for its own peak resident memory.
Measure runProgram(const QString &program, const QStringList &args)
{
    Measure m;
    QTemporaryFile errFile;
    if (!errFile.open()) {
        m.err = "could not make a temporary file";
        return m;
    }
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray errPath = QFile::encodeName(errFile.fileName());
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_TRUNC, 0);
    pid_t pid = 0;
    QElapsedTimer timer;
    timer.start();
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        m.err = "could not run " + storage.front() + ": " + QByteArray(strerror(spawned));
        return m;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.ms = msSince(timer);
    m.peakMiB = double(usage.ru_maxrss) / 1024.0;
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    m.err = errFile.readAll();
    // roledesk-cli: audit: done: 2013 of 2013 roles, 7,900,533 rows (7,900,533 granted), 1.06 GiB written
    static const QRegularExpression done(QStringLiteral(R"(done: .*?, ([\d,.\s]+) rows .*?, (.+) written)"));
    const QRegularExpressionMatch match = done.match(QString::fromLocal8Bit(m.err));
    if (match.hasMatch()) {
        m.rows = match.captured(1).remove(QRegularExpression(QStringLiteral(R"([^\d])"))).toLongLong();
        m.written = match.captured(2).trimmed();
    }
    return m;
}


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-auditbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times roledesk-cli audit --granted-only (and the full CSV export once) next to pg_dump -s "
        "on the same database, alternately, all to /dev/null."));
    parser.addHelpOption();
    const bench::CommonOptions common(
        parser, bench::CommonSpec()
                    .repeatWords(QStringLiteral("Pairs of runs (audit, pg_dump), alternating (default %1)."))
                    .shortRepeat()
                    .dsnWords(QStringLiteral("Database name or connection string for both (default: libpq's environment)."))
                    .tableToStderr());
    const QCommandLineOption noFull(QStringLiteral("no-full"),
        QStringLiteral("Leave out the full export (every role x object x privilege), which is long."));
    const QCommandLineOption cli(QStringLiteral("cli"),
        QStringLiteral("roledesk-cli to run (default: the one built with this program)."), QStringLiteral("PATH"),
        QStringLiteral(ROLEDESK_CLI_BINARY));
    const QCommandLineOption pgDump(QStringLiteral("pg-dump"),
        QStringLiteral("pg_dump to compare with (default: $ROLEDESK_PGBIN, PostgreSQL 15, PATH)."),
        QStringLiteral("PATH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("The generated catalog's scale, to print beside the figures (default: "
                       "$ROLEDESK_BENCH_SCALE)."),
        QStringLiteral("SCALE"), qEnvironmentVariable("ROLEDESK_BENCH_SCALE", QStringLiteral("?")));
    const QCommandLineOption noSaved(QStringLiteral("no-saved"),
        QStringLiteral("Leave out the saved audit (--save, --compare)."));
    parser.addOptions({noFull, noSaved, cli, pgDump, scale});
    parser.process(app);

    const int n = common.positiveRepeats(parser);
    if (n < 1) {
        bench::err() << "roledesk-auditbench: --repeat needs a positive number\n";
        return 2;
    }
    const QString dumpPath = bench::pgProgram(QStringLiteral("pg_dump"), parser.value(pgDump));
    if (dumpPath.isEmpty()) {
        bench::err() << "roledesk-auditbench: pg_dump not found\n";
        return 2;
    }
    const QStringList dumpArgs = QStringList{QStringLiteral("--schema-only"), QStringLiteral("-f"), QStringLiteral("/dev/null")}
                                 + common.dbnameArgs(parser);
    // roledesk-cli takes --dsn as this program does.
    QStringList dsnArgs;
    if (const QString dsn = common.dsnValue(parser); !dsn.isEmpty())
        dsnArgs << QStringLiteral("--dsn") << dsn;
    const QStringList auditArgs = QStringList{QStringLiteral("audit"), QStringLiteral("--progress"), QStringLiteral("-o"),
                                              QStringLiteral("/dev/null")} + dsnArgs;
    const QStringList grantedArgs = auditArgs + QStringList{QStringLiteral("--granted-only")};

    QList<double> loads{bench::loadAverage()};
    QList<double> grantedMs, dumpMs, ratios, peaks;
    // One pair: the audit with \a args, then pg_dump -s; false (said why) if either failed.
    const auto pair = [&](const QStringList &args, Measure &audit, Measure &dump) {
        audit = runProgram(parser.value(cli), args);
        dump = audit.ok ? runProgram(dumpPath, dumpArgs) : Measure{};
        const Measure &bad = !audit.ok ? audit : dump;
        if (!bad.ok)
            bench::err() << "roledesk-auditbench: " << (&bad == &audit ? QStringLiteral("roledesk-cli ") + args.join(u' ') : QStringLiteral("pg_dump -s"))
                         << " failed: " << QString::fromLocal8Bit(bad.err).trimmed() << '\n';
        loads << bench::loadAverage();
        bench::err().flush();
        return audit.ok && dump.ok;
    };
    Measure granted, dump;
    for (int i = 0; i < n; ++i) {
        if (!pair(grantedArgs, granted, dump))
            return 1;
        grantedMs << granted.ms;
        dumpMs << dump.ms;
        ratios << granted.ms / dump.ms;
        peaks << granted.peakMiB;
        bench::err() << QStringLiteral("  run %1: audit --granted-only %2 ms, pg_dump -s %3 ms, load %4\n")
                            .arg(i + 1).arg(granted.ms, 0, 'f', 0).arg(dump.ms, 0, 'f', 0).arg(loads.back());
        bench::err().flush();
    }
    Measure full;
    if (!parser.isSet(noFull) && !pair(auditArgs, full, dump))
        return 1;
    const double fullDumpMs = dump.ms;
    // Saved audits: save, compare with now, compare two files; each beside the pg_dump after it.
    struct Saved {
        const char *label;
        Measure run;
        double dumpMs = 0;
    };
    QList<Saved> saved;
    QTemporaryFile savedFile;
    if (!parser.isSet(noSaved)) {
        if (!savedFile.open())
            return 1;
        const QStringList base = QStringList{QStringLiteral("audit")} + dsnArgs;
        const QString file = savedFile.fileName();
        const QList<std::pair<const char *, QStringList>> runs{
            {"audit --save", base + QStringList{QStringLiteral("--save"), file}},
            {"audit --compare (now)", base + QStringList{QStringLiteral("--compare"), file}},
            {"audit --compare --with", base + QStringList{QStringLiteral("--compare"), file, QStringLiteral("--with"), file}}};
        for (const auto &[label, args] : runs) {
            Saved one{label, {}, 0};
            if (!pair(args, one.run, dump))
                return 1;
            one.dumpMs = dump.ms;
            saved << one;
        }
    }
    // roledesk-cli replaced the file (a new inode): ask the path, not the open handle.
    const qint64 savedBytes = saved.isEmpty() ? 0 : QFileInfo(savedFile.fileName()).size();

    const bench::Spread g = bench::spread(grantedMs);
    const bench::Spread d = bench::spread(dumpMs);
    const bench::Spread r = bench::spread(ratios);
    const bench::Spread l = bench::spread(loads);
    const double peak = *std::max_element(peaks.cbegin(), peaks.cend());
    const double fullRatio = full.ok ? full.ms / d.median : -1;

    QString table;
    QTextStream t(&table);
    t << QStringLiteral("roledesk-auditbench: scale %1, %2 alternating run(s), load %3 (1-minute, %4-%5), "
                        "median (min-max)\n")
             .arg(parser.value(scale)).arg(n).arg(l.median, 0, 'f', 2).arg(l.min, 0, 'f', 2).arg(l.max, 0, 'f', 2);
    t << QStringLiteral("  pg_dump -s                      %1 ms\n").arg(bench::shown(d));
    t << QStringLiteral("  audit --granted-only            %1 ms, %2 rows, %3, peak RSS %4 MiB\n")
             .arg(bench::shown(g)).arg(granted.rows).arg(granted.written).arg(peak, 0, 'f', 1);
    t << QStringLiteral("  ratio granted-only/pg_dump      %1 (run by run %2-%3; target <= 0.50)\n")
             .arg(g.median / d.median, 0, 'f', 3).arg(r.min, 0, 'f', 3).arg(r.max, 0, 'f', 3);
    if (full.ok) {
        t << QStringLiteral("  audit, full CSV (once)          %1 ms, %2 rows, %3, peak RSS %4 MiB\n")
                 .arg(full.ms, 0, 'f', 0).arg(full.rows).arg(full.written).arg(full.peakMiB, 0, 'f', 1);
        t << QStringLiteral("  ratio full/pg_dump              %1 (to the pg_dump right after it: %2)\n")
                 .arg(fullRatio, 0, 'f', 2).arg(full.ms / fullDumpMs, 0, 'f', 2);
    }
    for (const Saved &one : saved)
        t << QStringLiteral("  %1 %2 ms, peak RSS %3 MiB, ratio to pg_dump %4 (the one after it)\n")
                 .arg(QLatin1String(one.label), -31).arg(one.run.ms, 0, 'f', 0).arg(one.run.peakMiB, 0, 'f', 1)
                 .arg(one.run.ms / one.dumpMs, 0, 'f', 2);
    if (!saved.isEmpty())
        t << QStringLiteral("  saved audit file                %1 MiB\n").arg(double(savedBytes) / 1048576.0, 0, 'f', 1);
    t.flush();

    QJsonObject out{
        {QStringLiteral("scale"), parser.value(scale)},
        {QStringLiteral("runs"), n},
        {QStringLiteral("load"), bench::toJson(l)},
        {QStringLiteral("pg_dump_ms"), bench::toJson(d)},
        {QStringLiteral("granted_only_ms"), bench::toJson(g)},
        {QStringLiteral("granted_only_rows"), granted.rows},
        {QStringLiteral("granted_only_written"), granted.written},
        {QStringLiteral("granted_only_peak_rss_mib"), peak},
        {QStringLiteral("ratio_granted_only"), g.median / d.median},
        {QStringLiteral("ratio_granted_only_runs"), bench::toJson(r)},
    };
    if (full.ok) {
        out.insert(QStringLiteral("full_ms"), full.ms);
        out.insert(QStringLiteral("full_rows"), full.rows);
        out.insert(QStringLiteral("full_written"), full.written);
        out.insert(QStringLiteral("full_peak_rss_mib"), full.peakMiB);
        out.insert(QStringLiteral("ratio_full"), fullRatio);
    }
    QJsonArray savedOut;
    for (const Saved &one : saved)
        savedOut.append(QJsonObject{{QStringLiteral("run"), QLatin1String(one.label)},
                                    {QStringLiteral("ms"), one.run.ms},
                                    {QStringLiteral("peak_rss_mib"), one.run.peakMiB},
                                    {QStringLiteral("pg_dump_ms"), one.dumpMs},
                                    {QStringLiteral("ratio"), one.run.ms / one.dumpMs}});
    if (!saved.isEmpty()) {
        out.insert(QStringLiteral("saved_audit"), savedOut);
        out.insert(QStringLiteral("saved_audit_bytes"), savedBytes);
    }
    common.print(parser, table, out);
    return 0;
}
