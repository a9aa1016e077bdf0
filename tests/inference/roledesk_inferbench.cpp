// roledesk-inferbench: RoleDesk's own overhead on one inference. N sequential inferences of the
// same text against the same KServe v2 server, done two ways, interleaved (alternating which goes
// first): (a) the peer, a minimal HTTP/1.1 client on one keep-alive QTcpSocket that writes the
// same POST and reads the whole answer, parsing nothing; (b) KServeClient::infer, timed from the
// call to its callback (request body, QNetworkAccessManager, response checks and parsing included).
// Reports medians, p95 and the overhead (b - a) at the median; the target is <= 2 ms.
// Reports figures; asserts none (the ctest smoke test only checks that it completes).

#include "benchutil.h"
#include "inference/kserveclient.h"
#include "inference/latencystats.h"
#include "standinprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

using namespace roledesk;
using bench::err;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// The peer: one keep-alive HTTP/1.1 connection, blocking reads, no JSON parsing.
class DirectHttp {
public:
    bool open(const QUrl &base, QString *error)
    {
        m_host = base.host();
        m_port = quint16(base.port(80));
        m_socket.connectToHost(m_host, m_port);
        if (!m_socket.waitForConnected(5000)) {
            *error = m_socket.errorString();
            return false;
        }
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    /// POSTs \a body to \a path; the answer's status and body, or nullopt on a transport failure.
    std::optional<std::pair<int, QByteArray>> post(const QByteArray &path, const QByteArray &body, QString *error)
    {
        QByteArray request;
        request.reserve(body.size() + 200);
        request += "POST " + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port)
                   + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                   + "\r\nConnection: keep-alive\r\n\r\n" + body;
        m_socket.write(request);
        if (!m_socket.waitForBytesWritten(10000)) {
            *error = m_socket.errorString();
            return std::nullopt;
        }
        // Headers, then exactly Content-Length bytes (or chunks) of body.
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(error))
                return std::nullopt;
        }
        const QByteArray head = m_buffer.left(headerEnd);
        m_buffer.remove(0, headerEnd + 4);
        const QList<QByteArray> lines = head.split('\n');
        const int status = lines.value(0).split(' ').value(1).toInt();
        qint64 length = -1;
        bool chunked = false;
        for (const QByteArray &l : lines) {
            const QByteArray lower = l.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
                chunked = true;
        }
        QByteArray answer;
        if (chunked) {
            for (;;) {
                qsizetype eol;
                while ((eol = m_buffer.indexOf("\r\n")) < 0)
                    if (!fill(error))
                        return std::nullopt;
                const qint64 size = m_buffer.left(eol).trimmed().toLongLong(nullptr, 16);
                m_buffer.remove(0, eol + 2);
                while (m_buffer.size() < size + 2)
                    if (!fill(error))
                        return std::nullopt;
                answer += m_buffer.left(size);
                m_buffer.remove(0, size + 2);
                if (size == 0)
                    break;
            }
        } else {
            if (length < 0) {
                *error = QStringLiteral("answer without Content-Length");
                return std::nullopt;
            }
            while (m_buffer.size() < length)
                if (!fill(error))
                    return std::nullopt;
            answer = m_buffer.left(length);
            m_buffer.remove(0, length);
        }
        return std::make_pair(status, answer);
    }

private:
    bool fill(QString *error)
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(10000)) {
            *error = QStringLiteral("reading the answer: ") + m_socket.errorString();
            return false;
        }
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_buffer;
};

QJsonObject toJson(const LatencyStats &s)
{
    return {{QStringLiteral("runs"), s.runs},     {QStringLiteral("min_ms"), s.min},
            {QStringLiteral("median_ms"), s.median}, {QStringLiteral("p95_ms"), s.p95},
            {QStringLiteral("max_ms"), s.max},     {QStringLiteral("mean_ms"), s.mean}};
}

QString line(const QString &label, const LatencyStats &s)
{
    return QStringLiteral("%1 median %2 ms  p95 %3 ms  min %4 ms  max %5 ms  mean %6 ms")
        .arg(label, -30)
        .arg(s.median, 0, 'f', 3)
        .arg(s.p95, 0, 'f', 3)
        .arg(s.min, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3)
        .arg(s.mean, 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-inferbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "RoleDesk's overhead on one inference: KServeClient::infer against a minimal direct HTTP/1.1 "
        "client on a keep-alive socket, interleaved, against the same server."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("A running KServe v2 server (default: start roledesk-kserve-standin on a free port)."),
        QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("The model (default bench)."),
                                   QStringLiteral("NAME"), QStringLiteral("bench"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Inferences each way (default 2000)."),
                                  QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Unmeasured inferences each way first (default 50)."),
                                    QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption dimension(QStringLiteral("dimension"),
        QStringLiteral("Embedding dimension of the started stand-in's model (default 384)."), QStringLiteral("N"),
        QStringLiteral("384"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("The input text."), QStringLiteral("TEXT"),
                                  QStringLiteral("RoleDesk measures its own overhead on one inference."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    parser.addOptions({server, model, runs, warmup, dimension, text, json});
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());
    const int warm = std::max(0, parser.value(warmup).toInt());
    const QString modelName = parser.value(model);
    const QString input = parser.value(text);

    // The server: given, or a stand-in of our own over a temporary repository.
    QTemporaryDir repo;
    test::StandinProcess standin;
    QUrl base(parser.value(server));
    if (!parser.isSet(server)) {
        QString error;
        if (!repo.isValid() || !test::writeStandinModel(repo.path(), modelName, parser.value(dimension).toInt())
            || !standin.start(repo.path(), {}, &error)) {
            err() << "roledesk-inferbench: cannot start the stand-in: " << error << Qt::endl;
            return 1;
        }
        base = standin.url();
        const test::HttpReply loaded = test::httpPost(standin.url(QStringLiteral("/v2/repository/models/%1/load").arg(modelName)));
        if (loaded.status != 200) {
            err() << "roledesk-inferbench: the stand-in did not load " << modelName << ": " << loaded.body << Qt::endl;
            return 1;
        }
    }

    KServeSettings settings;
    settings.baseUrl = base;
    KServeClient client(settings);
    DirectHttp direct;
    QString error;
    if (!direct.open(base, &error)) {
        err() << "roledesk-inferbench: cannot connect to " << base.toString() << ": " << error << Qt::endl;
        return 1;
    }
    const QByteArray path = client.endpoint(QStringLiteral("/v2/models/%1/infer").arg(modelName)).path(QUrl::FullyEncoded).toLatin1();
    const QByteArray body = KServeProtocol::inferRequestBody({input});

    int dim = 0;
    const auto viaDirect = [&]() -> std::optional<double> {
        QElapsedTimer t;
        t.start();
        const auto answer = direct.post(path, body, &error);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        // A cheap sanity check only: the peer's point is to parse nothing.
        if (!answer || answer->first != 200 || !answer->second.contains("\"outputs\"")) {
            if (answer)
                error = QStringLiteral("HTTP %1: %2").arg(answer->first).arg(QString::fromUtf8(answer->second.left(300)));
            return std::nullopt;
        }
        return ms;
    };
    const auto viaClient = [&]() -> std::optional<double> {
        QEventLoop loop;
        std::optional<double> result;
        QElapsedTimer t;
        t.start();
        client.infer(modelName, {input}, &loop, [&](const KServeResult<KServeEmbeddings> &r) {
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (r.ok()) {
                result = ms;
                dim = r.value.dimension;
            } else {
                error = r.error.message;
            }
            loop.quit();
        });
        loop.exec();
        return result;
    };

    for (int i = 0; i < warm; ++i) {
        if (!viaDirect() || !viaClient()) {
            err() << "roledesk-inferbench: warm-up failed: " << error << Qt::endl;
            return 1;
        }
    }
    QList<double> directMs, clientMs, pairDiff;
    directMs.reserve(n);
    clientMs.reserve(n);
    for (int i = 0; i < n; ++i) {
        // Alternate which goes first, so neither always follows the other.
        std::optional<double> a, b;
        if (i % 2 == 0) {
            a = viaDirect();
            b = a ? viaClient() : std::nullopt;
        } else {
            b = viaClient();
            a = b ? viaDirect() : std::nullopt;
        }
        if (!a || !b) {
            err() << "roledesk-inferbench: inference " << i << " failed: " << error << Qt::endl;
            return 1;
        }
        directMs << *a;
        clientMs << *b;
        pairDiff << *b - *a;
    }
    const LatencyStats d = LatencyStats::of(directMs);
    const LatencyStats c = LatencyStats::of(clientMs);
    const LatencyStats diff = LatencyStats::of(pairDiff);
    const double overhead = c.median - d.median;
    const double target = 2.0;

    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("server"), base.toString()},
                            {QStringLiteral("model"), modelName},
                            {QStringLiteral("dimension"), dim},
                            {QStringLiteral("runs"), n},
                            {QStringLiteral("direct"), toJson(d)},
                            {QStringLiteral("client"), toJson(c)},
                            {QStringLiteral("paired_difference"), toJson(diff)},
                            {QStringLiteral("overhead_median_ms"), overhead},
                            {QStringLiteral("target_ms"), target},
                            {QStringLiteral("within_target"), overhead <= target}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
    } else {
        out() << QStringLiteral("roledesk-inferbench: %1 inferences each way of a %2-byte text, model %3 (dimension %4), at %5")
                     .arg(n)
                     .arg(input.toUtf8().size())
                     .arg(modelName)
                     .arg(dim)
                     .arg(base.toString())
              << '\n'
              << line(QStringLiteral("(a) direct HTTP (QTcpSocket):"), d) << '\n'
              << line(QStringLiteral("(b) KServeClient::infer:"), c) << '\n'
              << line(QStringLiteral("(b - a) per pair:"), diff) << '\n'
              << QStringLiteral("overhead at the median: %1 ms (target <= %2 ms: %3)")
                     .arg(overhead, 0, 'f', 3)
                     .arg(target, 0, 'f', 0)
                     .arg(overhead <= target ? QStringLiteral("met") : QStringLiteral("missed"))
              << Qt::endl;
    }
    return 0;
}
