#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// A person as a directory lists them: an LDAP entry of the user filter, or a row of an import.
struct DirectoryPerson {
    QString id;          ///< login name (uid); what the platform file's people and assignments use
    QString name;        ///< display name (cn), may be empty
    QString dn;          ///< the entry's DN (LDAP) or "line N" of an import; names it in messages
    bool machine = false;
    QStringList groups;  ///< groups the person is a direct member of (group names)
};

/// A group: its direct members, people and groups (nested groups are members that are groups).
struct DirectoryGroup {
    QString name;        ///< the group's name (cn): what rules match
    QString dn;
    QStringList people;  ///< person ids
    QStringList groups;  ///< names of member groups
};

/// How a person is in a group: the chain from a group they are directly in to \a group
/// ("data-eng" → "engineering" → "staff"); one element for a direct membership.
struct GroupPath {
    QString group;
    QStringList via;     ///< from the direct group to \a group, both included
    friend bool operator==(const GroupPath &, const GroupPath &) = default;
};

/// People and groups from one identity provider, read from LDAP or imported. The same data
/// whatever the source, so rules evaluate the same against both.
struct Directory {
    Q_DECLARE_TR_FUNCTIONS(roledesk::Directory)
public:
    QString provider;                 ///< identity provider name the people sign in through
    QList<DirectoryPerson> people;
    QList<DirectoryGroup> groups;
    /// Translated; entries skipped or odd (a group loop, names the entry). Mutable: the const
    /// effectiveGroups() reports a loop it walks into here.
    mutable QStringList warnings;

    /// Every group each person is in, directly or through nested groups, with the shortest path.
    /// A group loop ends the walk there and adds a warning naming the groups of the loop
    /// (once); it never hangs. Person ids as keys.
    QHash<QString, QList<GroupPath>> effectiveGroups() const;
    /// Fills each person's \c groups from the groups' member lists and each group's \c people
    /// from the people's \c groups, so that either source of membership suffices.
    void linkMemberships();
};

/// A directory, or an error for people ("people.csv:7: a row without an id").
struct DirectoryLoad {
    Directory directory;
    QString error;          ///< translated; empty on success
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Reads a directory exported to a file: CSV (columns id, name, kind, groups; groups separated
/// by ";"; a header row) or JSON ({"people":[{"id","name","kind","groups":[...]}],
/// "groups":[{"name","groups":[...]}]}). Format in README.md, "Directories".
class DirectoryImport {
    Q_DECLARE_TR_FUNCTIONS(roledesk::DirectoryImport)
public:
    static DirectoryLoad load(const QString &path, const QString &provider);
    static DirectoryLoad parseCsv(const QByteArray &data, const QString &fileName, const QString &provider);
    static DirectoryLoad parseJson(const QByteArray &data, const QString &fileName, const QString &provider);
};

} // namespace roledesk
