#pragma once

// A Snapshot built by hand for the model tests: no database needed.

#include "catalog/snapshot.h"

#include <memory>

namespace roledesk::testing {

enum : Oid {
    Postgres = 10, Alice = 100, Analysts = 101, Readers = 102, Bob = 103, AppOwner = 104,
    ReadAllData = 105, Auditor = 106, DatabaseOwner = 107,
};

inline Role makeRole(Oid oid, const char *name, bool login, bool super = false, bool predefined = false)
{
    Role r;
    r.oid = oid;
    r.name = QString::fromLatin1(name);
    r.canLogin = login;
    r.superuser = super;
    r.predefined = predefined;
    return r;
}

inline AclEntry acl(Oid grantee, Oid grantor, Privileges privs, Privileges options = {})
{
    return AclEntry{grantee, grantor, privs, options};
}

inline CatalogObject object(ObjectKind kind, Oid oid, const char *schema, const char *name, Oid owner,
                            QList<AclEntry> entries, int parent = -1)
{
    CatalogObject o;
    o.kind = kind;
    o.oid = oid;
    o.schema = QString::fromLatin1(schema);
    o.name = QString::fromLatin1(name);
    o.owner = owner;
    o.acl = std::move(entries);
    o.parent = parent;
    return o;
}

/// Object indexes in the snapshot below.
enum ObjectIndex { DbObj, SalesSchema, HrSchema, OrdersTable, TotalsView, EmpTable, RaiseFunc, EmpIdColumn };

/// alice -> analysts -> readers; bob -> readers without inherit; auditor -> pg_read_all_data;
/// app_owner owns the schemas and their objects; postgres is the superuser.
inline SnapshotPtr makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->database = QStringLiteral("fixture");
    s->databaseOwner = Postgres;
    s->currentUser = QStringLiteral("postgres");
    s->takenAt = QDateTime::currentDateTimeUtc();
    s->roles = {
        makeRole(Postgres, "postgres", true, true),
        makeRole(Alice, "alice", true),
        makeRole(Analysts, "analysts", false),
        makeRole(Readers, "readers", false),
        makeRole(Bob, "bob", true),
        makeRole(AppOwner, "app_owner", true),
        makeRole(ReadAllData, "pg_read_all_data", false, false, true),
        makeRole(Auditor, "auditor", true),
        makeRole(DatabaseOwner, "pg_database_owner", false, false, true),
    };
    s->roles[4].inherit = false;
    s->roles[4].connectionLimit = 3;
    s->memberships = {
        Membership{Readers, Analysts, Postgres, false, true, false},
        Membership{Analysts, Alice, Postgres, true, true, false},
        Membership{Readers, Bob, Postgres, false, false, false},
        Membership{ReadAllData, Auditor, Postgres, false, true, false},
        Membership{DatabaseOwner, Postgres, 0, false, true, true},
    };
    const Privileges tableAll = Privilege::Select | Privilege::Insert | Privilege::Update
                                | Privilege::Delete | Privilege::Truncate | Privilege::References
                                | Privilege::Trigger;
    s->objects = {
        object(ObjectKind::Database, 1, "", "fixture", Postgres,
               {acl(PublicOid, Postgres, Privilege::Connect | Privilege::Temporary),
                acl(Postgres, Postgres, Privilege::Connect | Privilege::Temporary | Privilege::Create)}),
        object(ObjectKind::Schema, 2, "", "sales", AppOwner,
               {acl(AppOwner, AppOwner, Privilege::Usage | Privilege::Create),
                acl(Readers, AppOwner, Privilege::Usage)}),
        object(ObjectKind::Schema, 3, "", "hr", AppOwner,
               {acl(AppOwner, AppOwner, Privilege::Usage | Privilege::Create)}),
        object(ObjectKind::Table, 4, "sales", "orders", AppOwner,
               {acl(AppOwner, AppOwner, tableAll),
                acl(Readers, AppOwner, Privilege::Select),
                acl(Alice, AppOwner, Privilege::Update, Privilege::Update)}),
        object(ObjectKind::View, 5, "sales", "totals", AppOwner,
               {acl(AppOwner, AppOwner, tableAll), acl(PublicOid, AppOwner, Privilege::Select)}),
        object(ObjectKind::Table, 6, "hr", "emp", AppOwner, {acl(AppOwner, AppOwner, tableAll)}),
        object(ObjectKind::Function, 7, "hr", "raise(integer)", AppOwner,
               {acl(PublicOid, AppOwner, Privilege::Execute), acl(AppOwner, AppOwner, Privilege::Execute)}),
        object(ObjectKind::Column, 6, "hr", "emp.id", AppOwner,
               {acl(Alice, AppOwner, Privilege::Select)}, EmpTable),
    };
    s->objects[EmpIdColumn].attnum = 1;
    s->objects[EmpIdColumn].column = QStringLiteral("id");
    s->index();
    return s;
}

} // namespace roledesk::testing
