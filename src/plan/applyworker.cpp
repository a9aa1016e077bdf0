#include "plan/applyworker.h"

#include "catalog/catalogreader.h"
#include "catalog/snapshotloader.h"

#include <QCoreApplication>

namespace roledesk {

ApplyWorker::ApplyWorker(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

ApplyWorker::~ApplyWorker() = default;

void ApplyWorker::registerMetaTypes()
{
    SnapshotLoader::registerMetaTypes();
    qRegisterMetaType<roledesk::ApplyOutcome>();
    qRegisterMetaType<roledesk::Plan>();
    qRegisterMetaType<roledesk::PlanDifference>();
    qRegisterMetaType<QList<roledesk::PlanDifference>>();
    qRegisterMetaType<roledesk::SnapshotPtr>();
    qRegisterMetaType<roledesk::pg::ConnectOptions>();
}

void ApplyWorker::cancel()
{
    m_cancelled = true;
    m_conn.requestCancel();
}

void ApplyWorker::apply(const pg::ConnectOptions &options, const Plan &plan, const SnapshotPtr &base)
{
    m_cancelled = false;
    ApplyOutcome outcome;
    if (const pg::Error e = m_conn.open(options); !e.isNull()) {
        // Nothing ran; the UI keeps the plan and its snapshot.
        outcome.status = ApplyOutcome::Status::Failed;
        outcome.error = e;
        emit finished(outcome, nullptr, {});
        return;
    }
    outcome = PlanApplier::apply(m_conn, plan, base.get(),
                                 [this](int done, int total) { emit progressed(done, total); }, &m_cancelled);

    // Re-read whatever happened, so the UI shows the database as it is now. A cancelled apply has
    // consumed its cancel: a new cancel() stops the re-read.
    if (outcome.status == ApplyOutcome::Status::Cancelled)
        m_cancelled = false;
    if (!m_conn.isOpen())
        m_conn.open(options);
    SnapshotPtr after;
    QList<PlanDifference> differences;
    if (m_conn.isOpen()) {
        const SnapshotOutcome read = CatalogReader::read(m_conn, {}, &m_cancelled);
        after = read.snapshot;
        if (after && outcome.ok())
            differences = verifyPlan(plan, *after);
    }
    m_conn.close();
    emit finished(outcome, after, differences);
}

} // namespace roledesk
