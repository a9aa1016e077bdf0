#include "inference/accesstester.h"

#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <algorithm>

namespace roledesk {

int AccessReport::disagreements() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(), [](const AccessCell &c) { return c.disagrees(); }));
}

int AccessReport::undetermined() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(),
                             [](const AccessCell &c) { return c.actual == AccessOutcome::Undetermined; }));
}

bool AccessReport::allAgree() const
{
    return error.isNull() && !cancelled
        && std::all_of(cells.cbegin(), cells.cend(), [](const AccessCell &c) {
               return c.tested() && c.predicted.known && !c.disagrees();
           });
}

QStringList AccessTester::defaultRoles(const Snapshot &snapshot)
{
    QStringList roles;
    for (const Role &r : snapshot.roles)
        if (r.canLogin && !r.predefined)
            roles.append(r.name);
    std::sort(roles.begin(), roles.end());
    return roles;
}

AccessPrediction AccessTester::predict(const EffectiveRights &rights, int role, const ModelInfo &model,
                                       const QString &schema)
{
    AccessPrediction p;
    const Snapshot &s = rights.snapshot();
    if (role < 0 || role >= s.roles.size())
        return p;
    p.superuser = s.roles.at(role).superuser;
    // The function CatalogReader found for the model, if it is this snapshot's (same oid).
    const int function = model.functionObject >= 0 && model.functionObject < s.objects.size()
                                 && s.objects.at(model.functionObject).oid == model.functionOid
                             ? model.functionObject
                             : -1;
    int schemaObject = -1;
    for (int i = 0; i < s.objects.size() && schemaObject < 0; ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.kind == ObjectKind::Schema && o.name == schema)
            schemaObject = i;
    }
    if (function < 0 || schemaObject < 0)
        return p;
    p.known = true;
    p.execute = rights.cell(role, function).granted.testFlag(Privilege::Execute);
    p.schemaUsage = rights.cell(role, schemaObject).granted.testFlag(Privilege::Usage);
    if (p.execute)
        p.via = rights.viaText(role, function, Privilege::Execute);
    return p;
}

AccessOutcome AccessTester::classify(const SqlInferenceResult &result)
{
    if (result.ok())
        return AccessOutcome::Allowed;
    if (result.permissionDenied())
        return AccessOutcome::Denied;
    if (result.failedInsideFunction())
        return AccessOutcome::AllowedButFailed;
    return AccessOutcome::Undetermined;
}

AccessReport AccessTester::run(pg::Connection &conn, const EffectiveRights &rights, const QList<ModelInfo> &models,
                               const AccessTestOptions &options, const Progress &progress,
                               const std::atomic_bool *cancelled)
{
    const Snapshot &s = rights.snapshot();
    AccessReport report;
    report.database = s.database;
    // The login that runs the tests (the snapshot may have been read by another one).
    report.connectedUser = conn.user().isEmpty() ? s.currentUser : conn.user();
    for (const Role &r : s.roles)
        if (r.name == report.connectedUser)
            report.connectedAsSuperuser = r.superuser;
    report.roles = options.roles.isEmpty() ? defaultRoles(s) : options.roles;

    if (options.models.isEmpty()) {
        report.models = models;
    } else {
        for (const QString &name : options.models) {
            const int found = indexOfModel(models, name);
            if (found < 0) {
                report.error = pg::Error::client(
                    tr("model \"%1\" does not exist in database %2, or user %3 may not see it")
                        .arg(name, s.database, s.currentUser));
                return report;
            }
            report.models.append(models.at(found));
        }
    }

    QHash<QString, int> roleIndex;
    for (int i = 0; i < s.roles.size(); ++i)
        roleIndex.insert(s.roles.at(i).name, i);

    const int total = int(report.roles.size() * report.models.size());
    report.cells.reserve(total);
    for (const QString &role : report.roles) {
        const int index = roleIndex.value(role, -1);
        // SET ROLE is refused per role, not per model: once refused, the row's other cells say so
        // without asking again.
        std::optional<SqlInferenceResult> roleRefused;
        for (const ModelInfo &model : report.models) {
            AccessCell cell;
            cell.role = role;
            cell.model = model.name;
            SqlInferenceRequest request;
            request.model = model.name;
            request.function = model.functionName;
            request.text = options.text;
            request.asRole = role;
            request.statementTimeoutMs = options.statementTimeoutMs;
            request.serverTimeoutMs = options.serverTimeoutMs;
            cell.result.request = request;
            cell.predicted = predict(rights, index, model);
            const bool stop = (cancelled && cancelled->load()) || report.cancelled;
            if (stop) {
                report.cancelled = true;
            } else if (index < 0) {
                cell.actual = AccessOutcome::Undetermined;
                cell.result.stage = SqlInferenceResult::Stage::SetRole;
                cell.result.role = role;
                cell.result.connectedUser = report.connectedUser;
                cell.result.error = pg::Error::client(tr("role \"%1\" does not exist").arg(role));
            } else if (roleRefused) {
                cell.actual = AccessOutcome::Undetermined;
                cell.result = *roleRefused;
                cell.result.request = request; // this cell's model, not the one first refused
            } else {
                cell.result = SqlInference::run(conn, request);
                cell.actual = classify(cell.result);
                if (cell.result.stage == SqlInferenceResult::Stage::SetRole)
                    roleRefused = cell.result;
                if (cell.result.error.sqlstate == QLatin1String(pg::sqlstate::QueryCanceled)
                    && cancelled && cancelled->load()) {
                    cell.actual = AccessOutcome::NotRun;
                    report.cancelled = true;
                }
                if (cell.result.error.connectionLost) {
                    report.error = cell.result.error;
                    report.cells.append(cell);
                    return report;
                }
            }
            report.cells.append(cell);
            if (progress)
                progress(int(report.cells.size()), total, report.cells.constLast());
        }
    }
    return report;
}

QString AccessTester::outcomeName(AccessOutcome outcome)
{
    switch (outcome) {
    case AccessOutcome::NotRun: return QStringLiteral("not_run");
    case AccessOutcome::Allowed: return QStringLiteral("allowed");
    case AccessOutcome::AllowedButFailed: return QStringLiteral("allowed_but_failed");
    case AccessOutcome::Denied: return QStringLiteral("denied");
    case AccessOutcome::Undetermined: return QStringLiteral("undetermined");
    }
    return {};
}

QString AccessTester::outcomeLabel(AccessOutcome outcome)
{
    switch (outcome) {
    case AccessOutcome::NotRun: return tr("not run");
    case AccessOutcome::Allowed: return tr("allowed");
    case AccessOutcome::AllowedButFailed: return tr("allowed, inference failed");
    case AccessOutcome::Denied: return tr("denied");
    case AccessOutcome::Undetermined: return tr("could not tell");
    }
    return {};
}

} // namespace roledesk
