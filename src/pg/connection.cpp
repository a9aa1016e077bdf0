#include "pg/connection.h"

#include <QFile>
#include <QStringConverter>

#include <libpq-fe.h>

#include <vector>

namespace roledesk::pg {

namespace {

QString field(const PGresult *res, int code)
{
    const char *v = PQresultErrorField(res, code);
    return v ? QString::fromUtf8(v) : QString();
}

QString trimmedMessage(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

// The server switch that makes '...' literals read backslashes as themselves. Sent at startup it
// outranks ALTER DATABASE / ALTER ROLE ... SET, and RESET ALL goes back to it.
constexpr QLatin1StringView ConformingStrings("-c standard_conforming_strings=on");

// The server options libpq would send for these keywords without us: the last non-empty
// "options", one inside a dbname that is a connection string, or else PGOPTIONS. Ours is
// appended to them, so that a caller's own options still reach the server.
QString callerOptions(const ConnectOptions &options)
{
    QString out;
    bool dbnameSeen = false;
    for (const auto &[k, v] : options) {
        if (k == u"options" && !v.isEmpty()) {
            out = v;
        } else if (k == u"dbname" && !dbnameSeen && !v.isEmpty()) {
            dbnameSeen = true; // libpq expands only the first dbname
            if (!v.contains(u'=') && !v.startsWith(QLatin1String("postgres://"))
                && !v.startsWith(QLatin1String("postgresql://")))
                continue;
            PQconninfoOption *parsed = PQconninfoParse(v.toUtf8().constData(), nullptr);
            for (PQconninfoOption *o = parsed; o && o->keyword; ++o) {
                if (qstrcmp(o->keyword, "options") == 0 && o->val && *o->val)
                    out = QString::fromUtf8(o->val);
            }
            PQconninfoFree(parsed);
        }
    }
    return out.isEmpty() ? qEnvironmentVariable("PGOPTIONS") : out;
}

} // namespace

EncodedParams::EncodedParams(const Params &params)
{
    m_storage.reserve(params.size());
    m_values.reserve(params.size());
    m_lengths.reserve(params.size());
    m_formats.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            m_values.push_back(nullptr);
            m_lengths.push_back(0);
            m_formats.push_back(0);
            continue;
        }
        const bool binary = p.metaType() == QMetaType::fromType<Bytes>();
        if (binary)
            m_storage.push_back(p.value<Bytes>().data);
        else
            m_storage.push_back(p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "t" : "f") : p.toString().toUtf8());
        m_binary = m_binary || binary;
        m_values.push_back(m_storage.back().constData());
        m_lengths.push_back(int(m_storage.back().size()));
        m_formats.push_back(binary ? 1 : 0);
    }
}

QString Error::toString() const
{
    QString out = message;
    if (!detail.isEmpty())
        out += u'\n' + detail;
    if (!hint.isEmpty())
        out += u'\n' + hint;
    return out;
}

Error Error::client(const QString &message)
{
    Error e;
    e.severity = QStringLiteral("ERROR");
    e.message = message;
    return e;
}

void Connection::ConnDeleter::operator()(pg_conn *c) const
{
    PQfinish(c);
}

Connection::Connection() = default;

Connection::~Connection()
{
    close();
}

Error Connection::open(const ConnectOptions &options)
{
    Error e = connect(options, true);
    // A connection pooler may refuse startup options (PgBouncer: "unsupported startup parameter");
    // then the session is made conforming with SET below instead.
    if (!e.isNull() && e.message.contains(QLatin1String("unsupported startup parameter")))
        e = connect(options, false);
    if (!e.isNull())
        return e;
    if (!standardConformingStrings())
        exec(QStringLiteral("SET standard_conforming_strings = on"));
    if (!standardConformingStrings()) {
        close();
        return Error::client(QStringLiteral("the server did not turn standard_conforming_strings on; "
                                            "RoleDesk does not work in a session where it is off"));
    }
    return {};
}

bool Connection::standardConformingStrings() const
{
    return parameterStatus("standard_conforming_strings") == u"on";
}

Error Connection::connect(const ConnectOptions &options, bool conformingAtStartup)
{
    close();
    // Keywords and values must outlive the call; keep the UTF-8 bytes here.
    std::vector<QByteArray> storage;
    storage.reserve(options.size() * 2 + 8);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    bool hasTimeout = false;
    auto add = [&](const QString &k, const QString &v) {
        storage.push_back(k.toUtf8());
        keys.push_back(storage.back().constData());
        storage.push_back(v.toUtf8());
        values.push_back(storage.back().constData());
    };
    for (const auto &[k, v] : options) {
        if (v.isEmpty())
            continue; // an empty value means "not set": let libpq's defaults and environment apply
        hasTimeout = hasTimeout || k == u"connect_timeout";
        add(k, v);
    }
    if (!hasTimeout)
        add(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    add(QStringLiteral("fallback_application_name"), QStringLiteral("roledesk"));
    add(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));
    if (conformingAtStartup) {
        // Last, so that it wins over an "options" in the caller's keywords or connection string
        // (whose switches it carries on) and over PGOPTIONS (likewise).
        const QString own = callerOptions(options);
        add(QStringLiteral("options"), own.isEmpty() ? QString(ConformingStrings) : own + u' ' + ConformingStrings);
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    m_conn.reset(PQconnectdbParams(keys.data(), values.data(), /*expand_dbname*/ 1));
    if (!m_conn)
        return Error::client(QStringLiteral("out of memory while connecting"));
    if (PQstatus(m_conn.get()) != CONNECTION_OK) {
        Error e = connectionError();
        // libpq gives no SQLSTATE for a failed connection; tell a password problem apart so the
        // console can ask for one. A password that was sent and refused counts as well.
        const bool refusedPassword = PQconnectionUsedPassword(m_conn.get())
                                     && e.message.contains(QLatin1String("password"));
        if (PQconnectionNeedsPassword(m_conn.get()) || refusedPassword)
            e.sqlstate = QString::fromLatin1(sqlstate::InvalidPassword);
        m_conn.reset();
        return e;
    }
    PQsetNoticeReceiver(m_conn.get(), &Connection::noticeReceiver, this);
    std::lock_guard lock(m_cancelMutex);
    m_cancel = PQgetCancel(m_conn.get());
    return {};
}

void Connection::close()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    m_conn.reset();
}

bool Connection::isOpen() const
{
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

Error Connection::connectionError() const
{
    Error e = Error::client(m_conn ? trimmedMessage(PQerrorMessage(m_conn.get()))
                                   : QStringLiteral("not connected"));
    e.severity = QStringLiteral("FATAL");
    e.connectionLost = true;
    return e;
}

Error Connection::errorFromResult(const PGresult *res, const QString &statement) const
{
    Error e;
    e.statement = statement;
    if (!res) {
        e = connectionError();
        e.statement = statement;
        return e;
    }
    e.sqlstate = field(res, PG_DIAG_SQLSTATE);
    e.severity = field(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    e.message = field(res, PG_DIAG_MESSAGE_PRIMARY);
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.context = field(res, PG_DIAG_CONTEXT);
    if (e.message.isEmpty())
        e.message = trimmedMessage(PQresultErrorMessage(res));
    if (e.message.isEmpty() && m_conn)
        e.message = trimmedMessage(PQerrorMessage(m_conn.get()));
    if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK)
        e.connectionLost = true;
    return e;
}

Result Connection::exec(const QString &sql, const Params &params)
{
    return send(sql, params, 0);
}

Result Connection::execBinary(const QString &sql, const Params &params)
{
    return send(sql, params, 1);
}

Result Connection::send(const QString &sql, const Params &params, int resultFormat)
{
    if (!isOpen())
        return Result::failure(connectionError());
    const QByteArray text = sql.toUtf8();
    const EncodedParams values(params);
    if (!PQsendQueryParams(m_conn.get(), text.constData(), values.count(), nullptr, values.values(), values.lengths(),
                           values.formats(), resultFormat))
        return Result(nullptr, errorFromResult(nullptr, sql));
    return collect(sql);
}

Result Connection::execScript(const QString &sql)
{
    if (!isOpen())
        return Result::failure(connectionError());
    if (!PQsendQuery(m_conn.get(), sql.toUtf8().constData()))
        return Result(nullptr, errorFromResult(nullptr, sql));
    return collect(sql);
}

Result Connection::collect(const QString &sql)
{
    // Unlike PQexec, keep the FIRST error: when the server ends a session (shutdown,
    // pg_terminate_backend) it sends a FATAL with its SQLSTATE, and libpq then adds a generic
    // "server closed the connection" result that would otherwise hide the cause.
    PGresult *kept = nullptr;
    bool keptIsError = false;
    while (PGresult *res = PQgetResult(m_conn.get())) {
        const auto status = PQresultStatus(res);
        const bool isError = status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK
                             && status != PGRES_EMPTY_QUERY;
        if (keptIsError) {
            PQclear(res);
        } else {
            PQclear(kept);
            kept = res;
            keptIsError = isError;
        }
        if (PQstatus(m_conn.get()) == CONNECTION_BAD)
            break;
    }
    if (kept && !keptIsError)
        return Result(kept);
    Error e = errorFromResult(kept, sql);
    return Result(kept, std::move(e));
}

void Connection::requestCancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    char buf[256];
    PQcancel(m_cancel, buf, sizeof buf);
}

void Connection::setNoticeHandler(std::function<void(const Error &)> handler)
{
    m_noticeHandler = std::move(handler);
}

void Connection::noticeReceiver(void *arg, const PGresult *res)
{
    auto *self = static_cast<Connection *>(arg);
    if (!self->m_noticeHandler)
        return;
    Error e = self->errorFromResult(res, {});
    e.connectionLost = false;
    self->m_noticeHandler(e);
}

QString Connection::encryptPassword(const QString &user, const QString &password, Error *error)
{
    if (!isOpen()) {
        if (error)
            *error = Error::client(QStringLiteral("not connected"));
        return {};
    }
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    char *verifier = PQencryptPasswordConn(m_conn.get(), p.constData(), u.constData(), nullptr);
    if (!verifier) {
        if (error)
            *error = connectionError();
        return {};
    }
    const QString out = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    if (error)
        *error = Error();
    return out;
}

int Connection::serverVersion() const { return m_conn ? PQserverVersion(m_conn.get()) : 0; }

QString Connection::parameterStatus(const char *name) const
{
    const char *v = m_conn ? PQparameterStatus(m_conn.get(), name) : nullptr;
    return v ? QString::fromUtf8(v) : QString();
}

QString Connection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn.get())) : QString(); }
QString Connection::database() const { return m_conn ? QString::fromUtf8(PQdb(m_conn.get())) : QString(); }
QString Connection::host() const { return m_conn ? QString::fromUtf8(PQhost(m_conn.get())) : QString(); }
QString Connection::port() const { return m_conn ? QString::fromUtf8(PQport(m_conn.get())) : QString(); }

QString Connection::sqlResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace roledesk::pg
