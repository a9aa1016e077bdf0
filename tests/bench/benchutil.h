#pragma once

// Small pieces every benchmark program uses: medians, elapsed milliseconds, peak memory, the
// PostgreSQL client program to compare with, the common options (--dsn, --repeat, --json) and
// their output, and a stream for messages. Header-only (target roledesk_benchutil adds its folder
// to the include path).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <utility>

namespace roledesk::bench {

/// Median of a list of milliseconds (the mean of the middle two for even counts; 0 for none).
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// Median and range of a list of measurements.
struct Spread {
    double median = 0;
    double min = 0;
    double max = 0;
};
inline Spread spread(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    return {median(values), *lo, *hi};
}
/// The spread as JSON for the benchmarks' --json output: {"median", "min", "max"}.
inline QJsonObject toJson(const Spread &s)
{
    return {{QStringLiteral("median"), s.median}, {QStringLiteral("min"), s.min}, {QStringLiteral("max"), s.max}};
}
/// "median (min-max)" with \a decimals decimals.
inline QString shown(const Spread &s, int decimals = 0)
{
    return QStringLiteral("%1 (%2-%3)").arg(s.median, 0, 'f', decimals).arg(s.min, 0, 'f', decimals).arg(s.max, 0, 'f', decimals);
}

/// The machine's load: /proc/loadavg's 1-minute figure (-1 if unread), to print beside results.
inline double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double v = f.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? v : -1;
}

/// Milliseconds since \a t was started, to the nanosecond.
inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Peak resident memory in MiB: getrusage's ru_maxrss and /proc/self/status VmHWM (-1 if unread).
inline std::pair<double, double> peakMemory()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double maxrss = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    double hwm = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return {maxrss, hwm};
}

/// The PostgreSQL client program \a name (psql, pg_dump) to compare with: \a given if set, else
/// the one in $ROLEDESK_PGBIN, else PostgreSQL 15's, else the first on PATH.
inline QString pgProgram(const QString &name, const QString &given)
{
    if (!given.isEmpty())
        return given;
    for (const QString &dir : {qEnvironmentVariable("ROLEDESK_PGBIN"), QStringLiteral("/usr/lib/postgresql/15/bin")}) {
        if (!dir.isEmpty() && QFileInfo(dir + u'/' + name).isExecutable())
            return dir + u'/' + name;
    }
    return QStandardPaths::findExecutable(name);
}

/// Standard error as a text stream.
inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// What sets one benchmark's --dsn, --repeat and --json apart from the plain ones, said by chained
/// calls: CommonSpec().repeats(5).shortRepeat().noDsn().
struct CommonSpec {
    int repeatDefault = 3;      ///< --repeat's default; 0: the benchmark takes no --repeat
    QString repeatHelp;         ///< what one repetition is, %1 the default (empty: runs per measure)
    bool repeatShort = false;   ///< -n as well as --repeat
    bool takesDsn = true;       ///< false: no --dsn (the benchmark needs no database)
    QString dsnHelp;            ///< which database --dsn names, where that matters (empty: the plain words)
    bool tableOnStderr = false; ///< --json sends the table to stderr (CommonOptions::print)

    /// --repeat defaults to \a n (0: no --repeat at all).
    CommonSpec &repeats(int n) { repeatDefault = n; return *this; }
    /// What one repetition is, for --help; %1 stands for the default.
    CommonSpec &repeatWords(const QString &help) { repeatHelp = help; return *this; }
    /// -n as well as --repeat.
    CommonSpec &shortRepeat() { repeatShort = true; return *this; }
    /// No --dsn: the benchmark needs no database.
    CommonSpec &noDsn() { takesDsn = false; return *this; }
    /// Which database --dsn names, for --help.
    CommonSpec &dsnWords(const QString &help) { dsnHelp = help; return *this; }
    /// With --json the table goes to stderr (CommonOptions::print), and --help says so.
    CommonSpec &tableToStderr() { tableOnStderr = true; return *this; }
};

/// The options most benchmarks take: --dsn, --repeat, --json, written once.
struct CommonOptions {
    QCommandLineOption dsn;
    QCommandLineOption repeat;
    QCommandLineOption json;

    /// Adds them to \a parser, --repeat defaulting to \a repeats.
    CommonOptions(QCommandLineParser &parser, int repeats) : CommonOptions(parser, CommonSpec().repeats(repeats)) {}
    /// Adds to \a parser those \a spec asks for, worded as it says.
    CommonOptions(QCommandLineParser &parser, const CommonSpec &spec)
        : dsn(QStringLiteral("dsn"),
              spec.dsnHelp.isEmpty() ? QStringLiteral("libpq connection string (default: environment).") : spec.dsnHelp,
              QStringLiteral("dsn"))
        , repeat(spec.repeatShort ? QStringList{QStringLiteral("n"), QStringLiteral("repeat")} : QStringList{QStringLiteral("repeat")},
                 (spec.repeatHelp.isEmpty() ? QStringLiteral("Runs per measure (default %1).") : spec.repeatHelp).arg(spec.repeatDefault),
                 QStringLiteral("n"), QString::number(spec.repeatDefault))
        , json(QStringLiteral("json"), spec.tableOnStderr
                                           ? QStringLiteral("Print the figures as JSON on stdout (the table goes to stderr).")
                                           : QStringLiteral("Print JSON."))
        , m_spec(spec)
    {
        if (spec.takesDsn)
            parser.addOption(dsn);
        if (spec.repeatDefault > 0)
            parser.addOption(repeat);
        parser.addOption(json);
    }
    /// --repeat, at least 1 (a benchmark that runs once rather than refuse).
    int repeats(const QCommandLineParser &parser) const { return std::max(1, parser.value(repeat).toInt()); }
    /// --repeat when it is a positive number, else 0 (a benchmark that refuses anything else).
    int positiveRepeats(const QCommandLineParser &parser) const
    {
        bool ok = false;
        const int n = parser.value(repeat).toInt(&ok);
        return ok && n > 0 ? n : 0;
    }
    /// libpq keywords for --dsn (pg::ConnectOptions; empty: the environment's).
    QList<std::pair<QString, QString>> connectOptions(const QCommandLineParser &parser) const
    {
        QList<std::pair<QString, QString>> out;
        if (const QString d = dsnValue(parser); !d.isEmpty())
            out.push_back({QStringLiteral("dbname"), d});
        return out;
    }
    /// --dsn for a PostgreSQL client program (pg_dump, psql): --dbname=DSN, or nothing.
    QStringList dbnameArgs(const QCommandLineParser &parser) const
    {
        const QString d = dsnValue(parser);
        return d.isEmpty() ? QStringList() : QStringList{QStringLiteral("--dbname=") + d};
    }
    /// --dsn as given (empty when not, or when the benchmark takes none).
    QString dsnValue(const QCommandLineParser &parser) const { return m_spec.takesDsn ? parser.value(dsn) : QString(); }
    /// The table on stdout; with --json, \a figures there (indented) and the table on stderr.
    void print(const QCommandLineParser &parser, const QString &table, const QJsonObject &figures) const
    {
        if (!parser.isSet(json)) {
            QTextStream(stdout) << table;
            return;
        }
        err() << table;
        err().flush();
        QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    }

private:
    CommonSpec m_spec;
};

/// Measurements as a JSON array, for the runs behind a median.
inline QJsonArray toJson(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a << v;
    return a;
}

} // namespace roledesk::bench
