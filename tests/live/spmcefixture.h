#pragma once

// SPM in slpm_ce (resources/extensions/slpm_ce), Hologres' simple permission model at database
// level on community PostgreSQL 15, is specified by three test programs that share this fixture:
// tst_spmce (enable, migrate, the users in the groups, every group's rights, objects and a schema
// made later), tst_spmce_refusals (what is refused while SPM is on, attacks, the same under SET
// ROLE, a mixed-case dotted database name) and tst_spmce_lifecycle (cleanup of a dropped database's
// groups, disable, cleanup, switching between SPM and SLPM). Each program makes spmt_db afresh in
// its initTestCase and drops it with every spmt role in its cleanupTestCase, so they run one after
// another (their ctest entries share a RESOURCE_LOCK).

#include "sandbox.h"

#include "pg/identifier.h"

#include <QTest>

#include <map>
#include <memory>
#include <utility>

namespace spmt {

inline const QString kDb = QStringLiteral("spmt_db");
inline const QString kSquatDb = QStringLiteral("spmt_squat");
// A database whose name has capitals, a dot and a space: its groups are '"Spm.Db X_viewer"'.
inline const QString kMixedDb = QStringLiteral("Spm.Db X");
// A database with SPM that is dropped before its groups are cleaned up from kDb.
inline const QString kGoneDb = QStringLiteral("spmt_gone");
inline const QStringList kKinds = {QStringLiteral("admin"), QStringLiteral("developer"), QStringLiteral("writer"),
                                   QStringLiteral("viewer")};
inline QString group(const QString &kind) { return kDb + u'_' + kind; }
inline QString quoted(const QString &name) { return roledesk::pg::quoteIdent(name); }

inline const QStringList kUsers = {QStringLiteral("spmt_oldowner"), QStringLiteral("spmt_dev"), QStringLiteral("spmt_wri"),
                                   QStringLiteral("spmt_vie"), QStringLiteral("spmt_adm"), QStringLiteral("spmt_bymgr"),
                                   QStringLiteral("spmt_nobody"), QStringLiteral("spmt_x"), QStringLiteral("spmt_mixdb"),
                                   QStringLiteral("spmt_later")};
// Schemas that SLPM gives groups when the test switches models.
inline const QStringList kSchemas = {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public"),
                                     QStringLiteral("Later Schema"), QStringLiteral("sneaky")};

inline const char *const kFixture = R"SQL(
CREATE ROLE spmt_oldowner LOGIN;
CREATE SCHEMA sales AUTHORIZATION spmt_oldowner;
CREATE SCHEMA "Mixed Case";
SET ROLE spmt_oldowner;
CREATE TABLE sales.t (id serial PRIMARY KEY, v text);
INSERT INTO sales.t (v) VALUES ('one');
CREATE VIEW sales.v AS SELECT id, v FROM sales.t;
CREATE MATERIALIZED VIEW sales.mv AS SELECT id FROM sales.t;
CREATE SEQUENCE sales.s;
CREATE FUNCTION sales.f(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + 1';
CREATE PROCEDURE sales.p() LANGUAGE sql AS 'SELECT 1';
CREATE TYPE sales.mood AS ENUM ('calm', 'busy');
RESET ROLE;
CREATE TABLE "Mixed Case"."Tab X" (id integer GENERATED ALWAYS AS IDENTITY, v text);
INSERT INTO "Mixed Case"."Tab X" (v) VALUES ('mixed');
CREATE VIEW "Mixed Case"."View X" AS SELECT id, v FROM "Mixed Case"."Tab X";
CREATE SEQUENCE "Mixed Case"."Seq X";
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE "Mixed Case"."Proc X"() LANGUAGE sql AS 'SELECT 1';
CREATE TABLE public.pt (a integer);
)SQL";

/// The users the superuser puts into each group, the group literal double-quoted or not (the
/// names are lower case).
inline const QList<std::pair<QString, QString>> kGroupUsers = {
    {QStringLiteral("spmt_dev"), group(QStringLiteral("developer"))},
    {QStringLiteral("spmt_wri"), u'"' + group(QStringLiteral("writer")) + u'"'},
    {QStringLiteral("spmt_vie"), group(QStringLiteral("viewer")).toUpper()},
    {QStringLiteral("spmt_adm"), group(QStringLiteral("admin"))},
};

/// The database kDb with slpm_ce, its groups and users; the superuser's connections and the users'
/// sessions; the catalog read back. Its steps check what they do (QVERIFY): after one, a caller
/// goes on only while QTest::currentTestFailed() is false.
class Fixture {
protected:
    /// Drops what an earlier run left, makes kDb with kFixture and installs slpm_ce (not enabled).
    void createDatabase();
    /// The state tst_spmce's slots leave behind, for the programs that build on it: kDb made,
    /// SPM enabled and migrated, kGroupUsers and spmt_nobody made, the developer's later objects
    /// and the admin's "Later Schema" with a table of the admin's and one of the developer's.
    void createMigratedDatabase();
    /// As the superuser: kGroupUsers into their groups, spmt_nobody into none.
    void createGroupUsers();
    /// As a developer member: a table, a function, a view, a sequence and a procedure in the two
    /// schemas after migration.
    void developerCreatesObjects();
    /// As an admin member: the schema "Later Schema" and a table x in it.
    void adminCreatesLaterSchema();
    /// Drops the databases and the roles, and checks that no spmt role is left.
    void dropAll();

    void dropFixture();
    /// Owners, ACLs, memberships, roles, the state: what no refusal may change.
    QString state();
    /// A connection of \a user ("postgres" for the superuser; "postgres>role" for the superuser's
    /// session under SET ROLE role), opened once.
    roledesk::pg::Connection &as(const QString &user);
    /// The privileges \a role holds on \a object of \a kind (table, sequence, function), in order.
    QString privileges(const QString &role, const QString &kind, const QString &object);

    roledesk::pg::Connection m_root;   // database postgres, superuser
    roledesk::pg::Connection m_conn;   // the test database, superuser
    std::map<QString, std::unique_ptr<roledesk::pg::Connection>> m_users;
};

} // namespace spmt
