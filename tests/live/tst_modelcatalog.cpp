#include "sandbox.h"

#include "catalog/modelcatalog.h"

#include <QTest>

using namespace roledesk;

/// ModelCatalog against pgx_inference_ce in roledesk_models (two model owners, a system
/// administrator, a model user; one model loaded) and against roledesk_fixture (no extension).
class TstModelCatalog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void asSuperuser();
    void asModelUser();
    void asSystemAdministrator();
    void noExtension();
    void cleanupTestCase();

private:
    void dropFixture();
    const ModelInfo *find(const ModelState &s, const QString &name) const;
    /// True when \a role holds \a kind directly (a member of the group role) in \a s.
    static bool holdsDirectly(const ModelState &s, const QString &role, ModelRole kind);
    /// The fixture's model roles as \a s has them, seen by whoever read it.
    static void checkHolders(const ModelState &s);

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    // Distinct from tst_pgxinference's names (pgxt_*, tst.mine-model, tst_other, tst_new).
    const QString m_alpha = QStringLiteral("mct.alpha");   // owned by mct_mo1, loaded, permitted to mct_mu
    const QString m_beta = QStringLiteral("mct_beta");     // owned by mct_mo2, not loaded
    QString m_alphaFn, m_betaFn;
};

namespace {

const QStringList kRoles = {QStringLiteral("mct_mo1"), QStringLiteral("mct_mo2"), QStringLiteral("mct_sa"),
                            QStringLiteral("mct_mu")};

} // namespace

void TstModelCatalog::dropFixture()
{
    test::dropModelFixture(m_conn, {m_alpha, m_beta}, kRoles);
}

const ModelInfo *TstModelCatalog::find(const ModelState &s, const QString &name) const
{
    for (const ModelInfo &m : s.models)
        if (m.name == name)
            return &m;
    return nullptr;
}

bool TstModelCatalog::holdsDirectly(const ModelState &s, const QString &role, ModelRole kind)
{
    for (const ModelRoleGrant &g : s.roles)
        if (g.role == role && g.kind == kind)
            return g.roleOid != 0 && g.direct;
    return false;
}

void TstModelCatalog::checkHolders(const ModelState &s)
{
    QVERIFY(s.rolesKnown);
    QVERIFY(holdsDirectly(s, QStringLiteral("mct_mo1"), ModelRole::ModelOwner));
    QVERIFY(holdsDirectly(s, QStringLiteral("mct_mo2"), ModelRole::ModelOwner));
    QVERIFY(holdsDirectly(s, QStringLiteral("mct_sa"), ModelRole::SystemAdministrator));
    QVERIFY(!holdsDirectly(s, QStringLiteral("mct_sa"), ModelRole::ModelOwner));
    QVERIFY(!holdsDirectly(s, QStringLiteral("mct_mu"), ModelRole::ModelOwner));
    // A superuser passes every pg_has_role: it is listed only as a member.
    for (const ModelRoleGrant &g : s.roles)
        QVERIFY2(g.direct || g.role != u"postgres", qPrintable(g.role));
}

void TstModelCatalog::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, m_db));
    dropFixture();
    for (const QString &role : kRoles)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('mct_mo1', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('mct_mo2', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('mct_sa', 'system_administrator')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO mct_mu")));

    const auto import = [this](const QString &role, const QString &model, const QString &bytes, QString *fn) {
        if (!test::execOrFail(m_conn, QStringLiteral("SET ROLE %1").arg(role)))
            return false;
        const bool ok = test::execOrFail(
            m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, decode($2, 'hex')), "
                                   "jsonb_build_object('model', $1::text))"),
            {model, bytes});
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {model});
        m_conn.exec(QStringLiteral("RESET ROLE"));
        if (!ok || !r.ok() || r.rows() != 1)
            return false;
        *fn = r.text(0, 0);
        return true;
    };
    QVERIFY(import(QStringLiteral("mct_mo1"), m_alpha, QStringLiteral("010203"), &m_alphaFn));     // 3 bytes
    QVERIFY(import(QStringLiteral("mct_mo2"), m_beta, QStringLiteral("0102030405"), &m_betaFn));   // 5 bytes
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE mct_mo1")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO mct_mu").arg(m_alphaFn)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE mct_sa")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_alpha}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstModelCatalog::asSuperuser()
{
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SET pgx_inference.total_loaded_model_size_limit = '1000000'")));
    pg::Error error;
    const ModelState s = ModelCatalog::read(conn, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QCOMPARE(s.flavour, ModelState::Flavour::Community);
    QCOMPARE(s.extensionOwner, QStringLiteral("postgres"));
    QCOMPARE(s.version, QStringLiteral("1.0"));
    QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));

    const ModelInfo *alpha = find(s, m_alpha);
    const ModelInfo *beta = find(s, m_beta);
    QVERIFY(alpha && beta);
    QCOMPARE(alpha->owner, QStringLiteral("mct_mo1"));
    QCOMPARE(beta->owner, QStringLiteral("mct_mo2"));
    QCOMPARE(alpha->size, qint64(3));
    QCOMPARE(beta->size, qint64(5));
    QCOMPARE(alpha->functionName, m_alphaFn);
    QCOMPARE(alpha->functionName, QStringLiteral("pgx_embedding_%1").arg(alpha->id));
    QCOMPARE(beta->functionName, m_betaFn);
    const pg::Result oid = conn.exec(QStringLiteral("SELECT $1::regprocedure::oid"),
                                     {QStringLiteral("pgx_inference.%1(text)").arg(m_alphaFn)});
    QVERIFY(oid.ok());
    QCOMPARE(alpha->functionOid, oid.oid(0, 0));
    QVERIFY(beta->functionOid != 0);
    QVERIFY(alpha->metadata.contains(u"mct.alpha"));
    QVERIFY(alpha->loaded);
    QCOMPARE(alpha->availability, QStringLiteral("READY"));
    QVERIFY(!beta->loaded);
    QCOMPARE(beta->availability, QStringLiteral("UNAVAILABLE"));

    // The total agrees with the loaded models of the same snapshot.
    qint64 sum = 0;
    for (const ModelInfo &m : s.models)
        if (m.loaded)
            sum += m.size;
    QCOMPARE(s.totalLoaded, sum);
    QVERIFY(s.totalLoaded >= 3);
    QCOMPARE(s.limit, std::optional<qint64>(1000000));

    checkHolders(s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ModelCatalog::roleName(ModelRole::SystemAdministrator), QStringLiteral("system_administrator"));
    QCOMPARE(ModelCatalog::extensionName(s.flavour), QStringLiteral("pgx_inference_ce"));

    // The connection is usable afterwards, outside a transaction.
    const pg::Result again = conn.exec(QStringLiteral("SELECT 1"));
    QVERIFY(again.ok());
}

void TstModelCatalog::asModelUser()
{
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db, QStringLiteral("mct_mu")));
    pg::Error error;
    const ModelState s = ModelCatalog::read(conn, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QCOMPARE(s.flavour, ModelState::Flavour::Community);
    QCOMPARE(s.extensionOwner, QStringLiteral("postgres"));
    // pgx_models is readable by everyone, filtered by row-level security; only the loaded total
    // is refused to a model user (and counted over the visible models instead).
    QCOMPARE(s.warnings.size(), 1);
    QVERIFY2(s.warnings.first().contains(u"total size"), qPrintable(s.warnings.first()));

    // Only the permitted model.
    QCOMPARE(s.models.size(), 1);
    const ModelInfo &alpha = s.models.at(0);
    QCOMPARE(alpha.name, m_alpha);
    QCOMPARE(alpha.owner, QStringLiteral("mct_mo1"));
    QCOMPARE(alpha.size, qint64(3));
    QCOMPARE(alpha.functionName, m_alphaFn);
    QVERIFY(alpha.functionOid != 0);
    QVERIFY(alpha.metadata.contains(u"mct.alpha"));
    QVERIFY(alpha.loaded);
    QCOMPARE(alpha.availability, QStringLiteral("READY"));

    // The model roles are memberships of group roles, which anyone may list.
    checkHolders(s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s.totalLoaded, qint64(3));   // the visible loaded models only
    QVERIFY(!s.limit.has_value());
}

void TstModelCatalog::asSystemAdministrator()
{
    // Sees every model (row-level security lets a system administrator see them all) and may ask
    // for the total: nothing is refused.
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db, QStringLiteral("mct_sa")));
    pg::Error error;
    const ModelState s = ModelCatalog::read(conn, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QVERIFY(find(s, m_alpha) && find(s, m_beta));
    checkHolders(s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(s.totalLoaded >= 3);
    QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
}

void TstModelCatalog::noExtension()
{
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, QStringLiteral("roledesk_fixture")));
    pg::Error error;
    const ModelState s = ModelCatalog::read(conn, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QCOMPARE(s.flavour, ModelState::Flavour::None);
    QVERIFY(s.models.isEmpty());
    QVERIFY(s.roles.isEmpty());
    QVERIFY(!s.rolesKnown);
    QVERIFY(s.extensionOwner.isEmpty());
    QVERIFY(s.warnings.isEmpty());
}

void TstModelCatalog::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstModelCatalog)
#include "tst_modelcatalog.moc"
