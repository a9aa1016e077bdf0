// STUB (to be replaced by helper H1): compiles and links, does nothing.
#include "platform/platformdefinition.h"
namespace roledesk {
QStringList PlatformDefinition::builtinIds() { return {}; }
const PlatformDefinition &PlatformDefinition::builtin(const QString &) { static PlatformDefinition d; return d; }
PlatformDefinitionLoad PlatformDefinition::load(const QString &) { return {}; }
PlatformDefinitionLoad PlatformDefinition::parse(const QByteArray &, const QString &) { return {}; }
const PlatformRole *PlatformDefinition::role(const QString &) const { return nullptr; }
const PlatformPermission *PlatformDefinition::permission(const QString &) const { return nullptr; }
bool PlatformDefinition::holds(const QString &, const QString &) const { return false; }
QStringList PlatformDefinition::permissionsOf(const QString &) const { return {}; }
QString PlatformDefinition::permissionFor(PlatformAction) const { return {}; }
}
