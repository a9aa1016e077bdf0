#include "store/journal.h"

#include "export/outputfile.h"

#include <QSysInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace roledesk {

namespace {

const QString &columns()
{
    static const QString text = QStringLiteral(
        "id, applied_at, os_user, database_user, server, database, sql, result, message, statements, duration_ms,"
        " host, system_identifier, kind, subject");
    return text;
}

// ISO 8601 in UTC with milliseconds: sorts as text, reads back exactly.
QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

JournalEntry fromQuery(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.appliedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    e.osUser = q.value(2).toString();
    e.databaseUser = q.value(3).toString();
    e.server = q.value(4).toString();
    e.database = q.value(5).toString();
    e.sql = q.value(6).toString();
    e.result = q.value(7).toString();
    e.message = q.value(8).toString();
    e.statements = q.value(9).toInt();
    e.durationMs = q.value(10).toLongLong();
    e.host = q.value(11).toString();
    e.systemIdentifier = q.value(12).toString();
    e.kind = q.value(13).toString();
    e.subject = q.value(14).toString();
    return e;
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// A name or message can hold a line break; a comment line must not.
QString commentText(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return line;
}

} // namespace

Journal::Journal(Workspace *ws)
    : m_ws(ws)
{
}

QString Journal::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid()); // an account without a passwd entry: its uid
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

StoreError Journal::record(JournalEntry &entry)
{
    if (!m_ws || !m_ws->isOpen())
        return StoreError::make(tr("The workspace is not open."));
    if (!entry.appliedAt.isValid())
        entry.appliedAt = QDateTime::currentDateTimeUtc();
    if (entry.osUser.isEmpty())
        entry.osUser = currentOsUser();
    if (entry.host.isEmpty())
        entry.host = QSysInfo::machineHostName();
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("INSERT INTO journal (applied_at, os_user, database_user, server, database, sql,"
                             " result, message, statements, duration_ms, host, system_identifier, kind, subject)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(timeText(entry.appliedAt));
    q.addBindValue(notNull(entry.osUser));
    q.addBindValue(notNull(entry.databaseUser));
    q.addBindValue(notNull(entry.server));
    q.addBindValue(notNull(entry.database));
    q.addBindValue(notNull(entry.sql));
    q.addBindValue(notNull(entry.result));
    q.addBindValue(notNull(entry.message));
    q.addBindValue(entry.statements);
    q.addBindValue(entry.durationMs);
    q.addBindValue(notNull(entry.host));
    q.addBindValue(notNull(entry.systemIdentifier));
    q.addBindValue(notNull(entry.kind));
    q.addBindValue(notNull(entry.subject));
    if (!q.exec())
        return StoreError::make(tr("Cannot record the plan in the journal: %1").arg(q.lastError().text()));
    entry.id = q.lastInsertId().toLongLong();
    return {};
}

QList<JournalEntry> Journal::list(const QString &filter, int limit) const
{
    QList<JournalEntry> out;
    if (!m_ws || !m_ws->isOpen())
        return out;
    QSqlQuery q(m_ws->database());
    QString sql = QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM journal");
    if (!filter.isEmpty())
        sql += QStringLiteral(" WHERE instr(lower(database || char(1) || database_user || char(1) || os_user"
                              " || char(1) || server || char(1) || host || char(1) || kind || char(1) || subject || char(1) || result || char(1) || message || char(1) || sql),"
                              " lower(?)) > 0");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (!filter.isEmpty())
        q.addBindValue(filter);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    if (!m_ws || !m_ws->isOpen())
        return std::nullopt;
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM journal WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

StoreError Journal::exportCsv(const QString &path) const
{
    if (!m_ws || !m_ws->isOpen())
        return StoreError::make(tr("The workspace is not open."));
    OutputFile file(path);
    if (!file.open())
        return StoreError::make(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString text = QStringLiteral("id,applied_at,os_user,database_user,server,database,result,message,statements,"
                                  "duration_ms,sql,host,system_identifier,kind,subject\r\n");
    QSqlQuery q(m_ws->database());
    if (!q.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM journal ORDER BY id")))
        return StoreError::make(tr("Cannot read the journal: %1").arg(q.lastError().text()));
    while (q.next()) {
        const JournalEntry e = fromQuery(q);
        const QStringList fields{QString::number(e.id), timeText(e.appliedAt), e.osUser, e.databaseUser, e.server,
                                 e.database, e.result, e.message, QString::number(e.statements),
                                 QString::number(e.durationMs), e.sql, e.host, e.systemIdentifier, e.kind, e.subject};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return StoreError::make(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

StoreError Journal::exportSql(const QString &path) const
{
    if (!m_ws || !m_ws->isOpen())
        return StoreError::make(tr("The workspace is not open."));
    OutputFile file(path);
    if (!file.open())
        return StoreError::make(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QSqlQuery q(m_ws->database());
    if (!q.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM journal ORDER BY id")))
        return StoreError::make(tr("Cannot read the journal: %1").arg(q.lastError().text()));
    QString text;
    while (q.next()) {
        const JournalEntry e = fromQuery(q);
        // SQL comments stay English like the SQL itself: the file is for psql and reviewers.
        text += QStringLiteral("-- Journal entry %1, %2\n").arg(e.id).arg(timeText(e.appliedAt));
        text += QStringLiteral("-- By %1@%2 (database user %3) on %4 (system %5), database %6\n")
                    .arg(commentText(e.osUser), commentText(e.host), commentText(e.databaseUser), commentText(e.server),
                         commentText(e.systemIdentifier), commentText(e.database));
        if (!e.kind.isEmpty())
            text += QStringLiteral("-- What: %1 %2\n").arg(commentText(e.kind), commentText(e.subject));
        text += QStringLiteral("-- Result: %1, %2 statements, %3 ms%4\n")
                    .arg(commentText(e.result))
                    .arg(e.statements)
                    .arg(e.durationMs)
                    .arg(e.message.isEmpty() ? QString() : QStringLiteral(": ") + commentText(e.message));
        text += e.sql;
        if (!e.sql.endsWith(u'\n'))
            text += u'\n';
        text += u'\n';
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return StoreError::make(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace roledesk
