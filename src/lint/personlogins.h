#pragma once

#include "platform/platformfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

struct Snapshot;

/// One database role that is a person's login, and which mapping of the platform file says so.
struct PersonLogin {
    QString person;
    QString login;       ///< the role's name
    int role = -1;       ///< index into Snapshot::roles
    QString how;         ///< translated: "same name", "pattern {id}_%", "listed (acme.yaml:31)"
};

/// Which database roles are whose, by the "logins" mapping of a platform file, over the roles of
/// one Snapshot (roles are cluster-wide: the answer holds for every database of the server).
class PersonLogins {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PersonLogins)
public:
    /// Resolves \a logins for \a people over \a snapshot's roles. Same name and patterns match
    /// roles that may log in; a list may name any role. A login matched for two people stays
    /// theirs both (so neither escapes a rule) and is a problem naming both.
    static PersonLogins resolve(const PlatformLogins &logins, const QStringList &people, const Snapshot &snapshot);

    /// Every match, by person in the order given, then by role name.
    const QList<PersonLogin> &matches() const { return m_matches; }
    /// The logins of \a person.
    QList<PersonLogin> loginsOf(const QString &person) const;
    /// The people \a login belongs to (usually one; two or more is a problem).
    QStringList peopleOf(const QString &login) const { return m_people.value(login); }
    /// People of the list with no login (a note: platform-only people are common).
    const QStringList &withoutLogin() const { return m_withoutLogin; }
    /// Translated problems: a login matched by two people (both named), a list naming a role
    /// that does not exist.
    const QStringList &problems() const { return m_problems; }

    /// Whether \a name matches \a pattern for person \a id ("{id}" the id, "%" any run of
    /// characters, all else literal).
    static bool matchesPattern(const QString &pattern, const QString &id, const QString &name);

private:
    QList<PersonLogin> m_matches;
    QHash<QString, QStringList> m_people;
    QStringList m_withoutLogin;
    QStringList m_problems;
};

} // namespace roledesk
