#include "models/platformpeoplemodel.h"

namespace roledesk {

PlatformPeopleModel::PlatformPeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlatformPeopleModel::setPeople(const QList<PlatformPerson> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PlatformPeopleModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_people.size(); ++i)
        if (m_people.at(i).id == id)
            return i;
    return -1;
}

QString PlatformPeopleModel::displayName(const PlatformPerson &person)
{
    return person.name.isEmpty() ? person.id : tr("%1 (%2)").arg(person.name, person.id);
}

int PlatformPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PlatformPeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlatformPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformPerson &p = m_people.at(index.row());
    const bool machine = p.kind == PlatformPerson::Kind::Machine;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Id: return p.id;
        case Column::Name: return p.name;
        case Column::Kind: return machine ? tr("machine") : tr("human");
        case Column::Provider: return p.provider;
        case Column::Groups: return p.groups.join(QStringLiteral(", "));
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        return p.groups.isEmpty() ? displayName(p)
                                  : tr("%1\nGroups: %2").arg(displayName(p), p.groups.join(QStringLiteral(", ")));
    case PersonIdRole:
        return p.id;
    case MachineRole:
        return machine;
    default:
        return {};
    }
}

QVariant PlatformPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Id: return tr("Login");
    case Column::Name: return tr("Name");
    case Column::Kind: return tr("Kind");
    case Column::Provider: return tr("Provider");
    case Column::Groups: return tr("Groups");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
