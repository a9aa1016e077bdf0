#pragma once

#include "catalog/modelcatalog.h"
#include "inference/kserveclient.h"
#include "inference/vectorsummary.h"
#include "pg/error.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace roledesk {

namespace pg { class Connection; }

/// One test inference through the database: the model's function called with \a text, as
/// \a asRole when given. Everything runs in a transaction that is always rolled back.
struct SqlInferenceRequest {
    QString model;     ///< the model's name, for messages
    QString function;  ///< its function, ModelInfo::functionName ("pgx_embedding_1"); quoted when sent
    QString schema = QStringLiteral("pgx_inference");
    QString text;      ///< bound as $1, never spliced into SQL
    QString asRole;    ///< empty: as the connected user; else SET LOCAL ROLE (needs membership or superuser)
    int statementTimeoutMs = 0; ///< > 0: SET LOCAL statement_timeout for the call; 0: the server's own
    /// > 0: SET LOCAL pgx_inference.triton_timeout_ms, pgx_inference_ce's timeout for its HTTP call
    /// to the inference server; 0: leave it (the vendor's extension has no such setting)
    int serverTimeoutMs = 0;
};

/// The outcome of one SqlInference::run(): the vector and its summary, or the exact PostgreSQL
/// error and the step it stopped at.
struct SqlInferenceResult {
    /// Where the run stopped; Done when the function returned a vector.
    enum class Stage {
        Connect,  ///< no connection (from the worker)
        Begin,    ///< BEGIN or the statement timeout failed
        SetRole,  ///< SET LOCAL ROLE failed: not a member of the role, or the role does not exist
        Call,     ///< the function call failed: permission denied (42501), server error, timeout...
        Result,   ///< the function returned NULL or something that is not a finite real[]
        Done,
    };

    Stage stage = Stage::Done;
    /// What was asked (model, function, role): set by SqlInference::run, so that the result
    /// describes itself wherever it travels (a queued signal, an access-test cell).
    SqlInferenceRequest request;
    pg::Error error;       ///< exactly as the server sent it (SQLSTATE, message, detail, hint, context)
    QString role;          ///< the role the call ran as (the asked role, or the connected user)
    QString connectedUser; ///< the login of the connection
    QString statement;     ///< the SELECT that was sent (the text bound, not shown)
    QList<float> values;   ///< the whole vector when ok()
    VectorSummary summary; ///< dimension, first values and norm when ok()
    double latencyMs = 0.0; ///< the SELECT's round trip (BEGIN, SET ROLE, ROLLBACK excluded)

    bool ok() const { return stage == Stage::Done; }
    /// The call was refused for lack of a privilege (EXECUTE on the function, USAGE on its
    /// schema) or by the extension's own check: SQLSTATE 42501 at the Call stage. Not the
    /// extension's refusal of this session's server settings (ExtensionSettings), which meets
    /// every role alike: that one failed inside the function.
    bool permissionDenied() const;
    /// The function body ran and failed inside (the error carries a PL context), so the caller
    /// did hold EXECUTE: "allowed, but the inference failed" (model not loaded, server down...).
    bool failedInsideFunction() const;
    /// One or two translated sentences for people: the outcome naming the model, function and role,
    /// then the server's message (SQLSTATE), detail and hint; about the request the result carries.
    QString describe() const;
    /// As describe(), about \a asked instead of the request carried.
    QString describe(const SqlInferenceRequest &asked) const;
};

/// Runs test inferences through the database on a pg::Connection. Blocking: call it on a worker
/// thread, outside any transaction on that connection. To stop a running call, use
/// Connection::requestCancel() from another thread (the result is a 57014 error at Call).
class SqlInference {
    Q_DECLARE_TR_FUNCTIONS(roledesk::SqlInference)
public:
    /// BEGIN; [SET LOCAL statement_timeout, pgx_inference.triton_timeout_ms]; [SET LOCAL ROLE "role"];
    /// SELECT "schema"."function"($1); ROLLBACK (always, whatever failed).
    static SqlInferenceResult run(pg::Connection &conn, const SqlInferenceRequest &request);

    /// The inference server the database's pgx_inference_ce talks to, as this session sees its
    /// settings: pgx_inference.triton_url (baseUrl; empty when unset), triton_restricted_header and
    /// triton_timeout_ms. For the panel's "straight to the server" path. Blocking.
    static KServeSettings serverSettings(pg::Connection &conn, pg::Error *error = nullptr);
    /// The same settings as read with a catalog snapshot (ModelState::serverUrl...).
    static KServeSettings serverSettings(const ModelState &state);

    /// The SELECT statement run() sends, with the function name quoted by pg::quoteIdent.
    static QString statement(const SqlInferenceRequest &request);

    /// Parses a real[] in PostgreSQL's text form ("{0.5,-1,2e-05}"); nullopt, with \a problem set,
    /// on a malformed array, a NULL element or a non-finite value (NaN, Infinity).
    static std::optional<QList<float>> parseRealArray(QStringView text, QString *problem = nullptr);
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::SqlInferenceRequest)
Q_DECLARE_METATYPE(roledesk::SqlInferenceResult)
