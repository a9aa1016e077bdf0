#include "audit/savedaudit.h"

#include "catalog/modelcatalog.h"
#include "catalog/snapshot.h"
#include "export/auditexporter.h"
#include "privileges/effectiverights.h"
#include "privileges/rolesweep.h"
#include "platform/platformevaluation.h"
#include "slpm/schemagroups.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

using namespace Qt::StringLiterals;

namespace roledesk {

AuditIdentity AuditIdentity::of(const Snapshot &snapshot, const QString &host)
{
    AuditIdentity id;
    id.systemIdentifier = snapshot.systemIdentifier;
    id.database = snapshot.database;
    id.serverVersion = snapshot.serverVersion;
    id.host = host;
    id.roledeskVersion = QCoreApplication::applicationVersion();
    id.takenAt = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    return id;
}

QJsonObject AuditIdentity::toJson() const
{
    return {{u"system_identifier"_s, systemIdentifier},
            {u"database"_s, database},
            {u"server_version"_s, serverVersion},
            {u"host"_s, host},
            {u"roledesk_version"_s, roledeskVersion},
            {u"taken_at"_s, takenAt.toUTC().toString(Qt::ISODateWithMs)}};
}

AuditIdentity AuditIdentity::fromJson(const QJsonObject &o)
{
    AuditIdentity id;
    id.systemIdentifier = o.value(u"system_identifier"_s).toString();
    id.database = o.value(u"database"_s).toString();
    id.serverVersion = o.value(u"server_version"_s).toString();
    id.host = o.value(u"host"_s).toString();
    id.roledeskVersion = o.value(u"roledesk_version"_s).toString();
    id.takenAt = QDateTime::fromString(o.value(u"taken_at"_s).toString(), Qt::ISODateWithMs);
    return id;
}

QString AuditIdentity::describe() const
{
    const QString sid = systemIdentifier.isEmpty()
        ? QCoreApplication::translate("roledesk::SavedAudit", "system identifier unknown")
        : QCoreApplication::translate("roledesk::SavedAudit", "system identifier %1").arg(systemIdentifier);
    return QCoreApplication::translate("roledesk::SavedAudit", "database %1 on %2 (%3)")
        .arg(database, host.isEmpty() ? u"?"_s : host, sid);
}

AuditSections SavedAuditWriter::sections(const EffectiveRights &rights, const PlatformEvaluation *platform)
{
    const Snapshot &s = rights.snapshot();
    AuditSections out;
    for (const Membership &m : s.memberships) {
        QStringList how;
        if (m.adminOption)
            how << u"admin option"_s;
        if (!m.inherit)
            how << u"noinherit"_s;
        if (m.implicit)
            how << u"implicit"_s;
        out.memberships.append({s.roleName(m.member) + u'|' + s.roleName(m.group), how.join(u", ")});
    }
    for (const SchemaGroup &g : s.groups.groups)
        out.schemaGroups.append({g.name, (schemagroups::levelName(g.level) + u' ' + g.schema).trimmed()});
    for (const ModelRoleGrant &r : s.models.roles)
        out.modelRoles.append({r.role + u'|' + ModelCatalog::roleName(r.kind),
                               r.direct ? u"direct"_s : u"inherited"_s});
    if (platform) {
        out.hasPlatformRoles = true;
        for (const PlatformRoleGrant &g : platform->roleGrants()) {
            QString how = u"manual"_s;
            if (g.source == PlatformRoleGrant::Source::Rule) {
                how = u"rule "_s + g.rule;
                if (!g.groupPath.isEmpty())
                    how += u" via "_s + g.groupPath.join(u" > "_s);
            }
            out.platformRoles.append({g.person + u'|' + g.role + u'|' + g.project, how});
        }
    }
    for (auto *list : {&out.memberships, &out.schemaGroups, &out.modelRoles, &out.platformRoles}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    return out;
}

namespace {

/// One top-level member on a line of its own, as the reader expects.
QByteArray member(const char *key, const QJsonValue &value)
{
    QJsonObject wrap{{QLatin1String(key), value}};
    QByteArray line = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return line.mid(1, line.size() - 2) + ",\n"; // without the braces
}

QByteArray json(const QString &s)
{
    return AuditExporter::jsonString(s).toUtf8();
}

} // namespace

bool SavedAuditWriter::write(const EffectiveRights &rights, const AuditIdentity &identity, QIODevice *device,
                             QString *error, const Progress &progress, const std::atomic_bool *cancelled,
                             const PlatformEvaluation *platform)
{
    const Snapshot &s = rights.snapshot();
    QByteArray buffer;
    buffer.reserve(512 * 1024);
    bool failed = false;
    const auto flush = [&] {
        if (!failed && !buffer.isEmpty() && device->write(buffer) != buffer.size()) {
            failed = true;
            *error = device->errorString();
        }
        buffer.clear();
        return !failed;
    };

    const AuditSections sec = sections(rights, platform);
    buffer += "{\n";
    buffer += member("format", QString::fromLatin1(formatName));
    buffer += member("format_version", formatVersion);
    buffer += member("identity", identity.toJson());
    buffer += member("memberships", AuditSections::toJson(sec.memberships));
    buffer += member("schema_groups", AuditSections::toJson(sec.schemaGroups));
    buffer += member("model_roles", AuditSections::toJson(sec.modelRoles));
    if (platform)
        buffer += member("platform_roles", AuditSections::toJson(sec.platformRoles));
    buffer += "\"rights\": [";

    // The order of the rights: roles by name; objects by schema, name, type; privileges by keyword.
    std::vector<int> roles(size_t(s.roles.size()));
    std::iota(roles.begin(), roles.end(), 0);
    std::sort(roles.begin(), roles.end(), [&](int a, int b) { return s.roles.at(a).name < s.roles.at(b).name; });
    const int objectCount = int(s.objects.size());
    std::vector<int> byKey(static_cast<size_t>(objectCount));
    std::iota(byKey.begin(), byKey.end(), 0);
    std::vector<QString> kinds(static_cast<size_t>(objectCount));
    for (int o = 0; o < objectCount; ++o)
        kinds[size_t(o)] = objectKindName(s.objects.at(o).kind);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
        const CatalogObject &x = s.objects.at(a), &y = s.objects.at(b);
        if (int c = QString::compare(x.schema, y.schema); c)
            return c < 0;
        if (int c = QString::compare(x.name, y.name); c)
            return c < 0;
        return kinds[size_t(a)] < kinds[size_t(b)];
    });
    std::vector<int> rank(static_cast<size_t>(objectCount));
    for (int i = 0; i < objectCount; ++i)
        rank[size_t(byKey[size_t(i)])] = i;
    // Each object's middle part of a row, encoded once.
    std::vector<QByteArray> objectPart(static_cast<size_t>(objectCount));
    for (int o = 0; o < objectCount; ++o) {
        const CatalogObject &x = s.objects.at(o);
        objectPart[size_t(o)] = ',' + json(kinds[size_t(o)]) + ',' + json(x.schema) + ',' + json(x.name) + ',';
    }
    std::array<QList<Privilege>, ObjectKindCount> privileges;
    for (int k = 0; k < ObjectKindCount; ++k) {
        privileges[size_t(k)] = applicablePrivileges(ObjectKind(k));
        std::sort(privileges[size_t(k)].begin(), privileges[size_t(k)].end(),
                  [](Privilege a, Privilege b) { return privilegeKeyword(a) < privilegeKeyword(b); });
    }

    // The privilege and grant option part of a row, by privilege bit and grant option: made once.
    std::array<std::array<QByteArray, 2>, 16> privilegePart;
    for (Privilege p : allPrivileges())
        for (int grantable = 0; grantable < 2; ++grantable)
            privilegePart[size_t(std::countr_zero(unsigned(p)))][size_t(grantable)] =
                '"' + privilegeKeyword(p).toLatin1() + (grantable ? "\",true," : "\",false,");

    RoleSweep sweep(rights);
    std::vector<QByteArray> viaCache(size_t(sweep.pieceCount()));
    std::vector<char> viaMade;
    qint64 count = 0;
    std::vector<int> objects;
    int done = 0;
    for (int r : roles) {
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            *error = QCoreApplication::translate("roledesk::SavedAudit", "cancelled");
            return false;
        }
        sweep.setRole(r);
        viaMade.assign(viaCache.size(), 0);
        const QByteArray rolePart = "[" + json(s.roles.at(r).name);
        objects.clear();
        for (int o : sweep.candidates())
            if (s.objects.at(o).kind != ObjectKind::Language) // as the audit export: not audited
                objects.push_back(o);
        std::sort(objects.begin(), objects.end(), [&](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
        for (int o : objects) {
            const CellRights cell = rights.cell(r, o);
            if (!cell.granted)
                continue;
            for (Privilege p : privileges[size_t(s.objects.at(o).kind)]) {
                if (!cell.granted.testFlag(p))
                    continue;
                const RoleSweep::Pieces pieces = sweep.pieces(o, p, cell);
                buffer += count++ ? ",\n" : "\n";
                buffer += rolePart;
                buffer += objectPart[size_t(o)];
                buffer += privilegePart[size_t(std::countr_zero(unsigned(p)))][cell.grantable.testFlag(p) ? 1 : 0];
                if (pieces.size() == 1) {
                    const size_t piece = size_t(pieces.front());
                    if (!viaMade[piece]) {
                        viaCache[piece] = json(sweep.pieceText(int(piece)));
                        viaMade[piece] = 1;
                    }
                    buffer += viaCache[piece];
                } else {
                    buffer += json(sweep.text(pieces));
                }
                buffer += ']';
            }
            if (buffer.size() > 256 * 1024 && !flush())
                return false;
        }
        if (progress)
            progress(++done, int(roles.size()));
    }
    // The count last: a file cut at a line break still lacks it, and says so when read.
    buffer += "\n],\n\"rights_count\": " + QByteArray::number(count) + "\n}\n";
    return flush();
}

bool ScratchAudit::write(const EffectiveRights &rights, const AuditIdentity &identity, QString *error,
                         const std::atomic_bool *cancelled, const PlatformEvaluation *platform)
{
    QString why;
    if (m_file.open() && SavedAuditWriter::write(rights, identity, &m_file, &why, {}, cancelled, platform) && m_file.flush())
        return true;
    if (error)
        *error = tr("could not write a temporary file: %1").arg(why.isEmpty() ? m_file.errorString() : why);
    return false;
}

QJsonArray AuditSections::toJson(const QList<QPair<QString, QString>> &section)
{
    QJsonArray out;
    for (const auto &p : section)
        out.append(QJsonArray{p.first, p.second});
    return out;
}

} // namespace roledesk
