// The directories tests and benchmarks make up (GeneratedDirectory in slapdfixture.h): their
// LDIF, and the generator's own account of what reading them must give.
#include "slapdfixture.h"

#include <QHash>

namespace roledesk::test {

namespace {

/// An RDN value escaped as RFC 4514 asks (a comma in a name must not end the RDN).
QString escapeRdnValue(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (QStringView(u"\"+,;<>\\=").contains(c) || (i == 0 && (c == u' ' || c == u'#')) || (i == value.size() - 1 && c == u' '))
            out += u'\\';
        out += c;
    }
    return out;
}

/// A DN as a member value may spell it: types in capitals, a space after each comma, and an
/// escaped comma as its hex form; the same DN, for the server and for the reader.
QString otherSpelling(const QString &type, const QString &value, const QString &parent)
{
    QString spelledParent = parent;
    spelledParent.replace(QStringLiteral("ou="), QStringLiteral("OU=")).replace(QStringLiteral("dc="), QStringLiteral("DC="));
    spelledParent.replace(u',', QStringLiteral(", "));
    return QStringLiteral("%1=%2, %3").arg(type.toUpper(), escapeRdnValue(value).replace(QStringLiteral("\\,"), QStringLiteral("\\2C")), spelledParent);
}

/// "attr: value", or "attr:: base64" for what LDIF may not write plainly (non-ASCII, a leading
/// space, colon or "<").
void ldifLine(QByteArray &out, const char *attribute, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bool safe = !utf8.isEmpty() && utf8.front() != ' ' && utf8.front() != ':' && utf8.front() != '<' && utf8.back() != ' ';
    for (const char c : utf8)
        safe = safe && c > 0 && c != '\n' && c != '\r';
    out += attribute;
    out += safe ? QByteArray(": ") + utf8 : QByteArray(":: ") + utf8.toBase64();
    out += '\n';
}

struct Builder {
    GeneratedDirectory dir;
    QHash<QString, qsizetype> personIndex;
    QHash<QString, qsizetype> groupIndex;

    explicit Builder(const QString &base) { dir.baseDn = base; }
    QString peopleOu() const { return QStringLiteral("ou=people,") + dir.baseDn; }
    QString groupsOu() const { return QStringLiteral("ou=groups,") + dir.baseDn; }

    void person(const QString &id, const QString &name, bool machine = false, bool dnByName = false)
    {
        DirectoryPerson p;
        p.id = id;
        p.name = name;
        p.machine = machine;
        const QString type = dnByName ? QStringLiteral("cn") : QStringLiteral("uid");
        const QString value = dnByName ? name : id;
        p.dn = QStringLiteral("%1=%2,%3").arg(type, escapeRdnValue(value), peopleOu());
        if (dnByName)
            dir.memberSpelling.insert(p.dn, otherSpelling(type, value, peopleOu()));
        personIndex.insert(id, dir.people.size());
        dir.people.append(p);
    }
    void group(const QString &name, const QStringList &people, const QStringList &groups = {})
    {
        DirectoryGroup g;
        g.name = name;
        g.dn = QStringLiteral("cn=%1,%2").arg(escapeRdnValue(name), groupsOu());
        groupIndex.insert(name, dir.groups.size());
        dir.groups.append(g);
        for (const QString &id : people)
            join(id, name);
        for (const QString &sub : groups)
            dir.groups[groupIndex.value(name)].groups << sub;
    }
    void join(const QString &id, const QString &groupName)
    {
        dir.groups[groupIndex.value(groupName)].people << id;
        dir.people[personIndex.value(id)].groups << groupName;
    }
};

} // namespace

QByteArray GeneratedDirectory::ldif() const
{
    QByteArray out;
    out.reserve(qsizetype(people.size()) * 200);
    out += "dn: " + baseDn.toUtf8() + "\nobjectClass: dcObject\nobjectClass: organization\n";
    ldifLine(out, "dc", baseDn.section(u',', 0, 0).section(u'=', 1));
    out += "o: RoleDesk test directory\n\n";
    for (const char *ou : {"people", "groups"})
        out += QByteArray("dn: ou=") + ou + ',' + baseDn.toUtf8() + "\nobjectClass: organizationalUnit\nou: " + ou + "\n\n";

    QHash<QString, QString> dnOfPerson;
    for (const DirectoryPerson &p : people) {
        dnOfPerson.insert(p.id, p.dn);
        ldifLine(out, "dn", p.dn);
        out += "objectClass: inetOrgPerson\n";
        ldifLine(out, "uid", p.id);
        ldifLine(out, "cn", p.name);
        ldifLine(out, "sn", p.name.section(u' ', -1));
        if (p.machine)
            out += "employeeType: machine\n";
        out += '\n';
    }
    QHash<QString, QString> dnOfGroup;
    for (const DirectoryGroup &g : groups)
        dnOfGroup.insert(g.name, g.dn);
    for (const DirectoryGroup &g : groups) {
        const bool unique = uniqueMemberGroups.contains(g.name);
        const char *memberAttribute = unique ? "uniqueMember" : "member";
        ldifLine(out, "dn", g.dn);
        out += unique ? "objectClass: groupOfUniqueNames\n" : "objectClass: groupOfNames\n";
        ldifLine(out, "cn", g.name);
        QStringList members;
        for (const QString &id : g.people)
            members << memberSpelling.value(dnOfPerson.value(id), dnOfPerson.value(id));
        for (const QString &sub : g.groups)
            members << dnOfGroup.value(sub);
        members += outsideMembers.value(g.name);
        for (const QString &m : std::as_const(members))
            ldifLine(out, memberAttribute, unique ? m + QStringLiteral("#'0101'B") : m);
        out += '\n';
    }
    return out;
}

LdapSettings GeneratedDirectory::settings(const QString &url) const
{
    LdapSettings s;
    s.url = url;
    s.baseDn = baseDn;
    s.machineFilter = QStringLiteral("(employeeType=machine)");
    s.provider = QStringLiteral("corp-ldap");
    return s;
}

GeneratedDirectory GeneratedDirectory::edgeCases(int bulkMembers)
{
    Builder b(QStringLiteral("dc=roledesk,dc=test"));
    b.person(QStringLiteral("alice"), QStringLiteral("Alice Example"));
    b.person(QStringLiteral("bob"), QStringLiteral("Bob Builder"));
    b.person(QStringLiteral("carol"), QStringLiteral("Carol Cash"));
    b.person(QStringLiteral("dave"), QStringLiteral("Dave Loop"));
    b.person(QStringLiteral("zoe.angstrom"), QStringLiteral("Ångström, Zoë"), false, true);
    b.person(QStringLiteral("taro.yamada"), QStringLiteral("山田 太郎"), false, true);
    b.person(QStringLiteral("lonely"), QStringLiteral("Lonely Nobody"));
    b.person(QStringLiteral("ingest-bot"), QStringLiteral("Estate Ingest Bot"), true);
    QStringList bulk;
    for (int i = 1; i <= bulkMembers; ++i) {
        bulk << QStringLiteral("bulk%1").arg(i, 5, 10, QLatin1Char('0'));
        b.person(bulk.constLast(), QStringLiteral("Bulk Person %1").arg(i));
    }
    b.group(QStringLiteral("data-eng"), {QStringLiteral("alice"), QStringLiteral("zoe.angstrom")});
    b.group(QStringLiteral("engineering"), {QStringLiteral("bob")}, {QStringLiteral("data-eng")});
    b.group(QStringLiteral("staff"), {QStringLiteral("zoe.angstrom")}, {QStringLiteral("engineering")});
    b.group(QStringLiteral("finance"), {QStringLiteral("carol"), QStringLiteral("taro.yamada")});
    b.group(QStringLiteral("auditors"), {QStringLiteral("carol")});
    b.group(QStringLiteral("loop-a"), {QStringLiteral("dave")}, {QStringLiteral("loop-b")});
    b.group(QStringLiteral("loop-b"), {}, {QStringLiteral("loop-a")});
    b.group(QStringLiteral("platform-bots"), {QStringLiteral("ingest-bot")});
    b.group(QStringLiteral("external"), {QStringLiteral("alice")});
    if (bulkMembers > 0)
        b.group(QStringLiteral("bulk"), bulk);
    b.dir.uniqueMemberGroups << QStringLiteral("auditors");
    // The reader's own entry: a real DN, but neither a person nor a group.
    b.dir.outsideMembers.insert(QStringLiteral("external"), {SlapdFixture::readerDn(b.dir.baseDn)});
    return b.dir;
}

GeneratedDirectory GeneratedDirectory::organization(int people, int groups)
{
    Builder b(QStringLiteral("dc=acme,dc=example"));
    for (int i = 0; i < people; ++i) {
        const QString name = i % 10 == 3 ? QStringLiteral("Ångström, Zoë %1").arg(i) : QStringLiteral("Person %1").arg(i);
        b.person(QStringLiteral("p%1").arg(i, 5, 10, QLatin1Char('0')), name, i % 100 == 99, i % 10 == 3);
    }
    const auto groupName = [](int g) { return QStringLiteral("g%1").arg(g, 4, 10, QLatin1Char('0')); };
    for (int g = 0; g < groups; ++g)
        b.group(groupName(g), {});
    // A tree four wide: g0000 ⊃ g0001..g0004, g0001 ⊃ g0005..g0008, ...
    for (int g = 1; g < groups; ++g)
        b.dir.groups[(g - 1) / 4].groups << groupName(g);
    for (int i = 0; i < people && groups > 0; ++i) {
        const int first = i % groups;
        const int second = (i * 7 + 3) % groups;
        b.join(b.dir.people.at(i).id, groupName(first));
        if (second != first)
            b.join(b.dir.people.at(i).id, groupName(second));
    }
    return b.dir;
}

} // namespace roledesk::test
