// STUB (to be replaced by helper H1): compiles and links, does nothing.
#include "platform/platformfile.h"
namespace roledesk {
const PlatformPerson *PlatformFile::person(const QString &) const { return nullptr; }
const PlatformRule *PlatformFile::rule(const QString &, const QString &) const { return nullptr; }
PlatformFileLoad PlatformFileFormat::load(const QString &, const PlatformDefinition *) { return {}; }
PlatformFileLoad PlatformFileFormat::parse(const QByteArray &, const QString &, const PlatformDefinition *) { return {}; }
QByteArray PlatformFileFormat::serialize(const PlatformFile &, const PlatformDefinition &) { return {}; }
QString PlatformFileFormat::save(const PlatformFile &, const PlatformDefinition &, const QString &) { return {}; }
QString PlatformFileFormat::diff(const QByteArray &, const QByteArray &) { return {}; }
}
