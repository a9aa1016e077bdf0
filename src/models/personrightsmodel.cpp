#include "models/personrightsmodel.h"

#include "export/auditexporter.h"
#include "models/privilegematrixmodel.h"

namespace roledesk {

PersonRightsModel::PersonRightsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonRightsModel::setDatabases(const QList<PersonDatabase> &databases)
{
    beginResetModel();
    m_rows.clear();
    for (const PersonDatabase &d : databases)
        for (const PersonLoginFacts &f : d.logins)
            for (const PersonRight &r : f.rights)
                m_rows << Row{d.database, f.login, r};
    endResetModel();
}

QString PersonRightsModel::csv(const QList<int> &rows) const
{
    // Keywords and kinds as exports spell them everywhere else, so the file compares across languages.
    QString out = QStringLiteral("database,login,object,kind,privilege,grantable,through\r\n");
    for (const int i : rows) {
        if (i < 0 || i >= m_rows.size())
            continue;
        const Row &r = m_rows.at(i);
        const QStringList fields{r.database,
                                 r.login,
                                 r.right.object,
                                 objectKindName(r.right.kind),
                                 privilegeKeyword(r.right.privilege),
                                 r.right.grantable ? QStringLiteral("true") : QStringLiteral("false"),
                                 r.right.lineage};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << AuditExporter::csvField(f);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

int PersonRightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonRightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonRightsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case PrivilegeRole: return int(r.right.privilege);
    case ObjectKindRole: return int(r.right.kind);
    case GrantableRole: return r.right.grantable;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DatabaseColumn: return r.database;
    case LoginColumn: return r.login;
    case ObjectColumn: return r.right.object;
    case KindColumn: return PrivilegeMatrixModel::kindLabel(r.right.kind);
    case PrivilegeColumn: return privilegeKeyword(r.right.privilege);
    case GrantableColumn: return r.right.grantable ? tr("yes") : tr("no");
    case ThroughColumn: return r.right.lineage;
    }
    return {};
}

QVariant PersonRightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DatabaseColumn: return tr("Database");
    case LoginColumn: return tr("Login");
    case ObjectColumn: return tr("Object");
    case KindColumn: return tr("Kind");
    case PrivilegeColumn: return tr("Privilege");
    case GrantableColumn: return tr("Grantable");
    case ThroughColumn: return tr("Through");
    }
    return {};
}

PersonRightsFilterModel::PersonRightsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PersonRightsFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void PersonRightsFilterModel::setDatabase(const QString &database)
{
    if (database == m_database)
        return;
    m_database = database;
    invalidateFilter();
}

bool PersonRightsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_database.isEmpty()
        && m->index(sourceRow, PersonRightsModel::DatabaseColumn, sourceParent).data().toString() != m_database)
        return false;
    if (m_words.isEmpty())
        return true;
    QStringList cells;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        cells << m->index(sourceRow, c, sourceParent).data().toString();
    const QString row = cells.join(u'\n');
    for (const QString &w : m_words)
        if (!row.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace roledesk
