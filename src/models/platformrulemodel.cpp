#include "models/platformrulemodel.h"

#include "models/platformgrantmodel.h"

namespace roledesk {

PlatformRuleModel::PlatformRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString PlatformRuleModel::conditionsText(const QList<PlatformCondition> &conditions)
{
    QStringList parts;
    for (const PlatformCondition &c : conditions)
        parts.append(c.kind == PlatformCondition::Kind::Provider ? tr("provider %1").arg(c.value)
                                                                 : tr("group %1").arg(c.value));
    return parts.join(tr(" and "));
}

void PlatformRuleModel::setFile(const PlatformFile &file, const PlatformDefinition &definition)
{
    beginResetModel();
    m_rows.clear();
    for (const PlatformRule &r : file.rules) {
        QStringList roles;
        for (const QString &id : r.roles)
            {
            const PlatformRole *role = definition.role(id);
            roles.append(role ? role->name : id);
        }
        m_rows.append({r, conditionsText(r.conditions), roles.join(QStringLiteral(", "))});
    }
    endResetModel();
}

int PlatformRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlatformRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && row.rule.line > 0)
        return tr("line %1 of the platform file").arg(row.rule.line);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name: return row.rule.name;
    case Column::Scope: return PlatformGrantModel::scopeText(row.rule.project);
    case Column::Conditions: return row.conditionsText;
    case Column::Roles: return row.rolesText;
    case Column::Count: break;
    }
    return {};
}

QVariant PlatformRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Rule");
    case Column::Scope: return tr("Scope");
    case Column::Conditions: return tr("Conditions");
    case Column::Roles: return tr("Roles");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
