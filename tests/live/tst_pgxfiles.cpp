#include "tst_pgxfiles.h"

#include "sandbox.h"
#include "standinprocess.h"

#include "pg/identifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace roledesk;
using namespace roledesk::test;


pg::Error TstPgxFiles::attempt(const QString &role, const QStringList &statements, const pg::Params &params)
{
    const bool inTransaction = PQtransactionStatus(m_conn.handle()) == PQTRANS_INTRANS;
    if (inTransaction)
        m_conn.exec(QStringLiteral("SAVEPOINT attack"));
    pg::Error error = m_conn.exec(QStringLiteral("SET ROLE ") + pg::quoteIdent(role)).error();
    for (const QString &sql : statements) {
        if (!error.isNull())
            break;
        error = m_conn.exec(sql, sql.contains(u'$') ? params : pg::Params{}).error();
    }
    if (inTransaction) {
        m_conn.exec(error.isNull() ? QStringLiteral("RESET ROLE") : QStringLiteral("ROLLBACK TO SAVEPOINT attack"));
        m_conn.exec(QStringLiteral("RELEASE SAVEPOINT attack"));
    } else {
        m_conn.exec(QStringLiteral("RESET ROLE"));
    }
    return error;
}

QString TstPgxFiles::createAs(const QString &role, const QByteArray &bytes)
{
    m_conn.exec(QStringLiteral("SET ROLE ") + pg::quoteIdent(role));
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT lo_from_bytea(0, $1::bytea)"), {hexLiteral(bytes)});
    m_conn.exec(QStringLiteral("RESET ROLE"));
    if (!r.ok())
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
    return r.ok() ? r.text(0, 0) : QString();
}

int TstPgxFiles::import(const QString &role, const QString &name, const QByteArray &bytes)
{
    const QString lo = createAs(role, bytes);
    const pg::Error e = attempt(role, {QStringLiteral("SELECT pgx_inference.pgx_import_model($1, $2::oid, '{\"dimension\": 8}')")},
                                {name, lo});
    if (lo.isEmpty() || !e.isNull()) {
        QTest::qFail(qPrintable(QStringLiteral("import of %1 failed: %2").arg(name, e.toString())), __FILE__, __LINE__);
        return -1;
    }
    return int(queryColumn(m_conn, QStringLiteral("SELECT id FROM pgx_inference.pgx_models WHERE name = $1"), {name}).value(0).toInt());
}

quint32 TstPgxFiles::modelFile(const QString &name)
{
    const pg::Result r = m_conn.exec(QStringLiteral("SELECT model_file FROM pgx_inference.pgx_models WHERE name = $1"), {name});
    return r.ok() && r.rows() == 1 ? r.oid(0, 0) : 0;
}

QStringList TstPgxFiles::databaseState()
{
    return queryColumn(m_conn, QStringLiteral(
        "SELECT 'role ' || rolname || ' ' || concat_ws(',', rolsuper, rolinherit, rolcreaterole, rolcanlogin, rolbypassrls) "
        "  FROM pg_roles "
        "UNION ALL SELECT format('member %s of %s (admin %s)', member::regrole, roleid::regrole, admin_option) FROM pg_auth_members "
        "UNION ALL SELECT format('model %s %s owner %s file %s size %s loaded %s metadata %s', id, name, owner, model_file, "
        "                        size, loaded, metadata) FROM pgx_inference.pgx_models "
        "UNION ALL SELECT format('function %s owner %s acl %s', p.oid::regprocedure, p.proowner::regrole, p.proacl) "
        "  FROM pg_proc p WHERE p.pronamespace = 'pgx_inference'::regnamespace "
        "UNION ALL SELECT format('upload %s owner %s size %s', u.file, u.owner, u.size) FROM pgx_inference.pgx_uploads u "
        "UNION ALL SELECT format('large object %s owner %s acl %s md5 %s', l.oid, l.lomowner::regrole, l.lomacl, "
        "                        md5(lo_get(l.oid))) FROM pg_largeobject_metadata l "
        "ORDER BY 1"));
}

QStringList TstPgxFiles::repositoryFiles() const
{
    QStringList rows;
    for (const QString &entry : listFiles(m_repository)) {
        const QFileInfo fi(QDir(m_repository).filePath(entry));
        const QString type = fi.isSymLink() ? QStringLiteral("link to ") + fi.symLinkTarget()
                             : fi.isDir()   ? QStringLiteral("folder")
                                            : QStringLiteral("file");
        QString hash;
        if (fi.isFile() && !fi.isSymLink())
            hash = QString::fromLatin1(QCryptographicHash::hash(readFile(fi.filePath()), QCryptographicHash::Md5).toHex());
        rows << QStringLiteral("path %1 %2 uid %3 mode %4 size %5 mtime %6 %7")
                    .arg(entry, type)
                    .arg(fi.ownerId()).arg(int(fi.permissions()), 0, 16).arg(fi.size())
                    .arg(fi.lastModified().toMSecsSinceEpoch()).arg(hash);
    }
    return rows;
}

QString TstPgxFiles::serverState(const QString &model) const
{
    const HttpReply reply = httpPost(m_url.resolved(QUrl(QStringLiteral("/v2/repository/index"))), "{}");
    for (const QJsonValue &row : QJsonDocument::fromJson(reply.body).array())
        if (row.toObject().value(u"name").toString() == model)
            return row.toObject().value(u"state").toString();
    return {};
}

void TstPgxFiles::initTestCase()
{
    QString why;
    QVERIFY2(sandboxConfigured(&why), qPrintable(why));
    m_url = QUrl(qEnvironmentVariable("ROLEDESK_STANDIN_URL"));
    m_repository = qEnvironmentVariable("ROLEDESK_STANDIN_REPOSITORY");
    QVERIFY2(!m_url.isEmpty() && !m_repository.isEmpty(),
             "ROLEDESK_STANDIN_URL / ROLEDESK_STANDIN_REPOSITORY are not set: the sandbox runs without the KServe "
             "stand-in (build roledesk-kserve-standin, restart the sandbox, eval its env)");
    QVERIFY2(ownedBySandboxServer(m_repository), qPrintable(m_repository));
    QVERIFY(openSandbox(m_conn, m_db));
    m_conn.setNoticeHandler([this](const pg::Error &e) { m_notices << e.message; });
    const pg::Result owner = m_conn.exec(QStringLiteral(
        "SELECT extowner::regrole::text FROM pg_extension WHERE extnamespace = to_regnamespace('pgx_inference')"));
    QVERIFY2(owner.ok() && owner.rows() == 1, "pgx_inference_ce is not installed in roledesk_models");
    m_extensionOwner = owner.text(0, 0);
    const pg::Result compat = m_conn.exec(QStringLiteral("SHOW lo_compat_privileges"));
    QVERIFY2(compat.ok() && compat.text(0, 0) == u"off", "lo_compat_privileges is on: every role may write every large object");
    cleanupTestCase();
    for (const QString &role : kRoles)
        QVERIFY(execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    for (const QString &role : {kOwner, kOwner2})
        QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, 'model_owner')"), {role}));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, 'system_administrator')"), {kAdmin}));
    QVERIFY(execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO %1").arg(kFriend)));
}

void TstPgxFiles::init()
{
    m_conn.exec(QStringLiteral("ROLLBACK"));
    m_conn.exec(QStringLiteral("RESET ALL"));
    m_baseline = counts();
    m_notices.clear();
}

void TstPgxFiles::removeModels()
{
    m_conn.exec(QStringLiteral("ROLLBACK"));
    m_conn.exec(QStringLiteral("RESET ALL"));
    dropModelFixture(m_conn, kModels, {});
    // Uploads the tests left (their large objects go with them).
    m_conn.exec(QStringLiteral("DELETE FROM pgx_inference.pgx_uploads WHERE owner::text = ANY ($1::text[])"),
                {QStringLiteral("{%1}").arg(kRoles.join(u','))});
    for (const QString &model : kModels)
        QDir(folder(model)).removeRecursively();
    QFile::remove(folder(QStringLiteral("pgxf_link")));
}

void TstPgxFiles::cleanup()
{
    // Each test's models go, and with them every large object and function they brought: none leaked.
    removeModels();
    QCOMPARE(counts(), m_baseline);
}

void TstPgxFiles::fileTakenOver()
{
    // The importer shares its large object (with a role and with PUBLIC), then imports it.
    const QByteArray bytes = QByteArrayLiteral("ONNX? no: twenty-nine bytes..");
    const QString lo = createAs(kOwner, bytes);
    QVERIFY(attempt(kOwner, {QStringLiteral("GRANT SELECT ON LARGE OBJECT %1 TO %2").arg(lo, kFriend),
                             QStringLiteral("GRANT SELECT, UPDATE ON LARGE OBJECT %1 TO PUBLIC").arg(lo)}).isNull());
    const QString grantees = QStringLiteral(
        "SELECT string_agg(DISTINCT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, ',') "
        "  FROM pg_largeobject_metadata l, aclexplode(l.lomacl) a WHERE l.oid = $1::oid AND a.grantee <> l.lomowner");
    QCOMPARE(queryColumn(m_conn, grantees, {lo}), QStringList{QStringLiteral("PUBLIC,") + kFriend});
    const pg::Error imported = attempt(kOwner, {QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_a', $1::oid)")}, {lo});
    QVERIFY2(imported.isNull(), qPrintable(imported.toString()));
    const QString file = QString::number(modelFile(QStringLiteral("pgxf_a")));

    // Owned by the extension owner.
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT lomowner::regrole::text FROM pg_largeobject_metadata WHERE oid = $1::oid"),
                         {file}), QStringList{m_extensionOwner});
    QCOMPARE(queryColumn(m_conn, grantees, {file}), QStringList{QString()}); // nobody else holds a privilege on it

    struct Attack { QString role; QString sql; QString mentions; }; // each refused with 42501
    const QString named = QStringLiteral("large object ") + file;
    const Attack attacks[] = {
        {kOwner, QStringLiteral("SELECT lo_put(%1, 0, '\\xff')"), named},
        {kOwner, QStringLiteral("SELECT lowrite(lo_open(%1, 131072), '\\xff')"), named},
        {kOwner, QStringLiteral("GRANT SELECT ON LARGE OBJECT %1 TO pgxf_friend"), named},
        {kOwner, QStringLiteral("GRANT UPDATE ON LARGE OBJECT %1 TO pgxf_mo"), named},
        {kOwner, QStringLiteral("SELECT lo_unlink(%1)"), QStringLiteral("must be owner of ") + named},
        {kOwner, QStringLiteral("ALTER LARGE OBJECT %1 OWNER TO pgxf_mo"), QStringLiteral("must be owner of ") + named},
        {kOwner, QStringLiteral("SELECT lo_get(%1)"), named},
        {kOwner, QStringLiteral("SELECT loread(lo_open(%1, 262144), 100)"), named},
        {kFriend, QStringLiteral("SELECT lo_get(%1)"), named},
        {kFriend, QStringLiteral("SELECT lo_put(%1, 0, '\\xff')"), named},
        {kOwner2, QStringLiteral("SELECT lo_get(%1)"), named},
        {kAdmin, QStringLiteral("SELECT lo_unlink(%1)"), named},
    };
    const QStringList before = state();
    for (const Attack &a : attacks) {
        const QString sql = a.sql.arg(file);
        const QString why = refusalProblem(attempt(a.role, {sql}), "42501", {a.mentions});
        QVERIFY2(why.isEmpty(), qPrintable(a.role + QStringLiteral(": ") + sql + QStringLiteral(": ") + why));
        QCOMPARE(state(), before);
    }
    // The intended way still works: the owner reads its model's file through the extension.
    QCOMPARE(queryAs(kOwner, QStringLiteral("SELECT pgx_inference.pgx_get_model_file('pgxf_a')")), QStringList{hexLiteral(bytes)});
}

void TstPgxFiles::descriptorOpenedBeforeImport()
{
    // A descriptor opened for writing before the import (by the importer in the importing
    // transaction, or by a role it had shared the object with, in a transaction still open)
    // must not reach the model's file afterwards: the file and its recorded size stay as imported.
    const QByteArray bytes = QByteArrayLiteral("imported bytes");
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET LOCAL ROLE pgxf_mo")));
    const pg::Result lo = m_conn.exec(QStringLiteral("SELECT lo_from_bytea(0, $1::bytea)"), {hexLiteral(bytes)});
    QVERIFY2(lo.ok(), qPrintable(lo.error().toString()));
    const pg::Result fd = m_conn.exec(QStringLiteral("SELECT lo_open($1::oid, 393216)"), {lo.text(0, 0)});
    QVERIFY2(fd.ok(), qPrintable(fd.error().toString()));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_a', $1::oid)"), {lo.text(0, 0)}));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SAVEPOINT late_write")));
    const pg::Result ownWrite = m_conn.exec(QStringLiteral("SELECT lo_lseek($1::int, 0, 2), lowrite($1::int, '\\xbad0')"),
                                            {fd.text(0, 0)});
    m_conn.exec(ownWrite.ok() ? QStringLiteral("RELEASE SAVEPOINT late_write") : QStringLiteral("ROLLBACK TO SAVEPOINT late_write"));
    QVERIFY(execOrFail(m_conn, QStringLiteral("COMMIT")));

    const QString shared = createAs(kOwner, bytes);
    QVERIFY(attempt(kOwner, {QStringLiteral("GRANT SELECT, UPDATE ON LARGE OBJECT %1 TO %2").arg(shared, kFriend)}).isNull());
    pg::Connection friendConn;
    QVERIFY(openSandbox(friendConn, m_db, kFriend));
    QVERIFY(execOrFail(friendConn, QStringLiteral("BEGIN")));
    const pg::Result friendFd = friendConn.exec(QStringLiteral("SELECT lo_open($1::oid, 393216)"), {shared});
    QVERIFY2(friendFd.ok(), qPrintable(friendFd.error().toString()));
    // The import commits while the friend's transaction keeps its descriptor; then the friend writes.
    const pg::Error b = attempt(kOwner, {QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_b', $1::oid)")}, {shared});
    QVERIFY2(b.isNull(), qPrintable(b.toString()));
    friendConn.exec(QStringLiteral("SELECT lo_lseek($1::int, 0, 2), lowrite($1::int, '\\xbad1')"), {friendFd.text(0, 0)});
    friendConn.exec(QStringLiteral("COMMIT"));

    // Both files hold what was imported, and their recorded sizes are their sizes.
    const QStringList imported = {QStringLiteral("%1 size %2").arg(hexLiteral(bytes)).arg(bytes.size())};
    for (const QString &model : {QStringLiteral("pgxf_a"), QStringLiteral("pgxf_b")})
        QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT format('%s size %s', lo_get(model_file), size) "
                                                    "FROM pgx_inference.pgx_models WHERE name = $1"), {model}), imported);
    QVERIFY2(!ownWrite.ok(), "the importer's descriptor still wrote after the import");
    QVERIFY2(ownWrite.error().message.contains(u"large-object descriptor"), qPrintable(ownWrite.error().toString()));
}

void TstPgxFiles::foreignLargeObjects()
{
    QVERIFY(import(kOwner, QStringLiteral("pgxf_a"), "a") > 0);
    QVERIFY(import(kOwner2, QStringLiteral("pgxf_b"), "b") > 0);
    const QString fileA = QString::number(modelFile(QStringLiteral("pgxf_a")));
    const QString fileB = QString::number(modelFile(QStringLiteral("pgxf_b")));
    const QString other = createAs(kOwner2, "theirs");

    struct Attack { QString role; QString sql; const char *sqlstate; QStringList mentions; };
    const auto named = [](const QString &lo) { return QStringLiteral("large object ") + lo; };
    const QString dup = QStringLiteral("pgxf_dup");
    const Attack attacks[] = {
        // Someone else's large object, a large object that is another model's file, or its own
        // model's file again: a model owner may import or update with none of them.
        {kOwner, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_dup', %1)").arg(other), "42501", {named(other), dup}},
        {kOwner, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_dup', %1)").arg(fileB), "42501", {named(fileB), dup}},
        {kOwner, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_dup', %1)").arg(fileA), "42501", {named(fileA), dup}},
        {kOwner, QStringLiteral("INSERT INTO pgx_inference.pgx_models (name, model_file) VALUES ('pgxf_dup', %1)").arg(other),
         "42501", {named(other), dup}},
        {kOwner, QStringLiteral("SELECT pgx_inference.pgx_update_model('pgxf_a', %1)").arg(other), "42501", {named(other), QStringLiteral("pgxf_a")}},
        {kOwner, QStringLiteral("SELECT pgx_inference.pgx_update_model('pgxf_a', %1)").arg(fileB), "42501", {named(fileB), QStringLiteral("pgxf_a")}},
        // One file per model, even for a superuser.
        {m_extensionOwner, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_dup', %1)").arg(fileA), "23505",
         {named(fileA), QStringLiteral("already the file of another model")}},
        {m_extensionOwner, QStringLiteral("SELECT pgx_inference.pgx_update_model('pgxf_b', %1)").arg(fileA), "23505",
         {named(fileA), QStringLiteral("already the file of another model")}},
    };
    const QStringList before = state();
    for (const Attack &a : attacks) {
        const QString why = refusalProblem(attempt(a.role, {a.sql}), a.sqlstate, a.mentions);
        QVERIFY2(why.isEmpty(), qPrintable(a.role + QStringLiteral(": ") + a.sql + QStringLiteral(": ") + why));
        QCOMPARE(state(), before);
    }
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT lo_unlink(%1)").arg(other)));
}

void TstPgxFiles::fileFunctionOnlyForItsOwner()
{
    const QByteArray bytes = QByteArrayLiteral("file of a");
    const int id = import(kOwner, QStringLiteral("pgxf_a"), bytes);
    QVERIFY(id > 0);
    QVERIFY(import(kOwner2, QStringLiteral("pgxf_b"), "b") > 0);
    const QString fn = QStringLiteral("pgx_model_%1_file").arg(id);
    const QString signature = QStringLiteral("pgx_inference.%1(bigint, integer)").arg(fn);
    // Only the importer: not the other model owner, the system administrator or the friend.
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT r FROM unnest($1::text[]) r WHERE has_function_privilege(r, $2, 'EXECUTE')"),
                         {QStringLiteral("{%1}").arg(kRoles.join(u',')), signature}), QStringList{kOwner});

    const QString direct = QStringLiteral("SELECT pgx_inference.%1(0, 100)").arg(fn);
    const QString entry = QStringLiteral("SELECT pgx_inference.pgx_read_model_file('pgxf_a', 0, 100)");
    const QString noEntry = QStringLiteral("permission denied for function pgx_read_model_file");
    const std::pair<QString, QString> refusedEntry[] = {
        {kOwner2, QStringLiteral("permission denied to read the file of model \"pgxf_a\"")}, {kAdmin, noEntry}, {kFriend, noEntry}};
    QStringList before = state();
    for (const auto &[role, message] : refusedEntry) {
        QString why = refusalProblem(attempt(role, {direct}), "42501", {QStringLiteral("permission denied for function ") + fn});
        QVERIFY2(why.isEmpty(), qPrintable(role + QStringLiteral(": ") + why));
        why = refusalProblem(attempt(role, {entry}), "42501", {message});
        QVERIFY2(why.isEmpty(), qPrintable(role + QStringLiteral(": ") + why));
        QCOMPARE(state(), before);
    }
    QVERIFY(attempt(kOwner, {direct}).isNull());

    // The importer loses model_owner (straight REVOKE, not pgx_revoke_model_role): no way to the file remains.
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("REVOKE pgx_model_owner FROM pgxf_mo")));
    before = state();
    QString why = refusalProblem(attempt(kOwner, {entry}), "42501", {QStringLiteral("pgx_read_model_file")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    why = refusalProblem(attempt(kOwner, {QStringLiteral("SELECT pgx_inference.pgx_get_model_file('pgxf_a')")}), "42501",
                  {QStringLiteral("pgx_get_model_file")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const pg::Error e = attempt(kOwner, {direct});
    why = refusalProblem(e, "42501", {QStringLiteral("permission denied to read the file of model \"pgxf_a\"")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(e.detail.contains(kOwner) && e.detail.contains(u"model_owner"), qPrintable(e.toString()));
    QCOMPARE(state(), before);
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QVERIFY(attempt(kOwner, {direct}).isNull()); // back with the role
}

void TstPgxFiles::sizeMeasuredAtLoad()
{
    const QByteArray bytes(64, 'm');
    QVERIFY(import(kOwner, QStringLiteral("pgxf_a"), bytes) > 0);
    const QString file = QString::number(modelFile(QStringLiteral("pgxf_a")));
    const pg::Result total = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_total_loaded_model_size()"));
    QVERIFY2(total.ok(), qPrintable(total.error().toString()));
    const qint64 limit = total.integer(0, 0) + bytes.size(); // the file fits exactly, one more byte does not
    const QString setting = QStringLiteral("pgx_inference.total_loaded_model_size_limit");

    // Configured the only way the extension accepts (the database's setting), rolled back at the end;
    // the session's own value must agree with it.
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    QVERIFY(execOrFail(m_conn, QStringLiteral("ALTER DATABASE %1 SET %2 = %3").arg(pg::quoteIdent(m_db), setting).arg(limit)));
    QVERIFY(execOrFail(m_conn, QStringLiteral("SET %1 = %2").arg(setting).arg(limit)));
    const QString load = QStringLiteral("SELECT pgx_inference.pgx_load_model('pgxf_a')");
    const QString unload = QStringLiteral("SELECT pgx_inference.pgx_unload_model('pgxf_a')");
    const pg::Error fits = attempt(kAdmin, {load, unload});
    QVERIFY2(fits.isNull(), qPrintable(fits.toString())); // at its imported size the model loads

    // A superuser grows the file after the import: the load measures it again.
    QVERIFY(execOrFail(m_conn, QStringLiteral("SELECT lo_put(%1, %2, '\\x00')").arg(file).arg(bytes.size())));
    const QStringList before = state();
    pg::Error e = attempt(kAdmin, {load});
    QString why = refusalProblem(e, "54000", {QStringLiteral("could not load model \"pgxf_a\"")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(e.detail.contains(QString::number(bytes.size() + 1)) && e.detail.contains(QString::number(limit))
                 && e.detail.contains(setting), qPrintable(e.detail));
    QCOMPARE(state(), before);

    // A session value that differs from the configured one is refused, whoever sets it and however.
    const QStringList differing[] = {
        {QStringLiteral("SET %1 = ''").arg(setting), load},
        {QStringLiteral("SELECT set_config('%1', '0', false)").arg(setting), load},
        {QStringLiteral("SELECT set_config('%1', '%2', true)").arg(setting).arg(limit * 2), load},
    };
    for (const QString &role : {kAdmin, m_extensionOwner}) {
        for (const QStringList &statements : differing) {
            e = attempt(role, statements);
            why = refusalProblem(e, "42501", {setting, QStringLiteral("differs from its configured value")});
            QVERIFY2(why.isEmpty(), qPrintable(role + QStringLiteral(": ") + statements.first() + QStringLiteral(": ") + why));
            QCOMPARE(state(), before);
        }
    }
    const pg::Result loaded = m_conn.exec(QStringLiteral("SELECT loaded FROM pgx_inference.pgx_models WHERE name = 'pgxf_a'"));
    QVERIFY(loaded.ok() && !loaded.boolean(0, 0));
    QVERIFY(!QFileInfo::exists(folder(QStringLiteral("pgxf_a"))));
    QVERIFY(serverState(QStringLiteral("pgxf_a")) != u"READY");
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    const pg::Result configured = m_conn.exec(QStringLiteral(
        "SELECT count(*) FROM pg_db_role_setting, unnest(setconfig) c WHERE c LIKE 'pgx_inference.total_loaded%'"));
    QVERIFY(configured.ok() && configured.integer(0, 0) == 0);
}

void TstPgxFiles::foreignFolder()
{
    // Someone else's folder, named like a model and served by the inference server.
    const QString squat = QStringLiteral("pgxf.squat");
    QVERIFY(writeStandinModel(m_repository, squat, 8));
    QVERIFY(chownToSandboxServer(folder(squat)));
    QCOMPARE(httpPost(m_url.resolved(QUrl(QStringLiteral("/v2/repository/models/pgxf.squat/load"))), "{}").status, 200);
    QCOMPARE(serverState(squat), QStringLiteral("READY"));
    QVERIFY(import(kOwner, squat, "namesake") > 0);
    const QString load = QStringLiteral("SELECT pgx_inference.pgx_load_model($1)");
    const QString unload = QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)");

    // A marker of this model's id from another database of the cluster makes it no more ours.
    const pg::Result marker = m_conn.exec(QStringLiteral(
        "SELECT format('pgx_inference_ce %s %s %s', c.system_identifier, d.oid, m.id), pgx_inference.pgx_marker(m.id) "
        "  FROM pg_control_system() c, pg_database d, pgx_inference.pgx_models m "
        " WHERE d.datname = 'postgres' AND m.name = $1"), {squat});
    QVERIFY2(marker.ok() && marker.rows() == 1, qPrintable(marker.error().toString()));
    QVERIFY(marker.text(0, 0) != marker.text(0, 1));
    for (const bool withOthersMarker : {false, true}) {
        if (withOthersMarker) {
            QVERIFY(writeFile(folder(squat) + QStringLiteral("/.pgx_inference_ce"), marker.text(0, 0).toUtf8()));
            QVERIFY(chownToSandboxServer(folder(squat)));
        }
        const QStringList before = state();
        // Unload of the never-loaded model: the folder stays as it is, and the server is not asked.
        m_notices.clear();
        const pg::Error unloaded = attempt(kAdmin, {unload}, {squat});
        QVERIFY2(unloaded.isNull(), qPrintable(unloaded.toString()));
        QVERIFY2(m_notices.join(u'\n').contains(folder(squat)) && m_notices.join(u'\n').contains(u"left alone"),
                 qPrintable(m_notices.join(u'\n')));
        QCOMPARE(state(), before);
        QCOMPARE(serverState(squat), QStringLiteral("READY"));
        // Load is refused, naming the folder.
        const QString why = refusalProblem(attempt(kAdmin, {load}, {squat}), "58030",
                                    {QStringLiteral("could not load model \"pgxf.squat\""), folder(squat),
                                     QStringLiteral("was not made by pgx_inference_ce")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(state(), before);
        QCOMPARE(serverState(squat), QStringLiteral("READY"));
    }

    // A folder that is a link to another folder, even one carrying this model's own marker.
    QTemporaryDir victim;
    QVERIFY(victim.isValid());
    QFile::setPermissions(victim.path(), QFile::permissions(victim.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    const QString link = QStringLiteral("pgxf_link");
    const int linkId = import(kOwner, link, "linked");
    QVERIFY(linkId > 0);
    const pg::Result own = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_marker($1)"), {linkId});
    QVERIFY(own.ok());
    QVERIFY(QDir(victim.path()).mkdir(QStringLiteral("1")));
    QVERIFY(writeFile(victim.filePath(QStringLiteral(".pgx_inference_ce")), own.text(0, 0).toUtf8()));
    QVERIFY(writeFile(victim.filePath(QStringLiteral("config.pbtxt")), "someone's config"));
    QVERIFY(chownToSandboxServer(victim.path()));
    QVERIFY(QFile::link(victim.path(), folder(link)));
    QVERIFY(chownToSandboxServer(folder(link)));
    const QStringList victimBefore = listFiles(victim.path());
    const QStringList before = state();
    QString why = refusalProblem(attempt(kAdmin, {load}, {link}), "58030", {folder(link), QStringLiteral("was not made by pgx_inference_ce")});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(attempt(kAdmin, {unload}, {link}).isNull());
    QCOMPARE(state(), before);
    QCOMPARE(listFiles(victim.path()), victimBefore);
    QCOMPARE(readFile(victim.filePath(QStringLiteral("config.pbtxt"))), QByteArray("someone's config"));
}

void TstPgxFiles::markedFolder()
{
    const QString name = QStringLiteral("pgxf_marked");
    const QByteArray bytes = QByteArrayLiteral("the marked model's file");
    const int id = import(kOwner, name, bytes);
    QVERIFY(id > 0);
    const auto outside = [&name](QStringList rows) {
        rows.removeIf([&name](const QString &row) {
            return row.startsWith(QStringLiteral("path %1 ").arg(name)) || row.startsWith(QStringLiteral("path %1/").arg(name));
        });
        return rows;
    };
    const QStringList others = outside(repositoryFiles());
    const QString load = QStringLiteral("SELECT pgx_inference.pgx_load_model('pgxf_marked')");
    const QString unload = QStringLiteral("SELECT pgx_inference.pgx_unload_model('pgxf_marked')");
    const pg::Error loaded = attempt(kAdmin, {load});
    QVERIFY2(loaded.isNull(), qPrintable(loaded.toString()));
    QCOMPARE(listFiles(folder(name)), (QStringList{QStringLiteral(".pgx_inference_ce"), QStringLiteral("1"),
                                                 QStringLiteral("1/model.onnx"), QStringLiteral("config.pbtxt")}));
    const pg::Result marker = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_marker($1)"), {id});
    QVERIFY(marker.ok());
    QCOMPARE(readFile(folder(name) + QStringLiteral("/.pgx_inference_ce")), marker.text(0, 0).toUtf8());
    QCOMPARE(readFile(folder(name) + QStringLiteral("/1/model.onnx")), bytes);
    QVERIFY(ownedBySandboxServer(folder(name) + QStringLiteral("/1/model.onnx")));
    QCOMPARE(serverState(name), QStringLiteral("READY"));

    // Someone adds files of its own to the model's folder: unload removes exactly the extension's.
    QVERIFY(writeFile(folder(name) + QStringLiteral("/notes.txt"), "mine"));
    QVERIFY(writeFile(folder(name) + QStringLiteral("/1/extra.bin"), "mine too"));
    QVERIFY(chownToSandboxServer(folder(name)));
    QVERIFY(attempt(kAdmin, {unload}).isNull());
    QCOMPARE(listFiles(folder(name)), (QStringList{QStringLiteral("1"), QStringLiteral("1/extra.bin"), QStringLiteral("notes.txt")}));
    QCOMPARE(readFile(folder(name) + QStringLiteral("/notes.txt")), QByteArray("mine"));
    QCOMPARE(readFile(folder(name) + QStringLiteral("/1/extra.bin")), QByteArray("mine too"));
    QVERIFY(serverState(name) != u"READY");
    QCOMPARE(outside(repositoryFiles()), others);

    // Alone in its folder, load then unload leave nothing behind.
    QVERIFY(QDir(folder(name)).removeRecursively());
    QVERIFY(attempt(kAdmin, {load}).isNull());
    QVERIFY(attempt(kAdmin, {unload}).isNull());
    QVERIFY(!QFileInfo::exists(folder(name)));
    QCOMPARE(repositoryFiles(), others);
}

void TstPgxFiles::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    removeModels();
    httpPost(m_url.resolved(QUrl(QStringLiteral("/v2/repository/models/pgxf.squat/unload"))), "{}");
    dropModelFixture(m_conn, kModels, kRoles);
}

QTEST_GUILESS_MAIN(TstPgxFiles)
#include "tst_pgxfiles.moc"
