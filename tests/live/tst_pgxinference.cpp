#include "sandbox.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <tuple>
#include <iterator>

using namespace roledesk;

/// The pgx_inference_ce compatibility extension (resources/extensions/pgx_inference_ce) against the
/// vendor's privilege matrix: every operation x user kind x own / someone else's model, performed
/// as that user with SET ROLE inside a rolled-back transaction. Load, unload and use reach the
/// sandbox's KServe stand-in (tests/standin), which a rollback does not undo: "use" loads the model
/// first and unloads it again before the rollback.
class TstPgxInference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void importedFunction();
    void sizeLimit();
    void nameRules();
    void cleanupTestCase();

private:
    void dropFixture();
    QString fn(const QString &model) const { return model == m_mine ? m_mineFn : m_otherFn; }

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("roledesk_models");
    const QString m_mine = QStringLiteral("tst.mine-model");   // owned by pgxt_mo, permitted to pgxt_mu
    const QString m_other = QStringLiteral("tst_other");       // owned by pgxt_mo2, permitted to nobody
    QString m_mineFn, m_otherFn;
};

namespace {

const QStringList kRoles = {QStringLiteral("pgxt_mo"), QStringLiteral("pgxt_mo2"), QStringLiteral("pgxt_sa"),
                            QStringLiteral("pgxt_mu"), QStringLiteral("pgxt_none"), QStringLiteral("pgxt_spare")};

// User kinds, in the column order of the expectation strings below.
struct Kind { const char *label; const char *role; };
const Kind kKinds[] = {{"extension owner", "postgres"}, {"model owner", "pgxt_mo"},
                       {"system administrator", "pgxt_sa"}, {"model user", "pgxt_mu"},
                       {"no role", "pgxt_none"}};

enum class Check { Call, Use, Count, GrantUse, RevokeUse };

// One row of the reference matrix (docs: pgx_inference-model-privileges.txt). \a expect has one
// letter per kind: Y possible, N impossible, M only my model / only permitted models.
struct Op {
    const char *name;
    const char *sql;      // $1 = model name when targeted; %FN% = the model's function
    bool targeted;
    Check check;
    const char *expect;
};

const Op kOps[] = {
    {"import model", "SELECT pgx_inference.pgx_import_model('tst_new', lo_from_bytea(0, '\\x0a0b'), '{}')", false, Check::Call, "YYNNN"},
    {"delete model", "SELECT pgx_inference.pgx_drop_model($1)", true, Check::Call, "YMYNN"},
    {"update model", "SELECT pgx_inference.pgx_update_model($1, NULL, '{\"v\":2}')", true, Check::Call, "YMNNN"},
    {"refer to model file", "SELECT pgx_inference.pgx_get_model_file($1)", true, Check::Call, "YMNNN"},
    {"refer to model file (a part)", "SELECT pgx_inference.pgx_read_model_file($1, 0, 1)", true, Check::Call, "YMNNN"},
    {"load model", "SELECT pgx_inference.pgx_load_model($1)", true, Check::Call, "YNYNN"},
    {"unload model", "SELECT pgx_inference.pgx_unload_model($1)", true, Check::Call, "YNYNN"},
    {"total loaded size", "SELECT pgx_inference.pgx_total_loaded_model_size()", false, Check::Call, "YNYNN"},
    {"use model", "SELECT pgx_inference.%FN%('hello')", true, Check::Use, "YMNMN"},
    {"refer to metadata", "SELECT pgx_inference.pgx_get_model_metadata($1)", true, Check::Call, "YMYMN"},
    {"list metadata", "SELECT count(*) FROM pgx_inference.pgx_list_model_metadata() WHERE name = $1", true, Check::Count, "YMYMN"},
    {"function by model name", "SELECT pgx_inference.pgx_get_function_by_model_name($1)", true, Check::Call, "YMYMN"},
    {"refer to model status", "SELECT count(*) FROM pgx_inference.pgx_triton_model_status WHERE name = $1", true, Check::Count, "YMYMN"},
    {"grant import/delete/update (model_owner)", "SELECT pgx_inference.pgx_grant_model_role('pgxt_spare', 'model_owner')", false, Check::Call, "YNNNN"},
    {"revoke import/delete/update (model_owner)", "SELECT pgx_inference.pgx_revoke_model_role('pgxt_mo2', 'model_owner')", false, Check::Call, "YNNNN"},
    {"grant load/unload (system_administrator)", "SELECT pgx_inference.pgx_grant_model_role('pgxt_spare', 'system_administrator')", false, Check::Call, "YNNNN"},
    {"revoke load/unload (system_administrator)", "SELECT pgx_inference.pgx_revoke_model_role('pgxt_sa', 'system_administrator')", false, Check::Call, "YNNNN"},
    // EXECUTE on the model's function is the privilege for use, metadata and status alike.
    {"grant use/metadata/status", "GRANT EXECUTE ON FUNCTION pgx_inference.%FN%(text) TO pgxt_spare", true, Check::GrantUse, "YMNNN"},
    {"revoke use/metadata/status", "REVOKE EXECUTE ON FUNCTION pgx_inference.%FN%(text) FROM pgxt_spare", true, Check::RevokeUse, "YMNNN"},
};

} // namespace

void TstPgxInference::dropFixture()
{
    test::dropModelFixture(m_conn, {m_mine, m_other, QStringLiteral("tst_new")}, kRoles);
}

void TstPgxInference::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_conn, m_db));
    const pg::Result ext = m_conn.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'pgx_inference_ce'"));
    QVERIFY2(ext.ok() && ext.rows() == 1, "pgx_inference_ce is not installed in roledesk_models");
    const pg::Result url = m_conn.exec(QStringLiteral("SELECT current_setting('pgx_inference.triton_url', true)"));
    QVERIFY2(url.ok() && !url.text(0, 0).isEmpty(),
             "pgx_inference.triton_url is not set for roledesk_models: the sandbox's KServe stand-in "
             "(tests/standin) is not running; build roledesk-kserve-standin and restart the sandbox");
    dropFixture();
    for (const QString &role : kRoles)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('pgxt_mo', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('pgxt_mo2', 'model_owner')")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role('pgxt_sa', 'system_administrator')")));
    // USAGE alone confers nothing: everyone has it, so refusals come from the extension's checks.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO pgxt_mu, pgxt_none, pgxt_spare")));

    const auto import = [this](const QString &role, const QString &model, QString *fnName) {
        if (!test::execOrFail(m_conn, QStringLiteral("SET ROLE %1").arg(role)))
            return false;
        const pg::Result imported = m_conn.exec(
            QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x0102'), '{\"dim\": 384}')"),
            {model});
        if (!imported.ok()) {
            m_conn.exec(QStringLiteral("RESET ROLE"));
            QTest::qFail(qPrintable(imported.error().toString()), __FILE__, __LINE__);
            return false;
        }
        const pg::Result r =
            m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {model});
        m_conn.exec(QStringLiteral("RESET ROLE"));
        if (!r.ok() || r.rows() != 1) {
            QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
            return false;
        }
        *fnName = r.text(0, 0);
        return true;
    };
    QVERIFY(import(QStringLiteral("pgxt_mo"), m_mine, &m_mineFn));
    QVERIFY(import(QStringLiteral("pgxt_mo2"), m_other, &m_otherFn));
    QVERIFY(m_mineFn.startsWith(u"pgx_embedding_"));
    // The model owner permits the model user to use its model.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE pgxt_mo")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO pgxt_mu").arg(m_mineFn)));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
}

void TstPgxInference::matrix_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("allowed");
    for (int o = 0; o < int(std::size(kOps)); ++o) {
        const Op &op = kOps[o];
        for (int k = 0; k < int(std::size(kKinds)); ++k) {
            for (const bool mine : {true, false}) {
                if (!op.targeted && !mine)
                    continue;
                const char e = op.expect[k];
                const bool allowed = e == 'Y' || (e == 'M' && mine);
                const QByteArray tag = QByteArray(op.name) + " | " + kKinds[k].label
                                       + (op.targeted ? (mine ? " | own/permitted model" : " | other's model") : "");
                QTest::newRow(tag.constData()) << o << QString::fromLatin1(kKinds[k].role)
                                               << (op.targeted ? (mine ? m_mine : m_other) : QString()) << allowed;
            }
        }
    }
}

void TstPgxInference::matrix()
{
    QFETCH(int, op);
    QFETCH(QString, role);
    QFETCH(QString, model);
    QFETCH(bool, allowed);
    const Op &o = kOps[op];
    const QString function = model.isEmpty() ? QString() : fn(model);
    QString sql = QString::fromLatin1(o.sql);
    sql.replace(QStringLiteral("%FN%"), function);
    const pg::Params params = sql.contains(u"$1") ? pg::Params{model} : pg::Params{};

    QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
    if (o.check == Check::RevokeUse)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO pgxt_spare").arg(function)));
    if (o.check == Check::Use) {
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {model}));
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SAVEPOINT use_model")));
    }
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE %1").arg(role)));
    const pg::Result r = m_conn.exec(sql, params);
    const pg::Error e = r.error();
    if (o.check == Check::Use) {
        // Back to the superuser (the savepoint undoes SET ROLE), and unload on the server too.
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("ROLLBACK TO SAVEPOINT use_model")));
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {model}));
    }

    bool didIt = false;
    if (r.ok()) {
        switch (o.check) {
        case Check::Call: didIt = true; break;
        case Check::Use: {
            // A real vector from the stand-in: 384 (the default dimension) numbers of unit norm.
            const QStringList parts = r.text(0, 0).mid(1).chopped(1).split(u',');
            double norm = 0;
            for (const QString &x : parts)
                norm += x.toDouble() * x.toDouble();
            QCOMPARE(parts.size(), 384);
            QVERIFY2(std::abs(std::sqrt(norm) - 1.0) < 1e-5, qPrintable(r.text(0, 0).left(200)));
            didIt = true;
            break;
        }
        case Check::Count: didIt = r.integer(0, 0) == 1; break;
        case Check::GrantUse:
        case Check::RevokeUse: {
            // GRANT without the grant option is only a WARNING: look at the effect.
            QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
            const pg::Result has = m_conn.exec(
                QStringLiteral("SELECT has_function_privilege('pgxt_spare', $1, 'EXECUTE')"),
                {QStringLiteral("pgx_inference.%1(text)").arg(function)});
            QVERIFY2(has.ok(), qPrintable(has.error().toString()));
            didIt = o.check == Check::GrantUse ? has.boolean(0, 0) : !has.boolean(0, 0);
            break;
        }
        }
    }
    m_conn.exec(QStringLiteral("ROLLBACK"));

    if (allowed) {
        QVERIFY2(didIt, qPrintable(QStringLiteral("expected to be allowed; got: %1").arg(
                            e.isNull() ? QStringLiteral("no effect") : e.toString())));
        return;
    }
    QVERIFY2(!didIt, "expected to be refused, but it was allowed");
    if (o.check == Check::Count)
        return; // lists and the status view leave out what the role may not see
    if (e.isNull()) {
        QVERIFY2(o.check == Check::GrantUse || o.check == Check::RevokeUse, "refused without an error");
        return;
    }
    QCOMPARE(e.sqlstate, QString::fromLatin1(pg::sqlstate::InsufficientPrivilege));
    QVERIFY2(e.message.contains(u"permission denied"), qPrintable(e.message));
    if (o.check == Check::Use || o.check == Check::GrantUse || o.check == Check::RevokeUse) {
        QVERIFY2(e.message.contains(function), qPrintable(e.message));
        return;
    }
    // Either PostgreSQL refused the entry point itself (no EXECUTE: then the audit must say so),
    // or the extension refused this model, naming it and the role.
    static const QRegularExpression entry(QStringLiteral("pgx_inference\\.(pgx_[a-z_]+)\\("));
    const QString entryPoint = entry.match(sql).captured(1);
    QVERIFY(!entryPoint.isEmpty());
    if (e.message == QStringLiteral("permission denied for function %1").arg(entryPoint)) {
        const pg::Result has = m_conn.exec(
            QStringLiteral("SELECT has_function_privilege($1, p.oid, 'EXECUTE') FROM pg_proc p "
                           "WHERE p.pronamespace = 'pgx_inference'::regnamespace AND p.proname = $2"),
            {role, entryPoint});
        QVERIFY2(has.ok() && has.rows() == 1, qPrintable(has.error().toString()));
        QVERIFY2(!has.boolean(0, 0), "refused by EXECUTE, yet has_function_privilege says the role may call it");
        return;
    }
    QVERIFY2(!model.isEmpty() && e.message.contains(QStringLiteral("\"%1\"").arg(model)), qPrintable(e.message));
    QVERIFY2(e.detail.contains(role), qPrintable(e.detail)); // names the role and what it lacks
}

void TstPgxInference::importedFunction()
{
    const pg::Result r = m_conn.exec(
        QStringLiteral("SELECT p.proowner::regrole::text, has_function_privilege('public', p.oid, 'EXECUTE'), "
                       "pg_get_function_result(p.oid) FROM pg_proc p "
                       "WHERE p.pronamespace = 'pgx_inference'::regnamespace AND p.proname = $1"),
        {m_mineFn});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r.rows(), 1);
    QCOMPARE(r.text(0, 0), QStringLiteral("pgxt_mo"));   // owned by the importer
    QCOMPARE(r.boolean(0, 1), false);                      // not executable by PUBLIC
    QCOMPARE(r.text(0, 2), QStringLiteral("real[]"));
}

void TstPgxInference::sizeLimit()
{
    // Other models may be loaded (the sandbox's demo model): the limit leaves room for 3 bytes more.
    const pg::Result before = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_total_loaded_model_size()"));
    QVERIFY2(before.ok(), qPrintable(before.error().toString()));
    const qint64 base = before.integer(0, 0);
    // Only the configured limit counts: ALTER DATABASE (rolled back with the transaction), and the
    // session's value the same.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(
        "SELECT set_config('roledesk.test_limit', $1, true)"), {QString::number(base + 3)}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET pgx_inference.total_loaded_model_size_limit = %L', "
        "current_database(), current_setting('roledesk.test_limit')); END $$")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT set_config('pgx_inference.total_loaded_model_size_limit', $1, true)"),
                             {QString::number(base + 3)}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET LOCAL ROLE pgxt_sa")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_mine}));
    const pg::Result total = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_total_loaded_model_size()"));
    QVERIFY2(total.ok(), qPrintable(total.error().toString()));
    QCOMPARE(total.integer(0, 0), base + 2);
    const pg::Result status = m_conn.exec(QStringLiteral(
        "SELECT availability FROM pgx_inference.pgx_triton_model_status WHERE name = $1"), {m_mine});
    QVERIFY2(status.ok() && status.rows() == 1, qPrintable(status.error().toString()));
    QCOMPARE(status.text(0, 0), QStringLiteral("READY"));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SAVEPOINT over")));
    const pg::Result over = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {m_other});
    // The load reached the inference server, which a rollback does not undo: unload it there.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ROLLBACK TO SAVEPOINT over")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {m_mine}));
    m_conn.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().message, QStringLiteral("could not load model \"%1\"").arg(m_other));
    QVERIFY2(over.error().detail.contains(u"total_loaded_model_size_limit"), qPrintable(over.error().detail));
}

void TstPgxInference::nameRules()
{
    for (const char *bad : {".lead", "trail.", "a..b", "sp ace", "semi;colon", ""}) {
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
        const pg::Result r = m_conn.exec(
            QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x00'), '{}')"),
            {QString::fromLatin1(bad)});
        m_conn.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(!r.ok(), bad);
        QVERIFY2(r.error().message.contains(u"invalid model name"), qPrintable(r.error().message));
    }
    // Unique names.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
    const pg::Result dup = m_conn.exec(
        QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x00'), '{}')"), {m_mine});
    m_conn.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().message.contains(u"already exists"), qPrintable(dup.error().message));
    // Limits: a 129-character name, 2 MiB of metadata.
    for (const auto &[name, metadata, what] :
         {std::tuple{QString(129, u'n'), QStringLiteral("{}"), QStringLiteral("invalid model name")},
          std::tuple{QStringLiteral("tst_big_metadata"),
                     QStringLiteral("{\"x\": \"%1\"}").arg(QString(2 * 1024 * 1024, u'x')),
                     QStringLiteral("metadata of model \"tst_big_metadata\" is too large")}}) {
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
        const pg::Result r = m_conn.exec(
            QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x00'), $2::jsonb)"),
            {name, metadata});
        m_conn.exec(QStringLiteral("ROLLBACK"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(what), qPrintable(r.error().message));
    }
    // The table's CHECK holds the same rules, also with the extension's triggers off.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET LOCAL session_replication_role = replica")));
    const pg::Result direct = m_conn.exec(QStringLiteral(
        "INSERT INTO pgx_inference.pgx_models (name, owner, model_file) VALUES ('x..y', 'postgres', 0)"));
    m_conn.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().sqlstate, QStringLiteral("23514"));
}

void TstPgxInference::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropFixture();
}

QTEST_GUILESS_MAIN(TstPgxInference)
#include "tst_pgxinference.moc"
