// PlatformFileFormat's writing half: the YAML layout of serialize(), save(), and diff().
#include "platform/platformfile.h"

#include "export/outputfile.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace roledesk {

namespace {

/// Whether \a s must be quoted to read back as the same text in YAML's flow context (inside
/// [...] and {...}), where commas and brackets end a plain scalar.
bool needsQuotes(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return true;
    static const QString leading = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (leading.contains(s.front()))
        return true;
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028
            || c.unicode() == 0x2029 || c.unicode() == 0xfeff || QStringLiteral(",[]{}").contains(c))
            return true;
    if (s.contains(QStringLiteral(": ")) || s.contains(QStringLiteral(" #")) || s.endsWith(u':'))
        return true;
    // Words and numbers other YAML readers would not take as text.
    static const QStringList special = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                        QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
                                        QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("null"),
                                        QStringLiteral("~"), QStringLiteral(".inf"), QStringLiteral(".nan")};
    if (special.contains(s.toLower()))
        return true;
    bool number = false;
    s.toDouble(&number);
    return number || s.front().isDigit();
}

/// \a s as a YAML scalar: plain when that reads back the same, else double-quoted with escapes.
QString scalar(const QString &s)
{
    if (!needsQuotes(s))
        return s;
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += u'\\' + QString(c);
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

QString flowList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &i : items)
        quoted << scalar(i);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

/// "{key: value, ...}" of the pairs whose value is not empty.
QString flowMap(const QList<std::pair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[key, value] : pairs)
        if (!value.isEmpty())
            parts << key + QStringLiteral(": ") + value;
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString roleName(const PlatformDefinition &d, const QString &id)
{
    const PlatformRole *r = d.role(id);
    return r ? r->name : id;
}

/// The edit script between two line lists: ' ' kept, '-' removed, '+' added, in order. Common
/// head and tail are matched first; the middle by longest common subsequence, or, when that
/// table would be too large (a rewritten big file), as all removed then all added.
QList<std::pair<char, QString>> editScript(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    QList<std::pair<char, QString>> script;
    for (qsizetype i = 0; i < head; ++i)
        script.push_back({' ', a.at(i)});
    if (n * m <= 16'000'000) {
        // lcs[i][j]: length of the LCS of a's middle from i and b's middle from j.
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a.at(head + i) == b.at(head + j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                script.push_back({' ', a.at(head + i)});
                ++i, ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.push_back({'-', a.at(head + i++)});   // removals first, as diff(1) writes them
            } else {
                script.push_back({'+', b.at(head + j++)});
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            script.push_back({'-', a.at(head + i)});
        for (qsizetype j = 0; j < m; ++j)
            script.push_back({'+', b.at(head + j)});
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        script.push_back({' ', a.at(i)});
    return script;
}

QStringList lines(const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    QStringList l = QString::fromUtf8(text).split(u'\n');
    if (text.endsWith('\n'))
        l.removeLast();   // the final newline ends the last line; it does not start another
    return l;
}

/// "start,count" of a hunk side as unified diffs write it (start 0 for an empty side).
QString range(qsizetype start, qsizetype count)
{
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QByteArray PlatformFileFormat::serialize(const PlatformFile &file, const PlatformDefinition &definition)
{
    QStringList out;
    out << QStringLiteral("# RoleDesk platform file; see README.md, \"Platform files\".");
    out << QStringLiteral("platform: ") + scalar(file.definitionId.isEmpty() ? definition.id : file.definitionId);
    out << QStringLiteral("organization: ") + scalar(file.organization);
    out << QStringLiteral("projects: ") + flowList(file.projects);
    const PlatformDirectorySource &d = file.directory;
    if (d.kind != PlatformDirectorySource::Kind::None) {
        out << QStringLiteral("directory:");
        if (!d.provider.isEmpty())
            out << QStringLiteral("  provider: ") + scalar(d.provider);
        if (d.kind == PlatformDirectorySource::Kind::Import) {
            out << QStringLiteral("  import: ") + scalar(d.importPath);
        } else {
            out << QStringLiteral("  ldap:");
            const QList<std::pair<QString, QString>> settings = {
                {QStringLiteral("url"), d.url},
                {QStringLiteral("start_tls"), d.startTls ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("ca_file"), d.caFile},
                {QStringLiteral("bind_dn"), d.bindDn},
                {QStringLiteral("base_dn"), d.baseDn},
                {QStringLiteral("user_filter"), d.userFilter},
                {QStringLiteral("group_filter"), d.groupFilter},
                {QStringLiteral("member_attribute"), d.memberAttribute},
                {QStringLiteral("machine_filter"), d.machineFilter},
            };
            for (const auto &[key, value] : settings)
                if (!value.isEmpty())
                    out << QStringLiteral("    %1: %2").arg(key, key == u"start_tls" ? value : scalar(value));
        }
    }
    out << (file.people.isEmpty() ? QStringLiteral("people: []") : QStringLiteral("people:"));
    for (const PlatformPerson &p : file.people)
        out << QStringLiteral("  - ") + flowMap({{QStringLiteral("id"), scalar(p.id)},
                                                 {QStringLiteral("name"), p.name.isEmpty() ? QString() : scalar(p.name)},
                                                 {QStringLiteral("kind"), p.kind == PlatformPerson::Kind::Machine ? QStringLiteral("machine") : QString()},
                                                 {QStringLiteral("provider"), p.provider.isEmpty() ? QString() : scalar(p.provider)},
                                                 {QStringLiteral("groups"), p.groups.isEmpty() ? QString() : flowList(p.groups)}});
    out << (file.assignments.isEmpty() ? QStringLiteral("assignments: []") : QStringLiteral("assignments:"));
    for (const PlatformAssignment &a : file.assignments)
        out << QStringLiteral("  - ") + flowMap({{QStringLiteral("person"), scalar(a.person)},
                                                 {QStringLiteral("role"), scalar(roleName(definition, a.role))},
                                                 {QStringLiteral("project"), a.project.isEmpty() ? QString() : scalar(a.project)}});
    out << (file.rules.isEmpty() ? QStringLiteral("rules: []") : QStringLiteral("rules:"));
    for (const PlatformRule &r : file.rules) {
        out << QStringLiteral("  - name: ") + scalar(r.name);
        if (!r.project.isEmpty())
            out << QStringLiteral("    project: ") + scalar(r.project);
        QStringList conditions;
        for (const PlatformCondition &c : r.conditions)
            conditions << flowMap({{c.kind == PlatformCondition::Kind::Provider ? QStringLiteral("provider") : QStringLiteral("group"),
                                    scalar(c.value)}});
        out << QStringLiteral("    conditions: [") + conditions.join(QStringLiteral(", ")) + u']';
        QStringList roles;
        for (const QString &id : r.roles)
            roles << roleName(definition, id);
        out << QStringLiteral("    roles: ") + flowList(roles);
    }
    // Written only when present, so that files without logins keep their text.
    if (!file.logins.isEmpty()) {
        out << QStringLiteral("logins:");
        if (file.logins.sameName)
            out << QStringLiteral("  same_name: true");
        if (!file.logins.patterns.isEmpty())
            out << QStringLiteral("  patterns: ") + flowList(file.logins.patterns);
        if (!file.logins.lists.isEmpty())
            out << QStringLiteral("  lists:");
        for (const PlatformLoginList &l : file.logins.lists)
            out << QStringLiteral("    - ") + flowMap({{QStringLiteral("person"), scalar(l.person)},
                                                       {QStringLiteral("roles"), flowList(l.roles)}});
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

QString PlatformFileFormat::save(const PlatformFile &file, const PlatformDefinition &definition, const QString &path)
{
    OutputFile out(path);
    if (!out.open())
        return tr("cannot write %1: %2").arg(path, out.errorString());
    out.write(serialize(file, definition));
    if (!out.commit())
        return tr("cannot write %1: %2").arg(path, out.errorString());
    return {};
}

QString PlatformFileFormat::diff(const QByteArray &before, const QByteArray &after)
{
    constexpr qsizetype context = 3;
    const QList<std::pair<char, QString>> script = editScript(lines(before), lines(after));
    // Hunks: runs of changes joined when fewer than 2 * context kept lines lie between them.
    QStringList out;
    qsizetype k = 0;
    qsizetype aLine = 0, bLine = 0;   // lines of each side before script[k]
    while (k < script.size()) {
        if (script.at(k).first == ' ') {
            ++k, ++aLine, ++bLine;
            continue;
        }
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;   // one past the hunk's last entry
        qsizetype kept = 0;
        while (end < script.size() && kept <= 2 * context) {
            kept = script.at(end).first == ' ' ? kept + 1 : 0;
            ++end;
        }
        end -= std::max<qsizetype>(0, kept - context);   // at most `context` kept lines after
        const qsizetype aStart = aLine - (k - start), bStart = bLine - (k - start);
        qsizetype aCount = 0, bCount = 0;
        QStringList body;
        for (qsizetype i = start; i < end; ++i) {
            const auto &[op, text] = script.at(i);
            body << QChar(QLatin1Char(op)) + text;
            aCount += op != '+';
            bCount += op != '-';
        }
        out << QStringLiteral("@@ -%1 +%2 @@").arg(range(aStart, aCount), range(bStart, bCount));
        out << body;
        aLine = aStart + aCount;
        bLine = bStart + bCount;
        k = end;
    }
    return out.isEmpty() ? QString() : out.join(u'\n') + u'\n';
}

} // namespace roledesk
