#pragma once

#include <QList>

namespace roledesk {

/// Summary of repeated latency measurements (ms): for the CLI's --repeat, the latency chart's
/// caption and the overhead benchmark. Percentiles by nearest rank.
struct LatencyStats {
    int runs = 0;
    double min = 0.0;
    double median = 0.0;
    double p95 = 0.0;
    double max = 0.0;
    double mean = 0.0;

    /// Stats of \a samples (any order); all zero when empty.
    static LatencyStats of(QList<double> samples);
    /// The \a fraction (0..1) percentile of \a sorted, by nearest rank.
    static double percentile(const QList<double> &sorted, double fraction);
};

} // namespace roledesk
