#include "models/pendingchangesmodel.h"

#include "models/privilegematrixmodel.h"

namespace roledesk {

namespace {



QString objectText(const ObjectRef &o)
{
    return PrivilegeMatrixModel::kindLabel(o.kind) + u' ' + o.toDisplay();
}

QString defaultsKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Sequence: return PendingChangesModel::tr("sequences");
    case ObjectKind::Function: return PendingChangesModel::tr("functions");
    case ObjectKind::Type: return PendingChangesModel::tr("types");
    case ObjectKind::Schema: return PendingChangesModel::tr("schemas");
    default: return PendingChangesModel::tr("tables");
    }
}

} // namespace

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PendingChangesModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_sql.clear();
    m_statements = 0;
    for (int i = 0; i < plan.size(); ++i) {
        m_sql << sqlgen::statements(plan.changes().at(i), i);
        m_statements += int(m_sql.back().size());
    }
    endResetModel();
}

QString PendingChangesModel::describeChange(const Change &change)
{
    return std::visit(Overloaded{
        [](const GrantPrivileges &g) {
            return (g.withGrantOption ? tr("Grant %1 on %2 to %3 with grant option") : tr("Grant %1 on %2 to %3"))
                .arg(privilegeKeywords(g.privileges), objectText(g.object), granteeDisplay(g.grantee));
        },
        [](const RevokePrivileges &r) {
            QString text = (r.grantOptionOnly ? tr("Revoke the grant option for %1 on %2 from %3")
                                              : tr("Revoke %1 on %2 from %3"))
                               .arg(privilegeKeywords(r.privileges), objectText(r.object), granteeDisplay(r.grantee));
            if (!r.grantor.isEmpty())
                text += u' ' + tr("(granted by %1)").arg(r.grantor);
            if (r.cascade)
                text += u' ' + tr("and the grants made with it");
            return text;
        },
        [](const GrantMembership &g) {
            return (g.withAdminOption ? tr("Make %1 a member of %2 with admin option") : tr("Make %1 a member of %2"))
                .arg(g.member, g.group);
        },
        [](const RevokeMembership &r) {
            return (r.adminOptionOnly ? tr("Take the admin option of %1 on %2") : tr("Remove %1 from %2"))
                .arg(r.member, r.group);
        },
        [](const CreateRole &c) { return tr("Create role %1").arg(c.name); },
        [](const AlterRole &a) {
            if (a.attributes.isEmpty() && !a.newName.isEmpty())
                return tr("Rename role %1 to %2").arg(a.name, a.newName);
            if (!a.newName.isEmpty())
                return tr("Alter role %1 and rename it to %2").arg(a.name, a.newName);
            return tr("Alter role %1").arg(a.name);
        },
        [](const DropRole &d) {
            if (!d.reassignOwnedTo.isEmpty())
                return tr("Drop role %1 (its objects go to %2)").arg(d.name, d.reassignOwnedTo);
            return tr("Drop role %1").arg(d.name);
        },
        [](const DefaultPrivilegesChange &d) {
            const QString where = d.schema.isEmpty() ? tr("in every schema") : tr("in schema %1").arg(d.schema);
            return (d.grant ? tr("By default grant %1 on new %2 of %3 %4 to %5")
                            : tr("By default revoke %1 on new %2 of %3 %4 from %5"))
                .arg(privilegeKeywords(d.privileges), defaultsKind(d.kind), d.forRole, where, granteeDisplay(d.grantee));
        },
        [](const ModelRoleChange &m) {
            const QString kind = m.kind == ModelRole::SystemAdministrator ? tr("system administrator")
                                                                          : tr("model owner");
            return (m.grant ? tr("Make %1 a %2 (pgx_inference model role)")
                            : tr("Take the %2 model role (pgx_inference) from %1"))
                .arg(m.role, kind);
        },
        [](const SchemaGroupCall &c) {
            switch (c.kind) {
            case SchemaGroupCall::Kind::Grant:
                return tr("Add %1 to schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::Revoke:
                return tr("Remove %1 from schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::CreateUser:
                return c.group.isEmpty() ? tr("Create user %1").arg(c.user)
                                         : tr("Create user %1 in schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::RenameSchema:
                return tr("Rename schema %1 and its groups to %2").arg(c.schema, c.newName);
            }
            return QString();
        },
    }, change);
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_plan.size();
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return describeChange(m_plan.changes().at(row));
    case Qt::ToolTipRole:
    case SqlRole: {
        QString sql;
        for (const Statement &s : m_sql.at(row))
            sql += s.display() + QStringLiteral(";\n");
        sql.chop(1);
        return sql;
    }
    case StatementCountRole:
        return int(m_sql.at(row).size());
    case KindRole:
        return int(m_plan.changes().at(row).index());
    default:
        return {};
    }
}

QHash<int, QByteArray> PendingChangesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SqlRole, "sql");
    names.insert(StatementCountRole, "statementCount");
    names.insert(KindRole, "kind");
    return names;
}

} // namespace roledesk
