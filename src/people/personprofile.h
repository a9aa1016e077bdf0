#pragma once

#include "catalog/privilege.h"
#include "catalog/snapshot.h"
#include "lint/lintfacts.h"
#include "lint/personlogins.h"
#include "platform/platformevaluation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

class EffectiveRights;

/// One platform role a person holds, with the role's display name and why, as people read it.
struct PersonPlatformRole {
    PlatformRoleGrant grant;
    QString roleName;     ///< the definition's name for grant.role ("Project Owner"); the id when unknown
    QString why;          ///< translated: "manual", "rule \"ml owners\" via data-eng > staff"
};

/// One group a login reaches through pg_auth_members, with the chain that reaches it.
struct PersonMembership {
    QString group;
    QStringList chain;          ///< login first, the group last; two names: held directly
    bool adminOption = false;   ///< the last grant of the chain carries ADMIN OPTION
    /// True: every grant of the chain inherits (pg_auth_members.inherit_option), so the login has
    /// the group's privileges without SET ROLE; false: the group is reached only by SET ROLE.
    bool inherited = true;
};

/// One model the login may use (EXECUTE on its pgx_embedding_N function), and through what.
struct PersonModelUse {
    QString model;              ///< the model's name
    QString function;           ///< its function ("pgx_embedding_3(text)")
    QString lineage;            ///< Lineage::toText of every way, joined by "; "
};

/// One privilege a login holds on one object, with its lineage.
struct PersonRight {
    QString object;             ///< display name: "sales.orders", "sales.orders.amount", "mydb"
    ObjectKind kind = ObjectKind::Table;
    Oid oid = 0;                ///< the object's oid; a column: its table's
    int attnum = 0;             ///< a column: its number; else 0
    Privilege privilege = Privilege::Select;
    bool grantable = false;
    QString lineage;            ///< Lineage::toText of every way, joined by "; "
};

/// What one login is and may do in one database.
struct PersonLoginFacts {
    QString login;
    QString how;                ///< why it is the person's (PersonLogin::how)
    bool exists = true;         ///< false: the role is not in this database's snapshot
    Role attributes;                       ///< every attribute pg_roles shows (name, superuser, ...)
    QList<PersonMembership> memberships;   ///< by group name
    QList<LintGroup> schemaGroups;         ///< the schema groups it has the privileges of
    QList<LintModelRole> modelRoles;       ///< model_owner / system_administrator, with chains
    QList<PersonModelUse> models;          ///< the models it may use, by name
    bool mayConnect = false;               ///< CONNECT on this database (as has_database_privilege)
    QString connectLineage;                ///< how it may connect ("PUBLIC", "member of a > b")
    /// Rights on objects, by object order of the snapshot then privilege. Left out: rights that
    /// come only from PUBLIC (everyone has them; counted in publicOnlyRights) and rights that come
    /// only from SUPERUSER (a superuser has every right; attributes.superuser says so and the
    /// count is in superuserOnlyRights). Everything else is listed with every lineage.
    QList<PersonRight> rights;
    int publicOnlyRights = 0;
    int superuserOnlyRights = 0;
};

/// One person in one database: each of their logins' facts, or why the database could not be read.
struct PersonDatabase {
    QString database;
    QString error;              ///< translated; non-empty: nothing was read ("could not connect to X as Y: ...")
    QStringList warnings;       ///< parts of the catalog that could not be read
    QList<PersonLoginFacts> logins;
};

/// One person across every layer: platform roles, the logins that are theirs, and per database
/// what each login is and may do.
struct PersonProfile {
    QString person;             ///< the person's id
    QString displayName;        ///< may be empty
    QList<PersonPlatformRole> platformRoles;
    QList<PersonLogin> logins;  ///< person, login, how (role is the index in the first snapshot)
    /// Translated problems: a login matched by two people (both named), no login at all.
    QStringList problems;
    bool noLogin = false;       ///< the person has no database login (a note, not an error)
    QList<PersonDatabase> databases;
};

/// Builds PersonProfile and its PersonDatabase parts. Pure: snapshots and the platform evaluation
/// in, values out; the console and roledesk-cli person share it.
class PersonProfileBuilder {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PersonProfileBuilder)
public:
    /// The facts of \a person's logins (by \a logins, matched by role name, since roles are
    /// cluster-wide while role indexes are per snapshot) in \a rights' database.
    static PersonDatabase buildDatabase(const EffectiveRights &rights, const PersonLogins &logins,
                                        const QString &person);
    /// A database that could not be read: \a error names the database and the login.
    static PersonDatabase failedDatabase(const QString &database, const QString &error);
    /// The platform part of the profile (roles with why, logins, problems), no databases yet.
    /// \a evaluation may be null (no platform file: no platform roles).
    static PersonProfile buildPlatform(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                                       const QString &person, const QString &displayName);
    /// The whole profile: the platform part, then \a databases in the order given.
    static PersonProfile build(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                               const QString &person, const QString &displayName,
                               const QList<PersonDatabase> &databases);
};

/// Words for a person's layers that roledesk-cli person and the Person page share.
class PersonText {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PersonText)
public:
    /// How an expiry is written: UTC ISO 8601 (for scripts) or the locale's short format.
    enum class Time { Iso, Local };
    /// A role's attributes in CREATE ROLE's keywords, INHERIT or NOINHERIT always named:
    /// "LOGIN, CREATEROLE, NOINHERIT, connection limit 5, valid until ...".
    static QString attributes(const Role &role, Time time);
};

} // namespace roledesk
