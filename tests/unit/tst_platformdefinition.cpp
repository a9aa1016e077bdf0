#include "platform/platformdefinition.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace roledesk;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/platform/") + name;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll()).split(u'\n');
}

/// One row of the reference table, read straight from the Markdown.
struct MatrixRow {
    QString name;          ///< as the matrix spells it, remarks in parentheses included
    int count = 0;
    QStringList holders;   ///< abbreviations
};

/// The reference as written: the table rows, the "Columns:" legend (abbreviation → role name),
/// and the abbreviations the "Scope:" line calls organization roles.
struct Matrix {
    QList<MatrixRow> rows;
    QList<std::pair<QString, QString>> columns;
    QStringList organizationRoles;
};

Matrix readMatrix()
{
    Matrix m;
    QString legend;
    bool inLegend = false;
    for (const QString &line : readLines(fixture(QStringLiteral("edb-hybrid-manager-matrix.md")))) {
        if (line.startsWith(u"Columns:"))
            inLegend = true;
        if (line.startsWith(u"Scope:")) {
            inLegend = false;
            const QString orgs = line.mid(6).section(QStringLiteral(" are organization roles"), 0, 0);
            for (const QString &a : orgs.split(u','))
                m.organizationRoles << a.trimmed();
        }
        if (inLegend)
            legend += line + u' ';
        if (!line.startsWith(u"| ") || line.startsWith(u"| permission"))
            continue;
        const QStringList cells = line.split(QStringLiteral(" | "));
        MatrixRow row;
        row.name = cells.value(0).mid(2);
        row.count = cells.value(1).toInt();
        QString holders = cells.value(2);
        holders.chop(2);   // " |"
        row.holders = holders.split(QStringLiteral(", "));
        m.rows << row;
    }
    // "OA Organization Administrator, ..., MPO / MPE / MPV Migration Portal Projects Owner / Editor / Viewer."
    legend = legend.mid(8).simplified();
    legend.chop(1);
    static const QRegularExpression item(QStringLiteral("^([A-Z]+(?: / [A-Z]+)*) (.+)$"));
    for (const QString &part : legend.split(QStringLiteral(", "))) {
        const auto match = item.match(part);
        if (!match.hasMatch())
            qFatal("unexpected legend entry %s", qPrintable(part));
        const QStringList abbreviations = match.captured(1).split(QStringLiteral(" / "));
        const QStringList names = match.captured(2).split(QStringLiteral(" / "));
        const QString prefix = names.first().section(u' ', 0, -2);
        for (int i = 0; i < abbreviations.size(); ++i)
            m.columns.push_back({abbreviations.at(i), i == 0 ? names.first() : prefix + u' ' + names.value(i)});
    }
    return m;
}

/// The copied vendor table: its role header and, per row, the permission's name and how many X.
struct VendorTable {
    QStringList roles;
    QList<std::pair<QString, int>> rows;
};

VendorTable readVendorTable()
{
    VendorTable t;
    for (const QString &line : readLines(fixture(QStringLiteral("edb-hybrid-manager-roles.txt")))) {
        if (!line.startsWith(u"| ") )
            continue;
        QStringList cells = line.split(u'|');
        if (line.startsWith(u"| Permissions |")) {
            for (int i = 2; i < cells.size(); ++i)
                if (!cells.at(i).trimmed().isEmpty())
                    t.roles << cells.at(i).trimmed();
            continue;
        }
        int xs = 0;
        for (int i = 2; i < cells.size(); ++i)
            xs += cells.at(i).count(u'X');
        t.rows.push_back({cells.at(1).trimmed(), xs});
    }
    return t;
}

QByteArray shipped()
{
    QFile f(qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/platform/edb-hybrid-manager.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped definition");
    return f.readAll();
}

} // namespace

/// The shipped Hybrid Manager definition against the reference, cell by cell, and the parser's
/// refusals.
class TstPlatformDefinition : public QObject {
    Q_OBJECT
private slots:
    void builtinLoads();
    void rolesAndScopes();
    void everyCell();
    void vendorTableCounts();
    void actions();
    void lookups();
    void refusals_data();
    void refusals();
    void holdersInRoleOrder();
    void generatorMakesTheShippedFile();
};

void TstPlatformDefinition::builtinLoads()
{
    QVERIFY(PlatformDefinition::builtinIds().contains(u"edb-hybrid-manager"_qs));
    // Each shipped resource parses (builtin() would abort otherwise).
    for (const QString &id : PlatformDefinition::builtinIds()) {
        const PlatformDefinitionLoad l = PlatformDefinition::load(QStringLiteral(":/platform/%1.json").arg(id));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.definition.id, id);
    }
    // The compiled-in resource is the file in the tree.
    QFile resource(u":/platform/edb-hybrid-manager.json"_qs);
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(resource.readAll(), shipped());
    const PlatformDefinition &d = PlatformDefinition::builtin();
    QCOMPARE(d.id, u"edb-hybrid-manager"_qs);
    QCOMPARE(&PlatformDefinition::builtin(u"edb-hybrid-manager"_qs), &d);
}

void TstPlatformDefinition::rolesAndScopes()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const Matrix m = readMatrix();
    const VendorTable t = readVendorTable();
    QCOMPARE(d.roles.size(), 14);
    QCOMPARE(m.columns.size(), 14);
    QCOMPARE(t.roles.size(), 14);
    QStringList machineRoles;   // holders of a row the matrix marks "(machine users only)"
    for (const MatrixRow &row : m.rows)
        if (row.name.contains(u"(machine users only)"))
            machineRoles << row.holders;
    QCOMPARE(machineRoles, QStringList{u"EI"_qs});
    for (int i = 0; i < 14; ++i) {
        const PlatformRole &r = d.roles.at(i);
        QCOMPARE(r.abbreviation, m.columns.at(i).first);
        QCOMPARE(r.name, m.columns.at(i).second);
        QCOMPARE(r.name, t.roles.at(i));
        QCOMPARE(r.scope, m.organizationRoles.contains(r.abbreviation) ? PlatformScope::Organization : PlatformScope::Project);
        QCOMPARE(r.machineUsersOnly, machineRoles.contains(r.abbreviation));
    }
    QCOMPARE(m.organizationRoles.size(), 4);
}

void TstPlatformDefinition::everyCell()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const Matrix m = readMatrix();
    const VendorTable t = readVendorTable();
    QCOMPARE(m.rows.size(), 43);
    QCOMPARE(d.permissions.size(), 43);
    QHash<QString, QString> idOf;
    for (const PlatformRole &r : d.roles)
        idOf.insert(r.abbreviation, r.id);
    int cells = 0;
    int counted = 0;   // the count column summed
    for (int i = 0; i < 43; ++i) {
        const MatrixRow &row = m.rows.at(i);
        const PlatformPermission &p = d.permissions.at(i);
        // The vendor's name; the matrix's remark (release difference, machine users) as the note.
        QCOMPARE(p.name, t.rows.at(i).first);
        QVERIFY2(row.name.startsWith(p.name), qPrintable(row.name));
        const QString remark = row.name.mid(p.name.size()).trimmed();
        QCOMPARE(p.note.isEmpty(), remark.isEmpty());
        if (!remark.isEmpty())
            QCOMPARE(u'(' + p.note + u')', remark);
        QCOMPARE(row.holders.size(), row.count);
        counted += row.count;
        QCOMPARE(p.holders.size(), row.count);
        for (const PlatformRole &r : d.roles) {
            const bool expected = row.holders.contains(r.abbreviation);
            if (d.holds(r.id, p.id) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 / %2: expected %3").arg(p.name, r.abbreviation).arg(expected)));
            cells += expected;
        }
        for (const QString &h : p.holders)   // no holder outside the row
            QVERIFY2(row.holders.contains(d.role(h)->abbreviation), qPrintable(p.name + u' ' + h));
    }
    QCOMPARE(cells, counted);
    QVERIFY(cells > 43);
}

void TstPlatformDefinition::vendorTableCounts()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const VendorTable t = readVendorTable();
    QCOMPARE(t.rows.size(), 43);
    for (int i = 0; i < 43; ++i)
        QVERIFY2(d.permissions.at(i).holders.size() == t.rows.at(i).second, qPrintable(t.rows.at(i).first));
}

void TstPlatformDefinition::actions()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const QList<std::pair<PlatformAction, QString>> expected = {
        {PlatformAction::AssignOrganizationRoles, u"Assign org roles"_qs},
        {PlatformAction::AssignProjectRoles, u"Assign project roles"_qs},
        {PlatformAction::EditOrganizationRules, u"Create, update, and delete org role mapping rules"_qs},
        {PlatformAction::EditProjectRules, u"Create, update, and delete project role mapping rules"_qs},
        {PlatformAction::ManageUsers, u"Manage users"_qs},
        {PlatformAction::CreateProjects, u"Create projects within the org"_qs},
        {PlatformAction::UpdateDeleteProjects, u"Update and delete projects"_qs},
        {PlatformAction::ManageIdentityProviders, u"Manage identity provider integrations"_qs},
    };
    for (const auto &[action, name] : expected) {
        const PlatformPermission *p = d.permission(name);
        QVERIFY2(p, qPrintable(name));
        QCOMPARE(d.permissionFor(action), p->id);
    }
}

void TstPlatformDefinition::lookups()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const PlatformRole *byName = d.role(u"project owner"_qs);
    QVERIFY(byName);
    QCOMPARE(d.role(u"PO"_qs), byName);
    QCOMPARE(d.role(byName->id.toUpper()), byName);
    QCOMPARE(d.role(u"Project"_qs), nullptr);
    QCOMPARE(d.permission(u"assign org roles"_qs), d.permission(d.permissionFor(PlatformAction::AssignOrganizationRoles)));
    QCOMPARE(d.permission(u"nothing"_qs), nullptr);
    const QStringList ofPo = d.permissionsOf(byName->id);
    int poRows = 0;   // the PO column of the matrix
    for (const MatrixRow &row : readMatrix().rows)
        poRows += row.holders.contains(byName->abbreviation);
    QCOMPARE(ofPo.size(), poRows);
    QVERIFY(ofPo.contains(d.permissionFor(PlatformAction::AssignProjectRoles)));
    QVERIFY(d.permissionsOf(u"nobody"_qs).isEmpty());
}

void TstPlatformDefinition::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray roles = R"("roles": [{"id": "a", "name": "A", "abbreviation": "A1", "scope": "organization"},
                                           {"id": "b", "name": "B", "abbreviation": "B1", "scope": "project"}])";
    auto doc = [&](const QByteArray &rest) { return "{\"id\": \"x\", \"name\": \"X\", " + roles + ", " + rest + "}"; };
    QTest::newRow("not JSON") << QByteArray("{\n\"id\": \"x\",\n oops}") << u"def.json:3: "_qs;
    QTest::newRow("array") << QByteArray("[]") << u"def.json: a JSON object expected"_qs;
    QTest::newRow("duplicate role id")
        << QByteArray(R"({"id": "x", "name": "X", "roles": [{"id": "a", "name": "A", "abbreviation": "A1", "scope": "project"},
                          {"id": "a", "name": "Z", "abbreviation": "Z1", "scope": "project"}],
                          "permissions": [{"id": "p", "name": "P", "holders": []}]})")
        << u"def.json: role \"a\": duplicate role id, name or abbreviation \"a\""_qs;
    QTest::newRow("duplicate permission id")
        << doc(R"("permissions": [{"id": "p", "name": "P", "holders": ["a"]}, {"id": "p", "name": "Q", "holders": []}])")
        << u"def.json: permission \"p\": duplicate permission id or name \"p\""_qs;
    QTest::newRow("unknown holder")
        << doc(R"("permissions": [{"id": "p", "name": "P", "holders": ["a", "c"]}])")
        << u"def.json: permission \"p\": holder \"c\" is not a role of this definition"_qs;
    QTest::newRow("unknown action permission")
        << doc(R"("permissions": [{"id": "p", "name": "P", "holders": ["a"]}], "actions": {"manage-users": "q"})")
        << u"def.json: action \"manage-users\": \"q\" is not a permission of this definition"_qs;
    QTest::newRow("unknown action")
        << doc(R"("permissions": [{"id": "p", "name": "P", "holders": ["a"]}], "actions": {"fly": "p"})")
        << u"def.json: actions: unknown key \"fly\""_qs;
    QTest::newRow("bad scope")
        << QByteArray(R"({"id": "x", "name": "X", "roles": [{"id": "a", "name": "A", "abbreviation": "A1", "scope": "galaxy"}],
                          "permissions": [{"id": "p", "name": "P", "holders": []}]})")
        << u"def.json: role \"a\": \"scope\" must be"_qs;
    QTest::newRow("no permissions") << doc(R"("permissions": [])") << u"def.json: \"permissions\" must be a non-empty list"_qs;
}

void TstPlatformDefinition::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const PlatformDefinitionLoad l = PlatformDefinition::parse(json, u"def.json"_qs);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(l.error));
}

void TstPlatformDefinition::holdersInRoleOrder()
{
    const PlatformDefinitionLoad l = PlatformDefinition::parse(
        R"({"id": "x", "name": "X", "roles": [{"id": "a", "name": "A", "abbreviation": "A1", "scope": "organization"},
             {"id": "b", "name": "B", "abbreviation": "B1", "scope": "project", "machineUsersOnly": true}],
             "permissions": [{"id": "p", "name": "P", "note": "n", "holders": ["b", "a"]}],
             "actions": {"manage-users": "p"}})", u"def.json"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.definition.permissions.first().holders, (QStringList{u"a"_qs, u"b"_qs}));
    QVERIFY(l.definition.roles.at(1).machineUsersOnly);
    QCOMPARE(l.definition.permissionFor(PlatformAction::ManageUsers), u"p"_qs);
    QCOMPARE(l.definition.permissionFor(PlatformAction::AssignProjectRoles), QString());
}

void TstPlatformDefinition::generatorMakesTheShippedFile()
{
    // The JSON is made from the matrix by the script; the two must not drift apart.
    QProcess script;
    script.start(u"bash"_qs, {fixture(u"make-definition.sh"_qs)});
    QVERIFY(script.waitForFinished(30000));
    QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
    QCOMPARE(script.readAllStandardOutput(), shipped());
}

QTEST_GUILESS_MAIN(TstPlatformDefinition)
#include "tst_platformdefinition.moc"
