#pragma once

#include "platform/platformdefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

/// A human or a machine user of the platform, as the platform file (or a directory) knows them.
struct PlatformPerson {
    enum class Kind { Human, Machine };
    QString id;          ///< unique login name ("alice", "ingest-bot"); case-sensitive
    QString name;        ///< display name, may be empty
    Kind kind = Kind::Human;
    QString provider;    ///< identity provider the person signs in through ("corp-ldap"); "native" for native users
    QStringList groups;  ///< groups the file gives the person (a directory adds its own)
    int line = 0;        ///< 1-based line in the file it was read from; 0 when not read from a file
};

/// A manual role assignment: editable, unlike one made by a rule.
struct PlatformAssignment {
    QString person;      ///< person id
    QString role;        ///< role id (normalized on load; files may give the name)
    QString project;     ///< empty: organization scope
    int line = 0;
    friend bool operator==(const PlatformAssignment &, const PlatformAssignment &) = default;
};

/// One condition of a role mapping rule. All conditions of a rule must match.
struct PlatformCondition {
    enum class Kind { Provider, Group };
    Kind kind = Kind::Group;
    QString value;       ///< the identity provider's name, or the group's name
    friend bool operator==(const PlatformCondition &, const PlatformCondition &) = default;
};

/// A role mapping rule as the vendor defines it: conditions (all must match) and the roles it
/// gives. An organization rule gives organization roles; a project rule that project's roles.
struct PlatformRule {
    QString name;        ///< unique within its scope; names the rule in every "why"
    QString project;     ///< empty: organization rule
    QList<PlatformCondition> conditions;
    QStringList roles;   ///< role ids (normalized on load)
    int line = 0;
    friend bool operator==(const PlatformRule &a, const PlatformRule &b)
    { return a.name == b.name && a.project == b.project && a.conditions == b.conditions && a.roles == b.roles; }
};

/// Where people and groups come from when not (only) from the file: an LDAP directory or an
/// import. The bind password is never stored in the file.
struct PlatformDirectorySource {
    enum class Kind { None, Ldap, Import };
    Kind kind = Kind::None;
    QString provider;        ///< the identity provider these people sign in through
    // LDAP (see LdapSettings for the meaning of each field)
    QString url;             ///< ldap://host:port or ldaps://host:port
    bool startTls = false;
    QString caFile;          ///< CA certificate for TLS, relative to the platform file; empty: the system's
    QString bindDn;
    QString baseDn;
    QString userFilter;      ///< empty: the default
    QString groupFilter;     ///< empty: the default
    QString memberAttribute; ///< empty: "member"
    QString machineFilter;   ///< people who also match it are machine users; empty: none
    // Import
    QString importPath;      ///< CSV or JSON, relative to the platform file
};

/// An explicit list of the database roles that are one person's logins.
struct PlatformLoginList {
    QString person;      ///< person id
    QStringList roles;   ///< database role names, exactly as the catalog spells them
    int line = 0;
    friend bool operator==(const PlatformLoginList &a, const PlatformLoginList &b)
    { return a.person == b.person && a.roles == b.roles; }
};

/// How platform people map to database logins (roles are cluster-wide, so one mapping serves
/// every database of a server). All three ways may be combined; a login may belong to one person.
struct PlatformLogins {
    bool sameName = false;       ///< a person's id is their login
    /// Role names with "{id}" for the person's id and "%" for any run of characters
    /// ("{id}_%": alice_admin, alice_ro); everything else, "_" included, is literal.
    QStringList patterns;
    QList<PlatformLoginList> lists;
    int line = 0;                ///< the "logins" key's line; 0 when the file has none
    bool isEmpty() const { return !sameName && patterns.isEmpty() && lists.isEmpty(); }
    friend bool operator==(const PlatformLogins &a, const PlatformLogins &b)
    { return a.sameName == b.sameName && a.patterns == b.patterns && a.lists == b.lists; }
};

/// What an administrator manages for a platform: the organization, its projects, people, manual
/// assignments, role mapping rules, and where the directory is. Documented in README.md,
/// "Platform files"; YAML, so that it diffs and lives in version control.
struct PlatformFile {
    QString definitionId;    ///< which PlatformDefinition ("edb-hybrid-manager")
    QString organization;
    QStringList projects;
    QList<PlatformPerson> people;
    QList<PlatformAssignment> assignments;
    QList<PlatformRule> rules;
    PlatformDirectorySource directory;
    PlatformLogins logins;   ///< which database roles are whose; empty: none mapped

    const PlatformPerson *person(const QString &id) const;
    const PlatformRule *rule(const QString &name, const QString &project) const;
};

/// A platform file, or an error naming the file and line ("acme.yaml:14: rule "x": Project
/// Owner is a project role and cannot be given by an organization rule"). \c warnings are
/// problems that do not stop the load (a rule naming a group nobody is in).
struct PlatformFileLoad {
    PlatformFile file;
    QString error;           ///< translated; empty on success
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

/// Reads, validates and writes platform files against a PlatformDefinition.
class PlatformFileFormat {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformFileFormat)
public:
    /// Reads \a path and validates it against \a definition (the file's own definitionId when
    /// null: the shipped one of that id).
    static PlatformFileLoad load(const QString &path, const PlatformDefinition *definition = nullptr);
    /// Parses YAML \a data; \a fileName prefixes error messages. Refuses: unknown roles, a
    /// project role in an organization rule (or an organization role in a project rule or
    /// assignment), a rule without conditions or without roles, unknown projects, duplicate
    /// people, rules or assignments, Estate Ingester assigned to a human, unknown keys; in
    /// "logins": a pattern without "{id}", a list for an unknown person (when the file names no
    /// directory) or for a person listed twice, a role listed twice.
    static PlatformFileLoad parse(const QByteArray &data, const QString &fileName,
                                  const PlatformDefinition *definition = nullptr);
    /// The YAML text for \a file: stable order and layout, so that saving an unchanged file
    /// changes nothing and a diff shows only the edit.
    static QByteArray serialize(const PlatformFile &file, const PlatformDefinition &definition);
    /// Writes \a file to \a path (replaced only when complete); returns an error, empty on success.
    static QString save(const PlatformFile &file, const PlatformDefinition &definition, const QString &path);
    /// A unified diff (lines starting "-", "+", " ", with "@@" hunks) from \a before to \a after,
    /// for "the difference from the file on disk" before saving.
    static QString diff(const QByteArray &before, const QByteArray &after);
    /// Where the directory import of \a file is: its path resolved against the platform file's
    /// folder (\a platformFilePath); empty when the file names no import.
    static QString importPath(const QString &platformFilePath, const PlatformFile &file);
};

} // namespace roledesk
