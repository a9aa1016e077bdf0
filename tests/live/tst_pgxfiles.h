#pragma once

// Attacks on pgx_inference_ce's model files, one test class in two files: tst_pgxfiles.cpp
// (fixture, the large object an import takes over, the file function, the size limit, the
// inference server's folders) and tst_pgxfiles_uploads.cpp (uploads: pgx_upload_begin / _write).

#include "sandbox.h"

#include "pg/identifier.h"

#include <QFile>
#include <QTest>
#include <QUrl>

/// Attacks on pgx_inference_ce's model files and model folders (resources/extensions/
/// pgx_inference_ce): the large object an import takes over, the per-model file function, the size
/// limit measured at load, and the folders in the inference server's repository. Each attack must
/// end in an error that names what was refused, and leave roles, memberships, model rows,
/// functions, large objects and the repository's files exactly as they were. Runs against the
/// sandbox's roledesk_models database and its KServe stand-in (tests/standin).
class TstPgxFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileTakenOver();
    void descriptorOpenedBeforeImport();
    void foreignLargeObjects();
    void fileFunctionOnlyForItsOwner();
    void sizeMeasuredAtLoad();
    void foreignFolder();
    void markedFolder();
    void uploads();
    void cleanupTestCase();

private:
    /// Runs \a statements as \a role (inside a savepoint when a transaction is open, so that a
    /// refusal does not end it) and returns the first error; the session is back to the
    /// superuser afterwards.
    roledesk::pg::Error attempt(const QString &role, const QStringList &statements, const roledesk::pg::Params &params = {});
    /// Imports \a bytes as model \a name, as \a role; the model's id, or -1 after QFAIL.
    int import(const QString &role, const QString &name, const QByteArray &bytes);
    quint32 modelFile(const QString &name);
    /// Everything an attack must not change: roles, memberships, model rows, the extension's
    /// functions with their owners and ACLs, large objects with their owners, ACLs and contents.
    QStringList databaseState();
    /// Every entry below the stand-in's repository: path, type, owner, mode, size, time, content hash.
    QStringList repositoryFiles() const;
    QStringList state() { return databaseState() + repositoryFiles(); }
    /// How many large objects, model rows and functions of the extension's schema there are.
    QStringList counts()
    {
        return roledesk::test::queryColumn(m_conn, QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata UNION ALL "
                                                  "SELECT count(*) FROM pgx_inference.pgx_models UNION ALL "
                                                  "SELECT count(*) FROM pg_proc WHERE pronamespace = 'pgx_inference'::regnamespace"));
    }
    /// roledesk::test::queryColumn() as \a role.
    QStringList queryAs(const QString &role, const QString &sql, const roledesk::pg::Params &params = {})
    {
        m_conn.exec(QStringLiteral("SET ROLE ") + roledesk::pg::quoteIdent(role));
        const QStringList rows = roledesk::test::queryColumn(m_conn, sql, params);
        m_conn.exec(QStringLiteral("RESET ROLE"));
        return rows;
    }
    /// A new large object holding \a bytes, created as \a role; its oid.
    QString createAs(const QString &role, const QByteArray &bytes);
    /// Drops the models of these tests (unloading them first) and their folders.
    void removeModels();
    /// The stand-in's view of \a model (POST /v2/repository/index): READY, UNAVAILABLE or empty.
    QString serverState(const QString &model) const;
    QString folder(const QString &model) const { return m_repository + u'/' + model; }

    roledesk::pg::Connection m_conn;
    QUrl m_url;
    QString m_repository;
    QString m_extensionOwner;
    QStringList m_baseline; // counts() before each test
    QStringList m_notices;
    const QString m_db = QStringLiteral("roledesk_models");
};

namespace pgxf {

inline const QString kOwner = QStringLiteral("pgxf_mo");    // model_owner, the importer
inline const QString kOwner2 = QStringLiteral("pgxf_mo2");  // model_owner, someone else
inline const QString kAdmin = QStringLiteral("pgxf_sa");    // system_administrator
inline const QString kFriend = QStringLiteral("pgxf_friend"); // no model role; the importer shares with it
inline const QStringList kRoles = {kOwner, kOwner2, kAdmin, kFriend};
inline const QStringList kModels = {QStringLiteral("pgxf_a"), QStringLiteral("pgxf_b"), QStringLiteral("pgxf.squat"),
                             QStringLiteral("pgxf_link"), QStringLiteral("pgxf_marked"), QStringLiteral("pgxf_dup")};

inline QString hexLiteral(const QByteArray &bytes)
{
    return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex());
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace pgxf

using namespace pgxf;
