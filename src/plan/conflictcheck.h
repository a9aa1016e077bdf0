#pragma once

// The conflict check of PlanApplier: what a plan touches (objects, roles, memberships, default
// privileges), read from the server and compared with the snapshot the plan was made on.

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "pg/error.h"
#include "plan/applier.h"
#include "plan/plan.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace roledesk::conflictcheck {

/// One grantor's grant to one grantee, with role names ("" for PUBLIC).
struct NamedAclItem {
    Privileges privileges;
    Privileges grantOptions; ///< only of privileges held
    friend bool operator==(const NamedAclItem &, const NamedAclItem &) = default;
};
/// An ACL by (grantee, grantor), with no item that grants nothing: two are equal exactly when
/// they show as the same aclitems.
using NamedAcl = QMap<std::pair<QString, QString>, NamedAclItem>;

/// What the conflict check reads for one plan, keyed the same way for the snapshot and the server.
struct Request {
    QString objectsJson; ///< JSON text: [{"i": n, "kind": k, "schema": s, "name": n, "args": a, "col": c}, ...]
    QJsonArray roles, memberships, defaultAcls;
    QList<ObjectRef> objectRefs;
    QList<std::pair<QString, QString>> membershipPairs;
    QList<DefaultPrivilegesChange> defaultAclKeys;
    bool touchesSharedTables = false; // memberships or default privileges
};

/// The request for \a plan. \a modelRolesAreMemberships: in pgx_inference_ce a model role is a
/// membership of a group role (pgx_model_owner, pgx_system_administrator) and is checked and
/// locked as one. Where the vendor's pgx_inference keeps them is not documented, so with that
/// extension (or when the snapshot could not read the holders) they are not checked.
Request buildRequest(const Plan &plan, bool modelRolesAreMemberships);

/// The state of what a plan touches, per item, plus the catalog rows to lock.
struct State {
    QHash<int, NamedAcl> objectAcl;     // request index -> ACL (missing: object absent)
    QHash<int, quint64> objectOidKey;   // request index -> catalog, oid and column number
    QHash<QString, QString> roles;      // name -> attributes
    QHash<int, QStringList> memberships;
    QHash<int, QString> defaultAcls;
    QJsonArray classes, procs, types, namespaces, databases, defaultAclOids, attributes, languages;
};

/// Reads the current state of what \a rq names from the server (object ACLs, roles, memberships,
/// default ACLs, and the oids of the catalog rows to lock). Without \a objectAcls the objects are
/// only found (State::objectAcl stays empty): enough to lock their rows. Returns a null Error on
/// success.
pg::Error readState(pg::Connection &conn, const Request &rq, State &st, bool objectAcls);

/// Compares the server's state with the snapshot's; \a objectsCompared counts the objects the
/// snapshot had an ACL for (those it does not hold, e.g. system schemas, have nothing to compare).
QList<ApplyConflict> compare(const Request &rq, const State &st, const Snapshot &base, int &objectsCompared);

/// A JSON array as compact text, for a bound parameter.
QString jsonText(const QJsonArray &array);

} // namespace roledesk::conflictcheck
