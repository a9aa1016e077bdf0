#pragma once

#include "privileges/impact.h"

#include <QByteArray>
#include <QStringList>

namespace roledesk {

class ImpactPeople;

/// The impact of a plan as one JSON document, for scripts and CI (roledesk-cli plan
/// --impact-output): counts, one object per row (role, people, object, object_type, privilege,
/// effect, grantable, through) and one per note (change, description, kind, reason). Effects and
/// kinds are fixed keywords; reasons are the translated texts the console shows.
class ImpactJson {
public:
    /// \a changeTexts describe the plan's changes (the note's "description"); \a people, when given,
    /// names the people of each row and adds who gains and who loses.
    static QByteArray write(const PlanImpact &impact, const QStringList &changeTexts, const QString &database,
                            const ImpactPeople *people = nullptr);
    /// "gained", "lost", "grant_option_gained", "grant_option_lost".
    static QString effectKeyword(ImpactEffect effect);
};

} // namespace roledesk
