#include "models/planimpactmodel.h"

namespace roledesk {

PlanImpactModel::PlanImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanImpactModel::setImpact(const PlanImpact &impact, const QStringList &changeTexts)
{
    beginResetModel();
    m_impact = impact;
    m_changeTexts = changeTexts;
    m_people.reset(); // they were of the previous impact's rows
    endResetModel();
}

void PlanImpactModel::setPeople(std::optional<ImpactPeople> people)
{
    m_people = std::move(people);
    if (rowCount() > 0)
        emit dataChanged(index(0, PersonColumn), index(rowCount() - 1, PersonColumn));
}

int PlanImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_impact.rows.size() + m_impact.notes.size());
}

int PlanImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanImpactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int rowCount = int(m_impact.rows.size());
    if (index.row() < rowCount) {
        const ImpactRow &r = m_impact.rows.at(index.row());
        if (role == EffectRole)
            return int(r.effect);
        if (role == NoteKindRole)
            return -1;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case RoleColumn: return m_impact.roleName(r);
        case PersonColumn: return m_people ? m_people->peopleOf(r).join(QStringLiteral(", ")) : QString();
        case ObjectColumn: return m_impact.objectName(r);
        case PrivilegeColumn:
            return r.withGrantOption ? tr("%1 (with grant option)").arg(privilegeKeyword(r.privilege))
                                     : privilegeKeyword(r.privilege);
        case EffectColumn: return ImpactText::effectName(r.effect);
        case ThroughColumn: return m_impact.through(r); // computed for the rows shown
        }
        return {};
    }
    const ImpactNote &n = m_impact.notes.at(index.row() - rowCount);
    if (role == EffectRole)
        return -1;
    if (role == NoteKindRole)
        return int(n.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ObjectColumn: return m_changeTexts.value(n.change);
    case EffectColumn: return ImpactText::noteKindName(n.kind);
    case ThroughColumn: return n.reason;
    }
    return {};
}

QVariant PlanImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn: return tr("Role");
    case PersonColumn: return tr("Person");
    case ObjectColumn: return tr("Object");
    case PrivilegeColumn: return tr("Privilege");
    case EffectColumn: return tr("Effect");
    case ThroughColumn: return tr("Through");
    }
    return {};
}

} // namespace roledesk
