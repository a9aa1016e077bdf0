#pragma once

#include "pg/connection.h"

#include <QString>
#include <QStringList>

namespace roledesk::test {

/// Users and files for the pgx tests in the sandbox's roledesk_models database. Each test
/// executable uses its own role prefix, so tests may run side by side; every role is removed at
/// the end, with the models it owns.
///
/// Roles (LOGIN, so tasks connect as them): <prefix>_owner and <prefix>_owner2 (model_owner),
/// <prefix>_admin (system_administrator), <prefix>_user (USAGE only; tests grant it EXECUTE on
/// a model's function, which makes it a model user), <prefix>_none (USAGE only).
class PgxFixture {
public:
    explicit PgxFixture(const QString &prefix) : m_prefix(prefix) {}

    /// Connects as the superuser, removes what an earlier run left, creates the roles; QFAILs.
    bool setUp();
    /// Drops the roles' models (unloading them first) and the roles.
    void tearDown();

    pg::Connection &admin() { return m_admin; }
    QString role(const char *suffix) const { return m_prefix + u'_' + QLatin1String(suffix); }
    QString owner() const { return role("owner"); }
    QString systemAdmin() const { return role("admin"); }
    QString modelUser() const { return role("user"); }
    QString noRole() const { return role("none"); }
    static QString database() { return QStringLiteral("roledesk_models"); }

    pg::ConnectOptions options(const QString &role) const;
    /// Opens \a conn as \a role or fails the test.
    bool connectAs(pg::Connection &conn, const QString &role) const;

    /// What tasks of \a role can leave behind: large objects, model rows and model functions.
    /// Counted per role rather than in total so that other tests using the database at the same
    /// time cannot disturb the comparison. The model rows and functions are the role's
    /// (pgx_models.owner, ALTER FUNCTION ... OWNER); the large objects are those the role owns
    /// (what it streams before an import), the files of its models (the extension owner's copies),
    /// and the extension owner's large objects that are no model's file and appeared since
    /// setUp(): a file a delete or a replacement failed to remove belongs to no model and no role
    /// any more, so it counts for every role (a superuser's own large object counts as one too).
    struct Leftovers {
        qint64 largeObjects = -1;
        qint64 models = -1;
        qint64 functions = -1;
        bool operator==(const Leftovers &) const = default;
        QString toString() const;
    };
    Leftovers leftovers(const QString &role);

    /// Drops model \a name as the superuser (unloading it first); harmless when missing.
    void dropModel(const QString &name);

    /// Writes \a bytes of pseudo-random data (incompressible, like model weights) to \a path.
    static bool writeFile(const QString &path, qint64 bytes, quint32 seed = 1);
    static QByteArray readFile(const QString &path);

    /// Resident memory of this process in bytes (VmRSS from /proc/self/status), 0 if unknown.
    static qint64 residentBytes();

private:
    /// The extension owner's large objects that are no model's file.
    qint64 strayFiles();

    QString m_prefix;
    pg::Connection m_admin;
    qint64 m_straysAtSetUp = 0;
};

} // namespace roledesk::test
