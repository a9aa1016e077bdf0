#pragma once

// Internal to src/pgx: building ModelOutcomes and running a task's transaction. Not for the GUI.

#include "pg/error.h"
#include "pgx/modeltask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace roledesk {

namespace pg { class Connection; }

namespace pgxdetail {

class Transaction;

/// Builds the outcome of one task: times it and turns errors into messages that name the model
/// and the cause. Each finishing call returns the outcome with elapsedMs set.
class TaskOutcome {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelOutcome)

public:
    TaskOutcome(ModelTask task, const QString &model, const QString &file = {});

    ModelOutcome &outcome() { return m_o; }
    ModelOutcome done();
    /// A failure found on the client (name, metadata, file), before or instead of the server.
    ModelOutcome refused(ModelOutcome::Cause cause, const QString &message, const pg::Error &error = {});
    /// A problem with the local file; \a message names the file, the sentence saying that
    /// nothing was changed is appended.
    ModelOutcome fileProblem(const QString &message, const QString &osError = {});
    ModelOutcome cancelled();
    /// A failure reported by the server or libpq, called after the task's transaction was rolled
    /// back. With \a cancelFlag set, any error counts as the cancel taking effect. On 42501 it
    /// tells a session setting the extension refuses from a missing privilege, asks the extension
    /// whether the model exists at all (NotFound first, as the extension itself answers), and
    /// asks the server which role acted and whether it may use schema pgx_inference, to say what
    /// is missing.
    ModelOutcome failed(pg::Connection &conn, const pg::Error &error, const std::atomic_bool *cancelFlag);
    /// The end of a task that changes the database in \a tx: rolled back as cancelled when
    /// \a cancelFlag was set meanwhile, else committed (a failed commit is a failure).
    ModelOutcome commit(pg::Connection &conn, Transaction &tx, const std::atomic_bool *cancelFlag);

    /// "Importing model "x"", "Loading model "x"", ...: the subject of the generic messages.
    QString doing() const;
    /// "Nothing was imported.", "The model keeps its previous file.", ...
    QString nothingChanged() const;

private:
    ModelOutcome finish(ModelOutcome::Status status);
    /// True when the extension says that the task's model does not exist.
    bool modelMissing(pg::Connection &conn) const;
    QString permissionMessage(pg::Connection &conn) const;

    QElapsedTimer m_timer;
    ModelOutcome m_o;
};

/// One transaction of a task: rolled back unless committed, also when the task returns early.
class Transaction {
public:
    explicit Transaction(pg::Connection &conn) : m_conn(conn) {}
    ~Transaction() { rollback(); }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Runs \a sql ("BEGIN" or a variant). Call it outside a transaction.
    pg::Error begin(const char *sql = "BEGIN");
    pg::Error commit();
    /// Rolls back when open and the connection still works; harmless otherwise.
    void rollback();

private:
    pg::Connection &m_conn;
    bool m_open = false;
};

/// The metadata of \a model as JSON text for the server: \a text must be a JSON object ("" means
/// {}). Empty on success with \a json set; otherwise a message for people.
QString checkMetadata(const QString &model, const QString &text, QString *json);

/// A chunk size within the bounds the tasks accept; \a requested 0 gives the default.
qint64 chunkBytesFor(qint64 requested);

} // namespace pgxdetail
} // namespace roledesk
