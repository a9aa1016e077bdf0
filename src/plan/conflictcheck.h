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
#include <QString>
#include <QStringList>

#include <utility>

namespace roledesk::conflictcheck {

/// What the conflict check reads for one plan, keyed the same way for the snapshot and the server.
struct Request {
    QJsonArray objects, roles, memberships, defaultAcls;
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

/// The state of what a plan touches, as text per item, plus the catalog rows to lock.
struct State {
    QHash<int, QString> objectAcl;      // request index -> ACL text (missing: object absent)
    QHash<int, QString> objectOidKey;   // request index -> oidKey
    QHash<QString, QString> roles;      // name -> attributes
    QHash<int, QStringList> memberships;
    QHash<int, QString> defaultAcls;
    QJsonArray classes, procs, types, namespaces, databases, defaultAclOids, attributes, languages;
};

/// Reads the current state of what \a rq names from the server (object ACLs, roles, memberships,
/// default ACLs, and the oids of the catalog rows to lock). Returns a null Error on success.
pg::Error readState(pg::Connection &conn, const Request &rq, State &st);

/// Compares the server's state with the snapshot's.
QList<ApplyConflict> compare(const Request &rq, const State &st, const Snapshot &base);

/// A JSON array as compact text, for a bound parameter.
QString jsonText(const QJsonArray &array);

} // namespace roledesk::conflictcheck
