#pragma once

#include <QList>
#include <QString>

namespace roledesk::standin {

/// A deterministic stand-in for a sentence-embedding model: the lower-cased word tokens of
/// \a text (runs of letters and digits, weight 1) and the character trigrams of each token padded
/// with spaces (weight 0.5) are hashed (FNV-1a, 64 bit) into \a dimension buckets with a sign
/// taken from the hash, and the sum is scaled to unit L2 norm. Texts that share words or word
/// parts therefore point in similar directions. A text without letters or digits hashes as a
/// whole. The same text and dimension always give the same vector, on every platform.
QList<float> hashEmbedding(const QString &text, int dimension);

} // namespace roledesk::standin
