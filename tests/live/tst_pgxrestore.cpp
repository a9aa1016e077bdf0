#include "sandbox.h"
#include "scratchcluster.h"

#include "pg/identifier.h"

#include <QRandomGenerator>
#include <QTest>

using namespace roledesk;
using namespace roledesk::test;

/// pgx_inference_ce survives pg_dumpall -g + pg_dump / pg_restore into a new cluster whose roles
/// have other OIDs: the same roles hold the model roles, the models keep their owners (by name),
/// the model user keeps its EXECUTE on the model's function, the owner reads back the same file,
/// loaded models come back unloaded, and the next import takes a new id. Runs a second
/// PostgreSQL 15 cluster of its own in a temporary folder.
class TstPgxRestore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dumpAndRestore();
    void cleanupTestCase();

private:
    void dropSource();
    bool prepareSource(QHash<QString, int> *ids);

    pg::Connection m_conn; // the sandbox's postgres database, as the superuser
};

namespace {

const QString kDb = QStringLiteral("roledesk_pgxrestore");
// Capitals, dots, spaces, quotes and non-ASCII letters: names that only survive when every layer quotes them.
const QString kOwnerA = QStringLiteral("Mo \"x\".\u00fc");
const QString kOwnerB = QStringLiteral("pgxr.Owner Two");
const QString kAdmin = QStringLiteral("pgxr Sys'Admin");
const QString kUser = QStringLiteral("pgxr \u00dcser \u6a21\u578b");
const QStringList kRoles = {kOwnerA, kOwnerB, kAdmin, kUser};

QString randomBytesHex(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(20240601);
    for (char &c : bytes)
        c = char(gen.bounded(256));
    return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex());
}

} // namespace

void TstPgxRestore::dropSource()
{
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDb));
    for (const QString &role : kRoles)
        m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(role));
}

void TstPgxRestore::initTestCase()
{
    QString why;
    QVERIFY2(ScratchCluster::usable(&why), qPrintable(why));
    QVERIFY(openSandbox(m_conn, QStringLiteral("postgres")));
    dropSource();
}

// A scratch database of the sandbox with two model owners' models (one loaded, one deleted so that
// the ids have a gap), a system administrator and a model user; \a ids maps model names to ids.
bool TstPgxRestore::prepareSource(QHash<QString, int> *ids)
{
    for (const QString &role : kRoles)
        if (!execOrFail(m_conn, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(pg::quoteIdent(role))))
            return false;
    if (!execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1").arg(kDb)))
        return false;
    pg::Connection db;
    if (!openSandbox(db, kDb) || !execOrFail(db, QStringLiteral("CREATE EXTENSION plpython3u"))
        || !execOrFail(db, QStringLiteral("CREATE EXTENSION pgx_inference_ce")))
        return false;
    const QString grant = QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, $2)");
    if (!execOrFail(db, grant, {kOwnerA, QStringLiteral("model_owner")}) || !execOrFail(db, grant, {kOwnerB, QStringLiteral("model_owner")})
        || !execOrFail(db, grant, {kAdmin, QStringLiteral("system_administrator")})
        || !execOrFail(db, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO %1").arg(pg::quoteIdent(kUser))))
        return false;
    const struct { QString owner; QString model; QString bytes; } imports[] = {
        {kOwnerA, QStringLiteral("pgxr.alpha"), randomBytesHex(300 * 1024)}, // spans many large-object pages
        {kOwnerB, QStringLiteral("pgxr-beta"), QStringLiteral("\\x00ff0a0d")},
        {kOwnerA, QStringLiteral("pgxr_gone"), QStringLiteral("\\x01")},
    };
    for (const auto &i : imports) {
        if (!execOrFail(db, QStringLiteral("SET ROLE ") + pg::quoteIdent(i.owner)))
            return false;
        const pg::Result r = db.exec(QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, $2::bytea), "
                                                    "jsonb_build_object('by', $3::text, 'dimension', 8))"),
                                     {i.model, i.bytes, i.owner});
        db.exec(QStringLiteral("RESET ROLE"));
        if (!r.ok()) {
            QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
            return false;
        }
        ids->insert(i.model, int(r.integer(0, 0)));
    }
    return execOrFail(db, QStringLiteral("SELECT pgx_inference.pgx_drop_model('pgxr_gone')"))
           && execOrFail(db, QStringLiteral("SET ROLE ") + pg::quoteIdent(kOwnerA))
           && execOrFail(db, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.pgx_embedding_%1(text) TO %2")
                                 .arg(ids->value(QStringLiteral("pgxr.alpha"))).arg(pg::quoteIdent(kUser)))
           && execOrFail(db, QStringLiteral("SET ROLE ") + pg::quoteIdent(kAdmin))
           && execOrFail(db, QStringLiteral("SELECT pgx_inference.pgx_load_model('pgxr.alpha')"))
           && execOrFail(db, QStringLiteral("RESET ROLE"));
}

void TstPgxRestore::dumpAndRestore()
{
    QHash<QString, int> ids;
    QVERIFY(prepareSource(&ids));
    const int alpha = ids.value(QStringLiteral("pgxr.alpha"));
    const int beta = ids.value(QStringLiteral("pgxr-beta"));
    const int nextId = ids.value(QStringLiteral("pgxr_gone")) + 1;
    pg::Connection source;
    QVERIFY(openSandbox(source, kDb));
    // What must come back, by name: memberships, models (owner, file, metadata), and the file's bytes.
    const QString memberships = QStringLiteral(
        "SELECT format('%s in %s', m.rolname, g.rolname) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
        "  JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname LIKE 'pgx\\_%' AND m.rolname = ANY ($1::text[]) ORDER BY 1");
    const QString rolesArray = QStringLiteral("{%1}").arg([] {
        QStringList quoted;
        for (const QString &r : kRoles)
            quoted << u'"' + QString(r).replace(u'"', QStringLiteral("\\\"")) + u'"';
        return quoted.join(u',');
    }());
    const QString models = QStringLiteral(
        "SELECT format('%s %s owner=%s size=%s metadata=%s md5=%s', m.id, m.name, pg_get_userbyid(m.owner), m.size, m.metadata, "
        "              md5(lo_get(m.model_file))) FROM pgx_inference.pgx_models m ORDER BY m.id");
    const QString roleOids = QStringLiteral("SELECT format('%s=%s', rolname, oid) FROM pg_roles WHERE rolname = ANY ($1::text[]) ORDER BY 1");
    const QStringList sourceMembers = queryColumn(source, memberships, {rolesArray});
    const QStringList sourceModels = queryColumn(source, models);
    const QStringList sourceOids = queryColumn(source, roleOids, {rolesArray});
    QCOMPARE(sourceMembers.size(), 3);
    QCOMPARE(sourceModels.size(), 2);
    QCOMPARE(queryColumn(source, QStringLiteral("SELECT loaded FROM pgx_inference.pgx_models WHERE id = $1"), {alpha}),
             QStringList{QStringLiteral("t")});
    const pg::Result file = source.exec(QStringLiteral("SELECT lo_get(model_file) FROM pgx_inference.pgx_models WHERE id = $1"), {alpha});
    QVERIFY(file.ok() && file.rows() == 1);
    const QString fileHex = file.text(0, 0);
    source.close();

    // The new cluster gets other roles first and ours in another order, so that every OID differs.
    ScratchCluster target;
    pg::Connection admin;
    QString why;
    QVERIFY2(target.startWithDump(kDb, &admin, &why), qPrintable(why));
    for (auto it = kRoles.crbegin(); it != kRoles.crend(); ++it)
        QVERIFY(execOrFail(admin, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(pg::quoteIdent(*it))));
    QVERIFY2(target.restoreDump(kDb, &why), qPrintable(why));

    pg::Connection restored;
    QVERIFY2(restored.open(target.options(kDb)).isNull(), "cannot connect to the restored database");
    const QStringList newOids = queryColumn(restored, roleOids, {rolesArray});
    QCOMPARE(newOids.size(), kRoles.size());
    for (const QString &oid : newOids)
        QVERIFY2(!sourceOids.contains(oid), qPrintable(QStringLiteral("%1: the same OID in both clusters").arg(oid)));
    QCOMPARE(queryColumn(restored, memberships, {rolesArray}), sourceMembers);
    QCOMPARE(queryColumn(restored, models), sourceModels);
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT format('%s loaded=%s reason=%s', name, loaded, reason) FROM pgx_inference.pgx_models "
                                             "WHERE id = $1"), {alpha}),
             QStringList{QStringLiteral("pgxr.alpha loaded=f reason=restored: a system administrator loads it again")});
    // The files are the extension owner's, shared with nobody.
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models m JOIN pg_largeobject_metadata l "
                                             "ON l.oid = m.model_file WHERE l.lomowner = (SELECT extowner FROM pg_extension "
                                             "WHERE extname = 'pgx_inference_ce') AND NOT EXISTS (SELECT 1 FROM aclexplode(l.lomacl) a "
                                             "WHERE a.grantee <> l.lomowner)")),
             QStringList{QStringLiteral("2")});

    // The model user may still use alpha (EXECUTE on its function, its metadata) and not beta.
    const QString canExecute = QStringLiteral("SELECT has_function_privilege($1, $2, 'EXECUTE')");
    QCOMPARE(queryColumn(restored, canExecute, {kUser, QStringLiteral("pgx_inference.pgx_embedding_%1(text)").arg(alpha)}),
             QStringList{QStringLiteral("t")});
    QCOMPARE(queryColumn(restored, canExecute, {kUser, QStringLiteral("pgx_inference.pgx_embedding_%1(text)").arg(beta)}),
             QStringList{QStringLiteral("f")});
    QCOMPARE(queryColumn(restored, canExecute, {kOwnerB, QStringLiteral("pgx_inference.pgx_model_%1_file(bigint, integer)").arg(alpha)}),
             QStringList{QStringLiteral("f")});
    QVERIFY(execOrFail(restored, QStringLiteral("SET ROLE ") + pg::quoteIdent(kUser)));
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT pgx_inference.pgx_get_model_metadata('pgxr.alpha') ->> 'by'")), QStringList{kOwnerA});
    const pg::Result hidden = restored.exec(QStringLiteral("SELECT pgx_inference.pgx_get_model_metadata('pgxr-beta')"));
    QCOMPARE(hidden.error().sqlstate, QStringLiteral("42501"));
    // The owner reads back the same file; the other owner may not.
    QVERIFY(execOrFail(restored, QStringLiteral("SET ROLE ") + pg::quoteIdent(kOwnerA)));
    QVERIFY2(queryColumn(restored, QStringLiteral("SELECT pgx_inference.pgx_get_model_file('pgxr.alpha')")) == QStringList{fileHex},
             "the restored model file differs");
    QVERIFY(execOrFail(restored, QStringLiteral("SET ROLE ") + pg::quoteIdent(kOwnerB)));
    const pg::Result foreignFile = restored.exec(QStringLiteral("SELECT pgx_inference.pgx_get_model_file('pgxr.alpha')"));
    QCOMPARE(foreignFile.error().sqlstate, QStringLiteral("42501"));

    // The first import after the restore takes the next id of the dumped sequence.
    const pg::Result next = restored.exec(QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxr.after', lo_from_bytea(0, '\\x02'))"));
    QVERIFY2(next.ok(), qPrintable(next.error().toString()));
    QCOMPARE(int(next.integer(0, 0)), nextId);
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE oid = $1::regprocedure"),
                    {QStringLiteral("pgx_inference.pgx_embedding_%1(text)").arg(nextId)}),
             QStringList{kOwnerB});
    QVERIFY(execOrFail(restored, QStringLiteral("RESET ROLE")));
    restored.close();
    admin.close();
}

void TstPgxRestore::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropSource();
}

QTEST_GUILESS_MAIN(TstPgxRestore)
#include "tst_pgxrestore.moc"
