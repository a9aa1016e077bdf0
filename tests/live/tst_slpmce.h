#pragma once

// The executable specification of slpm_ce, one test class in three files by subject:
// tst_slpmce.cpp (fixture, enable, migrate, every group's rights, objects and schemas made later),
// tst_slpmce_refusals.cpp (what is refused while SLPM is on, attacks, schema rename) and
// tst_slpmce_lifecycle.cpp (disable, enable again, cleanup, enable after cleanup).

#include "sandbox.h"

#include "pg/identifier.h"

#include <QTest>

#include <map>
#include <memory>

namespace slpmt {

inline const QString kDb = QStringLiteral("slpmt_db");
inline const QString kSquatDb = QStringLiteral("slpmt_squat");
// A second database with SLPM, dropped before its groups are cleaned up from kDb.
inline const QString kOtherDb = QStringLiteral("slpmt_other");
inline QString group(const QString &rest) { return kDb + u'.' + rest; }
// A role named like a group of kOtherDb, without slpm_ce's comment: cleanup leaves it alone.
inline const QString kOtherLookalike = QStringLiteral("slpmt_other.fake.viewer");
// A role that a superuser made with a group's name; slpm_ce did not make it.
inline const QString kLookalike = QStringLiteral("slpmt_db.lookalike.viewer");

// Login roles of the test (the groups are found through their names, below).
inline const QStringList kUsers = {QStringLiteral("slpmt_oldowner"), QStringLiteral("slpmt_dev"), QStringLiteral("slpmt_wri"),
                            QStringLiteral("slpmt_vie"), QStringLiteral("slpmt_adm"), QStringLiteral("slpmt_mixvie"),
                            QStringLiteral("slpmt_bymgr"), QStringLiteral("slpmt_none"),
                            QStringLiteral("slpmt_attacker"), QStringLiteral("slpmt_nobody"),
                            QStringLiteral("slpmt_squatter"), QStringLiteral("slpmt_x"), QStringLiteral("slpmt_q\"; x"),
                            QStringLiteral("slpmt_super"), QStringLiteral("slpmt_ou")};
inline const QStringList kSchemas = {QStringLiteral("sales"), QStringLiteral("Mixed Case"), QStringLiteral("public"),
                              QStringLiteral("Later Schema"), QStringLiteral("sneaky"), QStringLiteral("Renamed Schema"),
                              QStringLiteral("Mixed Renamed"), QStringLiteral("mixed2"), QStringLiteral("mixed3")};
inline const QStringList kOtherSchemas = {QStringLiteral("public"), QStringLiteral("S x")};

inline const char *const kFixture = R"SQL(
CREATE ROLE slpmt_oldowner LOGIN;
CREATE SCHEMA sales AUTHORIZATION slpmt_oldowner;
CREATE SCHEMA "Mixed Case";
SET ROLE slpmt_oldowner;
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
CREATE VIEW "Mixed Case"."View X" AS SELECT id, v FROM "Mixed Case"."Tab X";
CREATE SEQUENCE "Mixed Case"."Seq X";
CREATE FUNCTION "Mixed Case"."Fn X"() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE public.pt (a integer);
)SQL";

} // namespace slpmt

using namespace roledesk;
using namespace slpmt;

/// slpm_ce (resources/extensions/slpm_ce) as an executable specification of Hologres' SLPM on
/// community PostgreSQL: a fresh database with objects in a lower-case and a mixed-case schema is
/// enabled and migrated in batches of two; users join each group through the procedures, as the
/// superuser and as an admin member who logs in; every group's rights are read back with
/// has_*_privilege; every refusal leaves the catalog as it was; settings and an attacker's
/// SECURITY DEFINER function do not get around the checks; a schema is renamed with its groups by
/// an admin member and by the superuser; disable gives PUBLIC its rights back; cleanup drops the
/// groups in batches and hands their objects to its caller, also for a database that was dropped;
/// enabling again after cleanup works. The slots run in order and build on each other.
class TstSlpmCe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void squattedSchemaRefused();
    void enableAndMigrate();
    void databaseAndSchemaRights_data();
    void databaseAndSchemaRights();
    void createUsers();
    void objectRights_data();
    void objectRights();
    void procedureRights_data();
    void procedureRights();
    void developerCreatesLater();
    void adminCreatesSchema();
    void setSchemaMovesToNewGroups();
    void refusals_data();
    void refusals();
    void settingsDoNotBypass();
    void definerFunctionOfAnAttacker();
    void renameSchema();
    void disable();
    void enableAgain();
    void cleanupAfterDisable();
    void cleanupDroppedDatabase();
    void enableAfterCleanup();
    void cleanupTestCase();

private:
    void dropFixture();
    /// Owners, ACLs, memberships, schema names, the state: what no refusal may change.
    QString state();
    /// A connection of \a user (a login role; "postgres" for the superuser; "postgres>role" for
    /// the superuser's session under SET ROLE role), opened once.
    pg::Connection &as(const QString &user);
    /// The objects of the schemas with groups that their developer group does not own yet,
    /// counted from the catalog without the extension's help.
    int notHandedOver();

    pg::Connection m_root;   // database postgres, superuser
    pg::Connection m_conn;   // the test database, superuser
    std::map<QString, std::unique_ptr<pg::Connection>> m_users;
};
