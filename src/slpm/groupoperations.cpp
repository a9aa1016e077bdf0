#include "slpm/groupoperations.h"

#include "catalog/snapshotloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>

namespace roledesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(roledesk::GroupOperationRunner)
};

bool repeats(GroupOperation op)
{
    return op == GroupOperation::Migrate || op == GroupOperation::Cleanup;
}

/// Objects slpm_ce's migrate still has to hand over; -1 where the server cannot tell (Hologres,
/// or a user who may not read the view).
qint64 objectsLeft(pg::Connection &conn)
{
    const pg::Result exists = conn.exec(QStringLiteral("SELECT pg_catalog.to_regclass('slpm_ce.objects') IS NOT NULL, "
                                                       "pg_catalog.to_regclass('slpm_ce.not_migrated') IS NOT NULL"));
    if (!exists.ok() || exists.rows() != 1 || !exists.boolean(0, 0))
        return -1;
    // slpm_ce.not_migrated is the same list shaped for a pass over the whole catalog (4x faster).
    const pg::Result r = conn.exec(exists.boolean(0, 1) ? QStringLiteral("SELECT pg_catalog.count(*) FROM slpm_ce.not_migrated")
                                                        : pg::Connection::sqlResource(QStringLiteral(":/catalog/groups/migrate_left.sql")));
    if (!r.ok() || r.rows() != 1)
        return -1;
    return r.integer(0, 0);
}

} // namespace

Statement GroupOperationRequest::statement() const
{
    const auto proc = [this](QStringView op) { return QStringLiteral("CALL ") + schemagroups::procedure(model, op); };
    const QString what = QStringLiteral("database");
    switch (operation) {
    case GroupOperation::Enable:
        if (reenable && model == GroupModel::Slpm)
            return {proc(u"enable") + QStringLiteral("($1)"), -1, what, {QStringLiteral("t")}};
        return {proc(u"enable") + QStringLiteral("()"), -1, what};
    case GroupOperation::Migrate:
        return {proc(u"migrate") + QStringLiteral("($1)"), -1, what, {batch}};
    case GroupOperation::Disable:
        return {proc(u"disable") + QStringLiteral("()"), -1, what};
    case GroupOperation::Cleanup:
        // The procedures fold a name unless it is double-quoted, as they do a group's name.
        return {proc(u"cleanup") + QStringLiteral("($1, $2)"), -1, what,
                {schemagroups::callArgument(database), batch}};
    }
    return {};
}

QString GroupOperationRequest::title() const
{
    const QString m = model == GroupModel::Spm ? QStringLiteral("SPM") : QStringLiteral("SLPM");
    switch (operation) {
    case GroupOperation::Enable: return Tr::tr("Enable %1").arg(m);
    case GroupOperation::Migrate: return Tr::tr("Migrate existing objects to %1").arg(m);
    case GroupOperation::Disable: return Tr::tr("Disable %1").arg(m);
    case GroupOperation::Cleanup: return Tr::tr("Clean up the %1 groups of %2").arg(m, database);
    }
    return {};
}

GroupOperationRunner::GroupOperationRunner(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

GroupOperationRunner::~GroupOperationRunner() = default;

void GroupOperationRunner::registerMetaTypes()
{
    SnapshotLoader::registerMetaTypes(); // pg::ConnectOptions, pg::Error
    qRegisterMetaType<roledesk::GroupOperationRequest>();
    qRegisterMetaType<roledesk::GroupOperationOutcome>();
}

quint64 GroupOperationRunner::start(const pg::ConnectOptions &options, const GroupOperationRequest &request)
{
    const quint64 task = ++m_latest;
    QMetaObject::invokeMethod(
        this, [this, task, options, request] { run(task, options, request); }, Qt::QueuedConnection);
    return task;
}

void GroupOperationRunner::cancel()
{
    {
        std::lock_guard lock(m_stateMutex);
        m_cancelledUpTo = m_latest.load();
        m_cancelled = true;
    }
    m_conn.requestCancel();
}

GroupOperationOutcome GroupOperationRunner::perform(pg::Connection &conn, const GroupOperationRequest &request,
                                                    const std::function<void(int, qint64)> &progress,
                                                    const std::atomic_bool *cancelled)
{
    GroupOperationOutcome out;
    QElapsedTimer clock;
    clock.start();
    // Who and where, as the server says on this connection (never the client's options).
    out.server = conn.host() + u':' + conn.port();
    if (const pg::Result who = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/catalog/groups/who.sql")));
        who.ok() && who.rows() == 1) {
        out.sessionUser = who.text(0, 0);
        out.database = who.text(0, 1);
        out.systemIdentifier = who.text(0, 2);
    }
    const auto finish = [&]() -> GroupOperationOutcome & {
        out.elapsedMs = clock.elapsed();
        return out;
    };
    const QString title = request.title();
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    const bool repeated = repeats(request.operation);
    const bool knowsLeft = request.operation == GroupOperation::Migrate;
    if (progress && knowsLeft)
        progress(0, objectsLeft(conn));
    // slpm_ce's migrate says in its notice how many objects are left ("64 objects handed over,
    // 6122 left."): read it there rather than pass over the catalog again after every batch.
    qint64 leftFromNotice = -1;
    if (knowsLeft) {
        conn.setNoticeHandler([&leftFromNotice](const pg::Error &notice) {
            static const QRegularExpression left(QStringLiteral("^\\d+ objects handed over, (\\d+) left\\.$"));
            if (const QRegularExpressionMatch m = left.match(notice.detail); m.hasMatch())
                leftFromNotice = m.captured(1).toLongLong();
        });
    }
    const auto restoreNotices = qScopeGuard([&conn, knowsLeft] {
        if (knowsLeft)
            conn.setNoticeHandler({});
    });
    // Each call commits on its own (autocommit): a batch that ran stays, so a cancelled or cut-off
    // migrate or cleanup goes on where it stopped when it is run again.
    for (;;) {
        if (isCancelled()) {
            out.status = GroupOperationOutcome::Status::Cancelled;
            out.message = Tr::tr("%1 was cancelled after %n batch(es); run it again to go on.", "", out.batches).arg(title);
            return finish();
        }
        const Statement st = request.statement();
        leftFromNotice = -1;
        const pg::Result r = conn.exec(st.sql, st.params);
        if (!r.ok()) {
            const pg::Error &e = r.error();
            out.error = e;
            out.failedSql = st.display();
            if (e.connectionLost) {
                out.status = GroupOperationOutcome::Status::ConnectionLost;
                out.message = Tr::tr("%1 stopped: the connection was lost (%2). The %n batch(es) before it are kept.",
                                     "", out.batches).arg(title, e.message);
            } else if (e.sqlstate == QLatin1String(pg::sqlstate::QueryCanceled) && isCancelled()) {
                out.status = GroupOperationOutcome::Status::Cancelled;
                out.message = Tr::tr("%1 was cancelled after %n batch(es); run it again to go on.", "", out.batches)
                                  .arg(title);
            } else {
                out.status = GroupOperationOutcome::Status::Failed;
                out.message = e.sqlstate == QLatin1String(pg::sqlstate::InsufficientPrivilege)
                                  ? Tr::tr("%1 was refused: %2 (only a superuser, or for some calls the "
                                           "database's admin group, may call %3).")
                                        .arg(title, e.message, st.sql.section(u'(', 0, 0).mid(5))
                                  : Tr::tr("%1 failed: %2").arg(title, e.message);
            }
            return finish();
        }
        ++out.batches;
        out.sql << st.display();
        const QString answer = r.rows() > 0 && r.columns() > 0 ? r.text(0, 0) : QString();
        out.completed = !repeated || answer.isEmpty() || answer.compare(u"COMPLETED", Qt::CaseInsensitive) == 0;
        if (progress)
            progress(out.batches, !knowsLeft ? -1 : out.completed ? 0 : leftFromNotice >= 0 ? leftFromNotice : objectsLeft(conn));
        if (out.completed)
            break;
    }
    out.message = repeated ? Tr::tr("%1: completed in %n batch(es).", "", out.batches).arg(title)
                           : Tr::tr("%1: done.").arg(title);
    return finish();
}

JournalEntry GroupOperationRunner::journalEntry(const GroupOperationRequest &request, const GroupOperationOutcome &outcome)
{
    JournalEntry e;
    switch (request.operation) {
    case GroupOperation::Enable: e.kind = QStringLiteral("schema groups enable"); break;
    case GroupOperation::Migrate: e.kind = QStringLiteral("schema groups migrate"); break;
    case GroupOperation::Disable: e.kind = QStringLiteral("schema groups disable"); break;
    case GroupOperation::Cleanup: e.kind = QStringLiteral("schema groups cleanup"); break;
    }
    e.subject = request.operation == GroupOperation::Cleanup ? request.database : outcome.database;
    e.databaseUser = outcome.sessionUser;
    e.database = outcome.database;
    e.server = outcome.server;
    e.systemIdentifier = outcome.systemIdentifier;
    // The calls that committed, then the one that failed or was cancelled, marked as such.
    QStringList sql = outcome.sql;
    for (QString &line : sql)
        line += u';';
    if (!outcome.failedSql.isEmpty())
        sql << QStringLiteral("-- not completed: ") + outcome.failedSql + u';';
    e.sql = sql.join(u'\n');
    e.statements = outcome.batches;
    e.durationMs = outcome.elapsedMs;
    switch (outcome.status) {
    case GroupOperationOutcome::Status::Done: e.result = QStringLiteral("applied"); break;
    case GroupOperationOutcome::Status::Failed: e.result = QStringLiteral("failed"); break;
    case GroupOperationOutcome::Status::Cancelled: e.result = QStringLiteral("cancelled"); break;
    case GroupOperationOutcome::Status::ConnectionLost: e.result = QStringLiteral("connection lost"); break;
    }
    if (outcome.status != GroupOperationOutcome::Status::Done)
        e.message = outcome.message;
    return e;
}

void GroupOperationRunner::run(quint64 task, const pg::ConnectOptions &options, const GroupOperationRequest &request)
{
    {
        std::lock_guard lock(m_stateMutex);
        if (task <= m_cancelledUpTo) {
            GroupOperationOutcome out;
            out.status = GroupOperationOutcome::Status::Cancelled;
            out.message = Tr::tr("%1 was cancelled before it began.").arg(request.title());
            emit finished(task, out);
            return;
        }
        m_cancelled = false;
    }
    if (const pg::Error e = m_conn.open(options); !e.isNull()) {
        GroupOperationOutcome out;
        out.status = GroupOperationOutcome::Status::Failed;
        out.error = e;
        out.message = Tr::tr("%1 failed: cannot connect to the server (%2).").arg(request.title(), e.message);
        emit finished(task, out);
        return;
    }
    const GroupOperationOutcome out = perform(m_conn, request, [&](int batches, qint64 left) {
        emit progressed(task, batches, left);
    }, &m_cancelled);
    m_conn.close();
    emit finished(task, out);
}

} // namespace roledesk
