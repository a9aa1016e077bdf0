#include "standinprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace roledesk::test {

namespace {

HttpReply run(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

QNetworkRequest request(const QUrl &url, const HttpHeaders &headers)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    return r;
}

} // namespace

HttpReply httpGet(const QUrl &url, const HttpHeaders &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    return run(nam.get(request(url, headers)), timeoutMs);
}

HttpReply httpPost(const QUrl &url, const QByteArray &body, const HttpHeaders &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest r = request(url, headers);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return run(nam.post(r, body), timeoutMs);
}

bool writeStandinModel(const QString &repository, const QString &name, int dimension, const QString &fault)
{
    const QDir dir(repository);
    if (!dir.mkpath(name + QStringLiteral("/1")))
        return false;
    QString config = QStringLiteral(
                         "name: \"%1\"\nplatform: \"onnxruntime_onnx\"\nmax_batch_size: 0\n"
                         "input [ { name: \"TEXT\" data_type: TYPE_STRING dims: [ -1 ] } ]\n"
                         "output [ { name: \"EMBEDDING\" data_type: TYPE_FP32 dims: [ -1, %2 ] } ]\n")
                         .arg(name).arg(dimension);
    if (!fault.isEmpty())
        config += QStringLiteral("parameters { key: \"standin_fault\" value: { string_value: \"%1\" } }\n").arg(fault);
    QFile cfg(dir.filePath(name + QStringLiteral("/config.pbtxt")));
    QFile model(dir.filePath(name + QStringLiteral("/1/model.onnx")));
    return cfg.open(QIODevice::WriteOnly) && cfg.write(config.toUtf8()) >= 0 && model.open(QIODevice::WriteOnly)
           && model.write(QByteArrayLiteral("not really ONNX")) >= 0;
}

StandinProcess::~StandinProcess()
{
    stop();
}

QString StandinProcess::binary()
{
    const QString fromEnv = qEnvironmentVariable("ROLEDESK_STANDIN");
    return fromEnv.isEmpty() ? QStringLiteral(ROLEDESK_STANDIN_BINARY) : fromEnv;
}

bool StandinProcess::start(const QString &repository, const QStringList &extraArgs, QString *error)
{
    stop();
    m_output.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary(), QStringList{QStringLiteral("--repository"), repository, QStringLiteral("--port"),
                                          QStringLiteral("0")} + extraArgs);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_output));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("%1 did not start listening: %2").arg(binary(), output());
    stop();
    return false;
}

void StandinProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_port = 0;
}

QUrl StandinProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString StandinProcess::output()
{
    m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
    return QString::fromUtf8(m_output);
}

} // namespace roledesk::test
