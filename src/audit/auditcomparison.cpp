#include "audit/auditcomparison.h"

#include "audit/savedauditreader.h"

#include "export/auditexporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace roledesk {

QString AuditDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Right: return u"right"_s;
    case Kind::GrantOption: return u"grant_option"_s;
    case Kind::Membership: return u"membership"_s;
    case Kind::SchemaGroup: return u"schema_group"_s;
    case Kind::ModelRole: return u"model_role"_s;
    case Kind::PlatformRole: return u"platform_role"_s;
    }
    return {};
}

int AuditComparison::count(AuditDifference::Kind kind, bool gained) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [&](const AuditDifference &d) { return d.kind == kind && d.gained == gained; }));
}

QString AuditComparison::otherDatabase(const AuditIdentity &older, const AuditIdentity &newer)
{
    const bool sidKnown = !older.systemIdentifier.isEmpty() && !newer.systemIdentifier.isEmpty();
    if (sidKnown && older.systemIdentifier != newer.systemIdentifier)
        return QCoreApplication::translate("roledesk::AuditComparison",
                                           "the audits are of two different servers: %1 and %2")
            .arg(older.describe(), newer.describe());
    if (older.database != newer.database)
        return QCoreApplication::translate("roledesk::AuditComparison",
                                           "the audits are of two different databases: %1 and %2")
            .arg(older.describe(), newer.describe());
    return {};
}

namespace {

void compareSection(QList<AuditDifference> &out, AuditDifference::Kind kind,
                    const QList<QPair<QString, QString>> &older, const QList<QPair<QString, QString>> &newer)
{
    QMap<QString, QString> a, b;
    for (const auto &p : older)
        a.insert(p.first, p.second);
    for (const auto &p : newer)
        b.insert(p.first, p.second);
    const auto add = [&](bool gained, const QString &item, const QString &detail) {
        AuditDifference d;
        d.kind = kind;
        d.gained = gained;
        d.item = item;
        d.detail = detail;
        out.append(d);
    };
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            add(false, it.key(), it.value());
        else if (b.value(it.key()) != it.value()) { // changed: the old form goes, the new one comes
            add(false, it.key(), it.value());
            add(true, it.key(), b.value(it.key()));
        }
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            add(true, it.key(), it.value());
}

} // namespace

AuditComparison AuditComparison::compare(SavedAuditReader &older, SavedAuditReader &newer,
                                         const std::atomic_bool *cancelled)
{
    AuditComparison out;
    out.older = older.identity();
    out.newer = newer.identity();
    const auto right = [&](AuditDifference::Kind kind, bool gained, const SavedRight &r) {
        AuditDifference d;
        d.kind = kind;
        d.gained = gained;
        d.right = r;
        out.differences.append(d);
    };
    SavedRight a, b;
    bool haveA = older.next(&a);
    bool haveB = newer.next(&b);
    qint64 steps = 0;
    while ((haveA || haveB) && older.error().isEmpty() && newer.error().isEmpty()) {
        if (cancelled && (++steps & 0xfff) == 0 && cancelled->load(std::memory_order_relaxed)) {
            out.error = QCoreApplication::translate("roledesk::AuditComparison", "the comparison was cancelled");
            return out;
        }
        const int c = !haveA ? 1 : !haveB ? -1 : SavedAuditReader::compareKeys(a, b);
        if (c < 0) {
            right(AuditDifference::Kind::Right, false, a);
            haveA = older.next(&a);
        } else if (c > 0) {
            right(AuditDifference::Kind::Right, true, b);
            haveB = newer.next(&b);
        } else {
            if (a.grantable != b.grantable)
                right(AuditDifference::Kind::GrantOption, b.grantable, b.grantable ? b : a);
            haveA = older.next(&a);
            haveB = newer.next(&b);
        }
    }
    if (!older.error().isEmpty() || !newer.error().isEmpty()) {
        out.error = !older.error().isEmpty() ? older.error() : newer.error();
        return out;
    }
    compareSection(out.differences, AuditDifference::Kind::Membership, older.sections().memberships,
                   newer.sections().memberships);
    compareSection(out.differences, AuditDifference::Kind::SchemaGroup, older.sections().schemaGroups,
                   newer.sections().schemaGroups);
    compareSection(out.differences, AuditDifference::Kind::ModelRole, older.sections().modelRoles,
                   newer.sections().modelRoles);
    // An audit saved without a platform file says nothing about platform roles: not "all removed".
    if (older.sections().hasPlatformRoles && newer.sections().hasPlatformRoles)
        compareSection(out.differences, AuditDifference::Kind::PlatformRole, older.sections().platformRoles,
                       newer.sections().platformRoles);
    return out;
}

QJsonObject AuditComparison::toJson() const
{
    using Kind = AuditDifference::Kind;
    QJsonArray list;
    for (const AuditDifference &d : differences) {
        QJsonObject o{{u"kind"_s, AuditDifference::kindName(d.kind)}, {u"change"_s, d.gained ? u"gained"_s : u"lost"_s}};
        if (d.kind == Kind::Right || d.kind == Kind::GrantOption) {
            o.insert(u"role"_s, d.right.role);
            o.insert(u"object_type"_s, d.right.objectType);
            o.insert(u"object_schema"_s, d.right.schema);
            o.insert(u"object_name"_s, d.right.name);
            o.insert(u"privilege"_s, d.right.privilege);
            o.insert(u"grantable"_s, d.right.grantable);
            o.insert(u"via"_s, d.right.via);
        } else {
            o.insert(u"item"_s, d.item);
            o.insert(u"detail"_s, d.detail);
        }
        list.append(o);
    }
    QJsonObject summary;
    for (Kind k : {Kind::Right, Kind::GrantOption, Kind::Membership, Kind::SchemaGroup, Kind::ModelRole, Kind::PlatformRole})
        summary.insert(AuditDifference::kindName(k),
                       QJsonObject{{u"gained"_s, count(k, true)}, {u"lost"_s, count(k, false)}});
    return {{u"older"_s, older.toJson()},
            {u"newer"_s, newer.toJson()},
            {u"equal"_s, equal()},
            {u"differences"_s, list},
            {u"summary"_s, summary}};
}

QString AuditComparison::csv(const QList<AuditDifference> &differences)
{
    QString out = u"kind,change,role,object_type,object_schema,object_name,privilege,grantable,via,item,detail\r\n"_s;
    for (const AuditDifference &d : differences) {
        const bool right = d.kind == AuditDifference::Kind::Right || d.kind == AuditDifference::Kind::GrantOption;
        const QStringList fields{AuditDifference::kindName(d.kind), d.gained ? u"gained"_s : u"lost"_s,
                                 d.right.role, d.right.objectType, d.right.schema, d.right.name, d.right.privilege,
                                 right ? (d.right.grantable ? u"true"_s : u"false"_s) : QString(),
                                 d.right.via, d.item, d.detail};
        out += AuditExporter::csvRecord(fields);
    }
    return out;
}

} // namespace roledesk
