#include "models/personlayersmodel.h"

#include "catalog/modelcatalog.h"
#include "slpm/schemagroups.h"

#include <QLocale>

namespace roledesk {

PersonLayersModel::PersonLayersModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString PersonLayersModel::chainText(const QStringList &chain)
{
    return chain.join(QStringLiteral(" > "));
}

void PersonLayersModel::clear()
{
    setDatabases({});
}

int PersonLayersModel::add(int parent, Kind kind, const QString &item, const QString &detail, const QString &through,
                           bool problem)
{
    Node n;
    n.parent = parent;
    n.kind = kind;
    n.problem = problem;
    n.text[ItemColumn] = item;
    n.text[DetailColumn] = detail;
    n.text[ThroughColumn] = through;
    if (parent >= 0) {
        n.database = m_nodes.at(parent).database;
        n.login = m_nodes.at(parent).login;
        n.row = int(m_nodes.at(parent).children.size());
    } else {
        n.row = int(m_top.size());
    }
    const int at = int(m_nodes.size());
    m_nodes << n;
    (parent >= 0 ? m_nodes[parent].children : m_top) << at;
    return at;
}

void PersonLayersModel::addLogin(int database, const PersonLoginFacts &f)
{
    const int login = add(database, Kind::Login, f.login, f.how);
    m_nodes[login].login = f.login;
    if (!f.exists) {
        add(login, Kind::Entry, tr("Not in this database's catalog"), {}, {}, true);
        return;
    }
    add(login, Kind::Section, tr("Attributes"), PersonText::attributes(f.attributes, PersonText::Time::Local));
    add(login, Kind::Section, tr("Connect"), f.mayConnect ? tr("may connect") : tr("may not connect"),
        f.connectLineage, !f.mayConnect);

    const int memberships = add(login, Kind::Section, tr("Memberships"),
                                tr("%n group(s)", nullptr, int(f.memberships.size())));
    for (const PersonMembership &m : f.memberships) {
        QStringList notes;
        if (!m.inherited)
            notes << tr("SET ROLE only");
        if (m.adminOption)
            notes << tr("with ADMIN OPTION");
        add(memberships, Kind::Entry, m.group, notes.join(QStringLiteral(", ")), chainText(m.chain));
    }
    const int groups = add(login, Kind::Section, tr("Schema groups"), tr("%n group(s)", nullptr, int(f.schemaGroups.size())));
    for (const LintGroup &g : f.schemaGroups) {
        const QString level = schemagroups::levelName(g.level);
        add(groups, Kind::Entry, g.group, g.schema.isEmpty() ? level : tr("%1 of schema %2").arg(level, g.schema),
            chainText(g.chain));
    }
    const int roles = add(login, Kind::Section, tr("Model roles"), tr("%n role(s)", nullptr, int(f.modelRoles.size())));
    for (const LintModelRole &r : f.modelRoles)
        add(roles, Kind::Entry, ModelCatalog::roleName(r.role), {}, chainText(r.chain));
    const int models = add(login, Kind::Section, tr("Models usable"), tr("%n model(s)", nullptr, int(f.models.size())));
    for (const PersonModelUse &m : f.models)
        add(models, Kind::Entry, m.model, m.function, m.lineage);

    QString rights = tr("%n right(s) in the table", nullptr, int(f.rights.size()));
    if (f.publicOnlyRights > 0)
        rights += tr("; %n more through PUBLIC only", nullptr, f.publicOnlyRights);
    if (f.superuserOnlyRights > 0)
        rights += tr("; %n more as superuser only", nullptr, f.superuserOnlyRights);
    add(login, Kind::Section, tr("Rights on objects"), rights);
}

void PersonLayersModel::setDatabases(const QList<PersonDatabase> &databases, const QStringList &notRead)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    for (const PersonDatabase &d : databases) {
        const bool failed = !d.error.isEmpty();
        const QString detail = failed ? d.error : tr("%n login(s)", nullptr, int(d.logins.size()));
        const int database = add(-1, Kind::Database, d.database, detail, {}, failed);
        m_nodes[database].database = d.database;
        for (const QString &w : d.warnings)
            add(database, Kind::Entry, tr("Catalog not fully read"), w, {}, true);
        for (const PersonLoginFacts &f : d.logins)
            addLogin(database, f);
    }
    for (const QString &name : notRead) {
        const int database = add(-1, Kind::Database, name, tr("not read: the sweep was cancelled"), {}, true);
        m_nodes[database].database = name;
    }
    endResetModel();
}

const PersonLayersModel::Node *PersonLayersModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int at = int(index.internalId());
    return at >= 0 && at < m_nodes.size() ? &m_nodes.at(at) : nullptr;
}

QModelIndex PersonLayersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? node(parent)->children : m_top;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PersonLayersModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int PersonLayersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.column() == 0 ? int(node(parent)->children.size()) : 0;
    return int(m_top.size());
}

int PersonLayersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PersonLayersModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return n->text[index.column()];
    case KindRole: return int(n->kind);
    case ProblemRole: return n->problem;
    case DatabaseRole: return n->database;
    case LoginRole: return n->login;
    }
    return {};
}

QVariant PersonLayersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Database, login, layer");
    case DetailColumn: return tr("Detail");
    case ThroughColumn: return tr("Through");
    }
    return {};
}

} // namespace roledesk
