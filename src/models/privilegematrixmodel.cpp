#include "models/privilegematrixmodel.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

namespace roledesk {

namespace {

// Order of kinds within a schema group: the schema itself, relations, routines, types.
int kindRank(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return 0;
    case ObjectKind::Schema: return 1;
    case ObjectKind::Table: return 2;
    case ObjectKind::View: return 3;
    case ObjectKind::MaterializedView: return 4;
    case ObjectKind::ForeignTable: return 5;
    case ObjectKind::Sequence: return 6;
    case ObjectKind::Column: return 7;
    case ObjectKind::Function: return 8;
    case ObjectKind::Procedure: return 9;
    case ObjectKind::Type: return 10;
    }
    return 11;
}

QString groupOf(const CatalogObject &o)
{
    if (o.kind == ObjectKind::Schema)
        return o.name;
    return o.schema; // empty for databases
}

} // namespace

PrivilegeMatrixModel::PrivilegeMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<roledesk::CellRights>();
}

PrivilegeMatrixModel::~PrivilegeMatrixModel() = default;

void PrivilegeMatrixModel::setRights(std::shared_ptr<const EffectiveRights> rights)
{
    beginResetModel();
    m_rights = std::move(rights);
    m_rowRole.clear();
    m_columnObject.clear();
    m_roleRow.clear();
    m_objectColumn.clear();
    m_cachedRow = m_cachedColumn = -1;
    if (m_rights) {
        const Snapshot &s = m_rights->snapshot();
        // Rows: the roles people made, by name; the built-in pg_* roles last.
        m_rowRole.resize(size_t(s.roles.size()));
        for (size_t i = 0; i < m_rowRole.size(); ++i)
            m_rowRole[i] = int(i);
        std::stable_sort(m_rowRole.begin(), m_rowRole.end(), [&s](int a, int b) {
            const Role &ra = s.roles.at(a);
            const Role &rb = s.roles.at(b);
            if (ra.predefined != rb.predefined)
                return !ra.predefined;
            return ra.name.compare(rb.name, Qt::CaseInsensitive) < 0;
        });
        // Columns: grouped by schema (databases first), then kind, with columns beside their table.
        m_columnObject.resize(size_t(s.objects.size()));
        for (size_t i = 0; i < m_columnObject.size(); ++i)
            m_columnObject[i] = int(i);
        auto key = [&s](int i) {
            const CatalogObject &o = s.objects.at(i);
            const bool isDb = o.kind == ObjectKind::Database;
            if (o.kind == ObjectKind::Column && o.parent >= 0) {
                const CatalogObject &t = s.objects.at(o.parent);
                return std::make_tuple(isDb ? 0 : 1, groupOf(t), kindRank(t.kind), t.name, 1 + o.attnum);
            }
            return std::make_tuple(isDb ? 0 : 1, groupOf(o), kindRank(o.kind), o.name, 0);
        };
        std::stable_sort(m_columnObject.begin(), m_columnObject.end(),
                         [&key](int a, int b) { return key(a) < key(b); });
        m_roleRow.assign(m_rowRole.size(), -1);
        for (size_t r = 0; r < m_rowRole.size(); ++r)
            m_roleRow[size_t(m_rowRole[r])] = int(r);
        m_objectColumn.assign(m_columnObject.size(), -1);
        for (size_t c = 0; c < m_columnObject.size(); ++c)
            m_objectColumn[size_t(m_columnObject[c])] = int(c);
    }
    endResetModel();
}

int PrivilegeMatrixModel::rowForRole(int roleIndex) const
{
    return roleIndex >= 0 && size_t(roleIndex) < m_roleRow.size() ? m_roleRow[size_t(roleIndex)] : -1;
}

int PrivilegeMatrixModel::columnForObject(int objectIndex) const
{
    return objectIndex >= 0 && size_t(objectIndex) < m_objectColumn.size()
               ? m_objectColumn[size_t(objectIndex)] : -1;
}

std::optional<RightSource> PrivilegeMatrixModel::dominantSource(const CellRights &c)
{
    if (c.superuser)
        return RightSource::Superuser;
    if (c.owner)
        return RightSource::Owner;
    if (c.direct)
        return RightSource::Direct;
    if (c.inherited)
        return RightSource::Inherited;
    if (c.predefined)
        return RightSource::Predefined;
    if (c.fromPublic)
        return RightSource::Public;
    return std::nullopt;
}

QString PrivilegeMatrixModel::cellText(const CellRights &c)
{
    QString text;
    for (Privilege p : allPrivileges()) {
        if (!c.granted.testFlag(p))
            continue;
        text += privilegeLetter(p);
        if (c.grantable.testFlag(p))
            text += u'*';
    }
    return text;
}

QString PrivilegeMatrixModel::shortText(const CellRights &c, ObjectKind kind)
{
    Privileges all;
    for (Privilege p : applicablePrivileges(kind))
        all |= p;
    if (!all || (c.granted & all) != all || all == Privileges(applicablePrivileges(kind).front()))
        return cellText(c);
    return (c.grantable & all) == all ? QStringLiteral("ALL*") : QStringLiteral("ALL");
}

QString PrivilegeMatrixModel::kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return tr("database");
    case ObjectKind::Schema: return tr("schema");
    case ObjectKind::Table: return tr("table");
    case ObjectKind::View: return tr("view");
    case ObjectKind::MaterializedView: return tr("materialized view");
    case ObjectKind::Sequence: return tr("sequence");
    case ObjectKind::ForeignTable: return tr("foreign table");
    case ObjectKind::Column: return tr("column");
    case ObjectKind::Function: return tr("function");
    case ObjectKind::Procedure: return tr("procedure");
    case ObjectKind::Type: return tr("type");
    }
    return {};
}

QString PrivilegeMatrixModel::sourceLabel(RightSource source)
{
    switch (source) {
    case RightSource::Superuser: return tr("superuser");
    case RightSource::Owner: return tr("owner");
    case RightSource::Direct: return tr("direct grant");
    case RightSource::Inherited: return tr("inherited");
    case RightSource::Public: return tr("PUBLIC");
    case RightSource::Predefined: return tr("predefined role");
    }
    return {};
}

int PrivilegeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowRole.size());
}

int PrivilegeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnObject.size());
}

const CellRights &PrivilegeMatrixModel::cellAt(int row, int column) const
{
    if (row != m_cachedRow || column != m_cachedColumn) {
        m_cached = m_rights->cell(m_rowRole[size_t(row)], m_columnObject[size_t(column)]);
        m_cachedRow = row;
        m_cachedColumn = column;
    }
    return m_cached;
}

QString PrivilegeMatrixModel::cellToolTip(int row, int column, const CellRights &c) const
{
    const Snapshot &s = m_rights->snapshot();
    const Role &role = s.roles.at(m_rowRole[size_t(row)]);
    const CatalogObject &o = s.objects.at(m_columnObject[size_t(column)]);
    const QString object = o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
    QStringList lines;
    lines << tr("%1 on %2 (%3)").arg(role.name, object, kindLabel(o.kind));
    if (!c.granted) {
        lines << tr("No privileges.");
        return lines.join(u'\n');
    }
    static const RightSource order[] = {RightSource::Superuser, RightSource::Owner,
                                        RightSource::Direct, RightSource::Inherited,
                                        RightSource::Predefined, RightSource::Public};
    for (Privilege p : applicablePrivileges(o.kind)) {
        if (!c.granted.testFlag(p))
            continue;
        QStringList sources;
        for (RightSource src : order)
            if (c.from(src).testFlag(p))
                sources << sourceLabel(src);
        QString line = privilegeKeyword(p) + QStringLiteral(": ") + sources.join(QStringLiteral(", "));
        if (c.grantable.testFlag(p))
            line += tr(" (grantable)");
        lines << line;
    }
    return lines.join(u'\n');
}

QVariant PrivilegeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_rights || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cellAt(row, column));
    case ShortTextRole: {
        const ObjectKind kind = m_rights->snapshot().objects.at(m_columnObject[size_t(column)]).kind;
        return shortText(cellAt(row, column), kind);
    }
    case Qt::ToolTipRole:
        return cellToolTip(row, column, cellAt(row, column));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case CellRightsRole:
        return QVariant::fromValue(cellAt(row, column));
    case RoleIndexRole:
        return m_rowRole[size_t(row)];
    case ObjectIndexRole:
        return m_columnObject[size_t(column)];
    case SourceRole:
        if (const auto src = dominantSource(cellAt(row, column)))
            return int(*src);
        return {};
    default:
        return {};
    }
}

QVariant PrivilegeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_rights || section < 0)
        return {};
    const Snapshot &s = m_rights->snapshot();
    if (orientation == Qt::Vertical) {
        if (size_t(section) >= m_rowRole.size())
            return {};
        const Role &r = s.roles.at(m_rowRole[size_t(section)]);
        const RoleType type = r.superuser    ? RoleType::Superuser
                              : r.predefined ? RoleType::Predefined
                              : r.canLogin   ? RoleType::Login
                                             : RoleType::Group;
        switch (role) {
        case Qt::DisplayRole:
        case SortKeyRole:
            return r.name;
        case Qt::ToolTipRole: {
            QString kind;
            switch (type) {
            case RoleType::Superuser: kind = tr("superuser"); break;
            case RoleType::Predefined: kind = tr("predefined role"); break;
            case RoleType::Login: kind = tr("login role (user)"); break;
            case RoleType::Group: kind = tr("group role (no login)"); break;
            }
            return tr("%1 — %2").arg(r.name, kind);
        }
        case RoleIndexRole:
            return m_rowRole[size_t(section)];
        case RoleTypeRole:
            return int(type);
        default:
            return {};
        }
    }
    if (size_t(section) >= m_columnObject.size())
        return {};
    const CatalogObject &o = s.objects.at(m_columnObject[size_t(section)]);
    switch (role) {
    case Qt::DisplayRole:
        return o.name; // columns read "table.column"
    case SortKeyRole:
        return o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
    case Qt::ToolTipRole: {
        const QString name = o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
        return tr("%1 (%2), owner %3").arg(name, kindLabel(o.kind), s.roleName(o.owner));
    }
    case SchemaRole:
        return groupOf(o);
    case ObjectKindRole:
        return int(o.kind);
    case ObjectIndexRole:
        return m_columnObject[size_t(section)];
    default:
        return {};
    }
}

QHash<int, QByteArray> PrivilegeMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CellRightsRole, "cellRights");
    names.insert(RoleIndexRole, "roleIndex");
    names.insert(ObjectIndexRole, "objectIndex");
    names.insert(SourceRole, "source");
    names.insert(SchemaRole, "schema");
    names.insert(ObjectKindRole, "objectKind");
    names.insert(RoleTypeRole, "roleType");
    names.insert(ShortTextRole, "shortText");
    return names;
}

} // namespace roledesk
