#include "catalog/databasesweep.h"
#include "people/personprofile.h"
#include "people/personprofilejson.h"
#include "pg/identifier.h"
#include "platform/platformdefinition.h"
#include "platform/platformfile.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace roledesk;
using pg::quoteIdent;

namespace {

const QString kOne = QStringLiteral("h1pp_one");
const QString kTwo = QStringLiteral("h1pp_two");
// Quotes, a dot, spaces, capitals and non-ASCII: a person id that is also a login (same name).
const QString kZoe = QStringLiteral("h1pp_Zo\u00eb \"Q\" O'Brien.x");

// Roles are the cluster's. ann has two logins: ann (same name) and ann_ops (pattern {id}_%);
// ann_ops reaches readers through team (with ADMIN OPTION on team), and setonly through team,
// which is NOINHERIT: a membership without its privileges. bea lists ann_ops too: two people.
const char *const kRoles = R"SQL(
CREATE ROLE h1pp_readers NOLOGIN;
CREATE ROLE h1pp_setonly NOLOGIN;
CREATE ROLE h1pp_team NOLOGIN NOINHERIT IN ROLE h1pp_readers, h1pp_setonly;
CREATE ROLE h1pp_ann LOGIN CREATEDB CONNECTION LIMIT 7 VALID UNTIL '2031-01-02 03:04:05+00';
CREATE ROLE h1pp_ann_ops LOGIN;
GRANT h1pp_team TO h1pp_ann_ops WITH ADMIN OPTION;
CREATE ROLE h1pp_bea LOGIN;
)SQL";

const QByteArray kPlatform =
    "platform: edb-hybrid-manager\n"
    "organization: Acme\n"
    "projects: [ml]\n"
    "people:\n"
    "  - {id: h1pp_ann, name: Ann}\n"
    "  - {id: h1pp_bea}\n"
    "  - {id: h1pp_nobody}\n"
    "  - {id: 'h1pp_Zo\xc3\xab \"Q\" O''Brien.x'}\n"
    "assignments:\n"
    "  - {person: h1pp_ann, role: project-owner, project: ml}\n"
    "rules: []\n"
    "logins:\n"
    "  same_name: true\n"
    "  patterns: [\"{id}_%\"]\n"
    "  lists:\n"
    "    - {person: h1pp_bea, roles: [h1pp_ann_ops]}\n";

/// The has_*_privilege call that checks \a r for \a login, with \a r's grant option when it has one.
bool serverSays(pg::Connection &conn, const QString &login, const PersonRight &r, bool grantOption)
{
    const QString privilege = privilegeKeyword(r.privilege) + (grantOption ? QStringLiteral(" WITH GRANT OPTION") : QString());
    QString sql;
    switch (r.kind) {
    case ObjectKind::Database: sql = QStringLiteral("has_database_privilege($1, $2::oid, $3)"); break;
    case ObjectKind::Schema: sql = QStringLiteral("has_schema_privilege($1, $2::oid, $3)"); break;
    case ObjectKind::Sequence: sql = QStringLiteral("has_sequence_privilege($1, $2::oid, $3)"); break;
    case ObjectKind::Column: sql = QStringLiteral("has_column_privilege($1, $2::oid, $4::smallint, $3)"); break;
    case ObjectKind::Function:
    case ObjectKind::Procedure: sql = QStringLiteral("has_function_privilege($1, $2::oid, $3)"); break;
    case ObjectKind::Type: sql = QStringLiteral("has_type_privilege($1, $2::oid, $3)"); break;
    case ObjectKind::Language: sql = QStringLiteral("has_language_privilege($1, $2::oid, $3)"); break;
    default: sql = QStringLiteral("has_table_privilege($1, $2::oid, $3)"); break;
    }
    pg::Params params{login, QString::number(r.oid), privilege};
    if (r.kind == ObjectKind::Column)
        params << r.attnum;
    const pg::Result res = conn.exec(QStringLiteral("SELECT ") + sql, params);
    return res.ok() && res.rows() == 1 && res.boolean(0, 0);
}

const PersonLoginFacts *loginIn(const PersonDatabase &d, const QString &login)
{
    for (const PersonLoginFacts &l : d.logins)
        if (l.login == login)
            return &l;
    return nullptr;
}

} // namespace

/// PersonProfileBuilder over real catalogs: two scratch databases read by DatabaseSweep, a person
/// with two logins, memberships (admin option, one not inherited), a schema group (slpm_ce), a
/// model role (pgx_inference_ce), rights with lineage in both databases, each row checked against
/// has_*_privilege and every table privilege the server grants found among the rows; a person
/// with no login; a login matched by two people; a person and login with a hostile name.
class TstPersonProfile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void platformPart();
    void acrossTwoDatabases();
    void rowsAgreeWithTheServer();
    void hostileName();
    void noLogin();
    void json();
    void cleanupTestCase();

private:
    void dropAll();
    PersonDatabase databaseOf(const QString &database, const QString &person) const;

    pg::Connection m_root;
    PlatformFile m_file;
    std::optional<PlatformEvaluation> m_evaluation;
    std::optional<PersonLogins> m_logins;
    QList<SweptDatabase> m_swept;
    QString m_function;   ///< the model's function, as the profile names it
};

void TstPersonProfile::dropAll()
{
    test::dropScratch(m_root, {kOne, kTwo}, QStringLiteral("h1pp_"), QStringLiteral("h1pp_"));
}

void TstPersonProfile::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    for (const QString &db : {kOne, kTwo})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(db)));
    const pg::Result roles = m_root.execScript(QString::fromUtf8(kRoles));
    QVERIFY2(roles.ok(), qPrintable(roles.error().toString()));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoteIdent(kZoe))));
    {
        pg::Connection one;
        QVERIFY(test::openSandbox(one, kOne));
        const pg::Result r = one.execScript(QStringLiteral(
            "CREATE EXTENSION pgx_inference_ce;\n"
            "SELECT pgx_inference.pgx_grant_model_role('h1pp_ann', 'model_owner');\n"
            "CREATE EXTENSION slpm_ce;\n"
            "CREATE SCHEMA sales;\n"
            "CREATE TABLE sales.orders (id int, amount int);\n"
            "GRANT USAGE ON SCHEMA sales TO h1pp_readers;\n"
            "GRANT SELECT ON sales.orders TO h1pp_readers;\n"
            "GRANT REFERENCES (amount) ON sales.orders TO h1pp_ann;\n"
            "GRANT DELETE ON sales.orders TO h1pp_setonly;\n"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        // A model whose use (EXECUTE on its function) ann is given; the stand-in never reads the file.
        const pg::Result m = one.exec(QStringLiteral(
            "SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, convert_to('not ONNX', 'UTF8')), '{}')"),
            {QStringLiteral("h1pp.model")});
        QVERIFY2(m.ok(), qPrintable(m.error().toString()));
        const QString function = test::queryColumn(one, QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"),
                                                   {QStringLiteral("h1pp.model")}).value(0);
        QVERIFY2(function.startsWith(u"pgx_embedding_"), qPrintable(function));
        QVERIFY(test::execOrFail(one, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO h1pp_ann")
                                          .arg(quoteIdent(function))));
        m_function = QStringLiteral("pgx_inference.") + function + QStringLiteral("(text)");
    }   // closed: slpm_enable refuses while another session is in the database
    {
        pg::Connection one;
        QVERIFY(test::openSandbox(one, kOne));
        QVERIFY(test::execOrFail(one, QStringLiteral("CALL slpm_enable()")));
        QVERIFY(test::execOrFail(one, QStringLiteral("CALL slpm_grant($1, 'h1pp_ann')"),
                                 {QStringLiteral("\"%1.sales.writer\"").arg(kOne)}));
    }
    pg::Connection two;
    QVERIFY(test::openSandbox(two, kTwo));
    QVERIFY(test::execOrFail(two, QStringLiteral("CREATE SCHEMA two")));
    QVERIFY(test::execOrFail(two, QStringLiteral("CREATE TABLE two.%1 (x int)").arg(quoteIdent(QStringLiteral("Odd \"t\".\u00e4")))));
    QVERIFY(test::execOrFail(two, QStringLiteral("GRANT USAGE ON SCHEMA two TO h1pp_ann, %1").arg(quoteIdent(kZoe))));
    QVERIFY(test::execOrFail(two, QStringLiteral("GRANT INSERT ON two.%1 TO h1pp_ann WITH GRANT OPTION")
                                      .arg(quoteIdent(QStringLiteral("Odd \"t\".\u00e4")))));
    QVERIFY(test::execOrFail(two, QStringLiteral("GRANT SELECT ON two.%1 TO %2")
                                      .arg(quoteIdent(QStringLiteral("Odd \"t\".\u00e4")), quoteIdent(kZoe))));
    QVERIFY(test::execOrFail(two, QStringLiteral("REVOKE CONNECT ON DATABASE h1pp_two FROM PUBLIC")));
    QVERIFY(test::execOrFail(two, QStringLiteral("GRANT CONNECT ON DATABASE h1pp_two TO h1pp_readers")));

    const PlatformFileLoad load = PlatformFileFormat::parse(kPlatform, QStringLiteral("people.yaml"), &PlatformDefinition::builtin());
    QVERIFY2(load.ok(), qPrintable(load.error));
    m_file = load.file;
    m_evaluation = PlatformEvaluation::evaluate(PlatformDefinition::builtin(), m_file);

    DatabaseSweep sweep;
    const DatabaseSweep::Outcome out = sweep.run(test::sandboxOptions(QStringLiteral("postgres")), {kOne, kTwo},
                                                 [&](const SweptDatabase &d) { m_swept << d; });
    QCOMPARE(out.read, 2);
    m_logins = PersonLogins::resolve(m_file.logins, m_evaluation->people(), *m_swept.front().snapshot);
}

PersonDatabase TstPersonProfile::databaseOf(const QString &database, const QString &person) const
{
    for (const SweptDatabase &d : m_swept)
        if (d.database == database)
            return PersonProfileBuilder::buildDatabase(EffectiveRights(d.snapshot), *m_logins, person);
    return {};
}

void TstPersonProfile::platformPart()
{
    const PersonProfile p = PersonProfileBuilder::buildPlatform(&*m_evaluation, *m_logins, QStringLiteral("h1pp_ann"), QStringLiteral("Ann"));
    QCOMPARE(p.displayName, QStringLiteral("Ann"));
    QCOMPARE(p.platformRoles.size(), 1);
    QCOMPARE(p.platformRoles.front().roleName, QStringLiteral("Project Owner"));
    QCOMPARE(p.platformRoles.front().grant.project, QStringLiteral("ml"));
    QCOMPARE(p.platformRoles.front().why, QStringLiteral("manual"));
    QStringList logins;
    for (const PersonLogin &l : p.logins)
        logins << l.login + QStringLiteral(" (") + l.how + u')';
    QCOMPARE(logins, (QStringList{QStringLiteral("h1pp_ann (same name)"), QStringLiteral("h1pp_ann_ops (pattern {id}_%)")}));
    QVERIFY(!p.noLogin);
    // ann_ops is bea's too: a problem for both, naming both.
    QCOMPARE(p.problems, QStringList{QStringLiteral("login \"h1pp_ann_ops\" is matched by more than one person: h1pp_ann, h1pp_bea")});
    const PersonProfile bea = PersonProfileBuilder::buildPlatform(&*m_evaluation, *m_logins, QStringLiteral("h1pp_bea"), {});
    QVERIFY(bea.problems.contains(QStringLiteral("login \"h1pp_ann_ops\" is matched by more than one person: h1pp_ann, h1pp_bea")));
    QVERIFY(bea.platformRoles.isEmpty());
}

void TstPersonProfile::acrossTwoDatabases()
{
    const PersonDatabase one = databaseOf(kOne, QStringLiteral("h1pp_ann"));
    QVERIFY(one.error.isEmpty());
    QCOMPARE(one.logins.size(), 2);
    const PersonLoginFacts *ann = loginIn(one, QStringLiteral("h1pp_ann"));
    const PersonLoginFacts *ops = loginIn(one, QStringLiteral("h1pp_ann_ops"));
    QVERIFY(ann && ops);
    QVERIFY(ann->attributes.createDb && !ann->attributes.superuser && ann->attributes.canLogin);
    QCOMPARE(ann->attributes.connectionLimit, 7);
    QCOMPARE(ann->attributes.validUntil.toUTC(), QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(ann->mayConnect);
    // slpm_enable takes CONNECT from PUBLIC and gives it to the groups.
    QCOMPARE(ann->connectLineage, QStringLiteral("member of h1pp_one.sales.writer [schema group: writer of sales]"));
    QVERIFY(!ops->mayConnect);
    // The model role through pgx_grant_model_role, the schema group through slpm_grant.
    QCOMPARE(ann->modelRoles.size(), 1);
    QCOMPARE(ann->modelRoles.front().role, ModelRole::ModelOwner);
    QCOMPARE(ann->modelRoles.front().chain, (QStringList{QStringLiteral("h1pp_ann"), QStringLiteral("pgx_model_owner")}));
    QCOMPARE(ann->models.size(), 1);
    QCOMPARE(ann->models.front().model, QStringLiteral("h1pp.model"));
    QCOMPARE(ann->models.front().function, m_function);
    QCOMPARE(ann->models.front().lineage, QStringLiteral("direct"));
    QVERIFY(ops->models.isEmpty());
    QCOMPARE(ann->schemaGroups.size(), 1);
    QCOMPARE(ann->schemaGroups.front().group, kOne + QStringLiteral(".sales.writer"));
    QCOMPARE(ann->schemaGroups.front().level, GroupLevel::Writer);
    QCOMPARE(ann->schemaGroups.front().chain, (QStringList{QStringLiteral("h1pp_ann"), kOne + QStringLiteral(".sales.writer")}));

    QStringList memberships;
    for (const PersonMembership &m : ops->memberships)
        memberships << QStringLiteral("%1: %2%3%4").arg(m.group, m.chain.join(QStringLiteral(" > ")),
                                                      m.adminOption ? QStringLiteral(" admin") : QString(),
                                                      m.inherited ? QString() : QStringLiteral(" set-role-only"));
    QCOMPARE(memberships, (QStringList{QStringLiteral("h1pp_readers: h1pp_ann_ops > h1pp_team > h1pp_readers set-role-only"),
                                       QStringLiteral("h1pp_setonly: h1pp_ann_ops > h1pp_team > h1pp_setonly set-role-only"),
                                       QStringLiteral("h1pp_team: h1pp_ann_ops > h1pp_team admin")}));
    // team is NOINHERIT: ops has none of readers' or setonly's rights; ann has her column right.
    QStringList opsRights, annRights;
    for (const PersonRight &r : ops->rights)
        opsRights << privilegeKeyword(r.privilege) + u' ' + r.object;
    QVERIFY2(!opsRights.contains(QStringLiteral("SELECT sales.orders")), qPrintable(opsRights.join(u',')));
    QVERIFY2(!opsRights.contains(QStringLiteral("DELETE sales.orders")), qPrintable(opsRights.join(u',')));
    bool column = false;
    for (const PersonRight &r : ann->rights)
        column = column || (r.kind == ObjectKind::Column && r.object == u"sales.orders.amount" && r.privilege == Privilege::References
                            && r.lineage == u"direct");
    QVERIFY(column);

    // In the second database: CONNECT only through readers (ops cannot inherit it), INSERT with grant option.
    const PersonDatabase two = databaseOf(kTwo, QStringLiteral("h1pp_ann"));
    const PersonLoginFacts *ann2 = loginIn(two, QStringLiteral("h1pp_ann"));
    const PersonLoginFacts *ops2 = loginIn(two, QStringLiteral("h1pp_ann_ops"));
    QVERIFY(ann2 && ops2);
    QVERIFY(!ann2->mayConnect);
    QVERIFY(!ops2->mayConnect);
    bool insert = false;
    for (const PersonRight &r : ann2->rights)
        insert = insert || (r.object == QStringLiteral("two.Odd \"t\".\u00e4") && r.privilege == Privilege::Insert && r.grantable
                            && r.lineage == u"direct");
    QVERIFY(insert);
    QVERIFY(ann2->schemaGroups.isEmpty());
    QVERIFY(ann2->modelRoles.isEmpty());   // pgx_inference_ce is not in this database
}

void TstPersonProfile::rowsAgreeWithTheServer()
{
    int checked = 0;
    for (const QString &db : {kOne, kTwo}) {
        pg::Connection conn;
        QVERIFY(test::openSandbox(conn, db));
        for (const QString &person : {QStringLiteral("h1pp_ann"), kZoe}) {
            const PersonDatabase d = databaseOf(db, person);
            for (const PersonLoginFacts &l : d.logins) {
                for (const PersonRight &r : l.rights) {
                    QVERIFY2(serverSays(conn, l.login, r, false), qPrintable(l.login + u' ' + privilegeKeyword(r.privilege) + u' ' + r.object));
                    QCOMPARE(serverSays(conn, l.login, r, true), r.grantable);
                    ++checked;
                }
                // Conversely: every table privilege the server gives on our schemas' tables (where
                // PUBLIC has nothing) is a row.
                const pg::Result t = conn.exec(QStringLiteral(
                    "SELECT c.oid, p FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
                    "unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p "
                    "WHERE n.nspname IN ('sales', 'two') AND c.relkind = 'r' AND has_table_privilege($1, c.oid, p) "
                    "ORDER BY 1, 2"), {l.login});
                QVERIFY2(t.ok(), qPrintable(t.error().toString()));
                for (int i = 0; i < t.rows(); ++i) {
                    bool found = false;
                    for (const PersonRight &r : l.rights)
                        found = found || (r.oid == t.oid(i, 0) && r.kind == ObjectKind::Table && privilegeKeyword(r.privilege) == t.text(i, 1));
                    QVERIFY2(found, qPrintable(l.login + u' ' + t.text(i, 1) + u' ' + t.text(i, 0)));
                }
            }
        }
    }
    QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
}

void TstPersonProfile::hostileName()
{
    const PersonProfile p = PersonProfileBuilder::buildPlatform(&*m_evaluation, *m_logins, kZoe, {});
    QCOMPARE(p.logins.size(), 1);
    QCOMPARE(p.logins.front().login, kZoe);
    QVERIFY(p.problems.isEmpty());
    const PersonDatabase two = databaseOf(kTwo, kZoe);
    QCOMPARE(two.logins.size(), 1);
    QStringList rights;
    for (const PersonRight &r : two.logins.front().rights)
        rights << privilegeKeyword(r.privilege) + u' ' + r.object + QStringLiteral(": ") + r.lineage;
    QCOMPARE(rights, (QStringList{QStringLiteral("USAGE two: direct"), QStringLiteral("SELECT two.Odd \"t\".\u00e4: direct")}));
}

void TstPersonProfile::noLogin()
{
    const PersonProfile p = PersonProfileBuilder::build(&*m_evaluation, *m_logins, QStringLiteral("h1pp_nobody"), {},
                                                        {databaseOf(kOne, QStringLiteral("h1pp_nobody"))});
    QVERIFY(p.noLogin);
    QVERIFY(p.logins.isEmpty());
    QCOMPARE(p.problems.size(), 1);
    QVERIFY2(p.problems.front().contains(u"h1pp_nobody has no database login"), qPrintable(p.problems.front()));
    QCOMPARE(p.databases.size(), 1);
    QVERIFY(p.databases.front().logins.isEmpty());
    QVERIFY(p.databases.front().error.isEmpty());
}

void TstPersonProfile::json()
{
    const PersonProfile p = PersonProfileBuilder::build(
        &*m_evaluation, *m_logins, QStringLiteral("h1pp_ann"), QStringLiteral("Ann"),
        {databaseOf(kOne, QStringLiteral("h1pp_ann")), PersonProfileBuilder::failedDatabase(QStringLiteral("h1pp_gone"), QStringLiteral("could not"))});
    const QJsonObject o = PersonProfileJson::toObject(p);
    QCOMPARE(o.value(u"person").toString(), QStringLiteral("h1pp_ann"));
    QCOMPARE(o.value(u"platform_roles").toArray().at(0).toObject().value(u"role").toString(), QStringLiteral("project-owner"));
    const QJsonArray dbs = o.value(u"databases").toArray();
    QCOMPARE(dbs.size(), 2);
    QVERIFY(dbs.at(0).toObject().value(u"error").isNull());
    QCOMPARE(dbs.at(1).toObject().value(u"error").toString(), QStringLiteral("could not"));
    const QJsonObject ann = dbs.at(0).toObject().value(u"logins").toArray().at(0).toObject();
    QCOMPARE(ann.value(u"login").toString(), QStringLiteral("h1pp_ann"));
    QCOMPARE(ann.value(u"attributes").toObject().value(u"valid_until").toString(), QStringLiteral("2031-01-02T03:04:05Z"));
    QCOMPARE(ann.value(u"schema_groups").toArray().at(0).toObject().value(u"level").toString(), QStringLiteral("writer"));
    QCOMPARE(ann.value(u"model_roles").toArray().at(0).toObject().value(u"role").toString(), QStringLiteral("model_owner"));
}

void TstPersonProfile::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

QTEST_GUILESS_MAIN(TstPersonProfile)
#include "tst_personprofile.moc"
