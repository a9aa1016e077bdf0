#include "pgxfixture.h"

#include "pg/identifier.h"
#include "sandbox.h"

#include <QFile>
#include <QTest>

namespace roledesk::test {

bool PgxFixture::setUp()
{
    if (!openSandbox(m_admin, database()))
        return false;
    const pg::Result ext = m_admin.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'pgx_inference_ce'"));
    if (!ext.ok() || ext.rows() != 1) {
        QTest::qFail("pgx_inference_ce is not installed in roledesk_models", __FILE__, __LINE__);
        return false;
    }
    tearDown();
    const QStringList roles = {owner(), role("owner2"), systemAdmin(), modelUser(), noRole()};
    for (const QString &r : roles)
        if (!execOrFail(m_admin, QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg::quoteIdent(r))))
            return false;
    const auto grantRole = [this](const QString &r, const char *kind) {
        return execOrFail(m_admin, QStringLiteral("SELECT pgx_inference.pgx_grant_model_role($1, $2)"),
                          {r, QString::fromLatin1(kind)});
    };
    if (!(grantRole(owner(), "model_owner") && grantRole(role("owner2"), "model_owner")
          && grantRole(systemAdmin(), "system_administrator")
          && execOrFail(m_admin, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO %1, %2")
                                     .arg(pg::quoteIdent(modelUser()), pg::quoteIdent(noRole())))))
        return false;
    m_straysAtSetUp = strayFiles();
    return m_straysAtSetUp >= 0;
}

qint64 PgxFixture::strayFiles()
{
    const pg::Result r = m_admin.exec(QStringLiteral(
        "SELECT count(*) FROM pg_largeobject_metadata l "
        "WHERE l.lomowner = (SELECT e.extowner FROM pg_extension e WHERE e.extname = 'pgx_inference_ce') "
        "  AND NOT EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.model_file = l.oid)"));
    if (!r.ok() || r.rows() != 1) {
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return -1;
    }
    return r.integer(0, 0);
}

void PgxFixture::dropModel(const QString &name)
{
    m_admin.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model($1) FROM pgx_inference.pgx_models WHERE name = $1"),
                 {name});
    m_admin.exec(QStringLiteral("SELECT pgx_inference.pgx_drop_model($1) FROM pgx_inference.pgx_models WHERE name = $1"),
                 {name});
}

void PgxFixture::tearDown()
{
    if (!m_admin.isOpen())
        return;
    const pg::Result models = m_admin.exec(
        QStringLiteral("SELECT m.name FROM pgx_inference.pgx_models m JOIN pg_roles r ON r.oid = m.owner "
                       "WHERE r.rolname LIKE $1"),
        {m_prefix + QStringLiteral("\\_%")});
    for (int i = 0; i < models.rows(); ++i)
        dropModel(models.text(i, 0));
    const pg::Result roles =
        m_admin.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE $1"), {m_prefix + QStringLiteral("\\_%")});
    for (int i = 0; i < roles.rows(); ++i) {
        const QString r = pg::quoteIdent(roles.text(i, 0));
        m_admin.exec(QStringLiteral("DROP OWNED BY ") + r);
        m_admin.exec(QStringLiteral("DROP ROLE ") + r);
    }
}

pg::ConnectOptions PgxFixture::options(const QString &role) const
{
    return sandboxOptions(database(), role);
}

bool PgxFixture::connectAs(pg::Connection &conn, const QString &role) const
{
    return openSandbox(conn, database(), role);
}

QString PgxFixture::Leftovers::toString() const
{
    return QStringLiteral("%1 large objects, %2 models, %3 functions").arg(largeObjects).arg(models).arg(functions);
}

PgxFixture::Leftovers PgxFixture::leftovers(const QString &role)
{
    const pg::Result r = m_admin.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_largeobject_metadata l WHERE l.lomowner = $1::regrole"
        "          OR l.oid IN (SELECT m.model_file FROM pgx_inference.pgx_models m WHERE m.owner = $1::regrole)),"
        "       (SELECT count(*) FROM pgx_inference.pgx_models WHERE owner = $1::regrole),"
        "       (SELECT count(*) FROM pg_proc WHERE proowner = $1::regrole"
        "          AND pronamespace = 'pgx_inference'::regnamespace AND proname LIKE 'pgx\\_embedding\\_%')"),
        {pg::quoteIdent(role)});
    Leftovers out;
    if (!r.ok() || r.rows() != 1) {
        QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return out;
    }
    const qint64 strays = strayFiles();
    if (strays < 0)
        return out;
    out.largeObjects = r.integer(0, 0) + strays - m_straysAtSetUp;
    out.models = r.integer(0, 1);
    out.functions = r.integer(0, 2);
    return out;
}

bool PgxFixture::writeFile(const QString &path, qint64 bytes, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // xorshift32: fast, and the server cannot compress it.
    quint32 x = seed ? seed : 1;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        auto *words = reinterpret_cast<quint32 *>(block.data());
        for (qsizetype i = 0; i < block.size() / 4; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            words[i] = x;
        }
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

QByteArray PgxFixture::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 PgxFixture::residentBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

} // namespace roledesk::test
