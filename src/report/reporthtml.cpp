// ReportWriter::html(): the report as one HTML text, for a browser or for QTextDocument (the PDF).
#include "report/reportwriter.h"

#include <QLocale>

#include <algorithm>

namespace roledesk {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

// Read offline and archived for years: everything inline, nothing fetched, no script. Printed
// from a browser, tables keep their header on each page.
constexpr const char *browserStyle = R"(<style>
@page{size:A4;margin:16mm 14mm;}
body{font-family:"Noto Sans","DejaVu Sans",system-ui,sans-serif;margin:2em auto;max-width:60em;color:#1d2330;line-height:1.4;}
h1{font-size:1.8em;margin:0 0 .3em 0;}
h2{font-size:1.25em;margin-top:2.2em;border-bottom:2px solid #3b6ea5;padding-bottom:.2em;}
h3{font-size:1.05em;margin-top:1.4em;}
table{border-collapse:collapse;margin:.5em 0 1em 0;font-size:.88em;}
th,td{border:1px solid #d5d9e0;padding:.2em .55em;text-align:left;vertical-align:top;}
th{background:#eef1f6;}
thead{display:table-header-group;}
tr{page-break-inside:avoid;}
tbody tr:nth-child(even) td{background:#f8f9fb;}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;}
table.cover th{background:none;border:none;padding-left:0;}
table.cover td{border:none;}
.hash{font-family:"DejaVu Sans Mono",monospace;word-break:break-all;}
.note,.more{color:#5b6475;font-size:.9em;}
.none{color:#6b7280;font-style:italic;}
.warn{color:#8a4b00;font-weight:600;}
svg.chart{display:block;margin:1em 0;max-width:100%;height:auto;}
nav ol{columns:2;}
section{page-break-before:auto;}
@media print{h2{page-break-before:always;}h2.first{page-break-before:auto;}nav{display:none;}}
</style>
)";

/// The HTML of one report, built section by section.
class Builder {
public:
    Builder(const ReportData &d, ReportWriter::Target target) : m_d(d), m_target(target) {}

    QString build();

private:
    bool print() const { return m_target == ReportWriter::Target::Print; }
    void heading(const QString &id, const QString &title, bool first = false);
    /// A table: \a header, rows of escaped cells, numeric columns right-aligned; \a total rows
    /// exist, of which \a rows are shown ("and N more" below otherwise).
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric = {},
               qint64 total = -1, int firstWidth = 0);
    void none(const QString &text) { m_out += QStringLiteral("<p class=\"none\"><i>%1</i></p>\n").arg(e(text)); }
    void note(const QString &text) { m_out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(e(text)); }
    QString yes(bool on) const { return on ? e(ReportWriter::tr("yes")) : QString(); }
    /// Pairs "a|b" → value as rows of the split key and the value.
    QList<QStringList> pairRows(const QList<QPair<QString, QString>> &pairs, int parts) const;

    void cover();
    void summary();
    void matrix();
    void roles();
    void grantOptions();
    void memberships();
    void schemaGroups();
    void models();
    void platform();
    void violations();
    void since();

    const ReportData &m_d;
    ReportWriter::Target m_target;
    QString m_out;
    int m_chart = 0;
};

void Builder::heading(const QString &id, const QString &title, bool first)
{
    // QTextDocument honours page-break-before only as an inline style.
    const QString style = print() && !first ? QStringLiteral(" style=\"page-break-before:always\"") : QString();
    m_out += QStringLiteral("<h2 id=\"%1\"%2%3>%4</h2>\n")
                 .arg(id, first ? QStringLiteral(" class=\"first\"") : QString(), style, e(title));
}

void Builder::table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric, qint64 total,
                    int firstWidth)
{
    const QString align = QStringLiteral(" class=\"num\" align=\"right\"");
    // A wide table with a first column of names: the names get their share of the page (QTextDocument
    // would otherwise split the width evenly and break names inside).
    m_out += QStringLiteral("<table%1 border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>")
                 .arg(firstWidth ? QStringLiteral(" width=\"100%\"") : QString());
    for (int i = 0; i < header.size(); ++i)
        m_out += QStringLiteral("<th%1%2>%3</th>")
                     .arg(numeric.contains(i) ? align : QString(),
                          i == 0 && firstWidth ? QStringLiteral(" width=\"%1%\"").arg(firstWidth) : QString(), e(header.at(i)));
    m_out += QStringLiteral("</tr></thead><tbody>\n");
    for (const QStringList &row : rows) {
        m_out += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            m_out += QStringLiteral("<td%1>%2</td>").arg(numeric.contains(i) ? align : QString(), row.at(i));
        m_out += QStringLiteral("</tr>\n");
    }
    m_out += QStringLiteral("</tbody></table>\n");
    if (total > rows.size())
        m_out += QStringLiteral("<p class=\"more\">%1</p>\n")
                     .arg(e(ReportWriter::tr("Shown: %1 of %2. The report's data file (--data) holds every one.")
                                .arg(num(rows.size()), num(total))));
}

QList<QStringList> Builder::pairRows(const QList<QPair<QString, QString>> &pairs, int parts) const
{
    QList<QStringList> rows;
    for (const auto &p : pairs) {
        if (rows.size() >= m_d.limits.detail)
            break;
        QStringList cells = p.first.split(u'|');
        while (cells.size() < parts)
            cells.append(QString());
        for (QString &c : cells)
            c = e(c);
        cells.append(e(p.second));
        rows.append(cells);
    }
    return rows;
}

QString Builder::build()
{
    const QString lang = m_d.language.isEmpty() ? QStringLiteral("en") : m_d.language;
    m_out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>\n<title>%2</title>\n")
                .arg(e(lang), e(ReportWriter::title() + QStringLiteral(" — ") + m_d.identity.database));
    if (!print())
        m_out += QLatin1String(browserStyle);
    m_out += QStringLiteral("</head><body>\n");
    cover();
    summary();
    matrix();
    roles();
    grantOptions();
    memberships();
    schemaGroups();
    models();
    platform();
    violations();
    since();
    m_out += QStringLiteral("</body></html>\n");
    return m_out;
}

void Builder::cover()
{
    const AuditIdentity &id = m_d.identity;
    m_out += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                 .arg(e(ReportWriter::title()), e(ReportWriter::tr("Who may do what in database %1").arg(id.database)));
    const QLocale locale;
    const QList<QPair<QString, QString>> rows{
        {ReportWriter::tr("Database"), id.database},
        {ReportWriter::tr("Server"), id.host},
        {ReportWriter::tr("Server version"), id.serverVersion},
        {ReportWriter::tr("System identifier"), id.systemIdentifier.isEmpty() ? ReportWriter::tr("(not readable by this login)")
                                                                              : id.systemIdentifier},
        {ReportWriter::tr("Catalog read at"), locale.toString(id.takenAt.toUTC(), QLocale::LongFormat)},
        {ReportWriter::tr("Report made at"), locale.toString(m_d.generatedAt.toUTC(), QLocale::LongFormat)},
        {ReportWriter::tr("Made by"), QStringLiteral("RoleDesk ") + id.roledeskVersion},
        {ReportWriter::tr("Separation-of-duties rules"),
         m_d.rulesSource.isEmpty() ? ReportWriter::tr("the shipped defaults") : m_d.rulesSource},
    };
    m_out += QStringLiteral("<table class=\"cover\" cellpadding=\"3\">\n");
    for (const auto &[k, v] : rows)
        m_out += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(e(k), e(v));
    m_out += QStringLiteral("<tr><th align=\"left\">%1</th><td class=\"hash\"><code>%2</code></td></tr>\n")
                 .arg(e(ReportWriter::tr("Content SHA-256")), m_d.sha256());
    m_out += QStringLiteral("</table>\n");
    note(ReportWriter::hashNote());
    if (!print()) {
        m_out += QStringLiteral("<nav><h3>%1</h3><ol>").arg(e(ReportWriter::tr("Contents")));
        const QList<QPair<QString, QString>> toc{
            {QStringLiteral("summary"), ReportWriter::tr("Summary")},
            {QStringLiteral("matrix"), ReportWriter::tr("Rights by role and schema")},
            {QStringLiteral("roles"), ReportWriter::tr("Roles")},
            {QStringLiteral("grant-options"), ReportWriter::tr("Grant options held on others' objects")},
            {QStringLiteral("memberships"), ReportWriter::tr("Memberships")},
            {QStringLiteral("schema-groups"), ReportWriter::tr("Schema groups")},
            {QStringLiteral("models"), ReportWriter::tr("Model access")},
            {QStringLiteral("platform"), ReportWriter::tr("Platform roles")},
            {QStringLiteral("violations"), ReportWriter::tr("Separation of duties")},
            {QStringLiteral("since"), ReportWriter::tr("Changes since the saved audit")},
        };
        for (const auto &[anchor, text] : toc)
            m_out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchor, e(text));
        m_out += QStringLiteral("</ol></nav>\n");
    }
}

void Builder::summary()
{
    heading(QStringLiteral("summary"), ReportWriter::tr("Summary"));
    qint64 logins = 0, superusers = 0, createRole = 0, roles = 0;
    for (const ReportRole &r : m_d.roles) {
        if (r.predefined)
            continue;
        ++roles;
        logins += r.login;
        superusers += r.superuser;
        createRole += r.createRole && !r.superuser;
    }
    QList<QStringList> rows{
        {e(ReportWriter::tr("Roles (built-in pg_* roles aside)")), num(roles)},
        {e(ReportWriter::tr("Roles that may log in")), num(logins)},
        {e(ReportWriter::tr("Superusers")), num(superusers)},
        {e(ReportWriter::tr("Roles with CREATEROLE (not superuser)")), num(createRole)},
        {e(ReportWriter::tr("Objects that carry privileges")), num(m_d.objects)},
        {e(ReportWriter::tr("Granted rights (role, object, privilege)")), num(m_d.rights)},
        {e(ReportWriter::tr("Grant options held on others' objects")), num(m_d.grantOptions)},
        {e(ReportWriter::tr("Memberships")), num(m_d.memberships.size())},
        {e(ReportWriter::tr("Schema groups")), num(m_d.schemaGroups.size())},
        {e(ReportWriter::tr("Models")), num(m_d.models.size())},
        {e(ReportWriter::tr("Separation-of-duties violations")), num(m_d.violations.size())},
    };
    if (m_d.hasSince)
        rows.append({e(ReportWriter::tr("Changes since the saved audit")), num(m_d.changeCount)});
    table({ReportWriter::tr("What"), ReportWriter::tr("Count")}, rows, {1});
    for (const ReportChart &chart : ReportWriter::charts(m_d)) {
        if (print())
            m_out += QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"/></p>\n")
                         .arg(m_chart++).arg(ReportChart::width).arg(chart.height());
        else
            m_out += chart.svg() + u'\n';
    }
}

void Builder::matrix()
{
    heading(QStringLiteral("matrix"), ReportWriter::tr("Rights by role and schema"));
    note(ReportWriter::tr("How many rights (object and privilege) each role holds in each schema, through any path: "
                          "its own grants, inherited roles, PUBLIC, ownership, superuser. The %1 roles with the most "
                          "rights and the %2 schemas with the most rights are shown; the last row and column sum the "
                          "rest. The database column holds the database itself.")
             .arg(m_d.limits.matrixRoles).arg(m_d.limits.matrixSchemas));
    if (m_d.matrixRoles.isEmpty())
        return none(ReportWriter::tr("No role holds any right."));
    QStringList header{ReportWriter::tr("Role")};
    for (const QString &s : m_d.matrixSchemas) {
        QString name = s.isEmpty() ? ReportWriter::tr("(database)") : s == u"…" ? ReportWriter::tr("other schemas") : s;
        // In narrow print columns a long name breaks after its underscores rather than anywhere.
        if (print())
            name.replace(u'_', QStringLiteral("_\u200b"));
        header.append(name);
    }
    QList<int> numeric;
    for (int i = 1; i < header.size(); ++i)
        numeric.append(i);
    QList<QStringList> rows;
    for (int r = 0; r < m_d.matrixRoles.size(); ++r) {
        const bool rest = r == m_d.matrixRoles.size() - 1 && m_d.matrixOtherRoles > 0;
        QStringList row{rest ? e(ReportWriter::tr("%n other role(s)", nullptr, m_d.matrixOtherRoles)) : e(m_d.matrixRoles.at(r))};
        for (qint64 n : m_d.matrix.at(r))
            row.append(n ? num(n) : QString());
        rows.append(row);
    }
    table(header, rows, numeric, -1, 22);
}

void Builder::roles()
{
    heading(QStringLiteral("roles"), ReportWriter::tr("Roles"));
    QList<QStringList> privileged;
    for (const ReportRole &r : m_d.roles)
        if (!r.predefined && (r.superuser || r.createRole))
            privileged.append({e(r.name), yes(r.login), yes(r.superuser), yes(r.createRole)});
    m_out += QStringLiteral("<h3>%1</h3>\n").arg(e(ReportWriter::tr("Superusers and roles that may create roles")));
    if (privileged.isEmpty())
        none(ReportWriter::tr("None."));
    else
        table({ReportWriter::tr("Role"), ReportWriter::tr("Login"), ReportWriter::tr("Superuser"), ReportWriter::tr("CREATEROLE")},
              privileged);
    m_out += QStringLiteral("<h3>%1</h3>\n").arg(e(ReportWriter::tr("Every role")));
    note(ReportWriter::tr("The roles with the most rights first; built-in pg_* roles are left out. Grant options count "
                          "those a role holds on objects it does not own."));
    // The most rights first: when the list is cut, what is left out is what holds least.
    QList<ReportRole> byRights;
    for (const ReportRole &r : m_d.roles)
        if (!r.predefined)
            byRights.append(r);
    std::stable_sort(byRights.begin(), byRights.end(), [](const ReportRole &a, const ReportRole &b) { return a.rights > b.rights; });
    QList<QStringList> rows;
    qint64 total = 0;
    for (const ReportRole &r : byRights) {
        ++total;
        if (rows.size() < m_d.limits.detail)
            rows.append({e(r.name), yes(r.login), yes(r.superuser), yes(r.createRole), num(r.rights), num(r.grantOptions)});
    }
    table({ReportWriter::tr("Role"), ReportWriter::tr("Login"), ReportWriter::tr("Superuser"), ReportWriter::tr("CREATEROLE"),
           ReportWriter::tr("Rights"), ReportWriter::tr("Grant options")},
          rows, {4, 5}, total);
}

void Builder::grantOptions()
{
    heading(QStringLiteral("grant-options"), ReportWriter::tr("Grant options held on others' objects"));
    note(ReportWriter::tr("A grant option lets a role hand the right on. Owners and superusers hold them by nature and "
                          "are left out; these were given."));
    if (m_d.grantOptionList.isEmpty())
        return none(ReportWriter::tr("None."));
    QList<QStringList> rows;
    for (const ReportGrantOption &g : m_d.grantOptionList)
        rows.append({e(g.role), e(g.privilege), e(g.objectType), e(g.object), e(g.via)});
    table({ReportWriter::tr("Role"), ReportWriter::tr("Privilege"), ReportWriter::tr("Type"), ReportWriter::tr("Object"),
           ReportWriter::tr("Through")},
          rows, {}, m_d.grantOptions);
}

void Builder::memberships()
{
    heading(QStringLiteral("memberships"), ReportWriter::tr("Memberships"));
    if (m_d.memberships.isEmpty())
        return none(ReportWriter::tr("No role is a member of another."));
    table({ReportWriter::tr("Member"), ReportWriter::tr("Group"), ReportWriter::tr("Options")}, pairRows(m_d.memberships, 2), {},
          m_d.memberships.size());
}

void Builder::schemaGroups()
{
    heading(QStringLiteral("schema-groups"), ReportWriter::tr("Schema groups"), print());
    if (m_d.schemaGroups.isEmpty())
        return none(ReportWriter::tr("This database has no schema groups."));
    table({ReportWriter::tr("Group"), ReportWriter::tr("Level and schema")}, pairRows(m_d.schemaGroups, 1), {},
          m_d.schemaGroups.size());
}

void Builder::models()
{
    heading(QStringLiteral("models"), ReportWriter::tr("Model access"));
    if (m_d.models.isEmpty()) {
        none(ReportWriter::tr("No model is imported in this database."));
    } else {
        QList<QStringList> rows;
        for (const ReportModel &m : m_d.models)
            rows.append({e(m.name), e(m.owner), num(m.users), e(m.logins.join(QStringLiteral(", ")))});
        table({ReportWriter::tr("Model"), ReportWriter::tr("Owner"), ReportWriter::tr("Roles that may use it"),
               ReportWriter::tr("Logins among them")},
              rows, {2});
    }
    m_out += QStringLiteral("<h3>%1</h3>\n").arg(e(ReportWriter::tr("Model roles")));
    if (m_d.modelRoles.isEmpty())
        return none(ReportWriter::tr("Nobody holds a model role."));
    table({ReportWriter::tr("Role"), ReportWriter::tr("Model role"), ReportWriter::tr("How")}, pairRows(m_d.modelRoles, 2), {},
          m_d.modelRoles.size());
}

void Builder::platform()
{
    heading(QStringLiteral("platform"), ReportWriter::tr("Platform roles"), print());
    if (!m_d.hasPlatform)
        return none(ReportWriter::tr("No platform file was given: platform roles are not part of this report."));
    if (m_d.platformRoles.isEmpty())
        none(ReportWriter::tr("Nobody holds a platform role."));
    else
        table({ReportWriter::tr("Person"), ReportWriter::tr("Role"), ReportWriter::tr("Project"), ReportWriter::tr("Source")},
              pairRows(m_d.platformRoles, 3), {}, m_d.platformRoles.size());
    for (const QString &p : m_d.loginProblems)
        m_out += QStringLiteral("<p class=\"warn\">%1</p>\n").arg(e(p));
}

void Builder::violations()
{
    heading(QStringLiteral("violations"), ReportWriter::tr("Separation of duties"));
    if (m_d.violations.isEmpty())
        return none(ReportWriter::tr("No rule is broken."));
    QList<QStringList> rows;
    for (const LintViolation &v : m_d.violations) {
        QStringList path;
        for (const QString &line : v.path)
            path.append(e(line));
        const QString severity = v.severity == LintRule::Severity::Error ? ReportWriter::tr("error") : ReportWriter::tr("warning");
        const QString who = v.person.isEmpty() ? v.login : v.login.isEmpty() ? v.person : v.login + QStringLiteral(" (") + v.person + u')';
        rows.append({e(v.rule), e(severity), e(who), e(v.message), path.join(QStringLiteral("<br/>"))});
    }
    table({ReportWriter::tr("Rule"), ReportWriter::tr("Severity"), ReportWriter::tr("Who"), ReportWriter::tr("Violation"),
           ReportWriter::tr("Path")},
          rows);
}

void Builder::since()
{
    heading(QStringLiteral("since"), ReportWriter::tr("Changes since the saved audit"), print());
    if (!m_d.hasSince)
        return none(ReportWriter::tr("No saved audit was given to compare with, so no changes are shown."));
    const QLocale locale;
    note(ReportWriter::tr("Compared with the audit of %1 taken %2.")
             .arg(m_d.sinceIdentity.describe(), locale.toString(m_d.sinceIdentity.takenAt.toUTC(), QLocale::LongFormat)));
    if (m_d.changeCount == 0)
        return none(ReportWriter::tr("Nothing changed."));
    QList<QStringList> counts;
    for (const auto &[kind, n] : m_d.changeCounts)
        counts.append({e(ReportWriter::changeLabel(kind)), num(n)});
    table({ReportWriter::tr("Change"), ReportWriter::tr("Count")}, counts, {1});
    QList<QStringList> rows;
    for (const AuditDifference &d : m_d.changes) {
        const bool right = d.kind == AuditDifference::Kind::Right || d.kind == AuditDifference::Kind::GrantOption;
        const QString what = right ? QStringLiteral("%1 %2 %3").arg(d.right.privilege, d.right.objectType,
                                                                    d.right.schema.isEmpty() ? d.right.name
                                                                                             : d.right.schema + u'.' + d.right.name)
                                   : d.item;
        rows.append({d.gained ? QStringLiteral("+") : QStringLiteral("−"), e(AuditDifference::kindName(d.kind)),
                     e(right ? d.right.role : QString()), e(what), e(right ? d.right.via : d.detail)});
    }
    table({QString(), ReportWriter::tr("Kind"), ReportWriter::tr("Role"), ReportWriter::tr("What"), ReportWriter::tr("Through")},
          rows, {}, m_d.changeCount);
}

} // namespace

QString ReportWriter::changeLabel(const QString &key)
{
    const bool gained = key.endsWith(u'+');
    const QString kind = key.section(u' ', 0, 0);
    using K = AuditDifference::Kind;
    for (K k : {K::Right, K::GrantOption, K::Membership, K::SchemaGroup, K::ModelRole, K::PlatformRole}) {
        if (AuditDifference::kindName(k) != kind)
            continue;
        switch (k) {
        case K::Right: return gained ? tr("Rights gained") : tr("Rights lost");
        case K::GrantOption: return gained ? tr("Grant options gained") : tr("Grant options lost");
        case K::Membership: return gained ? tr("Memberships added") : tr("Memberships removed");
        case K::SchemaGroup: return gained ? tr("Schema groups added") : tr("Schema groups removed");
        case K::ModelRole: return gained ? tr("Model roles added") : tr("Model roles removed");
        case K::PlatformRole: return gained ? tr("Platform roles added") : tr("Platform roles removed");
        }
    }
    return key;
}

QString ReportWriter::title()
{
    return tr("Access audit report");
}

QString ReportWriter::hashNote()
{
    return tr("The SHA-256 covers the report's content as canonical JSON (compact, keys sorted): the database "
              "identity and catalog time, every count, list and violation text shown here, not the time the "
              "report was made. roledesk-cli report --data FILE writes those bytes; sha256sum FILE gives this "
              "value. Violation texts are in the report's language, so reports in two languages hash differently.");
}

QList<ReportChart> ReportWriter::charts(const ReportData &d)
{
    QList<ReportChart> out;
    const auto add = [&](const QString &title, const QList<QPair<QString, qint64>> &bars) {
        if (!bars.isEmpty())
            out.append({title, bars.mid(0, d.limits.chartBars)});
    };
    add(tr("Rights per role (the %n with the most)", nullptr, d.limits.chartBars), d.topRoles(d.limits.chartBars));
    QList<QPair<QString, qint64>> people;
    for (const auto &[role, n] : d.peoplePerPlatformRole)
        people.append({role, n});
    add(tr("People per platform role"), people);
    add(tr("Models per owner"), d.modelsPerOwner());
    add(tr("Violations by rule"), d.violationsPerRule());
    return out;
}

QString ReportWriter::html(const ReportData &data, Target target)
{
    return Builder(data, target).build();
}

} // namespace roledesk
