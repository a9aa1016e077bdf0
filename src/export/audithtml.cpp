// The HTML report of AuditExporter: a summary table, then one table of granted rights per role.

#include "export/auditexporter.h"
#include "export/auditrows.h"

#include "privileges/rolesweep.h"

using namespace Qt::StringLiterals;

namespace roledesk {

namespace {

QString html(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// The report is read offline, perhaps archived for years: everything it needs is inline. It is
// also well-formed XML (every element closed), so that tools can check or transform it.
constexpr const char *htmlStyle = R"(<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em;color:#1d2330;}
h1{font-size:1.6em;margin-bottom:.2em;}
h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #c9ced8;padding-bottom:.2em;}
table{border-collapse:collapse;margin:.5em 0 1em 0;font-size:.9em;}
th,td{border:1px solid #d5d9e0;padding:.25em .6em;text-align:left;vertical-align:top;}
th{background:#eef1f6;}
tr:nth-child(even) td{background:#f8f9fb;}
td.num{text-align:right;font-variant-numeric:tabular-nums;}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;}
dl.meta dt{font-weight:600;}
dl.meta dd{margin:0;}
.warn{color:#8a4b00;}
.none{color:#6b7280;font-style:italic;}
</style>
)";

} // namespace

void AuditExporter::writeHtmlHead()
{
    const Snapshot &s = m_rights.snapshot();
    const QString title = QStringLiteral("Privilege audit: ") + html(s.database);
    put(u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"_s + title
        + u"</title>\n"_s);
    put(htmlStyle);
    put(u"</head>\n<body>\n<h1>"_s + title + u"</h1>\n<dl class=\"meta\">\n"_s);
    const std::pair<const char *, QString> meta[] = {
        {"Database", s.database},
        {"Server version", s.serverVersion},
        {"Read as", s.currentUser},
        {"Taken at", s.takenAt.toUTC().toString(Qt::ISODate)},
        {"Generator", m_options.generator},
        {"Predefined roles", m_options.includePredefined ? QStringLiteral("included")
                                                         : QStringLiteral("excluded")},
        {"Objects", QString::number(m_objects.size())},
    };
    for (const auto &[label, value] : meta)
        put(u"<dt>"_s + QLatin1String(label) + u"</dt><dd>"_s + html(value) + u"</dd>\n"_s);
    if (restricted())
        put(u"<dt>Filtered view</dt><dd>"_s + QString::number(m_roles.size()) + u" roles, "_s
            + QString::number(m_objects.size()) + u" objects</dd>\n"_s);
    put("</dl>\n");
    if (!s.warnings.isEmpty()) {
        put("<h2>Warnings</h2>\n<ul class=\"warn\">\n");
        for (const QString &w : s.warnings)
            put(u"<li>"_s + html(w) + u"</li>\n"_s);
        put("</ul>\n");
    }
}

void AuditExporter::writeHtml()
{
    const Snapshot &s = m_rights.snapshot();
    writeHtmlHead();

    // First pass: the summary comes before the tables, so count first (cells only, no lineage).
    const int roles = int(s.roles.size());
    std::vector<qint64> granted(size_t(roles), 0);
    std::vector<int> objectsWithRights(size_t(roles), 0);
    for (int r : m_roles) {
        m_sweep->setRole(r);
        forEachCell(true, [&](int o, const CellRights &c) {
            ++objectsWithRights[size_t(r)];
            for (Privilege p : applicablePrivileges(s.objects.at(o).kind))
                granted[size_t(r)] += c.granted.testFlag(p);
        });
    }

    put("<h2>Summary</h2>\n<table>\n<thead><tr><th>Role</th><th>Login</th><th>Superuser</th>"
        "<th>Objects with rights</th><th>Granted privileges</th></tr></thead>\n<tbody>\n");
    for (int r : m_roles) {
        const Role &role = s.roles.at(r);
        put(u"<tr><td><a href=\"#role-"_s + QString::number(r) + u"\">"_s + html(role.name)
            + u"</a></td><td>"_s + (role.canLogin ? u"yes"_s : u"no"_s) + u"</td><td>"_s
            + (role.superuser ? u"yes"_s : u"no"_s) + u"</td><td class=\"num\">"_s
            + QString::number(objectsWithRights[size_t(r)]) + u"</td><td class=\"num\">"_s
            + QString::number(granted[size_t(r)]) + u"</td></tr>\n"_s);
    }
    put("</tbody>\n</table>\n");

    for (int r : m_roles) {
        if (!startRole(r))
            break;
        writeHtmlRole(r, granted[size_t(r)]);
        ++m_stats.roles;
        if (!report())
            break;
    }
    put("</body>\n</html>\n");
}

void AuditExporter::writeHtmlRole(int role, qint64 count)
{
    const Snapshot &s = m_rights.snapshot();
    put(u"<h2 id=\"role-"_s + QString::number(role) + u"\">"_s + html(s.roles.at(role).name) + u"</h2>\n"_s);
    if (count == 0) {
        put("<p class=\"none\">No privileges on any object.</p>\n");
        return;
    }
    put("<table>\n<thead><tr><th>Type</th><th>Schema</th><th>Object</th><th>Privilege</th>"
        "<th>Grantable</th><th>Via</th></tr></thead>\n<tbody>\n");
    int lastObject = -1;
    QString objectPart;
    forEachRow(true, [&](const Row &row) {
        if (row.object != lastObject) {
            const CatalogObject &o = s.objects.at(row.object);
            lastObject = row.object;
            objectPart = u"<tr><td>"_s + objectKindName(o.kind) + u"</td><td>"_s + html(o.schema)
                         + u"</td><td>"_s + html(o.name) + u"</td><td>"_s;
        }
        put(objectPart + privilegeKeyword(row.privilege) + u"</td><td>"_s
            + (row.grantable ? u"yes"_s : u"no"_s) + u"</td><td>"_s + html(via(row)) + u"</td></tr>\n"_s);
        rowDone(row);
    });
    put("</tbody>\n</table>\n");
}

} // namespace roledesk
