#include "inference/kserveprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>

namespace roledesk {

namespace {

/// The top-level object of \a body, or false with \a problem set.
bool parseObject(const QByteArray &body, QJsonObject *out, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = KServeProtocol::tr("the answer is not valid JSON (%1 at byte %2)")
                       .arg(error.errorString())
                       .arg(error.offset);
        return false;
    }
    if (!doc.isObject()) {
        *problem = KServeProtocol::tr("the answer is not a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

QList<qint64> shapeOf(const QJsonValue &value)
{
    QList<qint64> shape;
    const QJsonArray a = value.toArray();
    shape.reserve(a.size());
    for (const QJsonValue &d : a)
        shape.append(d.toInteger(-2));
    return shape;
}

QList<KServeTensorSpec> tensorsOf(const QJsonValue &value)
{
    QList<KServeTensorSpec> specs;
    for (const QJsonValue &t : value.toArray()) {
        const QJsonObject o = t.toObject();
        specs.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("datatype")).toString(),
                      shapeOf(o.value(QLatin1String("shape")))});
    }
    return specs;
}

QString stringOf(const QJsonValue &value)
{
    // Versions come as strings from Triton, as numbers from some servers.
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

/// Appends the numbers of \a data (flat, or nested arrays) to \a out; false at the first value
/// that is not a finite number, with its position in \a bad.
bool flatten(const QJsonArray &data, QList<float> *out, qsizetype *bad, QString *what)
{
    for (const QJsonValue &v : data) {
        if (v.isArray()) {
            if (!flatten(v.toArray(), out, bad, what))
                return false;
            continue;
        }
        const float f = float(v.toDouble());
        if (!v.isDouble() || !std::isfinite(f)) {
            *bad = out->size();
            *what = v.isDouble() ? QString::number(v.toDouble())
                                 : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            return false;
        }
        out->append(f);
    }
    return true;
}

qint64 nsOf(const QJsonObject &stats, const char *part, const char *field)
{
    return stats.value(QLatin1String(part)).toObject().value(QLatin1String(field)).toInteger();
}

} // namespace

QByteArray KServeProtocol::inferRequestBody(const QStringList &texts, const QString &inputName)
{
    QJsonArray data;
    for (const QString &t : texts)
        data.append(t);
    const QJsonObject input{{QStringLiteral("name"), inputName},
                            {QStringLiteral("shape"), QJsonArray{qint64(texts.size())}},
                            {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                            {QStringLiteral("data"), data}};
    return QJsonDocument(QJsonObject{{QStringLiteral("inputs"), QJsonArray{input}}}).toJson(QJsonDocument::Compact);
}

qint64 KServeProtocol::inputBytes(const QStringList &texts)
{
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.toUtf8().size();
    return bytes;
}

QString KServeProtocol::errorText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    return doc.object().value(QLatin1String("error")).toString();
}

bool KServeProtocol::parseEmbeddings(const QByteArray &body, int expectedRows, KServeEmbeddings *out, QString *problem)
{
    QJsonObject root;
    if (!parseObject(body, &root, problem))
        return false;
    const QJsonArray outputs = root.value(QLatin1String("outputs")).toArray();
    if (outputs.isEmpty()) {
        *problem = tr("the answer has no outputs");
        return false;
    }
    const QJsonObject output = outputs.first().toObject();
    KServeEmbeddings e;
    e.modelName = root.value(QLatin1String("model_name")).toString();
    e.modelVersion = stringOf(root.value(QLatin1String("model_version")));
    e.outputName = output.value(QLatin1String("name")).toString();

    const QString datatype = output.value(QLatin1String("datatype")).toString();
    if (datatype != u"FP32") {
        *problem = tr("output \"%1\" has datatype %2 where FP32 was expected")
                       .arg(e.outputName, datatype.isEmpty() ? tr("(none)") : datatype);
        return false;
    }
    const QList<qint64> shape = shapeOf(output.value(QLatin1String("shape")));
    if (shape.size() != 2 || shape.at(0) != expectedRows || shape.at(1) <= 0 || shape.at(1) > (1 << 24)) {
        *problem = tr("output \"%1\" has shape %2 where [%3, dim] (one row of dim > 0 values per input text) was expected")
                       .arg(e.outputName, shapeText(shape))
                       .arg(expectedRows);
        return false;
    }
    e.rows = int(shape.at(0));
    e.dimension = int(shape.at(1));

    const QJsonArray data = output.value(QLatin1String("data")).toArray();
    e.values.reserve(qsizetype(e.rows) * e.dimension);
    qsizetype bad = -1;
    QString what;
    if (!flatten(data, &e.values, &bad, &what)) {
        *problem = tr("output \"%1\": value %2 is %3, not a finite number").arg(e.outputName).arg(bad).arg(what);
        return false;
    }
    if (e.values.size() != qsizetype(e.rows) * e.dimension) {
        *problem = tr("output \"%1\" has shape %2, which needs %3 values, but %4 came")
                       .arg(e.outputName, shapeText(shape))
                       .arg(qsizetype(e.rows) * e.dimension)
                       .arg(e.values.size());
        return false;
    }
    *out = std::move(e);
    return true;
}

bool KServeProtocol::parseServerMetadata(const QByteArray &body, KServeServerMetadata *out, QString *problem)
{
    QJsonObject root;
    if (!parseObject(body, &root, problem))
        return false;
    out->name = root.value(QLatin1String("name")).toString();
    out->version = root.value(QLatin1String("version")).toString();
    out->extensions.clear();
    for (const QJsonValue &e : root.value(QLatin1String("extensions")).toArray())
        out->extensions.append(e.toString());
    return true;
}

bool KServeProtocol::parseModelMetadata(const QByteArray &body, KServeModelMetadata *out, QString *problem)
{
    QJsonObject root;
    if (!parseObject(body, &root, problem))
        return false;
    out->name = root.value(QLatin1String("name")).toString();
    out->platform = root.value(QLatin1String("platform")).toString();
    out->versions.clear();
    for (const QJsonValue &v : root.value(QLatin1String("versions")).toArray())
        out->versions.append(stringOf(v));
    out->inputs = tensorsOf(root.value(QLatin1String("inputs")));
    out->outputs = tensorsOf(root.value(QLatin1String("outputs")));
    if (out->name.isEmpty()) {
        *problem = tr("the model metadata has no name");
        return false;
    }
    return true;
}

bool KServeProtocol::parseModelStats(const QByteArray &body, QList<KServeModelStats> *out, QString *problem)
{
    QJsonObject root;
    if (!parseObject(body, &root, problem))
        return false;
    const QJsonValue entries = root.value(QLatin1String("model_stats"));
    if (!entries.isArray()) {
        *problem = tr("the answer has no \"model_stats\" list");
        return false;
    }
    out->clear();
    for (const QJsonValue &v : entries.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject stats = o.value(QLatin1String("inference_stats")).toObject();
        KServeModelStats s;
        s.name = o.value(QLatin1String("name")).toString();
        s.version = stringOf(o.value(QLatin1String("version")));
        const qint64 last = o.value(QLatin1String("last_inference")).toInteger();
        if (last > 0)
            s.lastInference = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
        s.inferenceCount = o.value(QLatin1String("inference_count")).toInteger();
        s.executionCount = o.value(QLatin1String("execution_count")).toInteger();
        s.successCount = nsOf(stats, "success", "count");
        s.successNs = nsOf(stats, "success", "ns");
        s.failCount = nsOf(stats, "fail", "count");
        s.failNs = nsOf(stats, "fail", "ns");
        s.queueNs = nsOf(stats, "queue", "ns");
        s.computeInferNs = nsOf(stats, "compute_infer", "ns");
        s.raw = o;
        out->append(s);
    }
    return true;
}

bool KServeProtocol::parseRepositoryIndex(const QByteArray &body, QList<KServeRepositoryModel> *out, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        *problem = error.error != QJsonParseError::NoError
                       ? tr("the answer is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
                       : tr("the answer is not a JSON list");
        return false;
    }
    out->clear();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        out->append({o.value(QLatin1String("name")).toString(), stringOf(o.value(QLatin1String("version"))),
                     o.value(QLatin1String("state")).toString(), o.value(QLatin1String("reason")).toString()});
    }
    return true;
}

QString KServeProtocol::shapeText(const QList<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts.append(QString::number(d));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

} // namespace roledesk
