#include "pgx/modeltaskrunner.h"

#include "catalog/snapshotloader.h"
#include "pgx/modeloperations.h"
#include "pgx/taskoutcome.h"

#include <QElapsedTimer>

namespace roledesk {

namespace {

struct Who {
    QString sessionUser, database, server, systemIdentifier;
};

/// Who performs the task and where, as the server says on \a conn (never the client's options
/// or the environment): for the journal. Empty fields when the server cannot be asked.
Who whoAndWhere(pg::Connection &conn)
{
    Who who;
    who.server = conn.host() + u':' + conn.port();
    const pg::Result r = conn.exec(QStringLiteral(
        "SELECT session_user, current_database(), "
        "CASE WHEN pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE') "
        "THEN (SELECT c.system_identifier::text FROM pg_catalog.pg_control_system() c) ELSE '' END"));
    if (r.ok() && r.rows() == 1) {
        who.sessionUser = r.text(0, 0);
        who.database = r.text(0, 1);
        who.systemIdentifier = r.text(0, 2);
    }
    return who;
}

} // namespace

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
    const Who who = whoAndWhere(m_conn);
    // Progress signals at most every 50 ms (and the last one always), so a fast stream of small
    // chunks cannot flood the receiving event loop.
    QElapsedTimer sinceSignal;
    qint64 lastDone = -1;
    ModelOutcome outcome = ModelOperations::run(m_conn, request, [&](qint64 done, qint64 total) {
        if (done == lastDone)
            return;
        if (done < total && lastDone >= 0 && sinceSignal.isValid() && sinceSignal.elapsed() < 50)
            return;
        lastDone = done;
        sinceSignal.start();
        emit progressed(task, done, total);
    }, &m_cancelled);
    m_conn.close();
    outcome.sessionUser = who.sessionUser;
    outcome.database = who.database;
    outcome.server = who.server;
    outcome.systemIdentifier = who.systemIdentifier;
    emit finished(task, outcome);
}

} // namespace roledesk
