#include "audit/savedauditreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace Qt::StringLiterals;

namespace roledesk {

namespace {

/// Decodes the JSON string that starts at \a at (its opening quote) into \a out; moves \a at past
/// its closing quote. False on anything malformed.
bool readString(const QByteArray &line, qsizetype &at, QString *out)
{
    if (at >= line.size() || line[at] != '"')
        return false;
    out->clear();
    qsizetype from = ++at;
    while (at < line.size()) {
        const char c = line[at];
        if (c == '"') {
            out->append(QString::fromUtf8(line.constData() + from, at - from));
            ++at;
            return true;
        }
        if (c != '\\') {
            ++at;
            continue;
        }
        out->append(QString::fromUtf8(line.constData() + from, at - from));
        if (++at >= line.size())
            return false;
        switch (line[at]) {
        case '"': out->append(u'"'); break;
        case '\\': out->append(u'\\'); break;
        case '/': out->append(u'/'); break;
        case 'b': out->append(u'\b'); break;
        case 'f': out->append(u'\f'); break;
        case 'n': out->append(u'\n'); break;
        case 'r': out->append(u'\r'); break;
        case 't': out->append(u'\t'); break;
        case 'u': {
            bool ok = false;
            const ushort code = line.mid(at + 1, 4).toUShort(&ok, 16);
            if (!ok || at + 4 >= line.size())
                return false;
            out->append(QChar(code));
            at += 4;
            break;
        }
        default: return false;
        }
        from = ++at;
    }
    return false;
}

/// \a to = \a from, skipping the reference counting when they share their text already (most
/// fields of a row are the previous row's, from the same cache).
void share(QString &to, const QString &from)
{
    if (!to.isSharedWith(from))
        to = from;
}

bool expect(const QByteArray &line, qsizetype &at, char c)
{
    if (at < line.size() && line[at] == c) {
        ++at;
        return true;
    }
    return false;
}

QList<QPair<QString, QString>> pairsOf(const QJsonValue &value, bool *ok)
{
    QList<QPair<QString, QString>> out;
    if (!value.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
            *ok = false;
        out.append({a.at(0).toString(), a.at(1).toString()});
    }
    return out;
}

} // namespace

SavedAuditReader::SavedAuditReader(QString path) : m_path(std::move(path)), m_file(m_path) {}

int SavedAuditReader::compareKeys(const SavedRight &a, const SavedRight &b)
{
    if (int c = QString::compare(a.role, b.role))
        return c;
    if (int c = QString::compare(a.schema, b.schema))
        return c;
    if (int c = QString::compare(a.name, b.name))
        return c;
    if (int c = QString::compare(a.objectType, b.objectType))
        return c;
    return QString::compare(a.privilege, b.privilege);
}

bool SavedAuditReader::fail(const QString &what)
{
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), what);
    m_done = true;
    return false;
}

bool SavedAuditReader::damaged(const QString &what)
{
    return fail(tr("the saved audit is damaged at line %1: %2").arg(m_lineNumber).arg(what));
}

bool SavedAuditReader::readLine()
{
    m_line = m_file.readLine();
    // Every line the writer makes ends with a line break: one without is a file cut short.
    if (!m_line.endsWith('\n'))
        return false;
    ++m_lineNumber;
    while (m_line.endsWith('\n') || m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

bool SavedAuditReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("could not open the file: %1").arg(m_file.errorString()));
    const auto notAudit = [this] { return fail(tr("this is not a RoleDesk saved audit")); };
    if (!readLine() || m_line.trimmed() != "{")
        return notAudit();
    // The members before the rights, each on a line of its own.
    QJsonObject head;
    while (true) {
        if (!readLine())
            return head.isEmpty() ? notAudit() : fail(tr("the saved audit is incomplete: the file ends at line %1")
                                                          .arg(m_lineNumber));
        if (m_line.trimmed() == "\"rights\": [")
            break;
        QByteArray text = m_line.trimmed();
        if (text.endsWith(','))
            text.chop(1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson('{' + text + '}', &parseError);
        if (doc.isNull())
            return head.isEmpty() ? notAudit() : damaged(parseError.errorString());
        const QJsonObject member = doc.object();
        for (auto it = member.begin(); it != member.end(); ++it)
            head.insert(it.key(), it.value());
        if (head.value(u"format"_s).toString() != QLatin1String(SavedAuditWriter::formatName))
            return notAudit();
    }
    const int version = head.value(u"format_version"_s).toInt(-1);
    if (version != SavedAuditWriter::formatVersion)
        return fail(tr("the saved audit has format version %1; this RoleDesk reads version %2")
                        .arg(head.value(u"format_version"_s).toVariant().toString(),
                             QString::number(SavedAuditWriter::formatVersion)));
    if (!head.value(u"identity"_s).isObject())
        return damaged(tr("the database identity is missing"));
    m_identity = AuditIdentity::fromJson(head.value(u"identity"_s).toObject());
    bool ok = true;
    m_sections.memberships = pairsOf(head.value(u"memberships"_s), &ok);
    m_sections.schemaGroups = pairsOf(head.value(u"schema_groups"_s), &ok);
    m_sections.modelRoles = pairsOf(head.value(u"model_roles"_s), &ok);
    m_sections.hasPlatformRoles = head.contains(u"platform_roles"_s); // only when a platform file was given
    if (m_sections.hasPlatformRoles)
        m_sections.platformRoles = pairsOf(head.value(u"platform_roles"_s), &ok);
    if (!ok)
        return damaged(tr("the memberships, schema groups, model roles or platform roles are malformed"));
    return true;
}

bool SavedAuditReader::field(qsizetype &at, int slot, QString *out)
{
    if (at >= m_line.size() || m_line[at] != '"')
        return false;
    const char *line = m_line.constData(); // not operator[]: it would check for a detach at each byte
    const qsizetype size = m_line.size();
    qsizetype end = at + 1; // the closing quote
    while (end < size && line[end] != '"')
        end += line[end] == '\\' ? 2 : 1;
    if (end >= size)
        return false;
    if (slot < 0) { // a field that differs from row to row (the object's name): no cache
        qsizetype pos = at;
        if (!readString(m_line, pos, out) || pos != end + 1)
            return false;
        at = end + 1;
        return true;
    }
    const QByteArrayView raw(m_line.constData() + at, end + 1 - at);
    FieldCache &cache = m_cache[slot];
    if (!cache.valid || raw != QByteArrayView(cache.raw)) {
        qsizetype pos = at;
        if (!readString(m_line, pos, &cache.value) || pos != end + 1) {
            cache.valid = false;
            return false;
        }
        cache.raw.resize(raw.size()); // keeps its capacity: no allocation once it is large enough
        std::memcpy(cache.raw.data(), raw.data(), size_t(raw.size()));
        cache.valid = true;
    }
    share(*out, cache.value);
    at = end + 1;
    return true;
}

bool SavedAuditReader::parseRow(SavedRight *r)
{
    qsizetype at = 0;
    QString *fields[] = {&r->role, &r->objectType, &r->schema, &r->name, &r->privilege};
    if (!expect(m_line, at, '['))
        return false;
    for (int slot = 0; slot < 5; ++slot)
        if (!field(at, slot == 3 ? -1 : slot, fields[slot]) || !expect(m_line, at, ','))
            return false;
    if (m_line.mid(at, 5) == "true,")
        r->grantable = true, at += 5;
    else if (m_line.mid(at, 6) == "false,")
        r->grantable = false, at += 6;
    else
        return false;
    if (!field(at, 5, &r->via) || !expect(m_line, at, ']'))
        return false;
    expect(m_line, at, ',');
    return at == m_line.size();
}

bool SavedAuditReader::finish()
{
    m_done = true;
    // "]," then "\"rights_count\": N" then "}".
    if (m_line.trimmed() != "],")
        return damaged(tr("a right was expected"));
    if (!readLine())
        return fail(tr("the saved audit is incomplete: the file ends at line %1").arg(m_lineNumber));
    const QByteArray prefix = "\"rights_count\": ";
    bool ok = false;
    const qint64 count = m_line.startsWith(prefix) ? m_line.mid(prefix.size()).toLongLong(&ok) : -1;
    if (!ok)
        return damaged(tr("the count of rights is missing"));
    if (count != m_rights)
        return fail(tr("the saved audit is damaged: it says it holds %1 rights but holds %2").arg(count).arg(m_rights));
    if (!readLine() || m_line.trimmed() != "}")
        return fail(tr("the saved audit is incomplete: the file ends at line %1").arg(m_lineNumber));
    return false; // the end, complete
}

bool SavedAuditReader::next(SavedRight *right)
{
    if (m_done)
        return false;
    if (!readLine())
        return fail(tr("the saved audit is incomplete: the file ends at line %1").arg(m_lineNumber));
    if (m_line.startsWith("]"))
        return finish();
    if (!parseRow(right))
        return damaged(tr("a right was expected"));
    // Equal keys are let through: a column "b.c" of table "a" and a column "c" of a table "a.b"
    // are both named "a.b.c".
    if (m_haveLast && compareKeys(m_last, *right) > 0)
        return damaged(tr("the rights are out of order"));
    for (auto member : {&SavedRight::role, &SavedRight::objectType, &SavedRight::schema, &SavedRight::name,
                        &SavedRight::privilege})
        share(m_last.*member, right->*member);
    m_haveLast = true;
    ++m_rights;
    return true;
}

} // namespace roledesk
