#include "policy/policydriftpanel.h"

#include "policy/policyfile.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace roledesk {

namespace {

enum DriftColumn { KindColumn, RoleColumn, ObjectColumn, MessageColumn };
constexpr int DriftIndexRole = Qt::UserRole + 1;

QString kindText(Drift::Kind kind)
{
    switch (kind) {
    case Drift::Kind::Missing: return PolicyDriftPanel::tr("missing");
    case Drift::Kind::Extra: return PolicyDriftPanel::tr("extra");
    case Drift::Kind::Different: return PolicyDriftPanel::tr("different");
    }
    return {};
}

} // namespace

PolicyDriftPanel::PolicyDriftPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_addPlan(new QPushButton(tr("&Add converging plan to pending changes"), this))
    , m_clear(new QPushButton(tr("C&lear comparison"), this))
{
    setObjectName(QStringLiteral("policyDriftPanel"));
    m_model->setHorizontalHeaderLabels({tr("Drift"), tr("Role"), tr("Object"), tr("What")});
    m_view->setObjectName(QStringLiteral("driftView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Differences from the policy file"));
    m_view->setColumnWidth(KindColumn, 80);
    m_view->setColumnWidth(RoleColumn, 120);
    m_view->setColumnWidth(ObjectColumn, 160);
    m_summary->setObjectName(QStringLiteral("driftSummary"));
    m_summary->setWordWrap(true);
    m_addPlan->setObjectName(QStringLiteral("addConvergingPlan"));
    m_clear->setObjectName(QStringLiteral("clearDrift"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPlan);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_addPlan, &QPushButton::clicked, this, [this] {
        if (!m_result.plan.isEmpty())
            emit planRequested(m_result.plan, tr("Converge to %1").arg(QFileInfo(m_path).fileName()));
    });
    connect(m_clear, &QPushButton::clicked, this, &PolicyDriftPanel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const int d = m_model->item(i.row(), KindColumn)->data(DriftIndexRole).toInt();
        const Drift &drift = m_result.drift.at(d);
        if (drift.roleIndex >= 0 && drift.objectIndex >= 0)
            emit cellRequested(drift.roleIndex, drift.objectIndex);
    });
    clear();
}

bool PolicyDriftPanel::compare(const QString &path, const Snapshot &snapshot)
{
    const PolicyLoad load = PolicyFile::load(path);
    if (!load.ok()) {
        m_error = load.error;
        clear();
        m_summary->setText(tr("Could not read the policy: %1").arg(load.error));
        return false;
    }
    m_error.clear();
    setResult(planConvergence(load.state, snapshot), path);
    return true;
}

void PolicyDriftPanel::setResult(const ConvergencePlan &result, const QString &path)
{
    m_result = result;
    m_path = path;
    m_model->removeRows(0, m_model->rowCount());
    int missing = 0, extra = 0, different = 0;
    for (int i = 0; i < m_result.drift.size(); ++i) {
        const Drift &d = m_result.drift.at(i);
        (d.kind == Drift::Kind::Missing ? missing : d.kind == Drift::Kind::Extra ? extra : different)++;
        auto *kind = new QStandardItem(kindText(d.kind));
        kind->setData(i, DriftIndexRole);
        kind->setForeground(d.kind == Drift::Kind::Missing ? QColor(0xc6, 0x28, 0x28)
                            : d.kind == Drift::Kind::Extra ? QColor(0xd8, 0x6d, 0x00)
                                                           : QColor(0x6a, 0x1b, 0x9a));
        m_model->appendRow({kind, new QStandardItem(d.role.isEmpty() && d.roleIndex < 0 ? QStringLiteral("PUBLIC") : d.role),
                            new QStandardItem(d.object.name.isEmpty() ? QString() : d.object.toDisplay()),
                            new QStandardItem(d.message)});
    }
    for (const QString &w : std::as_const(m_result.warnings))
        m_model->appendRow({new QStandardItem(tr("warning")), new QStandardItem, new QStandardItem, new QStandardItem(w)});
    QString text = m_result.drift.isEmpty()
                       ? tr("%1: no drift, the database matches the policy.").arg(QFileInfo(path).fileName())
                       : tr("%1: %2 missing, %3 extra, %4 different; the converging plan has %n change(s).", nullptr,
                            int(m_result.plan.size()))
                             .arg(QFileInfo(path).fileName()).arg(missing).arg(extra).arg(different);
    m_summary->setText(text);
    m_addPlan->setEnabled(!m_result.plan.isEmpty());
    m_clear->setEnabled(true);
    emit driftChanged(m_result.drift);
}

void PolicyDriftPanel::clear()
{
    m_result = {};
    m_path.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(tr("Compare with a policy file (Policy ▸ Compare with policy file…) to see the drift."));
    m_addPlan->setEnabled(false);
    m_clear->setEnabled(false);
    emit driftChanged({});
}

} // namespace roledesk
