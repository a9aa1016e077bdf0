// DirectoryImport: people and groups from a CSV or JSON file (format in README.md, "Directories").
#include "platform/directory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace roledesk {

namespace {

/// One CSV record and the line it starts on.
struct CsvRecord {
    QStringList fields;
    int line = 0;
};

/// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF; a field
/// in double quotes may hold commas, line breaks and doubled quotes. Blank lines are skipped. On
/// broken quoting returns false with \a error and \a errorLine set.
bool readCsv(const QString &text, QList<CsvRecord> *records, QString *error, int *errorLine)
{
    int line = 1;
    qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0;   // a byte order mark is not data
    const qsizetype n = text.size();
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && text.at(i) == u'"') {
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        *error = DirectoryImport::tr("a quoted field is not closed");
                        *errorLine = opened;
                        return false;
                    }
                    const QChar c = text.at(i++);
                    if (c == u'"') {
                        if (i < n && text.at(i) == u'"') {
                            field += u'"';
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                }
                if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    *error = DirectoryImport::tr("text after a closing quote");
                    *errorLine = line;
                    return false;
                }
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    if (text.at(i) == u'"') {
                        *error = DirectoryImport::tr("a quote inside an unquoted field (quote the whole field and double the quote)");
                        *errorLine = line;
                        return false;
                    }
                    field += text.at(i++);
                }
            }
            record.fields << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else {   // CRLF or LF
                if (text.at(i) == u'\r')
                    ++i;
                if (i < n && text.at(i) == u'\n')
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        if (record.fields.size() > 1 || !record.fields.first().trimmed().isEmpty())
            records->push_back(record);
    }
    return true;
}

/// A group's entry, created on first mention; \a at indexes groups by name.
DirectoryGroup &groupNamed(Directory &d, QHash<QString, qsizetype> &at, const QString &name)
{
    auto it = at.constFind(name);
    if (it == at.cend()) {
        it = at.insert(name, d.groups.size());
        d.groups << DirectoryGroup{name, {}, {}, {}};
    }
    return d.groups[*it];
}

/// The groups in a ';'-separated cell, trimmed, without empty ones.
QStringList groupList(const QString &cell)
{
    QStringList list;
    for (const QString &g : cell.split(u';'))
        if (!g.trimmed().isEmpty())
            list << g.trimmed();
    return list;
}

} // namespace

DirectoryLoad DirectoryImport::load(const QString &path, const QString &provider)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"json")
        return {{}, tr("%1: unknown file type (expected .csv or .json)").arg(path), false};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, tr("%1: cannot read: %2").arg(path, f.errorString()), false};
    const QString name = QFileInfo(path).fileName();
    return suffix == u"csv" ? parseCsv(f.readAll(), name, provider) : parseJson(f.readAll(), name, provider);
}

DirectoryLoad DirectoryImport::parseCsv(const QByteArray &data, const QString &fileName, const QString &provider)
{
    auto fail = [&](int line, const QString &message) {
        return DirectoryLoad{{}, QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message), false};
    };
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (utf8.hasError())
        return {{}, tr("%1: not UTF-8 text").arg(fileName), false};
    QList<CsvRecord> records;
    QString error;
    int errorLine = 0;
    if (!readCsv(text, &records, &error, &errorLine))
        return fail(errorLine, error);
    if (records.isEmpty())
        return fail(1, tr("no header row (expected id,name,kind,groups)"));
    // The header names the columns; any order, only id is required.
    QHash<QString, int> column;
    const QStringList known = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("groups")};
    for (int c = 0; c < records.first().fields.size(); ++c) {
        const QString name = records.first().fields.at(c).trimmed().toLower();
        if (!known.contains(name))
            return fail(records.first().line, tr("unknown column \"%1\" (expected id, name, kind, groups)").arg(records.first().fields.at(c)));
        if (column.contains(name))
            return fail(records.first().line, tr("column \"%1\" twice").arg(name));
        column.insert(name, c);
    }
    if (!column.contains(QStringLiteral("id")))
        return fail(records.first().line, tr("no id column (expected id,name,kind,groups)"));
    DirectoryLoad result;
    Directory &d = result.directory;
    d.provider = provider;
    QHash<QString, qsizetype> groupAt;
    QHash<QString, int> seen;   // id → line
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() != records.first().fields.size())
            return fail(rec.line, tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(records.first().fields.size()));
        auto cell = [&](const QString &name) { return column.contains(name) ? rec.fields.at(column.value(name)).trimmed() : QString(); };
        const QString id = cell(QStringLiteral("id"));
        if (id.isEmpty())
            return fail(rec.line, tr("a row without an id"));
        const QString kind = cell(QStringLiteral("kind")).toLower();
        const bool isGroup = kind == u"group";
        // People and groups have separate names: a group may share a person's id.
        const QString key = (isGroup ? u'g' : u'p') + id;
        if (seen.contains(key))
            return fail(rec.line, tr("\"%1\" already on line %2").arg(id).arg(seen.value(key)));
        seen.insert(key, rec.line);
        if (!kind.isEmpty() && kind != u"human" && kind != u"machine" && !isGroup)
            return fail(rec.line, tr("\"%1\": kind \"%2\" (expected human, machine or group)").arg(id, cell(QStringLiteral("kind"))));
        const QStringList groups = groupList(cell(QStringLiteral("groups")));
        if (isGroup) {
            // A group row lists the groups it is a member of, as a person row does.
            groupNamed(d, groupAt, id).dn = tr("line %1").arg(rec.line);
            for (const QString &parent : groups) {
                DirectoryGroup &p = groupNamed(d, groupAt, parent);
                if (!p.groups.contains(id))
                    p.groups << id;
            }
            continue;
        }
        d.people << DirectoryPerson{id, cell(QStringLiteral("name")), tr("line %1").arg(rec.line), kind == u"machine", groups};
    }
    d.linkMemberships();
    return result;
}

DirectoryLoad DirectoryImport::parseJson(const QByteArray &data, const QString &fileName, const QString &provider)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(data.left(parseError.offset).count('\n')) + 1;
        return {{}, QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString()), false};
    }
    auto fail = [&](const QString &entry, const QString &message) {
        return DirectoryLoad{{}, QStringLiteral("%1: %2: %3").arg(fileName, entry, message), false};
    };
    if (!doc.isObject())
        return {{}, tr("%1: a JSON object with people and groups expected").arg(fileName), false};
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"people" && it.key() != u"groups")
            return fail(it.key(), tr("unknown key (expected people, groups)"));
    // A list of non-empty strings, or an error naming the member.
    auto names = [](const QJsonValue &v, QStringList *out) {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return false;
            *out << item.toString().trimmed();
        }
        return true;
    };
    DirectoryLoad result;
    Directory &d = result.directory;
    d.provider = provider;
    const QJsonArray people = root.value(QStringLiteral("people")).toArray();
    if (root.contains(QStringLiteral("people")) && !root.value(QStringLiteral("people")).isArray())
        return fail(QStringLiteral("people"), tr("a list expected"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString entry = QStringLiteral("people[%1]").arg(i);
        const QJsonObject o = people.at(i).toObject();
        if (!people.at(i).isObject())
            return fail(entry, tr("an object with id, name, kind, groups expected"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{u"id"_qs, u"name"_qs, u"kind"_qs, u"groups"_qs}.contains(it.key()))
                return fail(entry, tr("unknown key \"%1\" (expected id, name, kind, groups)").arg(it.key()));
        DirectoryPerson p;
        p.id = o.value(QStringLiteral("id")).toString().trimmed();
        if (p.id.isEmpty())
            return fail(entry, tr("a person without an id"));
        if (ids.contains(p.id))
            return fail(entry, tr("\"%1\" is listed twice").arg(p.id));
        ids.insert(p.id);
        p.name = o.value(QStringLiteral("name")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("human"));
        if (kind != u"human" && kind != u"machine")
            return fail(entry, tr("\"%1\": kind \"%2\" (expected human or machine)").arg(p.id, kind));
        p.machine = kind == u"machine";
        p.dn = entry;
        if (!names(o.value(QStringLiteral("groups")), &p.groups))
            return fail(entry, tr("\"groups\" must be a list of group names"));
        d.people << p;
    }
    if (root.contains(QStringLiteral("groups")) && !root.value(QStringLiteral("groups")).isArray())
        return fail(QStringLiteral("groups"), tr("a list expected"));
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    QSet<QString> groupNames;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString entry = QStringLiteral("groups[%1]").arg(i);
        const QJsonObject o = groups.at(i).toObject();
        if (!groups.at(i).isObject())
            return fail(entry, tr("an object with name, groups, people expected"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{u"name"_qs, u"groups"_qs, u"people"_qs}.contains(it.key()))
                return fail(entry, tr("unknown key \"%1\" (expected name, groups, people)").arg(it.key()));
        DirectoryGroup g;
        g.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (g.name.isEmpty())
            return fail(entry, tr("a group without a name"));
        if (groupNames.contains(g.name))
            return fail(entry, tr("group \"%1\" is listed twice").arg(g.name));
        groupNames.insert(g.name);
        g.dn = entry;
        // "groups": the member groups (nested), "people": member ids, as a directory lists them.
        if (!names(o.value(QStringLiteral("groups")), &g.groups) || !names(o.value(QStringLiteral("people")), &g.people))
            return fail(entry, tr("\"groups\" and \"people\" must be lists of names"));
        d.groups << g;
    }
    d.linkMemberships();
    return result;
}

} // namespace roledesk
