#pragma once

#include "plan/change.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QTableView;

namespace roledesk {

class EffectiveRights;
class PlanImpactModel;
class PlatformDocument;
struct PlanImpact;

/// The "Impact" tab beside the SQL preview: who would gain or lose which right on which object,
/// and through which path, if the pending plan were applied; changes that change nothing say why.
/// Computed off the GUI thread; a result for a plan that has since changed is dropped. With a
/// platform file open, each login's person is named and the people who gain or lose are counted.
class PlanImpactView : public QWidget {
    Q_OBJECT
public:
    explicit PlanImpactView(QWidget *parent = nullptr);
    ~PlanImpactView() override;

    /// Computes the impact of \a changes on \a rights in the background (cancelling any run for an
    /// earlier plan); a null \a rights or no changes empties the view at once.
    void setPlan(std::shared_ptr<const EffectiveRights> rights, const QList<Change> &changes);
    /// Names people by \a document's "logins" mapping while a file is open in it, following
    /// what is opened and edited there (the session's platform file; null: nobody).
    void setPlatformDocument(PlatformDocument *document);

    PlanImpactModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    /// True while a computation runs.
    bool isComputing() const { return m_running; }

signals:
    /// The view shows the impact of the latest plan.
    void impactShown();

private:
    void onFinished();
    /// Maps the shown impact's roles to the platform file's people, and says so in the summary.
    void updatePeople();

    PlanImpactModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPointer<PlatformDocument> m_document;
    QFutureWatcher<PlanImpact> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QStringList m_pendingTexts; // descriptions of the plan being computed
    quint64 m_generation = 0;   // bumped per plan: a result of an older plan is stale
    quint64 m_running = 0;      // the generation being computed, 0 when idle
};

} // namespace roledesk
