#include "privileges/impactpeople.h"

#include "lint/personlogins.h"

#include <QSet>

namespace roledesk {

ImpactPeople ImpactPeople::map(const PlanImpact &impact, const PersonLogins &logins)
{
    ImpactPeople out;
    for (const PersonLogin &m : logins.matches()) {
        if (m.role < 0)
            continue;
        QStringList &people = out.m_byRole[m.role];
        if (!people.contains(m.person))
            people << m.person;
    }
    // Rows come by role: each role's people are counted once per direction.
    QSet<QString> gaining, losing;
    int role = -1;
    bool gains = false, losses = false;
    const auto flush = [&] {
        for (const QString &person : out.m_byRole.value(role)) {
            if (gains)
                gaining.insert(person);
            if (losses)
                losing.insert(person);
        }
    };
    for (const ImpactRow &row : impact.rows) {
        if (row.role != role) {
            flush();
            role = row.role;
            gains = losses = false;
        }
        const bool gain = row.effect == ImpactEffect::Gained || row.effect == ImpactEffect::GrantOptionGained;
        (gain ? gains : losses) = true;
    }
    flush();
    out.m_gaining = QStringList(gaining.begin(), gaining.end());
    out.m_losing = QStringList(losing.begin(), losing.end());
    out.m_gaining.sort();
    out.m_losing.sort();
    return out;
}

QString ImpactPeople::summary() const
{
    // One count per message, so that each language's plural forms follow its own number.
    return tr("%1, %2").arg(tr("%n person(s) gain rights", nullptr, int(m_gaining.size())),
                            tr("%n person(s) lose rights", nullptr, int(m_losing.size())));
}

} // namespace roledesk
