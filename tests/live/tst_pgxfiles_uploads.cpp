#include "tst_pgxfiles.h"

using namespace roledesk;
using namespace roledesk::test;

// Uploads (pgx_upload_begin, pgx_upload_write): a model file written by the extension into a large
// object of its own, part by part, and taken by the import as it is. Only the uploader may write
// or import its upload; nobody, the uploader included, holds a privilege or a descriptor on its
// large object; an imported upload is closed; a deleted or rolled-back upload leaves nothing.
void TstPgxFiles::uploads()
{
    const auto begin = [this](const QString &role) {
        return queryAs(role, QStringLiteral("SELECT pgx_inference.pgx_upload_begin()")).value(0);
    };
    const QString mine = begin(kOwner);
    const QString theirs = begin(kOwner2);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const QString write = QStringLiteral("SELECT pgx_inference.pgx_upload_write($1::oid, $2::bytea)");
    QCOMPARE(queryAs(kOwner, write, {mine, hexLiteral("first ")}), QStringList{QStringLiteral("6")});
    QCOMPARE(queryAs(kOwner, write, {mine, hexLiteral("second")}), QStringList{QStringLiteral("12")});
    // Each model owner sees its own uploads only.
    QCOMPARE(queryAs(kOwner2, QStringLiteral("SELECT file::text FROM pgx_inference.pgx_uploads")), QStringList{theirs});
    // The upload's large object is the extension owner's, without grants.
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT format('%s %s', lomowner::regrole, lomacl) FROM pg_largeobject_metadata "
                                                "WHERE oid = $1::oid"), {mine}),
             QStringList{m_extensionOwner + QStringLiteral(" ")});

    struct Attack { QString role; QString sql; QStringList mentions; }; // each refused with 42501
    const QString named = QStringLiteral("large object ") + mine;
    const QString fileOf = QStringLiteral("upload ") + mine;
    const Attack attacks[] = {
        // Someone else's upload: neither written nor imported.
        {kOwner2, QStringLiteral("SELECT pgx_inference.pgx_upload_write(%1, '\\xff')"), {fileOf}},
        {kOwner2, QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_dup', %1)"), {named, QStringLiteral("pgxf_dup")}},
        {kOwner2, QStringLiteral("INSERT INTO pgx_inference.pgx_models (name, model_file) VALUES ('pgxf_dup', %1)"), {named}},
        // Its own upload's large object, or the upload's row, are no handle for the uploader.
        {kOwner, QStringLiteral("SELECT lo_get(%1)"), {named}},
        {kOwner, QStringLiteral("SELECT lo_put(%1, 0, '\\xff')"), {named}},
        {kOwner, QStringLiteral("SELECT lowrite(lo_open(%1, 131072), '\\xff')"), {named}},
        {kOwner, QStringLiteral("GRANT SELECT ON LARGE OBJECT %1 TO pgxf_friend"), {named}},
        {kOwner, QStringLiteral("UPDATE pgx_inference.pgx_uploads SET owner = 'pgxf_mo2' WHERE file = %1"), {QStringLiteral("pgx_uploads")}},
        {kOwner, QStringLiteral("UPDATE pgx_inference.pgx_uploads SET size = 0 WHERE file = %1"), {QStringLiteral("pgx_uploads")}},
        {kOwner, QStringLiteral("UPDATE pgx_inference.pgx_uploads SET file = 0 WHERE file = %1"), {QStringLiteral("pgx_uploads")}},
        {kOwner, QStringLiteral("INSERT INTO pgx_inference.pgx_uploads (file) VALUES (%1)"), {QStringLiteral("pgx_uploads")}},
        {kOwner, QStringLiteral("TRUNCATE pgx_inference.pgx_uploads /* upload %1 */"), {QStringLiteral("pgx_uploads")}},
        // Roles without model_owner: no upload at all.
        {kFriend, QStringLiteral("SELECT pgx_inference.pgx_upload_begin() WHERE %1 > 0"), {QStringLiteral("pgx_upload_begin")}},
        {kAdmin, QStringLiteral("SELECT pgx_inference.pgx_upload_write(%1, '\\xff')"), {QStringLiteral("pgx_upload_write")}},
        {kFriend, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_uploads WHERE file = %1"), {QStringLiteral("pgx_uploads")}},
    };
    const QStringList before = state();
    for (const Attack &a : attacks) {
        const QString sql = a.sql.arg(mine);
        const QString why = refusalProblem(attempt(a.role, {sql}), "42501", a.mentions);
        QVERIFY2(why.isEmpty(), qPrintable(a.role + QStringLiteral(": ") + sql + QStringLiteral(": ") + why));
        QCOMPARE(state(), before);
    }
    // Deleting someone else's upload finds nothing to delete.
    QVERIFY(attempt(kOwner2, {QStringLiteral("DELETE FROM pgx_inference.pgx_uploads WHERE file = %1").arg(mine)}).isNull());
    QCOMPARE(state(), before);

    // Imported: the upload's large object becomes the model's file as it is (no copy), the
    // upload is closed, and the importer still holds no handle on the file.
    const pg::Error imported = attempt(kOwner, {QStringLiteral("SELECT pgx_inference.pgx_import_model('pgxf_a', $1::oid)")}, {mine});
    QVERIFY2(imported.isNull(), qPrintable(imported.toString()));
    QCOMPARE(QString::number(modelFile(QStringLiteral("pgxf_a"))), mine);
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT format('%s %s', size, lo_get(model_file)) FROM pgx_inference.pgx_models "
                                                "WHERE name = 'pgxf_a'")),
             QStringList{QStringLiteral("12 ") + hexLiteral("first second")});
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_uploads WHERE file = $1::oid"), {mine}),
             QStringList{QStringLiteral("0")});
    const QStringList afterImport = state();
    for (const QString &sql : {QStringLiteral("SELECT pgx_inference.pgx_upload_write(%1, '\\xff')"),
                               QStringLiteral("SELECT lo_put(%1, 0, '\\xff')")}) {
        const QString why = refusalProblem(attempt(kOwner, {sql.arg(mine)}), "42501", {mine});
        QVERIFY2(why.isEmpty(), qPrintable(sql + QStringLiteral(": ") + why));
    }
    QCOMPARE(state(), afterImport);
    QCOMPARE(queryAs(kOwner, QStringLiteral("SELECT pgx_inference.pgx_get_model_file('pgxf_a')")), QStringList{hexLiteral("first second")});

    // Replaced through an upload: taken as it is, the old file removed.
    const QString next = begin(kOwner);
    QCOMPARE(queryAs(kOwner, write, {next, hexLiteral("third")}), QStringList{QStringLiteral("5")});
    QVERIFY(attempt(kOwner, {QStringLiteral("SELECT pgx_inference.pgx_update_model('pgxf_a', $1::oid)")}, {next}).isNull());
    QCOMPARE(QString::number(modelFile(QStringLiteral("pgxf_a"))), next);
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = $1::oid"), {mine}),
             QStringList{QStringLiteral("0")});

    // A deleted upload, and one whose transaction rolled back, leave no large object.
    QVERIFY(attempt(kOwner2, {QStringLiteral("DELETE FROM pgx_inference.pgx_uploads WHERE file = %1").arg(theirs)}).isNull());
    QCOMPARE(queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = $1::oid"), {theirs}),
             QStringList{QStringLiteral("0")});
    const QStringList settled = state();
    QVERIFY(execOrFail(m_conn, QStringLiteral("BEGIN")));
    const QString rolledBack = begin(kOwner);
    QCOMPARE(queryAs(kOwner, write, {rolledBack, hexLiteral("gone")}), QStringList{QStringLiteral("4")});
    QVERIFY(execOrFail(m_conn, QStringLiteral("ROLLBACK")));
    QCOMPARE(state(), settled);
}
