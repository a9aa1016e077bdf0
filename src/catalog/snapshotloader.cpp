#include "catalog/snapshotloader.h"

#include "catalog/catalogreader.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace roledesk {

SnapshotLoader::SnapshotLoader(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

SnapshotLoader::~SnapshotLoader() = default;

void SnapshotLoader::registerMetaTypes()
{
    qRegisterMetaType<roledesk::SnapshotPtr>("roledesk::SnapshotPtr");
    qRegisterMetaType<roledesk::pg::Error>("roledesk::pg::Error");
    qRegisterMetaType<roledesk::pg::ConnectOptions>("roledesk::pg::ConnectOptions");
}

quint64 SnapshotLoader::requestLoad(const pg::ConnectOptions &options)
{
    const quint64 token = ++m_latest;
    // Whatever runs now is stale: stop it so the new load does not queue behind it.
    m_cancelled = true;
    m_conn.requestCancel();
    QMetaObject::invokeMethod(this, "load", Qt::QueuedConnection, Q_ARG(quint64, token),
                              Q_ARG(roledesk::pg::ConnectOptions, options));
    return token;
}

void SnapshotLoader::cancel()
{
    std::lock_guard lock(m_stateMutex);
    m_cancelledUpTo = m_latest.load();
    m_cancelled = true;
    m_conn.requestCancel();
}

QString SnapshotLoader::connectionSummary(const pg::Connection &conn)
{
    QString host = conn.host();
    if (host.startsWith(u'/'))
        host = QStringLiteral("[%1]").arg(host); // a Unix socket folder
    return QStringLiteral("%1@%2:%3/%4 — PostgreSQL %5")
        .arg(conn.user(), host, conn.port(), conn.database(),
             conn.parameterStatus("server_version"));
}

void SnapshotLoader::load(quint64 token, const pg::ConnectOptions &options)
{
    if (token != m_latest.load())
        return; // a newer request is queued behind this one
    {
        std::lock_guard lock(m_stateMutex);
        m_cancelled = token <= m_cancelledUpTo;
    }
    auto cancelledError = [] {
        pg::Error e = pg::Error::client(
            QCoreApplication::translate("roledesk::SnapshotLoader", "Loading was cancelled."));
        e.sqlstate = QString::fromLatin1(pg::sqlstate::QueryCanceled);
        return e;
    };
    if (m_cancelled) {
        emit failed(token, cancelledError());
        return;
    }

    if (pg::Error e = m_conn.open(options); !e.isNull()) {
        e.connectionLost = true;
        emit failed(token, m_cancelled ? cancelledError() : e);
        return;
    }
    const QString summary = connectionSummary(m_conn);
    const SnapshotOutcome outcome = CatalogReader::read(
        m_conn,
        [this, token](int done, int total, const QString &part) {
            emit progressed(token, done, total, part);
        },
        &m_cancelled);
    m_conn.close();

    if (m_cancelled && token != m_latest.load())
        return; // superseded: nobody waits for this result
    if (outcome.ok() && !m_cancelled)
        emit loaded(token, outcome.snapshot, summary);
    else if (m_cancelled)
        emit failed(token, cancelledError());
    else
        emit failed(token, outcome.error);
}

} // namespace roledesk
