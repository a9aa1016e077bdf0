#include "plan/conflictcheck.h"

#include "plan/sqlgenerator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace roledesk::conflictcheck {

namespace {

Privilege privilegeFromKeyword(QStringView word)
{
    for (Privilege p : allPrivileges())
        if (privilegeKeyword(p) == word)
            return p;
    return Privilege{};
}

/// An ACL as aclitem text, sorted, for people and for comparison: "alice=r*w/owner, PUBLIC=X/owner".
QString aclText(const NamedAcl &acl, const QString &emptyText)
{
    QStringList items;
    for (auto it = acl.cbegin(); it != acl.cend(); ++it) {
        QString letters;
        for (Privilege p : allPrivileges()) {
            if (!it->privileges.testFlag(p))
                continue;
            letters += privilegeLetter(p);
            if (it->grantOptions.testFlag(p))
                letters += u'*';
        }
        if (!letters.isEmpty())
            items << granteeDisplay(it.key().first) + u'=' + letters + u'/' + it.key().second;
    }
    return items.isEmpty() ? emptyText : items.join(QStringLiteral(", "));
}

/// \a acl as aclText() shows it: grant options only with their privilege, no grant without one.
NamedAcl pruned(NamedAcl acl)
{
    for (auto it = acl.begin(); it != acl.end();) {
        it->grantOptions &= it->privileges;
        it = it->privileges ? std::next(it) : acl.erase(it);
    }
    return acl;
}

NamedAcl aclFromSnapshot(const Snapshot &s, const QList<AclEntry> &entries)
{
    NamedAcl acl;
    for (const AclEntry &e : entries) {
        NamedAclItem &item = acl[{e.grantee == PublicOid ? QString() : s.roleName(e.grantee), s.roleName(e.grantor)}];
        item.privileges |= e.privileges;
        item.grantOptions |= e.grantOptions;
    }
    return pruned(acl);
}

NamedAcl aclFromJson(const QByteArray &json)
{
    NamedAcl acl;
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    for (const auto &row : rows) {
        const QJsonArray r = row.toArray();
        NamedAclItem &item = acl[{r.at(0).toString(), r.at(1).toString()}];
        const Privilege p = privilegeFromKeyword(r.at(2).toString());
        item.privileges |= p;
        if (r.at(3).toBool())
            item.grantOptions |= p;
    }
    return acl;
}

Privilege privilegeFromLetter(QChar letter)
{
    for (Privilege p : allPrivileges())
        if (privilegeLetter(p) == letter)
            return p;
    return Privilege{};
}

/// One role name of an aclitem as the server prints it (putid): double-quoted, a quote doubled,
/// when it holds anything but letters, digits and _; else bare, up to \a stop or the end.
/// Leaves \a pos after the name.
QString aclitemName(QStringView item, qsizetype &pos, QChar stop)
{
    if (pos >= item.size() || item[pos] != u'"') {
        qsizetype end = stop.isNull() ? -1 : item.indexOf(stop, pos);
        if (end < 0)
            end = item.size();
        const QString name = item.mid(pos, end - pos).toString();
        pos = end;
        return name;
    }
    QString name;
    for (++pos; pos < item.size(); ++pos) {
        if (item[pos] == u'"' && (pos + 1 >= item.size() || item[pos + 1] != u'"')) {
            ++pos;
            break;
        }
        if (item[pos] == u'"')
            ++pos; // a doubled quote stands for one
        name += item[pos];
    }
    return name;
}

/// An ACL as object_acls.sql returns it: a JSON array of aclitems ("alice=r*w/owner", "=X/owner"
/// for PUBLIC). Letters of privileges RoleDesk does not know are skipped, with their grant option.
NamedAcl aclFromItems(const QByteArray &json)
{
    NamedAcl acl;
    const QJsonArray items = QJsonDocument::fromJson(json).array();
    for (const auto &value : items) {
        const QString item = value.toString();
        qsizetype pos = 0;
        const QString grantee = aclitemName(item, pos, u'=');
        NamedAclItem parsed;
        Privilege last{};
        for (++pos; pos < item.size() && item[pos] != u'/'; ++pos) {
            if (item[pos] == u'*') {
                parsed.grantOptions |= last;
            } else {
                last = privilegeFromLetter(item[pos]);
                parsed.privileges |= last;
            }
        }
        ++pos;
        NamedAclItem &entry = acl[{grantee, aclitemName(item, pos, QChar())}];
        entry.privileges |= parsed.privileges;
        entry.grantOptions |= parsed.grantOptions;
    }
    return pruned(acl);
}

QString catalogOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Database: return QStringLiteral("database");
    case ObjectKind::Schema: return QStringLiteral("namespace");
    case ObjectKind::Column: return QStringLiteral("attribute");
    case ObjectKind::Function:
    case ObjectKind::Procedure: return QStringLiteral("proc");
    case ObjectKind::Type: return QStringLiteral("type");
    case ObjectKind::Language: return QStringLiteral("language");
    default: return QStringLiteral("class");
    }
}

/// An object's catalog row as one number: the catalog (as catalogOf() names it), the oid and,
/// for a column, its number.
quint64 oidKey(QStringView catalog, Oid oid, int attnum)
{
    static const QStringList catalogs{QStringLiteral("class"), QStringLiteral("attribute"), QStringLiteral("proc"),
                                      QStringLiteral("namespace"), QStringLiteral("type"), QStringLiteral("database"),
                                      QStringLiteral("language")};
    return (quint64(catalogs.indexOf(catalog) + 1) << 48) | (quint64(quint16(attnum)) << 32) | oid;
}

/// \a text as a JSON string, appended to \a out.
void appendJson(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += u'"';
}

QString refKey(const ObjectRef &r)
{
    return catalogOf(r.kind) + u'\x1f' + r.schema + u'\x1f' + r.name + u'\x1f' + r.arguments + u'\x1f' + r.column;
}

QString defaultAclType(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Sequence: return QStringLiteral("S");
    case ObjectKind::Function:
    case ObjectKind::Procedure: return QStringLiteral("f");
    case ObjectKind::Type: return QStringLiteral("T");
    case ObjectKind::Schema: return QStringLiteral("n");
    default: return QStringLiteral("r");
    }
}

QString roleText(bool super, bool inherit, bool createRole, bool createDb, bool login, bool replication,
                 bool bypassRls, int connLimit, const QDateTime &validUntil)
{
    QStringList w;
    w << QString::fromLatin1(super ? "SUPERUSER" : "NOSUPERUSER") << QString::fromLatin1(inherit ? "INHERIT" : "NOINHERIT")
      << QString::fromLatin1(createRole ? "CREATEROLE" : "NOCREATEROLE")
      << QString::fromLatin1(createDb ? "CREATEDB" : "NOCREATEDB") << QString::fromLatin1(login ? "LOGIN" : "NOLOGIN")
      << QString::fromLatin1(replication ? "REPLICATION" : "NOREPLICATION")
      << QString::fromLatin1(bypassRls ? "BYPASSRLS" : "NOBYPASSRLS")
      << QStringLiteral("CONNECTION LIMIT %1").arg(connLimit);
    if (validUntil.isValid())
        w << QStringLiteral("VALID UNTIL ") + validUntil.toUTC().toString(Qt::ISODate);
    return w.join(u' ');
}

QString membershipText(QStringList grants)
{
    if (grants.isEmpty())
        return QCoreApplication::translate("roledesk::PlanApplier", "(not a member)");
    grants.sort();
    return grants.join(QStringLiteral("; "));
}

QString membershipGrant(const QString &grantor, bool admin)
{
    return admin ? QCoreApplication::translate("roledesk::PlanApplier", "granted by %1, with admin option").arg(grantor) : QCoreApplication::translate("roledesk::PlanApplier", "granted by %1").arg(grantor);
}

} // namespace

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Request buildRequest(const Plan &plan, bool modelRolesAreMemberships)
{
    Request rq;
    QSet<QString> seenObjects, seenRoles, seenPairs, seenDefaults;
    // The objects go to the server as JSON text written here: a plan can touch tens of
    // thousands, and QJsonObject costs more than the query that reads them.
    auto addObject = [&](const ObjectRef &o) {
        const qsizetype before = seenObjects.size();
        seenObjects.insert(refKey(o));
        if (seenObjects.size() == before)
            return;
        rq.objectsJson += rq.objectRefs.isEmpty() ? QStringLiteral("[{\"i\":") : QStringLiteral(",{\"i\":");
        rq.objectsJson += QString::number(rq.objectRefs.size()) + QStringLiteral(",\"kind\":");
        appendJson(rq.objectsJson, objectKindName(o.kind));
        rq.objectsJson += QStringLiteral(",\"schema\":");
        appendJson(rq.objectsJson, o.schema);
        rq.objectsJson += QStringLiteral(",\"name\":");
        appendJson(rq.objectsJson, o.name);
        rq.objectsJson += QStringLiteral(",\"args\":");
        appendJson(rq.objectsJson, o.arguments);
        rq.objectsJson += QStringLiteral(",\"col\":");
        appendJson(rq.objectsJson, o.column);
        rq.objectsJson += u'}';
        rq.objectRefs << o;
    };
    auto addRole = [&](const QString &name) {
        if (name.isEmpty() || seenRoles.contains(name))
            return;
        seenRoles.insert(name);
        rq.roles.append(name);
    };
    auto addPair = [&](const QString &group, const QString &member) {
        rq.touchesSharedTables = true;
        const QString key = group + u'\x1f' + member;
        if (seenPairs.contains(key))
            return;
        seenPairs.insert(key);
        rq.memberships.append(QJsonObject{{QStringLiteral("i"), int(rq.membershipPairs.size())},
                                          {QStringLiteral("grp"), group},
                                          {QStringLiteral("member"), member}});
        rq.membershipPairs.push_back({group, member});
    };
    for (const Change &change : plan.changes()) {
        std::visit(Overloaded{
            [&](const GrantPrivileges &g) { addObject(g.object); },
            [&](const RevokePrivileges &r) { addObject(r.object); },
            [&](const GrantMembership &g) { addPair(g.group, g.member); },
            [&](const RevokeMembership &r) { addPair(r.group, r.member); },
            [&](const CreateRole &c) { addRole(c.name); },
            [&](const AlterRole &a) { addRole(a.name); addRole(a.newName); },
            [&](const DropRole &d) { addRole(d.name); },
            [&](const DefaultPrivilegesChange &d) {
                rq.touchesSharedTables = true;
                const QString type = defaultAclType(d.kind);
                const QString key = d.forRole + u'\x1f' + d.schema + u'\x1f' + type;
                if (seenDefaults.contains(key))
                    return;
                seenDefaults.insert(key);
                rq.defaultAcls.append(QJsonObject{{QStringLiteral("i"), int(rq.defaultAclKeys.size())},
                                                  {QStringLiteral("role"), d.forRole},
                                                  {QStringLiteral("schema"), d.schema},
                                                  {QStringLiteral("objtype"), type}});
                rq.defaultAclKeys << d;
            },
            [&](const ModelRoleChange &m) {
                if (modelRolesAreMemberships)
                    addPair(ModelCatalog::groupRoleName(m.kind), m.role);
            },
            [&](const SchemaGroupCall &c) {
                // Schema groups are group roles: what a call changes is a membership or a role.
                addRole(c.user);
                if (!c.group.isEmpty())
                    addPair(c.group, c.user);
            },
        }, change);
    }
    if (!rq.objectRefs.isEmpty())
        rq.objectsJson += u']';
    return rq;
}

pg::Error readState(pg::Connection &conn, const Request &rq, State &st, bool objectAcls)
{
    const QString emptyAcl = QCoreApplication::translate("roledesk::PlanApplier", "(no privileges)");
    if (!rq.objectRefs.isEmpty()) {
        const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/object_acls.sql")),
                                       {rq.objectsJson, objectAcls});
        if (!r.ok())
            return r.error();
        for (int i = 0; i < r.rows(); ++i) {
            const int index = int(r.integer(i, 0));
            const QString catalog = r.text(i, 1);
            const Oid oid = r.oid(i, 2);
            const int attnum = int(r.integer(i, 3));
            if (objectAcls)
                st.objectAcl.insert(index, aclFromItems(r.bytes(i, 4))); // a NULL column ACL: empty
            st.objectOidKey.insert(index, oidKey(catalog, oid, attnum));
            const QString oidText = QString::number(oid);
            if (catalog == u"class") st.classes.append(oidText);
            else if (catalog == u"proc") st.procs.append(oidText);
            else if (catalog == u"type") st.types.append(oidText);
            else if (catalog == u"namespace") st.namespaces.append(oidText);
            else if (catalog == u"database") st.databases.append(oidText);
            else if (catalog == u"language") st.languages.append(oidText);
            else if (catalog == u"attribute") st.attributes.append(QJsonArray{oidText, attnum});
        }
    }
    if (!rq.roles.isEmpty()) {
        const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/roles.sql")),
                                       {jsonText(rq.roles)});
        if (!r.ok())
            return r.error();
        for (int i = 0; i < r.rows(); ++i) {
            const QDateTime until = r.isNull(i, 10) ? QDateTime() : QDateTime::fromString(r.text(i, 10), Qt::ISODate);
            st.roles.insert(r.text(i, 0), roleText(r.boolean(i, 2), r.boolean(i, 3), r.boolean(i, 4), r.boolean(i, 5),
                                                   r.boolean(i, 6), r.boolean(i, 7), r.boolean(i, 8),
                                                   int(r.integer(i, 9)), until));
        }
    }
    if (!rq.memberships.isEmpty()) {
        const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/memberships.sql")),
                                       {jsonText(rq.memberships)});
        if (!r.ok())
            return r.error();
        for (int i = 0; i < r.rows(); ++i)
            st.memberships[int(r.integer(i, 0))] << membershipGrant(r.text(i, 1), r.boolean(i, 2));
    }
    if (!rq.defaultAcls.isEmpty()) {
        const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/default_acls.sql")),
                                       {jsonText(rq.defaultAcls)});
        if (!r.ok())
            return r.error();
        for (int i = 0; i < r.rows(); ++i) {
            st.defaultAcls.insert(int(r.integer(i, 0)), aclText(aclFromJson(r.bytes(i, 2)), emptyAcl));
            st.defaultAclOids.append(QString::number(r.oid(i, 1)));
        }
    }
    return {};
}

QList<ApplyConflict> compare(const Request &rq, const State &st, const Snapshot &base, int &objectsCompared)
{
    QList<ApplyConflict> out;
    const QString emptyAcl = QCoreApplication::translate("roledesk::PlanApplier", "(no privileges)");
    const QString absent = QCoreApplication::translate("roledesk::PlanApplier", "(does not exist)");

    if (!rq.objectRefs.isEmpty()) {
        QHash<quint64, int> byOid;
        byOid.reserve(base.objects.size());
        for (int i = 0; i < base.objects.size(); ++i) {
            const CatalogObject &o = base.objects.at(i);
            byOid.insert(oidKey(catalogOf(o.kind), o.oid, o.kind == ObjectKind::Column ? o.attnum : 0), i);
        }
        // By name only for objects not found by oid (gone, or dropped and created again): built
        // on first need, as most plans never need it.
        QHash<QString, int> byRef;
        const auto atRefOf = [&](const ObjectRef &ref) {
            if (byRef.isEmpty()) {
                byRef.reserve(base.objects.size());
                for (int i = 0; i < base.objects.size(); ++i)
                    byRef.insert(refKey(ObjectRef::fromSnapshot(base, i)), i);
            }
            return byRef.value(refKey(ref), -1);
        };
        const auto label = [](const ObjectRef &ref) { return objectKindName(ref.kind) + u' ' + ref.toDisplay(); };
        const auto snapshotAcl = [&](int at) { return aclFromSnapshot(base, base.objects.at(at).acl); };
        for (int i = 0; i < rq.objectRefs.size(); ++i) {
            const ObjectRef &ref = rq.objectRefs.at(i);
            const auto found = st.objectAcl.constFind(i);
            if (found == st.objectAcl.cend()) {
                if (const int atRef = atRefOf(ref); atRef >= 0) {
                    ++objectsCompared;
                    out.push_back({label(ref), aclText(snapshotAcl(atRef), emptyAcl), absent});
                }
                continue;
            }
            const int at = byOid.value(st.objectOidKey.value(i), -1);
            if (at < 0) {
                if (const int atRef = atRefOf(ref); atRef >= 0) { // dropped and created again since the snapshot
                    ++objectsCompared;
                    out.push_back({label(ref), aclText(snapshotAcl(atRef), emptyAcl),
                                   QCoreApplication::translate("roledesk::PlanApplier", "a new object of that name: %1").arg(aclText(*found, emptyAcl))});
                    continue;
                }
                if (ref.kind != ObjectKind::Column)
                    continue; // not in the snapshot (e.g. a system schema): nothing to compare with
            }
            // The snapshot lists only columns with grants: one it does not list had none.
            const NamedAcl expected = at >= 0 ? snapshotAcl(at) : NamedAcl();
            ++objectsCompared;
            if (expected != *found)
                out.push_back({label(ref), aclText(expected, emptyAcl), aclText(*found, emptyAcl)});
        }
    }

    QHash<QString, int> roleByName;
    for (int i = 0; i < base.roles.size(); ++i)
        roleByName.insert(base.roles.at(i).name, i);
    for (const auto &name : rq.roles) {
        const QString n = name.toString();
        const int at = roleByName.value(n, -1);
        QString expected = absent;
        if (at >= 0) {
            const Role &r = base.roles.at(at);
            expected = roleText(r.superuser, r.inherit, r.createRole, r.createDb, r.canLogin, r.replication,
                                r.bypassRls, r.connectionLimit, r.validUntil);
        }
        const QString found = st.roles.value(n, absent);
        if (expected != found)
            out.push_back({QStringLiteral("role ") + n, expected, found});
    }

    for (int i = 0; i < rq.membershipPairs.size(); ++i) {
        const auto &[group, member] = rq.membershipPairs.at(i);
        QStringList grants;
        const int g = roleByName.value(group, -1), m = roleByName.value(member, -1);
        if (g >= 0 && m >= 0) {
            for (const Membership &ms : base.memberships)
                if (!ms.implicit && ms.group == base.roles.at(g).oid && ms.member == base.roles.at(m).oid)
                    grants << membershipGrant(base.roleName(ms.grantor), ms.adminOption);
        }
        const QString expected = membershipText(grants);
        const QString found = membershipText(st.memberships.value(i));
        if (expected != found)
            out.push_back({QStringLiteral("membership %1 \u2192 %2").arg(group, member), expected, found});
    }

    const QString builtIn = QCoreApplication::translate("roledesk::PlanApplier", "(built-in defaults)");
    for (int i = 0; i < rq.defaultAclKeys.size(); ++i) {
        const DefaultPrivilegesChange &d = rq.defaultAclKeys.at(i);
        QString expected = builtIn;
        for (const DefaultAcl &acl : base.defaultAcls) {
            if (acl.schema == d.schema && defaultAclType(acl.kind) == defaultAclType(d.kind)
                && acl.role != 0 && base.roleName(acl.role) == d.forRole)
                expected = aclText(aclFromSnapshot(base, acl.acl), builtIn);
        }
        const QString found = st.defaultAcls.value(i, builtIn);
        if (expected != found)
            out.push_back({QStringLiteral("default privileges of ") + d.forRole
                               + (d.schema.isEmpty() ? QString() : QStringLiteral(" in schema ") + d.schema) + u' '
                               + sqlgen::defaultPrivilegesObjects(d.kind).toLower(),
                           expected, found});
    }

    return out;
}

} // namespace roledesk::conflictcheck
