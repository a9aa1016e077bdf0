#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace roledesk::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP answer, for tests.
struct HttpReply {
    int status = 0;        ///< 0 when there was no HTTP answer (refused, timed out)
    QByteArray body;
    QString networkError;  ///< set when status is 0

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString errorText() const { return object().value(u"error").toString(); }
};

/// Blocking HTTP through QNetworkAccessManager in a local event loop (tests only).
HttpReply httpGet(const QUrl &url, const HttpHeaders &headers = {}, int timeoutMs = 15000);
HttpReply httpPost(const QUrl &url, const QByteArray &body = {}, const HttpHeaders &headers = {},
                   int timeoutMs = 15000);

/// Writes a Triton-style model folder: DIR/NAME/config.pbtxt (output EMBEDDING of \a dimension,
/// plus the standin_fault parameter when \a fault is not empty) and DIR/NAME/1/model.onnx.
bool writeStandinModel(const QString &repository, const QString &name, int dimension, const QString &fault = {});

/// A roledesk-kserve-standin process on a free loopback port (--port 0), stopped on destruction.
class StandinProcess {
public:
    StandinProcess() = default;
    ~StandinProcess();
    StandinProcess(const StandinProcess &) = delete;
    StandinProcess &operator=(const StandinProcess &) = delete;

    /// The binary: $ROLEDESK_STANDIN, else the one this build made.
    static QString binary();
    /// Starts it on \a repository with \a extraArgs and waits (10 s at most) for its
    /// "listening on" line; false with \a error otherwise.
    bool start(const QString &repository, const QStringList &extraArgs, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT followed by \a path.
    QUrl url(const QString &path = {}) const;
    /// What it wrote on stdout and stderr so far (for failure messages).
    QString output();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

} // namespace roledesk::test
