// STUB (to be replaced by helper H1): compiles and links, does nothing.
#include "platform/directory.h"
namespace roledesk {
QHash<QString, QList<GroupPath>> Directory::effectiveGroups() const { return {}; }
void Directory::linkMemberships() {}
DirectoryLoad DirectoryImport::load(const QString &, const QString &) { return {}; }
DirectoryLoad DirectoryImport::parseCsv(const QByteArray &, const QString &, const QString &) { return {}; }
DirectoryLoad DirectoryImport::parseJson(const QByteArray &, const QString &, const QString &) { return {}; }
}
