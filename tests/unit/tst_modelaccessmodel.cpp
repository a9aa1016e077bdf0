#include "models/modelaccessmodel.h"
#include "models/rolefilterproxymodel.h"
#include "plan/objectref.h"
#include "plan/plan.h"
#include "plan/planverifier.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;
using Kind = ModelAccessColumn::Kind;
using State = ModelAccessModel::CellState;

namespace {

enum : Oid { Postgres = 10, Mo = 300, MlTeam = 301, Sam = 302, Ursula = 303, Usa = 304, Lonely = 305, ReadAll = 306 };

const QString kMo = QStringLiteral("Mo \"del\".\u00fc");

Role role(Oid oid, const QString &name, bool login, bool super = false, bool predefined = false)
{
    Role r;
    r.oid = oid;
    r.name = name;
    r.canLogin = login;
    r.superuser = super;
    r.predefined = predefined;
    return r;
}

CatalogObject function(Oid oid, const QString &name, Oid owner, QList<AclEntry> acl)
{
    CatalogObject o;
    o.kind = ObjectKind::Function;
    o.oid = oid;
    o.schema = QStringLiteral("pgx_inference");
    o.name = name + QStringLiteral("(text)");
    o.baseName = name;
    o.arguments = QStringLiteral("text");
    o.owner = owner;
    o.acl = std::move(acl);
    return o;
}

/// postgres: superuser and extension owner. Mo "del".ü: model owner, owns model alpha.
/// "ml team" (group): system administrator; sam inherits it. usa: USAGE and the use of alpha,
/// granted directly. ursula: nothing. beta is PUBLIC's; gamma's function is missing.
SnapshotPtr makeSnapshot(ModelState::Flavour flavour = ModelState::Flavour::Community, bool rolesKnown = true)
{
    auto s = std::make_shared<Snapshot>();
    s->database = QStringLiteral("models");
    s->databaseOwner = Postgres;
    s->currentUser = QStringLiteral("postgres");
    s->roles = {role(Postgres, QStringLiteral("postgres"), true, true), role(Mo, kMo, true),
                role(MlTeam, QStringLiteral("ml team"), false), role(Sam, QStringLiteral("sam"), true),
                role(Ursula, QStringLiteral("ursula"), true), role(Usa, QStringLiteral("usa"), true),
                role(Lonely, QStringLiteral("lonely group"), false),
                role(ReadAll, QStringLiteral("pg_read_all_data"), false, false, true)};
    s->memberships = {Membership{MlTeam, Sam, Postgres, false, true, false}};
    CatalogObject db;
    db.kind = ObjectKind::Database;
    db.oid = 1;
    db.name = QStringLiteral("models");
    db.owner = Postgres;
    CatalogObject schema;
    schema.kind = ObjectKind::Schema;
    schema.oid = 2;
    schema.name = QStringLiteral("pgx_inference");
    schema.owner = Postgres;
    schema.acl = {AclEntry{Postgres, Postgres, Privilege::Usage | Privilege::Create, {}},
                  AclEntry{Mo, Postgres, Privilege::Usage, {}}, AclEntry{MlTeam, Postgres, Privilege::Usage, {}},
                  AclEntry{Usa, Postgres, Privilege::Usage, {}}};
    s->objects = {db, schema,
                  function(201, QStringLiteral("pgx_embedding_1"), Mo,
                           {AclEntry{Mo, Mo, Privilege::Execute, {}}, AclEntry{Usa, Mo, Privilege::Execute, {}}}),
                  function(202, QStringLiteral("pgx_embedding_2"), Postgres,
                           {AclEntry{Postgres, Postgres, Privilege::Execute, {}},
                            AclEntry{PublicOid, Postgres, Privilege::Execute, {}}})};
    s->models.flavour = flavour;
    s->models.extensionOwner = QStringLiteral("postgres");
    const auto model = [](int id, const char *name, const QString &owner, Oid fn) {
        ModelInfo m;
        m.id = id;
        m.name = QString::fromLatin1(name);
        m.owner = owner;
        m.functionName = QStringLiteral("pgx_embedding_%1").arg(id);
        m.functionOid = fn;
        return m;
    };
    s->models.models = {model(1, "alpha", kMo, 201), model(2, "beta.v2", QStringLiteral("postgres"), 202),
                        model(3, "gamma", kMo, 0)};
    s->models.rolesKnown = rolesKnown;
    if (rolesKnown)
        s->models.roles = {ModelRoleGrant{Mo, kMo, ModelRole::ModelOwner},
                           ModelRoleGrant{MlTeam, QStringLiteral("ml team"), ModelRole::SystemAdministrator}};
    s->index();
    return s;
}

std::shared_ptr<const EffectiveRights> rightsOf(SnapshotPtr s)
{
    return std::make_shared<EffectiveRights>(std::move(s));
}

ObjectRef schemaRef() { return {ObjectKind::Schema, {}, QStringLiteral("pgx_inference"), {}, {}}; }
ObjectRef fnRef(int id)
{
    return {ObjectKind::Function, QStringLiteral("pgx_inference"), QStringLiteral("pgx_embedding_%1").arg(id),
            QStringLiteral("text"), {}};
}

} // namespace

Q_DECLARE_METATYPE(roledesk::Change)

/// ModelAccessModel and ModelAccessPlanner on hand-built snapshots: columns, rows, what each
/// cell shows and how, what a toggle becomes (with the USAGE companion and pending edits), the
/// vendor's unknown holders, no extension at all, and PlanVerifier on model roles.
class TstModelAccessModel : public QObject {
    Q_OBJECT
private slots:
    void columns();
    void rows();
    void cells();
    void toggles_data();
    void toggles();
    void toggleUndoesPendingEdit();
    void usageCompanionSeesPendingChanges();
    void refusals();
    void pendingMarks();
    void vendorUnknownHolders();
    void noExtension();
    void verifier();
    void modelTester();

private:
    QModelIndex cell(const ModelAccessModel &m, const QString &role, int column) const
    {
        return m.index(m.rowForRole(role), column);
    }
};

void TstModelAccessModel::columns()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    QVERIFY(m.hasExtension());
    QCOMPARE(m.columnCount(), 7);
    QStringList titles;
    for (int c = 0; c < m.columnCount(); ++c)
        titles << m.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(titles, (QStringList{u"Extension owner"_qs, u"Model owner"_qs, u"System administrator"_qs,
                                  u"USAGE on schema pgx_inference"_qs, u"Use alpha"_qs, u"Use beta.v2"_qs, u"Use gamma"_qs}));
    QCOMPARE(m.columnOf(Kind::SchemaUsage), 3);
    QCOMPARE(m.columnForModel(u"beta.v2"_qs), 5);
    const QList<ModelAccessColumn> &cols = m.planner()->columns();
    QCOMPARE(cols.at(3).object, 1);  // the schema object
    QCOMPARE(cols.at(4).object, 2);  // pgx_embedding_1, found by oid
    QCOMPARE(cols.at(6).object, -1); // gamma's function is missing
    QVERIFY(m.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"may import models"));
    QVERIFY(m.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"pgx_inference.pgx_embedding_1(text)"));
    QCOMPARE(m.headerData(5, Qt::Horizontal, ModelAccessModel::ModelNameRole).toString(), u"beta.v2"_qs);
    QVERIFY(m.notice().isEmpty());

    // The vendor's extension names a model's function without its oid: found by name.
    auto byName = std::make_shared<Snapshot>(*makeSnapshot(ModelState::Flavour::Vendor, false));
    byName->models.models[1].functionOid = 0;
    byName->index();
    QCOMPARE(byName->models.models.at(1).functionObject, 3); // pgx_embedding_2(text)
    QCOMPARE(byName->models.models.at(2).functionObject, -1);
    m.setRights(rightsOf(byName));
    QCOMPARE(m.planner()->columns().at(5).object, 3);
    QCOMPARE(m.planner()->columns().at(6).object, -1);
}

void TstModelAccessModel::rows()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    QStringList shown;
    for (int r = 0; r < m.rowCount(); ++r)
        shown << m.headerData(r, Qt::Vertical).toString();
    // PUBLIC holds beta; the group holds a model role; the empty group and pg_* roles are left out.
    QCOMPARE(shown, (QStringList{u"PUBLIC"_qs, u"ml team"_qs, kMo, u"postgres"_qs, u"sam"_qs, u"ursula"_qs, u"usa"_qs}));
    m.setShowAllRoles(true);
    QCOMPARE(m.rowCount(), 9);
    QVERIFY(m.rowForRole(u"lonely group"_qs) >= 0);
    QCOMPARE(m.rowForRole(u"pg_read_all_data"_qs), 8);

    // The role filter proxy of the privilege matrix works on these rows too.
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&m);
    proxy.setNameFilter(u"\u00dc"_qs);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.headerData(0, Qt::Vertical).toString(), kMo);
    proxy.setNameFilter({});
    proxy.setScope(RoleFilterProxyModel::Scope::Groups);
    QCOMPARE(proxy.rowCount(), 2); // ml team and lonely group, pg_* hidden
}

void TstModelAccessModel::cells()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    const auto text = [&](const QString &r, int c) { return cell(m, r, c).data().toString(); };
    const auto source = [&](const QString &r, int c) {
        const QVariant v = cell(m, r, c).data(ModelAccessModel::SourceRole);
        return v.isValid() ? v.toInt() : -1;
    };
    const auto state = [&](const QString &r, int c) { return State(cell(m, r, c).data(ModelAccessModel::CellStateRole).toInt()); };
    const auto editable = [&](const QString &r, int c) { return cell(m, r, c).data(ModelAccessModel::EditableRole).toBool(); };

    // Extension owner: the owner (a superuser here), read-only for everyone.
    QCOMPARE(source(u"postgres"_qs, 0), int(RightSource::Superuser));
    QCOMPARE(state(kMo, 0), State::NotHeld);
    QVERIFY(!editable(kMo, 0));
    QVERIFY(!editable(u"postgres"_qs, 0));
    QCOMPARE(state({}, 0), State::NotApplicable);

    // Model roles: direct, inherited through the group, superuser.
    QCOMPARE(text(kMo, 1), u"\u2713"_qs);
    QCOMPARE(source(kMo, 1), int(RightSource::Direct));
    QVERIFY(editable(kMo, 1));
    QCOMPARE(text(u"sam"_qs, 2), u"via ml team"_qs);
    QCOMPARE(source(u"sam"_qs, 2), int(RightSource::Inherited));
    const ModelAccessCell inherited = m.planner()->cell(m.planner()->roleIndex(u"sam"_qs), 2);
    QCOMPARE(inherited.via, (QList<Oid>{Sam, MlTeam}));
    QVERIFY(!inherited.direct);
    QVERIFY(cell(m, u"sam"_qs, 2).data(Qt::ToolTipRole).toString().contains(u"inherited through sam \u2192 ml team"));
    QCOMPARE(text(u"postgres"_qs, 1), u"superuser"_qs);
    QVERIFY(!editable(u"postgres"_qs, 1));
    QCOMPARE(state(u"ursula"_qs, 1), State::NotHeld);
    QVERIFY(editable(u"ursula"_qs, 1));
    QCOMPARE(state({}, 1), State::NotApplicable);

    // USAGE: direct, inherited from the group, none.
    QCOMPARE(source(u"usa"_qs, 3), int(RightSource::Direct));
    QCOMPARE(source(u"sam"_qs, 3), int(RightSource::Inherited));
    QCOMPARE(state(u"ursula"_qs, 3), State::NotHeld);

    // Use alpha: its owner (not revocable), a direct grant, nothing.
    QCOMPARE(text(kMo, 4), u"owner"_qs);
    QCOMPARE(source(kMo, 4), int(RightSource::Owner));
    QVERIFY(!editable(kMo, 4));
    QCOMPARE(source(u"usa"_qs, 4), int(RightSource::Direct));
    QVERIFY(editable(u"usa"_qs, 4));
    QCOMPARE(state(u"ursula"_qs, 4), State::NotHeld);
    // Use beta: granted to PUBLIC, so every role has it; PUBLIC's row holds the grant itself.
    QCOMPARE(text(u"ursula"_qs, 5), u"PUBLIC"_qs);
    QCOMPARE(source({}, 5), int(RightSource::Public));
    QVERIFY(editable({}, 5));
    // gamma: no function, nothing to hold.
    QCOMPARE(state(u"usa"_qs, 6), State::NotApplicable);
    QCOMPARE(text(u"usa"_qs, 6), u"missing"_qs);
    QVERIFY(!editable(u"usa"_qs, 6));
}

void TstModelAccessModel::toggles_data()
{
    QTest::addColumn<QString>("grantee");
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<Change>>("expected");

    QTest::newRow("grant model owner") << u"ursula"_qs << 1
                                       << QList<Change>{ModelRoleChange{u"ursula"_qs, ModelRole::ModelOwner, true}};
    QTest::newRow("revoke model owner") << kMo << 1 << QList<Change>{ModelRoleChange{kMo, ModelRole::ModelOwner, false}};
    QTest::newRow("inherited system administrator gets a direct grant")
        << u"sam"_qs << 2 << QList<Change>{ModelRoleChange{u"sam"_qs, ModelRole::SystemAdministrator, true}};
    QTest::newRow("revoke USAGE") << u"usa"_qs << 3
                                  << QList<Change>{RevokePrivileges{schemaRef(), u"usa"_qs, Privilege::Usage, false, false, {}}};
    QTest::newRow("grant USAGE") << u"ursula"_qs << 3
                                 << QList<Change>{GrantPrivileges{schemaRef(), u"ursula"_qs, Privilege::Usage, false}};
    QTest::newRow("use with the USAGE companion")
        << u"ursula"_qs << 4
        << QList<Change>{GrantPrivileges{schemaRef(), u"ursula"_qs, Privilege::Usage, false},
                         GrantPrivileges{fnRef(1), u"ursula"_qs, Privilege::Execute, false}};
    QTest::newRow("use, USAGE through the group") << u"sam"_qs << 4
                                                  << QList<Change>{GrantPrivileges{fnRef(1), u"sam"_qs, Privilege::Execute, false}};
    QTest::newRow("use, USAGE as model owner") << kMo << 5
                                               << QList<Change>{GrantPrivileges{fnRef(2), kMo, Privilege::Execute, false}};
    QTest::newRow("revoke use (the owner's grant)")
        << u"usa"_qs << 4 << QList<Change>{RevokePrivileges{fnRef(1), u"usa"_qs, Privilege::Execute, false, false, {}}};
    QTest::newRow("revoke use from PUBLIC")
        << QString() << 5 << QList<Change>{RevokePrivileges{fnRef(2), {}, Privilege::Execute, false, false, {}}};
}

void TstModelAccessModel::toggles()
{
    QFETCH(QString, grantee);
    QFETCH(int, column);
    QFETCH(QList<Change>, expected);
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    const EditResult r = m.toggle(cell(m, grantee, column));
    QCOMPARE(r.changes, expected);
    // The same through the planner, without a model.
    QCOMPARE(m.planner()->toggle(grantee, column, {}).changes, expected);
}

void TstModelAccessModel::toggleUndoesPendingEdit()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    Plan plan;
    const QModelIndex use = cell(m, u"ursula"_qs, 4);
    for (const Change &c : m.toggle(use).changes)
        plan.add(c);
    QCOMPARE(plan.size(), 2);
    m.setPendingChanges(plan.changes());
    QVERIFY(use.data(ModelAccessModel::PendingRole).toString().contains(u"Pending: grant"));
    QVERIFY(use.data(Qt::ToolTipRole).toString().contains(u"Space: revoke"));
    // Toggling again cancels the pending EXECUTE grant; the USAGE grant stays pending.
    const EditResult again = m.toggle(use);
    QCOMPARE(again.changes, (QList<Change>{RevokePrivileges{fnRef(1), u"ursula"_qs, Privilege::Execute, false, false, {}}}));
    QCOMPARE(plan.add(again.changes.first()), Plan::AddResult::Cancelled);
    QCOMPARE(plan.changes(), (QList<Change>{GrantPrivileges{schemaRef(), u"ursula"_qs, Privilege::Usage, false}}));

    // A pending model role revoke is undone by the grant, not granted on top.
    const QList<Change> pending{ModelRoleChange{kMo, ModelRole::ModelOwner, false}};
    m.setPendingChanges(pending);
    QCOMPARE(m.toggle(cell(m, kMo, 1)).changes, (QList<Change>{ModelRoleChange{kMo, ModelRole::ModelOwner, true}}));
    // A pending grant that carries more than this cell's privilege is answered with a targeted revoke.
    const GrantPrivileges wide{schemaRef(), u"ursula"_qs, Privilege::Usage | Privilege::Create, false};
    m.setPendingChanges({wide});
    QCOMPARE(m.toggle(cell(m, u"ursula"_qs, 3)).changes,
             (QList<Change>{RevokePrivileges{schemaRef(), u"ursula"_qs, Privilege::Usage, false, false, {}}}));
}

void TstModelAccessModel::usageCompanionSeesPendingChanges()
{
    const ModelAccessPlanner p(rightsOf(makeSnapshot()));
    const GrantPrivileges use{fnRef(1), u"ursula"_qs, Privilege::Execute, false};
    // USAGE already pending: no second grant.
    QCOMPARE(p.toggle(u"ursula"_qs, 4, {GrantPrivileges{schemaRef(), u"ursula"_qs, Privilege::Usage, false}}).changes,
             (QList<Change>{use}));
    // A pending model role grant brings USAGE (pgx_grant_model_role grants it).
    QCOMPARE(p.toggle(u"ursula"_qs, 4, {ModelRoleChange{u"ursula"_qs, ModelRole::ModelOwner, true}}).changes,
             (QList<Change>{use}));
    // USAGE pending to be revoked from usa: granting the use of beta asks for it again.
    const QList<Change> revokeUsage{RevokePrivileges{schemaRef(), u"usa"_qs, Privilege::Usage, false, false, {}}};
    QCOMPARE(p.toggle(u"usa"_qs, 5, revokeUsage).changes,
             (QList<Change>{GrantPrivileges{schemaRef(), u"usa"_qs, Privilege::Usage, false},
                            GrantPrivileges{fnRef(2), u"usa"_qs, Privilege::Execute, false}}));
    QVERIFY(p.pendingDirect(revokeUsage, u"usa"_qs, 3) == std::optional<bool>(false));
    QVERIFY(!p.pendingDirect(revokeUsage, u"usa"_qs, 4).has_value());
}

void TstModelAccessModel::refusals()
{
    const ModelAccessPlanner p(rightsOf(makeSnapshot()));
    const auto refused = [&](const QString &grantee, int column, const QString &noteText) {
        const EditResult r = p.toggle(grantee, column, {});
        if (!r.changes.isEmpty() || !r.notes.join(u' ').contains(noteText)) {
            qWarning() << grantee << column << r.notes;
            return false;
        }
        return true;
    };
    QVERIFY(refused(u"ursula"_qs, 0, u"It is not granted"_qs));         // extension owner: read-only
    QVERIFY(refused(u"postgres"_qs, 1, u"as a superuser"_qs));          // nothing to grant a superuser
    QVERIFY(refused(kMo, 4, u"always has the use of model alpha"_qs));  // the owner always may
    QVERIFY(refused({}, 1, u"not to PUBLIC"_qs));
    QVERIFY(refused(u"usa"_qs, 6, u"pgx_embedding_3"_qs));               // missing function
    QVERIFY(refused(u"nobody"_qs, 1, u"no role named nobody"_qs));

    // Notes on what stays and on who may apply.
    const EditResult inherited = p.toggle(u"sam"_qs, 2, {});
    QVERIFY(inherited.notes.join(u' ').contains(u"through sam \u2192 ml team"));
    // Revoking USAGE names the models the role could no longer call, its own included.
    QVERIFY(p.toggle(kMo, 3, {}).notes.join(u' ').contains(u"cannot call the models it may use (alpha, beta.v2)"));
    auto other = std::make_shared<Snapshot>(*makeSnapshot());
    other->currentUser = u"usa"_qs; // not the extension owner, not alpha's owner
    other->index();
    const ModelAccessPlanner asUsa(rightsOf(other));
    QVERIFY(asUsa.toggle(u"ursula"_qs, 1, {}).notes.join(u' ').contains(u"Only the extension owner (postgres)"));
    QVERIFY(asUsa.toggle(u"ursula"_qs, 4, {}).notes.join(u' ').contains(QStringLiteral("that takes its owner (") + kMo + u')'));
}

void TstModelAccessModel::pendingMarks()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot()));
    m.setPendingChanges({ModelRoleChange{u"sam"_qs, ModelRole::ModelOwner, true},
                         RevokePrivileges{fnRef(1), u"usa"_qs, Privilege::Execute, false, false, u"other"_qs},
                         GrantPrivileges{fnRef(2), u"elsewhere"_qs, Privilege::Execute, false}});
    QCOMPARE(cell(m, u"sam"_qs, 1).data(ModelAccessModel::PendingRole).toString(), u"Pending: grant"_qs);
    QCOMPARE(cell(m, u"usa"_qs, 4).data(ModelAccessModel::PendingRole).toString(), u"Pending: revoke (granted by other)"_qs);
    int marked = 0;
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            marked += m.index(r, c).data(ModelAccessModel::PendingRole).isValid();
    QCOMPARE(marked, 2);
    // A new snapshot keeps the marks of the plan still pending.
    m.setRights(rightsOf(makeSnapshot()));
    QVERIFY(cell(m, u"sam"_qs, 1).data(ModelAccessModel::PendingRole).isValid());
}

void TstModelAccessModel::vendorUnknownHolders()
{
    ModelAccessModel m;
    m.setRights(rightsOf(makeSnapshot(ModelState::Flavour::Vendor, false)));
    QVERIFY(m.notice().contains(u"unknown"));
    const QModelIndex sam = cell(m, u"sam"_qs, 2);
    QCOMPARE(State(sam.data(ModelAccessModel::CellStateRole).toInt()), State::Unknown);
    QCOMPARE(sam.data().toString(), u"unknown"_qs);
    QVERIFY(sam.data(ModelAccessModel::EditableRole).toBool());
    QVERIFY(sam.data(Qt::ToolTipRole).toString().contains(u"Space: grant"));
    // Superusers and the extension owner are known to be able to do it all.
    QCOMPARE(cell(m, u"postgres"_qs, 1).data().toString(), u"superuser"_qs);
    // Granting is possible (pgx_grant_model_role is documented); revoking needs a pending grant.
    const EditResult grant = m.toggle(cell(m, kMo, 1));
    QCOMPARE(grant.changes, (QList<Change>{ModelRoleChange{kMo, ModelRole::ModelOwner, true}}));
    QVERIFY(grant.notes.join(u' ').contains(u"cannot be read"));
    m.setPendingChanges(grant.changes);
    QCOMPARE(m.toggle(cell(m, kMo, 1)).changes, (QList<Change>{ModelRoleChange{kMo, ModelRole::ModelOwner, false}}));
    // The privilege columns are plain ACLs and stay known.
    QCOMPARE(State(cell(m, u"usa"_qs, 4).data(ModelAccessModel::CellStateRole).toInt()), State::Held);
}

void TstModelAccessModel::noExtension()
{
    auto s = std::make_shared<Snapshot>(*makeSnapshot());
    s->models = ModelState{};
    s->index();
    ModelAccessModel m;
    m.setRights(rightsOf(s));
    QVERIFY(!m.hasExtension());
    QCOMPARE(m.columnCount(), 0);
    QCOMPARE(m.rowCount(), 0);
    QVERIFY(m.notice().contains(u"no in-database model extension"));
    QVERIFY(m.planner()->toggle(u"sam"_qs, 1, {}).changes.isEmpty());
    m.setRights(nullptr);
    QVERIFY(m.notice().isEmpty());
    QCOMPARE(m.rowCount(), 0);
}

void TstModelAccessModel::verifier()
{
    const SnapshotPtr s = makeSnapshot();
    Plan plan;
    plan.add(ModelRoleChange{kMo, ModelRole::ModelOwner, true});             // holds it: fine
    plan.add(ModelRoleChange{u"sam"_qs, ModelRole::SystemAdministrator, true}); // only inherited: a difference
    plan.add(ModelRoleChange{u"ml team"_qs, ModelRole::SystemAdministrator, false}); // still holds it
    plan.add(ModelRoleChange{u"ursula"_qs, ModelRole::ModelOwner, false});    // does not hold it: fine
    const QList<PlanDifference> d = verifyPlan(plan, *s);
    QCOMPARE(d.size(), 2);
    QCOMPARE(d.at(0).change, 1);
    QCOMPARE(d.at(0).message, u"sam does not hold the model role system_administrator"_qs);
    QCOMPARE(d.at(1).change, 2);
    QCOMPARE(d.at(1).message, u"ml team still holds the model role system_administrator"_qs);
    // The vendor's extension: nothing to compare with.
    QVERIFY(verifyPlan(plan, *makeSnapshot(ModelState::Flavour::Vendor, false)).isEmpty());
}

void TstModelAccessModel::modelTester()
{
    ModelAccessModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setRights(rightsOf(makeSnapshot()));
    m.setShowAllRoles(true);
    m.setPendingChanges({ModelRoleChange{u"sam"_qs, ModelRole::ModelOwner, true}});
    m.setShowAllRoles(false);
    m.setRights(rightsOf(makeSnapshot(ModelState::Flavour::Vendor, false)));
    m.setRights(nullptr);
}

QTEST_APPLESS_MAIN(TstModelAccessModel)
#include "tst_modelaccessmodel.moc"
