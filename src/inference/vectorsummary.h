#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace roledesk {

/// What a test inference shows of one embedding: its dimension, its first values and its L2
/// norm. Shared by the database path (SqlInference) and the server path (KServeClient).
struct VectorSummary {
    int dimension = 0;
    QList<float> head;  ///< the first values (at most the headSize asked for)
    double norm = 0.0;  ///< Euclidean (L2) norm over all values

    /// Summary of \a values[0, count).
    static VectorSummary of(const float *values, qsizetype count, int headSize = 8);
    static VectorSummary of(const QList<float> &values, int headSize = 8);

    /// "0.0123, -0.4560, ..." with \a precision decimals; "..." appended when values were left out.
    QString headText(int precision = 4) const;

    bool operator==(const VectorSummary &) const = default;
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::VectorSummary)
