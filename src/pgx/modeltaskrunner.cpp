#include "pgx/modeltaskrunner.h"

#include "catalog/snapshotloader.h"
#include "pgx/modeloperations.h"
#include "pgx/taskoutcome.h"

#include <QElapsedTimer>

namespace roledesk {

ModelTaskRunner::ModelTaskRunner(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

ModelTaskRunner::~ModelTaskRunner() = default;

void ModelTaskRunner::registerMetaTypes()
{
    SnapshotLoader::registerMetaTypes(); // pg::ConnectOptions, pg::Error
    qRegisterMetaType<roledesk::ModelTaskRequest>();
    qRegisterMetaType<roledesk::ModelOutcome>();
}

quint64 ModelTaskRunner::start(const pg::ConnectOptions &options, const ModelTaskRequest &request)
{
    const quint64 task = ++m_latest;
    QMetaObject::invokeMethod(
        this, [this, task, options, request] { run(task, options, request); }, Qt::QueuedConnection);
    return task;
}

void ModelTaskRunner::cancel()
{
    {
        std::lock_guard lock(m_stateMutex);
        m_cancelledUpTo = m_latest.load();
        m_cancelled = true;
    }
    m_conn.requestCancel();
}

void ModelTaskRunner::run(quint64 task, const pg::ConnectOptions &options, const ModelTaskRequest &request)
{
    {
        std::lock_guard lock(m_stateMutex);
        if (task <= m_cancelledUpTo) {
            // Cancelled while it waited in the queue: nothing was touched.
            emit finished(task, pgxdetail::TaskOutcome(request.task, request.model, request.file).cancelled());
            return;
        }
        m_cancelled = false;
    }
    if (const pg::Error e = m_conn.open(options); !e.isNull()) {
        pgxdetail::TaskOutcome failed(request.task, request.model, request.file);
        emit finished(task, failed.refused(ModelOutcome::Cause::Server,
                                           pgxdetail::TaskOutcome::tr("%1 failed: cannot connect to the server (%2).")
                                               .arg(failed.doing(), e.message),
                                           e));
        return;
    }
    // Progress signals at most every 50 ms (and the last one always), so a fast stream of small
    // chunks cannot flood the receiving event loop.
    QElapsedTimer sinceSignal;
    qint64 lastDone = -1;
    const ModelOutcome outcome = ModelOperations::run(m_conn, request, [&](qint64 done, qint64 total) {
        if (done == lastDone)
            return;
        if (done < total && lastDone >= 0 && sinceSignal.isValid() && sinceSignal.elapsed() < 50)
            return;
        lastDone = done;
        sinceSignal.start();
        emit progressed(task, done, total);
    }, &m_cancelled);
    m_conn.close();
    emit finished(task, outcome);
}

} // namespace roledesk
