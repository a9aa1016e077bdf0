#pragma once

#include "plan/plan.h"

#include <QAbstractListModel>

namespace roledesk {

/// The pending plan as a list: one row per change, described for people, with its SQL.
class PendingChangesModel : public QAbstractListModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        SqlRole = Qt::UserRole + 1, ///< the change's statements, one per line, each ending in ';'
        StatementCountRole,         ///< int: how many statements the change runs
        KindRole,                   ///< int: the index of the change's alternative in Change
    };
    Q_ENUM(DataRole)

    explicit PendingChangesModel(QObject *parent = nullptr);

    /// Shows \a plan (resets the model).
    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    /// Statements of the whole plan.
    int statementCount() const { return m_statements; }

    /// A translated one-line description: "Grant SELECT, INSERT on table sales.orders to analysts".
    static QString describeChange(const Change &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Plan m_plan;
    QList<QList<Statement>> m_sql; // per change
    int m_statements = 0;
};

} // namespace roledesk
