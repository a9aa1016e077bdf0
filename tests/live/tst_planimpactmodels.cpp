#include "catalog/catalogreader.h"
#include "catalog/modelcatalog.h"
#include "impacttruth.h"
#include "pg/identifier.h"
#include "privileges/impact.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace roledesk;
using pg::quoteIdent;

Q_DECLARE_METATYPE(roledesk::ModelRole)

namespace {

const QString kDb = QStringLiteral("h6pm_models");  // pgx_inference_ce installed
const QString kPlain = QStringLiteral("h6pm_plain"); // no model extension
const QString kAnn = QStringLiteral("h6pm_ann");     // a login without a model role
const QString kBob = QStringLiteral("h6pm_bob");     // model owner (pgx_grant_model_role), owns a model
const QString kDan = QStringLiteral("h6pm_dan");     // system administrator
const QString kTeam = QStringLiteral("h6pm_team");   // system administrator, a group
const QString kCarol = QStringLiteral("h6pm_carol"); // system administrator through h6pm_team only
const QStringList kWatched{kAnn, kBob, kDan, kTeam, kCarol};

/// The rights this test reads from the server, as test::RightMoves keys: "role|k:oid|PRIV" for the
/// database, schemas (n), relations and sequences (c), columns (a, "table oid:attnum") and
/// routines (f) outside the system schemas.
const char *const kTruth = R"(
WITH r AS (SELECT oid, rolname FROM pg_roles WHERE rolname = ANY (string_to_array($1, ','))),
ns AS (SELECT oid FROM pg_namespace
       WHERE nspname NOT IN ('pg_catalog', 'information_schema')
         AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp\_%'),
rel AS (SELECT c.oid, c.relkind FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')),
cells AS (
  SELECT r.rolname, 'd:' || d.oid AS obj, p,
         has_database_privilege(r.oid, d.oid, p) AS held, has_database_privilege(r.oid, d.oid, p || ' WITH GRANT OPTION') AS g
  FROM r, pg_database d, unnest('{CONNECT,CREATE,TEMPORARY}'::text[]) p WHERE d.datname = current_database()
  UNION ALL
  SELECT r.rolname, 'n:' || ns.oid, p,
         has_schema_privilege(r.oid, ns.oid, p), has_schema_privilege(r.oid, ns.oid, p || ' WITH GRANT OPTION')
  FROM r, ns, unnest('{USAGE,CREATE}'::text[]) p
  UNION ALL
  SELECT r.rolname, 'c:' || rel.oid, p,
         has_table_privilege(r.oid, rel.oid, p), has_table_privilege(r.oid, rel.oid, p || ' WITH GRANT OPTION')
  FROM r, rel, unnest('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'::text[]) p WHERE rel.relkind <> 'S'
  UNION ALL
  SELECT r.rolname, 'c:' || rel.oid, p,
         has_sequence_privilege(r.oid, rel.oid, p), has_sequence_privilege(r.oid, rel.oid, p || ' WITH GRANT OPTION')
  FROM r, rel, unnest('{USAGE,SELECT,UPDATE}'::text[]) p WHERE rel.relkind = 'S'
  UNION ALL
  SELECT r.rolname, 'a:' || rel.oid || ':' || a.attnum, p,
         has_column_privilege(r.oid, rel.oid, a.attnum, p), has_column_privilege(r.oid, rel.oid, a.attnum, p || ' WITH GRANT OPTION')
  FROM r, rel JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped,
       unnest('{SELECT,INSERT,UPDATE,REFERENCES}'::text[]) p WHERE rel.relkind <> 'S'
  UNION ALL
  SELECT r.rolname, 'f:' || f.oid, 'EXECUTE',
         has_function_privilege(r.oid, f.oid, 'EXECUTE'), has_function_privilege(r.oid, f.oid, 'EXECUTE WITH GRANT OPTION')
  FROM r, pg_proc f JOIN ns ON ns.oid = f.pronamespace)
SELECT rolname || '|' || obj || '|' || p || x.suffix
FROM cells, LATERAL (SELECT '' AS suffix WHERE held UNION ALL SELECT '+grant' WHERE g) x
)";

/// The key kTruth gives the row's object; an object it does not read gets a key it never gives,
/// so that a row there fails the comparison rather than pass unchecked.
QString objectKey(const Snapshot &s, int index)
{
    const CatalogObject &o = s.objects.at(index);
    switch (o.kind) {
    case ObjectKind::Database: return QStringLiteral("d:%1").arg(o.oid);
    case ObjectKind::Schema: return QStringLiteral("n:%1").arg(o.oid);
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::ForeignTable:
    case ObjectKind::Sequence: return QStringLiteral("c:%1").arg(o.oid);
    case ObjectKind::Column: return QStringLiteral("a:%1:%2").arg(o.oid).arg(o.attnum);
    case ObjectKind::Function:
    case ObjectKind::Procedure: return QStringLiteral("f:%1").arg(o.oid);
    case ObjectKind::Type:
    case ObjectKind::Language: break;
    }
    return QStringLiteral("unread:") + ObjectRef::fromSnapshot(s, index).toDisplay();
}

/// A column moves with its table: computeImpact reports only what the column's own ACL adds, so
/// a column's move that its table makes too is not news (keys "role|a:T:N|P" and "role|c:T|P").
QSet<QString> withoutColumnsMovingWithTheirTable(const QSet<QString> &moves)
{
    QSet<QString> out;
    for (const QString &key : moves) {
        const QStringList parts = key.split(u'|');
        if (parts.value(1).startsWith(u"a:")) {
            const QString table = QStringLiteral("c:") + parts.at(1).section(u':', 1, 1);
            if (moves.contains(parts.at(0) + u'|' + table + u'|' + parts.value(2)))
                continue;
        }
        out << key;
    }
    return out;
}

} // namespace

/// computeImpact on model roles in pgx_inference_ce, against the truth: on a scratch database with
/// the extension and a model, the predicted gains and losses of granting and revoking model_owner /
/// system_administrator are compared, every row, with has_*_privilege on every object outside the
/// system schemas, read before and after running pgx_grant_model_role / pgx_revoke_model_role for
/// real in a transaction that is rolled back. Also: a model role already held ("no effect" and
/// why), notes by the plan's index, and snapshots where model roles are not the group roles.
class TstPlanImpactModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void grantAndRevoke_data();
    void grantAndRevoke();
    void alreadyHeldHasNoEffect();
    void notesKeepThePlansIndexes();
    void withoutTheGroupRole();
    void cleanupTestCase();

private:
    SnapshotPtr snapshot(pg::Connection &conn);
    /// computeImpact of \a changes, compared row by row with what the server does.
    PlanImpact checkAgainstServer(const QList<Change> &changes);

    pg::Connection m_root;
    pg::Connection m_conn;
};

SnapshotPtr TstPlanImpactModels::snapshot(pg::Connection &conn)
{
    const SnapshotOutcome o = CatalogReader::read(conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

PlanImpact TstPlanImpactModels::checkAgainstServer(const QList<Change> &changes)
{
    const SnapshotPtr s = snapshot(m_conn);
    if (!s)
        return {};
    const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(s), changes);
    if (!test::pathsAreTheEngines(impact, changes))
        return impact;
    const test::RightMoves server = test::serverMoves(m_conn, changes, [this] {
        const QStringList rows = test::queryColumn(m_conn, QString::fromUtf8(kTruth), {kWatched.join(u',')});
        return QSet<QString>(rows.begin(), rows.end());
    });
    // Every row, whoever's: a role the test does not watch gives a key the server side lacks.
    const test::RightMoves predicted = test::predictedMoves(impact, [&](const ImpactRow &row) {
        const QString role = impact.roleName(row);
        return (kWatched.contains(role) ? role : QStringLiteral("unwatched ") + role) + u'|' + objectKey(*s, row.object)
               + u'|' + privilegeKeyword(row.privilege);
    });
    [&] {
        QCOMPARE(test::sorted(predicted.gained), test::sorted(withoutColumnsMovingWithTheirTable(server.gained)));
        QCOMPARE(test::sorted(predicted.lost), test::sorted(withoutColumnsMovingWithTheirTable(server.lost)));
    }();
    return impact;
}

void TstPlanImpactModels::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    test::dropScratch(m_root, {kDb, kPlain}, QStringLiteral("h6pm_"), QStringLiteral("h6pm_"));
    for (const QString &db : {kDb, kPlain})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + quoteIdent(db)));
    for (const QString &login : {kAnn, kBob, kDan, kCarol})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoteIdent(login))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE ") + quoteIdent(kTeam)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("GRANT %1 TO %2").arg(quoteIdent(kTeam), quoteIdent(kCarol))));

    QVERIFY(test::openSandbox(m_conn, kDb));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE EXTENSION pgx_inference_ce")));
    const QList<std::pair<QString, ModelRole>> holders{
        {kBob, ModelRole::ModelOwner}, {kDan, ModelRole::SystemAdministrator}, {kTeam, ModelRole::SystemAdministrator}};
    for (const auto &[role, kind] : holders)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, $2)"),
                                 {role, ModelCatalog::roleName(kind)}));
    // A model of bob's: its functions are objects whose rights must not move with anyone's model role.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE ") + quoteIdent(kBob)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, "
                                                    "convert_to('not ONNX', 'UTF8')), '{}')"),
                             {QStringLiteral("h6pm.model")}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    QCOMPARE(test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models WHERE name = $1"),
                               {QStringLiteral("h6pm.model")}),
             QStringList{QStringLiteral("1")});
}

void TstPlanImpactModels::cleanupTestCase()
{
    m_conn.close();
    if (m_root.isOpen())
        test::dropScratch(m_root, {kDb, kPlain}, QStringLiteral("h6pm_"), QStringLiteral("h6pm_"));
}

void TstPlanImpactModels::grantAndRevoke_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<ModelRole>("kind");
    QTest::addColumn<bool>("grant");
    QTest::addColumn<QStringList>("moved"); // the roles with rows
    QTest::newRow("grant model_owner") << kAnn << ModelRole::ModelOwner << true << QStringList{kAnn};
    QTest::newRow("grant system_administrator") << kAnn << ModelRole::SystemAdministrator << true << QStringList{kAnn};
    QTest::newRow("revoke model_owner") << kBob << ModelRole::ModelOwner << false << QStringList{kBob};
    QTest::newRow("revoke system_administrator") << kDan << ModelRole::SystemAdministrator << false << QStringList{kDan};
    // A group's model role: its member loses it too.
    QTest::newRow("revoke from a group") << kTeam << ModelRole::SystemAdministrator << false << QStringList{kTeam, kCarol};
}

void TstPlanImpactModels::grantAndRevoke()
{
    QFETCH(QString, role);
    QFETCH(ModelRole, kind);
    QFETCH(bool, grant);
    QFETCH(QStringList, moved);
    const PlanImpact impact = checkAgainstServer({ModelRoleChange{role, kind, grant}});
    if (QTest::currentTestFailed())
        return;
    qInfo("%s", qPrintable(ImpactText::summary(impact)));
    QVERIFY2(impact.notes.isEmpty(), qPrintable(impact.notes.value(0).reason));
    QVERIFY(grant ? impact.gained > 0 && impact.lost == 0 : impact.lost > 0 && impact.gained == 0);
    const QString group = ModelCatalog::groupRoleName(kind);
    QSet<QString> roles;
    bool schemaRow = false;
    for (const ImpactRow &row : impact.rows) {
        roles << impact.roleName(row);
        const QString through = impact.through(row);
        if (impact.objectName(row) == u"pgx_inference") {
            // The function grants USAGE on the schema directly as well; a revoke leaves it.
            schemaRow = true;
            QVERIFY2(grant && through.contains(u"direct") && through.contains(group), qPrintable(through));
        } else {
            QVERIFY2(through.contains(u"member of ") && through.contains(group), qPrintable(through));
        }
    }
    QCOMPARE(roles, QSet<QString>(moved.begin(), moved.end()));
    QCOMPARE(schemaRow, grant);
    // What each model role opens, as the extension grants it.
    const auto hasRow = [&](const QString &object, Privilege p) {
        return std::any_of(impact.rows.begin(), impact.rows.end(), [&](const ImpactRow &r) {
            return impact.roleName(r) == role && impact.objectName(r) == object && r.privilege == p;
        });
    };
    if (kind == ModelRole::ModelOwner) {
        QVERIFY(hasRow(QStringLiteral("pgx_inference.pgx_models.name"), Privilege::Insert));
        QVERIFY(hasRow(QStringLiteral("pgx_inference.pgx_models_id_seq"), Privilege::Usage));
    } else {
        QVERIFY(hasRow(QStringLiteral("pgx_inference.pgx_models.loaded"), Privilege::Update));
        QVERIFY(hasRow(QStringLiteral("pgx_inference.pgx_load_model(text)"), Privilege::Execute));
    }
    QVERIFY(hasRow(QStringLiteral("pgx_inference.pgx_models"), Privilege::Delete));
}

void TstPlanImpactModels::alreadyHeldHasNoEffect()
{
    const QList<Change> plan{
        ModelRoleChange{kBob, ModelRole::ModelOwner, true},             // held directly
        ModelRoleChange{kCarol, ModelRole::SystemAdministrator, true},  // held through the team
        ModelRoleChange{kCarol, ModelRole::SystemAdministrator, false}, // the direct grant goes, the team stays
        ModelRoleChange{kAnn, ModelRole::ModelOwner, false},            // never held
    };
    const PlanImpact impact = checkAgainstServer(plan);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(impact.rows.size(), 0);
    QCOMPARE(impact.notes.size(), plan.size());
    for (int i = 0; i < plan.size(); ++i) {
        QCOMPARE(impact.notes.at(i).change, i);
        QCOMPARE(impact.notes.at(i).kind, ImpactNote::Kind::NoEffect);
    }
    const QString viaTeam = QStringLiteral("(%1 > %2 > pgx_system_administrator)").arg(kCarol, kTeam);
    QCOMPARE(impact.notes.at(0).reason,
             QStringLiteral("no effect: %1 already holds the model role model_owner (%1 > pgx_model_owner)").arg(kBob));
    QCOMPARE(impact.notes.at(1).reason,
             QStringLiteral("no effect: %1 already holds the model role system_administrator ").arg(kCarol) + viaTeam);
    QCOMPARE(impact.notes.at(2).reason,
             QStringLiteral("no effect: %1 still holds the model role system_administrator ").arg(kCarol) + viaTeam);
    QCOMPARE(impact.notes.at(3).reason, QStringLiteral("no effect: %1 does not hold the model role model_owner").arg(kAnn));
}

void TstPlanImpactModels::notesKeepThePlansIndexes()
{
    // The first change stands for two engine changes (membership, USAGE on the schema); the notes
    // after it still name the plan's changes.
    const SnapshotPtr s = snapshot(m_conn);
    QVERIFY(s);
    ObjectRef models;
    for (int i = 0; i < s->objects.size(); ++i)
        if (s->objects.at(i).schema == u"pgx_inference" && s->objects.at(i).name == u"pgx_models")
            models = ObjectRef::fromSnapshot(*s, i);
    QCOMPARE(models.name, QStringLiteral("pgx_models"));
    const QList<Change> plan{
        ModelRoleChange{kAnn, ModelRole::ModelOwner, true},
        RevokePrivileges{models, kAnn, Privilege::Truncate, false, false, {}},
        ModelRoleChange{kBob, ModelRole::ModelOwner, true},
    };
    const PlanImpact impact = checkAgainstServer(plan);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(impact.gained > 0);
    QCOMPARE(impact.notes.size(), 2);
    QCOMPARE(impact.notes.at(0).change, 1);
    QVERIFY2(impact.notes.at(0).reason.contains(u"does not hold TRUNCATE"), qPrintable(impact.notes.at(0).reason));
    QCOMPARE(impact.notes.at(1).change, 2);
    QVERIFY2(impact.notes.at(1).reason.contains(u"already holds the model role"), qPrintable(impact.notes.at(1).reason));
}

void TstPlanImpactModels::withoutTheGroupRole()
{
    const QList<Change> plan{ModelRoleChange{kAnn, ModelRole::ModelOwner, true},
                             ModelRoleChange{kBob, ModelRole::ModelOwner, false}};
    const auto notAssessed = [&](const SnapshotPtr &s, const QString &words) {
        const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(s), plan);
        QCOMPARE(impact.rows.size(), 0);
        QCOMPARE(impact.notes.size(), plan.size());
        for (int i = 0; i < plan.size(); ++i) {
            QCOMPARE(impact.notes.at(i).change, i);
            QCOMPARE(impact.notes.at(i).kind, ImpactNote::Kind::NotAssessed);
            QVERIFY2(impact.notes.at(i).reason.contains(words), qPrintable(impact.notes.at(i).reason));
        }
    };
    // A database without the extension: the group roles are the cluster's, the functions are not here.
    pg::Connection plain;
    QVERIFY(test::openSandbox(plain, kPlain));
    const SnapshotPtr none = snapshot(plain);
    QVERIFY(none);
    QCOMPARE(none->models.flavour, ModelState::Flavour::None);
    QVERIFY(std::any_of(none->roles.begin(), none->roles.end(), [](const Role &r) { return r.name == u"pgx_model_owner"; }));
    notAssessed(none, QStringLiteral("no model extension in this database"));
    if (QTest::currentTestFailed())
        return;

    // The vendor's extension cannot be installed here: its snapshot is this one as the vendor's
    // catalog reads, without model-role holders and without the group roles.
    const SnapshotPtr ce = snapshot(m_conn);
    QVERIFY(ce);
    auto vendor = std::make_shared<Snapshot>(*ce);
    vendor->models.flavour = ModelState::Flavour::Vendor;
    vendor->models.roles.clear();
    vendor->models.rolesKnown = false;
    QSet<Oid> groups;
    vendor->roles.removeIf([&](const Role &r) {
        const bool group = r.name == ModelCatalog::groupRoleName(ModelRole::ModelOwner)
                           || r.name == ModelCatalog::groupRoleName(ModelRole::SystemAdministrator);
        if (group)
            groups << r.oid;
        return group;
    });
    QCOMPARE(groups.size(), 2);
    vendor->memberships.removeIf([&](const Membership &m) { return groups.contains(m.group) || groups.contains(m.member); });
    vendor->index();
    notAssessed(vendor, QStringLiteral("pgx_inference keeps model roles outside the database's roles"));
    if (QTest::currentTestFailed())
        return;
    // The community extension's snapshot without its group role (dropped since) says which is missing.
    vendor->models.flavour = ModelState::Flavour::Community;
    notAssessed(vendor, QStringLiteral("its group role pgx_model_owner is not in the snapshot"));
}

QTEST_GUILESS_MAIN(TstPlanImpactModels)
#include "tst_planimpactmodels.moc"
