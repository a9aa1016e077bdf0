#pragma once

#include "audit/auditcomparison.h"
#include "audit/savedaudit.h"
#include "lint/separationofduties.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace roledesk {

class EffectiveRights;
class PlatformEvaluation;
struct LintRules;
struct PlatformFile;

/// One role's line of the report: attributes and how many rights it holds.
struct ReportRole {
    QString name;
    bool login = false;
    bool superuser = false;
    bool createRole = false;
    bool predefined = false;
    qint64 rights = 0;     ///< granted privileges on objects, as the saved audit counts them
    qint64 grantOptions = 0; ///< of those, held with grant option not as (a member of) the owner
};

/// One grant option a role holds on someone else's object: what lets it hand the right on.
struct ReportGrantOption {
    QString role;
    QString objectType;
    QString object;        ///< schema.name, or the name alone
    QString privilege;
    QString via;           ///< the lineage, as the saved audit writes it
};

/// One imported model: its owner and the roles that may use it (EXECUTE on its function).
struct ReportModel {
    QString name;
    QString owner;
    int users = 0;          ///< roles that may use it, predefined roles aside
    QStringList logins;     ///< of those, the login roles, by name (at most ReportLimits::detail)
};

/// Where a report stops listing and only counts: a catalog with millions of rights must still
/// give a report a person reads. Everything beyond a limit is counted in the report.
struct ReportLimits {
    int matrixRoles = 40;   ///< rows of the role × schema matrix (by rights, the rest one row)
    int matrixSchemas = 6;  ///< its columns (by rights, the rest one column): what fits an A4 page
    int chartBars = 15;     ///< bars of a chart
    int detail = 500;       ///< rows of a detail list (grant options, changes, model users)
};

/// The content of an audit report, gathered once and written as HTML, PDF or canonical JSON.
/// Everything in it except generatedAt and language is covered by the content hash.
struct ReportData {
    AuditIdentity identity;   ///< the database and the snapshot's time
    QDateTime generatedAt;    ///< when the report was made (not hashed: a report made again hashes the same)
    QString language;         ///< the interface language the texts are in ("en", "ja"...)
    ReportLimits limits;

    qint64 objects = 0;       ///< objects that carry privileges (languages aside, as the audit)
    qint64 rights = 0;        ///< granted privileges of every role on every object
    qint64 grantOptions = 0;  ///< ReportRole::grantOptions summed
    QList<ReportRole> roles;  ///< every role, by name

    QStringList matrixSchemas;        ///< column headers: schemas ("" = database-wide objects), then "…"
    QStringList matrixRoles;          ///< row headers: roles, then "…" for the rest
    int matrixOtherRoles = 0;         ///< how many roles the "…" row sums
    QList<QList<qint64>> matrix;      ///< rights per matrix role and schema column
    QList<ReportGrantOption> grantOptionList; ///< up to limits.detail, by role then object
    QList<QPair<QString, QString>> memberships;  ///< "member|group" → detail (the saved audit's)
    QList<QPair<QString, QString>> schemaGroups; ///< group → "level schema"
    QList<QPair<QString, QString>> modelRoles;   ///< "role|model_owner" → direct / inherited
    QList<ReportModel> models;
    bool hasPlatform = false;
    QList<QPair<QString, QString>> platformRoles; ///< "person|role|project" → manual / rule
    QList<QPair<QString, int>> peoplePerPlatformRole; ///< role name → distinct people
    QStringList loginProblems;        ///< the platform file's logins mapping: translated problems
    QString rulesSource;              ///< the rules file, or empty: the shipped defaults
    QList<LintViolation> violations;

    bool hasSince = false;            ///< --since was given
    AuditIdentity sinceIdentity;
    QList<AuditDifference> changes;   ///< up to limits.detail
    qint64 changeCount = 0;           ///< every difference, listed or not
    QList<QPair<QString, qint64>> changeCounts; ///< "right +", "membership -"... (kind name, + gained, - lost) → count

    /// The content as canonical JSON: compact, keys sorted, one fixed layout. This is what the
    /// hash covers; `roledesk-cli report --format json` writes exactly these bytes.
    QByteArray canonicalJson() const;
    /// SHA-256 of canonicalJson(), lower-case hex.
    QString sha256() const;
    /// Rights of each role, largest first, at most \a n (predefined roles aside).
    QList<QPair<QString, qint64>> topRoles(int n) const;
    /// Models per owner, most first.
    QList<QPair<QString, qint64>> modelsPerOwner() const;
    /// Violations per rule, most first.
    QList<QPair<QString, qint64>> violationsPerRule() const;
};

/// What a report is made from: the snapshot's rights and identity, and optionally a platform file
/// (with its evaluation), separation-of-duties rules and a saved audit to compare with.
struct ReportInputs {
    const EffectiveRights *rights = nullptr;
    AuditIdentity identity;
    const PlatformFile *platformFile = nullptr;       ///< with platform: the logins mapping
    const PlatformEvaluation *platform = nullptr;
    const LintRules *rules = nullptr;                 ///< null: the shipped defaults
    QString rulesSource;
    QString sincePath;                                ///< a saved audit; empty: none
    bool allowOtherDatabase = false;                  ///< compare a saved audit of another database
    ReportLimits limits;
};

/// Gathers ReportData: one pass over every role's rights (only the objects its grants are on, as
/// the saved audit does), then the small sections, the rules and the comparison.
class ReportGatherer {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ReportGatherer)
public:
    /// Why gather() failed: the saved audit is bad (damaged, cut short, another database), or the
    /// work was cancelled, or a temporary file could not be written.
    enum class Failure { None, SavedAudit, Cancelled, Scratch };
    /// Called with a translated phase and the part done (0..1000) of it.
    using Progress = std::function<void(const QString &phase, int permille)>;

    /// The report's data; on failure nothing, with \a failure and \a error set. Polls \a cancelled.
    static std::optional<ReportData> gather(const ReportInputs &inputs, Failure *failure, QString *error,
                                            const Progress &progress = {},
                                            const std::atomic_bool *cancelled = nullptr);
};

} // namespace roledesk
