#include "export/auditexporter.h"

#include "export/auditrows.h"

#include "privileges/effectiverights.h"
#include "privileges/rolesweep.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <bit>
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

/// What follows the object in a row, from the privilege to the via field, by privilege bit,
/// granted and grantable: \a format gets the keyword and the two flags as "true"/"false".
template<typename Format>
std::array<QByteArray, 64> privilegeParts(Format &&format)
{
    std::array<QByteArray, 64> out;
    for (Privilege p : allPrivileges())
        for (int flags = 0; flags < 4; ++flags)
            out[size_t(std::countr_zero(unsigned(p)) * 4 + flags)] =
                format(privilegeKeyword(p).toLatin1(), QByteArray(boolText(flags & 2)), QByteArray(boolText(flags & 1)));
    return out;
}

const QByteArray &privilegePart(const std::array<QByteArray, 64> &table, Privilege p, bool granted, bool grantable)
{
    return table[size_t(std::countr_zero(unsigned(p)) * 4 + (granted ? 2 : 0) + (grantable ? 1 : 0))];
}

} // namespace

AuditExporter::AuditExporter(const EffectiveRights &rights, AuditOptions options)
    : m_rights(rights), m_options(std::move(options))
{
}

AuditExporter::~AuditExporter() = default;

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

QString AuditExporter::csvRecord(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i)
        out += (i ? QStringLiteral(",") : QString()) + csvField(fields.at(i));
    return out + QStringLiteral("\r\n");
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
    m_included.assign(size_t(s.objects.size()), 0);
    for (int o : m_objects)
        m_included[size_t(o)] = 1;
}

QString AuditExporter::via(const Row &row)
{
    // Empty for rights not held, as viaText() is; skipping those saves the lineage search.
    return row.granted ? m_sweep->text(m_sweep->pieces(row.object, row.privilege, *row.cell)) : QString();
}

template<typename Encode>
QByteArrayView AuditExporter::viaBytes(const Row &row, Encode &&encode)
{
    if (!row.granted)
        return m_viaEmpty;
    const RoleSweep::Pieces pieces = m_sweep->pieces(row.object, row.privilege, *row.cell);
    if (pieces.size() == 1) { // the usual case: one lineage, encoded once per role
        const size_t piece = size_t(pieces.front());
        if (!m_viaMade[piece]) {
            m_viaCache[piece] = encode(m_sweep->pieceText(int(piece)));
            m_viaMade[piece] = 1;
        }
        return m_viaCache[piece];
    }
    if (pieces.isEmpty())
        return m_viaEmpty;
    m_viaJoined = encode(m_sweep->text(pieces));
    return m_viaJoined;
}

bool AuditExporter::write(QIODevice *device)
{
    m_device = device;
    m_buffer.assign(size_t(flushSize) + 4096, 0);
    m_used = 0;
    m_error.clear();
    m_stats = {};
    m_cancelled = false;
    selectRolesAndObjects();
    m_stats.rolesTotal = int(m_roles.size());
    if (!device || !device->isWritable()) {
        m_error = QStringLiteral("the output is not open for writing");
        return false;
    }
    m_sweep = std::make_unique<RoleSweep>(m_rights);
    m_viaCache.assign(size_t(m_sweep->pieceCount()), QByteArray());
    if (report()) {
        switch (m_options.format) {
        case AuditFormat::Csv: writeCsv(); break;
        case AuditFormat::Json: writeJson(); break;
        case AuditFormat::Html: writeHtml(); break;
        }
    }
    flush();
    report(false);
    m_sweep.reset();
    m_viaCache = {};
    m_objectParts = {};
    m_objectStart = {};
    m_buffer = {};
    m_device = nullptr;
    return m_error.isEmpty();
}

bool AuditExporter::startRole(int role)
{
    if (!m_error.isEmpty())
        return false;
    m_sweep->setRole(role);
    m_viaMade.assign(m_viaCache.size(), 0);
    return true;
}

void AuditExporter::put(QStringView text)
{
    putBytes(text.toUtf8());
    if (m_used >= size_t(flushSize))
        flush();
}

void AuditExporter::put(const char *latin1)
{
    putBytes(latin1);
    if (m_used >= size_t(flushSize))
        flush();
}

void AuditExporter::rowDone(const Row &row)
{
    ++m_stats.rows;
    m_stats.granted += row.granted;
    if (m_used >= size_t(flushSize))
        flush();
}

bool AuditExporter::flush()
{
    const qint64 size = qint64(m_used);
    m_used = 0;
    if (!m_error.isEmpty())
        return false;
    if (size == 0)
        return true;
    const qint64 written = m_device->write(m_buffer.data(), size);
    if (written != size) {
        m_error = m_device->errorString();
        if (m_error.isEmpty() || m_error == u"Unknown error"_s)
            m_error = QStringLiteral("write failed");
    } else {
        m_stats.bytes += written;
    }
    return report() && m_error.isEmpty();
}

bool AuditExporter::report(bool poll)
{
    if (m_progress)
        m_progress(m_stats);
    if (poll && m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed) && m_error.isEmpty()) {
        m_cancelled = true;
        m_error = QCoreApplication::translate("roledesk::AuditExporter", "the export was cancelled");
    }
    return m_error.isEmpty();
}

template<typename ObjectPart>
void AuditExporter::encodeObjects(ObjectPart &&objectPart)
{
    const Snapshot &s = m_rights.snapshot();
    m_objectParts.clear();
    m_objectStart.assign(size_t(s.objects.size()) + 1, 0);
    for (int o = 0; o < int(s.objects.size()); ++o) {
        m_objectStart[size_t(o)] = m_objectParts.size();
        if (m_included[size_t(o)])
            m_objectParts += objectPart(s.objects.at(o));
    }
    m_objectStart.back() = m_objectParts.size();
}

template<typename RolePart, typename WriteRow>
void AuditExporter::writeRows(RolePart &&rolePart, WriteRow &&writeRow)
{
    const Snapshot &s = m_rights.snapshot();
    for (int r : m_roles) {
        if (!startRole(r))
            break;
        const QByteArray role = rolePart(s.roles.at(r).name);
        forEachRow(m_options.grantedOnly, [&](const Row &row) {
            writeRow(role, row);
            rowDone(row);
        });
        ++m_stats.roles;
        if (!report())
            break;
    }
}

void AuditExporter::writeCsv()
{
    // A row in four copies: the role and its comma, the object, privilege and flags, the via
    // field with the line break (RFC 4180's CRLF).
    const auto csv = [](const QString &text) { return csvField(text).toUtf8() + "\r\n"; };
    static const std::array<QByteArray, 64> privileges =
        privilegeParts([](const QByteArray &keyword, const QByteArray &granted, const QByteArray &grantable) {
            return keyword + ',' + granted + ',' + grantable + ',';
        });
    put(csvHeader);
    put("\r\n");
    m_viaEmpty = csv(QString());
    encodeObjects([&](const CatalogObject &o) {
        return (objectKindName(o.kind) + u',' + csvField(o.schema) + u',' + csvField(o.name) + u',').toUtf8();
    });
    writeRows([](const QString &role) { return csvField(role).toUtf8() + ','; },
              [&](const QByteArray &role, const Row &row) {
        putBytes(role);
        putBytes(objectPart(row.object));
        putBytes(privilegePart(privileges, row.privilege, row.granted, row.grantable));
        putBytes(viaBytes(row, csv));
    });
}

void AuditExporter::writeJson()
{
    const Snapshot &s = m_rights.snapshot();
    const auto json = [](const QString &text) { return jsonString(text).toUtf8() + '}'; };
    static const std::array<QByteArray, 64> privileges =
        privilegeParts([](const QByteArray &keyword, const QByteArray &granted, const QByteArray &grantable) {
            return ", \"privilege\": \"" + keyword + "\", \"granted\": " + granted + ", \"grantable\": "
                   + grantable + ", \"via\": ";
        });
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
    m_viaEmpty = json(QString());
    encodeObjects([&](const CatalogObject &o) {
        return (u", \"object_type\": \""_s + objectKindName(o.kind) + u"\", \"object_schema\": "_s
                + jsonString(o.schema) + u", \"object_name\": "_s + jsonString(o.name)).toUtf8();
    });
    bool first = true;
    writeRows([](const QString &role) { return jsonString(role).toUtf8(); },
              [&](const QByteArray &role, const Row &row) {
        putBytes(first ? "\n    {\"role\": " : ",\n    {\"role\": ");
        first = false;
        putBytes(role);
        putBytes(objectPart(row.object));
        putBytes(privilegePart(privileges, row.privilege, row.granted, row.grantable));
        putBytes(viaBytes(row, json));
    });
    put("\n  ]\n}\n");
}

} // namespace roledesk
