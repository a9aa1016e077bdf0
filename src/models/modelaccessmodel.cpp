#include "models/modelaccessmodel.h"

#include "plan/objectref.h"

#include <algorithm>

namespace roledesk {

namespace {

using Kind = ModelAccessColumn::Kind;

bool isRoleColumn(Kind kind)
{
    return kind == Kind::ModelOwner || kind == Kind::SystemAdministrator;
}

} // namespace

ModelAccessModel::ModelAccessModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ModelAccessModel::~ModelAccessModel() = default;

void ModelAccessModel::setRights(std::shared_ptr<const EffectiveRights> rights)
{
    beginResetModel();
    m_rights = std::move(rights);
    m_planner = m_rights ? std::make_unique<ModelAccessPlanner>(m_rights) : nullptr;
    buildRows();
    endResetModel();
    setPendingChanges(m_pending);
}

void ModelAccessModel::setShowAllRoles(bool all)
{
    if (all == m_showAll)
        return;
    beginResetModel();
    m_showAll = all;
    buildRows();
    endResetModel();
}

void ModelAccessModel::buildRows()
{
    m_rows.clear();
    if (!m_planner || m_planner->columns().isEmpty())
        return;
    const Snapshot &s = m_rights->snapshot();
    const int columns = int(m_planner->columns().size());
    // Held here by the role itself (a grant, a model role row, ownership), not only through others.
    const auto holdsSomething = [&](int role) {
        for (int c = 0; c < columns; ++c) {
            const ModelAccessCell cell = m_planner->cell(role, c);
            if (cell.applicable && (cell.direct || cell.owner))
                return true;
        }
        return false;
    };
    std::vector<int> roles;
    for (int i = 0; i < s.roles.size(); ++i) {
        const Role &r = s.roles.at(i);
        if (m_showAll || (!r.predefined && (r.canLogin || holdsSomething(i))))
            roles.push_back(i);
    }
    std::stable_sort(roles.begin(), roles.end(), [&s](int a, int b) {
        const Role &ra = s.roles.at(a), &rb = s.roles.at(b);
        if (ra.predefined != rb.predefined)
            return !ra.predefined;
        return ra.name.compare(rb.name, Qt::CaseInsensitive) < 0;
    });
    if (m_showAll || holdsSomething(-1))
        m_rows.push_back(-1);
    m_rows.insert(m_rows.end(), roles.begin(), roles.end());
}

void ModelAccessModel::setPendingChanges(const QList<Change> &changes)
{
    m_pending = changes;
    const bool had = !m_pendingText.isEmpty();
    m_pendingText.clear();
    if (m_planner) {
        for (const Change &change : changes) {
            for (const ModelAccessPlanner::PendingCell &cell : m_planner->cellsOf(change)) {
                QString text = cell.grant ? tr("Pending: grant") : tr("Pending: revoke");
                if (const auto *r = std::get_if<RevokePrivileges>(&change); r && !r->grantor.isEmpty())
                    text += u' ' + tr("(granted by %1)").arg(r->grantor);
                m_pendingText[{cell.grantee, cell.column}] << text;
            }
        }
    }
    if ((had || !m_pendingText.isEmpty()) && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {PendingRole, EditableRole, Qt::ToolTipRole});
}

bool ModelAccessModel::hasExtension() const
{
    return m_rights && m_rights->snapshot().models.flavour != ModelState::Flavour::None;
}

QString ModelAccessModel::notice() const
{
    if (!m_rights)
        return {};
    const ModelState &m = m_rights->snapshot().models;
    if (m.flavour == ModelState::Flavour::None)
        return tr("This database has no in-database model extension (pgx_inference or pgx_inference_ce).");
    QStringList lines;
    if (!m.rolesKnown) {
        lines << (m.flavour == ModelState::Flavour::Vendor
                      ? tr("The holders of the model roles are unknown: pgx_inference does not document where it "
                           "keeps them. Granting a model role works; revoking one needs its holders known.")
                      : tr("The holders of the model roles could not be read; granting works, revoking does not."));
    }
    lines += m.warnings;
    return lines.join(u'\n');
}

EditResult ModelAccessModel::toggle(const QModelIndex &index) const
{
    if (!m_planner || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_planner->toggle(granteeAt(index.row()), index.column(), m_pending);
}

int ModelAccessModel::rowForRole(const QString &name) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (granteeAt(int(r)) == name && (m_rows[r] >= 0) == !name.isEmpty())
            return int(r);
    return -1;
}

int ModelAccessModel::columnOf(Kind kind) const
{
    return m_planner ? m_planner->columnOf(kind) : -1;
}

int ModelAccessModel::columnForModel(const QString &name) const
{
    return m_planner ? m_planner->modelColumn(name) : -1;
}

QString ModelAccessModel::granteeAt(int row) const
{
    const int role = m_rows[size_t(row)];
    return role < 0 ? QString() : m_rights->snapshot().roles.at(role).name;
}

QString ModelAccessModel::modelName(int column) const
{
    const ModelAccessColumn &c = m_planner->columns().at(column);
    return c.model >= 0 ? m_rights->snapshot().models.models.at(c.model).name : QString();
}

QString ModelAccessModel::columnTitle(Kind kind, const QString &model)
{
    switch (kind) {
    case Kind::ExtensionOwner: return tr("Extension owner");
    case Kind::ModelOwner: return tr("Model owner");
    case Kind::SystemAdministrator: return tr("System administrator");
    case Kind::SchemaUsage: return tr("USAGE on schema pgx_inference");
    case Kind::UseModel: return tr("Use %1").arg(model);
    }
    return {};
}

QString ModelAccessModel::columnExplanation(Kind kind, const QString &model, const QString &function)
{
    switch (kind) {
    case Kind::ExtensionOwner:
        return tr("Extension owner: the role that created the extension, and every superuser. May import, update, "
                  "delete, load, unload and use every model and grant every privilege. Read-only here.");
    case Kind::ModelOwner:
        return tr("Model owner: may import models; update, delete, read the file of and use only its own models, and "
                  "grant their use to others. May not load or unload models. Granted by the extension owner "
                  "(pgx_grant_model_role), which also grants USAGE on schema pgx_inference.");
    case Kind::SystemAdministrator:
        return tr("System administrator: may load and unload models, delete any model, see the total size of the "
                  "loaded models and every model's metadata and status; may not import, update or use models. "
                  "Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema "
                  "pgx_inference.");
    case Kind::SchemaUsage:
        return tr("USAGE on schema pgx_inference: needed to call any function of the extension. The model roles bring "
                  "it; the extension owner grants it to model users. Alone it allows nothing, so it may be granted "
                  "in advance.");
    case Kind::UseModel:
        return tr("Use model %1: EXECUTE on function pgx_inference.%2(text), to run inference with the model and read "
                  "its metadata and status. Its owner and superusers always may. Granted by the model's owner; the "
                  "user also needs USAGE on schema pgx_inference.")
            .arg(model, function);
    }
    return {};
}

ModelAccessModel::CellState ModelAccessModel::stateOf(const ModelAccessCell &c) const
{
    if (!c.applicable)
        return CellState::NotApplicable;
    if (!c.known && !c.superuser && !c.owner)
        return CellState::Unknown;
    return c.held() ? CellState::Held : CellState::NotHeld;
}

QString ModelAccessModel::cellText(int column, const ModelAccessCell &c) const
{
    const ModelAccessColumn &col = m_planner->columns().at(column);
    switch (stateOf(c)) {
    case CellState::NotApplicable:
        return col.kind == Kind::UseModel && col.object < 0 ? tr("missing") : QString();
    case CellState::Unknown:
        return tr("unknown");
    case CellState::NotHeld:
        return {};
    case CellState::Held:
        break;
    }
    switch (*c.source()) {
    case RightSource::Superuser: return tr("superuser");
    case RightSource::Owner:
        return isRoleColumn(col.kind) ? tr("ext. owner") : tr("owner");
    case RightSource::Direct: return QStringLiteral("\u2713");
    case RightSource::Inherited:
        return c.via.isEmpty() ? tr("inherited") : tr("via %1").arg(m_rights->snapshot().roleName(c.via.back()));
    case RightSource::Predefined: return tr("predefined");
    case RightSource::Public: return QStringLiteral("PUBLIC");
    }
    return {};
}

QString ModelAccessModel::cellToolTip(int row, int column, const ModelAccessCell &c) const
{
    const Snapshot &s = m_rights->snapshot();
    const ModelAccessColumn &col = m_planner->columns().at(column);
    const QString grantee = granteeAt(row);
    QStringList lines;
    lines << tr("%1 \u2014 %2").arg(granteeDisplay(grantee), columnTitle(col.kind, modelName(column)));
    const auto pending = m_pendingText.constFind({grantee, column});
    if (pending != m_pendingText.cend())
        lines += *pending;
    switch (stateOf(c)) {
    case CellState::NotApplicable:
        lines << (col.kind == Kind::UseModel && col.object < 0
                      ? tr("The function of this model (%1) is missing: no one can use it.")
                            .arg(s.models.models.at(col.model).functionName)
                      : tr("Model roles and the extension's ownership belong to roles, not to PUBLIC."));
        return lines.join(u'\n');
    case CellState::Unknown:
        lines << tr("Unknown: the holders of the model roles cannot be read in this database.");
        break;
    case CellState::NotHeld:
        lines << tr("Not held.");
        break;
    case CellState::Held:
        if (c.superuser)
            lines << tr("superuser: may do everything");
        if (c.owner)
            lines << (col.kind == Kind::ExtensionOwner ? tr("owner of extension %1")
                                                              .arg(ModelCatalog::extensionName(s.models.flavour))
                      : isRoleColumn(col.kind)       ? tr("the extension owner: may do everything this role allows")
                      : col.kind == Kind::UseModel   ? tr("owner of the model (its function), or a member of the owner")
                                                     : tr("owner of the schema, or a member of the owner"));
        if (c.direct)
            lines << (isRoleColumn(col.kind) ? tr("held directly (pgx_grant_model_role)") : tr("direct grant"));
        if (c.inherited) {
            QStringList names;
            for (Oid step : c.via)
                names << s.roleName(step);
            lines << tr("inherited through %1").arg(names.join(QStringLiteral(" \u2192 ")));
        }
        if (c.predefined)
            lines << tr("through a predefined role (pg_read_all_data or pg_write_all_data)");
        if (c.fromPublic && m_rows[size_t(row)] >= 0)
            lines << tr("granted to PUBLIC");
        break;
    }
    if (m_planner->editable(m_rows[size_t(row)], column)) {
        const bool directNow = m_planner->pendingDirect(m_pending, grantee, column).value_or(c.direct);
        lines << (directNow ? tr("Space: revoke") : tr("Space: grant"));
    } else if (col.kind == Kind::ExtensionOwner) {
        lines << tr("Read-only: the extension owner is the role that created the extension; superusers count as one.");
    } else {
        lines << tr("Read-only: held as superuser or owner, which is not granted and cannot be revoked here.");
    }
    return lines.join(u'\n');
}

int ModelAccessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_planner ? 0 : int(m_planner->columns().size());
}

QVariant ModelAccessModel::data(const QModelIndex &index, int role) const
{
    if (!m_planner || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int roleIndex = m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(column, m_planner->cell(roleIndex, column));
    case Qt::ToolTipRole:
        return cellToolTip(row, column, m_planner->cell(roleIndex, column));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case SourceRole: {
        const ModelAccessCell c = m_planner->cell(roleIndex, column);
        const std::optional<RightSource> src = c.source();
        if (!src)
            return {};
        return int(roleIndex < 0 ? RightSource::Public : *src); // PUBLIC's own grants read as PUBLIC
    }
    case CellStateRole:
        return int(stateOf(m_planner->cell(roleIndex, column)));
    case EditableRole:
        return m_planner->editable(roleIndex, column);
    case PendingRole: {
        const auto it = m_pendingText.constFind({granteeAt(row), column});
        return it == m_pendingText.cend() ? QVariant() : QVariant(it->join(u'\n'));
    }
    case GranteeRole:
        return granteeAt(row);
    case RoleIndexRole:
        return roleIndex;
    case ColumnKindRole:
        return int(m_planner->columns().at(column).kind);
    default:
        return {};
    }
}

QVariant ModelAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_planner || section < 0)
        return {};
    const Snapshot &s = m_rights->snapshot();
    if (orientation == Qt::Horizontal) {
        if (section >= m_planner->columns().size())
            return {};
        const ModelAccessColumn &c = m_planner->columns().at(section);
        switch (role) {
        case Qt::DisplayRole:
            return columnTitle(c.kind, modelName(section));
        case Qt::ToolTipRole:
            return columnExplanation(c.kind, modelName(section),
                                     c.model >= 0 ? s.models.models.at(c.model).functionName : QString());
        case ColumnKindRole:
            return int(c.kind);
        case ModelNameRole:
            return c.model >= 0 ? QVariant(modelName(section)) : QVariant();
        default:
            return {};
        }
    }
    if (size_t(section) >= m_rows.size())
        return {};
    const int roleIndex = m_rows[size_t(section)];
    using Type = PrivilegeMatrixModel::RoleType;
    if (roleIndex < 0) {
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("PUBLIC");
        case Qt::ToolTipRole: return tr("PUBLIC \u2014 every role, present and future");
        case RoleTypeRole: return int(Type::Public);
        case GranteeRole: return QString();
        case RoleIndexRole: return -1;
        default: return {};
        }
    }
    const Role &r = s.roles.at(roleIndex);
    const Type type = r.superuser ? Type::Superuser : r.predefined ? Type::Predefined : r.canLogin ? Type::Login : Type::Group;
    switch (role) {
    case Qt::DisplayRole:
    case GranteeRole:
        return r.name;
    case Qt::ToolTipRole:
        return r.superuser    ? tr("%1 \u2014 superuser").arg(r.name)
               : r.predefined ? tr("%1 \u2014 predefined role").arg(r.name)
               : r.canLogin   ? tr("%1 \u2014 login role (user)").arg(r.name)
                              : tr("%1 \u2014 group role (no login)").arg(r.name);
    case RoleTypeRole:
        return int(type);
    case RoleIndexRole:
        return roleIndex;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelAccessModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RoleTypeRole, "roleType");
    names.insert(SourceRole, "source");
    names.insert(CellStateRole, "cellState");
    names.insert(EditableRole, "editable");
    names.insert(PendingRole, "pending");
    names.insert(GranteeRole, "grantee");
    names.insert(RoleIndexRole, "roleIndex");
    names.insert(ColumnKindRole, "columnKind");
    names.insert(ModelNameRole, "modelName");
    return names;
}

} // namespace roledesk
