#include "lint/personlogins.h"

#include "catalog/snapshot.h"

#include <QRegularExpression>

#include <algorithm>

namespace roledesk {

bool PersonLogins::matchesPattern(const QString &pattern, const QString &id, const QString &name)
{
    // Built by hand rather than as SQL LIKE: "_" is common in role names and must stay literal.
    QString rx;
    const QStringList parts = pattern.split(QStringLiteral("{id}"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            rx += QRegularExpression::escape(id);
        const QStringList pieces = parts.at(i).split(u'%');
        for (qsizetype j = 0; j < pieces.size(); ++j)
            rx += (j > 0 ? QStringLiteral(".+") : QString()) + QRegularExpression::escape(pieces.at(j));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx), QRegularExpression::DotMatchesEverythingOption);
    return re.match(name).hasMatch();
}

QList<PersonLogin> PersonLogins::loginsOf(const QString &person) const
{
    QList<PersonLogin> out;
    for (const PersonLogin &m : m_matches)
        if (m.person == person)
            out << m;
    return out;
}

PersonLogins PersonLogins::resolve(const PlatformLogins &logins, const QStringList &people, const Snapshot &snapshot)
{
    PersonLogins r;
    QHash<QString, int> byName;
    for (int i = 0; i < snapshot.roles.size(); ++i)
        byName.insert(snapshot.roles.at(i).name, i);
    for (const QString &person : people) {
        QList<PersonLogin> mine;
        auto add = [&](int role, const QString &how) {
            for (const PersonLogin &m : std::as_const(mine))
                if (m.role == role)
                    return;   // matched twice for the same person: the first way is enough
            mine << PersonLogin{person, snapshot.roles.at(role).name, role, how};
        };
        if (logins.sameName)
            if (const int i = byName.value(person, -1); i >= 0 && snapshot.roles.at(i).canLogin)
                add(i, tr("same name"));
        for (const QString &pattern : logins.patterns)
            for (int i = 0; i < snapshot.roles.size(); ++i)
                if (snapshot.roles.at(i).canLogin && !snapshot.roles.at(i).predefined
                    && matchesPattern(pattern, person, snapshot.roles.at(i).name))
                    add(i, tr("pattern %1").arg(pattern));
        for (const PlatformLoginList &list : logins.lists) {
            if (list.person != person)
                continue;
            for (const QString &name : list.roles) {
                if (const int i = byName.value(name, -1); i >= 0)
                    add(i, tr("listed (line %1)").arg(list.line));
                else
                    r.m_problems << tr("the logins of %1 name the role \"%2\", which does not exist (line %3)")
                                        .arg(person, name).arg(list.line);
            }
        }
        std::sort(mine.begin(), mine.end(), [](const PersonLogin &a, const PersonLogin &b) { return a.login < b.login; });
        if (mine.isEmpty())
            r.m_withoutLogin << person;
        for (const PersonLogin &m : std::as_const(mine))
            r.m_people[m.login] << person;
        r.m_matches << mine;
    }
    // Lists may name people the evaluation does not know (a directory not read).
    for (const PlatformLoginList &list : logins.lists)
        if (!people.contains(list.person))
            r.m_problems << tr("the logins listed for %1 (line %2) belong to nobody the platform knows")
                                .arg(list.person).arg(list.line);
    QStringList twice;
    for (auto it = r.m_people.cbegin(); it != r.m_people.cend(); ++it)
        if (it.value().size() > 1)
            twice << tr("the login %1 is matched by %2 people: %3")
                         .arg(it.key()).arg(it.value().size()).arg(it.value().join(QStringLiteral(", ")));
    twice.sort();
    r.m_problems << twice;
    return r;
}

} // namespace roledesk
