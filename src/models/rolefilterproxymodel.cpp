#include "models/rolefilterproxymodel.h"

#include "models/privilegematrixmodel.h"

namespace roledesk {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void RoleFilterProxyModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setShowPredefined(bool show)
{
    if (show == m_showPredefined)
        return;
    m_showPredefined = show;
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateRowsFilter();
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const QAbstractItemModel *src = sourceModel();
    using M = PrivilegeMatrixModel;
    const auto type = M::RoleType(src->headerData(sourceRow, Qt::Vertical, M::RoleTypeRole).toInt());
    if (type == M::RoleType::Predefined && !m_showPredefined)
        return false;
    switch (m_scope) {
    case Scope::All:
        break;
    case Scope::Users:
        if (type != M::RoleType::Login && type != M::RoleType::Superuser)
            return false;
        break;
    case Scope::Groups:
        if (type != M::RoleType::Group && type != M::RoleType::Predefined)
            return false;
        break;
    }
    if (m_name.isEmpty())
        return true;
    return src->headerData(sourceRow, Qt::Vertical, Qt::DisplayRole)
        .toString()
        .contains(m_name, Qt::CaseInsensitive);
}

} // namespace roledesk
