#include "privileges/impact.h"

#include "privileges/impactchanges.h"
#include "privileges/pendingrights.h"

#include <QHash>
#include <QMutex>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace roledesk {

namespace {

quint64 cellKey(int role, int object)
{
    return (quint64(quint32(role)) << 32) | quint32(object);
}

/// What one change can move: the roles whose rights it may alter and, unless it is wide (a
/// membership or attribute change, which moves every object), the objects and privileges.
struct Footprint {
    bool assessable = true;
    bool wide = false;
    std::vector<int> roles;
    std::vector<int> objects; // the named object and its columns
    Privileges privileges;
};

class ImpactBuilder {
public:
    ImpactBuilder(const EffectiveRights &before, const EffectiveRights &after, SnapshotObjectIndex &index,
                  const std::atomic_bool *cancel)
        : m_before(before)
        , m_after(after)
        , m_s(before.snapshot())
        , m_cancel(cancel)
        , m_index(index)
    {
        for (int i = 0; i < m_s.roles.size(); ++i)
            m_roles.insert(m_s.roles.at(i).name, i);
    }

    Footprint footprint(const Change &change)
    {
        Footprint f;
        std::visit(Overloaded{
                       [&](const GrantPrivileges &g) { cells(f, g.grantee, g.object, g.privileges); },
                       [&](const RevokePrivileges &r) { cells(f, r.grantee, r.object, r.privileges); },
                       [&](const GrantMembership &m) { wide(f, m.member); },
                       [&](const RevokeMembership &m) { wide(f, m.member); },
                       [&](const AlterRole &a) {
                           if (a.attributes.superuser || a.attributes.inherit)
                               wide(f, a.name);
                       },
                       [&](const auto &) { f.assessable = false; },
                   },
                   change);
        return f;
    }

    int object(const ObjectRef &ref) { return m_index.find(ref); }

    int role(const QString &name) const { return m_roles.value(name, -1); }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    /// Compares one cell before and after and appends a row per moved privilege.
    void compare(int r, int o, QList<ImpactRow> &rows)
    {
        const CellRights b = m_before.cell(r, o);
        const CellRights a = m_after.cell(r, o);
        Privileges gained = a.granted & ~b.granted;
        Privileges lost = b.granted & ~a.granted;
        const Privileges kept = a.granted & b.granted;
        Privileges optionGained = a.grantable & ~b.grantable & kept;
        Privileges optionLost = b.grantable & ~a.grantable & kept;
        const int table = m_s.objects.at(o).parent;
        if (table >= 0) {
            // A column moves with its table: only what its own ACL adds is news.
            const CellRights tb = m_before.cell(r, table);
            const CellRights ta = m_after.cell(r, table);
            gained &= ~(ta.granted & ~tb.granted);
            lost &= ~(tb.granted & ~ta.granted);
            optionGained &= ~(ta.grantable & ~tb.grantable);
            optionLost &= ~(tb.grantable & ~ta.grantable);
        }
        if (!(gained | lost | optionGained | optionLost))
            return;
        for (Privilege p : allPrivileges()) {
            if (gained.testFlag(p))
                rows.push_back({r, o, p, ImpactEffect::Gained, a.grantable.testFlag(p)});
            else if (lost.testFlag(p))
                rows.push_back({r, o, p, ImpactEffect::Lost, b.grantable.testFlag(p)});
            else if (optionGained.testFlag(p))
                rows.push_back({r, o, p, ImpactEffect::GrantOptionGained, true});
            else if (optionLost.testFlag(p))
                rows.push_back({r, o, p, ImpactEffect::GrantOptionLost, false});
        }
    }

    /// A translated reason for plan change \a index that moved nothing: \a change is the plan's,
    /// \a engine and \a f the first engine change it stands for and its footprint.
    ImpactNote note(int index, const Change &change, const Change &engine, const Footprint &f)
    {
        if (const auto *m = std::get_if<ModelRoleChange>(&change))
            return modelRoleNote(index, *m);
        ImpactNote n{index, ImpactNote::Kind::NoEffect, {}};
        std::visit(Overloaded{
                       [&](const GrantPrivileges &g) { n = privilegeNote(index, g.grantee, g.object, g.privileges, true); },
                       [&](const RevokePrivileges &r) { n = privilegeNote(index, r.grantee, r.object, r.privileges, false); },
                       [&](const GrantMembership &m) { n = membershipNote(index, m.group, m.member, true); },
                       [&](const RevokeMembership &m) { n = membershipNote(index, m.group, m.member, false); },
                       [&](const AlterRole &a) {
                           if (role(a.name) < 0)
                               n = notAssessed(index, ImpactText::tr("role %1 is not in the snapshot").arg(a.name));
                           else if (f.wide)
                               n.reason = ImpactText::tr("no effect: %1 already has these attributes, or they change none of its rights")
                                              .arg(a.name);
                           else
                               n.reason = ImpactText::tr("no effect on rights: only SUPERUSER and INHERIT change what a role may do");
                       },
                       [&](const CreateRole &c) {
                           n = notAssessed(index, ImpactText::tr("role %1 does not exist yet; what it may do is not assessed").arg(c.name));
                       },
                       [&](const DropRole &d) {
                           n = notAssessed(index, ImpactText::tr("dropping role %1 is not assessed").arg(d.name));
                       },
                       [&](const DefaultPrivilegesChange &) {
                           n = notAssessed(index, ImpactText::tr("default privileges act on objects created later"));
                       },
                       [&](const ModelRoleChange &) {}, // answered above
                       [&](const SchemaGroupCall &) {
                           n = notAssessed(index, ImpactText::tr("this schema-group call is not assessed"));
                       },
                   },
                   engine);
        return n;
    }

private:
    // Roles that have (or will have) the privileges of \a grantee: PUBLIC reaches every role.
    std::vector<int> holdersOf(int grantee) const
    {
        std::vector<int> out;
        for (int r = 0; r < int(m_s.roles.size()); ++r) {
            if (grantee < 0 || m_before.hasPrivilegesOf(r, grantee) || m_after.hasPrivilegesOf(r, grantee))
                out.push_back(r);
        }
        return out;
    }

    void cells(Footprint &f, const QString &grantee, const ObjectRef &ref, Privileges privileges)
    {
        const int g = grantee.isEmpty() ? -1 : role(grantee);
        const int o = object(ref);
        if ((!grantee.isEmpty() && g < 0) || o < 0) {
            f.assessable = false;
            return;
        }
        f.roles = holdersOf(g);
        f.objects.push_back(o);
        const QList<int> columns = m_index.columnsOf(o);
        f.objects.insert(f.objects.end(), columns.begin(), columns.end());
        f.privileges = privileges;
    }

    void wide(Footprint &f, const QString &name)
    {
        const int r = role(name);
        if (r < 0) {
            f.assessable = false;
            return;
        }
        f.wide = true;
        f.roles = holdersOf(r);
    }

    ImpactNote notAssessed(int index, const QString &why) const
    {
        return {index, ImpactNote::Kind::NotAssessed, why};
    }

    QString pathText(const EffectiveRights &side, int from, int to) const
    {
        QStringList names;
        for (Oid oid : side.membershipPath(from, to))
            names << m_s.roleName(oid);
        return names.join(QStringLiteral(" > "));
    }

    ImpactNote privilegeNote(int index, const QString &grantee, const ObjectRef &ref, Privileges privileges, bool grant)
    {
        const int g = grantee.isEmpty() ? -1 : role(grantee);
        const int o = object(ref);
        if (!grantee.isEmpty() && g < 0)
            return notAssessed(index, ImpactText::tr("role %1 is not in the snapshot").arg(grantee));
        if (o < 0)
            return notAssessed(index, ImpactText::tr("%1 is not in the snapshot").arg(ref.toDisplay()));
        const QString who = granteeDisplay(grantee);
        const QString what = privilegeKeywords(privileges);
        const QString on = ref.toDisplay();
        if (g < 0)
            return {index, ImpactNote::Kind::NoEffect,
                    grant ? ImpactText::tr("no effect: every role already holds %1 on %2").arg(what, on)
                          : ImpactText::tr("no effect: no role loses %1 on %2").arg(what, on)};
        // The first privilege of the change tells the story; the others go the same way.
        Privilege first = Privilege::Select;
        for (Privilege p : allPrivileges()) {
            if (privileges.testFlag(p)) {
                first = p;
                break;
            }
        }
        const bool heldAfter = m_after.cell(g, o).granted.testFlag(first);
        const bool heldBefore = m_before.cell(g, o).granted.testFlag(first);
        if (grant && heldBefore)
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 already holds %2 on %3 through %4")
                        .arg(who, what, on, m_before.viaText(g, o, first))};
        if (!grant && heldAfter)
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 still holds %2 on %3 through %4")
                        .arg(who, what, on, m_after.viaText(g, o, first))};
        if (!grant && !heldBefore)
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 does not hold %2 on %3").arg(who, what, on)};
        return {index, ImpactNote::Kind::NoEffect, ImpactText::tr("no effect on any effective right")};
    }

    ImpactNote membershipNote(int index, const QString &group, const QString &member, bool grant)
    {
        const int g = role(group);
        const int m = role(member);
        if (g < 0 || m < 0)
            return notAssessed(index, ImpactText::tr("role %1 is not in the snapshot").arg(g < 0 ? group : member));
        if (grant && m_before.hasPrivilegesOf(m, g))
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 already has the privileges of %2 (%3)")
                        .arg(member, group, m_s.roles.at(m).superuser ? QStringLiteral("superuser") : pathText(m_before, m, g))};
        if (!grant && m_after.hasPrivilegesOf(m, g))
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 still has the privileges of %2 (%3)")
                        .arg(member, group, m_s.roles.at(m).superuser ? QStringLiteral("superuser") : pathText(m_after, m, g))};
        return {index, ImpactNote::Kind::NoEffect,
                grant ? ImpactText::tr("no effect: %1 gives %2 no right it lacks").arg(group, member)
                      : ImpactText::tr("no effect: %1 holds every right of %2 in another way").arg(member, group)};
    }

    /// A model role in pgx_inference_ce is its group role: held when its privileges are (or the
    /// role is a superuser), through whatever path, since the function adds or removes only the
    /// direct membership.
    ImpactNote modelRoleNote(int index, const ModelRoleChange &m)
    {
        if (const QString why = modelRoleNotAssessed(m_s, m); !why.isEmpty())
            return notAssessed(index, why);
        const QString group = ModelCatalog::groupRoleName(m.kind);
        const QString name = ModelCatalog::roleName(m.kind);
        const int g = role(group);
        const int u = role(m.role);
        if (u < 0)
            return notAssessed(index, ImpactText::tr("role %1 is not in the snapshot").arg(m.role));
        const auto how = [&](const EffectiveRights &side) {
            return m_s.roles.at(u).superuser ? QStringLiteral("superuser") : pathText(side, u, g);
        };
        if (m.grant && m_before.hasPrivilegesOf(u, g))
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 already holds the model role %2 (%3)").arg(m.role, name, how(m_before))};
        if (!m.grant && m_after.hasPrivilegesOf(u, g))
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 still holds the model role %2 (%3)").arg(m.role, name, how(m_after))};
        if (!m.grant && !m_before.hasPrivilegesOf(u, g))
            return {index, ImpactNote::Kind::NoEffect,
                    ImpactText::tr("no effect: %1 does not hold the model role %2").arg(m.role, name)};
        return {index, ImpactNote::Kind::NoEffect,
                m.grant ? ImpactText::tr("no effect: the model role %1 gives %2 no right it lacks").arg(name, m.role)
                        : ImpactText::tr("no effect: %1 holds every right of the model role %2 in another way").arg(m.role, name)};
    }

    const EffectiveRights &m_before;
    const EffectiveRights &m_after;
    const Snapshot &m_s;
    const std::atomic_bool *m_cancel;
    QHash<QString, int> m_roles;
    SnapshotObjectIndex &m_index; // shared with rightsAfterPlan: one build serves both
};

/// The objects whose cells can move for a role whose closure or SUPERUSER a plan changes: those
/// whose ACL (before or after) names a role it gains or loses the privileges of, or that such a
/// role owns; every object when it becomes or stops being a superuser or gains or loses
/// pg_read_all_data / pg_write_all_data. A column counts only through its own ACL: without one it
/// moves exactly as its table does.
class WideScope {
public:
    WideScope(const EffectiveRights &before, const EffectiveRights &after)
        : m_before(before)
        , m_after(after)
    {
    }

    void objectsFor(int role, std::vector<int> &out)
    {
        const Snapshot &s = m_before.snapshot();
        const bool everything = s.roles.at(role).superuser != m_after.snapshot().roles.at(role).superuser;
        std::vector<int> moved; // roles whose privileges \a role gains or loses
        for (int other = 0; !everything && other < int(s.roles.size()); ++other) {
            if (m_before.hasPrivilegesOf(role, other) != m_after.hasPrivilegesOf(role, other))
                moved.push_back(other);
        }
        if (everything || std::any_of(moved.begin(), moved.end(), [&](int r) { return isAllData(s.roles.at(r)); })) {
            for (int o = 0; o < int(s.objects.size()); ++o) {
                if (s.objects.at(o).parent < 0 || !s.objects.at(o).acl.isEmpty() || !m_after.snapshot().objects.at(o).acl.isEmpty())
                    out.push_back(o);
            }
            return;
        }
        if (moved.empty())
            return;
        if (m_byRole.empty())
            build();
        for (int r : moved)
            out.insert(out.end(), m_byRole[size_t(r)].begin(), m_byRole[size_t(r)].end());
    }

private:
    static bool isAllData(const Role &r)
    {
        return r.predefined && (r.name == u"pg_read_all_data" || r.name == u"pg_write_all_data");
    }

    void build()
    {
        const Snapshot &s = m_before.snapshot();
        m_byRole.assign(size_t(s.roles.size()), {});
        const auto add = [&](Oid oid, int object) {
            const int r = oid == PublicOid ? -1 : s.roleIndex(oid);
            if (r >= 0 && (m_byRole[size_t(r)].empty() || m_byRole[size_t(r)].back() != object))
                m_byRole[size_t(r)].push_back(object);
        };
        for (int o = 0; o < int(s.objects.size()); ++o) {
            add(s.objects.at(o).owner, o);
            for (const AclEntry &e : s.objects.at(o).acl)
                add(e.grantee, o);
            for (const AclEntry &e : m_after.snapshot().objects.at(o).acl)
                add(e.grantee, o);
        }
    }

    const EffectiveRights &m_before;
    const EffectiveRights &m_after;
    std::vector<std::vector<int>> m_byRole; // role -> objects naming it (owner or grantee), ascending
};

} // namespace

/// PlanImpact::through's memory: side.viaText(role, object, privilege) is a function of the role,
/// the privilege and the object's kind, owner and ACL entries giving the privilege (and its
/// table's, for a column), and a plan that opens many tables to a role opens most of them
/// through the same path.
class ImpactPathCache {
public:
    QString through(const EffectiveRights &side, bool after, int role, int object, Privilege privilege)
    {
        QVarLengthArray<quint64, 32> key;
        key.push_back((quint64(after) << 63) | (quint64(quint32(role)) << 16) | quint64(privilege));
        for (int at = object; at >= 0; at = side.snapshot().objects.at(at).parent) {
            const CatalogObject &o = side.snapshot().objects.at(at);
            key.push_back((quint64(o.kind) << 32) | o.owner);
            for (const AclEntry &e : o.acl)
                if (e.privileges.testFlag(privilege)) // explain() passes the others by
                    key.push_back((quint64(e.grantee) << 32) | (quint64(e.privileges.testFlag(privilege)) << 1)
                                  | quint64(e.grantOptions.testFlag(privilege)));
            key.push_back(~quint64(0)); // end of this object's entries
        }
        // Looked up without a copy; copied only when new.
        const QByteArray probe = QByteArray::fromRawData(reinterpret_cast<const char *>(key.data()),
                                                         qsizetype(key.size() * sizeof(quint64)));
        {
            const QMutexLocker lock(&m_mutex);
            const auto found = m_texts.constFind(probe);
            if (found != m_texts.cend())
                return *found;
        }
        const QString text = side.viaText(role, object, privilege);
        const QMutexLocker lock(&m_mutex);
        m_texts.insert(QByteArray(probe.constData(), probe.size()), text);
        return text;
    }

private:
    QMutex m_mutex;
    QHash<QByteArray, QString> m_texts;
};

QString PlanImpact::roleName(const ImpactRow &row) const
{
    return before->snapshot().roles.at(row.role).name;
}

QString PlanImpact::objectName(const ImpactRow &row) const
{
    return ObjectRef::fromSnapshot(before->snapshot(), row.object).toDisplay();
}

QString PlanImpact::through(const ImpactRow &row) const
{
    const bool gain = row.effect == ImpactEffect::Gained || row.effect == ImpactEffect::GrantOptionGained;
    return m_paths->through(gain ? *after : *before, gain, row.role, row.object, row.privilege);
}

PlanImpact computeImpact(std::shared_ptr<const EffectiveRights> beforeRights, const QList<Change> &changes,
                         const std::atomic_bool *cancel)
{
    PlanImpact impact;
    const EffectiveRights &before = *beforeRights;
    const EngineChanges expanded = engineChanges(before.snapshot(), changes);
    const QList<Change> &engine = expanded.changes;
    SnapshotObjectIndex index(before.snapshot());
    const std::shared_ptr<const EffectiveRights> afterRights = rightsAfterPlan(before, engine, &index);
    impact.before = std::move(beforeRights);
    impact.after = afterRights;
    impact.m_paths = std::make_shared<ImpactPathCache>();
    ImpactBuilder builder(before, *afterRights, index, cancel);
    const Snapshot &s = before.snapshot();
    const int roleCount = int(s.roles.size());
    const int objectCount = int(s.objects.size());

    std::vector<Footprint> footprints;
    footprints.reserve(size_t(engine.size()));
    std::vector<char> wideRole(size_t(roleCount), 0);
    std::vector<quint64> pairs;
    for (const Change &c : std::as_const(engine)) {
        footprints.push_back(builder.footprint(c));
        const Footprint &f = footprints.back();
        for (int r : f.roles) {
            if (f.wide)
                wideRole[size_t(r)] = 1;
            else
                for (int o : f.objects)
                    pairs.push_back(cellKey(r, o));
        }
        if (builder.cancelled()) {
            impact.cancelled = true;
            return impact;
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    // Role by role, objects in snapshot order: the rows come out sorted.
    WideScope scope(before, *afterRights);
    std::vector<int> objects;
    auto next = pairs.cbegin();
    for (int r = 0; r < roleCount; ++r) {
        objects.clear();
        if (wideRole[size_t(r)])
            scope.objectsFor(r, objects);
        for (; next != pairs.cend() && int(*next >> 32) == r; ++next)
            objects.push_back(int(*next & 0xffffffffu));
        if (objects.empty())
            continue;
        std::sort(objects.begin(), objects.end());
        objects.erase(std::unique(objects.begin(), objects.end()), objects.end());
        for (int o : objects) {
            builder.compare(r, o, impact.rows);
            if ((++impact.cellsCompared & 4095) == 0 && builder.cancelled()) {
                impact.cancelled = true;
                return impact;
            }
        }
    }

    // Which changes moved something: a row inside their footprint.
    QHash<quint64, Privileges> moved;
    std::vector<char> roleMoved(size_t(roleCount), 0);
    std::vector<char> objectMoved(size_t(objectCount), 0);
    for (const ImpactRow &row : std::as_const(impact.rows)) {
        moved[cellKey(row.role, row.object)] |= row.privilege;
        if (!roleMoved[size_t(row.role)]) {
            roleMoved[size_t(row.role)] = 1;
            ++impact.roles;
        }
        if (!objectMoved[size_t(row.object)]) {
            objectMoved[size_t(row.object)] = 1;
            ++impact.objects;
        }
        switch (row.effect) {
        case ImpactEffect::Gained: ++impact.gained; break;
        case ImpactEffect::Lost: ++impact.lost; break;
        case ImpactEffect::GrantOptionGained: ++impact.grantOptionsGained; break;
        case ImpactEffect::GrantOptionLost: ++impact.grantOptionsLost; break;
        }
    }
    // A plan change moved something when any of its engine changes did; its note is about it.
    std::vector<char> planMoved(size_t(changes.size()), 0);
    std::vector<int> firstEngine(size_t(changes.size()), -1);
    for (int i = 0; i < int(engine.size()); ++i) {
        const int p = expanded.plan.at(i);
        if (firstEngine[size_t(p)] < 0)
            firstEngine[size_t(p)] = i;
        const Footprint &f = footprints.at(size_t(i));
        bool effect = false;
        if (f.assessable) {
            for (int r : f.roles) {
                if (f.wide) {
                    effect = roleMoved[size_t(r)];
                } else {
                    for (int o : f.objects)
                        effect = effect || (moved.value(cellKey(r, o)) & f.privileges);
                }
                if (effect)
                    break;
            }
        }
        planMoved[size_t(p)] = planMoved[size_t(p)] || effect;
    }
    for (int p = 0; p < int(changes.size()); ++p) {
        const int e = firstEngine[size_t(p)];
        if (!planMoved[size_t(p)])
            impact.notes << builder.note(p, changes.at(p), engine.at(e), footprints.at(size_t(e)));
    }
    return impact;
}

QString ImpactText::effectName(ImpactEffect effect)
{
    switch (effect) {
    case ImpactEffect::Gained: return tr("gained");
    case ImpactEffect::Lost: return tr("lost");
    case ImpactEffect::GrantOptionGained: return tr("grant option gained");
    case ImpactEffect::GrantOptionLost: return tr("grant option lost");
    }
    return {};
}

QString ImpactText::noteKindName(ImpactNote::Kind kind)
{
    return kind == ImpactNote::Kind::NoEffect ? tr("no effect") : tr("not assessed");
}

QString ImpactText::summary(const PlanImpact &impact)
{
    // One count per message, so that each language's plural forms follow its own number.
    return tr("%1, %2, %3, %4 (%5, %6)")
        .arg(tr("%n right(s) gained", nullptr, impact.gained), tr("%n right(s) lost", nullptr, impact.lost),
             tr("%n grant option(s) gained", nullptr, impact.grantOptionsGained),
             tr("%n grant option(s) lost", nullptr, impact.grantOptionsLost),
             tr("%n role(s)", nullptr, impact.roles), tr("%n object(s)", nullptr, impact.objects));
}

} // namespace roledesk
