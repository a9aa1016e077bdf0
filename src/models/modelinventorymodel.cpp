#include "models/modelinventorymodel.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace roledesk {

namespace {

const ModelState &emptyState()
{
    static const ModelState empty;
    return empty;
}

// The metadata on one line, for the table ("{"dimension": 384}").
QString compactJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

ModelInventoryModel::ModelInventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModelInventoryModel::setRights(std::shared_ptr<const EffectiveRights> rights)
{
    beginResetModel();
    m_rights = std::move(rights);
    m_users.clear();
    if (m_rights) {
        const Snapshot &s = m_rights->snapshot();
        m_users.reserve(s.models.models.size());
        for (const ModelInfo &m : s.models.models) {
            QStringList users;
            const int fn = m.functionObject;
            if (fn >= 0) {
                const CatalogObject &o = s.objects.at(fn);
                for (const AclEntry &e : o.acl) {
                    if (!e.privileges.testFlag(Privilege::Execute) || (e.grantee == o.owner && e.grantee != PublicOid))
                        continue;
                    const QString name = s.roleName(e.grantee);
                    if (!users.contains(name))
                        users << name;
                }
            }
            std::sort(users.begin(), users.end());
            m_users << users;
        }
    }
    endResetModel();
}

const ModelState &ModelInventoryModel::state() const
{
    return m_rights ? m_rights->snapshot().models : emptyState();
}

const ModelInfo &ModelInventoryModel::model(int row) const
{
    return state().models.at(row);
}

int ModelInventoryModel::rowOf(const QString &name) const
{
    return indexOfModel(state().models, name);
}

int ModelInventoryModel::currentRole() const
{
    if (!m_rights)
        return -1;
    const Snapshot &s = m_rights->snapshot();
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).name == s.currentUser)
            return i;
    return -1;
}

ModelAbilities ModelInventoryModel::abilities() const
{
    const int role = currentRole();
    return role < 0 ? ModelAbilities{} : abilitiesOf(*m_rights, role);
}

ModelActions ModelInventoryModel::actions(int row) const
{
    const int role = currentRole();
    return role < 0 ? ModelActions{} : actionsOf(*m_rights, role, model(row));
}

QStringList ModelInventoryModel::permittedUsers(int row) const
{
    return m_users.value(row);
}

ModelAbilities ModelInventoryModel::abilitiesOf(const EffectiveRights &rights, int role)
{
    const Snapshot &s = rights.snapshot();
    const ModelState &state = s.models;
    ModelAbilities a;
    if (role < 0 || role >= s.roles.size() || state.flavour == ModelState::Flavour::None)
        return a;
    const Role &r = s.roles.at(role);
    // As pgx_inference_ce decides (pgx_is_extension_owner): a superuser, or the extension's
    // owner by name (ownership is not inherited here).
    a.extensionOwner = r.superuser || r.name == state.extensionOwner;
    a.rolesKnown = state.rolesKnown;
    // pgx_has_model_role: a holder row for the role or for a role whose privileges it has.
    for (const ModelRoleGrant &g : state.roles) {
        const int holder = s.roleIndex(g.roleOid);
        if (holder < 0 || !rights.hasPrivilegesOf(role, holder))
            continue;
        if (g.kind == ModelRole::ModelOwner)
            a.modelOwner = true;
        else
            a.systemAdministrator = true;
    }
    return a;
}

ModelActions ModelInventoryModel::actionsOf(const EffectiveRights &rights, int role, const ModelInfo &model)
{
    const Snapshot &s = rights.snapshot();
    ModelActions x;
    if (role < 0 || role >= s.roles.size())
        return x;
    const ModelAbilities a = abilitiesOf(rights, role);
    const bool owns = s.roles.at(role).name == model.owner;
    const int fn = model.functionObject;
    const CellRights cell = fn >= 0 ? rights.cell(role, fn) : CellRights{};

    x.update = a.extensionOwner || (a.modelOwner && owns);
    x.exportFile = x.update;
    x.drop = x.update || a.systemAdministrator;
    x.loadUnload = a.mayLoadUnload();
    x.use = cell.granted.testFlag(Privilege::Execute);
    x.grantUse = fn >= 0 && (a.extensionOwner || cell.grantable.testFlag(Privilege::Execute));
    x.see = a.extensionOwner || a.systemAdministrator || owns || x.use;
    return x;
}

int ModelInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(state().models.size());
}

int ModelInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ModelInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ModelInfo &m = model(index.row());
    const auto column = Column(index.column());
    if (role == LoadedRole)
        return m.loaded;
    if (role == SortRole) {
        switch (column) {
        case Column::Id: return m.id;
        case Column::Size: return m.size;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Id || column == Column::Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Id: return m.id;
        case Column::Name: return m.name;
        case Column::Owner: return m.owner;
        case Column::Size: return QLocale().formattedDataSize(m.size);
        case Column::Function:
            return m.functionName.isEmpty() ? QString() : QStringLiteral("pgx_inference.%1(text)").arg(m.functionName);
        case Column::State:
            if (m.loaded)
                return tr("loaded");
            return m.reason.isEmpty() ? tr("not loaded") : tr("not loaded (%1)").arg(m.reason);
        case Column::Users: return permittedUsers(index.row()).join(QStringLiteral(", "));
        case Column::Metadata: return compactJson(m.metadata);
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Size: return tr("%1 bytes").arg(QLocale().toString(m.size));
        case Column::Function:
            return m.functionOid == 0 ? tr("The model's function is missing.")
                                      : tr("EXECUTE on this function is the right to use the model.");
        case Column::State:
            return tr("Availability on the inference server: %1").arg(m.availability.isEmpty() ? tr("unknown") : m.availability);
        case Column::Users:
            return tr("Roles granted EXECUTE on the model's function, besides its owner. Roles that "
                      "inherit from them may use the model too: see the Model access tab.");
        case Column::Metadata: {
            const QJsonDocument doc = QJsonDocument::fromJson(m.metadata.toUtf8());
            return doc.isNull() ? m.metadata : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        }
        default: break;
        }
    }
    return {};
}

QVariant ModelInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id: return tr("ID");
    case Column::Name: return tr("Name");
    case Column::Owner: return tr("Owner");
    case Column::Size: return tr("Size");
    case Column::Function: return tr("Function");
    case Column::State: return tr("Load state");
    case Column::Users: return tr("Permitted users");
    case Column::Metadata: return tr("Metadata");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
