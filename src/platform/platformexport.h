#pragma once

#include "platform/platformevaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace roledesk {

/// Writes the answers of a PlatformEvaluation as CSV (RFC 4180, UTF-8, a header row) or JSON, the
/// same bytes from the console and from `roledesk-cli platform`.
class PlatformExport {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformExport)
public:
    enum class Format { Csv, Json };

    /// "Who can do X?": one row per person, scope and grant: person, name, kind, permission,
    /// scope ("organization" or the project), role, source ("manual" / "rule"), rule, via (group path
    /// joined by " > ").
    static QByteArray whoCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                             const QString &permission, const QString &project, Format format);
    /// "What can this person do?": one row per permission, scope and grant, same columns.
    static QByteArray whatCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                              const QString &person, Format format);
    /// Every role grant (person, role, scope, source, rule, via): the evaluated assignments.
    static QByteArray roleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file, Format format);
};

} // namespace roledesk
