#include "plan/change.h"

namespace roledesk {

namespace {



} // namespace

bool RoleAttributes::isEmpty() const
{
    return *this == RoleAttributes{};
}

std::optional<Change> inverseOf(const Change &change)
{
    return std::visit(Overloaded{
        [](const GrantPrivileges &g) -> std::optional<Change> {
            return RevokePrivileges{g.object, g.grantee, g.privileges, false, false, {}};
        },
        [](const RevokePrivileges &r) -> std::optional<Change> {
            if (!r.grantor.isEmpty() || r.cascade)
                return std::nullopt; // cannot be re-granted as the same grantor
            return GrantPrivileges{r.object, r.grantee, r.privileges, r.grantOptionOnly};
        },
        [](const GrantMembership &g) -> std::optional<Change> {
            return RevokeMembership{g.group, g.member, false};
        },
        [](const RevokeMembership &r) -> std::optional<Change> {
            return GrantMembership{r.group, r.member, r.adminOptionOnly};
        },
        [](const DefaultPrivilegesChange &d) -> std::optional<Change> {
            DefaultPrivilegesChange inverse = d;
            inverse.grant = !d.grant;
            return inverse;
        },
        [](const ModelRoleChange &m) -> std::optional<Change> {
            return ModelRoleChange{m.role, m.kind, !m.grant};
        },
        [](const SchemaGroupCall &c) -> std::optional<Change> {
            using K = SchemaGroupCall::Kind;
            if (c.kind != K::Grant && c.kind != K::Revoke)
                return std::nullopt;
            SchemaGroupCall inverse = c;
            inverse.kind = c.kind == K::Grant ? K::Revoke : K::Grant;
            return inverse;
        },
        [](const auto &) -> std::optional<Change> { return std::nullopt; },
    }, change);
}

int changePhase(const Change &change)
{
    return std::visit(Overloaded{
        [](const CreateRole &) { return 0; },
        [](const AlterRole &) { return 1; },
        [](const GrantMembership &) { return 2; },
        [](const GrantPrivileges &) { return 3; },
        [](const DefaultPrivilegesChange &d) { return d.grant ? 4 : 6; },
        // With the privilege grants and revokes: after the roles exist, before they are dropped.
        [](const ModelRoleChange &m) { return m.grant ? 3 : 5; },
        // A user is created with the roles; schema groups change with the memberships.
        [](const SchemaGroupCall &c) {
            switch (c.kind) {
            case SchemaGroupCall::Kind::CreateUser: return 0;
            case SchemaGroupCall::Kind::RenameSchema: return 1;
            case SchemaGroupCall::Kind::Grant: return 2;
            case SchemaGroupCall::Kind::Revoke: return 7;
            }
            return 2;
        },
        [](const RevokePrivileges &) { return 5; },
        [](const RevokeMembership &) { return 7; },
        [](const DropRole &) { return 8; },
    }, change);
}

QString describe(const Change &change)
{
    return std::visit(Overloaded{
        [](const GrantPrivileges &g) {
            return QStringLiteral("grant %1 on %2 %3 to %4%5")
                .arg(privilegeKeywords(g.privileges), objectKindName(g.object.kind), g.object.toDisplay(),
                     granteeDisplay(g.grantee), g.withGrantOption ? QStringLiteral(" with grant option") : QString());
        },
        [](const RevokePrivileges &r) {
            return QStringLiteral("revoke %1%2 on %3 %4 from %5%6")
                .arg(r.grantOptionOnly ? QStringLiteral("grant option for ") : QString(),
                     privilegeKeywords(r.privileges), objectKindName(r.object.kind), r.object.toDisplay(),
                     granteeDisplay(r.grantee),
                     r.grantor.isEmpty() ? QString() : QStringLiteral(" (granted by %1)").arg(r.grantor));
        },
        [](const GrantMembership &g) {
            return QStringLiteral("make %1 a member of %2%3")
                .arg(g.member, g.group, g.withAdminOption ? QStringLiteral(" with admin option") : QString());
        },
        [](const RevokeMembership &r) {
            return r.adminOptionOnly ? QStringLiteral("take admin option on %1 from %2").arg(r.group, r.member)
                                     : QStringLiteral("remove %1 from %2").arg(r.member, r.group);
        },
        [](const CreateRole &c) { return QStringLiteral("create role %1").arg(c.name); },
        [](const AlterRole &a) {
            return a.newName.isEmpty() ? QStringLiteral("alter role %1").arg(a.name)
                                       : QStringLiteral("rename role %1 to %2").arg(a.name, a.newName);
        },
        [](const DropRole &d) { return QStringLiteral("drop role %1").arg(d.name); },
        [](const DefaultPrivilegesChange &d) {
            return QStringLiteral("%1 default %2 on new %3 of %4%5 %6 %7")
                .arg(d.grant ? QStringLiteral("grant") : QStringLiteral("revoke"), privilegeKeywords(d.privileges),
                     objectKindName(d.kind), d.forRole,
                     d.schema.isEmpty() ? QString() : QStringLiteral(" in schema %1").arg(d.schema),
                     d.grant ? QStringLiteral("to") : QStringLiteral("from"), granteeDisplay(d.grantee));
        },
        [](const ModelRoleChange &m) {
            return (m.grant ? QStringLiteral("grant model role %1 to %2") : QStringLiteral("revoke model role %1 from %2"))
                .arg(ModelCatalog::roleName(m.kind), m.role);
        },
        [](const SchemaGroupCall &c) {
            switch (c.kind) {
            case SchemaGroupCall::Kind::Grant:
                return QStringLiteral("add %1 to schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::Revoke:
                return QStringLiteral("remove %1 from schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::CreateUser:
                return c.group.isEmpty() ? QStringLiteral("create user %1").arg(c.user)
                                         : QStringLiteral("create user %1 in schema group %2").arg(c.user, c.group);
            case SchemaGroupCall::Kind::RenameSchema:
                return QStringLiteral("rename schema %1 and its groups to %2").arg(c.schema, c.newName);
            }
            return QString();
        },
    }, change);
}

} // namespace roledesk
