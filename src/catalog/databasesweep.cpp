#include "catalog/databasesweep.h"

#include "catalog/catalogreader.h"

#include <libpq-fe.h>

#include <memory>

namespace roledesk {

namespace {

bool isConnectionString(const QString &v)
{
    return v.contains(u'=') || v.startsWith(QLatin1String("postgres://"))
           || v.startsWith(QLatin1String("postgresql://"));
}

/// \a name as a quoted conninfo value: libpq reads 'a\'b' back as a'b.
QString conninfoValue(const QString &name)
{
    QString out = QStringLiteral("'");
    for (const QChar c : name) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}

/// Who the connection \a options would log in as, for messages: the user keyword, else the one
/// inside a connection-string dbname, else libpq's default (PGUSER or the OS user).
QString loginOf(const pg::Connection &conn, const pg::ConnectOptions &options)
{
    if (conn.isOpen())
        return conn.user();
    QString user;
    for (const auto &[k, v] : options)
        if (k == u"user" && !v.isEmpty())
            user = v;
    if (!user.isEmpty())
        return user;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> defaults(PQconndefaults(), &PQconninfoFree);
    for (const PQconninfoOption *o = defaults.get(); o && o->keyword; ++o)
        if (qstrcmp(o->keyword, "user") == 0 && o->val)
            return QString::fromUtf8(o->val);
    return {};
}

} // namespace

QStringList DatabaseSweep::listDatabases(pg::Connection &conn, pg::Error *error)
{
    const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/catalog/sweep/databases.sql")));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return {};
    }
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

pg::ConnectOptions DatabaseSweep::withDatabase(const pg::ConnectOptions &options, const QString &database)
{
    pg::ConnectOptions out;
    bool dbnameSeen = false;
    for (const auto &[k, v] : options) {
        if (k != u"dbname") {
            out << std::pair(k, v);
            continue;
        }
        // libpq expands only the first non-empty dbname; a connection string there carries host,
        // user and the rest, which stay in place (later keywords still win over them).
        if (!dbnameSeen && !v.isEmpty() && isConnectionString(v)) {
            std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> parsed(
                PQconninfoParse(v.toUtf8().constData(), nullptr), &PQconninfoFree);
            for (const PQconninfoOption *o = parsed.get(); o && o->keyword; ++o)
                if (o->val && *o->val && qstrcmp(o->keyword, "dbname") != 0)
                    out << std::pair(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
        }
        dbnameSeen = dbnameSeen || !v.isEmpty();
    }
    // Given as a connection string, so that a name with '=' or a URI prefix stays a name: this is
    // now the only dbname, and libpq expands it to exactly that name.
    out << std::pair(QStringLiteral("dbname"), QStringLiteral("dbname=") + conninfoValue(database));
    return out;
}

DatabaseSweep::Outcome DatabaseSweep::run(const pg::ConnectOptions &options, const Visit &visit,
                                          const Progress &progress, const std::atomic_bool *cancelled)
{
    Outcome out;
    QStringList databases;
    {
        pg::Connection conn;
        {
            std::lock_guard lock(m_mutex);
            m_current = &conn;
        }
        out.error = conn.open(options);
        if (out.error.isNull())
            databases = listDatabases(conn, &out.error);
        std::lock_guard lock(m_mutex);
        m_current = nullptr;
    }
    if (!out.error.isNull())
        return out;
    return run(options, databases, visit, progress, cancelled);
}

DatabaseSweep::Outcome DatabaseSweep::run(const pg::ConnectOptions &options, const QStringList &databases,
                                          const Visit &visit, const Progress &progress,
                                          const std::atomic_bool *cancelled)
{
    Outcome out;
    out.databases = databases;
    for (int i = 0; i < databases.size(); ++i) {
        if (cancelled && cancelled->load()) {
            out.cancelled = true;
            return out;
        }
        const QString &name = databases.at(i);
        if (progress)
            progress(i, int(databases.size()), name);
        const pg::ConnectOptions these = withDatabase(options, name);
        SweptDatabase d;
        d.database = name;
        pg::Connection conn;
        {
            std::lock_guard lock(m_mutex);
            m_current = &conn;
        }
        d.error = conn.open(these);
        if (!d.error.isNull()) {
            d.message = tr("could not connect to database \"%1\" as \"%2\": %3")
                            .arg(name, loginOf(conn, these), d.error.message);
        } else {
            SnapshotOutcome s = CatalogReader::read(conn, {}, cancelled);
            if (s.ok())
                d.snapshot = s.snapshot;
            else {
                d.error = s.error;
                d.message = tr("could not read database \"%1\" as \"%2\": %3").arg(name, conn.user(), s.error.message);
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_current = nullptr;
        }
        conn.close();
        // A read stopped by cancel is the sweep's end, not a failed database.
        if (cancelled && cancelled->load()) {
            out.cancelled = true;
            return out;
        }
        d.ok() ? ++out.read : ++out.failed;
        if (visit)
            visit(d);
    }
    return out;
}

void DatabaseSweep::cancel()
{
    std::lock_guard lock(m_mutex);
    if (m_current)
        m_current->requestCancel();
}

} // namespace roledesk
