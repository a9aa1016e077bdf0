// STUB (to be replaced by helper H1): compiles and links, does nothing.
#include "platform/platformevaluation.h"
namespace roledesk {
PlatformEvaluation PlatformEvaluation::evaluate(const PlatformDefinition &d, const PlatformFile &, const Directory *) { PlatformEvaluation e; e.m_definition = &d; return e; }
QList<PlatformRoleGrant> PlatformEvaluation::rolesOf(const QString &) const { return {}; }
QList<PlatformPermissionGrant> PlatformEvaluation::permissionsOf(const QString &) const { return {}; }
QList<PlatformPermissionGrant> PlatformEvaluation::whoCan(const QString &, const QString &) const { return {}; }
bool PlatformEvaluation::can(const QString &, const QString &, const QString &) const { return false; }
PlatformVerdict PlatformEvaluation::mayPerform(const QString &, PlatformAction, const QString &) const { return {}; }
PlatformVerdict PlatformEvaluation::mayChange(const QString &, const PlatformFile &, const PlatformFile &) const { return {}; }
}
