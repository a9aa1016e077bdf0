#include "plan/plan.h"

#include <algorithm>

namespace roledesk {

namespace {

// A name can hold a line break; a comment must not.
QString commentLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return QStringLiteral("-- ") + line;
}


size_t combine(size_t seed, size_t value)
{
    return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

size_t hashOf(const ObjectRef &o)
{
    size_t h = qHash(int(o.kind));
    for (const QString *s : {&o.schema, &o.name, &o.arguments, &o.column})
        h = combine(h, qHash(*s));
    return h;
}

template<class T>
size_t hashOf(const std::optional<T> &v)
{
    return v ? combine(1, qHash(*v)) : 0;
}

size_t hashOf(const RoleAttributes &a)
{
    size_t h = 0;
    for (const auto *b : {&a.superuser, &a.inherit, &a.createRole, &a.createDb, &a.login, &a.replication, &a.bypassRls})
        h = combine(h, hashOf(*b));
    return combine(combine(combine(h, hashOf(a.connectionLimit)), hashOf(a.validUntil)), hashOf(a.passwordVerifier));
}

// Equal changes hash equally (every member that operator== compares goes in).
size_t hashOf(const Change &change)
{
    const size_t h = std::visit(Overloaded{
        [](const GrantPrivileges &g) {
            return combine(combine(combine(hashOf(g.object), qHash(g.grantee)), qHash(g.privileges.toInt())),
                           qHash(g.withGrantOption));
        },
        [](const RevokePrivileges &r) {
            size_t x = combine(combine(hashOf(r.object), qHash(r.grantee)), qHash(r.privileges.toInt()));
            return combine(combine(combine(x, qHash(r.grantOptionOnly)), qHash(r.cascade)), qHash(r.grantor));
        },
        [](const GrantMembership &g) { return combine(combine(qHash(g.group), qHash(g.member)), qHash(g.withAdminOption)); },
        [](const RevokeMembership &r) { return combine(combine(qHash(r.group), qHash(r.member)), qHash(r.adminOptionOnly)); },
        [](const CreateRole &c) { return combine(qHash(c.name), hashOf(c.attributes)); },
        [](const AlterRole &a) { return combine(combine(qHash(a.name), hashOf(a.attributes)), qHash(a.newName)); },
        [](const DropRole &d) { return combine(combine(qHash(d.name), qHash(d.reassignOwnedTo)), qHash(d.dropOwned)); },
        [](const DefaultPrivilegesChange &d) {
            size_t x = combine(combine(qHash(d.grant), qHash(d.forRole)), qHash(d.schema));
            x = combine(combine(x, qHash(int(d.kind))), qHash(d.grantee));
            return combine(combine(x, qHash(d.privileges.toInt())), qHash(d.grantOption));
        },
        [](const ModelRoleChange &m) { return combine(combine(qHash(m.role), qHash(int(m.kind))), qHash(m.grant)); },
        [](const SchemaGroupCall &c) {
            const size_t x = combine(combine(qHash(int(c.kind)), qHash(int(c.model))), qHash(c.group));
            return combine(combine(combine(x, qHash(c.user)), qHash(c.schema)), qHash(c.newName));
        },
    }, change);
    return combine(h, change.index());
}

} // namespace

void Plan::countHash(const Change &change, int delta)
{
    const size_t h = hashOf(change);
    const int n = m_hashes.value(h) + delta;
    if (n > 0)
        m_hashes.insert(h, n);
    else
        m_hashes.remove(h);
}

Plan::AddResult Plan::add(const Change &change)
{
    if (m_hashes.contains(hashOf(change)) && m_changes.contains(change))
        return AddResult::Duplicate;
    if (const auto inverse = inverseOf(change); inverse && m_hashes.contains(hashOf(*inverse))) {
        const qsizetype at = m_changes.indexOf(*inverse);
        if (at >= 0) {
            countHash(*inverse, -1);
            m_changes.removeAt(at);
            return AddResult::Cancelled;
        }
    }
    m_changes.push_back(change);
    countHash(change, +1);
    return AddResult::Added;
}

void Plan::insert(int index, const Change &change)
{
    m_changes.insert(std::clamp(index, 0, size()), change);
    countHash(change, +1);
}

void Plan::remove(int index)
{
    if (index >= 0 && index < size()) {
        countHash(m_changes.at(index), -1);
        m_changes.removeAt(index);
    }
}

QList<Statement> Plan::statements() const
{
    QList<Statement> out;
    out.reserve(m_changes.size());
    for (int i = 0; i < size(); ++i)
        out += sqlgen::statements(m_changes.at(i), i);
    return out;
}

QString Plan::script(const QString &header) const
{
    QString text;
    for (const QString &line : header.split(u'\n', Qt::SkipEmptyParts))
        text += commentLine(line) + u'\n';
    text += QStringLiteral("BEGIN;\n");
    text.reserve(text.size() + qsizetype(size()) * 160);
    for (int i = 0; i < size(); ++i) {
        text += commentLine(describe(m_changes.at(i)));
        text += u'\n';
        for (const Statement &s : sqlgen::statements(m_changes.at(i), i)) {
            text += s.display();
            text += QLatin1String(";\n");
        }
    }
    text += QStringLiteral("COMMIT;\n");
    return text;
}

void Plan::sortByPhase()
{
    std::stable_sort(m_changes.begin(), m_changes.end(),
                     [](const Change &a, const Change &b) { return changePhase(a) < changePhase(b); });
}

} // namespace roledesk
