#pragma once

#include "platform/platformevaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace roledesk {

struct Directory;

/// Writes the answers of a PlatformEvaluation as CSV (RFC 4180, UTF-8, CRLF, a header row) or JSON,
/// the same bytes from the console and from `roledesk-cli platform`. Names are the definition's
/// (the vendor's words); JSON adds the stable ids. Rows come in a fixed order whatever the order
/// the evaluation found them in: people in the evaluation's order, organization before the
/// file's projects, roles and permissions in the definition's order, manual before rules.
class PlatformExport {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformExport)
public:
    enum class Format { Csv, Json };

    /// The CSV header of whoCan() and whatCan(), without the line break.
    static constexpr const char *permissionHeader = "person,name,kind,permission,scope,role,source,rule,via";
    /// The CSV header of roleGrants(), without the line break.
    static constexpr const char *roleHeader = "person,name,kind,role,scope,source,rule,via";

    /// "Who can do X?": one row per person, scope and grant: person, name, kind, permission,
    /// scope ("organization" or the project), role, source ("manual" / "rule"), rule, via (group path
    /// joined by " > ").
    static QByteArray whoCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                             const QString &permission, const QString &project, Format format);
    /// "What can this person do?": one row per permission, scope and grant, same columns.
    static QByteArray whatCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                              const QString &person, Format format);
    /// Every role grant (person, name, kind, role, scope, source, rule, via): the evaluated assignments.
    static QByteArray roleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file, Format format);

    /// The same three with the \a directory the evaluation read: the name and kind of the people
    /// it alone knows come from it (null: from the file only).
    static QByteArray whoCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                             const QString &permission, const QString &project, Format format,
                             const Directory *directory);
    static QByteArray whatCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                              const QString &person, Format format, const Directory *directory);
    static QByteArray roleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file, Format format,
                                 const Directory *directory);

    /// What the rows answer, for JSON: members written before "rows" as key and text (an empty
    /// text is written as null).
    using About = QList<std::pair<QString, QString>>;
    /// Any permission grants (a view's filtered rows) in the columns of whoCan(), sorted as
    /// whatCan() sorts them.
    static QByteArray permissionRows(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                     QList<PlatformPermissionGrant> grants, Format format,
                                     const Directory *directory = nullptr, const About &about = {});
    /// Any role grants, sorted and written as roleGrants() writes them.
    static QByteArray roleRows(const PlatformEvaluation &evaluation, const PlatformFile &file,
                               QList<PlatformRoleGrant> grants, Format format,
                               const Directory *directory = nullptr, const About &about = {});
    /// Sorts \a grants as whoCan() (\a byPerson) or whatCan() writes them.
    static void sortPermissionGrants(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                     QList<PlatformPermissionGrant> &grants, bool byPerson);
    /// Sorts \a grants as roleGrants() writes them.
    static void sortRoleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file,
                               QList<PlatformRoleGrant> &grants);

    /// "organization" for an empty \a project, else the project: the scope column's text.
    static QString scopeText(const QString &project);
    /// "manual" or "rule": the source column's text.
    static QString sourceText(PlatformRoleGrant::Source source);
    /// The via column's text: \a groupPath joined by " > ".
    static QString viaText(const QStringList &groupPath);
};

} // namespace roledesk
