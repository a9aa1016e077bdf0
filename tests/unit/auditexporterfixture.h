#pragma once

// The catalog both audit export tests (tst_auditexporter: the formats; tst_auditexportstream:
// writing, streaming and views) work on, built by hand: no database needed.

#include "catalog/snapshot.h"
#include "export/auditexporter.h"
#include "privileges/effectiverights.h"

#include <QBuffer>
#include <QDebug>

#include <memory>

namespace roledesk::testing::audit {

/// Every privilege a table can have.
inline constexpr Privileges relationAll = Privilege::Select | Privilege::Insert | Privilege::Update
                                          | Privilege::Delete | Privilege::Truncate | Privilege::References
                                          | Privilege::Trigger;

/// The roles of makeSnapshot(), by oid.
enum : Oid { Alice = 10, Bob = 11, Readers = 12, Zoe = 13, ReadAll = 14, Angle = 15, Root = 16 };

// Names with the characters each format must escape.
inline const QString bobName = QStringLiteral("bob, the \"builder\"");
inline const QString readersName = QStringLiteral("readers\nteam");
inline const QString zoeName = QString::fromUtf8("Zo\u00eb_\u65e5\u672c");
inline const QString angleName = QStringLiteral("a<b>&c");
inline const QString tableName = QStringLiteral("Orders \"2024\"\nQ1");

/// A role, a login unless \a login is false.
inline Role role(Oid oid, const QString &name, bool login = true)
{
    Role r;
    r.oid = oid;
    r.name = name;
    r.canLogin = login;
    return r;
}

/// An object owned by alice with \a acl.
inline CatalogObject object(ObjectKind kind, Oid oid, const QString &schema, const QString &name, QList<AclEntry> acl)
{
    CatalogObject o;
    o.kind = kind;
    o.oid = oid;
    o.schema = schema;
    o.name = name;
    o.owner = Alice;
    o.acl = std::move(acl);
    return o;
}

/// A small catalog with awkward names: commas, quotes, line breaks, markup, non-ASCII.
inline SnapshotPtr makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->database = QStringLiteral("audit \"db\"");
    s->currentUser = QStringLiteral("alice");
    s->serverVersion = QStringLiteral("15.6");
    s->serverVersionNum = 150006;
    s->takenAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    s->roles = {role(Alice, QStringLiteral("alice")), role(Bob, bobName), role(Readers, readersName, false),
                role(Zoe, zoeName), role(ReadAll, QStringLiteral("pg_read_all_data"), false),
                role(Angle, angleName), role(Root, QStringLiteral("root"))};
    s->roles[4].predefined = true;
    s->roles[6].superuser = true;
    s->index();
    s->memberships = {{Readers, Bob, Alice, false, true, false}, {ReadAll, Zoe, Root, false, true, false}};
    const QString sales = QStringLiteral("sales, eu");
    s->objects = {
        object(ObjectKind::Database, 1, {}, QStringLiteral("db1"),
               {{PublicOid, Alice, Privilege::Connect | Privilege::Temporary, {}},
                {Alice, Alice, Privilege::Create | Privilege::Connect | Privilege::Temporary,
                 Privilege::Create | Privilege::Connect | Privilege::Temporary}}),
        object(ObjectKind::Schema, 2, {}, sales,
               {{Alice, Alice, Privilege::Usage | Privilege::Create, Privilege::Usage | Privilege::Create},
                {Readers, Alice, Privilege::Usage, {}}}),
        object(ObjectKind::Table, 3, sales, tableName,
               {{Alice, Alice, relationAll, relationAll},
                {Bob, Alice, Privilege::Select, Privilege::Select},
                {Readers, Alice, Privilege::Insert, {}}}),
        object(ObjectKind::Function, 4, sales, QStringLiteral("f(integer,text)"),
               {{Alice, Alice, Privilege::Execute, Privilege::Execute}, {Readers, Alice, Privilege::Execute, {}}}),
        object(ObjectKind::Column, 3, sales, tableName + QStringLiteral(".id"), {{Zoe, Alice, Privilege::Update, {}}}),
        // Held by everyone through PUBLIC, and still never exported (see the audit's object_type).
        object(ObjectKind::Language, 5, {}, QStringLiteral("plpgsql"),
               {{PublicOid, Alice, Privilege::Usage, {}}, {Bob, Alice, Privilege::Usage, Privilege::Usage}}),
    };
    s->objects[4].parent = 2;
    s->objects[4].attnum = 1;
    s->objects[4].column = QStringLiteral("id");
    return s;
}

/// The export of \a rights with \a options, as written to a buffer (a warning if it failed).
inline QByteArray exportAs(const EffectiveRights &rights, AuditOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AuditExporter exporter(rights, options);
    if (!exporter.write(&buffer))
        qWarning() << "export failed:" << exporter.errorString();
    return buffer.data();
}

} // namespace roledesk::testing::audit
