#include "people/personprofilejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace roledesk {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject loginObject(const PersonLoginFacts &l)
{
    const Role &a = l.attributes;
    const QJsonObject attributes{
        {QStringLiteral("can_login"), a.canLogin},
        {QStringLiteral("superuser"), a.superuser},
        {QStringLiteral("create_role"), a.createRole},
        {QStringLiteral("create_db"), a.createDb},
        {QStringLiteral("bypass_rls"), a.bypassRls},
        {QStringLiteral("inherit"), a.inherit},
        {QStringLiteral("replication"), a.replication},
        {QStringLiteral("connection_limit"), a.connectionLimit},
        {QStringLiteral("valid_until"), a.validUntil.isNull() ? QJsonValue()
                                                              : QJsonValue(a.validUntil.toUTC().toString(Qt::ISODate))}};
    QJsonArray memberships;
    for (const PersonMembership &m : l.memberships)
        memberships << QJsonObject{{QStringLiteral("group"), m.group},
                                   {QStringLiteral("chain"), strings(m.chain)},
                                   {QStringLiteral("admin_option"), m.adminOption},
                                   {QStringLiteral("inherited"), m.inherited}};
    QJsonArray groups;
    for (const LintGroup &g : l.schemaGroups)
        groups << QJsonObject{{QStringLiteral("group"), g.group},
                              {QStringLiteral("schema"), g.schema},
                              {QStringLiteral("level"), schemagroups::levelName(g.level)},
                              {QStringLiteral("chain"), strings(g.chain)}};
    QJsonArray modelRoles;
    for (const LintModelRole &r : l.modelRoles)
        modelRoles << QJsonObject{{QStringLiteral("role"), ModelCatalog::roleName(r.role)},
                                  {QStringLiteral("chain"), strings(r.chain)}};
    QJsonArray models;
    for (const PersonModelUse &m : l.models)
        models << QJsonObject{{QStringLiteral("model"), m.model},
                              {QStringLiteral("function"), m.function},
                              {QStringLiteral("lineage"), m.lineage}};
    QJsonArray rights;
    for (const PersonRight &r : l.rights)
        rights << QJsonObject{{QStringLiteral("object"), r.object},
                              {QStringLiteral("kind"), objectKindName(r.kind)},
                              {QStringLiteral("privilege"), privilegeKeyword(r.privilege)},
                              {QStringLiteral("grantable"), r.grantable},
                              {QStringLiteral("lineage"), r.lineage}};
    return QJsonObject{{QStringLiteral("login"), l.login},
                       {QStringLiteral("how"), l.how},
                       {QStringLiteral("exists"), l.exists},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("may_connect"), l.mayConnect},
                       {QStringLiteral("connect_lineage"), l.connectLineage},
                       {QStringLiteral("memberships"), memberships},
                       {QStringLiteral("schema_groups"), groups},
                       {QStringLiteral("model_roles"), modelRoles},
                       {QStringLiteral("models"), models},
                       {QStringLiteral("rights"), rights},
                       {QStringLiteral("public_only_rights"), l.publicOnlyRights},
                       {QStringLiteral("superuser_only_rights"), l.superuserOnlyRights}};
}

} // namespace

QJsonObject PersonProfileJson::toObject(const PersonDatabase &database)
{
    QJsonArray logins;
    for (const PersonLoginFacts &l : database.logins)
        logins << loginObject(l);
    return QJsonObject{{QStringLiteral("database"), database.database},
                       {QStringLiteral("error"), database.error.isEmpty() ? QJsonValue() : QJsonValue(database.error)},
                       {QStringLiteral("warnings"), strings(database.warnings)},
                       {QStringLiteral("logins"), logins}};
}

QJsonObject PersonProfileJson::toObject(const PersonProfile &profile)
{
    QJsonArray roles;
    for (const PersonPlatformRole &r : profile.platformRoles)
        roles << QJsonObject{{QStringLiteral("role"), r.grant.role},
                             {QStringLiteral("role_name"), r.roleName},
                             {QStringLiteral("project"), r.grant.project.isEmpty() ? QJsonValue() : QJsonValue(r.grant.project)},
                             {QStringLiteral("source"), r.grant.source == PlatformRoleGrant::Source::Manual
                                                            ? QStringLiteral("manual") : QStringLiteral("rule")},
                             {QStringLiteral("rule"), r.grant.rule},
                             {QStringLiteral("group_path"), strings(r.grant.groupPath)},
                             {QStringLiteral("why"), r.why}};
    QJsonArray logins;
    for (const PersonLogin &l : profile.logins)
        logins << QJsonObject{{QStringLiteral("login"), l.login}, {QStringLiteral("how"), l.how}};
    QJsonArray databases;
    for (const PersonDatabase &d : profile.databases)
        databases << toObject(d);
    return QJsonObject{{QStringLiteral("person"), profile.person},
                       {QStringLiteral("name"), profile.displayName},
                       {QStringLiteral("platform_roles"), roles},
                       {QStringLiteral("logins"), logins},
                       {QStringLiteral("no_login"), profile.noLogin},
                       {QStringLiteral("problems"), strings(profile.problems)},
                       {QStringLiteral("databases"), databases}};
}

QByteArray PersonProfileJson::toJson(const PersonProfile &profile)
{
    return QJsonDocument(toObject(profile)).toJson(QJsonDocument::Indented);
}

} // namespace roledesk
