#include "export/auditexporter.h"

#include "privileges/effectiverights.h"

#include <QIODevice>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace roledesk {

namespace {

// Flush threshold: large enough for few device writes, small enough to stay streaming.
constexpr qsizetype flushSize = 256 * 1024;

const char *boolText(bool b)
{
    return b ? "true" : "false";
}

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

AuditExporter::AuditExporter(const EffectiveRights &rights, AuditOptions options)
    : m_rights(rights), m_options(std::move(options))
{
}

std::optional<AuditFormat> AuditExporter::formatFromName(QStringView name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return AuditFormat::Csv;
    if (name.compare(u"json"_s, Qt::CaseInsensitive) == 0)
        return AuditFormat::Json;
    if (name.compare(u"html"_s, Qt::CaseInsensitive) == 0)
        return AuditFormat::Html;
    return std::nullopt;
}

QString AuditExporter::csvField(QStringView value)
{
    bool quote = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value.toString();
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

QString AuditExporter::jsonString(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        switch (c.unicode()) {
        case '"': out += u"\\\""_s; break;
        case '\\': out += u"\\\\"_s; break;
        case '\n': out += u"\\n"_s; break;
        case '\r': out += u"\\r"_s; break;
        case '\t': out += u"\\t"_s; break;
        case '\b': out += u"\\b"_s; break;
        case '\f': out += u"\\f"_s; break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

// The audit's object_type is specified as one of database, schema, table, view, materialized_view,
// sequence, foreign_table, column, function, procedure, type (README, roledesk-cli). Procedural
// languages are left out of every format to keep that contract for the tools that read it.
static bool isAudited(const CatalogObject &o)
{
    return o.kind != ObjectKind::Language;
}

namespace {

// The members of \a only (or 0..count-1 when there is none) that \a keep accepts, each once.
template<typename Keep>
std::vector<int> pick(const std::optional<QList<int>> &only, int count, Keep &&keep)
{
    std::vector<int> out;
    std::vector<char> seen(size_t(count), 0);
    const auto take = [&](int i) {
        if (i >= 0 && i < count && !seen[size_t(i)] && keep(i)) {
            seen[size_t(i)] = 1;
            out.push_back(i);
        }
    };
    if (only) {
        for (int i : *only)
            take(i);
    } else {
        for (int i = 0; i < count; ++i)
            take(i);
    }
    return out;
}

} // namespace

void AuditExporter::selectRolesAndObjects()
{
    const Snapshot &s = m_rights.snapshot();
    m_roles = pick(m_options.roles, int(s.roles.size()),
                   [&](int r) { return m_options.includePredefined || !s.roles.at(r).predefined; });
    m_objects = pick(m_options.objects, int(s.objects.size()), [&](int o) { return isAudited(s.objects.at(o)); });
}

template<typename Visit>
void AuditExporter::forEachRow(int role, bool grantedOnly, Visit &&visit) const
{
    const Snapshot &s = m_rights.snapshot();
    for (int o : m_objects) {
        const CellRights c = m_rights.cell(role, o);
        if (grantedOnly && !c.granted)
            continue;
        for (Privilege p : applicablePrivileges(s.objects.at(o).kind)) {
            const bool granted = c.granted.testFlag(p);
            if (grantedOnly && !granted)
                continue;
            visit(Row{role, o, p, granted, c.grantable.testFlag(p)});
        }
    }
}

QString AuditExporter::via(const Row &row) const
{
    // viaText() is empty for rights not held; skipping it there saves the lineage search.
    return row.granted ? m_rights.viaText(row.role, row.object, row.privilege) : QString();
}

bool AuditExporter::write(QIODevice *device)
{
    m_device = device;
    m_buffer.clear();
    m_buffer.reserve(flushSize + 4096);
    m_error.clear();
    m_stats = {};
    selectRolesAndObjects();
    if (!device || !device->isWritable()) {
        m_error = QStringLiteral("the output is not open for writing");
        return false;
    }
    switch (m_options.format) {
    case AuditFormat::Csv: writeCsv(); break;
    case AuditFormat::Json: writeJson(); break;
    case AuditFormat::Html: writeHtml(); break;
    }
    flush();
    m_device = nullptr;
    return m_error.isEmpty();
}

void AuditExporter::put(QStringView text)
{
    m_buffer += text.toUtf8();
    if (m_buffer.size() >= flushSize)
        flush();
}

void AuditExporter::put(const char *latin1)
{
    m_buffer += latin1;
    if (m_buffer.size() >= flushSize)
        flush();
}

bool AuditExporter::flush()
{
    if (!m_error.isEmpty()) {
        m_buffer.clear();
        return false;
    }
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty() || m_error == u"Unknown error"_s)
            m_error = QStringLiteral("write failed");
    }
    m_buffer.clear();
    return m_error.isEmpty();
}

void AuditExporter::writeCsv()
{
    const Snapshot &s = m_rights.snapshot();
    put(csvHeader);
    put("\r\n"); // RFC 4180 line breaks
    for (int r : m_roles) {
        if (!m_error.isEmpty())
            break;
        ++m_stats.roles;
        const QString role = csvField(s.roles.at(r).name);
        int lastObject = -1;
        QString objectPart;
        forEachRow(r, m_options.grantedOnly, [&](const Row &row) {
            if (row.object != lastObject) {
                const CatalogObject &o = s.objects.at(row.object);
                lastObject = row.object;
                objectPart = objectKindName(o.kind) + u',' + csvField(o.schema) + u','
                             + csvField(o.name) + u',';
            }
            QString line = role;
            line += u',';
            line += objectPart;
            line += privilegeKeyword(row.privilege);
            line += u',';
            line += QLatin1String(boolText(row.granted));
            line += u',';
            line += QLatin1String(boolText(row.grantable));
            line += u',';
            line += csvField(via(row));
            line += u"\r\n"_s;
            put(line);
            ++m_stats.rows;
            m_stats.granted += row.granted;
        });
    }
}

void AuditExporter::writeJson()
{
    const Snapshot &s = m_rights.snapshot();
    put(u"{\n  \"metadata\": {\n    \"database\": "_s + jsonString(s.database)
        + u",\n    \"server_version\": "_s + jsonString(s.serverVersion)
        + u",\n    \"current_user\": "_s + jsonString(s.currentUser)
        + u",\n    \"taken_at\": "_s + jsonString(s.takenAt.toUTC().toString(Qt::ISODate))
        + u",\n    \"generator\": "_s + jsonString(m_options.generator)
        + u",\n    \"include_predefined\": "_s + QLatin1String(boolText(m_options.includePredefined))
        + u",\n    \"granted_only\": "_s + QLatin1String(boolText(m_options.grantedOnly)));
    // Only a restricted export says so, so that the whole-database report stays as it was.
    if (restricted())
        put(u",\n    \"filtered_view\": {\"roles\": "_s + QString::number(m_roles.size())
            + u", \"objects\": "_s + QString::number(m_objects.size()) + u'}');
    put(",\n    \"warnings\": [");
    for (qsizetype i = 0; i < s.warnings.size(); ++i)
        put((i ? u", "_s : QString()) + jsonString(s.warnings.at(i)));
    put("]\n  },\n  \"rows\": [");
    bool first = true;
    for (int r : m_roles) {
        if (!m_error.isEmpty())
            break;
        ++m_stats.roles;
        const QString role = jsonString(s.roles.at(r).name);
        int lastObject = -1;
        QString objectPart;
        forEachRow(r, m_options.grantedOnly, [&](const Row &row) {
            if (row.object != lastObject) {
                const CatalogObject &o = s.objects.at(row.object);
                lastObject = row.object;
                objectPart = u", \"object_type\": \""_s + objectKindName(o.kind)
                             + u"\", \"object_schema\": "_s + jsonString(o.schema)
                             + u", \"object_name\": "_s + jsonString(o.name);
            }
            QString line = first ? QStringLiteral("\n    {\"role\": ") : QStringLiteral(",\n    {\"role\": ");
            first = false;
            line += role;
            line += objectPart;
            line += u", \"privilege\": \""_s + privilegeKeyword(row.privilege) + u"\", \"granted\": "_s;
            line += QLatin1String(boolText(row.granted));
            line += u", \"grantable\": "_s;
            line += QLatin1String(boolText(row.grantable));
            line += u", \"via\": "_s;
            line += jsonString(via(row));
            line += u'}';
            put(line);
            ++m_stats.rows;
            m_stats.granted += row.granted;
        });
    }
    put("\n  ]\n}\n");
}

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
        for (int o : m_objects) {
            const Privileges g = m_rights.cell(r, o).granted;
            if (!g)
                continue;
            ++objectsWithRights[size_t(r)];
            for (Privilege p : applicablePrivileges(s.objects.at(o).kind))
                granted[size_t(r)] += g.testFlag(p);
        }
    }

    put("<h2>Summary</h2>\n<table>\n<thead><tr><th>Role</th><th>Login</th><th>Superuser</th>"
        "<th>Objects with rights</th><th>Granted privileges</th></tr></thead>\n<tbody>\n");
    for (int r : m_roles) {
        if (!m_error.isEmpty())
            break;
        ++m_stats.roles;
        const Role &role = s.roles.at(r);
        put(u"<tr><td><a href=\"#role-"_s + QString::number(r) + u"\">"_s + html(role.name)
            + u"</a></td><td>"_s + (role.canLogin ? u"yes"_s : u"no"_s) + u"</td><td>"_s
            + (role.superuser ? u"yes"_s : u"no"_s) + u"</td><td class=\"num\">"_s
            + QString::number(objectsWithRights[size_t(r)]) + u"</td><td class=\"num\">"_s
            + QString::number(granted[size_t(r)]) + u"</td></tr>\n"_s);
    }
    put("</tbody>\n</table>\n");

    for (int r : m_roles) {
        if (!m_error.isEmpty())
            break;
        writeHtmlRole(r, granted[size_t(r)]);
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
    forEachRow(role, true, [&](const Row &row) {
        if (row.object != lastObject) {
            const CatalogObject &o = s.objects.at(row.object);
            lastObject = row.object;
            objectPart = u"<tr><td>"_s + objectKindName(o.kind) + u"</td><td>"_s + html(o.schema)
                         + u"</td><td>"_s + html(o.name) + u"</td><td>"_s;
        }
        put(objectPart + privilegeKeyword(row.privilege) + u"</td><td>"_s
            + (row.grantable ? u"yes"_s : u"no"_s) + u"</td><td>"_s + html(via(row)) + u"</td></tr>\n"_s);
        ++m_stats.rows;
        ++m_stats.granted;
    });
    put("</tbody>\n</table>\n");
}

} // namespace roledesk
