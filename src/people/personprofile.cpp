#include "people/personprofile.h"

#include "privileges/effectiverights.h"

namespace roledesk {

PersonDatabase PersonProfileBuilder::buildDatabase(const EffectiveRights &rights, const PersonLogins &logins,
                                                   const QString &person)
{
    Q_UNUSED(logins);
    Q_UNUSED(person);
    PersonDatabase d;
    d.database = rights.snapshot().database;
    return d;
}

PersonDatabase PersonProfileBuilder::failedDatabase(const QString &database, const QString &error)
{
    PersonDatabase d;
    d.database = database;
    d.error = error;
    return d;
}

PersonProfile PersonProfileBuilder::buildPlatform(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                                                  const QString &person, const QString &displayName)
{
    Q_UNUSED(evaluation);
    PersonProfile p;
    p.person = person;
    p.displayName = displayName;
    p.logins = logins.loginsOf(person);
    return p;
}

PersonProfile PersonProfileBuilder::build(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                                          const QString &person, const QString &displayName,
                                          const QList<PersonDatabase> &databases)
{
    PersonProfile p = buildPlatform(evaluation, logins, person, displayName);
    p.databases = databases;
    return p;
}

} // namespace roledesk
