#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

#include <atomic>
#include <vector>

namespace roledesk {

namespace {

/// One schema step: the statements that take version N-1 to N. Append new steps at the end;
/// never edit a step that has shipped, files in the field already ran it.
struct Migration {
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {QStringLiteral("CREATE TABLE connection_profile ("
                         " name TEXT PRIMARY KEY NOT NULL,"
                         " host TEXT NOT NULL DEFAULT '',"
                         " port TEXT NOT NULL DEFAULT '',"
                         " database TEXT NOT NULL DEFAULT '',"
                         " user_name TEXT NOT NULL DEFAULT '',"
                         " sslmode TEXT NOT NULL DEFAULT '',"
                         " sslrootcert TEXT NOT NULL DEFAULT '',"
                         " sslcert TEXT NOT NULL DEFAULT '',"
                         " sslkey TEXT NOT NULL DEFAULT '',"
                         " sslcrl TEXT NOT NULL DEFAULT '',"
                         " connection_string TEXT NOT NULL DEFAULT '',"
                         " password_policy TEXT NOT NULL DEFAULT 'ask',"
                         " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                         " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))")}},
        // 2: the applied-plan journal (store/journal.h).
        {2,
         {QStringLiteral("CREATE TABLE journal ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " applied_at TEXT NOT NULL,"
                         " os_user TEXT NOT NULL DEFAULT '',"
                         " database_user TEXT NOT NULL DEFAULT '',"
                         " server TEXT NOT NULL DEFAULT '',"
                         " database TEXT NOT NULL DEFAULT '',"
                         " sql TEXT NOT NULL DEFAULT '',"
                         " result TEXT NOT NULL DEFAULT '',"
                         " message TEXT NOT NULL DEFAULT '',"
                         " statements INTEGER NOT NULL DEFAULT 0,"
                         " duration_ms INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX journal_applied_at ON journal (applied_at)")}},
        // 3: the journal says where from (host), which server (system identifier), and what: a
        // plan or a model operation (kind, subject). Old rows keep '' (a plan, host unknown).
        {3,
         {QStringLiteral("ALTER TABLE journal ADD COLUMN host TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE journal ADD COLUMN system_identifier TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE journal ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE journal ADD COLUMN subject TEXT NOT NULL DEFAULT ''")}},
    };
    return steps;
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("roledesk-workspace-%1").arg(++counter);
}

} // namespace

Workspace::Workspace(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/workspace.sqlite");
}

int Workspace::latestSchemaVersion()
{
    return migrations().back().version;
}

StoreError Workspace::open()
{
    if (isOpen())
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError::make(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                              ? QSqlDatabase::database(m_connectionName, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return StoreError::make(tr("The SQLite driver for Qt is not available."));
        db.setDatabaseName(m_path);
        if (!db.open())
            return StoreError::make(
                tr("Cannot open the workspace %1: %2").arg(m_path, db.lastError().text()));
        QSqlQuery pragma(db);
        // Rollback journal (not WAL): the file alone holds the data, no side files linger.
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        pragma.exec(QStringLiteral("PRAGMA busy_timeout = 3000"));
    }
    StoreError error = migrate();
    if (!error.isNull())
        close();
    return error;
}

void Workspace::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Workspace::database() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

StoreError Workspace::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY NOT NULL,"
                               " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))")))
        return StoreError::make(tr("Cannot prepare the workspace: %1").arg(q.lastError().text()));
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return StoreError::make(
            tr("The workspace %1 was written by a newer version of RoleDesk (schema %2, this "
               "version knows up to %3).")
                .arg(m_path)
                .arg(current)
                .arg(latestSchemaVersion()));
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        // Each step is all or nothing, so a failed upgrade leaves the file at the previous version.
        if (!db.transaction())
            return StoreError::make(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery step(db);
        for (const QString &sql : m.statements) {
            if (!step.exec(sql)) {
                const QString why = step.lastError().text();
                db.rollback();
                return StoreError::make(
                    tr("Upgrading the workspace to schema %1 failed: %2").arg(m.version).arg(why));
            }
        }
        step.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        step.addBindValue(m.version);
        if (!step.exec() || !db.commit()) {
            const QString why = step.lastError().isValid() ? step.lastError().text()
                                                           : db.lastError().text();
            db.rollback();
            return StoreError::make(
                tr("Upgrading the workspace to schema %1 failed: %2").arg(m.version).arg(why));
        }
    }
    return {};
}

} // namespace roledesk
