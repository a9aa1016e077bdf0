// roledesk-cli test-access: runs the test inference as each role on each model and compares the
// outcome with what the privilege matrix predicts.
#include "cliapp.h"
#include "clioutput.h"

#include "inference/accesstester.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace roledesk {

namespace {

using cli::errorText;
using cli::oneLine;
using cli::printTo;
using cli::programName;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString predictedName(const AccessPrediction &p)
{
    if (!p.known)
        return QStringLiteral("unknown");
    return p.allowed() ? QStringLiteral("allowed") : QStringLiteral("denied");
}

/// "true", "false", or empty when the cell could not be compared.
QString agreesName(const AccessCell &c)
{
    if (!c.tested() || !c.predicted.known)
        return {};
    return c.disagrees() ? QStringLiteral("false") : QStringLiteral("true");
}

QString functionOf(const AccessReport &report, const QString &model)
{
    const int i = indexOfModel(report.models, model);
    return i < 0 ? QString() : QStringLiteral("pgx_inference.") + report.models.at(i).functionName;
}

/// The server's error on one line, with its SQLSTATE.
QString errorLine(const SqlInferenceResult &r)
{
    if (r.ok())
        return {};
    QString line = oneLine(r.error.message);
    if (!r.error.sqlstate.isEmpty())
        line += QStringLiteral(" (SQLSTATE %1)").arg(r.error.sqlstate);
    return line;
}

QString csv(const AccessReport &report)
{
    // RFC 4180, as the audit export: CRLF after every record.
    QString out = QStringLiteral("role,model,function,superuser,predicted,actual,agrees,sqlstate,message\r\n");
    for (const AccessCell &c : report.cells) {
        const QStringList fields{c.role,
                                 c.model,
                                 functionOf(report, c.model),
                                 c.predicted.superuser ? QStringLiteral("true") : QStringLiteral("false"),
                                 predictedName(c.predicted),
                                 AccessTester::outcomeName(c.actual),
                                 agreesName(c),
                                 c.result.error.sqlstate,
                                 oneLine(c.result.error.message)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

QString json(const AccessReport &report)
{
    QJsonArray models;
    for (const ModelInfo &m : report.models)
        models.append(QJsonObject{{QStringLiteral("name"), m.name},
                                  {QStringLiteral("function"), QStringLiteral("pgx_inference.") + m.functionName}});
    QJsonArray cells;
    for (const AccessCell &c : report.cells) {
        QJsonObject cell{{QStringLiteral("role"), c.role},
                         {QStringLiteral("model"), c.model},
                         {QStringLiteral("predicted"),
                          QJsonObject{{QStringLiteral("allowed"), c.predicted.allowed()},
                                      {QStringLiteral("known"), c.predicted.known},
                                      {QStringLiteral("superuser"), c.predicted.superuser},
                                      {QStringLiteral("execute"), c.predicted.execute},
                                      {QStringLiteral("schema_usage"), c.predicted.schemaUsage},
                                      {QStringLiteral("via"), c.predicted.via}}},
                         {QStringLiteral("actual"), AccessTester::outcomeName(c.actual)},
                         {QStringLiteral("disagrees"), c.disagrees()}};
        if (c.actual != AccessOutcome::NotRun)
            cell.insert(QStringLiteral("latency_ms"), c.result.latencyMs);
        if (!c.result.ok() && c.actual != AccessOutcome::NotRun)
            cell.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("sqlstate"), c.result.error.sqlstate},
                                    {QStringLiteral("message"), c.result.error.message},
                                    {QStringLiteral("detail"), c.result.error.detail},
                                    {QStringLiteral("hint"), c.result.error.hint}});
        cells.append(cell);
    }
    const int cellCount = int(report.cells.size());
    const QJsonObject out{
        {QStringLiteral("database"), report.database},
        {QStringLiteral("connected_user"), report.connectedUser},
        {QStringLiteral("connected_as_superuser"), report.connectedAsSuperuser},
        {QStringLiteral("roles"), QJsonArray::fromStringList(report.roles)},
        {QStringLiteral("models"), models},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("cells"), cellCount},
                     {QStringLiteral("disagreements"), report.disagreements()},
                     {QStringLiteral("undetermined"), report.undetermined()},
                     {QStringLiteral("all_agree"), report.allAgree()}}}};
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
}

/// The grid for people: one line per role, one column per model.
QString accessGrid(const AccessReport &report)
{
    // One line per role, one column per model: the outcome, "!" where it disagrees.
    const auto cellText = [](const AccessCell &c) {
        QString t;
        switch (c.actual) {
        case AccessOutcome::Allowed: t = CliApp::tr("allowed"); break;
        case AccessOutcome::AllowedButFailed: t = CliApp::tr("allowed*"); break;
        case AccessOutcome::Denied: t = CliApp::tr("denied"); break;
        case AccessOutcome::Undetermined: t = CliApp::tr("?"); break;
        case AccessOutcome::NotRun: t = CliApp::tr("-"); break;
        }
        return c.disagrees() ? QStringLiteral("! ") + t : t;
    };
    QStringList labels;
    qsizetype roleWidth = CliApp::tr("role").size();
    for (int r = 0; r < report.roles.size(); ++r) {
        const bool super = qsizetype(r + 1) * report.models.size() <= report.cells.size() && !report.models.isEmpty()
            && report.cell(r, 0).predicted.superuser;
        labels.append(report.roles.at(r) + (super ? CliApp::tr(" (superuser)") : QString()));
        roleWidth = std::max(roleWidth, labels.last().size());
    }
    QList<qsizetype> widths;
    for (const ModelInfo &m : report.models)
        widths.append(std::max<qsizetype>(m.name.size(), 10));

    QString out = CliApp::tr("Access test on database %1 as %2%3: %n role(s) x %4", nullptr, int(report.roles.size()))
                      .arg(report.database, report.connectedUser,
                           report.connectedAsSuperuser ? CliApp::tr(" (superuser)") : QString(),
                           CliApp::tr("%n model(s)", nullptr, int(report.models.size())))
                  + QStringLiteral("\n\n");
    out += CliApp::tr("role").leftJustified(roleWidth + 2);
    for (int m = 0; m < report.models.size(); ++m)
        out += report.models.at(m).name.leftJustified(widths.at(m) + 2);
    out = out.trimmed() + u'\n';
    for (int r = 0; r < report.roles.size(); ++r) {
        if (qsizetype(r + 1) * report.models.size() > report.cells.size())
            break; // stopped early: the rows not reached are left out
        QString line = labels.at(r).leftJustified(roleWidth + 2);
        for (int m = 0; m < report.models.size(); ++m)
            line += cellText(report.cell(r, m)).leftJustified(widths.at(m) + 2);
        out += line.trimmed() + u'\n';
    }

    QString disagreements;
    QString undetermined;
    QString failed;
    for (const AccessCell &c : report.cells) {
        const QString where = CliApp::tr("  %1 on %2: ").arg(c.role, c.model);
        if (c.disagrees())
            disagreements += where
                + CliApp::tr("the matrix predicts %1, the server %2").arg(predictedName(c.predicted), c.actualAllowed()
                                                                                               ? CliApp::tr("allowed it")
                                                                                               : CliApp::tr("denied it"))
                + (c.result.ok() ? QString() : QStringLiteral(": ") + errorLine(c.result)) + u'\n';
        else if (c.actual == AccessOutcome::Undetermined)
            undetermined += where + errorLine(c.result) + u'\n';
        else if (c.actual == AccessOutcome::AllowedButFailed)
            failed += where + errorLine(c.result) + u'\n';
    }
    if (!disagreements.isEmpty())
        out += u'\n' + CliApp::tr("Disagreements with the privilege matrix (!):") + u'\n' + disagreements;
    if (!undetermined.isEmpty())
        out += u'\n' + CliApp::tr("Could not tell (?):") + u'\n' + undetermined;
    if (!failed.isEmpty())
        out += u'\n' + CliApp::tr("Allowed, but the inference failed (*):") + u'\n' + failed;
    out += u'\n'
           + CliApp::tr("%n cell(s): %1, %2 could not be tested.", nullptr, int(report.cells.size()))
                 .arg(CliApp::tr("%n disagree(s) with the matrix", nullptr, report.disagreements()))
                 .arg(report.undetermined())
           + u'\n';
    return out;
}

} // namespace

ExitCode CliApp::runTestAccess(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Test access for all users: run the test inference as each role on each model (SET LOCAL ROLE "
        "in a transaction that is rolled back) and set the outcome beside what the privilege matrix "
        "predicts (EXECUTE on the model's function and USAGE on its schema, through memberships, PUBLIC "
        "and ownership; superusers always). The login must be a superuser, or a member of every role "
        "tested. Default roles: every role that can log in except the predefined pg_* roles; default "
        "models: every model the login sees."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dsn = dsnOption();
    const QCommandLineOption models(QStringLiteral("models"), tr("Comma-separated model names to test."),
                                    QStringLiteral("NAMES"));
    const QCommandLineOption roles(QStringLiteral("roles"), tr("Comma-separated roles to test."), QStringLiteral("ROLES"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The input text of every inference."), QStringLiteral("TEXT"),
                                  AccessTestOptions().text);
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
        tr("Give up on one inference after this many ms (statement, and pgx_inference_ce's call to the server)."),
        QStringLiteral("MS"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        tr("Output format: text (default), csv or json. CSV columns: "
           "role,model,function,superuser,predicted,actual,agrees,sqlstate,message; actual is allowed, "
           "allowed_but_failed (the function ran and failed inside: the role holds EXECUTE), denied, "
           "undetermined or not_run."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({help, dsn, models, roles, text, timeout, format});

    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("test-access")))
        return *stop;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("test-access"), message); };
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"csv" && fmt != u"json")
        return usage(tr("unknown format \"%1\" (expected text, csv or json)").arg(fmt));
    AccessTestOptions options;
    options.text = parser.value(text);
    if (parser.isSet(models))
        options.models = parser.value(models).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(roles))
        options.roles = parser.value(roles).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(timeout)) {
        bool ok = false;
        options.statementTimeoutMs = parser.value(timeout).toInt(&ok);
        if (!ok || options.statementTimeoutMs < 1)
            return usage(tr("--timeout-ms needs a positive number of milliseconds"));
    }

    pg::Connection conn;
    SnapshotPtr snapshot;
    if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    if (const ExitCode code = readCatalog(conn, &snapshot); code != ExitCode::Success)
        return code;
    const ModelState &state = snapshot->models;
    if (state.flavour == ModelState::Flavour::None) {
        printError(tr("database %1 has no pgx_inference (or pgx_inference_ce) extension").arg(conn.database()));
        return ExitCode::InferenceFailed;
    }
    if (state.flavour == ModelState::Flavour::Community)
        options.serverTimeoutMs = options.statementTimeoutMs;

    const EffectiveRights rights(snapshot);
    const AccessReport report = AccessTester::run(conn, rights, state.models, options);
    if (!report.error.isNull()) {
        printError(report.error.sqlstate.isEmpty() ? report.error.message
                                                   : errorText(tr("the access test stopped"), report.error));
        return report.error.connectionLost ? ExitCode::ConnectionFailed : ExitCode::InferenceFailed;
    }
    if (report.cells.isEmpty())
        printError(report.models.isEmpty() ? tr("warning: database %1 has no models to test").arg(report.database)
                                           : tr("warning: no roles to test"));
    if (fmt == u"csv")
        printTo(stdout, csv(report));
    else if (fmt == u"json")
        printTo(stdout, json(report));
    else
        printTo(stdout, accessGrid(report));

    if (report.disagreements() > 0) {
        printError(tr("%1 of %n cell(s) disagree with the privilege matrix", nullptr, int(report.cells.size()))
                       .arg(report.disagreements()));
        return ExitCode::AccessDisagrees;
    }
    if (report.undetermined() > 0) {
        printError(tr("%1 of %n cell(s) could not be tested", nullptr, int(report.cells.size())).arg(report.undetermined()));
        return ExitCode::InferenceFailed;
    }
    return ExitCode::Success;
}

} // namespace roledesk
