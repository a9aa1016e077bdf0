#include "models/membershipmodel.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace roledesk {

namespace {
constexpr int columnCountValue = int(MembershipModel::Column::Count);
}

MembershipModel::MembershipModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

MembershipModel::~MembershipModel() = default;

void MembershipModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_memberOf.clear();
    m_members.clear();
    if (m_snapshot) {
        const Snapshot &s = *m_snapshot;
        m_memberOf.assign(size_t(s.roles.size()), {});
        m_members.assign(size_t(s.roles.size()), {});
        for (int i = 0; i < int(s.memberships.size()); ++i) {
            const Membership &m = s.memberships.at(i);
            const int member = s.roleIndex(m.member);
            const int group = s.roleIndex(m.group);
            if (member < 0 || group < 0)
                continue;
            m_memberOf[size_t(member)].push_back(i);
            m_members[size_t(group)].push_back(i);
        }
        auto byName = [&s](const std::vector<int> &list, bool groupSide) {
            std::vector<int> sorted = list;
            std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                const Membership &ma = s.memberships.at(a);
                const Membership &mb = s.memberships.at(b);
                return s.roleName(groupSide ? ma.group : ma.member)
                           .compare(s.roleName(groupSide ? mb.group : mb.member), Qt::CaseInsensitive) < 0;
            });
            return sorted;
        };
        for (auto &list : m_memberOf)
            list = byName(list, true);
        for (auto &list : m_members)
            list = byName(list, false);
    }
    rebuild();
    endResetModel();
}

void MembershipModel::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    beginResetModel();
    m_direction = direction;
    rebuild();
    endResetModel();
}

void MembershipModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    beginResetModel();
    m_name = trimmed;
    rebuild();
    endResetModel();
}

void MembershipModel::setShowPredefined(bool show)
{
    if (show == m_showPredefined)
        return;
    beginResetModel();
    m_showPredefined = show;
    rebuild();
    endResetModel();
}

void MembershipModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    if (!m_snapshot)
        return;
    const Snapshot &s = *m_snapshot;
    std::vector<int> roles;
    for (int i = 0; i < int(s.roles.size()); ++i) {
        const Role &r = s.roles.at(i);
        if (r.predefined && !m_showPredefined)
            continue;
        if (!m_name.isEmpty() && !r.name.contains(m_name, Qt::CaseInsensitive))
            continue;
        roles.push_back(i);
    }
    std::stable_sort(roles.begin(), roles.end(), [&s](int a, int b) {
        return s.roles.at(a).name.compare(s.roles.at(b).name, Qt::CaseInsensitive) < 0;
    });
    for (int r : roles) {
        Node n;
        n.role = r;
        n.row = int(m_top.size());
        m_top.push_back(int(m_nodes.size()));
        m_nodes.push_back(std::move(n));
    }
}

int MembershipModel::topLevelRow(int roleIndex) const
{
    for (size_t i = 0; i < m_top.size(); ++i)
        if (m_nodes[size_t(m_top[i])].role == roleIndex)
            return int(i);
    return -1;
}

const std::vector<int> &MembershipModel::edges(int role) const
{
    return m_direction == Direction::MemberOf ? m_memberOf[size_t(role)] : m_members[size_t(role)];
}

bool MembershipModel::onPath(int node, int role) const
{
    for (int at = node; at >= 0; at = m_nodes[size_t(at)].parent)
        if (m_nodes[size_t(at)].role == role)
            return true;
    return false;
}

void MembershipModel::ensureChildren(int node) const
{
    if (m_nodes[size_t(node)].built)
        return;
    const Snapshot &s = *m_snapshot;
    std::vector<int> children;
    const int role = m_nodes[size_t(node)].role;
    for (int mi : edges(role)) {
        const Membership &m = s.memberships.at(mi);
        const int other = s.roleIndex(m_direction == Direction::MemberOf ? m.group : m.member);
        if (other < 0 || onPath(node, other)) // PostgreSQL forbids cycles; stay safe anyway
            continue;
        Node child;
        child.role = other;
        child.membership = mi;
        child.parent = node;
        child.row = int(children.size());
        children.push_back(int(m_nodes.size()));
        m_nodes.push_back(std::move(child)); // may reallocate: no references held across this
    }
    m_nodes[size_t(node)].children = std::move(children);
    m_nodes[size_t(node)].built = true;
}

QModelIndex MembershipModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCountValue)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_top.size())
            return {};
        return createIndex(row, column, quintptr(m_top[size_t(row)]));
    }
    if (parent.model() != this)
        return {};
    const int p = int(parent.internalId());
    ensureChildren(p);
    const std::vector<int> &children = m_nodes[size_t(p)].children;
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex MembershipModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &n = m_nodes[size_t(child.internalId())];
    if (n.parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n.parent)].row, 0, quintptr(n.parent));
}

int MembershipModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const int p = int(parent.internalId());
    ensureChildren(p);
    return int(m_nodes[size_t(p)].children.size());
}

int MembershipModel::columnCount(const QModelIndex &) const
{
    return columnCountValue;
}

bool MembershipModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_top.empty();
    if (parent.column() != 0)
        return false;
    const Node &n = m_nodes[size_t(parent.internalId())];
    if (n.built)
        return !n.children.empty();
    return !edges(n.role).empty();
}

QString MembershipModel::membershipText(const Membership &m) const
{
    QStringList parts;
    if (m_direction == Direction::MemberOf)
        parts << tr("member");
    else
        parts << tr("has member");
    if (m.adminOption)
        parts << tr("WITH ADMIN OPTION");
    if (!m.inherit)
        parts << tr("NOINHERIT");
    if (m.implicit)
        parts << tr("implicit");
    return parts.join(QStringLiteral(", "));
}

QVariant MembershipModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Snapshot &s = *m_snapshot;
    const Node &n = m_nodes[size_t(index.internalId())];
    const Role &r = s.roles.at(n.role);
    const auto column = Column(index.column());
    if (role == RoleIndexRole)
        return n.role;
    if (role == MembershipIndexRole)
        return n.membership;

    auto flag = [&](bool value) -> QVariant {
        if (role == Qt::CheckStateRole)
            return value ? Qt::Checked : Qt::Unchecked;
        return {};
    };
    switch (column) {
    case Column::Role:
        if (role == Qt::DisplayRole)
            return r.name;
        if (role == Qt::ToolTipRole) {
            if (n.membership < 0)
                return r.comment.isEmpty() ? r.name : r.name + u'\n' + r.comment;
            const Membership &m = s.memberships.at(n.membership);
            return tr("%1 is a member of %2, granted by %3")
                .arg(s.roleName(m.member), s.roleName(m.group), s.roleName(m.grantor));
        }
        return {};
    case Column::Membership:
        if (role == Qt::DisplayRole && n.membership >= 0)
            return membershipText(s.memberships.at(n.membership));
        return {};
    case Column::Login: return flag(r.canLogin);
    case Column::Superuser: return flag(r.superuser);
    case Column::Inherit: return flag(r.inherit);
    case Column::CreateRole: return flag(r.createRole);
    case Column::CreateDb: return flag(r.createDb);
    case Column::Replication: return flag(r.replication);
    case Column::BypassRls: return flag(r.bypassRls);
    case Column::ConnectionLimit:
        if (role == Qt::DisplayRole)
            return r.connectionLimit < 0 ? tr("no limit") : QString::number(r.connectionLimit);
        return {};
    case Column::ValidUntil:
        if (role == Qt::DisplayRole)
            return r.validUntil.isNull() ? QString()
                                         : QLocale().toString(r.validUntil, QLocale::ShortFormat);
        return {};
    case Column::Count:
        break;
    }
    return {};
}

QVariant MembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCountValue)
        return {};
    switch (Column(section)) {
    case Column::Role:
        return m_direction == Direction::MemberOf ? tr("Role → member of") : tr("Role → members");
    case Column::Membership: return tr("Membership");
    case Column::Login: return tr("Login");
    case Column::Superuser: return tr("Superuser");
    case Column::Inherit: return tr("Inherit");
    case Column::CreateRole: return tr("Create role");
    case Column::CreateDb: return tr("Create DB");
    case Column::Replication: return tr("Replication");
    case Column::BypassRls: return tr("Bypass RLS");
    case Column::ConnectionLimit: return tr("Connection limit");
    case Column::ValidUntil: return tr("Valid until");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
