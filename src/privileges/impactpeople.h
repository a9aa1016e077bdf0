#pragma once

#include "privileges/impact.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace roledesk {

class PersonLogins;

/// The people behind an impact: which rows' roles are a person's login (by a platform file's
/// "logins" mapping) and who gains or loses a right. A step of its own after computeImpact, so
/// that computeImpact stays a function of the rights alone; the CLI and the console share it.
class ImpactPeople {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ImpactPeople)
public:
    /// Maps \a impact's roles to people by \a logins (resolved over the same snapshot's roles).
    static ImpactPeople map(const PlanImpact &impact, const PersonLogins &logins);

    /// The people whose login the row's role is (usually one; a login matched for two people is
    /// theirs both); empty for a role that is nobody's login.
    QStringList peopleOf(const ImpactRow &row) const { return m_byRole.value(row.role); }
    /// People with a row that gains a right or a grant option, sorted.
    const QStringList &gaining() const { return m_gaining; }
    /// People with a row that loses a right or a grant option, sorted.
    const QStringList &losing() const { return m_losing; }
    /// "2 people gain rights, 1 person loses rights" (translated).
    QString summary() const;

private:
    QHash<int, QStringList> m_byRole; // role index -> people
    QStringList m_gaining;
    QStringList m_losing;
};

} // namespace roledesk
