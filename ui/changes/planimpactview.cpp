#include "changes/planimpactview.h"

#include "lint/personlogins.h"
#include "models/planimpactmodel.h"
#include "models/pendingchangesmodel.h"
#include "platform/platformdocument.h"
#include "privileges/impact.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

PlanImpactView::PlanImpactView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanImpactModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_watcher(new QFutureWatcher<PlanImpact>(this))
{
    setObjectName(QStringLiteral("planImpactView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("planImpactSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planImpactTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Impact of the pending changes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_watcher, &QFutureWatcher<PlanImpact>::finished, this, &PlanImpactView::onFinished);
    m_summary->setText(tr("No pending changes."));
    m_table->setColumnHidden(PlanImpactModel::PersonColumn, true);
}

void PlanImpactView::setPlatformDocument(PlatformDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &PlatformDocument::opened, this, &PlanImpactView::updatePeople);
        connect(document, &PlatformDocument::changed, this, &PlanImpactView::updatePeople);
    }
    updatePeople();
}

void PlanImpactView::updatePeople()
{
    const PlanImpact &impact = m_model->impact();
    const bool mapped = m_document && m_document->isOpen() && !m_document->file().logins.isEmpty() && impact.before;
    if (mapped) {
        // Cheap next to the impact (the roles once, then the rows once): done here, not in the worker.
        const PersonLogins logins = PersonLogins::resolve(m_document->file().logins, m_document->evaluation().people(),
                                                          impact.before->snapshot());
        m_model->setPeople(ImpactPeople::map(impact, logins));
    } else {
        m_model->setPeople(std::nullopt);
    }
    m_table->setColumnHidden(PlanImpactModel::PersonColumn, !mapped);
    if (impact.before && !m_running)
        m_summary->setText(mapped ? tr("%1; %2").arg(ImpactText::summary(impact), m_model->people()->summary())
                                  : ImpactText::summary(impact));
}

PlanImpactView::~PlanImpactView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void PlanImpactView::setPlan(std::shared_ptr<const EffectiveRights> rights, const QList<Change> &changes)
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true); // the run for the previous plan is of no use now
    if (!rights || changes.isEmpty()) {
        m_running = 0;
        m_model->setImpact({}, {});
        m_summary->setText(tr("No pending changes."));
        emit impactShown();
        return;
    }
    m_pendingTexts.clear();
    for (const Change &c : changes)
        m_pendingTexts << PendingChangesModel::describeChange(c);
    m_summary->setText(tr("Computing the impact…"));
    m_running = m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    // A busy watcher is re-pointed: its old future finishes unseen (cancelled above).
    m_watcher->setFuture(QtConcurrent::run([rights, changes, cancel] { return computeImpact(rights, changes, cancel.get()); }));
}

void PlanImpactView::onFinished()
{
    if (m_running != m_generation || !m_watcher->isFinished() || m_watcher->future().isCanceled())
        return;
    const PlanImpact impact = m_watcher->result();
    if (impact.cancelled)
        return;
    m_running = 0;
    m_model->setImpact(impact, m_pendingTexts);
    updatePeople();
    m_table->resizeColumnsToContents();
    emit impactShown();
}

} // namespace roledesk
