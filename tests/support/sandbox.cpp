#include "sandbox.h"

#include "pg/identifier.h"

#include <QStringList>
#include <QTest>

namespace roledesk::test {

pg::ConnectOptions sandboxOptions(const QString &database, const QString &user)
{
    const QString host = qEnvironmentVariable("PGHOST");
    const QString port = qEnvironmentVariable("PGPORT");
    if (host.isEmpty() || port.isEmpty())
        return {};
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("dbname"), database},
            {QStringLiteral("user"), user.isEmpty() ? qEnvironmentVariable("PGUSER", QStringLiteral("postgres")) : user}};
}

bool sandboxConfigured(QString *why)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT")) {
        if (why)
            *why = QStringLiteral("PGHOST/PGPORT are not set: run the tests through tests/run.sh, "
                                  "or start tests/sandbox/sandbox.sh and eval its env");
        return false;
    }
    return true;
}

bool openSandbox(pg::Connection &conn, const QString &database, const QString &user)
{
    QString why;
    if (!sandboxConfigured(&why)) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return false;
    }
    const pg::Error e = conn.open(sandboxOptions(database, user));
    if (!e.isNull()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot connect to %1: %2").arg(database, e.toString())),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool execOrFail(pg::Connection &conn, const QString &sql, const pg::Params &params)
{
    const pg::Result r = conn.exec(sql, params);
    if (!r.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("%1\n  in: %2").arg(r.error().toString(), sql)), __FILE__, __LINE__);
        return false;
    }
    return true;
}

void dropModelFixture(pg::Connection &conn, const QStringList &models, const QStringList &roles)
{
    conn.exec(QStringLiteral("RESET ROLE"));
    for (const QString &model : models) {
        // A loaded model cannot be deleted; only a loaded one is unloaded (that asks the server).
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model(name) FROM pgx_inference.pgx_models "
                                 "WHERE name = $1 AND loaded"), {model});
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_drop_model(name) FROM pgx_inference.pgx_models "
                                 "WHERE name = $1"), {model});
    }
    for (const QString &role : roles) {
        const pg::Result r = conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
        if (!r.ok() || r.rows() != 1)
            continue;
        conn.exec(QStringLiteral("DROP OWNED BY ") + pg::quoteIdent(role));
        conn.exec(QStringLiteral("DROP ROLE ") + pg::quoteIdent(role));
    }
}

} // namespace roledesk::test
