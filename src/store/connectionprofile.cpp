#include "store/connectionprofile.h"

#include <libpq-fe.h>

#include <memory>

namespace roledesk {

namespace {

struct ConninfoDeleter {
    void operator()(PQconninfoOption *o) const { PQconninfoFree(o); }
};
using ConninfoPtr = std::unique_ptr<PQconninfoOption, ConninfoDeleter>;

/// Parses a libpq URI or key=value string without connecting (no service lookup, no traffic).
/// A bare word without '=' or a URI scheme is a database name to libpq, so it is not parsed.
ConninfoPtr parseConninfo(const QString &text, QString *error)
{
    char *err = nullptr;
    ConninfoPtr opts(PQconninfoParse(text.toUtf8().constData(), &err));
    if (err) {
        if (error)
            *error = QString::fromUtf8(err).trimmed();
        PQfreemem(err);
    }
    return opts;
}

bool looksLikeConninfo(const QString &text)
{
    return text.contains(u'=') || text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

bool contains(const QString &haystack, const char16_t *needle)
{
    return haystack.contains(QStringView(needle), Qt::CaseInsensitive);
}

} // namespace

QString passwordPolicyToString(PasswordPolicy policy)
{
    switch (policy) {
    case PasswordPolicy::Keychain:
        return QStringLiteral("keychain");
    case PasswordPolicy::AskEachTime:
        break;
    }
    return QStringLiteral("ask");
}

PasswordPolicy passwordPolicyFromString(const QString &text)
{
    return text == u"keychain" ? PasswordPolicy::Keychain : PasswordPolicy::AskEachTime;
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

ConnectionProfile ConnectionProfile::fromConnectOptions(const pg::ConnectOptions &options)
{
    ConnectionProfile p;
    auto set = [&p](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        if (key == u"host" || key == u"hostaddr")
            p.host = value;
        else if (key == u"port")
            p.port = value;
        else if (key == u"dbname")
            p.database = value;
        else if (key == u"user")
            p.user = value;
        else if (key == u"sslmode")
            p.sslmode = value;
        else if (key == u"sslrootcert")
            p.sslrootcert = value;
        else if (key == u"sslcert")
            p.sslcert = value;
        else if (key == u"sslkey")
            p.sslkey = value;
        else if (key == u"sslcrl")
            p.sslcrl = value;
    };
    bool expanded = false; // libpq expands only the first dbname
    for (const auto &[key, value] : options) {
        if (key != u"dbname" || expanded || !looksLikeConninfo(value)) {
            set(key, value);
            continue;
        }
        expanded = true;
        const ConninfoPtr parsed = parseConninfo(value, nullptr);
        bool kept = !parsed;
        for (PQconninfoOption *o = parsed.get(); o && o->keyword; ++o) {
            const QString word = QString::fromUtf8(o->keyword);
            if (o->val && *o->val && (word == u"password" || word == u"service" || word == u"options"))
                kept = true;
        }
        if (kept) {
            // Fields cannot say it: keep the string, minus any password (never shown, never saved).
            QString text = value;
            if (parsed) {
                QStringList parts;
                for (PQconninfoOption *o = parsed.get(); o->keyword; ++o)
                    if (o->val && *o->val && qstrcmp(o->keyword, "password") != 0)
                        parts << QStringLiteral("%1='%2'").arg(QString::fromUtf8(o->keyword),
                                                               QString::fromUtf8(o->val).replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'")));
                text = parts.join(u' ');
            }
            p.connectionString = text;
            continue;
        }
        for (PQconninfoOption *o = parsed.get(); o->keyword; ++o)
            if (o->val)
                set(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    return p;
}

pg::ConnectOptions ConnectionProfile::toConnectOptions(const QString &password) const
{
    pg::ConnectOptions options;
    auto add = [&options](const char *key, const QString &value) {
        if (!value.isEmpty())
            options.append({QString::fromLatin1(key), value});
    };
    // libpq expands only the first dbname and processes keywords in order, the last non-empty
    // value winning: the connection string goes first so that the fields below override it.
    add("dbname", connectionString.trimmed());
    add("host", host.trimmed());
    add("port", port.trimmed());
    add("dbname", database);
    add("user", user);
    add("sslmode", sslmode);
    add("sslrootcert", sslrootcert);
    add("sslcert", sslcert);
    add("sslkey", sslkey);
    add("sslcrl", sslcrl);
    add("password", password);
    return options;
}

QString ConnectionProfile::summary() const
{
    QString out;
    if (!user.isEmpty())
        out += user + u'@';
    const QString h = host.trimmed();
    out += h.isEmpty() && !connectionString.isEmpty() ? QString() : h;
    if (!port.trimmed().isEmpty())
        out += u':' + port.trimmed();
    if (!database.isEmpty())
        out += u'/' + database;
    const QString cs = connectionString.trimmed();
    if (!cs.isEmpty() && h.isEmpty() && database.isEmpty() && user.isEmpty() && port.isEmpty())
        return cs;
    if (!cs.isEmpty())
        out += QStringLiteral(" (") + cs + u')';
    return out;
}

QString ConnectionProfile::validate() const
{
    if (!hasValidPort())
        return tr("The port must be a number from 1 to 65535.");
    if (!sslmode.isEmpty() && !sslModes().contains(sslmode))
        return tr("Unknown SSL mode \"%1\".").arg(sslmode);
    if (sslmode == u"disable" && (!sslcert.isEmpty() || !sslkey.isEmpty() || !sslrootcert.isEmpty()))
        return tr("Certificates are set but the SSL mode is \"disable\".");
    const QString cs = connectionString.trimmed();
    if (looksLikeConninfo(cs)) {
        QString error;
        if (!parseConninfo(cs, &error))
            return tr("The connection string is not valid: %1").arg(error);
    }
    return {};
}

bool ConnectionProfile::hasValidPort() const
{
    const QString p = port.trimmed();
    if (p.isEmpty())
        return true;
    bool ok = false;
    const int n = p.toInt(&ok);
    return ok && n >= 1 && n <= 65535;
}

bool ConnectionProfile::connectionStringHasPassword() const
{
    const QString cs = connectionString.trimmed();
    if (!looksLikeConninfo(cs))
        return false;
    ConninfoPtr opts = parseConninfo(cs, nullptr);
    if (!opts) // unparseable: be careful, refuse anything that mentions a password at all
        return contains(cs, u"password");
    for (const PQconninfoOption *o = opts.get(); o->keyword; ++o) {
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            return true;
    }
    return false;
}

ConnectFailure classifyConnectError(const pg::Error &error)
{
    if (error.isNull())
        return ConnectFailure::None;
    const QString &m = error.message;
    // libpq reports connection failures as text only; the server's FATAL text is embedded in it.
    if (contains(m, u"password authentication failed"))
        return ConnectFailure::WrongPassword;
    // Connection::open() sets 28P01 when libpq says the server wanted a password it did not get.
    if (contains(m, u"no password supplied") || contains(m, u"password is required")
        || error.sqlstate == QLatin1String(pg::sqlstate::InvalidPassword))
        return ConnectFailure::PasswordRequired;
    if (contains(m, u"does not exist") && contains(m, u"database \""))
        return ConnectFailure::UnknownDatabase;
    if (contains(m, u"does not exist") && contains(m, u"role \""))
        return ConnectFailure::UnknownUser;
    if (contains(m, u"no pg_hba.conf entry"))
        return ConnectFailure::NotAllowed;
    if (contains(m, u"Connection refused"))
        return ConnectFailure::Refused;
    if (contains(m, u"No such file or directory") && contains(m, u"socket"))
        return ConnectFailure::NoSocket;
    if (contains(m, u"could not translate host name") || contains(m, u"Name or service not known"))
        return ConnectFailure::UnknownHost;
    if (contains(m, u"timeout expired") || contains(m, u"timed out"))
        return ConnectFailure::Timeout;
    if (contains(m, u"SSL") || contains(m, u"certificate"))
        return ConnectFailure::Ssl;
    if (contains(m, u"invalid connection option") || contains(m, u"invalid URI")
        || contains(m, u"definition of service") || contains(m, u"missing \"=\"")
        || contains(m, u"invalid integer value") || contains(m, u"invalid port")
        || contains(m, u"invalid sslmode"))
        return ConnectFailure::InvalidOptions;
    return ConnectFailure::Other;
}

ConnectionCheck checkConnection(const pg::ConnectOptions &options)
{
    ConnectionCheck check;
    pg::Connection connection;
    check.error = connection.open(options);
    check.failure = classifyConnectError(check.error);
    if (!check.ok())
        return check;
    check.serverVersion = connection.parameterStatus("server_version");
    check.user = connection.user();
    check.database = connection.database();
    check.host = connection.host();
    check.port = connection.port();
    return check;
}

} // namespace roledesk
