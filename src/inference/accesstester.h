#pragma once

#include "catalog/modelcatalog.h"
#include "catalog/snapshot.h"
#include "inference/sqlinference.h"
#include "pg/error.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace roledesk {

class EffectiveRights;
namespace pg { class Connection; }

/// What the privilege engine says about one role using one model: calling the model's function
/// needs EXECUTE on it and USAGE on its schema (through inheritance, PUBLIC or ownership), or
/// being a superuser.
struct AccessPrediction {
    bool known = false;       ///< false: the model's function is not in the snapshot (missing, or unreadable)
    bool superuser = false;   ///< the role is a superuser: every check passes
    bool execute = false;     ///< EXECUTE on the function
    bool schemaUsage = false; ///< USAGE on the function's schema
    QString via;              ///< how EXECUTE reaches the role (EffectiveRights::viaText), empty when not

    bool allowed() const { return known && (superuser || (execute && schemaUsage)); }
};

/// What really happened when the inference ran as the role.
enum class AccessOutcome {
    NotRun,           ///< cancelled before this cell ran
    Allowed,          ///< the function returned a vector
    AllowedButFailed, ///< the function body ran (so EXECUTE was held) and failed inside: model not loaded, server down...
    Denied,           ///< SQLSTATE 42501 at the call
    Undetermined,     ///< the call could not show either: SET ROLE refused, unknown role, missing function, lost connection
};

/// One role x model cell of an access test.
struct AccessCell {
    QString role;
    QString model;
    AccessPrediction predicted;
    AccessOutcome actual = AccessOutcome::NotRun;
    SqlInferenceResult result; ///< the run behind \c actual, with the exact error

    /// The run showed whether the role may use the model.
    bool tested() const
    {
        return actual == AccessOutcome::Allowed || actual == AccessOutcome::AllowedButFailed
            || actual == AccessOutcome::Denied;
    }
    bool actualAllowed() const { return actual == AccessOutcome::Allowed || actual == AccessOutcome::AllowedButFailed; }
    /// The run and the prediction differ: what the matrix shows is not what the server does.
    bool disagrees() const { return tested() && predicted.known && predicted.allowed() != actualAllowed(); }
};

/// Which roles and models to test, and with what.
struct AccessTestOptions {
    QStringList roles;   ///< empty: AccessTester::defaultRoles()
    QStringList models;  ///< model names; empty: every model the connected user sees
    QString text = QStringLiteral("RoleDesk access test");
    int statementTimeoutMs = 0; ///< per call; 0: the server's own
    int serverTimeoutMs = 0;    ///< SqlInferenceRequest::serverTimeoutMs
};

/// The grid of an access test: rows are roles, columns models.
struct AccessReport {
    QString database;
    QString connectedUser;
    bool connectedAsSuperuser = false;
    QStringList roles;
    QList<ModelInfo> models;
    QList<AccessCell> cells; ///< roles.size() * models.size(), row by row
    pg::Error error;         ///< what stopped the whole test (connection, catalog, unknown model); null otherwise
    bool cancelled = false;

    const AccessCell &cell(int role, int model) const { return cells.at(qsizetype(role) * models.size() + model); }
    int disagreements() const;
    /// Cells that ran but could not show access either way.
    int undetermined() const;
    /// No error, not cancelled, every cell tested and agreeing with its prediction.
    bool allAgree() const;
};

/// "Test access for all users": runs the test inference as each role on each model (through
/// SqlInference, rolled back) and sets the outcome beside the privilege engine's prediction.
class AccessTester {
    Q_DECLARE_TR_FUNCTIONS(roledesk::AccessTester)
public:
    /// Called after each cell with the cells done, their total and the cell.
    using Progress = std::function<void(int done, int total, const AccessCell &cell)>;

    /// The roles worth testing by default: those that can log in, without the predefined pg_*
    /// roles, sorted by name. Superusers are included (their cells are trivially allowed and
    /// marked so by AccessPrediction::superuser).
    static QStringList defaultRoles(const Snapshot &snapshot);

    /// The prediction for role \a role (index into the snapshot's roles) and \a model, whose
    /// function is found by ModelInfo::functionOid; \a schema is the function's schema.
    static AccessPrediction predict(const EffectiveRights &rights, int role, const ModelInfo &model,
                                    const QString &schema = QStringLiteral("pgx_inference"));

    /// Blocking (worker thread). Tests every role of \a options (or defaultRoles()) on every model
    /// of \a options found in \a models (or all of them). SET LOCAL ROLE needs the connected user to
    /// be a superuser or a member of each role; where it is not, the role's cells are Undetermined
    /// with an explanation. \a cancelled is polled between cells (use Connection::requestCancel()
    /// to stop a running call too); a cancelled test returns the cells done so far.
    static AccessReport run(pg::Connection &conn, const EffectiveRights &rights, const QList<ModelInfo> &models,
                            const AccessTestOptions &options, const Progress &progress = {},
                            const std::atomic_bool *cancelled = nullptr);

    /// Stable untranslated names for exports: not_run, allowed, allowed_but_failed, denied, undetermined.
    static QString outcomeName(AccessOutcome outcome);
    /// The same for people (translated).
    static QString outcomeLabel(AccessOutcome outcome);
    /// Classifies one run.
    static AccessOutcome classify(const SqlInferenceResult &result);
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::AccessCell)
Q_DECLARE_METATYPE(roledesk::AccessReport)
Q_DECLARE_METATYPE(roledesk::AccessTestOptions)
