#include "inference/sqlinference.h"

#include "pg/connection.h"
#include "pg/identifier.h"
#include "pgx/extensionsettings.h"

#include <QElapsedTimer>

#include <cmath>

namespace roledesk {

namespace {

/// "message (SQLSTATE x)" plus DETAIL and HINT lines.
QString errorLines(const pg::Error &e)
{
    QString out = e.message.trimmed();
    if (!e.sqlstate.isEmpty())
        out += QStringLiteral(" (SQLSTATE %1)").arg(e.sqlstate);
    if (!e.detail.isEmpty())
        out += QStringLiteral("\nDETAIL: ") + e.detail.trimmed();
    if (!e.hint.isEmpty())
        out += QStringLiteral("\nHINT: ") + e.hint.trimmed();
    return out;
}

} // namespace

bool SqlInferenceResult::permissionDenied() const
{
    // pgx_inference_ce refuses a session whose server settings differ from the configured ones
    // with 42501 too, whatever the role: that refusal came after the role's EXECUTE was granted.
    return stage == Stage::Call && error.sqlstate == QLatin1String(pg::sqlstate::InsufficientPrivilege)
        && ExtensionSettings::refusedSessionValue(error).isEmpty();
}

bool SqlInferenceResult::failedInsideFunction() const
{
    // PostgreSQL checks EXECUTE before the body runs; an error raised by the body carries the
    // PL handler's context line ("PL/pgSQL function ...", "PL/Python function ...").
    return stage == Stage::Call && !permissionDenied() && !error.connectionLost
        && error.sqlstate != QLatin1String(pg::sqlstate::QueryCanceled)
        && error.context.contains(QLatin1String("function"), Qt::CaseInsensitive);
}

QString SqlInferenceResult::describe() const
{
    return describe(request);
}

QString SqlInferenceResult::describe(const SqlInferenceRequest &asked) const
{
    const QString function = asked.schema + u'.' + asked.function + QStringLiteral("(text)");
    const QString who = role.isEmpty() ? connectedUser : role;
    switch (stage) {
    case Stage::Done:
        return SqlInference::tr("Model \"%1\" answered as role %2: %3 values, norm %4, in %5 ms.")
            .arg(asked.model, who)
            .arg(summary.dimension)
            .arg(summary.norm, 0, 'g', 6)
            .arg(latencyMs, 0, 'f', 2);
    case Stage::Connect:
        return SqlInference::tr("Could not connect to the database for the test inference:") + u'\n' + errorLines(error);
    case Stage::Begin:
        return SqlInference::tr("Could not start the test inference:") + u'\n' + errorLines(error);
    case Stage::SetRole:
        if (error.sqlstate == QLatin1String(pg::sqlstate::InsufficientPrivilege))
            return SqlInference::tr("Cannot run as role %1: the connected user %2 is neither a member of %1 nor "
                                    "a superuser (SET ROLE needs one or the other).")
                       .arg(asked.asRole, connectedUser)
                   + u'\n' + errorLines(error);
        return SqlInference::tr("Cannot run as role %1:").arg(asked.asRole) + u'\n' + errorLines(error);
    case Stage::Call:
        if (permissionDenied())
            return SqlInference::tr("Permission denied: role %1 may not use model \"%2\" (function %3).")
                       .arg(who, asked.model, function)
                   + u'\n' + errorLines(error);
        if (failedInsideFunction())
            return SqlInference::tr("Role %1 may use model \"%2\", but the inference failed:").arg(who, asked.model)
                   + u'\n' + errorLines(error);
        return SqlInference::tr("The call of %1 for model \"%2\" as role %3 failed:").arg(function, asked.model, who)
               + u'\n' + errorLines(error);
    case Stage::Result:
        return SqlInference::tr("Function %1 of model \"%2\" returned an unusable result: %3")
            .arg(function, asked.model, error.message);
    }
    return {};
}

KServeSettings SqlInference::serverSettings(pg::Connection &conn, pg::Error *error)
{
    const pg::Result r = conn.exec(pg::Connection::sqlResource(QStringLiteral(":/catalog/models/settings.sql")));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return {};
    }
    ModelState state;
    state.serverUrl = r.text(0, 1);
    state.serverHeader = r.text(0, 2);
    state.serverTimeoutMs = r.text(0, 3);
    return serverSettings(state);
}

KServeSettings SqlInference::serverSettings(const ModelState &state)
{
    KServeSettings s;
    if (!state.serverUrl.isEmpty())
        s.baseUrl = QUrl(state.serverUrl);
    if (!state.serverHeader.isEmpty())
        s.setHeader(state.serverHeader);
    bool ok = false;
    const int timeout = state.serverTimeoutMs.toInt(&ok);
    if (ok && timeout > 0)
        s.timeoutMs = timeout;
    return s;
}

QString SqlInference::statement(const SqlInferenceRequest &request)
{
    return QStringLiteral("SELECT %1.%2($1)").arg(pg::quoteIdent(request.schema), pg::quoteIdent(request.function));
}

SqlInferenceResult SqlInference::run(pg::Connection &conn, const SqlInferenceRequest &request)
{
    SqlInferenceResult r;
    r.request = request;
    r.connectedUser = conn.user();
    r.role = request.asRole.isEmpty() ? r.connectedUser : request.asRole;
    r.statement = statement(request);

    const auto fail = [&](SqlInferenceResult::Stage stage, const pg::Error &error) {
        r.stage = stage;
        r.error = error;
        if (!error.connectionLost && conn.isOpen())
            conn.exec(QStringLiteral("ROLLBACK"));
        return r;
    };

    if (const pg::Result begin = conn.exec(QStringLiteral("BEGIN")); !begin.ok())
        return fail(SqlInferenceResult::Stage::Begin, begin.error());
    if (request.statementTimeoutMs > 0) {
        const pg::Result t = conn.exec(QStringLiteral("SELECT pg_catalog.set_config('statement_timeout', $1, true)"),
                                       {QString::number(request.statementTimeoutMs)});
        if (!t.ok())
            return fail(SqlInferenceResult::Stage::Begin, t.error());
    }
    if (request.serverTimeoutMs > 0) {
        const pg::Result t = conn.exec(
            QStringLiteral("SELECT pg_catalog.set_config('pgx_inference.triton_timeout_ms', $1, true)"),
            {QString::number(request.serverTimeoutMs)});
        if (!t.ok())
            return fail(SqlInferenceResult::Stage::Begin, t.error());
    }
    if (!request.asRole.isEmpty()) {
        const pg::Result set = conn.exec(QStringLiteral("SET LOCAL ROLE ") + pg::quoteIdent(request.asRole));
        if (!set.ok())
            return fail(SqlInferenceResult::Stage::SetRole, set.error());
    }

    QElapsedTimer timer;
    timer.start();
    const pg::Result call = conn.exec(r.statement, {request.text});
    r.latencyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!call.ok())
        return fail(SqlInferenceResult::Stage::Call, call.error());
    if (call.rows() != 1 || call.isNull(0, 0))
        return fail(SqlInferenceResult::Stage::Result, pg::Error::client(tr("it returned NULL")));
    QString problem;
    std::optional<QList<float>> values = parseRealArray(call.text(0, 0), &problem);
    if (!values)
        return fail(SqlInferenceResult::Stage::Result, pg::Error::client(problem));
    if (values->isEmpty())
        return fail(SqlInferenceResult::Stage::Result, pg::Error::client(tr("it returned an empty array")));
    r.values = std::move(*values);
    r.summary = VectorSummary::of(r.values);
    r.stage = SqlInferenceResult::Stage::Done;
    conn.exec(QStringLiteral("ROLLBACK"));
    return r;
}

std::optional<QList<float>> SqlInference::parseRealArray(QStringView text, QString *problem)
{
    const auto failWith = [problem](const QString &why) -> std::optional<QList<float>> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // A non-default lower bound is written in front: "[0:2]={1,2,3}".
    if (text.startsWith(u'[')) {
        const qsizetype eq = text.indexOf(u'=');
        if (eq < 0)
            return failWith(tr("malformed array bounds"));
        text = text.mid(eq + 1);
    }
    text = text.trimmed();
    if (!text.startsWith(u'{') || !text.endsWith(u'}'))
        return failWith(tr("not an array: %1").arg(text.left(40).toString()));

    QList<float> values;
    values.reserve(text.size() / 8);
    int depth = 0;
    qsizetype start = -1;
    const auto take = [&](qsizetype end) -> bool {
        const QStringView item = text.mid(start, end - start).trimmed();
        start = -1;
        if (item.isEmpty())
            return true;
        if (item.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
            if (problem)
                *problem = tr("element %1 is NULL").arg(values.size());
            return false;
        }
        bool ok = false;
        const float v = item.toFloat(&ok);
        if (!ok || !std::isfinite(v)) {
            if (problem)
                *problem = tr("element %1 is %2, not a finite number").arg(values.size()).arg(item.toString());
            return false;
        }
        values.append(v);
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' || c == u',') {
            if (start >= 0 && !take(i))
                return std::nullopt;
            if (c == u'}' && --depth < 0)
                return failWith(tr("unbalanced braces"));
        } else if (start < 0 && !c.isSpace()) {
            start = i;
        }
    }
    if (depth != 0)
        return failWith(tr("unbalanced braces"));
    return values;
}

} // namespace roledesk
