// ReportData: gathered once from the snapshot's rights (and a platform file, rules, a saved
// audit), then hashed over its canonical JSON.
#include "report/reportdata.h"

#include "audit/savedauditreader.h"
#include "catalog/modelcatalog.h"
#include "lint/lintfacts.h"
#include "lint/lintrules.h"
#include "lint/personlogins.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"
#include "privileges/effectiverights.h"
#include "privileges/rolesweep.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

namespace roledesk {

namespace {

template<typename T>
QJsonArray countsJson(const QList<QPair<QString, T>> &pairs)
{
    QJsonArray out;
    for (const auto &p : pairs)
        out.append(QJsonArray{p.first, double(p.second)});
    return out;
}

/// \a counts as (key, count) pairs, most first, equal counts by key.
QList<QPair<QString, qint64>> ranked(const QHash<QString, qint64> &counts)
{
    QList<QPair<QString, qint64>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

QString objectText(const CatalogObject &o)
{
    return o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
}

} // namespace

QByteArray ReportData::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, and Compact has one spelling per value: the same data
    // always gives the same bytes. Lists keep the order gather() gave them, which is fixed.
    QJsonArray roleRows;
    for (const ReportRole &r : roles)
        roleRows.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("login"), r.login},
                                    {QStringLiteral("superuser"), r.superuser},
                                    {QStringLiteral("createrole"), r.createRole},
                                    {QStringLiteral("predefined"), r.predefined},
                                    {QStringLiteral("rights"), double(r.rights)},
                                    {QStringLiteral("grant_options"), double(r.grantOptions)}});
    QJsonArray matrixRows;
    for (const QList<qint64> &row : matrix) {
        QJsonArray cells;
        for (qint64 n : row)
            cells.append(double(n));
        matrixRows.append(cells);
    }
    QJsonArray grants;
    for (const ReportGrantOption &g : grantOptionList)
        grants.append(QJsonArray{g.role, g.objectType, g.object, g.privilege, g.via});
    QJsonArray modelRows;
    for (const ReportModel &m : models)
        modelRows.append(QJsonObject{{QStringLiteral("name"), m.name},
                                     {QStringLiteral("owner"), m.owner},
                                     {QStringLiteral("users"), m.users},
                                     {QStringLiteral("logins"), QJsonArray::fromStringList(m.logins)}});
    QJsonArray violationRows;
    for (const LintViolation &v : violations)
        violationRows.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                                         {QStringLiteral("error"), v.severity == LintRule::Severity::Error},
                                         {QStringLiteral("person"), v.person},
                                         {QStringLiteral("login"), v.login},
                                         {QStringLiteral("message"), v.message},
                                         {QStringLiteral("path"), QJsonArray::fromStringList(v.path)}});
    QJsonArray changeRows;
    for (const AuditDifference &d : changes)
        changeRows.append(QJsonArray{AuditDifference::kindName(d.kind), d.gained, d.right.role, d.right.objectType,
                                     d.right.schema, d.right.name, d.right.privilege, d.right.via, d.item, d.detail});
    QJsonObject since;
    if (hasSince)
        since = QJsonObject{{QStringLiteral("identity"), sinceIdentity.toJson()},
                            {QStringLiteral("count"), double(changeCount)},
                            {QStringLiteral("counts"), countsJson(changeCounts)},
                            {QStringLiteral("listed"), changeRows}};
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("roledesk-report")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("identity"), identity.toJson()},
        {QStringLiteral("limits"), QJsonArray{limits.matrixRoles, limits.matrixSchemas, limits.chartBars, limits.detail}},
        {QStringLiteral("objects"), double(objects)},
        {QStringLiteral("rights"), double(rights)},
        {QStringLiteral("grant_options"), double(grantOptions)},
        {QStringLiteral("roles"), roleRows},
        {QStringLiteral("matrix"), QJsonObject{{QStringLiteral("schemas"), QJsonArray::fromStringList(matrixSchemas)},
                                               {QStringLiteral("roles"), QJsonArray::fromStringList(matrixRoles)},
                                               {QStringLiteral("other_roles"), matrixOtherRoles},
                                               {QStringLiteral("rights"), matrixRows}}},
        {QStringLiteral("grant_option_list"), grants},
        {QStringLiteral("memberships"), AuditSections::toJson(memberships)},
        {QStringLiteral("schema_groups"), AuditSections::toJson(schemaGroups)},
        {QStringLiteral("model_roles"), AuditSections::toJson(modelRoles)},
        {QStringLiteral("models"), modelRows},
        {QStringLiteral("platform"), hasPlatform ? QJsonValue(QJsonObject{
                                                       {QStringLiteral("roles"), AuditSections::toJson(platformRoles)},
                                                       {QStringLiteral("people_per_role"), countsJson(peoplePerPlatformRole)},
                                                       {QStringLiteral("login_problems"), QJsonArray::fromStringList(loginProblems)}})
                                                 : QJsonValue()},
        {QStringLiteral("rules"), rulesSource},
        {QStringLiteral("violations"), violationRows},
        {QStringLiteral("since"), hasSince ? QJsonValue(since) : QJsonValue()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ReportData::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

QList<QPair<QString, qint64>> ReportData::topRoles(int n) const
{
    QHash<QString, qint64> counts;
    for (const ReportRole &r : roles)
        if (!r.predefined && r.rights > 0)
            counts.insert(r.name, r.rights);
    return ranked(counts).mid(0, n);
}

QList<QPair<QString, qint64>> ReportData::modelsPerOwner() const
{
    QHash<QString, qint64> counts;
    for (const ReportModel &m : models)
        ++counts[m.owner];
    return ranked(counts);
}

QList<QPair<QString, qint64>> ReportData::violationsPerRule() const
{
    QHash<QString, qint64> counts;
    for (const LintViolation &v : violations)
        ++counts[v.rule];
    return ranked(counts);
}

std::optional<ReportData> ReportGatherer::gather(const ReportInputs &in, Failure *failure, QString *error,
                                                 const Progress &progress, const std::atomic_bool *cancelled)
{
    const auto stop = [&](Failure f, const QString &why) -> std::optional<ReportData> {
        *failure = f;
        *error = why;
        return std::nullopt;
    };
    const auto isCancelled = [&] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    const auto report = [&](const QString &phase, int permille) {
        if (progress)
            progress(phase, permille);
    };
    *failure = Failure::None;

    // The saved audit first: a damaged or foreign one should not wait for the pass over the rights.
    std::optional<SavedAuditReader> older;
    if (!in.sincePath.isEmpty()) {
        older.emplace(in.sincePath);
        if (!older->open())
            return stop(Failure::SavedAudit, older->error());
        if (const QString why = AuditComparison::otherDatabase(older->identity(), in.identity);
            !why.isEmpty() && !in.allowOtherDatabase)
            return stop(Failure::SavedAudit, why);
    }

    const EffectiveRights &rights = *in.rights;
    const Snapshot &s = rights.snapshot();
    ReportData d;
    d.identity = in.identity;
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.limits = in.limits;

    // One pass over each role's rights: per role and per schema, and the grant options it holds on
    // objects it does not own. Only the objects the role's grants are on are looked at.
    std::vector<int> roleOrder(size_t(s.roles.size()));
    std::iota(roleOrder.begin(), roleOrder.end(), 0);
    std::sort(roleOrder.begin(), roleOrder.end(), [&](int a, int b) { return s.roles.at(a).name < s.roles.at(b).name; });
    QHash<QString, int> schemaIndex;
    QStringList schemas;
    std::vector<int> objectSchema(size_t(s.objects.size()), -1);
    for (int o = 0; o < s.objects.size(); ++o) {
        const CatalogObject &x = s.objects.at(o);
        if (x.kind == ObjectKind::Language)
            continue;
        ++d.objects;
        // A schema's own rights count in that schema; a database's in the database-wide column.
        const QString schema = x.kind == ObjectKind::Schema ? x.name : x.schema;
        auto it = schemaIndex.constFind(schema);
        if (it == schemaIndex.cend()) {
            it = schemaIndex.insert(schema, int(schemas.size()));
            schemas.append(schema);
        }
        objectSchema[size_t(o)] = it.value();
    }
    std::vector<std::vector<qint64>> perSchema(size_t(s.roles.size()));
    std::vector<qint64> schemaTotals(size_t(schemas.size()), 0);
    // The saved audit lists the applicable privileges a cell grants: the same count here.
    std::array<unsigned, ObjectKindCount> applicable{};
    for (int k = 0; k < ObjectKindCount; ++k)
        applicable[size_t(k)] = unsigned(applicableMask(ObjectKind(k)).toInt());
    RoleSweep sweep(rights);
    int done = 0;
    const QString phase = tr("Counting the rights of every role");
    for (int r : roleOrder) {
        if (isCancelled())
            return stop(Failure::Cancelled, tr("cancelled"));
        const Role &role = s.roles.at(r);
        ReportRole row{role.name, role.canLogin, role.superuser, role.createRole, role.predefined, 0, 0};
        std::vector<qint64> &counts = perSchema[size_t(r)];
        counts.assign(size_t(schemas.size()), 0);
        sweep.setRole(r);
        for (int o : sweep.candidates()) {
            const int schema = objectSchema[size_t(o)];
            if (schema < 0)
                continue;
            const CellRights cell = rights.cell(r, o);
            if (!cell.granted)
                continue;
            const qint64 n = std::popcount(unsigned(cell.granted.toInt()) & applicable[size_t(sweep.kind(o))]);
            row.rights += n;
            counts[size_t(schema)] += n;
            schemaTotals[size_t(schema)] += n;
            // Grant options of the owner (and its members) and of superusers go with the object:
            // an auditor looks for the ones someone handed out.
            const Privileges handed = role.superuser ? Privileges() : cell.grantable & ~cell.ownerGrantOptions;
            if (!handed)
                continue;
            for (Privilege p : applicablePrivileges(s.objects.at(o).kind)) {
                if (!handed.testFlag(p))
                    continue;
                ++row.grantOptions;
                if (d.grantOptionList.size() < in.limits.detail)
                    d.grantOptionList.append({role.name, objectKindName(s.objects.at(o).kind), objectText(s.objects.at(o)),
                                              privilegeKeyword(p), rights.viaText(r, o, p)});
            }
        }
        d.rights += row.rights;
        d.grantOptions += row.grantOptions;
        d.roles.append(row);
        report(phase, int(qint64(++done) * 1000 / std::max<qsizetype>(1, s.roles.size())));
    }

    // The matrix: the roles and schemas with the most rights, the rest summed in one row and column.
    std::vector<int> schemaOrder(size_t(schemas.size()));
    std::iota(schemaOrder.begin(), schemaOrder.end(), 0);
    std::sort(schemaOrder.begin(), schemaOrder.end(), [&](int a, int b) {
        return schemaTotals[size_t(a)] != schemaTotals[size_t(b)] ? schemaTotals[size_t(a)] > schemaTotals[size_t(b)]
                                                                  : schemas.at(a) < schemas.at(b);
    });
    const int shownSchemas = std::min<int>(in.limits.matrixSchemas, int(schemaOrder.size()));
    for (int i = 0; i < shownSchemas; ++i)
        d.matrixSchemas.append(schemas.at(schemaOrder[size_t(i)]));
    const bool otherSchemas = int(schemaOrder.size()) > shownSchemas;
    if (otherSchemas)
        d.matrixSchemas.append(QStringLiteral("…"));
    std::vector<int> byRights;
    for (int r = 0; r < s.roles.size(); ++r)
        if (!s.roles.at(r).predefined)
            byRights.push_back(r);
    std::sort(byRights.begin(), byRights.end(), [&](int a, int b) {
        const qint64 x = std::accumulate(perSchema[size_t(a)].begin(), perSchema[size_t(a)].end(), qint64(0));
        const qint64 y = std::accumulate(perSchema[size_t(b)].begin(), perSchema[size_t(b)].end(), qint64(0));
        return x != y ? x > y : s.roles.at(a).name < s.roles.at(b).name;
    });
    const auto matrixRow = [&](const std::vector<int> &rolesIn) {
        QList<qint64> row(d.matrixSchemas.size(), 0);
        for (int r : rolesIn)
            for (int i = 0; i < int(schemaOrder.size()); ++i)
                row[std::min(i, shownSchemas)] += perSchema[size_t(r)][size_t(schemaOrder[size_t(i)])];
        return row;
    };
    const int shownRoles = std::min<int>(in.limits.matrixRoles, int(byRights.size()));
    for (int i = 0; i < shownRoles; ++i) {
        d.matrixRoles.append(s.roles.at(byRights[size_t(i)]).name);
        d.matrix.append(matrixRow({byRights[size_t(i)]}));
    }
    if (int(byRights.size()) > shownRoles) {
        d.matrixRoles.append(QStringLiteral("…"));
        d.matrixOtherRoles = int(byRights.size()) - shownRoles;
        d.matrix.append(matrixRow(std::vector<int>(byRights.begin() + shownRoles, byRights.end())));
    }

    // The small sections, as a saved audit has them.
    const AuditSections sections = SavedAuditWriter::sections(rights, in.platform);
    d.memberships = sections.memberships;
    d.schemaGroups = sections.schemaGroups;
    d.modelRoles = sections.modelRoles;

    // Model access: who may use each model, i.e. holds EXECUTE on its function.
    for (const ModelInfo &m : s.models.models) {
        ReportModel model;
        model.name = m.name;
        model.owner = m.owner;
        if (m.functionObject >= 0)
            for (int r : roleOrder) {
                if (s.roles.at(r).predefined || !rights.cell(r, m.functionObject).granted.testFlag(Privilege::Execute))
                    continue;
                ++model.users;
                if (s.roles.at(r).canLogin && model.logins.size() < in.limits.detail)
                    model.logins.append(s.roles.at(r).name);
            }
        d.models.append(model);
    }
    std::sort(d.models.begin(), d.models.end(), [](const ReportModel &a, const ReportModel &b) { return a.name < b.name; });

    // Platform roles and separation of duties.
    std::optional<PersonLogins> logins;
    if (in.platform) {
        d.hasPlatform = true;
        d.platformRoles = sections.platformRoles;
        QHash<QString, QSet<QString>> people;
        for (const PlatformRoleGrant &g : in.platform->roleGrants()) {
            const PlatformRole *role = in.platform->definition() ? in.platform->definition()->role(g.role) : nullptr;
            people[role ? role->name : g.role].insert(g.person);
        }
        QHash<QString, qint64> counts;
        for (auto it = people.cbegin(); it != people.cend(); ++it)
            counts.insert(it.key(), it.value().size());
        for (const auto &p : ranked(counts))
            d.peoplePerPlatformRole.append({p.first, int(p.second)});
        if (in.platformFile) {
            logins = PersonLogins::resolve(in.platformFile->logins, in.platform->people(), s);
            d.loginProblems = logins->problems();
        }
    }
    report(tr("Checking separation-of-duties rules"), 0);
    const LintRules rules = in.rules ? *in.rules : LintRulesFormat::defaults();
    d.rulesSource = in.rulesSource;
    const LintFacts facts = LintFactCollector::collect(rights, in.platform, logins ? &*logins : nullptr);
    d.violations = SeparationOfDuties::check(rules, facts, in.platform ? in.platform->definition() : nullptr);

    // The change since the saved audit: the audit of now in a temporary file, then one merge.
    if (older) {
        d.hasSince = true;
        d.sinceIdentity = older->identity();
        report(tr("Comparing with the saved audit"), 0);
        ScratchAudit now;
        QString why;
        if (!now.write(rights, in.identity, &why, cancelled, in.platform))
            return isCancelled() ? stop(Failure::Cancelled, tr("cancelled")) : stop(Failure::Scratch, why);
        SavedAuditReader newer(now.fileName());
        if (!newer.open())
            return stop(Failure::Scratch, newer.error());
        const AuditComparison c = AuditComparison::compare(*older, newer, cancelled);
        if (isCancelled())
            return stop(Failure::Cancelled, tr("cancelled"));
        if (!c.ok())
            return stop(Failure::SavedAudit, c.error);
        d.changeCount = c.differences.size();
        d.changes = c.differences.mid(0, in.limits.detail);
        QHash<QString, qint64> counts;
        for (const AuditDifference &diff : c.differences)
            ++counts[AuditDifference::kindName(diff.kind) + (diff.gained ? QStringLiteral(" +") : QStringLiteral(" -"))];
        d.changeCounts = ranked(counts);
    }
    report(tr("Done"), 1000);
    return d;
}

} // namespace roledesk
