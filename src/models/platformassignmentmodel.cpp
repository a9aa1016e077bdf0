#include "models/platformassignmentmodel.h"

#include "models/platformgrantmodel.h"

namespace roledesk {

PlatformAssignmentModel::PlatformAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlatformAssignmentModel::setFile(const PlatformFile &file, const PlatformDefinition &definition,
                                      const QHash<QString, QString> &names)
{
    beginResetModel();
    m_rows.clear();
    for (const PlatformAssignment &a : file.assignments) {
        const PlatformPerson *person = file.person(a.person);
        const QString name = person && !person->name.isEmpty() ? person->name : names.value(a.person);
        const QString personText = name.isEmpty() ? a.person : tr("%1 (%2)").arg(name, a.person);
        const PlatformRole *role = definition.role(a.role);
        m_rows.append({a, personText, role ? role->name : a.role});
    }
    endResetModel();
}

int PlatformAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlatformAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && row.assignment.line > 0)
        return tr("line %1 of the platform file").arg(row.assignment.line);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Person: return row.personText;
    case Column::Role: return row.roleText;
    case Column::Scope: return PlatformGrantModel::scopeText(row.assignment.project);
    case Column::Count: break;
    }
    return {};
}

QVariant PlatformAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Person: return tr("Person");
    case Column::Role: return tr("Role");
    case Column::Scope: return tr("Scope");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
