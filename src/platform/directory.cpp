#include "platform/directory.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

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
    // Groups as numbers from here on: the walk below runs for every member of every group.
    QHash<QString, int> idOf;
    QStringList names;
    auto id = [&](const QString &name) {
        const auto it = idOf.constFind(name);
        if (it != idOf.cend())
            return *it;
        idOf.insert(name, int(names.size()));
        names << name;
        return int(names.size() - 1);
    };
    std::vector<std::vector<int>> up;   // group → the groups it is a direct member of
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        const int child = id(it.key());
        for (const QString &p : it.value()) {
            const int parent = id(p);
            up.resize(std::max<size_t>(up.size(), size_t(std::max(child, parent)) + 1));
            up[size_t(child)].push_back(parent);
        }
    }
    std::vector<std::vector<int>> direct(size_t(people.size()));   // person → direct groups
    QHash<QString, qsizetype> personAt;
    for (qsizetype i = 0; i < people.size(); ++i) {
        personAt.insert(people.at(i).id, i);
        for (const QString &g : people.at(i).groups)
            direct[size_t(i)].push_back(id(g));
    }
    for (const DirectoryGroup &g : groups)
        for (const QString &member : g.people)
            if (const auto at = personAt.constFind(member); at != personAt.cend())
                direct[size_t(*at)].push_back(id(g.name));
    up.resize(names.size());

    // Each group's ancestors with the shortest path from it, walked breadth first once and
    // shared by every member (10,000 people in 2,000 groups walk each group once).
    struct Reached {
        int group;
        GroupPath path;
    };
    std::vector<std::optional<QList<Reached>>> closure(names.size());
    auto ancestors = [&](int start) -> const QList<Reached> & {
        std::optional<QList<Reached>> &slot = closure[size_t(start)];
        if (slot)
            return *slot;
        QList<Reached> reached{{start, {names.at(start), {names.at(start)}}}};
        QSet<int> seen{start};
        for (qsizetype i = 0; i < reached.size(); ++i) {
            for (const int p : up[size_t(reached.at(i).group)]) {
                if (seen.contains(p))
                    continue;   // visited, or a loop back: the walk ends there
                seen.insert(p);
                QStringList via = reached.at(i).path.via;
                via << names.at(p);
                reached.push_back({p, {names.at(p), via}});
            }
        }
        slot = std::move(reached);
        return *slot;
    };
    QHash<QString, QList<GroupPath>> result;
    result.reserve(people.size());
    std::vector<int> stamp(names.size(), -1);   // the person that last reached the group
    std::vector<qsizetype> slotOf(names.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        QList<GroupPath> paths;
        for (const int d : direct[size_t(i)]) {
            for (const Reached &r : ancestors(d)) {
                if (stamp[size_t(r.group)] != int(i)) {
                    stamp[size_t(r.group)] = int(i);
                    slotOf[size_t(r.group)] = paths.size();
                    paths << r.path;
                } else if (paths.at(slotOf[size_t(r.group)]).via.size() > r.path.via.size()) {
                    paths[slotOf[size_t(r.group)]] = r.path;
                }
            }
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const GroupPath &a, const GroupPath &b) { return a.via.size() < b.via.size(); });
        result.insert(people.at(i).id, paths);
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
