#include "hashembedding.h"

#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace roledesk::standin {

namespace {

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 14695981039346656037ull;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

void addFeature(std::vector<double> &v, const QByteArray &feature, double weight)
{
    const quint64 h = fnv1a(feature);
    const double sign = (h >> 63) != 0 ? -1.0 : 1.0;
    v[size_t(h % v.size())] += sign * weight;
}

} // namespace

QList<float> hashEmbedding(const QString &text, int dimension)
{
    if (dimension <= 0)
        return {};
    std::vector<double> v(size_t(dimension), 0.0);
    const QString lower = text.toLower();
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    bool any = false;
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QString token = it.next().captured();
        any = true;
        addFeature(v, QByteArrayLiteral("w:") + token.toUtf8(), 1.0);
        // Trigrams by code point, so that characters outside the BMP count once.
        QList<uint> points = token.toUcs4();
        points.prepend(uint(' '));
        points.append(uint(' '));
        for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
            const QString gram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
            addFeature(v, QByteArrayLiteral("c:") + gram.toUtf8(), 0.5);
        }
    }
    if (!any)
        addFeature(v, QByteArrayLiteral("t:") + lower.toUtf8(), 1.0);

    double norm = 0;
    for (const double x : v)
        norm += x * x;
    norm = std::sqrt(norm);
    QList<float> out(dimension, 0.0f);
    if (norm == 0) { // features that cancelled out exactly: still a unit vector
        out[0] = 1.0f;
        return out;
    }
    for (int i = 0; i < dimension; ++i)
        out[i] = float(v[size_t(i)] / norm);
    return out;
}

} // namespace roledesk::standin
