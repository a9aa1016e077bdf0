#include "store/profilestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace roledesk {

namespace {

const auto selectColumns = QStringLiteral(
    "SELECT name, host, port, database, user_name, sslmode, sslrootcert, sslcert, sslkey, sslcrl,"
    " connection_string, password_policy FROM connection_profile");

ConnectionProfile fromRow(const QSqlQuery &q)
{
    ConnectionProfile p;
    p.name = q.value(0).toString();
    p.host = q.value(1).toString();
    p.port = q.value(2).toString();
    p.database = q.value(3).toString();
    p.user = q.value(4).toString();
    p.sslmode = q.value(5).toString();
    p.sslrootcert = q.value(6).toString();
    p.sslcert = q.value(7).toString();
    p.sslkey = q.value(8).toString();
    p.sslcrl = q.value(9).toString();
    p.connectionString = q.value(10).toString();
    p.passwordPolicy = passwordPolicyFromString(q.value(11).toString());
    return p;
}

void setError(StoreError *out, const QString &message)
{
    if (out)
        *out = StoreError::make(message);
}

} // namespace

ProfileStore::ProfileStore(Workspace *workspace)
    : m_workspace(workspace)
{
}

StoreError ProfileStore::notOpen() const
{
    return StoreError::make(tr("The workspace is not open."));
}

QList<ConnectionProfile> ProfileStore::list(StoreError *error) const
{
    if (error)
        *error = {};
    QList<ConnectionProfile> out;
    if (!m_workspace || !m_workspace->isOpen()) {
        setError(error, notOpen().message);
        return out;
    }
    QSqlQuery q(m_workspace->database());
    if (!q.exec(selectColumns)) {
        setError(error, tr("Cannot read the saved connections: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    // Sorted here rather than by SQLite, whose NOCASE only folds ASCII.
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return out;
}

QStringList ProfileStore::names(StoreError *error) const
{
    QStringList out;
    for (const ConnectionProfile &p : list(error))
        out.append(p.name);
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name, StoreError *error) const
{
    if (error)
        *error = {};
    if (!m_workspace || !m_workspace->isOpen()) {
        setError(error, notOpen().message);
        return std::nullopt;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        setError(error, tr("Cannot read the connection \"%1\": %2").arg(name, q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

StoreError ProfileStore::save(const ConnectionProfile &p)
{
    if (!m_workspace || !m_workspace->isOpen())
        return notOpen();
    if (p.name.trimmed().isEmpty())
        return StoreError::make(tr("A saved connection needs a name."));
    if (const QString problem = p.validate(); !problem.isEmpty())
        return StoreError::make(problem);
    if (p.connectionStringHasPassword())
        return StoreError::make(tr("The connection string contains a password. Passwords are "
                                   "never saved with a connection; remove it from the string and "
                                   "use the password field (optionally kept in the keychain)."));
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral(
        "INSERT INTO connection_profile (name, host, port, database, user_name, sslmode,"
        " sslrootcert, sslcert, sslkey, sslcrl, connection_string, password_policy)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET host = excluded.host, port = excluded.port,"
        " database = excluded.database, user_name = excluded.user_name,"
        " sslmode = excluded.sslmode, sslrootcert = excluded.sslrootcert,"
        " sslcert = excluded.sslcert, sslkey = excluded.sslkey, sslcrl = excluded.sslcrl,"
        " connection_string = excluded.connection_string,"
        " password_policy = excluded.password_policy,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"));
    // Bound values keep empty strings as '' (never NULL), matching the NOT NULL columns.
    for (const QString &v : {p.name, p.host.trimmed(), p.port.trimmed(), p.database, p.user,
                             p.sslmode, p.sslrootcert, p.sslcert, p.sslkey, p.sslcrl,
                             p.connectionString.trimmed(), passwordPolicyToString(p.passwordPolicy)})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    if (!q.exec())
        return StoreError::make(
            tr("Cannot save the connection \"%1\": %2").arg(p.name, q.lastError().text()));
    return {};
}

StoreError ProfileStore::remove(const QString &name)
{
    if (!m_workspace || !m_workspace->isOpen())
        return notOpen();
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("DELETE FROM connection_profile WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return StoreError::make(
            tr("Cannot delete the connection \"%1\": %2").arg(name, q.lastError().text()));
    if (q.numRowsAffected() < 1)
        return StoreError::make(tr("There is no saved connection called \"%1\".").arg(name));
    return {};
}

StoreError ProfileStore::rename(const QString &from, const QString &to)
{
    if (!m_workspace || !m_workspace->isOpen())
        return notOpen();
    if (to.trimmed().isEmpty())
        return StoreError::make(tr("A saved connection needs a name."));
    if (from == to)
        return profile(from) ? StoreError{}
                             : StoreError::make(tr("There is no saved connection called \"%1\".").arg(from));
    if (profile(to))
        return StoreError::make(tr("A saved connection called \"%1\" already exists.").arg(to));
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("UPDATE connection_profile SET name = ?,"
                             " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE name = ?"));
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return StoreError::make(
            tr("Cannot rename the connection \"%1\": %2").arg(from, q.lastError().text()));
    if (q.numRowsAffected() < 1)
        return StoreError::make(tr("There is no saved connection called \"%1\".").arg(from));
    return {};
}

} // namespace roledesk
