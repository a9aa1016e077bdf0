#pragma once

#include "lint/lintfacts.h"
#include "lint/lintrules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

class PlatformDefinition;

/// One broken rule: whose, and the path that causes it (platform grants, membership chains).
struct LintViolation {
    QString rule;
    LintRule::Severity severity = LintRule::Severity::Error;
    QString database;
    QString person;      ///< empty: a login of nobody
    QString login;       ///< empty: a person-wide violation (platform roles, model roles across logins)
    QString message;     ///< translated: "alice is model owner and system administrator"
    QStringList path;    ///< translated lines, each one cause
};

/// The separation-of-duties engine: rules and facts in, violations out. Pure and deterministic
/// (rules in file order, then people in fact order); the console and roledesk-cli lint share it.
class SeparationOfDuties {
    Q_DECLARE_TR_FUNCTIONS(roledesk::SeparationOfDuties)
public:
    /// Every violation of \a rules by \a facts; \a definition names platform roles (ids when null).
    static QList<LintViolation> check(const LintRules &rules, const LintFacts &facts,
                                      const PlatformDefinition *definition = nullptr);
    /// "Project Owner of ml (manual)", "Platform Admin (rule admins: ops > admins)".
    static QString describe(const PlatformRoleGrant &grant, const PlatformDefinition *definition);
};

} // namespace roledesk
