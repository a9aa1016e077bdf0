#include "models/objectfilterproxymodel.h"

#include "models/privilegematrixmodel.h"

namespace roledesk {

namespace {
constexpr quint32 allKinds = (1u << ObjectKindCount) - 1;
}

ObjectFilterProxyModel::ObjectFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kinds(allKinds)
{
}

void ObjectFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_stale = true;
    // Connected before the base class connects its own handlers, so the cache is marked stale
    // before the proxy asks filterAcceptsColumn() about the new columns.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_stale = true; });
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, [this] { m_stale = true; });
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, [this] { m_stale = true; });
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { m_stale = true; });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ObjectFilterProxyModel::setKinds(const QList<ObjectKind> &kinds)
{
    quint32 bits = 0;
    for (ObjectKind k : kinds)
        bits |= 1u << int(k);
    if (bits == m_kinds)
        return;
    m_kinds = bits;
    refilter();
}

void ObjectFilterProxyModel::setKindVisible(ObjectKind kind, bool visible)
{
    const quint32 bits = visible ? (m_kinds | (1u << int(kind))) : (m_kinds & ~(1u << int(kind)));
    if (bits == m_kinds)
        return;
    m_kinds = bits;
    refilter();
}

bool ObjectFilterProxyModel::isKindVisible(ObjectKind kind) const
{
    return m_kinds & (1u << int(kind));
}

void ObjectFilterProxyModel::setSchema(const QString &schema)
{
    if (schema == m_schema)
        return;
    m_schema = schema;
    refilter();
}

void ObjectFilterProxyModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    refilter();
}

QStringList ObjectFilterProxyModel::schemas() const
{
    QStringList out;
    const QAbstractItemModel *src = sourceModel();
    if (!src)
        return out;
    const int n = src->columnCount();
    for (int c = 0; c < n; ++c) {
        const QString s = src->headerData(c, Qt::Horizontal, PrivilegeMatrixModel::SchemaRole).toString();
        if (!s.isEmpty() && (out.isEmpty() || out.back() != s) && !out.contains(s))
            out << s;
    }
    return out;
}

void ObjectFilterProxyModel::refilter()
{
    m_stale = true;
    invalidateColumnsFilter();
}

bool ObjectFilterProxyModel::accepts(int sourceColumn) const
{
    const QAbstractItemModel *src = sourceModel();
    using M = PrivilegeMatrixModel;
    const int kind = src->headerData(sourceColumn, Qt::Horizontal, M::ObjectKindRole).toInt();
    if (!(m_kinds & (1u << kind)))
        return false;
    if (!m_schema.isEmpty()
        && src->headerData(sourceColumn, Qt::Horizontal, M::SchemaRole).toString() != m_schema)
        return false;
    if (m_name.isEmpty())
        return true;
    return src->headerData(sourceColumn, Qt::Horizontal, M::SortKeyRole)
        .toString()
        .contains(m_name, Qt::CaseInsensitive);
}

bool ObjectFilterProxyModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const int n = sourceModel()->columnCount();
    if (m_stale || int(m_accepted.size()) != n) {
        m_accepted.assign(size_t(n), 0);
        for (int c = 0; c < n; ++c)
            m_accepted[size_t(c)] = accepts(c) ? 1 : 0;
        m_stale = false;
    }
    return sourceColumn >= 0 && sourceColumn < n && m_accepted[size_t(sourceColumn)];
}

} // namespace roledesk
