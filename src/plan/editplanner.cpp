#include "plan/editplanner.h"

#include "plan/objectref.h"

#include <QSet>

namespace roledesk {

namespace {

bool sameKind(ObjectKind wanted, ObjectKind kind)
{
    if (wanted == ObjectKind::Table) // GRANT ... ON ALL TABLES covers every non-sequence relation
        return kind == ObjectKind::Table || kind == ObjectKind::View || kind == ObjectKind::MaterializedView
               || kind == ObjectKind::ForeignTable;
    return wanted == kind;
}

QString displayName(const Snapshot &s, int object)
{
    return ObjectRef::fromSnapshot(s, object).toDisplay();
}

} // namespace

EditPlanner::EditPlanner(std::shared_ptr<const EffectiveRights> rights)
    : m_rights(std::move(rights))
{
    const Snapshot &s = snapshot();
    for (int i = 0; i < s.roles.size(); ++i)
        m_roleByName.insert(s.roles.at(i).name, i);
}

Privileges EditPlanner::applicable(ObjectKind kind, Privileges privileges)
{
    Privileges mask;
    for (Privilege p : applicablePrivileges(kind))
        mask |= p;
    return privileges & mask;
}

bool EditPlanner::granteeOid(const QString &grantee, Oid *oid) const
{
    if (grantee.isEmpty()) {
        *oid = PublicOid;
        return true;
    }
    const int index = m_roleByName.value(grantee, -1);
    if (index < 0)
        return false;
    *oid = snapshot().roles.at(index).oid;
    return true;
}

EditResult EditPlanner::grant(const QString &grantee, int object, Privileges privileges, bool withGrantOption) const
{
    EditResult result;
    const Snapshot &s = snapshot();
    if (object < 0 || object >= s.objects.size())
        return result;
    const CatalogObject &o = s.objects.at(object);
    Privileges wanted = applicable(o.kind, privileges);
    Oid oid = 0;
    if (!granteeOid(grantee, &oid)) {
        result.notes << tr("There is no role named %1.").arg(grantee);
        return result;
    }
    // What the owner already granted to the grantee needs no new GRANT (the applying superuser's
    // grants are recorded with the owner as grantor).
    for (const AclEntry &e : o.acl)
        if (e.grantee == oid && e.grantor == o.owner)
            wanted &= ~(withGrantOption ? (e.privileges & e.grantOptions) : e.privileges);
    if (!wanted)
        return result;
    result.changes << GrantPrivileges{ObjectRef::fromSnapshot(s, object), grantee, wanted, withGrantOption};
    return result;
}

EditResult EditPlanner::revoke(const QString &grantee, int object, Privileges privileges, bool grantOptionOnly) const
{
    EditResult result;
    const Snapshot &s = snapshot();
    if (object < 0 || object >= s.objects.size())
        return result;
    const CatalogObject &o = s.objects.at(object);
    const Privileges wanted = applicable(o.kind, privileges);
    Oid oid = 0;
    if (!wanted || !granteeOid(grantee, &oid))
        return result;
    const ObjectRef ref = ObjectRef::fromSnapshot(s, object);
    for (const AclEntry &e : o.acl) {
        if (e.grantee != oid)
            continue;
        const Privileges held = wanted & (grantOptionOnly ? e.grantOptions : e.privileges);
        if (!held)
            continue;
        // Grants the grantee made with its grant options depend on them: without CASCADE the
        // REVOKE fails with "dependent privileges exist".
        bool dependents = false;
        if (oid != PublicOid && (e.grantOptions & held))
            for (const AclEntry &d : o.acl)
                if (d.grantor == oid && d.grantee != oid && (d.privileges & held & e.grantOptions))
                    dependents = true;
        RevokePrivileges r{ref, grantee, held, grantOptionOnly, dependents,
                           e.grantor == o.owner ? QString() : s.roleName(e.grantor)};
        result.changes << r;
        if (dependents)
            result.notes << tr("%1 re-granted %2 on %3 to others; those grants are revoked too (CASCADE).")
                                .arg(granteeDisplay(grantee), privilegeKeywords(held), ref.toDisplay());
    }
    if (result.changes.isEmpty())
        result.notes << tr("%1 holds no direct grant of %2 on %3; nothing to revoke there.")
                            .arg(granteeDisplay(grantee), privilegeKeywords(wanted), ref.toDisplay());
    explainRemaining(grantee, object, wanted, grantOptionOnly, result);
    return result;
}

void EditPlanner::explainRemaining(const QString &grantee, int object, Privileges privileges, bool grantOptionOnly,
                                   EditResult &result) const
{
    const Snapshot &s = snapshot();
    const CatalogObject &o = s.objects.at(object);
    const QString who = granteeDisplay(grantee);
    const QString what = displayName(s, object);
    Oid oid = 0;
    granteeOid(grantee, &oid);
    // A column's rights also come from its table.
    if (o.kind == ObjectKind::Column && o.parent >= 0) {
        const CatalogObject &t = s.objects.at(o.parent);
        Privileges onTable;
        for (const AclEntry &e : t.acl)
            if (e.grantee == oid)
                onTable |= privileges & (grantOptionOnly ? e.grantOptions : e.privileges);
        if (onTable)
            result.notes << tr("%1 also holds %2 on the whole table %3, which covers this column; "
                               "revoke it on the table to take it away.")
                                .arg(who, privilegeKeywords(onTable), displayName(s, o.parent));
    }
    if (grantee.isEmpty())
        return;
    const int role = m_roleByName.value(grantee, -1);
    if (role < 0)
        return;
    if (s.roles.at(role).superuser) {
        result.notes << tr("%1 is a superuser and keeps every right on %2.").arg(who, what);
        return;
    }
    const int owner = s.roleIndex(o.owner);
    if (owner == role)
        result.notes << tr("%1 owns %2: it keeps the grant options and can grant itself the right again.")
                            .arg(who, what);
    else if (owner >= 0 && m_rights->hasPrivilegesOf(role, owner))
        result.notes << tr("%1 is a member of %2, the owner of %3, and keeps every right through it.")
                            .arg(who, s.roles.at(owner).name, what);
    QSet<QString> seen;
    Privileges viaPublic;
    for (Privilege p : allPrivileges()) {
        if (!privileges.testFlag(p))
            continue;
        for (const Lineage &l : m_rights->explain(role, object, p)) {
            if (grantOptionOnly && !l.grantable)
                continue;
            QString note;
            switch (l.source) {
            case RightSource::Direct:
                break; // the entries being revoked (or, for a column, the table note above)
            case RightSource::Owner:
                break; // said once, below
            case RightSource::Inherited: {
                QStringList names;
                for (Oid step : l.path)
                    names << s.roleName(step);
                note = tr("%1 still gets %2 through %3.").arg(who, privilegeKeyword(p), names.join(QStringLiteral(" → ")));
                break;
            }
            case RightSource::Public:
                viaPublic |= p;
                break;
            case RightSource::Predefined:
                note = tr("%1 still has %2 through the predefined role %3.")
                           .arg(who, privilegeKeyword(p), l.path.isEmpty() ? QString() : s.roleName(l.path.back()));
                break;
            case RightSource::Superuser:
                break;
            }
            if (!note.isEmpty() && !seen.contains(note)) {
                seen.insert(note);
                result.notes << note;
            }
        }
    }
    if (viaPublic && !grantOptionOnly) {
        result.notes << tr("%1 still has %2 on %3 through PUBLIC; revoke it from PUBLIC to take it away "
                           "from every role.").arg(who, privilegeKeywords(viaPublic), what);
        const EditResult pub = revoke(QString(), object, viaPublic, false);
        result.publicRevokes += pub.changes;
    }
}

EditResult EditPlanner::grant(const QList<EditTarget> &targets, Privileges privileges, bool withGrantOption) const
{
    EditResult result;
    for (const EditTarget &t : targets) {
        const EditResult one = grant(t.grantee, t.object, privileges, withGrantOption);
        result.changes += one.changes;
        result.notes += one.notes;
    }
    result.changes = mergeChanges(result.changes);
    result.notes.removeDuplicates();
    return result;
}

EditResult EditPlanner::revoke(const QList<EditTarget> &targets, Privileges privileges, bool grantOptionOnly) const
{
    EditResult result;
    for (const EditTarget &t : targets) {
        const EditResult one = revoke(t.grantee, t.object, privileges, grantOptionOnly);
        result.changes += one.changes;
        if (!one.changes.isEmpty() || targets.size() == 1)
            result.notes += one.notes;
        result.publicRevokes += one.publicRevokes;
    }
    result.changes = mergeChanges(result.changes);
    result.publicRevokes = mergeChanges(result.publicRevokes);
    result.notes.removeDuplicates();
    return result;
}

QList<int> EditPlanner::objectsInSchema(const QString &schema, ObjectKind kind) const
{
    QList<int> out;
    const Snapshot &s = snapshot();
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.kind != ObjectKind::Schema && o.kind != ObjectKind::Database && o.schema == schema
            && sameKind(kind, o.kind))
            out << i;
    }
    return out;
}

int EditPlanner::schemaObject(const QString &schema) const
{
    const Snapshot &s = snapshot();
    for (int i = 0; i < s.objects.size(); ++i)
        if (s.objects.at(i).kind == ObjectKind::Schema && s.objects.at(i).name == schema)
            return i;
    return -1;
}

EditResult EditPlanner::grantAllInSchema(const QString &grantee, const QString &schema, ObjectKind kind,
                                         Privileges privileges, bool withGrantOption) const
{
    QList<EditTarget> targets;
    for (int i : objectsInSchema(schema, kind))
        targets << EditTarget{grantee, i};
    EditResult result = grant(targets, privileges, withGrantOption);
    const int schemaIndex = schemaObject(schema);
    if (schemaIndex < 0 || targets.isEmpty())
        return result;
    // The objects are out of reach without USAGE on their schema.
    bool hasUsage = false;
    const Snapshot &s = snapshot();
    if (grantee.isEmpty()) {
        for (const AclEntry &e : s.objects.at(schemaIndex).acl)
            hasUsage |= e.grantee == PublicOid && e.privileges.testFlag(Privilege::Usage);
    } else if (const int role = m_roleByName.value(grantee, -1); role >= 0) {
        hasUsage = m_rights->cell(role, schemaIndex).granted.testFlag(Privilege::Usage);
    }
    if (!hasUsage) {
        result.changes.prepend(GrantPrivileges{ObjectRef::fromSnapshot(s, schemaIndex), grantee, Privilege::Usage, false});
        result.notes << tr("%1 also gets USAGE on schema %2, without which the objects cannot be reached.")
                            .arg(granteeDisplay(grantee), schema);
    }
    return result;
}

QList<Change> mergeChanges(const QList<Change> &changes)
{
    QList<Change> out;
    for (const Change &c : changes) {
        bool merged = false;
        if (const auto *g = std::get_if<GrantPrivileges>(&c)) {
            for (Change &o : out)
                if (auto *og = std::get_if<GrantPrivileges>(&o);
                    og && og->object == g->object && og->grantee == g->grantee && og->withGrantOption == g->withGrantOption) {
                    og->privileges |= g->privileges;
                    merged = true;
                    break;
                }
        } else if (const auto *r = std::get_if<RevokePrivileges>(&c)) {
            for (Change &o : out)
                if (auto *orv = std::get_if<RevokePrivileges>(&o);
                    orv && orv->object == r->object && orv->grantee == r->grantee && orv->grantor == r->grantor
                    && orv->grantOptionOnly == r->grantOptionOnly) {
                    orv->privileges |= r->privileges;
                    orv->cascade = orv->cascade || r->cascade;
                    merged = true;
                    break;
                }
        }
        if (!merged)
            out << c;
    }
    return out;
}

} // namespace roledesk
