#include "plan/applier.h"

#include "pg/pipeline.h"
#include "plan/conflictcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace roledesk {

namespace {

// "RoleDesk" in ASCII: every RoleDesk applier takes this transaction-scoped advisory lock.
constexpr qint64 AdvisoryKey = 0x526f6c654465736bLL;
// Statements per pipeline batch: results of a batch (a few dozen bytes each) stay far below the
// socket buffers, and cancel / progress get a chance every batch.
constexpr int BatchSize = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("roledesk::PlanApplier", text);
}

bool isConnectionLoss(const pg::Error &e)
{
    return e.connectionLost || e.sqlstate.startsWith(QLatin1String("08")) || e.sqlstate == u"57P01"
           || e.sqlstate == u"57P02" || e.sqlstate == u"57P03";
}

/// A schema-group procedure that failed because the applying role may not call it says so: only
/// superusers and members of the database's admin group may, and others (PUBLIC has no USAGE on
/// schema public under the model) do not even find the procedure.
pg::Error withSchemaGroupHint(pg::Error error, const Plan &plan, const Statement &failed)
{
    if (failed.change < 0 || failed.change >= plan.size())
        return error;
    const auto *call = std::get_if<SchemaGroupCall>(&plan.changes().at(failed.change));
    if (!call)
        return error;
    if (error.sqlstate != QLatin1String(pg::sqlstate::InsufficientPrivilege) && error.sqlstate != QLatin1String("42883"))
        return error;
    const QString admin = call->model == GroupModel::Spm ? QStringLiteral("{db}_admin") : QStringLiteral("{db}.admin");
    error.hint = tr("Only superusers and members of the database's admin group (%1) may call %2; the "
                    "applying role is neither, or the database has no schema-group procedures.")
                     .arg(admin, failed.sql.section(u'(', 0, 0).mid(5));
    return error;
}

} // namespace

ApplyOutcome PlanApplier::apply(pg::Connection &conn, const Plan &plan, const Snapshot *base,
                                const Progress &progress, const std::atomic_bool *cancelled)
{
    QElapsedTimer timer;
    timer.start();
    ApplyOutcome out;
    const QList<Statement> statements = plan.statements();
    const auto isCancelled = [&] { return cancelled && cancelled->load(); };
    bool inTransaction = false;

    // Ends the transaction (if the connection still works) and fills in the status from an error.
    const auto fail = [&](const pg::Error &error, const Statement &statement) {
        out.error = error;
        out.failed = statement;
        if (isConnectionLoss(error) || !conn.isOpen()) {
            out.status = ApplyOutcome::Status::ConnectionLost;
            out.error.connectionLost = true;
        } else {
            if (inTransaction)
                conn.exec(QStringLiteral("ROLLBACK"));
            out.status = (isCancelled() || error.sqlstate == QLatin1String(pg::sqlstate::QueryCanceled))
                             ? ApplyOutcome::Status::Cancelled
                             : ApplyOutcome::Status::Failed;
        }
        out.elapsedMs = timer.elapsed();
        return out;
    };
    const auto cancelledError = [] {
        pg::Error e = pg::Error::client(tr("The apply was cancelled."));
        e.sqlstate = QString::fromLatin1(pg::sqlstate::QueryCanceled);
        return e;
    };
    const Statement checkStatement{QString(), -1, tr("conflict check")};

    if (isCancelled())
        return fail(cancelledError(), {});
    if (const pg::Result r = conn.exec(QStringLiteral("BEGIN")); !r.ok())
        return fail(r.error(), {QStringLiteral("BEGIN"), -1, QString()});
    inTransaction = true;
    const pg::Result session = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/session.sql")),
                                         {AdvisoryKey});
    if (!session.ok())
        return fail(session.error(), checkStatement);
    const bool superuser = session.rows() == 1 && session.boolean(0, 1);
    if (session.rows() == 1) {
        out.sessionUser = session.text(0, 2);
        out.database = session.text(0, 3);
        out.systemIdentifier = session.text(0, 5);
    }
    // A plan belongs to the server and database it was made on: never run it anywhere else.
    if (base && base->databaseOid != 0 && session.rows() == 1
        && (session.oid(0, 4) != base->databaseOid || out.systemIdentifier != base->systemIdentifier)) {
        out.wrongDatabase = true;
        return fail(pg::Error::client(tr("This plan was made for database %1 (server %2) but the connection is to "
                                         "database %3 (server %4); nothing was applied.")
                                          .arg(base->database, base->systemIdentifier, out.database,
                                               out.systemIdentifier)),
                    {QString(), -1, tr("database identity")});
    }

    if (base) {
        QElapsedTimer check;
        check.start();
        using conflictcheck::jsonText;
        const conflictcheck::Request rq = conflictcheck::buildRequest(plan, base->models.flavour == ModelState::Flavour::Community
                                                  && base->models.rolesKnown);
        // A superuser first only finds the rows to lock (object ACLs are compared from the
        // second read, after the lock); others read once.
        conflictcheck::State st;
        if (pg::Error e = conflictcheck::readState(conn, rq, st, !superuser); !e.isNull())
            return fail(e, checkStatement);
        if (superuser) {
            // Lock the rows just found, then read them again: a writer that got in before the lock
            // has committed by the time the lock is granted, and none can get in after it.
            const pg::Result locked = conn.exec(
                pg::Connection::sqlResource(QStringLiteral(":/plan/lock_rows.sql")),
                {jsonText(st.classes), jsonText(st.procs), jsonText(st.types), jsonText(st.namespaces),
                 jsonText(st.databases), jsonText(st.defaultAclOids), jsonText(st.attributes), jsonText(rq.roles),
                 jsonText(st.languages)});
            if (!locked.ok())
                return fail(locked.error(), checkStatement);
            for (int c = 0; c < locked.columns(); ++c)
                out.rowsLocked += int(locked.integer(0, c));
            if (rq.touchesSharedTables) {
                const pg::Result tables = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/plan/lock_tables.sql")));
                if (!tables.ok())
                    return fail(tables.error(), checkStatement);
            }
            st = conflictcheck::State();
            if (pg::Error e = conflictcheck::readState(conn, rq, st, true); !e.isNull())
                return fail(e, checkStatement);
        }
        out.conflicts = conflictcheck::compare(rq, st, *base, out.objectsCompared);
        out.checkMs = check.elapsed();
        if (!out.conflicts.isEmpty()) {
            conn.exec(QStringLiteral("ROLLBACK"));
            out.status = ApplyOutcome::Status::Conflict;
            out.elapsedMs = timer.elapsed();
            return out;
        }
    }

    if (isCancelled())
        return fail(cancelledError(), {});
    // Values are bound, but the two literals of utility statements (PASSWORD, VALID UNTIL) are
    // not: never run them in a session that reads backslashes in '...' as escapes. The server
    // reports every change of the setting, so this is how the next statement will be parsed.
    if (!conn.standardConformingStrings())
        return fail(pg::Error::client(tr("standard_conforming_strings is off in this session; "
                                         "RoleDesk applies nothing where it is off.")),
                    {QString(), -1, tr("session settings")});
    QList<pg::PipelineStatement> sql;
    sql.reserve(statements.size());
    for (const Statement &s : statements)
        sql.push_back({s.sql, s.params});
    const int total = int(sql.size());
    if (progress)
        progress(0, total);
    const pg::PipelineOutcome run = pg::runPipeline(conn, sql, BatchSize, [&](int done) {
        if (progress)
            progress(done, total);
        return !isCancelled();
    });
    out.statementsRun = run.completed;
    if (run.stopped)
        return fail(cancelledError(), {});
    if (!run.error.isNull()) {
        const Statement failed = run.failedIndex >= 0 ? statements.at(run.failedIndex) : Statement{};
        return fail(withSchemaGroupHint(run.error, plan, failed), failed);
    }

    if (const pg::Result r = conn.exec(QStringLiteral("COMMIT")); !r.ok()) {
        // A COMMIT that fails in flight leaves the outcome unknown; the caller re-reads.
        return fail(r.error(), {QStringLiteral("COMMIT"), -1, QString()});
    }
    out.status = ApplyOutcome::Status::Applied;
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace roledesk
