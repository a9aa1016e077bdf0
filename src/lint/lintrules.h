#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// What a separation-of-duties rule looks at. Each rule has exactly one condition.
enum class LintCondition {
    PlatformRoles,        ///< the person holds every listed platform role (any scope, or the one given)
    LoginAttribute,       ///< a login is SUPERUSER / has CREATEROLE
    ModelRoles,           ///< the person (over all their logins) holds every listed model role
    DeveloperAndViewer,   ///< a login is developer of one schema and viewer-only of another
    RedundantGroups,      ///< a login holds a schema group directly that a higher group it holds covers
    UncoveredDatabase,    ///< rights in a database whose project none of the person's platform roles covers
};

/// One required platform role: its definition id, and the project it must be held in (empty: any scope).
struct LintPlatformRole {
    QString role;
    QString project;
    friend bool operator==(const LintPlatformRole &, const LintPlatformRole &) = default;
};

/// One rule of a rules file.
struct LintRule {
    enum class Severity { Warning, Error };
    QString name;
    Severity severity = Severity::Error;
    QString description;         ///< free text shown with each violation
    LintCondition condition = LintCondition::LoginAttribute;
    QList<LintPlatformRole> platformRoles;   ///< PlatformRoles
    QString attribute;           ///< LoginAttribute: "superuser" or "createrole"
    QStringList modelRoles;      ///< ModelRoles: "model_owner", "system_administrator"
    QStringList except;          ///< logins and people the rule does not apply to
    /// LoginAttribute: also flag the bootstrap superuser (the role with OID 10, made by initdb),
    /// which cannot lose SUPERUSER and is therefore left out by default ("include_bootstrap: true").
    bool includeBootstrap = false;
    int line = 0;
};

/// A rules file: the rules, and which platform project each database belongs to.
struct LintRules {
    QList<LintRule> rules;
    QHash<QString, QString> databaseProjects;   ///< database name → platform project
};

/// Rules, or an error naming the file and line.
struct LintRulesLoad {
    LintRules rules;
    QString error;   ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Reads separation-of-duties rules files (YAML; format in README.md, "Separation of duties").
class LintRulesFormat {
    Q_DECLARE_TR_FUNCTIONS(roledesk::LintRulesFormat)
public:
    /// Reads \a path.
    static LintRulesLoad load(const QString &path);
    /// Parses \a data; \a fileName prefixes errors. Refuses unknown keys, unknown conditions,
    /// attributes, model roles and severities, a rule with no or two conditions, duplicate names.
    static LintRulesLoad parse(const QByteArray &data, const QString &fileName);
    /// The shipped defaults (resources/lint/default-rules.yaml).
    static LintRules defaults();
    /// The shipped rules' descriptions in English, as defaults() translates them (for a test that
    /// keeps them equal to the shipped file).
    static QStringList shippedDescriptions();
    /// The key a condition is written with ("platform_roles", "login_attribute"...).
    static QString conditionKey(LintCondition condition);
};

} // namespace roledesk
