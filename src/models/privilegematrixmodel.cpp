#include "models/privilegematrixmodel.h"

#include "plan/objectref.h"

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <tuple>
#include <vector>

namespace roledesk {

namespace {

// Order of kinds within a schema group: the schema itself, relations, routines, types. Languages
// have no schema: they follow the databases in the leading group.
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
    case ObjectKind::Language: return 11;
    }
    return 12;
}

QString refKey(const ObjectRef &r)
{
    return QString::number(int(r.kind)) + u'\x1f' + r.schema + u'\x1f' + r.name + u'\x1f' + r.arguments + u'\x1f'
           + r.column;
}

QString groupOf(const CatalogObject &o)
{
    if (o.kind == ObjectKind::Schema)
        return o.name;
    return o.schema; // empty for databases and languages
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
    m_objectByRef.clear();
    m_pending.clear();
    if (m_rights) {
        const Snapshot &s = m_rights->snapshot();
        // Names in natural order, as people read them: t1, t2, t10 (not t1, t10, t2); case aside.
        // (The C locale collates bytes and ignores numeric mode: English stands in for it.)
        QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // Rows: the roles people made, by name; the built-in pg_* roles last.
        std::vector<QCollatorSortKey> roleKeys;
        roleKeys.reserve(size_t(s.roles.size()));
        for (const Role &r : s.roles)
            roleKeys.push_back(collator.sortKey(r.name));
        m_rowRole.resize(size_t(s.roles.size()));
        for (size_t i = 0; i < m_rowRole.size(); ++i)
            m_rowRole[i] = int(i);
        std::stable_sort(m_rowRole.begin(), m_rowRole.end(), [&s, &roleKeys](int a, int b) {
            if (s.roles.at(a).predefined != s.roles.at(b).predefined)
                return !s.roles.at(a).predefined;
            return roleKeys[size_t(a)].compare(roleKeys[size_t(b)]) < 0;
        });
        // Columns: grouped by schema (databases and languages first), then kind, then name, with
        // columns beside their table in attribute order.
        std::vector<QCollatorSortKey> nameKeys;
        nameKeys.reserve(size_t(s.objects.size()));
        for (const CatalogObject &o : s.objects)
            nameKeys.push_back(collator.sortKey(o.name));
        m_columnObject.resize(size_t(s.objects.size()));
        for (size_t i = 0; i < m_columnObject.size(); ++i)
            m_columnObject[i] = int(i);
        auto owner = [&s](int i) { // the object whose name orders i: a column's table
            const CatalogObject &o = s.objects.at(i);
            return o.kind == ObjectKind::Column && o.parent >= 0 ? o.parent : i;
        };
        auto group = [&s](int i) {
            const CatalogObject &o = s.objects.at(i);
            const bool isDb = o.kind == ObjectKind::Database || o.kind == ObjectKind::Language;
            return std::make_tuple(isDb ? 0 : 1, groupOf(o), kindRank(o.kind));
        };
        std::stable_sort(m_columnObject.begin(), m_columnObject.end(), [&](int a, int b) {
            const int ta = owner(a), tb = owner(b);
            const auto ga = group(ta), gb = group(tb);
            if (ga != gb)
                return ga < gb;
            if (ta != tb) {
                if (const int byName = nameKeys[size_t(ta)].compare(nameKeys[size_t(tb)]))
                    return byName < 0;
                return ta < tb; // same name (case aside): keep them apart, each with its columns
            }
            const auto sub = [&s](int i) { return s.objects.at(i).kind == ObjectKind::Column ? 1 + s.objects.at(i).attnum : 0; };
            return sub(a) < sub(b);
        });
        if (m_showPublic)
            m_rowRole.insert(m_rowRole.begin(), -1);
        m_roleRow.assign(size_t(s.roles.size()), -1);
        for (size_t r = 0; r < m_rowRole.size(); ++r)
            if (m_rowRole[r] >= 0)
                m_roleRow[size_t(m_rowRole[r])] = int(r);
        m_objectColumn.assign(m_columnObject.size(), -1);
        for (size_t c = 0; c < m_columnObject.size(); ++c)
            m_objectColumn[size_t(m_columnObject[c])] = int(c);
    }
    endResetModel();
}

void PrivilegeMatrixModel::setShowPublic(bool show)
{
    if (show == m_showPublic)
        return;
    m_showPublic = show;
    setRights(m_rights);
}

CellRights PrivilegeMatrixModel::publicCell(const Snapshot &snapshot, int object)
{
    CellRights c;
    const CatalogObject &o = snapshot.objects.at(object);
    Privileges mask;
    for (Privilege p : applicablePrivileges(o.kind))
        mask |= p;
    auto add = [&c, mask](const QList<AclEntry> &acl) {
        for (const AclEntry &e : acl) {
            if (e.grantee != PublicOid)
                continue;
            c.granted |= e.privileges & mask;
            c.grantable |= e.grantOptions & mask;
        }
    };
    add(o.acl);
    if (o.kind == ObjectKind::Column && o.parent >= 0)
        add(snapshot.objects.at(o.parent).acl);
    c.fromPublic = c.granted;
    return c;
}

void PrivilegeMatrixModel::setPendingChanges(const QList<Change> &changes)
{
    if (!m_rights)
        return;
    const Snapshot &s = m_rights->snapshot();
    if (m_objectByRef.isEmpty())
        for (int i = 0; i < s.objects.size(); ++i)
            m_objectByRef.insert(refKey(ObjectRef::fromSnapshot(s, i)), i);
    const bool had = !m_pending.isEmpty();
    m_pending.clear();
    for (const Change &c : changes) {
        if (const auto *g = std::get_if<GrantPrivileges>(&c)) {
            const int object = m_objectByRef.value(refKey(g->object), -1);
            if (object >= 0)
                m_pending[{g->grantee, object}]
                    << (g->withGrantOption ? tr("Pending: grant %1 with grant option") : tr("Pending: grant %1"))
                           .arg(privilegeKeywords(g->privileges));
        } else if (const auto *r = std::get_if<RevokePrivileges>(&c)) {
            const int object = m_objectByRef.value(refKey(r->object), -1);
            if (object < 0)
                continue;
            QString text = r->grantOptionOnly ? tr("Pending: revoke the grant option for %1") : tr("Pending: revoke %1");
            text = text.arg(privilegeKeywords(r->privileges));
            if (!r->grantor.isEmpty())
                text += u' ' + tr("(granted by %1)").arg(r->grantor);
            m_pending[{r->grantee, object}] << text;
        }
    }
    if ((had || !m_pending.isEmpty()) && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {PendingRole, Qt::ToolTipRole});
}

void PrivilegeMatrixModel::setDriftMarks(const QHash<QPair<int, int>, int> &marks)
{
    const bool had = !m_drift.isEmpty();
    m_drift = marks;
    if ((had || !m_drift.isEmpty()) && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {DriftRole});
}

QString PrivilegeMatrixModel::pendingText(int row, int column) const
{
    if (m_pending.isEmpty())
        return {};
    const int role = roleAt(row);
    const QString grantee = role < 0 ? QString() : m_rights->snapshot().roles.at(role).name;
    const auto it = m_pending.constFind({grantee, m_columnObject[size_t(column)]});
    return it == m_pending.constEnd() ? QString() : it->join(u'\n');
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
    case ObjectKind::Language: return tr("language");
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
        const int role = roleAt(row);
        m_cached = role < 0 ? publicCell(m_rights->snapshot(), m_columnObject[size_t(column)])
                            : m_rights->cell(role, m_columnObject[size_t(column)]);
        m_cachedRow = row;
        m_cachedColumn = column;
    }
    return m_cached;
}

QString PrivilegeMatrixModel::cellToolTip(int row, int column, const CellRights &c) const
{
    const Snapshot &s = m_rights->snapshot();
    const int roleIndex = roleAt(row);
    const QString roleName = roleIndex < 0 ? QStringLiteral("PUBLIC") : s.roles.at(roleIndex).name;
    const CatalogObject &o = s.objects.at(m_columnObject[size_t(column)]);
    const QString object = o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
    QStringList lines;
    lines << tr("%1 on %2 (%3)").arg(roleName, object, kindLabel(o.kind));
    const QString pending = pendingText(row, column);
    if (!pending.isEmpty())
        lines << pending;
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
    case GranteeRole:
        return roleAt(row) < 0 ? QString() : m_rights->snapshot().roles.at(roleAt(row)).name;
    case PendingRole: {
        const QString pending = pendingText(row, column);
        return pending.isEmpty() ? QVariant() : QVariant(pending);
    }
    case DriftRole: {
        const auto it = m_drift.constFind({roleAt(row), m_columnObject[size_t(column)]});
        return it == m_drift.cend() ? QVariant() : QVariant(*it);
    }
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
        if (roleAt(section) < 0) {
            switch (role) {
            case Qt::DisplayRole:
            case SortKeyRole:
                return QStringLiteral("PUBLIC");
            case Qt::ToolTipRole:
                return tr("PUBLIC — every role, present and future");
            case RoleIndexRole:
                return -1;
            case RoleTypeRole:
                return int(RoleType::Public);
            case GranteeRole:
                return QString();
            default:
                return {};
            }
        }
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
            case RoleType::Public: break;
            }
            return tr("%1 — %2").arg(r.name, kind);
        }
        case RoleIndexRole:
            return m_rowRole[size_t(section)];
        case RoleTypeRole:
            return int(type);
        case GranteeRole:
            return r.name;
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
    names.insert(GranteeRole, "grantee");
    names.insert(PendingRole, "pending");
    names.insert(DriftRole, "drift");
    return names;
}

} // namespace roledesk
