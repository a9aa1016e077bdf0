#include "models/schemagroupmatrixmodel.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace roledesk {

QString SchemaGroupMatrixModel::usersMimeType()
{
    return QStringLiteral("application/x-roledesk-users");
}

SchemaGroupMatrixModel::SchemaGroupMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

SchemaGroupMatrixModel::~SchemaGroupMatrixModel() = default;

void SchemaGroupMatrixModel::setRights(std::shared_ptr<const EffectiveRights> rights)
{
    beginResetModel();
    m_rights = std::move(rights);
    m_planner = m_rights ? std::make_unique<SchemaGroupPlanner>(m_rights) : nullptr;
    m_newUsers.clear();
    endResetModel();
    setPendingChanges(m_pending);
}

void SchemaGroupMatrixModel::setPendingChanges(const QList<Change> &changes)
{
    m_pending = changes;
    // Logins the plan creates get rows of their own at the end, so that their levels show before apply.
    const QStringList newUsers = m_planner && columnCount() > 0 ? m_planner->pendingNewUsers(changes) : QStringList();
    if (newUsers != m_newUsers) {
        const int first = int(m_planner ? m_planner->users().size() : 0);
        if (!m_newUsers.isEmpty()) {
            beginRemoveRows({}, first, first + int(m_newUsers.size()) - 1);
            m_newUsers.clear();
            endRemoveRows();
        }
        if (!newUsers.isEmpty()) {
            beginInsertRows({}, first, first + int(newUsers.size()) - 1);
            m_newUsers = newUsers;
            endInsertRows();
        }
    }
    const bool had = !m_pendingLevel.isEmpty();
    m_pendingLevel.clear();
    if (m_planner && !changes.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row) {
            const QString user = userAt(row);
            for (int column = 0; column < columnCount(); ++column) {
                if (const auto level = m_planner->pendingLevel(changes, user, column))
                    m_pendingLevel.insert({row, column}, *level);
            }
        }
    }
    if ((had || !m_pendingLevel.isEmpty()) && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString SchemaGroupMatrixModel::title() const
{
    if (!m_planner)
        return tr("Schema groups — not connected");
    const SchemaGroupState &st = m_planner->state();
    if (!st.enabled()) {
        if (st.extensionInstalled())
            return tr("Standard PostgreSQL permissions: no schema groups (slpm_ce %1 installed, not enabled)")
                .arg(st.extensionVersion);
        return tr("Standard PostgreSQL permissions: no schema groups");
    }
    const QString model = st.model == GroupModel::Slpm ? QStringLiteral("SLPM") : QStringLiteral("SPM");
    const QString source = st.source == GroupSource::SlpmCe ? tr("slpm_ce %1").arg(st.extensionVersion)
                                                            : tr("Hologres");
    QString line = tr("Schema groups — %1 (%2)").arg(model, source);
    if (st.source == GroupSource::SlpmCe && !st.migrated)
        line += u' ' + tr("— not fully migrated");
    return line;
}

bool SchemaGroupMatrixModel::isNewUser(int row) const
{
    return m_planner && row >= m_planner->users().size() && row < rowCount();
}

QString SchemaGroupMatrixModel::userAt(int row) const
{
    if (!m_planner || row < 0 || row >= rowCount())
        return {};
    const qsizetype known = m_planner->users().size();
    return row < known ? m_planner->snapshot().roles.at(m_planner->users().at(row)).name : m_newUsers.at(row - known);
}

int SchemaGroupMatrixModel::rowForUser(const QString &name) const
{
    if (!m_planner)
        return -1;
    const int role = m_planner->roleIndex(name);
    if (role < 0)
        return m_newUsers.contains(name) ? int(m_planner->users().size() + m_newUsers.indexOf(name)) : -1;
    return int(m_planner->users().indexOf(role));
}

QString SchemaGroupMatrixModel::levelText(GroupLevel level)
{
    switch (level) {
    case GroupLevel::None: return {};
    case GroupLevel::Viewer: return tr("viewer");
    case GroupLevel::Writer: return tr("writer");
    case GroupLevel::Developer: return tr("developer");
    case GroupLevel::Admin: return tr("admin");
    }
    return {};
}

int SchemaGroupMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_planner || m_planner->columns().isEmpty() ? 0
                                                                           : int(m_planner->users().size() + m_newUsers.size());
}

int SchemaGroupMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_planner ? 0 : int(m_planner->columns().size());
}

QString SchemaGroupMatrixModel::viaText(const GroupCell &c) const
{
    QStringList names;
    for (Oid oid : c.via)
        names << m_planner->snapshot().roleName(oid);
    return names.join(QStringLiteral(" → "));
}

QString SchemaGroupMatrixModel::toolTip(int row, int column, const GroupCell &c) const
{
    const QString user = userAt(row);
    const QString where = headerData(column, Qt::Horizontal).toString();
    QStringList lines;
    if (c.direct != GroupLevel::None)
        lines << tr("%1 is %2 in %3 (a direct member of the group).").arg(user, levelText(c.direct), where);
    if (c.inherited != GroupLevel::None && c.inherited >= c.direct)
        lines << tr("%1 holds %2 in %3 through another role (via %4).")
                     .arg(user, levelText(c.inherited), where, viaText(c));
    if (c.setRoleOnly)
        lines << tr("%1 is NOINHERIT: it uses the group's rights only after SET ROLE to the group.").arg(user);
    if (isNewUser(row))
        lines << tr("%1 is a new login, created when the plan is applied.").arg(user);
    else if (c.direct == GroupLevel::None && c.inherited == GroupLevel::None)
        lines << tr("%1 is in no group of %2.").arg(user, where);
    if (c.superuser)
        lines << tr("%1 is a superuser and has every right whatever its groups.").arg(user);
    if (const auto it = m_pendingLevel.constFind({row, column}); it != m_pendingLevel.cend()) {
        lines << (*it == GroupLevel::None ? tr("Pending: no group here.")
                                          : tr("Pending: %1.").arg(levelText(*it)));
    }
    return lines.join(u'\n');
}

QVariant SchemaGroupMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const int roleIndex = isNewUser(row) ? -1 : m_planner->users().at(row);
    if (role == UserRole)
        return userAt(row);
    if (role == RoleIndexRole)
        return roleIndex;
    if (role == AdminColumnRole)
        return m_planner->columns().at(column).admin;
    if (role == SchemaRole)
        return m_planner->columns().at(column).schema;
    const GroupCell c = m_planner->cell(roleIndex, column);
    const auto pending = m_pendingLevel.constFind({row, column});
    const bool hasPending = pending != m_pendingLevel.cend();
    // What the cell shows: the level after the pending plan, else the direct one, else the inherited one.
    const GroupLevel shown = hasPending ? std::max(*pending, c.inherited) : c.effective();
    const bool onlyInherited = !hasPending ? c.direct < c.inherited : *pending < c.inherited;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = levelText(shown);
        if (c.superuser)
            text = text.isEmpty() ? tr("superuser") : tr("%1 (superuser)").arg(text);
        if (onlyInherited)
            text = tr("(%1)", "a level held through another role").arg(text);
        else if (c.setRoleOnly && !hasPending && !text.isEmpty())
            text = tr("%1 (SET ROLE)", "a NOINHERIT member: the level's rights after SET ROLE only").arg(text);
        return text;
    }
    case Qt::ToolTipRole:
        return toolTip(row, column, c);
    case OnlyInheritedRole:
        return onlyInherited;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case LevelRole:
        return int(shown);
    case DirectLevelRole:
        return int(c.direct);
    case InheritedLevelRole:
        return int(c.inherited);
    case ViaRole:
        return c.via.isEmpty() ? QVariant() : QVariant(viaText(c));
    case PendingRole:
        return hasPending ? QVariant(int(*pending)) : QVariant();
    case SuperuserRole:
        return c.superuser;
    default:
        return {};
    }
}

QVariant SchemaGroupMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_planner)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (isNewUser(section)) {
            switch (role) {
            case Qt::DisplayRole: return tr("%1 (new)", "a login the pending plan creates").arg(userAt(section));
            case UserRole: return userAt(section);
            case RoleIndexRole: return -1;
            case Qt::ToolTipRole: return tr("%1: a new login, created when the plan is applied").arg(userAt(section));
            default: return {};
            }
        }
        if (role == Qt::DisplayRole || role == UserRole)
            return userAt(section);
        if (role == RoleIndexRole)
            return m_planner->users().at(section);
        if (role == Qt::ToolTipRole) {
            const Role &r = m_planner->snapshot().roles.at(m_planner->users().at(section));
            return r.canLogin ? tr("%1: can log in").arg(r.name) : tr("%1: cannot log in").arg(r.name);
        }
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const GroupColumn &col = m_planner->columns().at(section);
    switch (role) {
    case Qt::DisplayRole:
        if (col.admin)
            return tr("Admin");
        return m_planner->model() == GroupModel::Spm ? tr("All schemas") : col.schema;
    case Qt::ToolTipRole:
        if (col.admin)
            return tr("The database's admin group: owns the database and every schema and manages every group's members.");
        if (m_planner->model() == GroupModel::Spm)
            return tr("The database's developer, writer and viewer groups: their rights cover every schema.");
        return tr("Schema %1: its developer, writer and viewer groups.").arg(col.schema);
    case AdminColumnRole:
        return col.admin;
    case SchemaRole:
        return col.schema;
    default:
        return {};
    }
}

Qt::ItemFlags SchemaGroupMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Editable so that the view opens the level editor; the page asks the planner, not setData.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QStringList SchemaGroupMatrixModel::mimeTypes() const
{
    return {usersMimeType()};
}

QMimeData *SchemaGroupMatrixModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList users;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row())) {
            rows.insert(index.row());
            users << userAt(index.row());
        }
    }
    if (users.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(usersMimeType(), users.join(u'\n').toUtf8());
    mime->setText(users.join(u'\n'));
    return mime;
}

Qt::DropActions SchemaGroupMatrixModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QHash<int, QByteArray> SchemaGroupMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(DirectLevelRole, "directLevel");
    names.insert(InheritedLevelRole, "inheritedLevel");
    names.insert(ViaRole, "via");
    names.insert(PendingRole, "pending");
    names.insert(SuperuserRole, "superuser");
    names.insert(UserRole, "user");
    names.insert(RoleIndexRole, "roleIndex");
    names.insert(AdminColumnRole, "adminColumn");
    names.insert(SchemaRole, "schema");
    names.insert(OnlyInheritedRole, "onlyInherited");
    return names;
}

} // namespace roledesk
