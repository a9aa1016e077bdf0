#include "inference/vectorsummary.h"

#include <QStringList>

#include <cmath>

namespace roledesk {

VectorSummary VectorSummary::of(const float *values, qsizetype count, int headSize)
{
    VectorSummary s;
    s.dimension = int(count);
    double sum = 0.0;
    for (qsizetype i = 0; i < count; ++i)
        sum += double(values[i]) * double(values[i]);
    s.norm = std::sqrt(sum);
    const qsizetype keep = std::min<qsizetype>(count, std::max(headSize, 0));
    s.head.reserve(keep);
    for (qsizetype i = 0; i < keep; ++i)
        s.head.append(values[i]);
    return s;
}

VectorSummary VectorSummary::of(const QList<float> &values, int headSize)
{
    return of(values.constData(), values.size(), headSize);
}

QString VectorSummary::headText(int precision) const
{
    QStringList parts;
    parts.reserve(head.size() + 1);
    for (float v : head)
        parts.append(QString::number(double(v), 'f', precision));
    if (head.size() < dimension)
        parts.append(QStringLiteral("..."));
    return parts.join(QStringLiteral(", "));
}

} // namespace roledesk
