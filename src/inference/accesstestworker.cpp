#include "inference/accesstestworker.h"

#include "catalog/catalogreader.h"
#include "catalog/snapshotloader.h"
#include "inference/sqlinferenceworker.h"
#include "privileges/effectiverights.h"

namespace roledesk {

AccessTestWorker::AccessTestWorker(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

AccessTestWorker::~AccessTestWorker() = default;

void AccessTestWorker::registerMetaTypes()
{
    SnapshotLoader::registerMetaTypes();
    SqlInferenceWorker::registerMetaTypes();
    qRegisterMetaType<roledesk::AccessCell>();
    qRegisterMetaType<roledesk::AccessReport>();
    qRegisterMetaType<roledesk::AccessTestOptions>();
}

void AccessTestWorker::cancel()
{
    m_cancelled = true;
    m_conn.requestCancel();
}

void AccessTestWorker::run(quint64 token, const pg::ConnectOptions &options, const AccessTestOptions &test,
                           const SnapshotPtr &base)
{
    m_cancelled = false;
    AccessReport report;
    if (const pg::Error e = m_conn.open(options); !e.isNull()) {
        report.error = e;
        emit finished(token, report);
        return;
    }
    SnapshotPtr snapshot = base;
    if (!snapshot) {
        const SnapshotOutcome read = CatalogReader::read(m_conn, {}, &m_cancelled);
        if (!read.ok()) {
            report.error = read.error;
            report.cancelled = m_cancelled.load();
            m_conn.close();
            emit finished(token, report);
            return;
        }
        snapshot = read.snapshot;
    }
    const EffectiveRights rights(snapshot);
    report = AccessTester::run(m_conn, rights, snapshot->models.models, test,
                               [this, token](int done, int total, const AccessCell &cell) {
                                   emit progressed(token, done, total, cell);
                               },
                               &m_cancelled);
    m_conn.close();
    emit finished(token, report);
}

} // namespace roledesk
