#include "inference/latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace roledesk {

double LatencyStats::percentile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0.0;
    const double rank = std::ceil(std::clamp(fraction, 0.0, 1.0) * double(sorted.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, sorted.size() - 1);
    return sorted.at(index);
}

LatencyStats LatencyStats::of(QList<double> samples)
{
    LatencyStats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.runs = int(samples.size());
    s.min = samples.first();
    s.max = samples.last();
    // The median of an even count is the mean of the middle two.
    const qsizetype mid = samples.size() / 2;
    s.median = samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2.0;
    s.p95 = percentile(samples, 0.95);
    s.mean = std::accumulate(samples.cbegin(), samples.cend(), 0.0) / double(samples.size());
    return s;
}

} // namespace roledesk
