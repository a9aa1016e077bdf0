#include "window/session.h"

#include "catalog/snapshotloader.h"
#include "plan/applyworker.h"
#include "privileges/effectiverights.h"
#include "store/journal.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace roledesk {

namespace {

QString optionValue(const pg::ConnectOptions &options, const QString &key)
{
    for (const auto &[k, v] : options)
        if (k == key)
            return v;
    return {};
}

} // namespace

/// One edit of the pending plan: keeps the whole plan before and after, so that undo restores
/// exactly what was there (a cancelled inverse comes back at its old place).
class PlanEditCommand : public QUndoCommand {
public:
    const Plan &before() const { return m_before; }
    const Plan &after() const { return m_after; }

    PlanEditCommand(Session *session, Plan before, Plan after, const QString &text)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_session->setPlan(m_before); }
    void redo() override { m_session->setPlan(m_after); }

private:
    Session *m_session;
    Plan m_before;
    Plan m_after;
};

Session::Session(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
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

    m_applyThread.setObjectName(QStringLiteral("roledesk-apply"));
    m_applier = new ApplyWorker;
    m_applier->moveToThread(&m_applyThread);
    connect(&m_applyThread, &QThread::finished, m_applier, &QObject::deleteLater);
    connect(m_applier, &ApplyWorker::progressed, this, &Session::applyProgressed, Qt::QueuedConnection);
    connect(m_applier, &ApplyWorker::finished, this, &Session::onApplied, Qt::QueuedConnection);
    m_applyThread.start();
}

Session::~Session()
{
    m_loader->cancel();
    m_thread.quit();
    m_thread.wait();
    m_applier->cancel();
    m_applyThread.quit();
    m_applyThread.wait();
}

void Session::announce()
{
    emit stateChanged(m_state);
    if (m_rights)
        emit snapshotChanged(m_rights);
    emit pendingPlanChanged();
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

int Session::addChanges(const QList<Change> &changes, const QString &text)
{
    Plan after = m_plan;
    int altered = 0;
    for (const Change &c : changes)
        if (after.add(c) != Plan::AddResult::Duplicate)
            ++altered;
    if (altered > 0 && !(after == m_plan))
        pushPlan(after, text);
    return altered;
}

void Session::removeChanges(const QList<int> &indexes, const QString &text)
{
    QList<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    Plan after = m_plan;
    for (int i : sorted)
        after.remove(i);
    if (!(after == m_plan))
        pushPlan(after, text);
}

void Session::replacePendingPlan(const Plan &plan, const QString &text)
{
    if (!(plan == m_plan))
        pushPlan(plan, text);
}

void Session::clearPendingPlan()
{
    if (!m_plan.isEmpty())
        pushPlan(Plan(), tr("Clear pending changes"));
}

void Session::discardPendingPlan()
{
    m_undo->clear();
    setPlan(Plan());
}

bool Session::applyPendingPlan()
{
    if (m_applying || m_plan.isEmpty() || !m_rights || m_state == State::Loading)
        return false;
    m_applying = true;
    m_applyingPlan = m_plan;
    const int statements = int(m_plan.statements().size());
    QMetaObject::invokeMethod(m_applier,
                              [worker = m_applier, options = m_options, plan = m_plan, base = m_rights->snapshotPtr()] {
                                  worker->apply(options, plan, base);
                              },
                              Qt::QueuedConnection);
    emit applyStarted(statements);
    return true;
}

void Session::cancelApply()
{
    if (m_applying)
        m_applier->cancel();
}

void Session::onApplied(const ApplyOutcome &outcome, const SnapshotPtr &after, const QList<PlanDifference> &differences)
{
    m_applying = false;
    record(outcome);
    if (outcome.ok()) {
        // Edits made while the plan was running stay pending; only what was applied leaves.
        Plan remaining = m_plan;
        for (const Change &applied : m_applyingPlan.changes()) {
            const qsizetype at = remaining.changes().indexOf(applied);
            if (at >= 0)
                remaining.remove(int(at));
        }
        m_undo->clear();
        setPlan(remaining);
    }
    if (after && identityOf(*after) == m_identity) { // not when another database was connected meanwhile
        m_rights = std::make_shared<const EffectiveRights>(after);
        emit snapshotChanged(m_rights);
        emit pendingPlanChanged(); // the marks move to the new snapshot's cells
    }
    emit applyFinished(outcome, differences);
}

void Session::record(const ApplyOutcome &outcome)
{
    if (!m_journal)
        return;
    JournalEntry e;
    const Snapshot *s = m_rights ? &m_rights->snapshot() : nullptr;
    e.databaseUser = s ? s->currentUser : optionValue(m_options, QStringLiteral("user"));
    const QString host = optionValue(m_options, QStringLiteral("host"));
    e.server = host.isEmpty() ? m_summary : host + u':' + optionValue(m_options, QStringLiteral("port"));
    e.database = s ? s->database : optionValue(m_options, QStringLiteral("dbname"));
    e.systemIdentifier = s ? s->systemIdentifier : QString();
    // Who applied, as the server saw it in the apply transaction (not what the client asked for).
    if (!outcome.sessionUser.isEmpty())
        e.databaseUser = outcome.sessionUser;
    if (!outcome.database.isEmpty())
        e.database = outcome.database;
    if (!outcome.systemIdentifier.isEmpty())
        e.systemIdentifier = outcome.systemIdentifier;
    e.kind = QStringLiteral("plan");
    e.sql = m_applyingPlan.script();
    e.statements = int(m_applyingPlan.statements().size());
    e.durationMs = outcome.elapsedMs;
    switch (outcome.status) {
    case ApplyOutcome::Status::Applied: e.result = QStringLiteral("applied"); break;
    case ApplyOutcome::Status::Conflict: e.result = QStringLiteral("conflict"); break;
    case ApplyOutcome::Status::Failed: e.result = QStringLiteral("failed"); break;
    case ApplyOutcome::Status::Cancelled: e.result = QStringLiteral("cancelled"); break;
    case ApplyOutcome::Status::ConnectionLost: e.result = QStringLiteral("connection lost"); break;
    }
    QStringList message;
    for (const ApplyConflict &c : outcome.conflicts)
        message << tr("%1: expected %2, found %3").arg(c.object, c.expected, c.found);
    if (!outcome.ok() && !outcome.error.message.isEmpty())
        message << outcome.error.message.trimmed();
    if (!outcome.failed.sql.isEmpty())
        message << outcome.failed.display();
    e.message = message.join(u'\n');
    m_journal->record(e); // a journal that cannot be written must not undo the apply
}

void Session::setPlan(const Plan &plan)
{
    m_plan = plan;
    emit pendingPlanChanged();
}

void Session::pushPlan(const Plan &after, const QString &text)
{
    m_undo->push(new PlanEditCommand(this, m_plan, after, text)); // push() runs redo()
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
    const QString identity = identityOf(*snapshot);
    const bool otherDatabase = identity != m_identity;
    if (otherDatabase && !m_identity.isEmpty())
        setAsidePlan(); // before the views see the new database: no old marks on it
    m_rights = std::make_shared<const EffectiveRights>(std::move(snapshot));
    m_summary = summary;
    setState(State::Idle);
    emit snapshotChanged(m_rights);
    if (otherDatabase) {
        m_identity = identity;
        m_identityDatabase = m_rights->snapshot().database;
        restorePlan(identity);
    }
}

QString Session::identityOf(const Snapshot &snapshot) const
{
    if (!snapshot.systemIdentifier.isEmpty())
        return snapshot.identity();
    // The server's identifier is closed to this role: the address stands in for it.
    return optionValue(m_options, QStringLiteral("host")) + u':' + optionValue(m_options, QStringLiteral("port"))
           + u'/' + QString::number(snapshot.databaseOid);
}

void Session::setAsidePlan()
{
    if (m_plan.isEmpty() && m_undo->count() == 0)
        return;
    AsidePlan aside;
    aside.plan = m_plan;
    aside.index = m_undo->index();
    aside.database = m_identityDatabase;
    for (int i = 0; i < m_undo->count(); ++i)
        if (const auto *c = dynamic_cast<const PlanEditCommand *>(m_undo->command(i)))
            aside.steps.push_back({c->text(), c->before(), c->after()});
    const int changes = m_plan.size();
    m_aside.insert(m_identity, aside);
    m_undo->clear();
    setPlan(Plan());
    emit pendingPlanSetAside(changes, aside.database);
}

void Session::restorePlan(const QString &identity)
{
    const auto it = m_aside.constFind(identity);
    if (it == m_aside.constEnd())
        return;
    const AsidePlan aside = *it;
    m_aside.erase(it);
    m_undo->clear();
    for (const AsidePlan::Step &step : aside.steps)
        m_undo->push(new PlanEditCommand(this, step.before, step.after, step.text));
    m_undo->setIndex(aside.index);
    setPlan(aside.plan);
    emit pendingPlanRestored(aside.plan.size(), aside.database);
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
