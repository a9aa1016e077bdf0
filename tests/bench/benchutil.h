#pragma once

// Small pieces every benchmark program uses: medians, elapsed milliseconds, peak memory, the
// PostgreSQL client program to compare with, and a stream for messages. Header-only (target
// roledesk_benchutil adds its folder to the include path).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QList>
#include <QStandardPaths>
#include <QString>
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

/// The options most benchmarks take: --dsn, --repeat, --json.
struct CommonOptions {
    QCommandLineOption dsn{QStringLiteral("dsn"), QStringLiteral("libpq connection string (default: environment)."),
                           QStringLiteral("dsn")};
    QCommandLineOption repeat;
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};

    /// Adds them to \a parser, --repeat defaulting to \a repeats.
    CommonOptions(QCommandLineParser &parser, int repeats)
        : repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measure (default %1).").arg(repeats),
                 QStringLiteral("n"), QString::number(repeats))
    {
        parser.addOptions({dsn, repeat, json});
    }
    /// --repeat, at least 1.
    int repeats(const QCommandLineParser &parser) const { return std::max(1, parser.value(repeat).toInt()); }
    /// libpq keywords for --dsn (pg::ConnectOptions; empty: the environment's).
    QList<std::pair<QString, QString>> connectOptions(const QCommandLineParser &parser) const
    {
        QList<std::pair<QString, QString>> out;
        if (parser.isSet(dsn))
            out.push_back({QStringLiteral("dbname"), parser.value(dsn)});
        return out;
    }
};

/// Standard error as a text stream.
inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace roledesk::bench
