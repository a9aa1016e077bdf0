#pragma once

#include "audit/auditcomparison.h"

#include <QAbstractTableModel>

namespace roledesk {

/// The differences of an AuditComparison as a table, one row each: change (gained / lost), kind,
/// role or item, object, privilege, lineage or detail. For the Compare with saved audit dialog.
class AuditComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Change, Kind, Role, Object, Privilege, Lineage, ColumnCount };
    enum Roles { GainedRole = Qt::UserRole + 1 }; ///< bool: gained (true) or lost

    explicit AuditComparisonModel(QObject *parent = nullptr);

    /// Shows \a comparison's differences.
    void setComparison(const AuditComparison &comparison);
    const AuditComparison &comparison() const { return m_comparison; }
    /// The difference shown in \a row.
    const AuditDifference &difference(int row) const { return m_comparison.differences.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditComparison m_comparison;
};

} // namespace roledesk
