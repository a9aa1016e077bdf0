#pragma once

#include "catalog/snapshot.h"
#include "policy/planner.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace roledesk {

/// The drift between a policy file and the current snapshot: one line per difference (missing,
/// extra, different), the planner's warnings, and a button that adds the converging plan to the
/// pending changes. Selecting a line asks the matrix to show its cell.
class PolicyDriftPanel : public QWidget {
    Q_OBJECT
public:
    explicit PolicyDriftPanel(QWidget *parent = nullptr);

    /// Loads \a path and compares it with \a snapshot; false (and the error shown) when the
    /// file cannot be read.
    bool compare(const QString &path, const Snapshot &snapshot);
    /// Shows \a result, computed from the file \a path.
    void setResult(const ConvergencePlan &result, const QString &path);
    /// Forgets the comparison.
    void clear();

    const ConvergencePlan &result() const { return m_result; }
    QTreeView *view() const { return m_view; }
    QPushButton *addPlanButton() const { return m_addPlan; }
    /// The last error of compare(), empty when none.
    QString error() const { return m_error; }

signals:
    /// The drift list changed (a comparison, or cleared): the matrix repaints its marks.
    void driftChanged(const QList<roledesk::Drift> &drift);
    /// The user asked for the converging plan.
    void planRequested(const roledesk::Plan &plan, const QString &text);
    /// The user selected a difference about a cell.
    void cellRequested(int roleIndex, int objectIndex);

private:
    ConvergencePlan m_result;
    QString m_path;
    QString m_error;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_addPlan;
    QPushButton *m_clear;
};

} // namespace roledesk
