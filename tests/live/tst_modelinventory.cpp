#include "sandbox.h"

#include "catalog/catalogreader.h"
#include "models/modelinventorymodel.h"

#include <QTest>

using namespace roledesk;

/// ModelInventoryModel's answer to "what may this role do with this model" against what the
/// pgx_inference_ce extension really lets it do: every action, for roles of every kind (including
/// model roles and EXECUTE held through a group), on models of their own and of others, each tried
/// as that role with SET ROLE in a rolled-back transaction.
class TstModelInventory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inventory();
    void actions_data();
    void actions();
    void abilities_data();
    void abilities();
    void cleanupTestCase();

private:
    void dropFixture();
    /// Runs \a sql as \a role in a rolled-back transaction: true when the extension or PostgreSQL
    /// did not refuse it for lack of privilege (SQLSTATE 42501). GRANT without the grant option
    /// is only a warning in PostgreSQL, so \a grantCheck looks at the effect instead.
    bool allowedAs(const QString &role, const QString &sql, const QString &model, const QString &grantCheck = {});
    std::shared_ptr<const EffectiveRights> load();

    pg::Connection m_conn;
    std::shared_ptr<const EffectiveRights> m_rights;
};

namespace {

const QString kDb = QStringLiteral("roledesk_models");
const QStringList kRoles = {QStringLiteral("invt_mo"),     QStringLiteral("invt_mo2"),   QStringLiteral("invt_sa"),
                            QStringLiteral("invt_mu"),     QStringLiteral("invt_none"),  QStringLiteral("invt_grp"),
                            QStringLiteral("invt_member"), QStringLiteral("invt_users"), QStringLiteral("invt_viauser"),
                            QStringLiteral("invt_target")};
const QStringList kModels = {QStringLiteral("invt.mine"), QStringLiteral("invt_other"), QStringLiteral("invt-grp")};
// Who imports which model (the importer owns it).
const QStringList kImporters = {QStringLiteral("invt_mo"), QStringLiteral("invt_mo2"), QStringLiteral("invt_member")};
// Roles the actions are tried as; postgres is the extension owner.
const QStringList kActors = {QStringLiteral("postgres"), QStringLiteral("invt_mo"),   QStringLiteral("invt_mo2"),
                             QStringLiteral("invt_sa"),  QStringLiteral("invt_mu"),   QStringLiteral("invt_none"),
                             QStringLiteral("invt_member"), QStringLiteral("invt_viauser")};

int roleIndex(const Snapshot &s, const QString &name)
{
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).name == name)
            return i;
    return -1;
}

} // namespace

void TstModelInventory::dropFixture()
{
    test::dropModelFixture(m_conn, kModels, kRoles);
}

std::shared_ptr<const EffectiveRights> TstModelInventory::load()
{
    const SnapshotOutcome outcome = CatalogReader::read(m_conn);
    if (!outcome.ok()) {
        QTest::qFail(qPrintable(outcome.error.toString()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::make_shared<EffectiveRights>(outcome.snapshot);
}

void TstModelInventory::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, kDb));
    dropFixture();
    for (const QString &role : kRoles)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)));
    // A group holds model_owner; its member acts through it.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT invt_grp TO invt_member")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT invt_users TO invt_viauser")));
    for (const char *sql : {"SELECT pgx_inference.pgx_grant_model_role('invt_mo', 'model_owner')",
                            "SELECT pgx_inference.pgx_grant_model_role('invt_mo2', 'model_owner')",
                            "SELECT pgx_inference.pgx_grant_model_role('invt_grp', 'model_owner')",
                            "SELECT pgx_inference.pgx_grant_model_role('invt_sa', 'system_administrator')",
                            "GRANT USAGE ON SCHEMA pgx_inference TO invt_mu, invt_none, invt_member, invt_viauser"})
        QVERIFY(test::execOrFail(m_conn, QString::fromLatin1(sql)));
    for (int i = 0; i < kModels.size(); ++i) {
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE %1").arg(kImporters.at(i))));
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, "
                                                        "lo_from_bytea(0, '\\x0102030405'), '{\"dimension\": 8}')"),
                                 {kModels.at(i)}));
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    }
    // invt_mo lets invt_mu use its model, and the group invt_users (so invt_viauser inherits it).
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"),
                                      {kModels.at(0)});
    QVERIFY2(fn.ok() && fn.rows() == 1, qPrintable(fn.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE invt_mo")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO invt_mu, invt_users")
                                         .arg(fn.text(0, 0))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    m_rights = load();
    QVERIFY(m_rights);
}

void TstModelInventory::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

bool TstModelInventory::allowedAs(const QString &role, const QString &sql, const QString &model, const QString &grantCheck)
{
    if (!test::execOrFail(m_conn, QStringLiteral("BEGIN")) || !test::execOrFail(m_conn, QStringLiteral("SET LOCAL ROLE %1").arg(role)))
        return false;
    const pg::Result r = m_conn.exec(sql, sql.contains(u"$1") ? pg::Params{model} : pg::Params{});
    bool allowed = r.ok() || r.error().sqlstate != QLatin1String("42501");
    if (r.ok() && !grantCheck.isEmpty()) {
        m_conn.exec(QStringLiteral("RESET ROLE"));
        const pg::Result has = m_conn.exec(grantCheck);
        allowed = has.ok() && has.boolean(0, 0);
    }
    m_conn.exec(QStringLiteral("ROLLBACK"));
    return allowed;
}

void TstModelInventory::inventory()
{
    ModelInventoryModel model;
    model.setRights(m_rights);
    for (const QString &name : kModels)
        QVERIFY2(model.rowOf(name) >= 0, qPrintable(name));
    const int mine = model.rowOf(kModels.at(0));
    QCOMPARE(model.model(mine).owner, QStringLiteral("invt_mo"));
    QCOMPARE(model.model(mine).size, 5);
    QCOMPARE(model.permittedUsers(mine), QStringList({QStringLiteral("invt_mu"), QStringLiteral("invt_users")}));
    QCOMPARE(model.permittedUsers(model.rowOf(kModels.at(1))), QStringList());
    QVERIFY(model.model(mine).functionObject >= 0);
    QCOMPARE(m_rights->snapshot().objects.at(model.model(mine).functionObject).oid, model.model(mine).functionOid);
    // The connected superuser is the extension owner and may do everything.
    const ModelAbilities a = model.abilities();
    QVERIFY(a.extensionOwner && a.mayImport() && a.mayLoadUnload());
    const ModelActions x = model.actions(mine);
    QVERIFY(x.update && x.drop && x.exportFile && x.loadUnload && x.use && x.grantUse && x.see);
}

void TstModelInventory::actions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("model");
    for (const QString &role : kActors)
        for (const QString &model : kModels)
            QTest::newRow(qPrintable(role + QStringLiteral(" on ") + model)) << role << model;
}

void TstModelInventory::actions()
{
    QFETCH(QString, role);
    QFETCH(QString, model);
    const Snapshot &s = m_rights->snapshot();
    const int r = roleIndex(s, role);
    QVERIFY(r >= 0);
    const ModelInfo *info = nullptr;
    for (const ModelInfo &m : s.models.models)
        if (m.name == model)
            info = &m;
    QVERIFY(info);
    const ModelActions predicted = ModelInventoryModel::actionsOf(*m_rights, r, *info);
    const QString fn = QStringLiteral("pgx_inference.%1").arg(info->functionName);

    QCOMPARE(predicted.update, allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_update_model($1, NULL, '{\"v\": 2}')"), model));
    QCOMPARE(predicted.exportFile, allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_read_model_file($1, 0, 1)"), model));
    QCOMPARE(predicted.drop, allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_drop_model($1)"), model));
    QCOMPARE(predicted.loadUnload, allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), model));
    QCOMPARE(predicted.use, allowedAs(role, QStringLiteral("SELECT %1('hello')").arg(fn), model));
    QCOMPARE(predicted.see, allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_get_model_metadata($1)"), model));
    QCOMPARE(predicted.grantUse,
             allowedAs(role, QStringLiteral("GRANT EXECUTE ON FUNCTION %1(text) TO invt_target").arg(fn), model,
                       QStringLiteral("SELECT has_function_privilege('invt_target', '%1(text)', 'EXECUTE')").arg(fn)));
}

void TstModelInventory::abilities_data()
{
    QTest::addColumn<QString>("role");
    for (const QString &role : kActors)
        QTest::newRow(qPrintable(role)) << role;
}

void TstModelInventory::abilities()
{
    QFETCH(QString, role);
    const int r = roleIndex(m_rights->snapshot(), role);
    QVERIFY(r >= 0);
    const ModelAbilities a = ModelInventoryModel::abilitiesOf(*m_rights, r);
    QVERIFY(a.rolesKnown);
    QCOMPARE(a.mayImport(), allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_import_model('invt_probe', "
                                                           "lo_from_bytea(0, '\\x01'), '{}')"), {}));
    QCOMPARE(a.mayReadTotalSize(), allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_total_loaded_model_size()"), {}));
    QCOMPARE(a.mayGrantModelRoles(),
             allowedAs(role, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('invt_target', 'model_owner')"), {}));
}

QTEST_GUILESS_MAIN(TstModelInventory)
#include "tst_modelinventory.moc"
