#include "people/serverrightssweep.h"

#include "catalog/databasesweep.h"
#include "privileges/effectiverights.h"

#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

/// What the worker and the GUI thread share for one sweep.
struct ServerRightsSweep::Run {
    std::atomic_bool cancelled{false};
    DatabaseSweep sweep;
};

ServerRightsSweep::ServerRightsSweep(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ServerRightsSweep::~ServerRightsSweep()
{
    cancel();
    // Every sweep started, not only the last: a cancelled one may still be ending, and each
    // posts its results to this object.
    m_pool.waitForDone();
}

QStringList ServerRightsSweep::notRead() const
{
    QStringList out = m_databases;
    for (const Entry &e : m_entries)
        out.removeAll(e.database);
    return out;
}

void ServerRightsSweep::start(const pg::ConnectOptions &options)
{
    cancel();
    m_options = options;
    m_entries.clear();
    m_databases.clear();
    m_error.clear();
    m_cancelled = false;
    m_complete = false;
    m_running = true;
    const quint64 token = ++m_token;
    auto run = std::make_shared<Run>();
    m_run = run;
    // Results come back as queued calls on this object, in the order the worker made them; a
    // later sweep's token makes an earlier one's late results harmless.
    // Not waited for here: the destructor waits for the pool.
    (void)QtConcurrent::run(&m_pool, [this, token, run, options] {
        pg::Error error;
        QStringList databases;
        {
            pg::Connection conn;
            error = conn.open(options);
            if (error.isNull())
                databases = DatabaseSweep::listDatabases(conn, &error);
        }
        if (!error.isNull()) {
            const QString message = tr("Could not list the databases of the server: %1").arg(error.message.trimmed());
            QMetaObject::invokeMethod(this, [this, token, message] { onFinished(token, false, message); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, token, databases] { onListed(token, databases); }, Qt::QueuedConnection);
        const auto visit = [this, token](const SweptDatabase &d) {
            // The rights are worked out here, off the GUI thread: that is the expensive part.
            Entry e{d.database, d.ok() ? std::make_shared<const EffectiveRights>(d.snapshot) : nullptr, d.message};
            QMetaObject::invokeMethod(this, [this, token, e] { onEntry(token, e); }, Qt::QueuedConnection);
        };
        const auto progress = [this, token](int index, int count, const QString &database) {
            QMetaObject::invokeMethod(this, [this, token, index, count, database] {
                if (token == m_token)
                    emit progressed(index, count, database);
            }, Qt::QueuedConnection);
        };
        const DatabaseSweep::Outcome out = run->sweep.run(options, databases, visit, progress, &run->cancelled);
        const bool cancelled = out.cancelled;
        QMetaObject::invokeMethod(this, [this, token, cancelled] { onFinished(token, cancelled, {}); },
                                  Qt::QueuedConnection);
    });
}

void ServerRightsSweep::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled.store(true);
    m_run->sweep.cancel();
}

void ServerRightsSweep::clear()
{
    cancel();
    ++m_token; // whatever the cancelled sweep still sends is dropped
    m_run.reset();
    m_entries.clear();
    m_databases.clear();
    m_error.clear();
    m_running = false;
    m_cancelled = false;
    m_complete = false;
}

void ServerRightsSweep::onListed(quint64 token, const QStringList &databases)
{
    if (token == m_token)
        m_databases = databases;
}

void ServerRightsSweep::onEntry(quint64 token, const Entry &entry)
{
    if (token != m_token)
        return;
    m_entries << entry;
    emit databaseRead(entry.database);
}

void ServerRightsSweep::onFinished(quint64 token, bool cancelled, const QString &error)
{
    if (token != m_token)
        return;
    m_run.reset();
    m_running = false;
    m_cancelled = cancelled;
    m_error = error;
    m_complete = !cancelled && error.isEmpty();
    emit finished();
}

} // namespace roledesk
