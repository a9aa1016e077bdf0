#include "platform/directory.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace roledesk {

namespace {

/// Every group each group is a direct member of: the reverse of DirectoryGroup::groups.
QHash<QString, QStringList> parentsOf(const QList<DirectoryGroup> &groups)
{
    QHash<QString, QStringList> parents;
    for (const DirectoryGroup &g : groups)
        for (const QString &member : g.groups)
            if (!parents.value(member).contains(g.name))
                parents[member] << g.name;
    return parents;
}

/// The groups on a membership loop, one sorted list per loop (strongly connected components of
/// more than one group, or a group that is its own member), found by Tarjan's algorithm.
QList<QStringList> loops(const QHash<QString, QStringList> &parents)
{
    QHash<QString, int> index, low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> found;
    int next = 0;
    std::function<void(const QString &)> visit = [&](const QString &g) {
        index[g] = low[g] = next++;
        stack << g;
        onStack.insert(g);
        for (const QString &p : parents.value(g)) {
            if (!index.contains(p)) {
                visit(p);
                low[g] = std::min(low[g], low[p]);
            } else if (onStack.contains(p)) {
                low[g] = std::min(low[g], index[p]);
            }
        }
        if (low[g] != index[g])
            return;
        QStringList component;
        QString top;
        do {
            top = stack.takeLast();
            onStack.remove(top);
            component << top;
        } while (top != g);
        if (component.size() > 1 || parents.value(g).contains(g)) {
            component.sort();
            found << component;
        }
    };
    QStringList roots = parents.keys();
    roots.sort();   // the same warning text whatever the hash order
    for (const QString &g : roots)
        if (!index.contains(g))
            visit(g);
    return found;
}

} // namespace

QHash<QString, QList<GroupPath>> Directory::effectiveGroups() const
{
    const QHash<QString, QStringList> parents = parentsOf(groups);
    for (const QStringList &loop : loops(parents)) {
        const QString warning = tr("group loop: %1 are members of each other; memberships through them end there")
                                    .arg(loop.join(QStringLiteral(", ")));
        if (!warnings.contains(warning))
            warnings << warning;
    }
    // Each group's ancestors with the shortest path from it, computed once and shared by every
    // member (10,000 people in 2,000 groups walk each group once, not once per person).
    QHash<QString, QList<GroupPath>> closure;
    auto ancestors = [&](const QString &start) -> const QList<GroupPath> & {
        auto it = closure.find(start);
        if (it != closure.end())
            return *it;
        QList<GroupPath> reached{{start, {start}}};
        QSet<QString> seen{start};
        for (qsizetype i = 0; i < reached.size(); ++i) {   // breadth first: shortest paths
            for (const QString &p : parents.value(reached.at(i).group)) {
                if (seen.contains(p))
                    continue;   // visited, or a loop back: the walk ends there
                seen.insert(p);
                QStringList via = reached.at(i).via;
                via << p;
                reached.push_back({p, via});
            }
        }
        return *closure.insert(start, reached);
    };
    QHash<QString, QStringList> direct;   // person → direct groups, from either side
    for (const DirectoryPerson &p : people)
        direct[p.id] = p.groups;
    for (const DirectoryGroup &g : groups)
        for (const QString &id : g.people)
            if (!direct[id].contains(g.name))
                direct[id] << g.name;
    QHash<QString, QList<GroupPath>> result;
    for (const DirectoryPerson &p : people) {
        QList<GroupPath> paths;
        QHash<QString, qsizetype> at;   // group → its index in paths
        for (const QString &d : direct.value(p.id)) {
            for (const GroupPath &path : ancestors(d)) {
                const auto found = at.constFind(path.group);
                if (found == at.cend()) {
                    at.insert(path.group, paths.size());
                    paths << path;
                } else if (paths.at(*found).via.size() > path.via.size()) {
                    paths[*found] = path;
                }
            }
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const GroupPath &a, const GroupPath &b) { return a.via.size() < b.via.size(); });
        result.insert(p.id, paths);
    }
    return result;
}

void Directory::linkMemberships()
{
    QHash<QString, qsizetype> personAt, groupAt;
    for (qsizetype i = 0; i < people.size(); ++i)
        personAt.insert(people.at(i).id, i);
    for (qsizetype i = 0; i < groups.size(); ++i)
        groupAt.insert(groups.at(i).name, i);
    for (const DirectoryGroup &g : groups)
        for (const QString &id : g.people)
            if (const auto i = personAt.constFind(id); i != personAt.cend() && !people.at(*i).groups.contains(g.name))
                people[*i].groups << g.name;
    for (const DirectoryPerson &p : people) {
        for (const QString &name : p.groups) {
            auto g = groupAt.constFind(name);
            if (g == groupAt.cend()) {   // a group known only from its members
                g = groupAt.insert(name, groups.size());
                groups << DirectoryGroup{name, {}, {}, {}};
            }
            if (!groups.at(*g).people.contains(p.id))
                groups[*g].people << p.id;
        }
    }
    for (const DirectoryGroup &g : groups)
        for (const QString &member : g.groups)
            if (!groupAt.contains(member)) {
                groupAt.insert(member, groups.size());
                groups << DirectoryGroup{member, {}, {}, {}};
            }
}

} // namespace roledesk
