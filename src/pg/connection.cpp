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

} // namespace

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
    close();
    // Keywords and values must outlive the call; keep the UTF-8 bytes here.
    std::vector<QByteArray> storage;
    storage.reserve(options.size() * 2 + 6);
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
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    values.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            values.push_back(nullptr);
        } else {
            storage.push_back(p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "t" : "f")
                                                             : p.toString().toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    if (!PQsendQueryParams(m_conn.get(), text.constData(), int(values.size()), nullptr,
                           values.data(), nullptr, nullptr, resultFormat))
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
