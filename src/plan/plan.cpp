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

} // namespace

Plan::AddResult Plan::add(const Change &change)
{
    if (m_changes.contains(change))
        return AddResult::Duplicate;
    if (const auto inverse = inverseOf(change)) {
        const qsizetype at = m_changes.indexOf(*inverse);
        if (at >= 0) {
            m_changes.removeAt(at);
            return AddResult::Cancelled;
        }
    }
    m_changes.push_back(change);
    return AddResult::Added;
}

void Plan::insert(int index, const Change &change)
{
    m_changes.insert(std::clamp(index, 0, size()), change);
}

void Plan::remove(int index)
{
    if (index >= 0 && index < size())
        m_changes.removeAt(index);
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
    for (int i = 0; i < size(); ++i) {
        text += commentLine(describe(m_changes.at(i))) + u'\n';
        for (const Statement &s : sqlgen::statements(m_changes.at(i), i))
            text += s.sql + QStringLiteral(";\n");
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
