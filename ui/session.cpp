#include "session.h"

#include "catalog/snapshotloader.h"
#include "privileges/effectiverights.h"

namespace roledesk {

Session::Session(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<roledesk::Session::State>();
    m_thread.setObjectName(QStringLiteral("roledesk-snapshot"));
    m_loader = new SnapshotLoader;
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &SnapshotLoader::progressed, this, &Session::onProgressed, Qt::QueuedConnection);
    connect(m_loader, &SnapshotLoader::loaded, this, &Session::onLoaded, Qt::QueuedConnection);
    connect(m_loader, &SnapshotLoader::failed, this, &Session::onFailed, Qt::QueuedConnection);
    m_thread.start();
}

Session::~Session()
{
    m_loader->cancel();
    m_thread.quit();
    m_thread.wait();
}

void Session::connectTo(const pg::ConnectOptions &options)
{
    m_options = options;
    m_token = m_loader->requestLoad(options);
    setState(State::Loading);
}

void Session::refresh()
{
    if (!m_options.isEmpty())
        connectTo(m_options);
}

void Session::cancel()
{
    if (m_state != State::Loading)
        return;
    m_loader->cancel();
    m_token = 0; // whatever still arrives for the cancelled load is dropped
    setState(State::Idle);
    emit loadCancelled();
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::onProgressed(quint64 token, int done, int total, const QString &part)
{
    if (token == m_token)
        emit progressed(done, total, part);
}

void Session::onLoaded(quint64 token, SnapshotPtr snapshot, const QString &summary)
{
    if (token != m_token || !snapshot)
        return; // stale: a newer load started, or this one was cancelled
    m_token = 0;
    m_rights = std::make_shared<const EffectiveRights>(std::move(snapshot));
    m_summary = summary;
    setState(State::Idle);
    emit snapshotChanged(m_rights);
}

void Session::onFailed(quint64 token, const pg::Error &error)
{
    if (token != m_token)
        return;
    m_token = 0;
    setState(State::Idle);
    if (error.sqlstate == QLatin1String(pg::sqlstate::QueryCanceled))
        emit loadCancelled();
    else
        emit loadFailed(error);
}

} // namespace roledesk
