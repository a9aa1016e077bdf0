#include "pgx/extensionsettings.h"

#include <QRegularExpression>

namespace roledesk {

QString ExtensionSettings::refusedSessionValue(const pg::Error &error)
{
    // The extension's own text (RAISE in pgx_server_setting), not translated by lc_messages.
    static const QRegularExpression refusal(
        QStringLiteral("^setting (pgx_inference\\.[a-z_]+) differs from its configured value"));
    if (error.sqlstate != QLatin1String(pg::sqlstate::InsufficientPrivilege))
        return {};
    const QRegularExpressionMatch m = refusal.match(error.message);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace roledesk
