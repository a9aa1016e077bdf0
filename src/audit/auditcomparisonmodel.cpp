#include "audit/auditcomparisonmodel.h"

namespace roledesk {

AuditComparisonModel::AuditComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditComparisonModel::setComparison(const AuditComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int AuditComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.differences.size());
}

int AuditComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditDifference &d = difference(index.row());
    if (role == GainedRole)
        return d.gained;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    using K = AuditDifference::Kind;
    const bool right = d.kind == K::Right || d.kind == K::GrantOption;
    switch (index.column()) {
    case Change: {
        if (d.kind != K::Right && d.kind != K::GrantOption)
            return d.gained ? tr("added") : tr("removed");
        return d.gained ? tr("gained") : tr("lost");
    }
    case Kind:
        switch (d.kind) {
        case K::Right: return tr("right");
        case K::GrantOption: return tr("grant option");
        case K::Membership: return tr("membership");
        case K::SchemaGroup: return tr("schema group");
        case K::ModelRole: return tr("model role");
        case K::PlatformRole: return tr("platform role");
        }
        return {};
    case Role:
        if (right)
            return d.right.role;
        if (d.kind == K::Membership) {
            const QStringList parts = d.item.split(u'|');
            return parts.size() == 2 ? tr("%1 member of %2").arg(parts.at(0), parts.at(1)) : d.item;
        }
        return QString(d.item).replace(u'|', u' ');
    case Object:
        if (!right)
            return {};
        return d.right.objectType + u' ' + (d.right.schema.isEmpty() ? d.right.name : d.right.schema + u'.' + d.right.name);
    case Privilege:
        return right ? d.right.privilege : QString();
    case Lineage:
        return right ? d.right.via : d.detail;
    }
    return {};
}

QVariant AuditComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Change: return tr("Change");
    case Kind: return tr("Kind");
    case Role: return tr("Role / item");
    case Object: return tr("Object");
    case Privilege: return tr("Privilege");
    case Lineage: return tr("Through / detail");
    }
    return {};
}

} // namespace roledesk
