#include "inference/sqlinferenceworker.h"

#include "catalog/snapshotloader.h"

namespace roledesk {

SqlInferenceWorker::SqlInferenceWorker(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

SqlInferenceWorker::~SqlInferenceWorker() = default;

void SqlInferenceWorker::registerMetaTypes()
{
    SnapshotLoader::registerMetaTypes(); // pg::ConnectOptions, pg::Error
    qRegisterMetaType<roledesk::SqlInferenceRequest>();
    qRegisterMetaType<roledesk::SqlInferenceResult>();
}

void SqlInferenceWorker::cancel()
{
    m_cancelled = true;
    m_conn.requestCancel();
}

void SqlInferenceWorker::disconnectFromDatabase()
{
    m_conn.close();
    m_options.clear();
}

void SqlInferenceWorker::run(quint64 token, const pg::ConnectOptions &options, const SqlInferenceRequest &request,
                             int repeat)
{
    m_cancelled = false;
    const int total = std::max(repeat, 1);
    if (!m_conn.isOpen() || m_options != options) {
        m_conn.close();
        m_options.clear();
        if (const pg::Error e = m_conn.open(options); !e.isNull()) {
            SqlInferenceResult r;
            r.stage = SqlInferenceResult::Stage::Connect;
            r.request = request;
            r.error = e;
            r.role = request.asRole;
            emit ranOnce(token, 0, total, r);
            emit finished(token, 0, false);
            return;
        }
        m_options = options;
    }
    int completed = 0;
    for (int i = 0; i < total && !m_cancelled; ++i) {
        const SqlInferenceResult r = SqlInference::run(m_conn, request);
        emit ranOnce(token, i, total, r);
        if (r.error.connectionLost) {
            m_conn.close();
            m_options.clear();
        }
        if (!r.ok())
            break;
        ++completed;
    }
    emit finished(token, completed, m_cancelled.load());
}

} // namespace roledesk
