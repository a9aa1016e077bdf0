#include "platform/directory.h"
#include "platform/platformexport.h"

#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace roledesk;

namespace {

using Format = PlatformExport::Format;

/// A small definition of the test's own, with awkward names (commas, quotes): two organization
/// roles, a project role and a machine-only project role.
PlatformDefinition definition()
{
    PlatformDefinition d;
    d.id = QStringLiteral("test-platform");
    d.name = QStringLiteral("Test platform");
    d.release = QStringLiteral("0.1");
    d.roles = {
        {QStringLiteral("owner"), QStringLiteral("Owner, \"chief\""), QStringLiteral("OW"), PlatformScope::Organization, false},
        {QStringLiteral("reader"), QStringLiteral("Reader"), QStringLiteral("RD"), PlatformScope::Organization, false},
        {QStringLiteral("editor"), QStringLiteral("Editor"), QStringLiteral("ED"), PlatformScope::Project, false},
        {QStringLiteral("bot"), QStringLiteral("Bot role"), QStringLiteral("BT"), PlatformScope::Project, true},
    };
    d.permissions = {
        {QStringLiteral("manage"), QStringLiteral("Manage users, all"), {}, {QStringLiteral("owner")}},
        {QStringLiteral("view"), QStringLiteral("View \"things\""), {},
         {QStringLiteral("owner"), QStringLiteral("reader"), QStringLiteral("editor")}},
        {QStringLiteral("edit"), QStringLiteral("Edit clusters"), {}, {QStringLiteral("editor")}},
        {QStringLiteral("ingest"), QStringLiteral("Ingest"), {}, {QStringLiteral("bot")}},
    };
    return d;
}

/// Ann (quotes in her name) holds owner and, in analytics, editor by hand; a machine user holds
/// the bot role; Zoë (non-ASCII, a comma), known only to the directory, is editor of ml by a rule
/// through a nested group.
PlatformFile platformFile()
{
    PlatformFile f;
    f.definitionId = QStringLiteral("test-platform");
    f.organization = QStringLiteral("Acme, Inc.");
    f.projects = {QStringLiteral("analytics"), QStringLiteral("ml")};
    f.people = {
        {QStringLiteral("ann"), QStringLiteral("Ann \"A\" Smith"), PlatformPerson::Kind::Human, QStringLiteral("corp"), {}, 5},
        {QStringLiteral("bot-1"), {}, PlatformPerson::Kind::Machine, QStringLiteral("native"), {}, 6},
    };
    f.assignments = {
        {QStringLiteral("bot-1"), QStringLiteral("bot"), QStringLiteral("analytics"), 8},
        {QStringLiteral("ann"), QStringLiteral("editor"), QStringLiteral("analytics"), 9},
        {QStringLiteral("ann"), QStringLiteral("owner"), {}, 10},
    };
    PlatformRule rule;
    rule.name = QStringLiteral("editors, by group");
    rule.project = QStringLiteral("ml");
    rule.conditions = {{PlatformCondition::Kind::Group, QStringLiteral("eng")}};
    rule.roles = {QStringLiteral("editor")};
    rule.line = 12;
    f.rules = {rule};
    return f;
}

Directory directory()
{
    Directory d;
    d.provider = QStringLiteral("corp");
    DirectoryPerson zoe;
    zoe.id = QStringLiteral("zoe");
    zoe.name = QString::fromUtf8("Zo\u00eb \u00c5ngstr\u00f6m, Jr.");
    zoe.dn = QStringLiteral("line 2");
    zoe.groups = {QStringLiteral("data-eng")};
    d.people = {zoe};
    d.groups = {{QStringLiteral("data-eng"), {}, {QStringLiteral("zoe")}, {}},
                {QStringLiteral("eng"), {}, {}, {QStringLiteral("data-eng")}}};
    return d;
}

const QByteArray kAnn = "ann,\"Ann \"\"A\"\" Smith\",human,";
const QByteArray kZoe = "zoe,\"Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m, Jr.\",human,";

} // namespace

/// PlatformExport: the exact CSV and JSON bytes of who-can, what-can and the role grants for a
/// small organization with commas, quotes and non-ASCII names; the rows' order whatever the
/// order of the grants; the CSV read back by an independent RFC 4180 reader.
class TstPlatformExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void whoCanCsv();
    void whoCanInProjectCsv();
    void whoCanJson();
    void whatCanCsv();
    void whatCanJson();
    void roleGrantsCsv();
    void roleGrantsJsonParses();
    void rowsSortedWhateverTheOrder();
    void csvReadsBack();
    void nobody();

private:
    PlatformDefinition m_definition = definition();
    PlatformFile m_file = platformFile();
    Directory m_directory = directory();
    PlatformEvaluation m_evaluation;
};

void TstPlatformExport::initTestCase()
{
    m_evaluation = PlatformEvaluation::evaluate(m_definition, m_file, &m_directory);
    QCOMPARE(m_evaluation.people(), (QStringList{QStringLiteral("ann"), QStringLiteral("bot-1"), QStringLiteral("zoe")}));
    QCOMPARE(m_evaluation.roleGrants().size(), 4);
}

void TstPlatformExport::whoCanCsv()
{
    const QByteArray expected = QByteArray(PlatformExport::permissionHeader) + "\r\n"
                                + kAnn + "\"View \"\"things\"\"\",organization,\"Owner, \"\"chief\"\"\",manual,,\r\n"
                                + kAnn + "\"View \"\"things\"\"\",analytics,Editor,manual,,\r\n"
                                + kZoe + "\"View \"\"things\"\"\",ml,Editor,rule,\"editors, by group\",data-eng > eng\r\n";
    QCOMPARE(PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("view"), {}, Format::Csv, &m_directory), expected);
    // Without the directory Zoë's name and kind are unknown: empty, not invented.
    const QByteArray bare = PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("view"), {}, Format::Csv);
    QVERIFY2(bare.endsWith("zoe,,,\"View \"\"things\"\"\",ml,Editor,rule,\"editors, by group\",data-eng > eng\r\n"),
             bare.constData());
}

void TstPlatformExport::whoCanInProjectCsv()
{
    // In ml: the organization-wide holder and the project's, not Ann's analytics grant.
    const QByteArray expected = QByteArray(PlatformExport::permissionHeader) + "\r\n"
                                + kAnn + "\"View \"\"things\"\"\",organization,\"Owner, \"\"chief\"\"\",manual,,\r\n"
                                + kZoe + "\"View \"\"things\"\"\",ml,Editor,rule,\"editors, by group\",data-eng > eng\r\n";
    QCOMPARE(PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("view"), QStringLiteral("ml"), Format::Csv,
                                    &m_directory),
             expected);
}

void TstPlatformExport::whoCanJson()
{
    const QByteArray expected =
        "{\n"
        "  \"definition\": \"test-platform\",\n"
        "  \"release\": \"0.1\",\n"
        "  \"organization\": \"Acme, Inc.\",\n"
        "  \"question\": \"who-can\",\n"
        "  \"permission\": \"Manage users, all\",\n"
        "  \"permission_id\": \"manage\",\n"
        "  \"project\": \"ml\",\n"
        "  \"rows\": [\n"
        "    {\"person\": \"ann\", \"name\": \"Ann \\\"A\\\" Smith\", \"kind\": \"human\", \"permission\": \"Manage users, all\", "
        "\"permission_id\": \"manage\", \"scope\": \"organization\", \"project\": null, \"role\": \"Owner, \\\"chief\\\"\", "
        "\"role_id\": \"owner\", \"source\": \"manual\", \"rule\": null, \"via\": []}\n"
        "  ]\n"
        "}\n";
    QCOMPARE(PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("manage"), QStringLiteral("ml"), Format::Json,
                                    &m_directory),
             expected);
}

void TstPlatformExport::whatCanCsv()
{
    // Permissions in the definition's order; organization before the projects.
    const QByteArray expected = QByteArray(PlatformExport::permissionHeader) + "\r\n"
                                + kAnn + "\"Manage users, all\",organization,\"Owner, \"\"chief\"\"\",manual,,\r\n"
                                + kAnn + "\"View \"\"things\"\"\",organization,\"Owner, \"\"chief\"\"\",manual,,\r\n"
                                + kAnn + "\"View \"\"things\"\"\",analytics,Editor,manual,,\r\n"
                                + kAnn + "Edit clusters,analytics,Editor,manual,,\r\n";
    QCOMPARE(PlatformExport::whatCan(m_evaluation, m_file, QStringLiteral("ann"), Format::Csv), expected);
    QCOMPARE(PlatformExport::whatCan(m_evaluation, m_file, QStringLiteral("bot-1"), Format::Csv),
             QByteArray(PlatformExport::permissionHeader) + "\r\nbot-1,,machine,Ingest,analytics,Bot role,manual,,\r\n");
}

void TstPlatformExport::whatCanJson()
{
    const QByteArray expected =
        "{\n"
        "  \"definition\": \"test-platform\",\n"
        "  \"release\": \"0.1\",\n"
        "  \"organization\": \"Acme, Inc.\",\n"
        "  \"question\": \"what-can\",\n"
        "  \"person\": \"zoe\",\n"
        "  \"rows\": [\n"
        "    {\"person\": \"zoe\", \"name\": \"Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m, Jr.\", \"kind\": \"human\", "
        "\"permission\": \"View \\\"things\\\"\", \"permission_id\": \"view\", \"scope\": \"ml\", \"project\": \"ml\", "
        "\"role\": \"Editor\", \"role_id\": \"editor\", \"source\": \"rule\", \"rule\": \"editors, by group\", "
        "\"via\": [\"data-eng\", \"eng\"]},\n"
        "    {\"person\": \"zoe\", \"name\": \"Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m, Jr.\", \"kind\": \"human\", "
        "\"permission\": \"Edit clusters\", \"permission_id\": \"edit\", \"scope\": \"ml\", \"project\": \"ml\", "
        "\"role\": \"Editor\", \"role_id\": \"editor\", \"source\": \"rule\", \"rule\": \"editors, by group\", "
        "\"via\": [\"data-eng\", \"eng\"]}\n"
        "  ]\n"
        "}\n";
    QCOMPARE(PlatformExport::whatCan(m_evaluation, m_file, QStringLiteral("zoe"), Format::Json, &m_directory), expected);
}

void TstPlatformExport::roleGrantsCsv()
{
    // People in the evaluation's order (the file's, then the directory's), whatever the file's
    // assignment order.
    const QByteArray expected = QByteArray(PlatformExport::roleHeader) + "\r\n"
                                + kAnn + "\"Owner, \"\"chief\"\"\",organization,manual,,\r\n"
                                + kAnn + "Editor,analytics,manual,,\r\n"
                                + "bot-1,,machine,Bot role,analytics,manual,,\r\n"
                                + kZoe + "Editor,ml,rule,\"editors, by group\",data-eng > eng\r\n";
    QCOMPARE(PlatformExport::roleGrants(m_evaluation, m_file, Format::Csv, &m_directory), expected);
}

void TstPlatformExport::roleGrantsJsonParses()
{
    const QByteArray json = PlatformExport::roleGrants(m_evaluation, m_file, Format::Json, &m_directory);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("question")).toString(), QStringLiteral("role-grants"));
    QCOMPARE(root.value(QStringLiteral("organization")).toString(), QStringLiteral("Acme, Inc."));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject zoe = rows.at(3).toObject();
    QCOMPARE(zoe.value(QStringLiteral("name")).toString(), QString::fromUtf8("Zo\u00eb \u00c5ngstr\u00f6m, Jr."));
    QCOMPARE(zoe.value(QStringLiteral("via")).toArray(), (QJsonArray{QStringLiteral("data-eng"), QStringLiteral("eng")}));
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("rule")).isNull());
    QVERIFY(rows.at(2).toObject().value(QStringLiteral("name")).isNull());
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("machine"));
}

void TstPlatformExport::rowsSortedWhateverTheOrder()
{
    QList<PlatformRoleGrant> grants = m_evaluation.roleGrants();
    const QByteArray sorted = PlatformExport::roleRows(m_evaluation, m_file, grants, Format::Csv, &m_directory);
    std::reverse(grants.begin(), grants.end());
    QCOMPARE(PlatformExport::roleRows(m_evaluation, m_file, grants, Format::Csv, &m_directory), sorted);
    QCOMPARE(sorted, PlatformExport::roleGrants(m_evaluation, m_file, Format::Csv, &m_directory));

    // A grant of a role and a person nobody knows still gets a row: the ids, after the known ones.
    PlatformRoleGrant odd;
    odd.person = QStringLiteral("aaron");
    odd.role = QStringLiteral("no-such-role");
    grants << odd;
    const QByteArray withOdd = PlatformExport::roleRows(m_evaluation, m_file, grants, Format::Csv, &m_directory);
    QVERIFY2(withOdd.endsWith("aaron,,,no-such-role,organization,manual,,\r\n"), withOdd.constData());

    QList<PlatformPermissionGrant> permissions = m_evaluation.permissionsOf(QStringLiteral("ann"));
    std::reverse(permissions.begin(), permissions.end());
    QCOMPARE(PlatformExport::permissionRows(m_evaluation, m_file, permissions, Format::Csv, &m_directory),
             PlatformExport::whatCan(m_evaluation, m_file, QStringLiteral("ann"), Format::Csv, &m_directory));
}

void TstPlatformExport::csvReadsBack()
{
    const QList<QStringList> records = test::parseCsv(
        QString::fromUtf8(PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("view"), {}, Format::Csv, &m_directory)));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).join(u','), QLatin1String(PlatformExport::permissionHeader));
    QCOMPARE(records.at(3),
             (QStringList{QStringLiteral("zoe"), QString::fromUtf8("Zo\u00eb \u00c5ngstr\u00f6m, Jr."), QStringLiteral("human"),
                          QStringLiteral("View \"things\""), QStringLiteral("ml"), QStringLiteral("Editor"),
                          QStringLiteral("rule"), QStringLiteral("editors, by group"), QStringLiteral("data-eng > eng")}));
    QCOMPARE(records.at(1).at(1), QStringLiteral("Ann \"A\" Smith"));
    QCOMPARE(records.at(1).at(5), QStringLiteral("Owner, \"chief\""));
}

void TstPlatformExport::nobody()
{
    QCOMPARE(PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("ingest"), QStringLiteral("ml"), Format::Csv),
             QByteArray(PlatformExport::permissionHeader) + "\r\n");
    const QByteArray json = PlatformExport::whoCan(m_evaluation, m_file, QStringLiteral("ingest"), QStringLiteral("ml"),
                                                   Format::Json);
    QVERIFY2(json.endsWith("\"rows\": []\n}\n"), json.constData());
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
}

QTEST_APPLESS_MAIN(TstPlatformExport)
#include "tst_platformexport.moc"
